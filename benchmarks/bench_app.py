"""Jobs for the benchmarks: a no-op, and one that reports when its handler started."""

from __future__ import annotations

import time
from typing import Any

from durablesql import App, JobContext

app = App()


@app.job("noop", queue="bench")
async def noop(ctx: JobContext, args: dict[str, Any]) -> None:
    return None


@app.job("stamp", queue="latency")
async def stamp(ctx: JobContext, args: dict[str, Any]) -> float:
    return time.time()  # wall clock: compared with the producer's, same machine
