"""Jobs for the benchmarks: a no-op, and one that reports when its handler started."""

from __future__ import annotations

import os
import time
from typing import Any

from durablesql import App, JobContext
from durablesql.events import Event

app = App()


@app.job("noop", queue="bench")
async def noop(ctx: JobContext, args: dict[str, Any]) -> None:
    return None


@app.job("stamp", queue="latency")
async def stamp(ctx: JobContext, args: dict[str, Any]) -> float:
    return time.time()  # wall clock: compared with the producer's, same machine


if os.environ.get("DURABLESQL_BENCH_OBSERVERS"):
    # Observers' cost (issue 16): a slow sync observer (1 ms an event) and a failing
    # async one, both on every event.  DURABLESQL_BENCH_OBSERVERS=1 bench_worker.py …

    @app.on("*")
    def slow(event: Event) -> None:
        time.sleep(0.001)

    @app.on("*")
    async def failing(event: Event) -> None:
        raise KeyError("observer bug")
