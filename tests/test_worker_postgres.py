"""The Python worker and App on what only PostgreSQL has, so these tests stay on asyncpg:
an enqueue in plain SQL (any language can enqueue), the worker's backends terminated
under it (pg_terminate_backend), a lease run out and durable.claim renamed away by
writing to the tables and the catalog (no operation does either), an enqueue inside
the caller's own asyncpg transaction, and the app's LISTEN connection as
pg_stat_activity shows it.  The rest of the worker's tests look through the driver,
for every dialect: test_worker.py, test_worker_edges.py, test_reporting.py."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import asyncpg
import pytest

from durablesql import App, Fixed, JobContext
from durablesql.driver import Driver
from tests.conftest import Connect
from tests.workers import holds, running, wait_for, wait_terminal


@pytest.fixture
def app(dsn: str) -> App:
    return App(dsn=dsn)


async def test_sql_enqueue_runs_the_handler_and_records_success(
    app: App, db: asyncpg.Connection, driver: Driver
) -> None:
    seen: list[tuple[Any, ...]] = []

    @app.job("send-email", queue="emails")
    async def send_email(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
        seen.append((ctx.run_id, ctx.job_name, ctx.queue, ctx.attempt, ctx.worker, args))
        ctx.logger.info("sending to %s", args["to"])
        return {"sent_to": args["to"]}

    async with running(app, name="w-e2e") as worker:
        run_id = await db.fetchval("SELECT durable.enqueue('send-email', '{\"to\": \"a@b.c\"}')")
        assert await wait_terminal(driver, [run_id]) == {run_id: "succeeded"}
        assert worker.name == "w-e2e"
    row = await db.fetchrow("SELECT * FROM durable.all_runs WHERE run_id = $1", run_id)
    assert row is not None
    assert json.loads(row["result"]) == {"sent_to": "a@b.c"}
    assert row["worker"] == "w-e2e" and row["attempt"] == 1
    assert seen == [(run_id, "send-email", "emails", 1, "w-e2e", {"to": "a@b.c"})]


async def test_reconnects_after_backends_are_terminated(
    app: App, db: asyncpg.Connection, driver: Driver, connect: Connect
) -> None:
    executions: dict[int, int] = {}

    @app.job("count", retry=Fixed(delay=0), max_attempts=5)
    async def count(ctx: JobContext, args: dict[str, Any]) -> None:
        executions[ctx.run_id] = executions.get(ctx.run_id, 0) + 1
        await asyncio.sleep(0.05)

    killer = await connect()
    async with running(app, concurrency=20, name="victim", lease=3) as worker:
        ids = await app.enqueue_many("count", [{}] * 300)
        for _ in range(5):
            await asyncio.sleep(0.3)
            killed = await killer.fetchval(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE application_name LIKE '%victim%'"
            )
            assert killed >= 1
        statuses = await wait_terminal(driver, ids, timeout=60)
        assert set(statuses.values()) == {"succeeded"}
        await wait_for(lambda: holds(worker.stats.succeeded == 300), timeout=10)
    # every run ran and finished; a run ran twice only if its lease was lost meanwhile
    assert sorted(executions) == sorted(ids)
    assert await db.fetchval("SELECT count(*) FROM durable.run_history") == 300
    assert await db.fetchval("SELECT count(*) FROM durable.runs") == 0
    await app.close()


async def test_reclaiming_its_own_expired_run_does_not_run_it_twice(
    app: App, db: asyncpg.Connection, driver: Driver
) -> None:
    started: list[int] = []
    release = asyncio.Event()

    @app.job("slow")
    async def slow(ctx: JobContext, args: dict[str, Any]) -> str:
        started.append(ctx.attempt)
        await release.wait()
        return "done"

    async with running(app, concurrency=5, lease=30, poll_interval=30) as worker:
        run_id = await app.enqueue("slow")
        await wait_for(lambda: holds(bool(started)))
        # its lease runs out (as if the loop had been blocked) ...
        await db.execute(
            "UPDATE durable.runs SET lease_expires_at = now() - interval '1 s' WHERE run_id = $1",
            run_id,
        )
        # ... and its own next claim takes the run again
        await app.enqueue("slow", {"other": True})
        await wait_for(lambda: holds(len(started) == 2))
        assert await db.fetchval("SELECT attempt FROM durable.runs WHERE run_id = $1", run_id) == 2
        await asyncio.sleep(0.3)
        release.set()
        assert await wait_terminal(driver, [run_id]) == {run_id: "succeeded"}
        await wait_for(lambda: holds(run_id not in worker.held_run_ids), timeout=5)
    assert started == [1, 1]  # the first run once, the other run once: nothing twice
    await app.close()


async def test_claim_errors_do_not_end_the_worker(
    app: App, db: asyncpg.Connection, driver: Driver
) -> None:
    @app.job("ping")
    async def ping(ctx: JobContext, args: dict[str, Any]) -> str:
        return "pong"

    await app.define_jobs()
    signature = "durable.claim(text, text[], integer, interval, text)"
    async with running(app, poll_interval=0.1, reconnect_max_delay=0.2) as worker:
        await db.execute(f"ALTER FUNCTION {signature} RENAME TO claim_away")
        await asyncio.sleep(0.5)  # claims fail meanwhile (undefined function)
        away = signature.replace("claim", "claim_away")
        await db.execute(f"ALTER FUNCTION {away} RENAME TO claim")
        run_id = await app.enqueue("ping")
        assert await wait_terminal(driver, [run_id]) == {run_id: "succeeded"}
        await wait_for(lambda: holds(worker.stats.succeeded == 1), timeout=5)
    await app.close()


async def test_transactional_enqueue_joins_the_callers_transaction(
    app: App, db: asyncpg.Connection, connect: Connect
) -> None:
    @app.job("welcome")
    async def welcome(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    await app.define_jobs()
    mine = await connect()
    await mine.execute("CREATE TABLE users (id serial PRIMARY KEY, email text)")
    with pytest.raises(RuntimeError):
        async with mine.transaction():
            await mine.execute("INSERT INTO users (email) VALUES ('x@y.z')")
            await app.enqueue("welcome", {"email": "x@y.z"}, connection=mine)
            raise RuntimeError("the signup fails")
    assert await db.fetchval("SELECT count(*) FROM durable.runs") == 0
    async with mine.transaction():
        await mine.execute("INSERT INTO users (email) VALUES ('x@y.z')")
        run_id = await app.enqueue("welcome", {"email": "x@y.z"}, connection=mine)
        assert await db.fetchval("SELECT count(*) FROM durable.runs") == 0  # not yet committed
    assert await db.fetchval("SELECT count(*) FROM durable.runs WHERE run_id = $1", run_id) == 1
    await app.close()


async def test_many_waiters_share_one_listener(app: App, db: asyncpg.Connection) -> None:
    @app.job("quick")
    async def quick(ctx: JobContext, args: dict[str, Any]) -> int:
        return int(args["i"])

    async with running(app, concurrency=20):
        ids = await app.enqueue_many("quick", [{"i": i} for i in range(50)])
        runs = await asyncio.gather(*(app.wait(i, timeout=30) for i in ids))
    assert [r.result for r in runs] == list(range(50))
    listeners = await db.fetchval(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'durablesql app listen'"
    )
    assert listeners == 1
    await app.close()


async def test_the_stored_definition_is_exactly_the_decorators(
    app: App, db: asyncpg.Connection
) -> None:
    """What the worker stores with define_job at start, read from durable.jobs (no
    operation reads a definition back; test_worker.py checks what runs show of it)."""
    from tests.test_worker import register_j

    register_j(app)
    async with running(app):
        job = await db.fetchrow("SELECT * FROM durable.jobs WHERE job_name = 'j'")
    assert job is not None
    assert (job["queue"], job["max_attempts"], job["retry_behavior"]) == ("qj", 7, "backoff")
    assert job["retry_delay"].total_seconds() == 2 and job["retry_max_delay"].total_seconds() == 60
    assert job["retry_jitter"] == pytest.approx(0.25) and job["timeout"].total_seconds() == 12.5
    assert job["priority"] == 4
