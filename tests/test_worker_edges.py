"""Edge cases of the worker found in review: each once made a run stick, repeat or get lost."""

from __future__ import annotations

import asyncio
import math
import signal
import threading
import time
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from durablesql import App, Fixed, JobContext
from tests.workers import running, spawn_worker, wait_for, wait_terminal

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def app(dsn: str) -> App:
    return App(dsn=dsn)


async def _true(value: bool) -> bool:
    return value


async def test_a_handler_raising_cancelled_error_fails_normally(
    app: App, db: asyncpg.Connection
) -> None:
    @app.job("odd", max_attempts=2, retry=Fixed(delay=0))
    async def odd(ctx: JobContext, args: dict[str, Any]) -> None:
        raise asyncio.CancelledError()

    @app.job("fine")
    async def fine(ctx: JobContext, args: dict[str, Any]) -> str:
        return "ok"

    async with running(app, concurrency=1) as worker:
        a = await app.enqueue("odd")
        assert await wait_terminal(db, [a]) == {a: "failed"}
        b = await app.enqueue("fine")  # the only slot was not leaked
        assert await wait_terminal(db, [b]) == {b: "succeeded"}
        await wait_for(lambda: _true(worker.held_run_ids == []), timeout=5)
    run = await app.get_run(a)
    assert run is not None and run.attempt == 2 and "CancelledError" in (run.error or "")
    await app.close()


async def test_one_unstorable_result_does_not_sink_its_batch(
    app: App, db: asyncpg.Connection
) -> None:
    @app.job("result")
    async def result(ctx: JobContext, args: dict[str, Any]) -> Any:
        return {
            "nan": {"x": math.nan},
            "nul": {"s": "a\x00b"},
            "fine": {"n": 1},
            "escaped": {"s": "\\u0000 is fine as text"},
        }[args["kind"]]

    @app.job("nul-error", max_attempts=1)
    async def nul_error(ctx: JobContext, args: dict[str, Any]) -> None:
        raise ValueError("bad\x00byte")

    kinds = ["fine", "nan", "fine", "nul", "escaped"] * 4
    async with running(app, concurrency=20, max_batch=20):
        ids = await app.enqueue_many("result", [{"kind": k} for k in kinds])
        err = await app.enqueue("nul-error")
        statuses = await wait_terminal(db, [*ids, err])
    expected = {"fine": "succeeded", "escaped": "succeeded", "nan": "failed", "nul": "failed"}
    assert [statuses[i] for i in ids] == [expected[k] for k in kinds]
    for run_id, kind in zip(ids, kinds, strict=True):
        run = await app.get_run(run_id)
        assert run is not None and run.attempt == 1  # none was retried or re-run
        if kind == "nan":
            assert "not JSON-serialisable" in (run.error or "")
        if kind == "nul":  # jsonb cannot hold \u0000: the database says so
            assert "result could not be stored" in (run.error or "")
        if kind == "escaped":
            assert run.result == {"s": "\\u0000 is fine as text"}
    assert (await app.get_run(err)).error == "bad\\0byte"  # type: ignore[union-attr]
    await app.close()


async def test_the_handlers_own_timeout_error_is_not_the_job_timeout(
    app: App, db: asyncpg.Connection
) -> None:
    @app.job("calls-out", timeout=30, max_attempts=1)
    async def calls_out(ctx: JobContext, args: dict[str, Any]) -> None:
        raise TimeoutError("the payment API did not answer")

    async with running(app):
        run_id = await app.enqueue("calls-out")
        assert await wait_terminal(db, [run_id]) == {run_id: "failed"}
    assert (await app.get_run(run_id)).error == "the payment API did not answer"  # type: ignore[union-attr]
    await app.close()


