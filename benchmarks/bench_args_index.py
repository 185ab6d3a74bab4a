"""What the opt-in GIN index on durable.run_history (args) costs the runs that finish.

Two databases with the same engine, one with the index the README suggests
(``CREATE INDEX … ON durable.run_history USING gin (args jsonb_path_ops)``), one
without.  Each round fills N due runs in each (args like an order's, every one
distinct: {"order": n, "to": "user<n % 1000>@example.com"}), then drains them
with one connection (claim batches of 100, complete each batch: every run is
written to run_history, so to the index), the two databases alternating and
the one going first alternating between rounds.  The ratio is the drain rate
with the index over without, per round; the median and the range are reported.

Usage: python benchmarks/bench_args_index.py [--quick] [--rounds N] [--runs N] [--meta]
(--meta: index meta as well, and give every run a meta object.)
"""

from __future__ import annotations

import asyncio
import json
from contextlib import AsyncExitStack

import asyncpg
from common import (
    CONTENT_INDEXES,
    Timer,
    fresh_database,
    median,
    parser,
    save,
    server,
    server_facts,
    table,
)

BATCH = 100
CLAIM = "SELECT run_id FROM durable.claim('w', ARRAY['qa'], $1)"
COMPLETE = "SELECT durable.complete('w', $1)"


async def prepare(conn: asyncpg.Connection, indexed: bool, meta: bool) -> None:
    await conn.execute("SET synchronous_commit = off")  # CPU, not fsync, is measured
    await conn.execute("SELECT durable.define_job('bench', queue => 'qa')")
    if indexed:
        await conn.execute(CONTENT_INDEXES["run_history_args"])
        if meta:
            await conn.execute(CONTENT_INDEXES["run_history_meta"])


async def fill(conn: asyncpg.Connection, n: int, first: int, meta: bool) -> None:
    await conn.execute("DELETE FROM durable.runs")
    await conn.execute("TRUNCATE durable.run_history")
    for start in range(first, first + n, 1000):
        args = [
            json.dumps({"order": i, "to": f"user{i % 1000}@example.com"})
            for i in range(start, start + min(1000, first + n - start))
        ]
        extra = ", meta => jsonb_build_object('customer', $3::int)" if meta else ""
        await conn.fetch(
            f"SELECT durable.enqueue_many('bench', $1::text[]::jsonb[], queue => $2{extra})",
            args,
            "qa",
            *([start % 5000] if meta else []),
        )
    await conn.execute("VACUUM ANALYZE")
    await conn.execute("CHECKPOINT")


async def drain(conn: asyncpg.Connection, n: int) -> float:
    done = 0
    with Timer() as t:
        while rows := await conn.fetch(CLAIM, BATCH):
            done += await conn.fetchval(COMPLETE, [r[0] for r in rows])
    assert done == n, (done, n)
    return done / t.seconds


async def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--runs", type=int, default=None, help="runs per drain (default 50,000)")
    p.add_argument("--meta", action="store_true", help="index meta too")
    args = p.parse_args()
    n = args.runs or (3000 if args.quick else 50_000)
    srv = server()
    async with AsyncExitStack() as stack:
        conns = {}
        for indexed in (False, True):
            dsn = await stack.enter_async_context(fresh_database(srv))
            conn = await asyncpg.connect(dsn)
            stack.push_async_callback(conn.close)
            await prepare(conn, indexed, args.meta)
            conns[indexed] = conn
        facts = await server_facts(dsn)
        rates: dict[bool, list[float]] = {False: [], True: []}
        ratios = []
        for r in range(max(args.rounds, 1)):
            order = (False, True) if r % 2 == 0 else (True, False)
            for indexed in order:
                await fill(conns[indexed], n, r * n + 1, args.meta)
                rates[indexed].append(await drain(conns[indexed], n))
            ratios.append(rates[True][-1] / rates[False][-1])
    rows = [
        ["without the index", f"{median(rates[False]):,.0f}", ""],
        [
            "with it" + (" (args and meta)" if args.meta else " (args)"),
            f"{median(rates[True]):,.0f}",
            f"{median(ratios):.3f} ({min(ratios):.3f}–{max(ratios):.3f})",
        ],
    ]
    print(f"{n:,} runs per drain, {len(ratios)} rounds; PostgreSQL {facts['server_version']}")
    print(table(rows, ["claim+complete", "runs/s (median)", "ratio median (range)"]))
    save(
        "bench_args_index" + ("_quick" if args.quick else ""),
        {"runs": n, "meta": args.meta, "rates": rates, "ratios": ratios, "facts": facts},
    )


if __name__ == "__main__":
    asyncio.run(main())
