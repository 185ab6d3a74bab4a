"""PgQueuer: `Queries.enqueue` on one asyncpg connection; a worker process doing what
`pgq run` does.

Worker side: `python -m peers.pgqueuer_adapter [--batch-size N]`, which runs the
factory below (the pattern of PgQueuer's quick start: one asyncpg connection for the
QueueManager, as its performance guide recommends) through `pgqueuer.run`, the function
behind `pgq run`, on the event loop `pgq run` uses (uvloop) and with its logging set up
as `pgq run --log-level WARNING` would. Not `pgq run` itself: in pgqueuer 1.6.0 with
typer 0.29 it fails before starting, whatever the options ("AttributeError: 'str'
object has no attribute 'name'", from its --log-level option).

PgQueuer payloads are bytes: the producer sends the JSON object encoded, and the
handlers decode it, as a real one would.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
import pgqueuer
from pgqueuer import PgQueuer, Queries
from pgqueuer.adapters.cli.cli import asyncio_run
from pgqueuer.core import logconfig
from pgqueuer.models import Job

from peers.base import (
    DSN_ENV,
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

# docs/guides/performance-tuning.md: "Increase batch_size when jobs are short-lived".
# The guide gives no number. 1,000 was the fastest of 10, 50, 100, 200, 500, 1,000 and
# 2,000 in short sweeps on the development machine (500: 9.5k, 1,000: 12.4k, 2,000:
# 11.1k jobs/s on 50,000 no-op jobs); bench_compare.py --pgqueuer-batch-size changes it.
TUNED_BATCH_SIZE = 1000


@asynccontextmanager
async def create_pgqueuer() -> AsyncIterator[PgQueuer]:
    conn = await asyncpg.connect(os.environ[DSN_ENV])
    pgq = PgQueuer.from_asyncpg_connection(conn)

    @pgq.entrypoint("noop")
    async def noop(job: Job) -> None:
        json.loads(job.payload or b"{}")

    @pgq.entrypoint("stamp")
    async def stamp(job: Job) -> None:
        started = now()
        await record_start(json.loads(job.payload or b"{}")["seq"], started)

    try:
        yield pgq
    finally:
        if not conn.is_closed():
            await conn.close()


def encode(args: dict[str, Any]) -> bytes:
    return json.dumps(args).encode()


class PgqueuerProducer(Producer):
    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn
        self.queries = Queries.from_asyncpg_connection(conn)

    async def enqueue(self, job: str, args: dict[str, Any]) -> None:
        await self.queries.enqueue(job, encode(args))

    async def enqueue_batch(self, job: str, args: Sequence[dict[str, Any]]) -> None:
        await self.queries.enqueue([job] * len(args), [encode(a) for a in args], [0] * len(args))

    async def close(self) -> None:
        await self.conn.close()


class Pgqueuer(Peer):
    key = "pgqueuer"
    label = "PgQueuer"
    distribution = "pgqueuer"

    def __init__(self, tuned_batch_size: int = TUNED_BATCH_SIZE) -> None:
        self.tuned_batch_size = tuned_batch_size
        self.batch_api = "Queries.enqueue([job] * 1000, [payload] * 1000, [0] * 1000)"
        self.note = (
            "the worker runs through pgqueuer.run(), the function behind `pgq run`, because"
            " `pgq run` itself exits at start-up in pgqueuer 1.6.0 with typer 0.29"
            " (AttributeError: 'str' object has no attribute 'name', from --log-level)"
        )

    async def install(self, dsn: str, profile: Profile) -> None:
        conn = await asyncpg.connect(dsn)
        try:
            queries = Queries.from_asyncpg_connection(conn)
            await queries.install()
            if profile == "tuned":
                await queries.optimize_autovacuum()  # `pgq autovac`, the guide's checklist
        finally:
            await conn.close()

    async def producer(self, dsn: str) -> Producer:
        return PgqueuerProducer(await asyncpg.connect(dsn))

    def worker(self, dsn: str, profile: Profile) -> WorkerCommand:
        options = ["--batch-size", str(self.tuned_batch_size)] if profile == "tuned" else []
        settings = {
            "command": f"python -m peers.pgqueuer_adapter {' '.join(options)}".strip()
            + " (= pgq run peers.pgqueuer_adapter:create_pgqueuer --log-level WARNING"
            + "".join(f" {o}" for o in options)
            + ")",
            "effective": f"batch_size={self.tuned_batch_size}"
            if options
            else "the defaults:" + " batch_size=10",
            "other settings": "pgq run's defaults: no max_concurrent_tasks, dequeue_timeout 30 s,"
            " heartbeat_timeout 30 s, uvloop",
            "connections": "one asyncpg connection (AsyncpgDriver) for the QueueManager",
            "schema": "pgq install" + (" + pgq autovac" if profile == "tuned" else ""),
        }
        return WorkerCommand(
            python("-m", "peers.pgqueuer_adapter", *options), python_env(dsn), settings
        )

    async def remaining(self, conn: asyncpg.Connection) -> int:
        count: int = await conn.fetchval("SELECT count(*) FROM pgqueuer")
        return count

    async def span(self, conn: asyncpg.Connection) -> Span:
        # pgqueuer_log gets a row per status change; a finished job's row leaves pgqueuer.
        return await span_from(
            conn,
            "SELECT count(*) FILTER (WHERE status = 'successful') AS done,"
            " min(created) FILTER (WHERE status = 'picked') AS first_start,"
            " min(created) FILTER (WHERE status = 'successful') AS first_done,"
            " max(created) FILTER (WHERE status = 'successful') AS last_done"
            " FROM pgqueuer_log",
        )


def main() -> None:
    """The worker process: `pgq run` with its defaults, but for --batch-size."""
    cli = argparse.ArgumentParser(description=main.__doc__)
    cli.add_argument("--batch-size", type=int, default=10)
    batch_size: int = cli.parse_args().batch_size
    logconfig.setup_fancy_logger(logconfig.LogLevel.WARNING)
    asyncio_run(pgqueuer.run(create_pgqueuer, batch_size=batch_size))


if __name__ == "__main__":
    main()
