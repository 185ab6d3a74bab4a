"""Running a real worker inside a test's event loop."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg

from durablesql import App, Worker

ROOT = Path(__file__).resolve().parent.parent


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


async def wait_terminal(
    conn: asyncpg.Connection, run_ids: list[int], timeout: float = 30
) -> dict[int, str]:
    """Wait until every run is terminal; returns run_id → status."""
    async with asyncio.timeout(timeout):
        while True:
            rows = await conn.fetch(
                "SELECT run_id, status FROM durable.all_runs WHERE run_id = ANY($1)", run_ids
            )
            statuses = {r["run_id"]: r["status"] for r in rows}
            if len(statuses) == len(run_ids) and all(
                s in ("succeeded", "failed", "cancelled") for s in statuses.values()
            ):
                return statuses
            await asyncio.sleep(0.05)


async def wait_for(predicate: Any, timeout: float = 30, interval: float = 0.02) -> None:
    """Poll an async predicate (the database, usually) until it holds."""
    async with asyncio.timeout(timeout):
        while not await predicate():
            await asyncio.sleep(interval)
