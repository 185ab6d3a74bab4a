"""Logs, progress, results, tags and metadata through the Python worker; app.wait on the
completion notice; queue control with a running worker.  Looked at through the driver
(``durablesql.driver``), for every dialect: the SQL side of reporting is in
test_reporting_sql.py."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from durablesql import App, JobContext, waiter
from durablesql.driver import Driver
from durablesql.errors import InvalidArgument
from tests.workers import claim, define, get, running, runs, wait_for, wait_terminal


@pytest.fixture
def app(dsn: str) -> App:
    return App(dsn=dsn)


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_handler_logs_progress_and_result(app: App, kind: str) -> None:
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


async def test_context_rejects_bad_reports_at_once(app: App) -> None:
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
    app: App, driver: Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the safety poll pushed out to a minute, only the NOTIFY can wake it."""
    monkeypatch.setattr(waiter, "SAFETY_POLL", 60.0)
    await define(driver, "manual", queue="m")
    run_id = await app.enqueue("manual")
    waiting = asyncio.ensure_future(app.wait(run_id, timeout=30))
    await asyncio.sleep(0.3)
    assert not waiting.done()
    assert [run.run_id for run in await claim(driver, "w", "m")] == [run_id]
    assert await driver.complete("w", [run_id], ["7"]) == 1
    run = await asyncio.wait_for(waiting, 5)
    assert (run.status, run.result) == ("succeeded", 7)
    # Already terminal: returns at once; unknown: says so.
    assert (await app.wait(run_id, timeout=5)).status == "succeeded"
    with pytest.raises(Exception, match="unknown run 999999"):
        await app.wait(999999, timeout=5)
    await app.close()


async def test_pausing_a_queue_under_a_running_worker(app: App, driver: Driver) -> None:
    @app.job("p", queue="pq")
    async def p(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async with running(app, poll_interval=0.1):
        await app.pause_queue("pq")
        run_id = await app.enqueue("p")
        await asyncio.sleep(0.8)  # eight polls and a NOTIFY: nothing is claimed
        assert (await get(driver, run_id)).status == "pending"
        await app.resume_queue("pq")
        assert await wait_terminal(driver, [run_id], timeout=10) == {run_id: "succeeded"}
    await app.close()


async def test_a_concurrency_key_runs_serially_across_workers(app: App, driver: Driver) -> None:
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
        statuses = await wait_terminal(driver, ids, timeout=60)
    assert set(statuses.values()) == {"succeeded"}
    assert peak == {"t0": 1, "t1": 1, "t2": 1}
    await app.close()


async def test_job_limit_and_strategy_through_the_worker(app: App, driver: Driver) -> None:
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
        await wait_for(lambda: _all_done(driver, ids), timeout=60)
    assert peak[0] == 2
    with pytest.raises(Exception, match="unknown claim strategy 'fast'"):
        async with running(app, strategy="fast"):
            pass  # the engine's list of strategies is read when the worker starts
    await app.close()


async def _all_done(driver: Driver, ids: list[int]) -> bool:
    return {run.run_id for run in await runs(driver, "succeeded")} >= set(ids)
