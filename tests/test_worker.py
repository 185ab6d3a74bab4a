"""The Python worker end to end, looked at through the driver (``durablesql.driver``):
no SQL here, so that these tests serve every dialect.  What only PostgreSQL has
is in test_worker_postgres.py."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from durablesql import App, Backoff, Fixed, JobContext
from durablesql.driver import Driver, NewRun
from tests.workers import (
    T0,
    claim,
    counted,
    define,
    get,
    holds,
    running,
    wait_for,
    wait_terminal,
)


@pytest.fixture
def app(dsn: str) -> App:
    return App(dsn=dsn)


def register_j(app: App) -> None:
    """Job 'j' with a setting of every kind (test_worker_postgres.py reads it back too)."""

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


async def test_job_definitions_are_upserted_at_start(app: App, driver: Driver) -> None:
    register_j(app)
    async with running(app):
        workers = await driver.worker_status()
    assert [w.queues for w in workers] == [["qj"]]
    # a clean shutdown leaves worker_status
    assert await driver.worker_status() == []
    # The definition as the engine applies it to a run of the job, attempt by attempt:
    # its queue, max_attempts, priority and timeout, and retries backing off from 2 s
    # doubling, ± 25 %, at most 60 s.
    clock = T0
    await driver.set_fake_now(clock)
    run_id = await driver.enqueue(NewRun("j"))
    for attempt in range(1, 8):
        [run] = await claim(driver, "probe", "qj")
        assert (run.run_id, run.attempt, run.queue, run.max_attempts) == (run_id, attempt, "qj", 7)
        assert (run.priority, run.timeout) == (4, timedelta(seconds=12.5))
        status = await driver.fail("probe", run_id, "boom", True)
        if attempt == 7:
            assert status == "failed"
            break
        assert status == "pending"
        due = (await get(driver, run_id)).run_at
        nominal = 2.0 * 2 ** (attempt - 1)
        delay = (due - clock).total_seconds()
        assert nominal * 0.75 - 1e-3 <= delay <= min(nominal * 1.25, 60) + 1e-3, (attempt, delay)
        clock = due
        await driver.set_fake_now(clock)


async def test_sync_and_async_handlers(app: App, driver: Driver) -> None:
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
        assert set((await wait_terminal(driver, ids)).values()) == {"succeeded"}
    results = [(await get(driver, i)).result for i in ids]
    assert results == [0, 2, 4, 6, 8, 1, 2, 3, 4, 5]
    assert all(name.startswith("durablesql-handler") for name in threads)
    await app.close()


async def test_failing_handler_retries_then_fails_with_its_error(app: App, driver: Driver) -> None:
    attempts: list[int] = []

    @app.job("flaky", max_attempts=3, retry=Fixed(delay=0))
    async def flaky(ctx: JobContext, args: dict[str, Any]) -> None:
        attempts.append(ctx.attempt)
        raise ValueError(f"boom on attempt {ctx.attempt}")

    async with running(app):
        run_id = await app.enqueue("flaky")
        assert await wait_terminal(driver, [run_id]) == {run_id: "failed"}
    run = await get(driver, run_id)
    assert attempts == [1, 2, 3]
    assert run.error == "boom on attempt 3" and run.attempt == 3
    errors = await app.attempt_errors(run_id)  # every attempt's, not only the last
    assert [(e.attempt, e.outcome, e.error) for e in errors] == [
        (1, "retrying", "boom on attempt 1"),
        (2, "retrying", "boom on attempt 2"),
        (3, "failed", "boom on attempt 3"),
    ]
    await app.close()


async def test_a_retry_that_succeeds(app: App, driver: Driver) -> None:
    @app.job("second-time-lucky", retry=Fixed(delay=0))
    def lucky(ctx: JobContext, args: dict[str, Any]) -> str:
        if ctx.attempt == 1:
            raise RuntimeError("not yet")
        return "ok"

    async with running(app):
        run_id = await app.enqueue("second-time-lucky")
        assert await wait_terminal(driver, [run_id]) == {run_id: "succeeded"}
    run = await app.get_run(run_id)
    assert run is not None and run.attempt == 2 and run.result == "ok"
    assert run.error == "not yet"  # the last error stays visible
    await app.close()


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_timeout_fails_the_attempt(app: App, driver: Driver, kind: str) -> None:
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
        assert await wait_terminal(driver, [run_id]) == {run_id: "failed"}
    run = await app.get_run(run_id)
    assert run is not None and run.error == "timed out after 0.3s (job timeout)"
    await app.close()


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_cancelling_a_running_job(app: App, driver: Driver, kind: str) -> None:
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
        assert await wait_terminal(driver, [run_id], timeout=5) == {run_id: "cancelled"}
        await wait_for(lambda: holds(bool(stopped)), timeout=5)
    assert stopped == ["cancelled"]
    assert await app.cancel(run_id) is False
    await app.close()


async def test_lease_loss_stops_the_handler(app: App, driver: Driver) -> None:
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
        # another worker takes the run over: its clock is a day on, slowpoke's lease over
        await driver.set_fake_now(datetime.now(UTC) + timedelta(days=1))
        [run] = await claim(driver, "thief", "default", lease=3600)
        assert run.run_id == run_id and run.attempt == 2
        await wait_for(lambda: holds(bool(outcome)), timeout=5)  # the next heartbeat (≤ 1 s)
    assert outcome == ["stopped"]
    live = await get(driver, run_id)
    assert (live.status, live.worker) == ("leased", "thief")  # untouched by slowpoke
    await app.close()


async def test_graceful_shutdown_releases_unstarted_runs(app: App, driver: Driver) -> None:
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
    await wait_for(lambda: counted(driver, "leased", 3), timeout=5)  # 1 running + 2 prefetched
    worker.stop()
    await wait_for(lambda: counted(driver, "pending", 2), timeout=5)  # released at once
    release.set()
    await asyncio.wait_for(task, 20)
    rows = {i: await get(driver, i) for i in ids}
    assert rows[ids[0]].status == "succeeded"
    assert [(rows[i].status, rows[i].attempt) for i in ids[1:]] == [("pending", 0)] * 2
    await app.close()


async def test_shutdown_timeout_interrupts_and_requeues(app: App, driver: Driver) -> None:
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
    run = await get(driver, run_id)
    assert run.status == "pending" and run.attempt == 1
    assert "shut down before the handler finished" in (run.error or "")
    await app.close()


async def test_wakes_on_notify_not_on_poll(app: App, driver: Driver) -> None:
    @app.job("ping")
    async def ping(ctx: JobContext, args: dict[str, Any]) -> str:
        return "pong"

    async with running(app, poll_interval=60):
        await asyncio.sleep(0.3)  # let it go idle
        run_id = await driver.enqueue(NewRun("ping"))  # another client than the app
        # with a 60 s poll only the NOTIFY can wake it in time
        assert await wait_terminal(driver, [run_id], timeout=10) == {run_id: "succeeded"}
    await app.close()


async def test_polls_when_listen_is_off(app: App, driver: Driver) -> None:
    @app.job("ping")
    async def ping(ctx: JobContext, args: dict[str, Any]) -> str:
        return "pong"

    async with running(app, poll_interval=0.1, listen=False):
        run_id = await app.enqueue("ping")
        assert await wait_terminal(driver, [run_id], timeout=10) == {run_id: "succeeded"}
    await app.close()


async def test_unserialisable_result_and_unknown_job(app: App, driver: Driver) -> None:
    @app.job("weird")
    async def weird(ctx: JobContext, args: dict[str, Any]) -> object:
        return object()

    await define(driver, "orphan", max_attempts=1)
    async with running(app, queues=["default"]):
        a = await app.enqueue("weird")
        b = await app.enqueue("orphan")
        assert await wait_terminal(driver, [a, b]) == {a: "failed", b: "failed"}
    run_a, run_b = await app.get_run(a), await app.get_run(b)
    assert run_a is not None and "not JSON-serialisable" in (run_a.error or "")
    assert run_a.attempt == 1  # not retried: it would fail the same way
    assert run_b is not None and "no handler for job 'orphan'" in (run_b.error or "")
    await app.close()
