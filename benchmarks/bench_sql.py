"""The SQL path alone, against plain-table baselines, from one connection.

1. single durable.enqueue() calls/s vs a plain INSERT into a table shaped like
   durable.runs (same columns and indexes, no trigger), each call its own
   transaction — with synchronous_commit on (fsync per call) and off (CPU only);
2. enqueue_many of 1,000 per call vs a plain multi-row INSERT … SELECT unnest();
3. claim + complete of N runs in batches of 100 vs the raw loop
   UPDATE … WHERE id = ANY(ARRAY(SELECT … FOR UPDATE SKIP LOCKED)) RETURNING …
   then DELETE … WHERE id = ANY($1) — with the history kept, and for a job
   defined with keep_succeeded => false (a run that succeeds is deleted).

Each measurement runs --rounds times on fresh tables, durablesql and its
baseline back to back (which one goes first alternates between rounds).  The
ratio reported is the median of the per-round ratios — paired, so a slow
moment of this machine (fsync, checkpoint) hits both sides of a pair — with
its range; rates are medians.  Each ratio is printed next to its target
(issue 14), with ✓ or ✗.  Usage: python benchmarks/bench_sql.py
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import asyncpg
from common import Timer, fresh_database, median, parser, save, server, server_facts, table

PLAIN_DDL = """
DROP TABLE IF EXISTS plain_runs;
CREATE TABLE plain_runs (LIKE durable.runs INCLUDING ALL);
ALTER TABLE plain_runs ALTER COLUMN run_id SET DEFAULT nextval('plain_seq');
"""

PLAIN_INSERT = (
    "INSERT INTO plain_runs (job_name, queue, status, args, priority, run_at, max_attempts,"
    " created_at) VALUES ($1, 'bench', 'pending', $2::text::jsonb, 0, now(), 3, now())"
    " RETURNING run_id"
)
PLAIN_INSERT_MANY = (
    "INSERT INTO plain_runs (job_name, queue, status, args, priority, run_at, max_attempts,"
    " created_at) SELECT $1, 'bench', 'pending', a, 0, now(), 3, now()"
    " FROM unnest($2::text[]::jsonb[]) a RETURNING run_id"
)
RAW_CLAIM = (
    "UPDATE plain_runs SET status = 'leased', worker = $1, lease_expires_at = now() + interval"
    " '30 seconds', attempt = attempt + 1, started_at = now()"
    " WHERE run_id = ANY(ARRAY(SELECT run_id FROM plain_runs WHERE status = 'pending'"
    " AND queue = 'bench' AND run_at <= now() ORDER BY priority DESC, run_at, run_id"
    " LIMIT $2 FOR UPDATE SKIP LOCKED))"
    " RETURNING run_id, job_name, queue, args::text, attempt, max_attempts, run_at,"
    " lease_expires_at, timeout"
)
RAW_DELETE = "DELETE FROM plain_runs WHERE run_id = ANY($1)"

ENQUEUE = "SELECT durable.enqueue($1, $2::text::jsonb)"
ENQUEUE_MANY = "SELECT durable.enqueue_many($1, $2::text[]::jsonb[])"
CLAIM = (
    "SELECT run_id, job_name, queue, args::text, attempt, max_attempts, run_at,"
    " lease_expires_at, timeout FROM durable.claim($1, $2, $3)"
)
COMPLETE = "SELECT durable.complete($1, $2)"

ARGS = json.dumps({"to": "user@example.com", "template": "welcome", "n": 1})

Rate = Callable[[], Awaitable[float]]


async def reset(conn: asyncpg.Connection) -> None:
    await conn.execute("DELETE FROM durable.runs")
    await conn.execute("TRUNCATE durable.run_history")
    await conn.execute("VACUUM (ANALYZE) durable.runs")
    await conn.execute(PLAIN_DDL)
    await conn.execute("VACUUM ANALYZE plain_runs")
    await checkpoint(conn)


async def checkpoint(conn: asyncpg.Connection) -> None:
    """Start each timed phase right after a checkpoint, so a checkpoint (and the
    full-page writes after it) never lands inside one side of a pair only."""
    with contextlib.suppress(asyncpg.InsufficientPrivilegeError):  # then measure as is
        await conn.execute("CHECKPOINT")


async def pair(ours: Rate, base: Rate, ours_first: bool) -> tuple[float, float]:
    """(ours, baseline) rates, measured back to back in the given order."""
    if ours_first:
        mine = await ours()
        return mine, await base()
    theirs = await base()
    return await ours(), theirs


def single_enqueues(conn: asyncpg.Connection, n: int) -> tuple[Rate, Rate]:
    async def run(sql: str) -> float:
        await reset(conn)
        with Timer() as t:
            for _ in range(n):
                await conn.fetchval(sql, "bench", ARGS)
        return n / t.seconds

    return (lambda: run(ENQUEUE)), (lambda: run(PLAIN_INSERT))


def batched_enqueues(conn: asyncpg.Connection, calls: int) -> tuple[Rate, Rate]:
    docs = [ARGS] * 1000

    async def run(sql: str) -> float:
        await reset(conn)
        with Timer() as t:
            for _ in range(calls):
                await conn.fetch(sql, "bench", docs)
        return calls * 1000 / t.seconds

    return (lambda: run(ENQUEUE_MANY)), (lambda: run(PLAIN_INSERT_MANY))


async def fill(conn: asyncpg.Connection, n: int, plain: bool, job: str = "bench") -> None:
    await reset(conn)
    docs = [ARGS] * 1000
    for _ in range(n // 1000):
        await conn.fetch(PLAIN_INSERT_MANY if plain else ENQUEUE_MANY, job, docs)
    await conn.execute("VACUUM ANALYZE durable.runs")
    await conn.execute("VACUUM ANALYZE plain_runs")
    await checkpoint(conn)


def claim_complete(
    conn: asyncpg.Connection, n: int, batch: int, job: str = "bench"
) -> tuple[Rate, Rate]:
    """`job` is also the name of its queue."""

    async def durable() -> float:
        await fill(conn, n, plain=False, job=job)
        done = 0
        with Timer() as t:
            while rows := await conn.fetch(CLAIM, "w", [job], batch):
                done += await conn.fetchval(COMPLETE, "w", [r[0] for r in rows])
        assert done == n, (done, n)
        return n / t.seconds

    async def raw() -> float:
        await fill(conn, n, plain=True)
        done = 0
        with Timer() as t:
            while rows := await conn.fetch(RAW_CLAIM, "w", batch):
                await conn.execute(RAW_DELETE, [r[0] for r in rows])
                done += len(rows)
        assert done == n, (done, n)
        return n / t.seconds

    return durable, raw


async def main() -> None:
    args = parser(__doc__ or "").parse_args()
    n_single = 500 if args.quick else 5000
    n_many = 5 if args.quick else 50
    n_claim = 2000 if args.quick else 100_000
    srv = server()
    async with fresh_database(srv) as dsn:
        conn = await asyncpg.connect(dsn)
        await conn.execute("CREATE SEQUENCE plain_seq")
        await conn.execute("SELECT durable.define_job('bench', queue => 'bench')")
        await conn.execute(
            "SELECT durable.define_job('unkept', queue => 'unkept', keep_succeeded => false)"
        )
        raw_loop = "raw UPDATE…SKIP LOCKED + DELETE"
        # (name, synchronous_commit, baseline, target ratio or None, rates)
        cases: list[tuple[str, str, str, float | None, tuple[Rate, Rate]]] = [
            (
                "enqueue (fsync per call)",
                "on",
                "plain INSERT",
                0.85,
                single_enqueues(conn, n_single),
            ),
            (
                "enqueue (synchronous_commit off)",
                "off",
                "plain INSERT",
                0.85,
                single_enqueues(conn, n_single),
            ),
            (
                "enqueue_many x1000",
                "on",
                "plain INSERT … unnest",
                None,
                batched_enqueues(conn, n_many),
            ),
            (
                "claim+complete x100 (history kept)",
                "on",
                raw_loop,
                0.60,
                claim_complete(conn, n_claim, 100),
            ),
            (
                "claim+complete x100 (keep_succeeded => false)",
                "on",
                raw_loop,
                0.85,
                claim_complete(conn, n_claim, 100, job="unkept"),
            ),
        ]
        results: dict[str, list[tuple[float, float]]] = {name: [] for name, *_ in cases}
        for round_no in range(args.rounds):
            for name, commit, _, _, (ours, base) in cases:
                await conn.execute(f"SET synchronous_commit = {commit}")
                results[name].append(await pair(ours, base, ours_first=round_no % 2 == 0))
        facts = await server_facts(dsn)
        await conn.close()

    rows, data = [], {}
    for name, _, baseline, target, _ in cases:
        pairs = results[name]
        ours_rate, base_rate = median([p[0] for p in pairs]), median([p[1] for p in pairs])
        ratios = [o / b for o, b in pairs]
        met = "" if target is None else (" ✓" if median(ratios) >= target else " ✗")
        rows.append(
            [
                name,
                f"{ours_rate:,.0f}",
                baseline,
                f"{base_rate:,.0f}",
                f"{median(ratios):.0%} ({min(ratios):.0%}–{max(ratios):.0%})",
                "—" if target is None else f"≥ {target:.0%}{met}",
            ]
        )
        data[name] = {
            "durablesql_per_s": ours_rate,
            "baseline": baseline,
            "baseline_per_s": base_rate,
            "target": target,
            "ratio": median(ratios),
            "ratios": ratios,
            "rounds": pairs,
        }
    print(
        f"durablesql SQL path, {srv.origin}, PostgreSQL {facts['server_version']},"
        f" {args.rounds} rounds{' (quick)' if args.quick else ''}"
    )
    print(
        table(
            rows,
            [
                "operation",
                "durablesql runs/s",
                "baseline",
                "baseline runs/s",
                "ratio: median of rounds (range)",
                "target",
            ],
        )
    )
    if not args.quick:
        path = save(
            "bench_sql",
            {
                "when": datetime.now(UTC).isoformat(),
                "server": facts,
                "sizes": {"single": n_single, "many_calls": n_many, "claim": n_claim},
                "results": data,
            },
        )
        print(f"saved {path.relative_to(path.parent.parent.parent)}")


if __name__ == "__main__":
    asyncio.run(main())
