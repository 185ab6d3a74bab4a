"""How durablesql behaves as its tables grow.

1. claim+complete (batches of 100) with 10 thousand, 100 thousand and 1 million
   pending runs: the rate over the first 20,000 runs claimed (flat is the goal:
   at 1M at least 80% of the 10k rate);
2. single and batched enqueue rates with 10 million rows of history, against
   an empty history;
3. prune of a month of history (1 million runs): durable.prune dropping the
   month's partition, against deleting the same runs row by row in batches of
   1,000 (what a non-partitioned history would have to do);
4. the hot table after processing 1 million jobs in a steady stream (a
   producer keeps ~10,000 pending while one connection claims and completes):
   size of durable.runs and its indexes, and live/dead tuples, on a private
   PostgreSQL with autovacuum on (the machine's server may have it off), with
   the per-table autovacuum settings the schema applies.

Each part has a --quick mode at small sizes (CI runs it so the script never rots).
Usage: python benchmarks/bench_scale.py [--quick] [--only claim,enqueue,prune,size]
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from datetime import UTC, datetime
from typing import Any

import asyncpg
from common import Timer, fresh_database, median, parser, save, server, server_facts, table

ARGS = json.dumps({"to": "user@example.com", "n": 1})
CLAIM = "SELECT run_id FROM durable.claim('w', ARRAY['q'], 100)"
COMPLETE = "SELECT durable.complete('w', $1)"


async def fill_pending(conn: asyncpg.Connection, n: int) -> None:
    await conn.execute("DELETE FROM durable.runs")
    await conn.execute("TRUNCATE durable.run_history")
    for start in range(0, n, 10_000):
        await conn.fetch(
            "SELECT durable.enqueue_many('job', array_fill($1::jsonb, ARRAY[$2::int]))",
            ARGS,
            min(10_000, n - start),
        )
    await conn.execute("VACUUM ANALYZE durable.runs")
    await conn.execute("CHECKPOINT")


async def drain(conn: asyncpg.Connection, runs: int) -> tuple[int, float]:
    """Claim and complete up to `runs` runs; (how many, seconds)."""
    done = 0
    with Timer() as t:
        while done < runs:
            rows = await conn.fetch(CLAIM)
            if not rows:
                break
            done += await conn.fetchval(COMPLETE, [r[0] for r in rows])
    return done, t.seconds


async def claim_curve(dsn: str, sizes: list[int], measured: int, rounds: int) -> dict[str, Any]:
    conn = await asyncpg.connect(dsn)
    await conn.execute("SET synchronous_commit = off")
    rates: dict[int, list[float]] = {n: [] for n in sizes}
    for _ in range(rounds):
        for n in sizes:
            await fill_pending(conn, n)
            done, seconds = await drain(conn, min(measured, n))
            rates[n].append(done / seconds)
    await conn.close()
    base = median(rates[sizes[0]])
    return {
        str(n): {"runs_per_s": median(r), "rounds": r, "vs_smallest": median(r) / base}
        for n, r in rates.items()
    }


async def fill_history(conn: asyncpg.Connection, rows: int, month_start: datetime) -> None:
    """`rows` terminal runs finished within the month starting at month_start."""
    await conn.execute("SELECT durable.ensure_history_partition($1)", month_start)
    step = 1_000_000
    for start in range(0, rows, step):
        await conn.execute(
            """
            INSERT INTO durable.run_history (run_id, job_name, queue, status, args, priority,
                run_at, attempt, max_attempts, worker, created_at, started_at, finished_at)
            SELECT g, 'job', 'q', 'succeeded', $3::jsonb, 0, t, 1, 3, 'w', t, t, t
            FROM generate_series($1::bigint, $2::bigint) g,
                 LATERAL (SELECT $4::timestamptz + (g % 2400000) * interval '1 second') x(t)
            """,
            start + 1,
            min(start + step, rows),
            ARGS,
            month_start,
        )


async def enqueue_rates(conn: asyncpg.Connection, single: int, batches: int) -> tuple[float, float]:
    await conn.execute("DELETE FROM durable.runs")
    with Timer() as t1:
        for _ in range(single):
            await conn.fetchval("SELECT durable.enqueue('job', $1::jsonb)", ARGS)
    with Timer() as t2:
        for _ in range(batches):
            await conn.fetch(
                "SELECT durable.enqueue_many('job', array_fill($1::jsonb, ARRAY[1000]))", ARGS
            )
    return single / t1.seconds, batches * 1000 / t2.seconds


async def enqueue_with_history(
    dsn: str, history: int, single: int, batches: int, rounds: int
) -> dict[str, Any]:
    conn = await asyncpg.connect(dsn)
    await conn.execute("SET synchronous_commit = off")
    empty = [await enqueue_rates(conn, single, batches) for _ in range(rounds)]
    with Timer() as fill:
        await fill_history(conn, history, datetime(2026, 1, 1, tzinfo=UTC))
        await conn.execute("SELECT setval('durable.run_id_seq', $1)", history + 1)
        await conn.execute("VACUUM ANALYZE durable.run_history")
    full = [await enqueue_rates(conn, single, batches) for _ in range(rounds)]
    size = await conn.fetchval("SELECT pg_total_relation_size('durable.run_history_2026_01')")
    await conn.close()
    return {
        "history_rows": history,
        "history_bytes": size,
        "fill_seconds": fill.seconds,
        "single_empty_per_s": median([e[0] for e in empty]),
        "single_full_per_s": median([f[0] for f in full]),
        "batched_empty_per_s": median([e[1] for e in empty]),
        "batched_full_per_s": median([f[1] for f in full]),
    }


async def prune_month(dsn: str, rows: int) -> dict[str, Any]:
    conn = await asyncpg.connect(dsn)
    await conn.execute("SET synchronous_commit = off")
    # Partition drop: a whole month older than the retention.
    await conn.execute("TRUNCATE durable.run_history")
    await fill_history(conn, rows, datetime(2025, 1, 1, tzinfo=UTC))
    await conn.execute("VACUUM ANALYZE durable.run_history_2025_01")
    with Timer() as drop:
        removed = 0
        while n := await conn.fetchval("SELECT durable.prune(interval '30 days', 1000)"):
            removed += n
    assert removed == rows, (removed, rows)
    # Row deletes: the same month in a plain table, removed 1,000 rows at a time.
    await conn.execute("CREATE TABLE plain_history (LIKE durable.run_history INCLUDING ALL)")
    await conn.execute(
        "INSERT INTO plain_history (run_id, job_name, queue, status, args, priority, run_at,"
        " attempt, max_attempts, created_at, finished_at)"
        " SELECT g, 'job', 'q', 'succeeded', $2::jsonb, 0, now(), 1, 3, now(), now()"
        " FROM generate_series(1, $1) g",
        rows,
        ARGS,
    )
    await conn.execute("VACUUM ANALYZE plain_history")
    with Timer() as delete:
        while await conn.fetchval(
            "WITH d AS (DELETE FROM plain_history WHERE ctid = ANY (ARRAY("
            " SELECT ctid FROM plain_history LIMIT 1000)) RETURNING 1) SELECT count(*) FROM d"
        ):
            pass
    await conn.close()
    return {"rows": rows, "partition_drop_s": drop.seconds, "row_deletes_s": delete.seconds}


async def hot_table_after(jobs: int) -> dict[str, Any]:
    """A private server with default settings (autovacuum on)."""
    import pgserver

    from durablesql.driver.postgres.migrate import migrate

    folder = tempfile.mkdtemp(prefix="durablesql-scale-")
    handle = pgserver.get_server(folder, cleanup_mode="delete")
    try:
        conn = await asyncpg.connect(handle.get_uri())
        await migrate(conn)
        await conn.execute("SET synchronous_commit = off")
        await conn.execute("SELECT durable.define_job('job', queue => 'q')")
        # The server's autovacuum wakes every naptime (default 1 min); a queue
        # table wants it sooner (the README's advice): 10 s here.
        await conn.execute("ALTER SYSTEM SET autovacuum_naptime = '10s'")
        await conn.execute("SELECT pg_reload_conf()")
        facts = {
            "server_version": await conn.fetchval("SHOW server_version"),
            "autovacuum": await conn.fetchval("SHOW autovacuum"),
            "autovacuum_naptime": await conn.fetchval("SHOW autovacuum_naptime"),
            "reloptions": await conn.fetchval(
                "SELECT reloptions FROM pg_class WHERE oid = 'durable.runs'::regclass"
            ),
        }
        samples = []
        processed = 0
        with Timer() as t:
            while processed < jobs:
                await conn.fetch(
                    "SELECT durable.enqueue_many('job', array_fill($1::jsonb, ARRAY[10000]))",
                    ARGS,
                )
                done, _ = await drain(conn, 10_000)
                processed += done
                if processed % (jobs // 10) < 10_000:
                    samples.append((processed, await _sizes(conn)))
        end = await _sizes(conn)
        # Then the idle queue, once autovacuum has been round (at most a naptime).
        for _ in range(30):
            await asyncio.sleep(1)
            settled = await _sizes(conn)
            if settled["autovacuums"] > end["autovacuums"]:
                break
        await conn.close()
        return {
            "jobs": processed,
            "seconds": t.seconds,
            "server": facts,
            "samples": samples,
            "end": end,
            "settled": settled,
        }
    finally:
        handle.cleanup()


async def _sizes(conn: asyncpg.Connection) -> dict[str, Any]:
    row = await conn.fetchrow(
        "SELECT pg_relation_size('durable.runs') AS heap,"
        " pg_indexes_size('durable.runs') AS indexes,"
        " s.n_live_tup AS live, s.n_dead_tup AS dead, s.autovacuum_count AS autovacuums"
        " FROM pg_stat_user_tables s WHERE s.relid = 'durable.runs'::regclass"
    )
    assert row is not None
    return dict(row)


def kib(n: int) -> str:
    return f"{n / 1024:,.0f} KiB"


async def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--only", default="claim,enqueue,prune,size")
    args = p.parse_args()
    parts = set(args.only.split(","))
    quick = args.quick
    srv = server()
    results: dict[str, Any] = {}
    async with fresh_database(srv) as dsn:
        conn = await asyncpg.connect(dsn)
        await conn.execute("SELECT durable.define_job('job', queue => 'q')")
        await conn.close()
        facts = await server_facts(dsn)
        if "claim" in parts:
            sizes = [1_000, 10_000] if quick else [10_000, 100_000, 1_000_000]
            results["claim"] = await claim_curve(
                dsn, sizes, 2_000 if quick else 20_000, args.rounds
            )
        if "enqueue" in parts:
            results["enqueue"] = await enqueue_with_history(
                dsn,
                100_000 if quick else 10_000_000,
                200 if quick else 2000,
                3 if quick else 20,
                args.rounds,
            )
        if "prune" in parts:
            results["prune"] = await prune_month(dsn, 20_000 if quick else 1_000_000)
    if "size" in parts:
        results["size"] = await hot_table_after(50_000 if quick else 1_000_000)

    print(
        f"durablesql at scale, {srv.origin}, PostgreSQL {facts['server_version']}"
        f"{' (quick)' if quick else ''}"
    )
    if "claim" in results:
        print(
            table(
                [
                    [f"{int(n):,}", f"{r['runs_per_s']:,.0f}", f"{r['vs_smallest']:.0%}"]
                    for n, r in results["claim"].items()
                ],
                ["pending runs", "claim+complete runs/s", "vs the smallest"],
            )
        )
    if "enqueue" in results:
        e = results["enqueue"]
        print(
            table(
                [
                    [
                        "single enqueue",
                        f"{e['single_empty_per_s']:,.0f}",
                        f"{e['single_full_per_s']:,.0f}",
                    ],
                    [
                        "enqueue_many ×1000",
                        f"{e['batched_empty_per_s']:,.0f}",
                        f"{e['batched_full_per_s']:,.0f}",
                    ],
                ],
                ["", "runs/s, empty history", f"runs/s, {e['history_rows']:,} history rows"],
            )
        )
    if "prune" in results:
        pr = results["prune"]
        print(
            f"prune a month of {pr['rows']:,} runs: partition drop {pr['partition_drop_s']:.2f} s,"
            f" row deletes in batches of 1,000 {pr['row_deletes_s']:.2f} s"
        )
    if "size" in results:
        sz = results["size"]
        print(
            f"after {sz['jobs']:,} jobs ({sz['jobs'] / sz['seconds']:,.0f}/s) on PostgreSQL"
            f" {sz['server']['server_version']}, autovacuum {sz['server']['autovacuum']},"
            f" durable.runs options {sz['server']['reloptions']}:"
        )
        rows = [
            [f"{n:,}", kib(s["heap"]), kib(s["indexes"]), s["live"], s["dead"], s["autovacuums"]]
            for n, s in sz["samples"]
        ]
        for label, s in (("end", sz["end"]), ("idle, after autovacuum", sz["settled"])):
            rows.append(
                [label, kib(s["heap"]), kib(s["indexes"]), s["live"], s["dead"], s["autovacuums"]]
            )
        print(table(rows, ["jobs processed", "heap", "indexes", "live", "dead", "autovacuums"]))
    if not quick:
        path = save(
            "bench_scale",
            {"when": datetime.now(UTC).isoformat(), "server": facts, "results": results},
        )
        print(f"saved {path.relative_to(path.parent.parent.parent)}")


if __name__ == "__main__":
    asyncio.run(main())
