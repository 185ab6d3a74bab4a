"""The Python worker end to end on a real PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

import asyncpg
import pytest

from durablesql import App, Backoff, Fixed, JobContext
from tests.conftest import Connect
from tests.workers import running, wait_for, wait_terminal


@pytest.fixture
def app(dsn: str) -> App:
    return App(dsn=dsn)


async def test_sql_enqueue_runs_the_handler_and_records_success(
    app: App, db: asyncpg.Connection
) -> None:
    seen: list[tuple[Any, ...]] = []

    @app.job("send-email", queue="emails")
    async def send_email(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
        seen.append((ctx.run_id, ctx.job_name, ctx.queue, ctx.attempt, ctx.worker, args))
        ctx.logger.info("sending to %s", args["to"])
        return {"sent_to": args["to"]}

    async with running(app, name="w-e2e") as worker:
        run_id = await db.fetchval("SELECT durable.enqueue('send-email', '{\"to\": \"a@b.c\"}')")
        assert await wait_terminal(db, [run_id]) == {run_id: "succeeded"}
        assert worker.name == "w-e2e"
    row = await db.fetchrow("SELECT * FROM durable.all_runs WHERE run_id = $1", run_id)
    assert json.loads(row["result"]) == {"sent_to": "a@b.c"}
    assert row["worker"] == "w-e2e" and row["attempt"] == 1
    assert seen == [(run_id, "send-email", "emails", 1, "w-e2e", {"to": "a@b.c"})]


async def test_job_definitions_are_upserted_at_start(app: App, db: asyncpg.Connection) -> None:
    @app.job(
        "j",
        queue="qj",
        max_attempts=7,
        retry=Backoff(initial=2, max=60, jitter=0.25),
        timeout=12.5,
        priority=4,
    )
    async def handler(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async with running(app):
        job = await db.fetchrow("SELECT * FROM durable.jobs WHERE job_name = 'j'")
        workers = await db.fetch("SELECT * FROM durable.worker_status")
    assert (job["queue"], job["max_attempts"], job["retry_behavior"]) == ("qj", 7, "backoff")
    assert job["retry_delay"].total_seconds() == 2 and job["retry_max_delay"].total_seconds() == 60
    assert job["retry_jitter"] == pytest.approx(0.25) and job["timeout"].total_seconds() == 12.5
    assert job["priority"] == 4
    assert [w["queues"] for w in workers] == [["qj"]]
    # a clean shutdown leaves worker_status
    assert await db.fetchval("SELECT count(*) FROM durable.worker_status") == 0


async def test_sync_and_async_handlers(app: App, db: asyncpg.Connection) -> None:
    threads: list[str] = []

    @app.job("sync-job")
    def sync_job(ctx: JobContext, args: dict[str, Any]) -> int:
        threads.append(threading.current_thread().name)
        time.sleep(0.01)
        return int(args["n"]) * 2

    @app.job("async-job")
    async def async_job(ctx: JobContext, args: dict[str, Any]) -> int:
        await asyncio.sleep(0.01)
        return int(args["n"]) + 1

    async with running(app, concurrency=4):
        ids = [await app.enqueue("sync-job", {"n": n}) for n in range(5)]
        ids += await app.enqueue_many("async-job", [{"n": n} for n in range(5)])
        assert set((await wait_terminal(db, ids)).values()) == {"succeeded"}
    results = {
        r["run_id"]: json.loads(r["result"])
        for r in await db.fetch("SELECT run_id, result::text FROM durable.run_history")
    }
    assert [results[i] for i in ids] == [0, 2, 4, 6, 8, 1, 2, 3, 4, 5]
    assert all(name.startswith("durablesql-handler") for name in threads)
    await app.close()


async def test_failing_handler_retries_then_fails_with_its_error(
    app: App, db: asyncpg.Connection
) -> None:
    attempts: list[int] = []

    @app.job("flaky", max_attempts=3, retry=Fixed(delay=0))
    async def flaky(ctx: JobContext, args: dict[str, Any]) -> None:
        attempts.append(ctx.attempt)
        raise ValueError(f"boom on attempt {ctx.attempt}")

    async with running(app):
        run_id = await app.enqueue("flaky")
        assert await wait_terminal(db, [run_id]) == {run_id: "failed"}
    row = await db.fetchrow("SELECT * FROM durable.all_runs WHERE run_id = $1", run_id)
    assert attempts == [1, 2, 3]
    assert row["error"] == "boom on attempt 3" and row["attempt"] == 3
    await app.close()


async def test_a_retry_that_succeeds(app: App, db: asyncpg.Connection) -> None:
    @app.job("second-time-lucky", retry=Fixed(delay=0))
    def lucky(ctx: JobContext, args: dict[str, Any]) -> str:
        if ctx.attempt == 1:
            raise RuntimeError("not yet")
        return "ok"

    async with running(app):
        run_id = await app.enqueue("second-time-lucky")
        assert await wait_terminal(db, [run_id]) == {run_id: "succeeded"}
    run = await app.get_run(run_id)
    assert run is not None and run.attempt == 2 and run.result == "ok"
    assert run.error == "not yet"  # the last error stays visible
    await app.close()


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_timeout_fails_the_attempt(app: App, db: asyncpg.Connection, kind: str) -> None:
    if kind == "async":

        @app.job("slow", timeout=0.3, max_attempts=1)
        async def slow(ctx: JobContext, args: dict[str, Any]) -> None:
            await asyncio.sleep(30)
    else:

        @app.job("slow", timeout=0.3, max_attempts=1)
        def slow_sync(ctx: JobContext, args: dict[str, Any]) -> None:
            while not ctx.cancelled:  # cooperative: the flag is set on timeout
                time.sleep(0.01)

    async with running(app):
        run_id = await app.enqueue("slow")
        assert await wait_terminal(db, [run_id]) == {run_id: "failed"}
    run = await app.get_run(run_id)
    assert run is not None and run.error == "timed out after 0.3s (job timeout)"
    await app.close()


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_cancelling_a_running_job(app: App, db: asyncpg.Connection, kind: str) -> None:
    started = asyncio.Event()
    stopped: list[str] = []
    loop = asyncio.get_running_loop()

    if kind == "async":

        @app.job("long")
        async def long_async(ctx: JobContext, args: dict[str, Any]) -> None:
            started.set()
            try:
                await asyncio.sleep(60)
            except asyncio.CancelledError:
                stopped.append("cancelled")
                raise
    else:

        @app.job("long")
        def long_sync(ctx: JobContext, args: dict[str, Any]) -> None:
            loop.call_soon_threadsafe(started.set)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if ctx.cancelled:
                    stopped.append(ctx.cancel_reason or "?")
                    return
                time.sleep(0.01)

    async with running(app, poll_interval=30, lease=30):
        run_id = await app.enqueue("long")
        await asyncio.wait_for(started.wait(), 10)
        assert await app.cancel(run_id) is True
        # the NOTIFY stops it at once, long before the 15 s heartbeat
        assert await wait_terminal(db, [run_id], timeout=5) == {run_id: "cancelled"}
        await wait_for(lambda: _true(bool(stopped)), timeout=5)
    assert stopped == ["cancelled"]
    assert await app.cancel(run_id) is False
    await app.close()


async def _true(value: bool) -> bool:
    return value


async def test_lease_loss_stops_the_handler(app: App, db: asyncpg.Connection) -> None:
    started = asyncio.Event()
    outcome: list[str] = []

    @app.job("held")
    async def held(ctx: JobContext, args: dict[str, Any]) -> None:
        started.set()
        try:
            await asyncio.sleep(60)
            outcome.append("finished")
        except asyncio.CancelledError:
            outcome.append("stopped")
            raise

    async with running(app, lease=2, name="slowpoke"):
        run_id = await app.enqueue("held")
        await asyncio.wait_for(started.wait(), 10)
        # another worker takes the run over (as if slowpoke's lease had expired)
        await db.execute(
            "UPDATE durable.runs SET lease_expires_at = now() - interval '1 s' WHERE run_id = $1",
            run_id,
        )
        [row] = await db.fetch("SELECT * FROM durable.claim('thief', ARRAY['default'], 1, '1 h')")
        assert row["run_id"] == run_id and row["attempt"] == 2
        await wait_for(lambda: _true(bool(outcome)), timeout=5)  # the next heartbeat (≤ 1 s)
    assert outcome == ["stopped"]
    live = await db.fetchrow("SELECT status, worker FROM durable.runs WHERE run_id = $1", run_id)
    assert (live["status"], live["worker"]) == ("leased", "thief")  # untouched by slowpoke
    await app.close()


async def test_graceful_shutdown_releases_unstarted_runs(app: App, db: asyncpg.Connection) -> None:
    started = asyncio.Event()
    release = asyncio.Event()

    @app.job("one-at-a-time")
    async def one(ctx: JobContext, args: dict[str, Any]) -> str:
        started.set()
        await release.wait()
        return "done"

    ids = await app.enqueue_many("one-at-a-time", [{}] * 3)
    worker = app.worker(concurrency=1, prefetch=2, poll_interval=0.1, shutdown_timeout=10)
    task = asyncio.create_task(worker.run())
    await asyncio.wait_for(started.wait(), 10)
    await wait_for(lambda: _count(db, "leased", 3), timeout=5)  # 1 running + 2 prefetched
    worker.stop()
    await wait_for(lambda: _count(db, "pending", 2), timeout=5)  # released at once
    release.set()
    await asyncio.wait_for(task, 20)
    rows = {
        r["run_id"]: dict(r)
        for r in await db.fetch("SELECT run_id, status, attempt FROM durable.all_runs")
    }
    assert rows[ids[0]]["status"] == "succeeded"
    assert [(rows[i]["status"], rows[i]["attempt"]) for i in ids[1:]] == [("pending", 0)] * 2
    await app.close()


async def _count(db: asyncpg.Connection, status: str, n: int) -> bool:
    return bool(
        await db.fetchval("SELECT count(*) = $2 FROM durable.runs WHERE status = $1", status, n)
    )


async def test_shutdown_timeout_interrupts_and_requeues(app: App, db: asyncpg.Connection) -> None:
    started = asyncio.Event()

    @app.job("stubborn", retry=Fixed(delay=0))
    async def stubborn(ctx: JobContext, args: dict[str, Any]) -> None:
        started.set()
        await asyncio.sleep(60)

    run_id = await app.enqueue("stubborn")
    worker = app.worker(shutdown_timeout=0.5, poll_interval=0.1)
    task = asyncio.create_task(worker.run())
    await asyncio.wait_for(started.wait(), 10)
    worker.stop()
    await asyncio.wait_for(task, 20)
    row = await db.fetchrow(
        "SELECT status, attempt, error FROM durable.all_runs WHERE run_id = $1", run_id
    )
    assert row["status"] == "pending" and row["attempt"] == 1
    assert "shut down before the handler finished" in row["error"]
    await app.close()


async def test_reconnects_after_backends_are_terminated(
    app: App, db: asyncpg.Connection, connect: Connect
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
        statuses = await wait_terminal(db, ids, timeout=60)
        assert set(statuses.values()) == {"succeeded"}
        await wait_for(lambda: _true(worker.stats.succeeded == 300), timeout=10)
    # every run ran and finished; a run ran twice only if its lease was lost meanwhile
    assert sorted(executions) == sorted(ids)
    assert await db.fetchval("SELECT count(*) FROM durable.run_history") == 300
    assert await db.fetchval("SELECT count(*) FROM durable.runs") == 0
    await app.close()


async def test_wakes_on_notify_not_on_poll(app: App, db: asyncpg.Connection) -> None:
    @app.job("ping")
    async def ping(ctx: JobContext, args: dict[str, Any]) -> str:
        return "pong"

    async with running(app, poll_interval=60):
        await asyncio.sleep(0.3)  # let it go idle
        run_id = await db.fetchval("SELECT durable.enqueue('ping')")
        # with a 60 s poll only the NOTIFY can wake it in time
        assert await wait_terminal(db, [run_id], timeout=10) == {run_id: "succeeded"}
    await app.close()


async def test_polls_when_listen_is_off(app: App, db: asyncpg.Connection) -> None:
    @app.job("ping")
    async def ping(ctx: JobContext, args: dict[str, Any]) -> str:
        return "pong"

    async with running(app, poll_interval=0.1, listen=False):
        run_id = await app.enqueue("ping")
        assert await wait_terminal(db, [run_id], timeout=10) == {run_id: "succeeded"}
    await app.close()


async def test_unserialisable_result_and_unknown_job(app: App, db: asyncpg.Connection) -> None:
    @app.job("weird")
    async def weird(ctx: JobContext, args: dict[str, Any]) -> object:
        return object()

    await db.execute("SELECT durable.define_job('orphan', max_attempts => 1)")
    async with running(app, queues=["default"]):
        a = await app.enqueue("weird")
        b = await app.enqueue("orphan")
        assert await wait_terminal(db, [a, b]) == {a: "failed", b: "failed"}
    run_a, run_b = await app.get_run(a), await app.get_run(b)
    assert run_a is not None and "not JSON-serialisable" in (run_a.error or "")
    assert run_a.attempt == 1  # not retried: it would fail the same way
    assert run_b is not None and "no handler for job 'orphan'" in (run_b.error or "")
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
