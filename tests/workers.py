"""Running a real worker inside a test's event loop, and looking at the engine through
a driver (``durablesql.driver``), so that these helpers serve every dialect."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from durablesql import App, JobSpec, Worker
from durablesql import driver as drivers
from durablesql.driver import ClaimedRun, ConnectOptions, Driver, Operations, Run

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")
T0 = datetime(2030, 1, 1, tzinfo=UTC)  # where a test's fake clock starts

# How the tests' own driver connects: one connection (a fake clock is its own).
LOOKING = ConnectOptions(application_name="durablesql tests", single=True)


def spawn_worker(dsn: str, target: str, *options: str, **popen: Any) -> subprocess.Popen[Any]:
    """`durablesql worker TARGET OPTIONS…` as a separate process on the test database."""
    env = {**os.environ, "DURABLESQL_DSN": dsn, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "durablesql.cli", "worker", target, *options]
    return subprocess.Popen(command, cwd=ROOT, env=env, **popen)


@asynccontextmanager
async def running(app: App, **options: Any) -> AsyncIterator[Worker]:
    """A worker running in the background for the block; stopped gracefully after it."""
    options.setdefault("poll_interval", 0.2)
    options.setdefault("lease", 5)
    options.setdefault("shutdown_timeout", 5)
    worker = app.worker(**options)
    task = asyncio.create_task(worker.run())
    started = asyncio.create_task(worker.wait_started())
    done, _ = await asyncio.wait({task, started}, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        started.cancel()
        task.result()  # raises the start-up error
    try:
        yield worker
    finally:
        worker.stop()
        await asyncio.wait_for(task, 60)


async def wait_terminal(ops: Operations, run_ids: list[int], timeout: float = 30) -> dict[int, str]:
    """Wait until every run is terminal; returns run_id → status.

    ``ops``: a driver, or ``durablesql.driver.operations(connection)`` on a native one."""
    found: dict[int, str] = {}
    async with asyncio.timeout(timeout):
        while True:
            for run_id in run_ids:
                if run_id not in found:  # a terminal run stays so (no test retries it)
                    run = await ops.get_run(run_id)
                    if run is not None and run.is_terminal:
                        found[run_id] = run.status
            if len(found) == len(run_ids):
                return {run_id: found[run_id] for run_id in run_ids}
            await asyncio.sleep(0.05)


async def wait_for(predicate: Any, timeout: float = 30, interval: float = 0.02) -> None:
    """Poll an async predicate (the database, usually) until it holds."""
    async with asyncio.timeout(timeout):
        while not await predicate():
            await asyncio.sleep(interval)


async def holds(value: bool) -> bool:
    """A predicate for wait_for on the test's own state: ``lambda: holds(bool(seen))``."""
    return value


async def runs(ops: Operations, status: str | None = None) -> list[Run]:
    """Every run (with this status), newest first."""
    return await ops.list_runs(status=status, max_runs=10000)


async def counted(ops: Operations, status: str, n: int) -> bool:
    """A wait_for predicate: exactly n runs have this status."""
    return len(await runs(ops, status)) == n


async def get(ops: Operations, run_id: int) -> Run:
    """A run that must exist."""
    run = await ops.get_run(run_id)
    assert run is not None, f"no run {run_id}"
    return run


def _no_handler(ctx: Any, args: Any) -> None:
    raise AssertionError("a job defined only in the database has no handler")


async def define(ops: Operations, name: str, **options: Any) -> None:
    """Define a job with no handler in this process (JobSpec's options: queue, max_attempts…)."""
    await ops.define_jobs([JobSpec(name=name, handler=_no_handler, **options).definition()])


async def claim(
    ops: Operations, worker: str, queue: str, max_runs: int = 1, lease: float = 30
) -> list[ClaimedRun]:
    """Claim as a worker of the test's own (another client of the engine)."""
    return await ops.claim(worker, [queue], max_runs, timedelta(seconds=lease), "priority")


@asynccontextmanager
async def looking(dsn: str) -> AsyncIterator[Driver]:
    """A driver of the test's own on dsn, closed after the block."""
    found = await drivers.connect(dsn, LOOKING)
    try:
        yield found
    finally:
        await found.close()


def look(dsn: str, call: Callable[[Driver], Awaitable[T]]) -> T:
    """One call through a driver of its own, from a test with no event loop (a CLI test)."""

    async def go() -> T:
        async with looking(dsn) as found:
            return await call(found)

    return asyncio.run(go())
