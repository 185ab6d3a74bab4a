"""Logs, progress, results, tags and metadata — in SQL and through the Python worker;
app.wait on the completion NOTIFY; queue control with a running worker."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import asyncpg
import pytest

from durablesql import App, JobContext, waiter
from durablesql.errors import InvalidArgument
from tests.helpers import T0, claim, define, expect_error, set_clock
from tests.workers import running, wait_for, wait_terminal


@pytest.fixture
def app(dsn: str) -> App:
    return App(dsn=dsn)


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    await define(db, "job", queue="q")
    return db


# ---------------------------------------------------------------------- SQL


async def test_log_and_progress_are_fenced_by_the_lease(ready: asyncpg.Connection) -> None:
    run_id = await ready.fetchval("SELECT durable.enqueue('job')")
    assert await ready.fetchval("SELECT durable.log('w', $1, 'info', 'too early')", run_id) is False
    await claim(ready, "w", ["q"])
    assert await ready.fetchval("SELECT durable.log('w', $1, 'info', 'one')", run_id) is True
    assert await ready.fetchval("SELECT durable.log('w', $1, 'error', 'two')", run_id) is True
    assert await ready.fetchval("SELECT durable.log('x', $1, 'info', 'not yours')", run_id) is False
    assert await ready.fetchval("SELECT durable.set_progress('w', $1, 0.25, 'a quarter')", run_id)
    assert not await ready.fetchval("SELECT durable.set_progress('x', $1, 0.9)", run_id)
    row = await ready.fetchrow(
        "SELECT progress, progress_note FROM durable.all_runs WHERE run_id = $1", run_id
    )
    assert row is not None and (row["progress"], row["progress_note"]) == (0.25, "a quarter")
    await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", run_id)
    row = await ready.fetchrow(
        "SELECT status, progress FROM durable.all_runs WHERE run_id = $1", run_id
    )
    assert row is not None and (row["status"], row["progress"]) == ("succeeded", 0.25)
    logs = await ready.fetch(
        "SELECT level, message, attempt, worker FROM durable.run_logs WHERE run_id = $1"
        " ORDER BY log_id",
        run_id,
    )
    assert [tuple(r) for r in logs] == [("info", "one", 1, "w"), ("error", "two", 1, "w")]
    assert await ready.fetchval("SELECT durable.log('w', $1, 'info', 'late')", run_id) is False


@pytest.mark.parametrize(
    ("sql", "match"),
    [
        ("SELECT durable.log('w', 1, 'fatal', 'x')", "'fatal'"),
        ("SELECT durable.log('w', 1, NULL, 'x')", "log level"),
        ("SELECT durable.log('w', 1, 'info', NULL)", "NULL"),
        ("SELECT durable.log('w', 1, 'info', repeat('x', 65537))", "65537 characters"),
        ("SELECT durable.set_progress('w', 1, 1.5)", "got 1.5"),
        ("SELECT durable.set_progress('w', 1, -0.1)", "between 0 and 1"),
        ("SELECT durable.set_progress('w', 1, 'NaN')", "NaN"),
        ("SELECT durable.set_progress('w', 1, NULL)", "NULL"),
        ("SELECT durable.set_progress('w', 1, 0.5, repeat('n', 1001))", "1001 characters"),
    ],
)
async def test_bad_reports_are_rejected_and_change_nothing(
    ready: asyncpg.Connection, sql: str, match: str
) -> None:
    await ready.fetchval("SELECT durable.enqueue('job')")
    await claim(ready, "w", ["q"])
    await expect_error(ready, "DS001", sql, match=match)


async def test_prune_removes_the_log_lines_with_their_runs(ready: asyncpg.Connection) -> None:
    run_id = await ready.fetchval("SELECT durable.enqueue('job')")
    await claim(ready, "w", ["q"])
    await ready.fetchval("SELECT durable.log('w', $1, 'info', 'kept until pruned')", run_id)
    await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", run_id)
    await set_clock(ready, T0.replace(year=2031))
    assert await ready.fetchval("SELECT durable.prune()") == 1
    assert await ready.fetchval("SELECT count(*) FROM durable.run_logs") == 0


async def test_tags_and_meta_are_stored_and_filterable(ready: asyncpg.Connection) -> None:
    tagged = await ready.fetchval(
        "SELECT durable.enqueue('job', tags => ARRAY['billing', 'eu'],"
        ' meta => \'{"created_by": "api", "correlation_id": "c-1"}\')'
    )
    await ready.fetchval("SELECT durable.enqueue('job', tags => ARRAY['us'])")
    many = await ready.fetch(
        "SELECT * FROM durable.enqueue_many('job', ARRAY['{}', '{}']::jsonb[],"
        " tags => ARRAY['batch'], meta => '{\"import\": 7}')"
    )
    found = await ready.fetch(
        "SELECT run_id, meta->>'correlation_id' AS c FROM durable.all_runs"
        " WHERE tags @> ARRAY['eu'] AND meta->>'created_by' = 'api'"
    )
    assert [(r["run_id"], r["c"]) for r in found] == [(tagged, "c-1")]
    batch = await ready.fetch(
        "SELECT run_id FROM durable.all_runs WHERE meta @> '{\"import\": 7}' ORDER BY 1"
    )
    assert [r[0] for r in batch] == [r[0] for r in many]


# ---------------------------------------------------------------------- Python


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_handler_logs_progress_and_result(
    app: App, db: asyncpg.Connection, kind: str
) -> None:
    def body(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
        ctx.log("starting")
        for step in range(1, 4):
            ctx.progress(step / 4, f"step {step}")
            ctx.log(f"step {step} done", level="debug")
        ctx.log("almost there", level="warning")
        return {"total": args["n"] * 2}

    if kind == "async":

        @app.job("report")
        async def report_async(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
            return body(ctx, args)
    else:
        app.job("report")(body)

    async with running(app):
        run_id = await app.enqueue("report", {"n": 21}, tags=["t"], meta={"by": "test"})
        run = await app.wait(run_id, timeout=20)
    assert run.status == "succeeded" and run.result == {"total": 42}
    assert (run.progress, run.progress_note) == (0.75, "step 3")
    assert run.tags == ["t"] and run.meta == {"by": "test"}
    lines = await app.get_logs(run_id)
    assert [(line.level, line.message) for line in lines] == [
        ("info", "starting"),
        ("debug", "step 1 done"),
        ("debug", "step 2 done"),
        ("debug", "step 3 done"),
        ("warning", "almost there"),
    ]
    assert {line.attempt for line in lines} == {1}
    await app.close()


async def test_context_rejects_bad_reports_at_once(app: App, db: asyncpg.Connection) -> None:
    errors: list[str] = []

    @app.job("bad")
    async def bad(ctx: JobContext, args: dict[str, Any]) -> None:
        for call in (lambda: ctx.log("x", level="loud"), lambda: ctx.progress(2)):
            try:
                call()
            except InvalidArgument as exc:
                errors.append(exc.message)

    async with running(app):
        run = await app.wait(await app.enqueue("bad"), timeout=20)
    assert run.status == "succeeded"
    assert errors == [
        "log level must be debug, info, warning or error, got 'loud'",
        "progress must be between 0 and 1, got 2",
    ]
    await app.close()


async def test_wait_wakes_on_the_completion_notify(
    app: App, db: asyncpg.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the safety poll pushed out to a minute, only the NOTIFY can wake it."""
    monkeypatch.setattr(waiter, "SAFETY_POLL", 60.0)
    await define(db, "manual", queue="m")
    run_id = await app.enqueue("manual")
    waiting = asyncio.ensure_future(app.wait(run_id, timeout=30))
    await asyncio.sleep(0.3)
    assert not waiting.done()
    await claim(db, "w", ["m"])
    await db.fetchval(
        "SELECT durable.complete('w', ARRAY[$1]::bigint[], ARRAY['7'::jsonb])", run_id
    )
    run = await asyncio.wait_for(waiting, 5)
    assert (run.status, run.result) == ("succeeded", 7)
    # Already terminal: returns at once; unknown: says so.
    assert (await app.wait(run_id, timeout=5)).status == "succeeded"
    with pytest.raises(Exception, match="unknown run 999999"):
        await app.wait(999999, timeout=5)
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


