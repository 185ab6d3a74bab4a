"""How long the dashboard's pages take on a large database: 1,000,000 runs of history
over the last 30 days and 100,000 live runs (the issue's bar: under 300 ms a page).

Each page is requested through the ASGI app (httpx, in process: the time is the
dashboard's and the database's, not a network's), after one warm-up request; the
median and the worst of --rounds requests are reported.  --quick: 10,000 and 1,000.

Filling the million runs takes minutes, so while working on one page:
``--keep NAME`` fills a database of that name and leaves it behind, ``--reuse NAME``
measures an existing one without filling it (the sizes are read back from it), and
``--only TEXT`` (repeatable) measures only the pages whose name contains TEXT.

``--args-index`` measures with the opt-in GIN indexes on durable.run_history
(args) and (meta) the README suggests: created before the pages are measured
(the time it took is printed) and dropped after, so a kept database is left as
it was.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import httpx
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

from durablesql.dashboard import create_app
from durablesql.driver.postgres.migrate import migrate
from tests.server import Server

BUDGET_MS = 300.0


@asynccontextmanager
async def content_indexes(dsn: str) -> AsyncIterator[None]:
    """The GIN indexes on args and meta for the measurement, dropped after it."""
    conn = await asyncpg.connect(dsn)
    try:
        with Timer() as t:
            for sql in CONTENT_INDEXES.values():
                await conn.execute(sql)
            await conn.execute("ANALYZE durable.run_history")
        print(f"created the args and meta indexes in {t.seconds:.1f} s", file=sys.stderr)
        yield
    finally:
        for name in CONTENT_INDEXES:
            await conn.execute(f"DROP INDEX IF EXISTS durable.{name}")
        await conn.close()


async def fill(dsn: str, history: int, live: int) -> dict[str, int]:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("SET synchronous_commit = off")
        for n in range(8):
            await conn.execute(
                "SELECT durable.define_job($1, queue => $2)", f"job{n}", f"queue{n % 4}"
            )
        now = datetime.now(UTC)
        start = now - timedelta(days=30)
        for month in range(3):
            await conn.execute(
                "SELECT durable.ensure_history_partition($1)", start + timedelta(days=31 * month)
            )
        step = 200_000
        for first in range(1, history + 1, step):
            await conn.execute(
                """
                INSERT INTO durable.run_history (run_id, job_name, queue, status, args, result,
                    error, priority, run_at, attempt, max_attempts, worker, created_at,
                    started_at, finished_at, tags, meta)
                SELECT g, 'job' || g % 8, 'queue' || g % 8 % 4,
                       (ARRAY['succeeded','succeeded','succeeded','failed','cancelled'])[1 + g % 5],
                       jsonb_build_object('order', g, 'to', 'user' || g % 1000 || '@example.com'),
                       '{"ok": true}', CASE WHEN g % 5 = 3 THEN 'boom' END, 0, t, 1, 3,
                       'w' || g % 10, t, t, t + interval '50 ms',
                       ARRAY['t' || g % 20], jsonb_build_object('customer', g % 5000)
                FROM generate_series($1::bigint, $2::bigint) g,
                     LATERAL (SELECT $3::timestamptz + (g - 1) * $4::interval) x(t)
                """,
                first,
                min(first + step - 1, history),
                start,
                timedelta(days=30) / history,
            )
        # A small dependency tree around the run page's run (history // 2, as in
        # pages()): two generations of parents, a diamond of children and a
        # grandchild, so the tree page has something to walk.
        some = history // 2
        edges = [(-3, -1), (-1, 0), (-2, 0), (0, 1), (0, 2), (1, 2), (2, 3)]
        await conn.executemany(
            "INSERT INTO durable.dependencies (parent_id, child_id) VALUES ($1, $2)",
            [(some + p, some + c) for p, c in edges],
        )
        await conn.execute(
            """
            UPDATE durable.run_history h SET depends_on = e.parents
            FROM (SELECT child_id, array_agg(parent_id ORDER BY parent_id) AS parents
                  FROM durable.dependencies GROUP BY child_id) e
            WHERE h.run_id = e.child_id
            """
        )
        await conn.execute("SELECT setval('durable.run_id_seq', $1)", history + 1)
        batch = 10_000
        for done in range(0, live, batch):
            size = min(batch, live - done)
            await conn.execute(
                "SELECT durable.enqueue_many($1, array_fill('{\"n\": 1}'::jsonb, ARRAY[$2::int]),"
                " tags => ARRAY['live'])",
                f"job{done // batch % 8}",
                size,
            )
        leased = await conn.fetchval(
            "SELECT count(*) FROM durable.claim('bench', NULL, $1, interval '1 hour')",
            min(1000, live),
        )
        await conn.execute("VACUUM ANALYZE")
        return {"history": history, "live": live, "leased": int(leased)}
    finally:
        await conn.close()


async def sizes_of(dsn: str) -> dict[str, int]:
    """The sizes a kept database was filled with (for --reuse)."""
    conn = await asyncpg.connect(dsn)
    try:
        row = await conn.fetchrow(
            "SELECT (SELECT count(*) FROM durable.run_history) AS history,"
            " (SELECT count(*) FROM durable.runs) AS live,"
            " (SELECT count(*) FROM durable.runs WHERE status = 'leased') AS leased"
        )
        assert row is not None
        return {k: int(row[k]) for k in ("history", "live", "leased")}
    finally:
        await conn.close()


@asynccontextmanager
async def named_database(srv: Server, name: str, create: bool) -> AsyncIterator[str]:
    """A database that outlives the run: created (and migrated) for --keep, found for
    --reuse.  The caller drops it by hand when done (DROP DATABASE)."""
    if create:
        admin = await asyncpg.connect(srv.dsn("postgres"))
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        conn = await asyncpg.connect(srv.dsn(name))
        try:
            await migrate(conn)
        finally:
            await conn.close()
    yield srv.dsn(name)


def pages(history: int) -> list[tuple[str, str]]:
    some = history // 2
    return [
        ("overview", "/"),
        ("runs, newest", "/runs"),
        ("runs, page 2", f"/runs?before={history + 50}"),
        ("search status:failed (24h)", "/runs?q=status:failed"),
        ("search job + status (30d)", "/runs?q=job:job3+status:failed&range=30d"),
        ("search args.order (24h)", f"/runs?q=args.order:{history - 10}"),
        ("search args.order (30d)", f"/runs?q=args.order:{some}&range=30d"),
        ("search meta + tag (7d)", "/runs?q=meta.customer:42+tag:t2&range=7d"),
        ("search id:", f"/runs?q=id:{some}"),
        ("run (history)", f"/runs/{some}"),
        ("run (live)", f"/runs/{history + 10}"),
        ("run tree (history)", f"/runs/{some}/tree"),
        ("workers", "/workers"),
        ("schedules", "/schedules"),
    ]


async def measure(dsn: str, history: int, rounds: int, only: list[str]) -> list[dict[str, Any]]:
    app = create_app(dsn)
    found = []
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for name, path in pages(history):
                if only and not any(o in name for o in only):
                    continue
                first = await client.get(path)
                if first.status_code != 200:
                    raise SystemExit(f"{path}: {first.status_code} {first.text[:300]}")
                times = []
                for _ in range(rounds):
                    with Timer() as t:
                        response = await client.get(path)
                    assert response.status_code == 200
                    times.append(t.seconds * 1000)
                found.append(
                    {"page": name, "path": path, "median_ms": median(times), "max_ms": max(times)}
                )
    return found


async def main() -> int:
    p = parser(__doc__ or "")
    p.add_argument("--history", type=int, default=1_000_000)
    p.add_argument("--live", type=int, default=100_000)
    p.add_argument("--keep", metavar="NAME", help="fill a database of this name and keep it")
    p.add_argument("--reuse", metavar="NAME", help="measure this kept database, no filling")
    p.add_argument("--only", action="append", default=[], help="pages whose name contains")
    p.add_argument(
        "--args-index", action="store_true", help="with GIN indexes on history's args and meta"
    )
    args = p.parse_args()
    if args.quick:
        args.history, args.live = 10_000, 1_000
    srv = server()
    if args.reuse:
        database = named_database(srv, args.reuse, create=False)
    elif args.keep:
        database = named_database(srv, args.keep, create=True)
    else:
        database = fresh_database(srv)
    async with database as dsn:
        if args.reuse:
            sizes = await sizes_of(dsn)
            # The fill numbers its history 1..history, so the pages' ids follow.
            args.history = sizes["history"]
        else:
            with Timer() as t:
                sizes = await fill(dsn, args.history, args.live)
            print(f"filled {sizes} in {t.seconds:.0f} s", file=sys.stderr)
        async with content_indexes(dsn) if args.args_index else nullcontext():
            results = await measure(dsn, args.history, max(args.rounds, 1), args.only)
        facts = await server_facts(dsn)
    rows = [[r["page"], f"{r['median_ms']:.1f}", f"{r['max_ms']:.1f}", r["path"]] for r in results]
    print(
        f"{sizes['history']:,} history rows, {sizes['live']:,} live runs"
        f" ({sizes['leased']:,} leased); PostgreSQL {facts['server_version']}"
        + ("; GIN indexes on history's args and meta" if args.args_index else "")
    )
    print(table(rows, ["page", "median ms", "max ms", "path"]))
    slow = [r for r in results if r["median_ms"] > BUDGET_MS]
    save(
        "bench_dashboard" + ("_quick" if args.quick else ""),
        {"sizes": sizes, "facts": facts, "pages": results, "args_index": args.args_index},
    )
    if slow and not args.quick:
        print(f"over {BUDGET_MS:.0f} ms (median): {', '.join(r['page'] for r in slow)}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
