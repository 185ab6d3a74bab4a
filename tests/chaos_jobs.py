"""Jobs for the chaos run (tests/chaos.py): every execution leaves a row in a side table.

A handler commits ``chaos_executions(run_id, attempt, pid, started_at)`` on its own
connection before doing its work, and sets ``finished_at`` (committed) before it
returns, or ``stopped_at`` when the worker interrupts it; so the driver can tell
afterwards which runs were executed more than once, by which processes, and whether
the earlier execution was cut short.

Both writes are idempotent (a unique key on run_id, attempt, pid; ``finished_at`` set
once) and retried on connection errors, because the driver also terminates these
connections and restarts the server: a recorded execution is never lost and never
recorded twice, and the handler itself never fails because of the chaos.

A separate module from tests/chaos_app.py on purpose: the resilience tests' workers
serve every queue of ``chaos_app:app``, and new jobs there would change what they claim.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from typing import Any

import asyncpg

from durablesql import App, Fixed, JobContext
from durablesql.driver.postgres.errors import is_connection_error

app = App()

QUEUE = "chaos"
WORK_MAX_ATTEMPTS = 10  # high: a run may lose a few workers under it and still succeed
POISON_MAX_ATTEMPTS = 3

TABLE_SQL = """
CREATE TABLE IF NOT EXISTS chaos_executions (
    run_id      bigint      NOT NULL,
    attempt     integer     NOT NULL,
    pid         integer     NOT NULL,
    worker      text        NOT NULL,
    job_name    text        NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at timestamptz,  -- the handler returned
    stopped_at  timestamptz,  -- the worker stopped it (its lease was lost, or shutdown)
    UNIQUE (run_id, attempt, pid)
)
"""
START_SQL = (
    "INSERT INTO chaos_executions (run_id, attempt, pid, worker, job_name)"
    " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (run_id, attempt, pid) DO NOTHING"
)
FINISH_SQL = (
    "UPDATE chaos_executions SET finished_at = clock_timestamp()"
    " WHERE run_id = $1 AND attempt = $2 AND pid = $3 AND finished_at IS NULL"
)
STOP_SQL = (
    "UPDATE chaos_executions SET stopped_at = clock_timestamp()"
    " WHERE run_id = $1 AND attempt = $2 AND pid = $3 AND stopped_at IS NULL"
)
# Give up on the database after this long (the driver's restart takes a few seconds).
RETRY_FOR = 120.0

_pool: asyncpg.Pool | None = None
_pool_lock = asyncio.Lock()


async def _get_pool() -> asyncpg.Pool:
    global _pool
    async with _pool_lock:
        if _pool is None:
            _pool = await asyncpg.create_pool(
                os.environ["DURABLESQL_DSN"],
                min_size=1,
                max_size=10,
                # the driver finds (and terminates) these backends by this name
                server_settings={"application_name": f"chaos handler {os.getpid()}"},
            )
        return _pool


async def _execute(sql: str, *args: Any) -> None:
    """One idempotent statement, retried while the connection or server is away."""
    deadline = time.monotonic() + RETRY_FOR
    delay = 0.05
    while True:
        try:
            pool = await _get_pool()
            await pool.execute(sql, *args)
            return
        except Exception as exc:
            if not is_connection_error(exc) or time.monotonic() > deadline:
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 1.0)


async def _record_start(ctx: JobContext) -> None:
    await _execute(START_SQL, ctx.run_id, ctx.attempt, os.getpid(), ctx.worker, ctx.job_name)


@app.job("chaos-work", queue=QUEUE, retry=Fixed(delay=0), max_attempts=WORK_MAX_ATTEMPTS)
async def work(ctx: JobContext, args: dict[str, Any]) -> None:
    await _record_start(ctx)
    try:
        await asyncio.sleep(float(args.get("sleep", 0.02)))
        await _execute(FINISH_SQL, ctx.run_id, ctx.attempt, os.getpid())
    except asyncio.CancelledError:
        # The worker interrupted the handler (lease lost, or shutting down): say so.
        await asyncio.shield(_execute(STOP_SQL, ctx.run_id, ctx.attempt, os.getpid()))
        raise


@app.job("chaos-poison", queue=QUEUE, retry=Fixed(delay=0), max_attempts=POISON_MAX_ATTEMPTS)
async def poison(ctx: JobContext, args: dict[str, Any]) -> None:
    """Kills its own worker process, every time: the run must end failed, by lease expiry."""
    await _record_start(ctx)
    os.kill(os.getpid(), signal.SIGKILL)
