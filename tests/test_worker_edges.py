"""Edge cases of the worker found in review: each once made a run stick, repeat or get lost.

Looked at through the driver (``durablesql.driver``), for every dialect; the ones that
need PostgreSQL itself are in test_worker_postgres.py."""

from __future__ import annotations

import asyncio
import math
import signal
import threading
import time
from typing import Any

import pytest

from durablesql import App, Fixed, JobContext
from durablesql.driver import Driver, NewRun
from tests.workers import (
    T0,
    claim,
    counted,
    get,
    holds,
    look,
    looking,
    running,
    spawn_worker,
    wait_for,
    wait_terminal,
)


@pytest.fixture
def app(dsn: str) -> App:
    return App(dsn=dsn)


async def test_a_handler_raising_cancelled_error_fails_normally(app: App, driver: Driver) -> None:
    @app.job("odd", max_attempts=2, retry=Fixed(delay=0))
    async def odd(ctx: JobContext, args: dict[str, Any]) -> None:
        raise asyncio.CancelledError()

    @app.job("fine")
    async def fine(ctx: JobContext, args: dict[str, Any]) -> str:
        return "ok"

    async with running(app, concurrency=1) as worker:
        a = await app.enqueue("odd")
        assert await wait_terminal(driver, [a]) == {a: "failed"}
        b = await app.enqueue("fine")  # the only slot was not leaked
        assert await wait_terminal(driver, [b]) == {b: "succeeded"}
        await wait_for(lambda: holds(worker.held_run_ids == []), timeout=5)
    run = await app.get_run(a)
    assert run is not None and run.attempt == 2 and "CancelledError" in (run.error or "")
    await app.close()


async def test_one_unstorable_result_does_not_sink_its_batch(app: App, driver: Driver) -> None:
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
        statuses = await wait_terminal(driver, [*ids, err])
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
    app: App, driver: Driver
) -> None:
    @app.job("calls-out", timeout=30, max_attempts=1)
    async def calls_out(ctx: JobContext, args: dict[str, Any]) -> None:
        raise TimeoutError("the payment API did not answer")

    async with running(app):
        run_id = await app.enqueue("calls-out")
        assert await wait_terminal(driver, [run_id]) == {run_id: "failed"}
    assert (await app.get_run(run_id)).error == "the payment API did not answer"  # type: ignore[union-attr]
    await app.close()


async def test_a_hung_sync_handler_neither_holds_a_slot_nor_the_process(
    app: App, driver: Driver
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
            assert await wait_terminal(driver, [a]) == {a: "failed"}
            # the thread is still stuck, yet the next sync run gets a thread at once
            b = await app.enqueue("quick")
            assert await wait_terminal(driver, [b], timeout=5) == {b: "succeeded"}
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
        async with looking(dsn) as driver, asyncio.timeout(30):
            while not await driver.worker_status():
                await asyncio.sleep(0.1)
            run_id = await driver.enqueue(NewRun("hang"))
            while (await get(driver, run_id)).status != "leased":
                await asyncio.sleep(0.05)
        return run_id

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

    run = look(dsn, lambda driver: get(driver, run_id))
    assert run.status == "pending" and "shut down" in (run.error or "")


async def test_cancelling_a_prefetched_run_ends_it_at_once(app: App, driver: Driver) -> None:
    release = asyncio.Event()

    @app.job("one")
    async def one(ctx: JobContext, args: dict[str, Any]) -> None:
        await release.wait()

    async with running(app, concurrency=1, prefetch=1, lease=30):
        first, second = await app.enqueue_many("one", [{}, {}])
        await wait_for(lambda: counted(driver, "leased", 2))
        assert await app.cancel(second) is True  # claimed, not started
        assert await wait_terminal(driver, [second], timeout=5) == {second: "cancelled"}
        release.set()
        assert await wait_terminal(driver, [first]) == {first: "succeeded"}
    await app.close()


async def test_fixed_jitter_spreads_both_ways(app: App, driver: Driver) -> None:
    @app.job("jittery", retry=Fixed(delay=100, jitter=0.2))
    async def jittery(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    await app.define_jobs()
    # 200 first attempts fail at T0 (the driver's clock): each is due again after its delay.
    await driver.set_fake_now(T0)
    await driver.enqueue_many("jittery", ["{}"] * 200)
    samples = []
    for run in await claim(driver, "probe", "default", max_runs=200):
        assert await driver.fail("probe", run.run_id, "boom", True) == "pending"
        samples.append(((await get(driver, run.run_id)).run_at - T0).total_seconds())
    assert len(samples) == 200
    assert min(samples) >= 80 - 1e-6 and max(samples) <= 120 + 1e-6
    assert min(samples) < 95 and max(samples) > 105
    await app.close()


async def test_a_run_claimed_before_a_freeze_is_not_started_after_it(
    app: App, driver: Driver, dsn: str
) -> None:
    """The worker's loop is blocked past the lease while a claimed run waits for a
    slot; another worker takes the run meanwhile.  Once unblocked, the first worker
    checks its lease before starting the handler, and leaves the run alone."""
    started: list[str] = []
    stolen: list[int] = []

    async def claim_and_complete(other: Driver) -> int:
        [run] = await claim(other, "other", "fz2")
        assert await other.complete("other", [run.run_id], None) == 1
        return run.run_id

    def steal() -> None:  # another worker, while this one's loop is frozen
        time.sleep(1.6)  # the waiting run's 1 s lease has run out
        stolen.append(look(dsn, claim_and_complete))  # a loop of its own, in this thread

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
        await wait_for(lambda: holds(bool(stolen)), timeout=10)
        await asyncio.sleep(1)  # the worker has looked at the waiting run by now
    assert stolen == [waiting]
    assert started == ["blocker"]
    assert (await get(driver, waiting)).status == "succeeded"
    await app.close()


async def test_a_retry_claimed_before_its_failure_report_returns_still_runs(
    app: App, driver: Driver, monkeypatch: pytest.MonkeyPatch
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
        assert await wait_terminal(driver, [run_id], timeout=10) == {run_id: "failed"}
    assert attempts == [1, 2, 3]
    assert (await get(driver, run_id)).error == "boom 3"
    await app.close()
