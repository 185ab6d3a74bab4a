"""durablesql: `durablesql.client` on one asyncpg connection; a `durablesql worker` process.

Worker side: `python -m durablesql.cli worker peers.durablesql_adapter:app …`
(DSN from $DURABLESQL_DSN), as benchmarks/bench_worker.py runs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import asyncpg

from durablesql import App, JobContext, client, eventloop
from durablesql.driver.postgres.migrate import migrate
from peers.base import (
    Peer,
    Producer,
    Profile,
    Span,
    WorkerCommand,
    now,
    python,
    python_env,
    record_start,
    span_from,
)

app = App()


@app.job("noop", queue="bench")
async def noop(ctx: JobContext, args: dict[str, Any]) -> None:
    return None


@app.job("stamp", queue="latency")
async def stamp(ctx: JobContext, args: dict[str, Any]) -> None:
    started = now()
    await record_start(args["seq"], started)


# README, "Performance": the no-op throughput figures use these.
TUNED = ["--concurrency", "500", "--max-batch", "500", "--prefetch", "500"]


class DurablesqlProducer(Producer):
    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn

    async def enqueue(self, job: str, args: dict[str, Any]) -> None:
        await client.enqueue(self.conn, job, args)

    async def enqueue_batch(self, job: str, args: Sequence[dict[str, Any]]) -> None:
        await client.enqueue_many(self.conn, job, args)

    async def close(self) -> None:
        await self.conn.close()


def event_loop() -> str:
    """The loop the worker process will run on (durablesql.eventloop's choice)."""
    factory = eventloop.loop_factory()
    return "asyncio" if factory is None else "uvloop (installed in this venv: used when present)"


class Durablesql(Peer):
    key = "durablesql"
    label = "durablesql"
    distribution = "durablesql"

    def __init__(self, tuned: Sequence[str] = TUNED) -> None:
        self.tuned = list(tuned)
        self.batch_api = "durablesql.client.enqueue_many(conn, job, [args] * 1000)"
        self.note = (
            "its worker commits its own bookkeeping (claim, complete) with"
            " synchronous_commit=off, its documented default (README, Guarantees); the"
            " peers' workers commit with the server's setting"
        )

    async def install(self, dsn: str, profile: Profile) -> None:
        conn = await asyncpg.connect(dsn)
        try:
            await migrate(conn)
            for name, queue in (("noop", "bench"), ("stamp", "latency")):
                await conn.execute("SELECT durable.define_job($1, queue => $2)", name, queue)
        finally:
            await conn.close()

    async def producer(self, dsn: str) -> Producer:
        return DurablesqlProducer(await asyncpg.connect(dsn))

    def worker(self, dsn: str, profile: Profile) -> WorkerCommand:
        options = self.tuned if profile == "tuned" else []
        argv = python(
            "-m",
            "durablesql.cli",
            "worker",
            "peers.durablesql_adapter:app",
            "--log-level",
            "WARNING",
            *options,
        )
        settings = {
            "command": " ".join(
                ["durablesql worker peers.durablesql_adapter:app --log-level WARNING", *options]
            ),
            "effective": "--concurrency 500 --max-batch 500 --prefetch 500"
            if options
            else "the defaults: --concurrency 10 --max-batch 100 --prefetch 0",
            "connections": "asyncpg; the worker commits with synchronous_commit=off (its default)",
            "schema": "durablesql.migrate.migrate",
            "event loop": event_loop(),
        }
        return WorkerCommand(argv, python_env(dsn, DURABLESQL_DSN=dsn), settings)

    async def ready(self, conn: asyncpg.Connection) -> bool:
        return bool(await conn.fetchval("SELECT count(*) FROM durable.worker_status"))

    async def remaining(self, conn: asyncpg.Connection) -> int:
        count: int = await conn.fetchval("SELECT count(*) FROM durable.runs")
        return count

    async def span(self, conn: asyncpg.Connection) -> Span:
        return await span_from(
            conn,
            "SELECT count(*) FILTER (WHERE status = 'succeeded') AS done,"
            " min(started_at) AS first_start, min(finished_at) AS first_done,"
            " max(finished_at) AS last_done FROM durable.run_history",
        )
