"""Claim strategies, limits and concurrency keys against the plain priority claim.

Each case fills a fresh set of N due runs, then one connection claims batches of
100 and completes them until none is left; the rate is runs/s.  Every round
measures all cases back to back (the order rotates between rounds), and each
ratio is the median of its per-round ratios against the reference named in
the table, measured in the same round:

* the default path (no limit set, no key) against the engine before queue
  control — migration 0001_init alone, installed in a second database — which
  is what "the limit checks must not make the default path more than 10%
  slower" is measured against;
* strict and weighted across three queues against priority across the same three;
* runs with a concurrency key (1,000 distinct keys, in random order) and a
  queue or job limit that never binds, against the plain priority claim;
* the claim since 0016 (which returns each run's traceparent) against the
  engine at 0015, installed in a third database; and runs that all carry a
  traceparent against runs that carry none;
* durable.fail since 0017 (which keeps every attempt's error in
  durable.run_errors) against the engine at 0016, in a fourth database: each
  claimed run failed by its own call, its retry an hour away (a fifth of N runs,
  since a call per run is slower).

Usage: python benchmarks/bench_claim.py [--quick] [--rounds N] [--runs N]
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import asyncpg
from common import Timer, fresh_database, median, parser, save, server, server_facts, table

from durablesql.driver.sqlfiles import migrations

ARGS = json.dumps({"to": "user@example.com", "template": "welcome", "n": 1})
BATCH = 100
QUEUES = ["qa", "qb", "qc"]
CLAIM = "SELECT run_id FROM durable.claim($1, $2, $3, strategy => $4)"
CLAIM_0001 = "SELECT run_id FROM durable.claim($1, $2, $3)"
COMPLETE = "SELECT durable.complete($1, $2)"
FAIL = "SELECT durable.fail($1, $2, 'bench failure', true)"


@dataclass
class Case:
    name: str
    reference: str  # the case it is compared with, in the same round
    run: Callable[[], Awaitable[float]]


async def reset(conn: asyncpg.Connection) -> None:
    await conn.execute("DELETE FROM durable.runs")
    await conn.execute("TRUNCATE durable.run_history")
    await conn.execute("VACUUM (ANALYZE) durable.runs")


TRACED_META = '{"traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}'


async def fill(
    conn: asyncpg.Connection,
    n: int,
    queues: list[str],
    keyed: bool,
    job: str = "bench",
    traced: bool = False,
) -> None:
    await reset(conn)
    rng = random.Random(1)
    per_queue = n // len(queues)
    for queue in queues:
        for start in range(0, per_queue, 1000):
            size = min(1000, per_queue - start)
            if keyed:
                keys = [f"tenant-{rng.randrange(1000)}" for _ in range(size)]
                await conn.execute(
                    "SELECT durable.enqueue($1, $2::text::jsonb, queue => $3, concurrency_key => k)"
                    " FROM unnest($4::text[]) k",
                    job,
                    ARGS,
                    queue,
                    keys,
                )
            else:
                # (The 0001 engine's enqueue_many has no meta.)
                meta = ", meta => $4::text::jsonb" if traced else ""
                await conn.fetch(
                    f"SELECT durable.enqueue_many($1, $2::text[]::jsonb[], queue => $3{meta})",
                    job,
                    [ARGS] * size,
                    queue,
                    *([TRACED_META] if traced else []),
                )
    await conn.execute("VACUUM ANALYZE durable.runs")
    await conn.execute("CHECKPOINT")


def drain(
    conn: asyncpg.Connection,
    n: int,
    queues: list[str],
    *,
    strategy: str | None = "priority",
    keyed: bool = False,
    job: str = "bench",
    traced: bool = False,
    fail: bool = False,
) -> Callable[[], Awaitable[float]]:
    async def run() -> float:
        await fill(conn, n, queues, keyed, job, traced)
        done = 0
        with Timer() as t:
            while True:
                if strategy is None:  # the 0001 engine
                    rows = await conn.fetch(CLAIM_0001, "w", queues, BATCH)
                else:
                    rows = await conn.fetch(CLAIM, "w", queues, BATCH, strategy)
                if not rows:
                    break
                if fail:  # each back to pending, due again in an hour
                    for r in rows:
                        done += await conn.fetchval(FAIL, "w", r[0]) == "pending"
                else:
                    done += await conn.fetchval(COMPLETE, "w", [r[0] for r in rows])
        assert done == (n // len(queues)) * len(queues), (done, n)
        return done / t.seconds

    return run


async def prepare(conn: asyncpg.Connection, old: bool) -> None:
    await conn.execute("SET synchronous_commit = off")  # CPU, not fsync, is measured
    for queue in QUEUES:
        await conn.execute("SELECT durable.define_job($1, queue => $2)", f"bench-{queue}", queue)
    await conn.execute("SELECT durable.define_job('bench', queue => 'qa')")
    await conn.execute(
        "SELECT durable.define_job('failing', queue => 'qf', retry_delay => '1 hour')"
    )
    if not old:
        await conn.execute(
            "SELECT durable.define_job('limited', queue => 'qa', concurrency_limit => 100000)"
        )
        await conn.execute("SELECT durable.define_job('keyed', queue => 'qa')")
        await conn.execute("SELECT durable.set_queue('qc', weight => 3)")
        await conn.execute("SELECT durable.set_queue('qb', weight => 2)")
        await conn.execute("SELECT durable.set_queue('capped', concurrency_limit => 100000)")
        await conn.execute("SELECT durable.define_job('capped', queue => 'capped')")


async def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--runs", type=int, default=None, help="runs per case (default 50,000)")
    args = p.parse_args()
    n = args.runs or (3000 if args.quick else 50_000)
    srv = server()
    async with (
        fresh_database(srv) as dsn,
        fresh_database(srv, install=False) as old_dsn,
        fresh_database(srv, install=False) as v15_dsn,
        fresh_database(srv, install=False) as v16_dsn,
    ):
        conn = await asyncpg.connect(dsn)
        old = await asyncpg.connect(old_dsn)
        await old.execute(migrations()[0].sql)
        v15 = await asyncpg.connect(v15_dsn)
        for migration in migrations()[:15]:
            await v15.execute(migration.sql)
        v16 = await asyncpg.connect(v16_dsn)
        for migration in migrations()[:16]:
            await v16.execute(migration.sql)
        await prepare(conn, old=False)
        await prepare(old, old=True)
        await prepare(v15, old=False)
        await prepare(v16, old=False)
        few = max(n // 5, BATCH)
        cases = [
            Case("0001 engine, 1 queue", "", drain(old, n, ["qa"], strategy=None)),
            Case("priority, 1 queue", "0001 engine, 1 queue", drain(conn, n, ["qa"])),
            Case("0001 engine, 3 queues", "", drain(old, n, QUEUES, strategy=None)),
            Case("priority, 3 queues", "0001 engine, 3 queues", drain(conn, n, QUEUES)),
            Case(
                "strict, 3 queues", "priority, 3 queues", drain(conn, n, QUEUES, strategy="strict")
            ),
            Case(
                "weighted 1:2:3, 3 queues",
                "priority, 3 queues",
                drain(conn, n, QUEUES, strategy="weighted"),
            ),
            Case(
                "concurrency keys (1,000 keys), 1 queue",
                "priority, 1 queue",
                drain(conn, n, ["qa"], keyed=True, job="keyed"),
            ),
            Case(
                "job limit (not binding), 1 queue",
                "priority, 1 queue",
                drain(conn, n, ["qa"], job="limited"),
            ),
            Case(
                "queue limit (not binding), 1 queue",
                "priority, 1 queue",
                drain(conn, n, ["capped"], job="capped"),
            ),
            Case("0015 engine, 1 queue", "", drain(v15, n, ["qa"])),
            Case("priority, 1 queue (again)", "0015 engine, 1 queue", drain(conn, n, ["qa"])),
            Case(
                "every run traced, 1 queue",
                "priority, 1 queue (again)",
                drain(conn, n, ["qa"], traced=True),
            ),
            Case("0016 engine, fail each", "", drain(v16, few, ["qf"], job="failing", fail=True)),
            Case(
                "fail each (every attempt's error kept)",
                "0016 engine, fail each",
                drain(conn, few, ["qf"], job="failing", fail=True),
            ),
        ]
        rates: dict[str, list[float]] = {c.name: [] for c in cases}
        for round_no in range(args.rounds):
            shift = round_no % len(cases)
            for case in cases[shift:] + cases[:shift]:
                rates[case.name].append(await case.run())
        facts = await server_facts(dsn)
        await conn.close()
        await old.close()
        await v15.close()
        await v16.close()

    rows, data = [], {}
    for case in cases:
        mine = rates[case.name]
        entry: dict[str, object] = {"runs_per_s": median(mine), "rounds": mine}
        ratio_text = "—"
        if case.reference:
            ratios = [a / b for a, b in zip(mine, rates[case.reference], strict=True)]
            entry |= {"reference": case.reference, "ratio": median(ratios), "ratios": ratios}
            ratio_text = f"{median(ratios):.0%} ({min(ratios):.0%}–{max(ratios):.0%})"
        rows.append([case.name, f"{median(mine):,.0f}", case.reference or "—", ratio_text])
        data[case.name] = entry
    print(
        f"claim+complete in batches of {BATCH}, {n:,} runs per case, {srv.origin},"
        f" PostgreSQL {facts['server_version']}, {args.rounds} rounds"
        f"{' (quick)' if args.quick else ''}"
    )
    print(table(rows, ["case", "runs/s (median)", "compared with", "ratio: median (range)"]))
    if not args.quick:
        path = save(
            "bench_claim",
            {"when": datetime.now(UTC).isoformat(), "server": facts, "runs": n, "results": data},
        )
        print(f"saved {path.relative_to(path.parent.parent.parent)}")


if __name__ == "__main__":
    asyncio.run(main())
