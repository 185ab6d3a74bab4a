"""Cron and schedules in SQL: durable.cron_next calls/s, and one
durable.materialize_schedules() over 10,000 due schedules.

cron_next is timed inside the server (one statement evaluating it for 20,000
instants spread over a year), so the figure is the function's own cost, not a
round trip per call; cron_next_spec is the same with the expression parsed
once, as durable.schedules stores it.  The materialise case defines N schedules
(a mix of expressions and zones), moves the fake clock past their next slots,
and times the single call that enqueues one run for each and moves each to
its next slot.  Usage: python benchmarks/bench_schedules.py [--quick] [--rounds N]
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import asyncpg
from common import Timer, fresh_database, median, parser, save, server, server_facts, table

CASES = [
    ("*/5 * * * *", "UTC"),
    ("0 2 * * *", "Europe/Berlin"),
    ("0 9 * * mon-fri", "America/New_York"),
    ("*/10 * * * * *", "UTC"),
    ("30 1 1,15 * *", "Australia/Lord_Howe"),
    ("0 0 1 1 *", "Asia/Kolkata"),
]

CRON_NEXT = """
SELECT count(durable.cron_next($1, $3::timestamptz + g * interval '26 minutes 17 seconds', $2))
FROM generate_series(1, $4) g
"""
CRON_NEXT_SPEC = """
SELECT count(durable.cron_next_spec(s, $3::timestamptz + g * interval '26 minutes 17 seconds', $2))
FROM durable.cron_parse($1) s, generate_series(1, $4) g
"""
START = datetime(2030, 1, 1, tzinfo=UTC)


async def cron_rates(conn: asyncpg.Connection, calls: int) -> dict[str, tuple[float, float]]:
    rates = {}
    for cron, zone in CASES:
        with Timer() as text:
            await conn.fetchval(CRON_NEXT, cron, zone, START, calls)
        with Timer() as spec:
            await conn.fetchval(CRON_NEXT_SPEC, cron, zone, START, calls)
        rates[f"{cron} ({zone})"] = (calls / text.seconds, calls / spec.seconds)
    return rates


async def materialize_once(conn: asyncpg.Connection, n: int) -> tuple[float, int]:
    await conn.execute("DELETE FROM durable.runs; DELETE FROM durable.schedules")
    await conn.execute("SET durable.fake_now = '2030-01-01 00:00:00+00'")
    await conn.execute(
        "SELECT durable.define_schedule('s' || g, 'bench', c.cron, timezone => c.zone,"
        " allow_concurrent => true)"
        " FROM generate_series(1, $1) g"
        " JOIN unnest($2::text[], $3::text[]) WITH ORDINALITY c(cron, zone, k)"
        "   ON c.k = 1 + g % cardinality($2::text[])",
        n,
        [c for c, _ in CASES],
        [z for _, z in CASES],
    )
    await conn.execute("VACUUM ANALYZE durable.schedules")
    # Far enough on that every schedule has a due slot (the yearly one included).
    with Timer() as t:
        enqueued = await conn.fetchval(
            "SELECT durable.materialize_schedules('2031-01-02 00:00+00')"
        )
    await conn.execute("RESET durable.fake_now")
    return t.seconds, enqueued


async def main() -> None:
    args = parser(__doc__ or "").parse_args()
    calls = 2000 if args.quick else 20_000
    n = 500 if args.quick else 10_000
    srv = server()
    async with fresh_database(srv) as dsn:
        conn = await asyncpg.connect(dsn)
        await conn.execute("SET synchronous_commit = off")
        await conn.execute("SELECT durable.define_job('bench')")
        rounds = []
        mats = []
        for _ in range(args.rounds):
            rounds.append(await cron_rates(conn, calls))
            mats.append(await materialize_once(conn, n))
        facts = await server_facts(dsn)
        await conn.close()

    rows, data = [], {}
    for name in rounds[0]:
        text = median([r[name][0] for r in rounds])
        spec = median([r[name][1] for r in rounds])
        rows.append([name, f"{text:,.0f}", f"{spec:,.0f}"])
        data[name] = {"cron_next_per_s": text, "cron_next_spec_per_s": spec}
    seconds = median([m[0] for m in mats])
    assert all(m[1] == n for m in mats), mats
    print(
        f"cron and schedules, {srv.origin}, PostgreSQL {facts['server_version']},"
        f" {args.rounds} rounds{' (quick)' if args.quick else ''}"
    )
    print(table(rows, ["expression (zone)", "cron_next calls/s", "cron_next_spec calls/s"]))
    print(
        f"materialize_schedules over {n:,} due schedules: {seconds * 1000:,.0f} ms"
        f" ({n / seconds:,.0f} schedules/s; median of {len(mats)}:"
        f" {min(m[0] for m in mats) * 1000:,.0f}–{max(m[0] for m in mats) * 1000:,.0f} ms)"
    )
    if not args.quick:
        path = save(
            "bench_schedules",
            {
                "when": datetime.now(UTC).isoformat(),
                "server": facts,
                "cron_next": data,
                "materialize": {"schedules": n, "seconds": [m[0] for m in mats]},
            },
        )
        print(f"saved {path.relative_to(path.parent.parent.parent)}")


if __name__ == "__main__":
    asyncio.run(main())
