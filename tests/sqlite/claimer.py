"""A claiming process for the SQLite concurrency tests (``python -m tests.sqlite.claimer``).

    python -m tests.sqlite.claimer DSN WORKER SEED [--forever] [--lease SECONDS] [--go FILE]

Claims batches of random size (1-20) through the driver and completes them, printing
one line per batch, ``claimed <id> <id> ...``, flushed at once, and ``error <text>`` for
any exception, until a claim finds nothing (or, with --forever, never: the kill -9 test
stops it).  With --go it prints ``ready`` once connected and starts when FILE exists, so
that racing processes start together.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
from datetime import timedelta

from durablesql import driver as drivers
from durablesql.driver import ConnectOptions


async def main(
    dsn: str, worker: str, seed: int, forever: bool, lease: float, go: str | None
) -> None:
    rng = random.Random(seed)
    db = await drivers.connect(dsn, ConnectOptions(single=True))
    try:
        if go is not None:
            print("ready", flush=True)
            while not await asyncio.to_thread(os.path.exists, go):
                await asyncio.sleep(0.01)
        while True:
            try:
                batch = await db.claim(
                    worker, ["default"], rng.randint(1, 20), timedelta(seconds=lease), "priority"
                )
            except Exception as exc:  # reported, and the test fails on it
                print(f"error {type(exc).__name__}: {exc}", flush=True)
                continue
            if not batch:
                if forever:
                    continue
                return
            ids = [c.run_id for c in batch]
            print("claimed " + " ".join(map(str, ids)), flush=True)
            if not forever:
                done = await db.complete(worker, ids, None)
                if done != len(ids):
                    print(f"error completed {done} of {len(ids)}", flush=True)
    finally:
        await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("dsn")
    parser.add_argument("worker")
    parser.add_argument("seed", type=int)
    parser.add_argument("--forever", action="store_true")
    parser.add_argument("--lease", type=float, default=300.0)
    parser.add_argument("--go")
    a = parser.parse_args()
    asyncio.run(main(a.dsn, a.worker, a.seed, a.forever, a.lease, a.go))
    sys.exit(0)
