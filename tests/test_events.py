"""Events, observers, middleware and the dead hook (``durablesql.events``), end to end
with a real worker, looked at through the driver: no SQL here, for every dialect."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest

from durablesql import App, Fixed, JobContext
from durablesql.driver import Driver
from durablesql.errors import ConnectionLost, InvalidArgument
from durablesql.events import EVENT_NAMES, Event
from tests.workers import claim, counted, get, holds, running, wait_for, wait_terminal


@pytest.fixture
def app(dsn: str) -> App:
    return App(dsn=dsn)


def record(app: App, pattern: str = "*") -> list[Event]:
    seen: list[Event] = []

    @app.on(pattern)
    async def observe(event: Event) -> None:
        seen.append(event)

    return seen


def named(seen: list[Event], name: str) -> list[Event]:
    return [e for e in seen if e.name == name]


def test_bad_names_and_patterns_fail_at_registration(app: App) -> None:
    with pytest.raises(InvalidArgument, match=r"unknown event 'run\.faild': use one of") as info:
        app.on("run.faild")
    assert "\n" not in str(info.value) and "run.failed" in str(info.value)
    for bad in ("job.*", "", "run.[fs]*", "RUN.failed", 3):
        with pytest.raises(InvalidArgument):
            app.on(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="queue_size"):
        app.on("*", queue_size=0)(lambda event: None)
    with pytest.raises(InvalidArgument, match="async def"):
        app.middleware(lambda ctx, args, call_next: None)  # type: ignore[arg-type, return-value]
    with pytest.raises(InvalidArgument, match="event_args"):
        app.job("j", event_args="yes")  # type: ignore[arg-type]
    assert app.observers == [] and app.middlewares == []
    # Patterns select names.
    app.on("run.*")(lambda event: None)
    app.on("*")(lambda event: None)
    assert app.observers[0].names == {n for n in EVENT_NAMES if n.startswith("run.")}
    assert app.observers[1].names == set(EVENT_NAMES)


async def test_run_events_of_success_retry_and_failure(app: App, driver: Driver) -> None:
    seen = record(app)
    dead: list[Event] = []
    app.on_dead(dead.append)  # a sync hook

    @app.job("ok", event_args=True)
    async def ok(ctx: JobContext, args: dict[str, Any]) -> int:
        await asyncio.sleep(0.05)
        return 1

    @app.job("flaky", max_attempts=2, retry=Fixed(delay=3600))
    async def flaky(ctx: JobContext, args: dict[str, Any]) -> None:
        raise ValueError("not yet")

    @app.job("bad", max_attempts=1)
    def bad(ctx: JobContext, args: dict[str, Any]) -> None:
        raise RuntimeError("broken")

    async with running(app, name="w1") as worker:
        ok_id = await app.enqueue("ok", {"x": 1})
        flaky_id = await app.enqueue("flaky", {"secret": 2})
        bad_id = await app.enqueue("bad")
        await wait_terminal(driver, [ok_id, bad_id])
        await wait_for(lambda: counted(driver, "pending", 1))
        await wait_for(lambda: holds(len(dead) == 1 and len(named(seen, "run.retrying")) == 1))
    names = [e.name for e in seen]
    assert names[0] == "worker.started" and names[-2:] == ["worker.stopping", "worker.stopped"]
    assert Counter(names)["run.claimed"] == 3 and Counter(names)["run.started"] == 3
    assert all(e.worker == "w1" and e.at.tzinfo is not None for e in seen)

    [succeeded] = named(seen, "run.succeeded")
    assert (succeeded.run_id, succeeded.job_name, succeeded.queue) == (ok_id, "ok", "default")
    assert (succeeded.attempt, succeeded.max_attempts, succeeded.error) == (1, 3, None)
    assert succeeded.duration is not None and 0.04 < succeeded.duration < 5
    assert succeeded.args == {"x": 1}  # the job opted in
    started = {e.run_id: e for e in named(seen, "run.started")}
    assert all(e.start_delay is not None and e.start_delay > -5 for e in started.values())

    [retrying] = named(seen, "run.retrying")
    assert (retrying.run_id, retrying.error, retrying.status) == (flaky_id, "not yet", "pending")
    assert retrying.args is None  # not opted in
    assert retrying.next_run_at == (await get(driver, flaky_id)).run_at
    assert retrying.next_run_at is not None
    assert timedelta(minutes=59) < retrying.next_run_at - retrying.at < timedelta(minutes=61)

    [failed] = named(seen, "run.failed")
    assert (failed.run_id, failed.error, failed.status, failed.attempt) == (
        bad_id,
        "broken",
        "failed",
        1,
    )
    assert dead == [failed]  # the dead hook: the last failure only, not the retry
    assert worker.stats.dropped_events == 0
    await app.close()


async def test_cancelled_lease_lost_and_released(app: App, driver: Driver) -> None:
    seen = record(app, "run.*")
    started = asyncio.Event()
    go = asyncio.Event()

    @app.job("long")
    async def long(ctx: JobContext, args: dict[str, Any]) -> None:
        started.set()
        await go.wait()

    # cancelled while running
    async with running(app, lease=30):
        run_id = await app.enqueue("long")
        await asyncio.wait_for(started.wait(), 10)
        assert await app.cancel(run_id)
        await wait_terminal(driver, [run_id])
        await wait_for(lambda: holds(bool(named(seen, "run.cancelled"))))
    [cancelled] = named(seen, "run.cancelled")
    assert (cancelled.run_id, cancelled.status) == (run_id, "cancelled")
    assert cancelled.duration is not None

    # lease lost: another worker takes it over
    started.clear()
    async with running(app, lease=2, name="slowpoke"):
        lost_id = await app.enqueue("long")
        await asyncio.wait_for(started.wait(), 10)
        await driver.set_fake_now(await _a_day_on(driver))
        [run] = await claim(driver, "thief", "default", lease=3600)
        assert run.run_id == lost_id
        await wait_for(lambda: holds(bool(named(seen, "run.lease_lost"))), timeout=10)
    [lost] = named(seen, "run.lease_lost")
    assert (lost.run_id, lost.worker, lost.attempt) == (lost_id, "slowpoke", 1)
    await app.close()


async def test_released_at_shutdown(app: App, driver: Driver) -> None:
    """Claimed (prefetched) but not started when the worker stops: run.released."""
    seen = record(app, "run.released")
    started = asyncio.Event()
    go = asyncio.Event()

    @app.job("long")
    async def long(ctx: JobContext, args: dict[str, Any]) -> None:
        started.set()
        await go.wait()

    ids = await app.enqueue_many("long", [{}] * 3)
    worker = app.worker(concurrency=1, prefetch=2, poll_interval=0.1, shutdown_timeout=10)
    task = asyncio.create_task(worker.run())
    await asyncio.wait_for(started.wait(), 10)
    await wait_for(lambda: counted(driver, "leased", 3), timeout=5)
    worker.stop()
    await wait_for(lambda: holds(len(named(seen, "run.released")) == 2), timeout=5)
    go.set()
    await asyncio.wait_for(task, 20)
    released = {e.run_id for e in named(seen, "run.released")}
    assert len(released) == 2 and released < set(ids)
    await app.close()


async def _a_day_on(driver: Driver) -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC) + timedelta(days=1)


async def test_schedule_materialized(dsn: str, driver: Driver) -> None:
    app = App(dsn=dsn, name="ticker")
    seen = record(app, "schedule.*")

    @app.job("tick", cron="* * * * * *")
    async def tick(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async with running(app, schedule_interval=0.2, name="cron-w"):
        await wait_for(lambda: holds(bool(seen)), timeout=10)
    event = seen[0]
    assert (event.name, event.worker, event.run_id) == ("schedule.materialized", "cron-w", None)
    assert event.count is not None and event.count >= 1
    await app.close()


async def test_disconnected_and_reconnected(app: App, driver: Driver) -> None:
    seen = record(app, "worker.*")

    @app.job("ping")
    async def ping(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async with running(app, poll_interval=0.1) as worker:
        real = worker.driver.claim
        failures = [ConnectionLost("gone")]

        async def flaky_claim(*args: Any) -> Any:
            if failures:
                raise failures.pop(0)
            return await real(*args)

        worker.driver.claim = flaky_claim  # type: ignore[method-assign]
        await wait_for(lambda: holds(not failures))
        run_id = await app.enqueue("ping")
        assert await wait_terminal(driver, [run_id]) == {run_id: "succeeded"}
        await wait_for(lambda: holds(bool(named(seen, "worker.reconnected"))))
    [lost] = named(seen, "worker.disconnected")
    assert lost.error == "claim: gone"
    [back] = named(seen, "worker.reconnected")
    assert back.duration is not None and back.duration >= 0 and back.at >= lost.at
    assert worker.stats.disconnects == 1
    await app.close()


async def test_sync_observers_run_in_threads_and_patterns_select(app: App, driver: Driver) -> None:
    threads: set[str] = set()
    runs_seen: list[str] = []

    @app.on("run.succeeded")
    def on_success(event: Event) -> None:
        threads.add(threading.current_thread().name)
        runs_seen.append(event.name)

    @app.job("ok")
    async def ok(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async with running(app):
        ids = await app.enqueue_many("ok", [{}] * 5)
        await wait_terminal(driver, ids)
        await wait_for(lambda: holds(len(runs_seen) == 5))
    assert runs_seen == ["run.succeeded"] * 5
    assert threading.current_thread().name not in threads and len(threads) == 1
    await app.close()


async def test_middleware_order_results_errors_and_timeout(
    app: App, driver: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    order: list[str] = []
    handler_threads: list[bool] = []

    @app.middleware
    async def outer(ctx: JobContext, args: dict[str, Any], call_next: Any) -> Any:
        order.append(f"outer-before {ctx.job_name}")
        if args.get("short"):
            return "from the middleware"
        if args.get("boom"):
            raise RuntimeError("middleware boom")
        if args.get("slow"):
            await asyncio.sleep(5)
        result = await call_next(ctx, {**args, "outer": True})
        order.append("outer-after")
        return result

    @app.middleware
    async def inner(ctx: JobContext, args: dict[str, Any], call_next: Any) -> Any:
        order.append("inner-before")
        result = await call_next(ctx, args)
        order.append("inner-after")
        return [result, "inner"]

    @app.job("sync", timeout=1)
    def sync_job(ctx: JobContext, args: dict[str, Any]) -> Any:
        handler_threads.append(threading.current_thread() is threading.main_thread())
        order.append("handler")
        return args.get("outer")

    async with running(app):
        plain = await app.enqueue("sync")
        await wait_terminal(driver, [plain])
        assert order == [
            "outer-before sync",
            "inner-before",
            "handler",
            "inner-after",
            "outer-after",
        ]
        short = await app.enqueue("sync", {"short": True})
        boom = await app.enqueue("sync", {"boom": True}, max_attempts=1)
        slow = await app.enqueue("sync", {"slow": True}, max_attempts=1)
        await wait_terminal(driver, [short, boom, slow])
    assert (await get(driver, plain)).result == [True, "inner"]
    assert handler_threads == [False]  # the sync handler ran in its thread
    assert (await get(driver, short)).result == "from the middleware"
    failed = await get(driver, boom)
    assert (failed.status, failed.error) == ("failed", "middleware boom")
    timed_out = await get(driver, slow)
    assert timed_out.status == "failed" and "timed out" in (timed_out.error or "")
    await app.close()


async def test_observers_under_load_drop_and_fail_without_changing_outcomes(
    app: App, driver: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    """A slow sync observer (1 ms per event) and a failing async one on '*' while
    10,000 runs pass: every run succeeds, the slow observer's drops are counted, the
    failing one's error is logged once.  (What observers cost is measured by
    benchmarks/bench_observers.py, not here: speed is never a unit test's verdict.)"""
    n = 10_000

    @app.job("noop", keep_succeeded=False)
    async def noop(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async def pass_runs(target: App) -> Any:
        await target.enqueue_many("noop", [{}] * n)
        async with running(target, concurrency=500, max_batch=500) as worker:
            await wait_for(lambda: holds(worker.stats.succeeded >= n), timeout=60)
        return worker

    observed = App(dsn=app.dsn)
    observed.include(app)
    slow_calls = Counter[str]()

    @observed.on("*")
    def slow(event: Event) -> None:
        time.sleep(0.001)
        slow_calls[event.name] += 1

    @observed.on("*", queue_size=100)
    async def failing(event: Event) -> None:
        raise KeyError("observer bug")

    with caplog.at_level(logging.ERROR, logger="durablesql.events"):
        worker = await pass_runs(observed)
    assert (worker.stats.succeeded, worker.stats.failed, worker.stats.stopped) == (n, 0, 0)
    assert await driver.list_runs(max_runs=10) == []  # every run succeeded (and is gone)
    dropped = {
        label.rsplit(".", 1)[-1]: count
        for label, count in worker.events.dropped_by_observer.items()
    }
    assert dropped["slow"] > 0
    assert worker.stats.dropped_events == sum(dropped.values()) == observed.dropped_events
    # Each event either reached the slow observer or was counted as dropped:
    # worker.started, stopping, stopped, and claimed, started, succeeded per run.
    assert sum(slow_calls.values()) + dropped["slow"] == 3 * n + 3
    logged = [r for r in caplog.records if "observer bug" in r.getMessage()]
    assert len(logged) == 1 and "KeyError" in logged[0].getMessage()
    await observed.close()
    await app.close()
