"""The engine on MariaDB/MySQL against the plain InnoDB loop it replaces.

Each round fills N due runs, then one connection claims batches of 100 and
completes them until none is left, two ways, in the same run on the same server
through the same client (asyncmy), alternating which goes first:

* engine: ``CALL durable.claim(worker, '["bench"]', 100, 30, 'priority')`` then
  ``SELECT durable.complete(worker, <ids>, NULL)`` (job defined with
  keep_succeeded = false: a success leaves no row, as the loop's DELETE);
* raw: on a plain InnoDB table with the claim order's index, ``START TRANSACTION;
  SELECT id … ORDER BY priority DESC, run_at, id LIMIT 100 FOR UPDATE SKIP LOCKED;
  UPDATE … SET status = 'leased', lease …; COMMIT`` then ``DELETE … WHERE id IN (…)``.

It prints runs/s for both and the ratio engine ÷ raw (median of the per-round
ratios).  ``--worker`` adds the Python worker end to end: N runs of a no-op async
handler through ``durablesql worker``'s code (App.worker), from start to the last
run finished.

The server: $DURABLESQL_BENCH_MYSQL_DSN, else $DURABLESQL_TEST_MYSQL_DSN, else
mysql://root@127.0.0.1:3306/test.  The engine is installed there when missing
(durablesql migrate); the raw table lives in the database durablesql_bench.

Usage: python benchmarks/bench_mysql.py [--quick] [--rounds N] [--runs N] [--worker]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from typing import Any

import asyncmy
from port_bench import Rounds, worker_run

from durablesql import driver as drivers
from durablesql.driver import ConnectOptions
from durablesql.driver.mysql.dsn import parse_dsn
from durablesql.errors import ConnectionLost

ARGS = json.dumps({"to": "user@example.com", "template": "welcome", "n": 1})
BATCH = 100
QUEUE = "bench"
JOB = "bench-mysql"
RAW_TABLE = """CREATE TABLE IF NOT EXISTS durablesql_bench.jobs (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    queue VARCHAR(200) NOT NULL,
    status VARCHAR(16) NOT NULL DEFAULT 'pending',
    priority INT NOT NULL DEFAULT 0,
    run_at DATETIME(6) NOT NULL,
    args JSON NOT NULL,
    attempt INT NOT NULL DEFAULT 0,
    worker VARCHAR(200) NULL,
    lease_expires_at DATETIME(6) NULL,
    KEY claim_order (queue, status, priority DESC, run_at, id)
) ENGINE = InnoDB"""
RAW_SELECT = (
    "SELECT id FROM durablesql_bench.jobs WHERE queue = %s AND status = 'pending'"
    " AND run_at <= UTC_TIMESTAMP(6) ORDER BY priority DESC, run_at, id LIMIT %s"
    " FOR UPDATE SKIP LOCKED"
)
RAW_LEASE = (
    "UPDATE durablesql_bench.jobs SET status = 'leased', worker = %s, attempt = attempt + 1,"
    " lease_expires_at = UTC_TIMESTAMP(6) + INTERVAL 30 SECOND WHERE id IN ({})"
)
RAW_DELETE = "DELETE FROM durablesql_bench.jobs WHERE id IN ({})"
CLAIM = "CALL durable.claim(%s, %s, %s, %s, %s)"
COMPLETE = "SELECT durable.complete(%s, %s, NULL)"
DEFINE = "SELECT durable.define_job(%s, %s, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0)"
ENQUEUE_MANY = "CALL durable.enqueue_many(%s, %s, %s, NULL, NULL, NULL, NULL)"


def bench_dsn() -> str:
    return (
        os.environ.get("DURABLESQL_BENCH_MYSQL_DSN")
        or os.environ.get("DURABLESQL_TEST_MYSQL_DSN")
        or "mysql://root@127.0.0.1:3306/test"
    )


async def connect(dsn: str) -> Any:
    kwargs = parse_dsn(dsn)
    kwargs.pop("database", None)
    conn = await asyncmy.connect(**kwargs, autocommit=True, init_command="SET sql_notes = 0")
    async with conn.cursor() as cur:
        await cur.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
        await cur.execute("SET SESSION time_zone = '+00:00'")
    return conn


async def execute(conn: Any, sql: str, args: Any = None) -> list[Any]:
    async with conn.cursor() as cur:
        await cur.execute(sql, args)
        rows = list(await cur.fetchall())
        while await cur.nextset():
            pass
    return rows


# ---------------------------------------------------------------- the raw loop
async def raw_fill(conn: Any, n: int) -> None:
    await execute(conn, "TRUNCATE durablesql_bench.jobs")
    for start in range(0, n, 1000):
        rows = ", ".join(["(%s, UTC_TIMESTAMP(6), %s)"] * min(1000, n - start))
        values = [v for _ in range(min(1000, n - start)) for v in (QUEUE, ARGS)]
        await execute(
            conn, f"INSERT INTO durablesql_bench.jobs (queue, run_at, args) VALUES {rows}", values
        )


async def raw_drain(conn: Any) -> int:
    done = 0
    while True:
        await execute(conn, "START TRANSACTION")
        ids = [row[0] for row in await execute(conn, RAW_SELECT, (QUEUE, BATCH))]
        if not ids:
            await execute(conn, "COMMIT")
            return done
        marks = ", ".join(["%s"] * len(ids))
        await execute(conn, RAW_LEASE.format(marks), ("bench-raw", *ids))
        await execute(conn, "COMMIT")
        await execute(conn, RAW_DELETE.format(marks), ids)
        done += len(ids)


# ---------------------------------------------------------------- the engine
async def engine_fill(conn: Any, n: int) -> None:
    for start in range(0, n, 1000):
        batch = "[" + ",".join([ARGS] * min(1000, n - start)) + "]"
        await execute(conn, ENQUEUE_MANY, (JOB, batch, QUEUE))


PHASES = {"claim": 0.0, "complete": 0.0}


async def engine_drain(conn: Any) -> int:
    done = 0
    queues = json.dumps([QUEUE])
    while True:
        start = time.perf_counter()
        claimed = await execute(conn, CLAIM, ("bench", queues, BATCH, 30, "priority"))
        PHASES["claim"] += time.perf_counter() - start
        ids = [row[0] for row in claimed]
        if not ids:
            return done
        start = time.perf_counter()
        (completed,) = (await execute(conn, COMPLETE, ("bench", json.dumps(ids))))[0]
        PHASES["complete"] += time.perf_counter() - start
        assert int(completed) == len(ids), (completed, len(ids))
        done += len(ids)


async def timed(drain: Any, conn: Any) -> tuple[int, float]:
    start = time.perf_counter()
    done = await drain(conn)
    return done, time.perf_counter() - start


async def claim_rounds(dsn: str, n: int, rounds: int) -> None:
    conn = await connect(dsn)
    try:
        await execute(conn, "CREATE DATABASE IF NOT EXISTS durablesql_bench")
        await execute(conn, RAW_TABLE)
        await execute(conn, DEFINE, (JOB, QUEUE))
        (version,) = (await execute(conn, "SELECT VERSION()"))[0]
        print(f"server: {version}; {n} due runs a round, claim({BATCH}) + complete, 1 connection")
        measured = Rounds()
        for r in range(rounds):
            rates = {}
            for side in ("engine", "raw") if r % 2 == 0 else ("raw", "engine"):
                if side == "engine":
                    await engine_fill(conn, n)
                    done, seconds = await timed(engine_drain, conn)
                else:
                    await raw_fill(conn, n)
                    done, seconds = await timed(raw_drain, conn)
                assert done == n, (side, done, n)
                rates[side] = n / seconds
            measured.add(rates)
        measured.summary("raw SKIP LOCKED loop")
        total = sum(PHASES.values())
        print(
            f"  engine time: claim {PHASES['claim'] / total:.0%},"
            f" complete {PHASES['complete'] / total:.0%}"
        )
    finally:
        conn.close()


async def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--quick", action="store_true", help="tiny sizes (seconds)")
    options.add_argument("--rounds", type=int, default=5)
    options.add_argument("--runs", type=int, default=None)
    options.add_argument("--worker", action="store_true", help="also the worker end to end")
    options.add_argument("--concurrency", type=int, default=200)
    args = options.parse_args()
    n = args.runs or (2_000 if args.quick else 20_000)
    dsn = bench_dsn()
    try:
        installer = await drivers.connect(dsn, ConnectOptions(single=True))
    except ConnectionLost as exc:  # CI without MariaDB: say so, fail nothing
        print(f"bench_mysql: skipped, {exc}")
        return
    try:
        await installer.migrate()
    finally:
        await installer.close()
    await claim_rounds(dsn, n, 1 if args.quick else args.rounds)
    if args.worker or args.quick:
        await worker_run(dsn, n if not args.quick else 1_000, args.concurrency)


if __name__ == "__main__":
    asyncio.run(main())
