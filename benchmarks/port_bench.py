"""Shared by bench_mysql.py and bench_sqlite.py (the ports measured against the plain
loop each replaces): the rounds' rates and ratios, and the Python worker end to end on
any DSN (N runs of a no-op async handler through ``durablesql worker``'s code,
App.worker, from start to the last run finished)."""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

from durablesql import App
from durablesql import driver as drivers
from durablesql.driver import ConnectOptions


class Rounds:
    """The engine's and the raw loop's rates, round by round, and their ratio."""

    def __init__(self) -> None:
        self.engine: list[float] = []
        self.raw: list[float] = []
        self.ratios: list[float] = []

    def add(self, rates: dict[str, float]) -> None:
        self.engine.append(rates["engine"])
        self.raw.append(rates["raw"])
        self.ratios.append(rates["engine"] / rates["raw"])
        print(
            f"  round {len(self.ratios)}: engine {rates['engine']:,.0f} runs/s,"
            f" raw {rates['raw']:,.0f} runs/s, ratio {self.ratios[-1]:.2f}"
        )

    def summary(self, raw_name: str) -> None:
        print(
            f"engine claim+complete: {statistics.median(self.engine):,.0f} runs/s;"
            f" {raw_name}: {statistics.median(self.raw):,.0f} runs/s;"
            f" ratio {statistics.median(self.ratios):.2f}x (median of {len(self.ratios)} rounds)"
        )


async def worker_run(dsn: str, n: int, concurrency: int) -> None:
    app = App(dsn=dsn)

    @app.job("bench-worker", queue="bench-worker", keep_succeeded=False)
    async def noop(ctx: Any, args: Any) -> None:
        return None

    producer = await drivers.connect(dsn, ConnectOptions(single=True))
    try:
        await producer.define_jobs([spec.definition() for spec in app.jobs.values()])
        for start in range(0, n, 1000):
            await producer.enqueue_many("bench-worker", ["{}"] * min(1000, n - start))
        worker = app.worker(concurrency=concurrency, poll_interval=0.05, lease=30)
        start = time.perf_counter()
        task = asyncio.create_task(worker.run())
        while True:
            if task.done():
                task.result()  # the worker stopped: its error
                raise RuntimeError("the worker stopped before the runs were done")
            stats = [s for s in await producer.queue_stats() if s.queue == "bench-worker"]
            if not stats or stats[0].pending + stats[0].leased == 0:
                break
            await asyncio.sleep(0.02)
        seconds = time.perf_counter() - start
        worker.stop()
        await asyncio.wait_for(task, 60)
        print(
            f"python worker end to end: {n / seconds:,.0f} runs/s"
            f" ({n} no-op runs, concurrency {concurrency}, one worker process)"
        )
    finally:
        await producer.close()
        await app.close()