async def test_reclaiming_its_own_expired_run_does_not_run_it_twice(
    app: App, db: asyncpg.Connection
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
        await wait_for(lambda: _true(bool(started)))
        # its lease runs out (as if the loop had been blocked) ...
        await db.execute(
            "UPDATE durable.runs SET lease_expires_at = now() - interval '1 s' WHERE run_id = $1",
            run_id,
        )
        # ... and its own next claim takes the run again
        await app.enqueue("slow", {"other": True})
        await wait_for(lambda: _true(len(started) == 2))
        assert await db.fetchval("SELECT attempt FROM durable.runs WHERE run_id = $1", run_id) == 2
        await asyncio.sleep(0.3)
        release.set()
        assert await wait_terminal(db, [run_id]) == {run_id: "succeeded"}
        await wait_for(lambda: _true(run_id not in worker.held_run_ids), timeout=5)
    assert started == [1, 1]  # the first run once, the other run once: nothing twice
    await app.close()


async def test_claim_errors_do_not_end_the_worker(app: App, db: asyncpg.Connection) -> None:
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
        assert await wait_terminal(db, [run_id]) == {run_id: "succeeded"}
        await wait_for(lambda: _true(worker.stats.succeeded == 1), timeout=5)
    await app.close()


async def test_a_hung_sync_handler_neither_holds_a_slot_nor_the_process(
    app: App, db: asyncpg.Connection
) -> None:
    gate = threading.Event()

    @app.job("stuck", timeout=0.3, max_attempts=1)
    def stuck(ctx: JobContext, args: dict[str, Any]) -> None:
        gate.wait(30)  # ignores ctx.cancelled

    @app.job("quick")
    def quick(ctx: JobContext, args: dict[str, Any]) -> str:
        return "ok"

    try:
        async with running(app, concurrency=1):
            a = await app.enqueue("stuck")
            assert await wait_terminal(db, [a]) == {a: "failed"}
            # the thread is still stuck, yet the next sync run gets a thread at once
            b = await app.enqueue("quick")
            assert await wait_terminal(db, [b], timeout=5) == {b: "succeeded"}
    finally:
        gate.set()
    await app.close()


def test_a_stopped_worker_process_exits_even_with_a_hung_sync_handler(dsn: str) -> None:
    proc = spawn_worker(
        dsn,
        "tests.hang_app:app",
        "--shutdown-timeout",
        "0.5",
        "--poll-interval",
        "0.1",
        "--log-level",
        "WARNING",
    )

    async def enqueue_and_wait() -> int:
        conn = await asyncpg.connect(dsn)
        try:
            async with asyncio.timeout(30):
                while not await conn.fetchval("SELECT count(*) FROM durable.worker_status"):
                    await asyncio.sleep(0.1)
                run_id: int = await conn.fetchval("SELECT durable.enqueue('hang')")
                while (
                    await conn.fetchval("SELECT status FROM durable.runs WHERE run_id = $1", run_id)
                    != "leased"
                ):
                    await asyncio.sleep(0.05)
            return run_id
        finally:
            await conn.close()

    try:
        run_id = asyncio.run(enqueue_and_wait())
        time.sleep(0.3)
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0
        assert time.monotonic() - started < 10
    finally:
        if proc.poll() is None:
            proc.kill()

    async def status() -> Any:
        conn = await asyncpg.connect(dsn)
        try:
            return await conn.fetchrow(
                "SELECT status, error FROM durable.all_runs WHERE run_id = $1", run_id
            )
        finally:
            await conn.close()

    row = asyncio.run(status())
    assert row["status"] == "pending" and "shut down" in row["error"]


async def test_cancelling_a_prefetched_run_ends_it_at_once(
    app: App, db: asyncpg.Connection
) -> None:
    release = asyncio.Event()

    @app.job("one")
    async def one(ctx: JobContext, args: dict[str, Any]) -> None:
        await release.wait()

    async with running(app, concurrency=1, prefetch=1, lease=30):
        first, second = await app.enqueue_many("one", [{}, {}])
        await wait_for(lambda: _count_leased(db, 2))
        assert await app.cancel(second) is True  # claimed, not started
        assert await wait_terminal(db, [second], timeout=5) == {second: "cancelled"}
        release.set()
        assert await wait_terminal(db, [first]) == {first: "succeeded"}
    await app.close()


async def _count_leased(db: asyncpg.Connection, n: int) -> bool:
    return bool(
        await db.fetchval("SELECT count(*) = $1 FROM durable.runs WHERE status = 'leased'", n)
    )


async def test_fixed_jitter_spreads_both_ways(app: App, db: asyncpg.Connection) -> None:
    @app.job("jittery", retry=Fixed(delay=100, jitter=0.2))
    async def jittery(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    await app.define_jobs()
    job = await db.fetchrow("SELECT * FROM durable.jobs WHERE job_name = 'jittery'")
    samples = [
        float(
            await db.fetchval(
                "SELECT extract(epoch FROM durable.retry_delay($1, $2, $3, $4, 1))",
                job["retry_behavior"],
                job["retry_delay"],
                job["retry_max_delay"],
                job["retry_jitter"],
            )
        )
        for _ in range(200)
    ]
    assert min(samples) >= 80 - 1e-6 and max(samples) <= 120 + 1e-6
    assert min(samples) < 95 and max(samples) > 105
    await app.close()


async def test_a_run_claimed_before_a_freeze_is_not_started_after_it(
    app: App, db: asyncpg.Connection, dsn: str
) -> None:
    """The worker's loop is blocked past the lease while a claimed run waits for a
    slot; another worker takes the run meanwhile.  Once unblocked, the first worker
    checks its lease before starting the handler, and leaves the run alone."""
    import psycopg

    started: list[str] = []
    stolen: list[int] = []

    def steal() -> None:  # another worker, while this one's loop is frozen
        time.sleep(1.6)  # the waiting run's 1 s lease has run out
        with psycopg.connect(dsn, autocommit=True) as conn:
            row = conn.execute(
                "SELECT run_id FROM durable.claim('other', ARRAY['fz2'], 1)"
            ).fetchone()
            assert row is not None
            conn.execute("SELECT durable.complete('other', ARRAY[%s]::bigint[])", (row[0],))
            stolen.append(row[0])

    @app.job("freeze", queue="fz1")
    async def freeze(ctx: JobContext, args: dict[str, Any]) -> None:
        started.append(args["name"])
        if args["name"] == "blocker":
            thief = threading.Thread(target=steal)
            thief.start()
            thief.join()  # on purpose: blocks the loop, so no heartbeat
            time.sleep(0.2)  # noqa: ASYNC251

    await app.define_jobs()
    await app.enqueue("freeze", {"name": "blocker"})
    waiting = await app.enqueue("freeze", {"name": "waiting"}, queue="fz2")
    async with running(app, concurrency=1, prefetch=1, lease=1, max_batch=2, queues=["fz1", "fz2"]):
        await wait_for(lambda: _true(bool(stolen)), timeout=10)
        await asyncio.sleep(1)  # the worker has looked at the waiting run by now
    assert stolen == [waiting]
    assert started == ["blocker"]
    assert await db.fetchval("SELECT status FROM durable.all_runs WHERE run_id = $1", waiting) == (
        "succeeded"
    )
    await app.close()


async def test_a_retry_claimed_before_its_failure_report_returns_still_runs(
    app: App, db: asyncpg.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fail() schedules an immediate retry and its NOTIFY wakes the claim loop,
    which may claim the run again before the coroutine that reported the failure
    resumes.  The new attempt must run (not be mistaken for our own expired lease)."""
    from durablesql.resilient import Resilient

    attempts: list[int] = []

    @app.job("again", max_attempts=3, retry=Fixed(delay=0))
    async def again(ctx: JobContext, args: dict[str, Any]) -> None:
        attempts.append(ctx.attempt)
        raise ValueError(f"boom {ctx.attempt}")

    real_call = Resilient.call

    async def slow_after_fail(self: Any, what: str, *args: Any, **kwargs: Any) -> Any:
        result = await real_call(self, what, *args, **kwargs)
        if what == "fail":
            await asyncio.sleep(0.5)  # the retry is claimed meanwhile
        return result

    monkeypatch.setattr(Resilient, "call", slow_after_fail)
    async with running(app, lease=30):
        run_id = await app.enqueue("again")
        assert await wait_terminal(db, [run_id], timeout=10) == {run_id: "failed"}
    assert attempts == [1, 2, 3]
    assert await db.fetchval("SELECT error FROM durable.all_runs WHERE run_id = $1", run_id) == (
        "boom 3"
    )
    await app.close()
