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


OBSERVERS = os.environ.get("DURABLESQL_BENCH_OBSERVERS", "")
if OBSERVERS:
    # Observers' cost (bench_observers.py): a slow sync observer (1 ms an event) and
    # a failing async one, both on every event (=1; =slow or =failing: one of them).

    if OBSERVERS in ("1", "slow"):

        @app.on("*")
        def slow(event: Event) -> None:
            time.sleep(0.001)

    if OBSERVERS in ("1", "failing"):

        @app.on("*")
        async def failing(event: Event) -> None:
            raise KeyError("observer bug")


if os.environ.get("DURABLESQL_BENCH_TRACING"):
    # Tracing's cost (bench_observers.py): the SDK makes every span, a processor
    # that exports nothing drops it.
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider

    trace.set_tracer_provider(TracerProvider())
