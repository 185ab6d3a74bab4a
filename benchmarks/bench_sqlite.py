"""The engine on SQLite against the plain loop it replaces, on the same file.

Each round fills N due runs, then one connection claims batches of 100 and
completes them until none is left, two ways, in the same run on the same file,
each statement batch sent to a connection's own thread from asyncio (the
driver's way), alternating which goes first:

* engine: the driver's ``claim(worker, ["bench"], 100, 30 s, "priority")`` then
  ``complete(worker, ids, None)`` (the job defined with keep_succeeded = false: a
  success leaves no row, as the loop's DELETE) — queries.sql's claim and
  complete blocks, checks and all;
* raw: on a plain table with the claim order's partial index, ``BEGIN IMMEDIATE;
  UPDATE … SET status = 'leased', … WHERE id IN (SELECT id … ORDER BY priority DESC,
  run_at, id LIMIT 100) RETURNING …; COMMIT`` then ``BEGIN IMMEDIATE; DELETE … WHERE
  id IN (…); COMMIT``.

It prints runs/s for both and the ratio engine ÷ raw (median of the per-round
ratios), then the Python worker end to end: N runs of a no-op async handler
through ``durablesql worker``'s code (App.worker), from start to the last run
finished.  The file is a new one in a temporary folder (or --file).

Usage: python benchmarks/bench_sqlite.py [--quick] [--rounds N] [--runs N] [--file PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from port_bench import Rounds, worker_run

from durablesql import driver as drivers
from durablesql.driver import ConnectOptions, Driver, JobDefinition

ARGS = json.dumps({"to": "user@example.com", "template": "welcome", "n": 1})
BATCH = 100
QUEUE = "bench"
JOB = "bench-sqlite"
LEASE = timedelta(seconds=30)
RAW_TABLE = """CREATE TABLE IF NOT EXISTS bench_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    priority INTEGER NOT NULL DEFAULT 0,
    run_at TEXT NOT NULL,
    args TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 0,
    worker TEXT,
    lease_expires_at TEXT
)"""
RAW_INDEX = (
    "CREATE INDEX IF NOT EXISTS bench_jobs_claim ON bench_jobs (queue, priority DESC, run_at, id)"
    " WHERE status = 'pending'"
)
RAW_CLAIM = """UPDATE bench_jobs
SET status = 'leased', worker = ?, attempt = attempt + 1,
    lease_expires_at = strftime('%Y-%m-%d %H:%M:%f', 'now', '+30 seconds')
WHERE id IN (SELECT id FROM bench_jobs
             WHERE status = 'pending' AND queue = ? AND run_at <= strftime('%Y-%m-%d %H:%M:%f')
             ORDER BY priority DESC, run_at, id LIMIT ?)
RETURNING id, args, attempt, run_at, lease_expires_at"""
RAW_FILL = "INSERT INTO bench_jobs (queue, run_at, args) VALUES (?, ?, ?)"


class Raw:
    """A plain sqlite3 connection on its own thread, used the way the driver uses one."""

    def __init__(self, path: Path) -> None:
        self.thread = ThreadPoolExecutor(1)
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA busy_timeout = 60000")
        self.conn.execute(RAW_TABLE)
        self.conn.execute(RAW_INDEX)

    def _transaction(self, sql: str, args: Any) -> list[Any]:
        self.conn.execute("BEGIN IMMEDIATE")
        rows = self.conn.execute(sql, args).fetchall()
        self.conn.execute("COMMIT")
        return rows

    async def run(self, sql: str, args: Any) -> list[Any]:
        return await asyncio.get_running_loop().run_in_executor(
            self.thread, self._transaction, sql, args
        )

    def fill(self, n: int) -> None:
        at = (datetime.now(UTC) - timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S.%f")[:23]
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany(RAW_FILL, [(QUEUE, at, ARGS)] * n)
        self.conn.execute("COMMIT")

    async def drain(self) -> int:
        done = 0
        while rows := await self.run(RAW_CLAIM, ("raw", QUEUE, BATCH)):
            ids = [row[0] for row in rows]
            marks = ",".join("?" * len(ids))
            await self.run(f"DELETE FROM bench_jobs WHERE id IN ({marks})", ids)
            done += len(ids)
        return done

    def close(self) -> None:
        self.conn.close()
        self.thread.shutdown()


async def engine_fill(db: Driver, n: int) -> None:
    for start in range(0, n, 1000):
        await db.enqueue_many(JOB, [ARGS] * min(1000, n - start))


async def engine_drain(db: Driver) -> int:
    done = 0
    while batch := await db.claim("engine", [QUEUE], BATCH, LEASE, "priority"):
        done += await db.complete("engine", [c.run_id for c in batch], None)
    return done


async def claim_rounds(dsn: str, path: Path, n: int, rounds: int) -> None:
    db = await drivers.connect(dsn, ConnectOptions(single=True))
    raw = Raw(path)
    try:
        await db.define_jobs(
            [
                JobDefinition(
                    JOB,
                    QUEUE,
                    3,
                    "fixed",
                    timedelta(seconds=5),
                    timedelta(hours=1),
                    0.0,
                    None,
                    0,
                    None,
                    keep_succeeded=False,
                )
            ]
        )
        print(
            f"SQLite {sqlite3.sqlite_version} ({path}); {n} due runs a round,"
            f" claim({BATCH}) + complete, 1 connection"
        )
        measured = Rounds()
        for r in range(rounds):
            rates = {}
            for side in ("engine", "raw") if r % 2 == 0 else ("raw", "engine"):
                if side == "engine":
                    await engine_fill(db, n)
                    start = time.perf_counter()
                    done = await engine_drain(db)
                else:
                    raw.fill(n)
                    start = time.perf_counter()
                    done = await raw.drain()
                seconds = time.perf_counter() - start
                assert done == n, (side, done, n)
                rates[side] = n / seconds
            measured.add(rates)
        measured.summary("raw UPDATE … RETURNING + DELETE loop")
    finally:
        raw.close()
        await db.close()


async def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="tiny sizes (seconds)")
    options.add_argument("--rounds", type=int, default=5)
    options.add_argument("--runs", type=int, default=None)
    options.add_argument("--concurrency", type=int, default=200)
    options.add_argument("--file", type=Path, default=None, help="the SQLite file (new)")
    args = options.parse_args()
    n = args.runs or (2_000 if args.quick else 20_000)
    with tempfile.TemporaryDirectory() as folder:
        path = args.file or Path(folder) / "bench.db"
        dsn = f"sqlite:///{path}"
        installer = await drivers.connect(dsn, ConnectOptions(single=True))
        try:
            await installer.migrate()
        finally:
            await installer.close()
        await claim_rounds(dsn, path, n, 1 if args.quick else args.rounds)
        await worker_run(dsn, 1_000 if args.quick else n, args.concurrency)


if __name__ == "__main__":
    asyncio.run(main())