async def test_pausing_a_queue_under_a_running_worker(app: App, db: asyncpg.Connection) -> None:
    @app.job("p", queue="pq")
    async def p(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async with running(app, poll_interval=0.1):
        await app.pause_queue("pq")
        run_id = await app.enqueue("p")
        await asyncio.sleep(0.8)  # eight polls and a NOTIFY: nothing is claimed
        assert await db.fetchval("SELECT status FROM durable.runs WHERE run_id = $1", run_id) == (
            "pending"
        )
        await app.resume_queue("pq")
        assert await wait_terminal(db, [run_id], timeout=10) == {run_id: "succeeded"}
    await app.close()


async def test_a_concurrency_key_runs_serially_across_workers(
    app: App, db: asyncpg.Connection
) -> None:
    lock = threading.Lock()
    active: dict[str, int] = {}
    peak: dict[str, int] = {}

    @app.job("tenant-work", queue="tw")
    async def work(ctx: JobContext, args: dict[str, Any]) -> None:
        key = args["tenant"]
        with lock:
            active[key] = active.get(key, 0) + 1
            peak[key] = max(peak.get(key, 0), active[key])
        await asyncio.sleep(0.01)
        with lock:
            active[key] -= 1

    await app.define_jobs()
    ids = []
    for i in range(60):
        tenant = f"t{i % 3}"
        ids.append(await app.enqueue("tenant-work", {"tenant": tenant}, concurrency_key=tenant))
    async with running(app, name="w1", concurrency=10), running(app, name="w2", concurrency=10):
        statuses = await wait_terminal(db, ids, timeout=60)
    assert set(statuses.values()) == {"succeeded"}
    assert peak == {"t0": 1, "t1": 1, "t2": 1}
    await app.close()


async def test_job_limit_and_strategy_through_the_worker(app: App, db: asyncpg.Connection) -> None:
    lock = threading.Lock()
    running_now = [0]
    peak = [0]

    @app.job("limited", queue="lq", concurrency_limit=2)
    async def limited(ctx: JobContext, args: dict[str, Any]) -> None:
        with lock:
            running_now[0] += 1
            peak[0] = max(peak[0], running_now[0])
        await asyncio.sleep(0.02)
        with lock:
            running_now[0] -= 1

    await app.define_jobs()
    ids = await app.enqueue_many("limited", [{} for _ in range(30)])
    async with running(app, concurrency=10, strategy="strict"):
        await wait_for(
            lambda: _all_done(db, ids),
            timeout=60,
        )
    assert peak[0] == 2
    with pytest.raises(Exception, match="unknown claim strategy 'fast'"):
        async with running(app, strategy="fast"):
            pass  # the engine's list of strategies is read when the worker starts
    await app.close()


async def _all_done(db: asyncpg.Connection, ids: list[int]) -> bool:
    n: int = await db.fetchval(
        "SELECT count(*) FROM durable.all_runs WHERE run_id = ANY($1) AND status = 'succeeded'",
        ids,
    )
    return n == len(ids)
