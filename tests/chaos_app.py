"""A job that records every execution in a table, for the resilience tests."""

from __future__ import annotations

import asyncio
import os
from typing import Any

import asyncpg

from durablesql import App, Fixed, JobContext

app = App()
_pool: asyncpg.Pool | None = None


@app.job("record", retry=Fixed(delay=0), max_attempts=5)
async def record(ctx: JobContext, args: dict[str, Any]) -> None:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(os.environ["DURABLESQL_DSN"], min_size=1, max_size=5)
    await _pool.execute(
        "INSERT INTO executions (run_id, attempt, pid) VALUES ($1, $2, $3)",
        ctx.run_id,
        ctx.attempt,
        os.getpid(),
    )
    await asyncio.sleep(float(args.get("sleep", 0.3)))
