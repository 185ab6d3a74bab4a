"""The runs search with the opt-in GIN indexes on args and meta (README, "Fast on
large history"): the same runs as without them, for values whose JSON and text
readings differ, and a plan that looks the content up in the index.

Each value is written twice, as a finished run (run_history) and a live one
(runs), so both arms of the search are checked; the indexes go on both tables.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import asyncpg
import httpx

from durablesql.dashboard import create_app
from durablesql.driver.postgres.operations import PgOperations, content_candidates
from durablesql.driver.records import RunSearch
from tests.helpers import claim, define, set_clock

# args of the runs: the number, its string, the same number written otherwise, the
# JSON constants and their strings, quotes, unicode, SQL, objects, arrays, a
# number beyond a double's precision, another key.
ARGS = [
    '{"k": 17}',
    '{"k": "17"}',
    '{"k": 17.0}',
    '{"k": 1e2}',
    '{"k": -0.5}',
    '{"k": 0.1}',
    '{"k": true}',
    '{"k": "true"}',
    '{"k": false}',
    '{"k": null}',
    '{"k": "null"}',
    '{"k": "say \\"hi\\""}',
    '{"k": "ü ✓ 🙂"}',
    '{"k": "\'; DROP TABLE durable.runs; --"}',
    '{"k": "\\\\"}',
    '{"k": {"a": 1}}',
    '{"k": [1, 2]}',
    '{"k": ""}',
    '{"other": 17}',
    '{"k": 12345678901234567890.000000000000000000001}',
]
VALUES = [
    "17",
    "17.0",
    "100",
    "1e2",
    "-0.5",
    "0.1",
    "0.10",
    "true",
    "false",
    "null",
    'say "hi"',
    '"17"',
    "ü ✓ 🙂",
    "'; DROP TABLE durable.runs; --",
    "\\",
    '{"a": 1}',
    "[1, 2]",
    "",
    "17 ",
    "not json {",
    "12345678901234567890.000000000000000000001",
    "12345678901234567890",
]
INDEXES = (
    "CREATE INDEX run_history_args ON durable.run_history USING gin (args jsonb_path_ops)",
    "CREATE INDEX run_history_meta ON durable.run_history USING gin (meta jsonb_path_ops)",
    "CREATE INDEX runs_args ON durable.runs USING gin (args jsonb_path_ops)",
)


async def write_runs(db: asyncpg.Connection) -> None:
    await define(db, "job", queue="q")
    for text in ARGS:  # finished: one each to run_history
        await db.execute("SELECT durable.enqueue('job', $1::jsonb, meta => $1::jsonb)", text)
        (row,) = await claim(db, "w1", ["q"])
        await db.execute("SELECT durable.complete('w1', $1)", [row["run_id"]])
    for text in ARGS:  # and live
        await db.execute("SELECT durable.enqueue('job', $1::jsonb, meta => $1::jsonb)", text)
    await db.execute("ANALYZE durable.runs, durable.run_history")


async def search_all(ops: PgOperations) -> dict[tuple[str, str], list[int]]:
    since = datetime.now(UTC) - timedelta(days=1)
    found = {}
    for column in ("args", "meta"):
        for value in VALUES:
            pairs = (("k", value),)
            search = RunSearch(finished_since=since, max_runs=100, **{column: pairs})  # type: ignore[arg-type]
            found[column, value] = [r.run_id for r in await ops.search_runs(search)]
    return found


async def test_the_indexes_find_the_same_runs(db: asyncpg.Connection) -> None:
    await write_runs(db)
    without = await search_all(PgOperations(db))
    # The text comparison decides: 17 and "17", not 17.0; 1e2 reads "100"; null none.
    by_args = {v: len(ids) for (c, v), ids in without.items() if c == "args"}
    assert by_args["17"] == 4 and by_args["17.0"] == 2 and by_args["100"] == 2
    assert by_args["1e2"] == 0 and by_args["null"] == 2 and by_args["true"] == 4
    assert by_args['{"a": 1}'] == 2 and by_args["[1, 2]"] == 2 and by_args["\\"] == 2
    assert by_args["12345678901234567890.000000000000000000001"] == 2
    assert by_args["12345678901234567890"] == 0
    for index in INDEXES:
        await db.execute(index)
    ops = PgOperations(db)  # a new driver reads the catalog afresh
    assert await ops.content_indexes() == {
        ("run_history", "args"),
        ("run_history", "meta"),
        ("runs", "args"),
    }
    assert await search_all(ops) == without
    # And through the indexes themselves (a scan is cheaper on so few rows): the
    # index compares numbers by value as @> does (17 finds 17.0, 1e2 finds 100).
    await db.execute("SET enable_seqscan = off")
    assert await search_all(PgOperations(db)) == without


def test_the_candidates_are_json_of_the_value() -> None:
    assert content_candidates("k", "17") == ['{"k": "17"}', '{"k": 17}']
    assert content_candidates("k", "true") == ['{"k": "true"}', '{"k": true}']
    assert content_candidates("k", "null") == ['{"k": "null"}']  # ->> reads null as NULL
    assert content_candidates("k", "1e2") == ['{"k": "1e2"}']  # a number never reads so
    assert content_candidates("k", '{"a": 1}') is None
    hostile = "'; DROP TABLE x; --\" ü"
    (only,) = content_candidates('a"b', hostile) or []
    assert json.loads(only) == {'a"b': hostile}


async def test_the_plan_looks_the_content_up_in_the_index(db: asyncpg.Connection) -> None:
    await write_runs(db)
    await db.execute(INDEXES[0])
    ops = PgOperations(db)
    search = RunSearch(
        args=(("k", "17"),), finished_since=datetime.now(UTC) - timedelta(days=1), max_runs=51
    )
    statement, candidates = await ops._search_statement(search)
    assert candidates == [['{"k": "17"}', '{"k": 17}']]
    params = [None] * 6 + [["k"], ["17"], [], search.finished_since, [], None, 51, *candidates]
    # A few dozen rows are read faster by a scan; the plan on a large table is the
    # benchmark's (README).  Here: that the statement can use the index at all.
    await db.execute("SET enable_seqscan = off")
    plan = "\n".join(r[0] for r in await db.fetch(f"EXPLAIN {statement}", *params))
    assert "Bitmap Index Scan on run_history_" in plan and "args_idx" in plan, plan
    assert "args @> ANY" in plan, plan
    # The live arm has no index here, so no prefilter there either.
    lines = plan.splitlines()
    (live,) = [n for n, line in enumerate(lines) if "Scan on runs" in line]
    assert "@>" not in lines[live] + lines[live + 1], plan


async def test_the_search_page_with_the_index(dsn: str, db: asyncpg.Connection) -> None:
    await write_runs(db)
    for index in INDEXES:
        await db.execute(index)
    app = create_app(dsn)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://dash") as client:
            page = await client.get("/runs", params={"q": "args.k:17", "range": "30d"})
            assert page.status_code == 200, page.text[:500]
            assert page.text.count('data-run="') == 4, page.text[:2000]


async def test_new_partitions_get_the_index_and_prune_drops_old_ones(
    db: asyncpg.Connection,
) -> None:
    await write_runs(db)
    await db.execute(INDEXES[0])
    now = datetime.now(UTC)
    # A partition made after the index (as a run finishing next month makes it)
    # has the index too, and the parent's stays valid: the driver still uses it.
    made = await db.fetchval(
        "SELECT durable.ensure_history_partition($1)", now + timedelta(days=40)
    )
    indexed = await db.fetch(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
        " JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_am am ON am.oid = x.relam"
        " WHERE am.amname = 'gin' AND c.relname LIKE 'run_history_%'"
    )
    assert made in {r[0] for r in indexed}
    assert await PgOperations(db).content_indexes() == {("run_history", "args")}
    # Prune, a year on, drops the partitions (their indexes with them).
    await set_clock(db, now + timedelta(days=400))
    assert await db.fetchval("SELECT durable.prune(interval '30 days', 1000)") >= len(ARGS)
    assert await db.fetchval("SELECT count(*) FROM durable.run_history") == 0
    assert await PgOperations(db).content_indexes() == {("run_history", "args")}


async def test_the_recipe_without_a_long_lock(db: asyncpg.Connection) -> None:
    """The README's way to index a busy history: the parent's index ON ONLY (no
    rows read), each partition's CONCURRENTLY, then attached, until none is left
    without.  The driver uses it only once every partition's is attached (the
    parent's is valid then)."""
    await write_runs(db)
    await db.execute(
        "CREATE INDEX run_history_args ON ONLY durable.run_history USING gin (args jsonb_path_ops)"
    )
    assert await PgOperations(db).content_indexes() == frozenset()
    made = await db.fetchval(
        "SELECT durable.ensure_history_partition($1)", datetime.now(UTC) + timedelta(days=40)
    )
    partitions = await db.fetch(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
        " WHERE i.inhparent = 'durable.run_history'::regclass"
        " AND NOT EXISTS (SELECT 1 FROM pg_index x JOIN pg_inherits p ON p.inhrelid = x.indexrelid"
        "  WHERE x.indrelid = c.oid AND p.inhparent = 'durable.run_history_args'::regclass)"
    )
    # A partition made meanwhile (by a run finishing in a new month) does not get
    # an index from a parent's that is not valid yet: it needs one of its own too.
    assert made in {r[0] for r in partitions}, (made, partitions)
    for (name,) in partitions:
        await db.execute(
            f"CREATE INDEX CONCURRENTLY {name}_args ON durable.{name}"
            " USING gin (args jsonb_path_ops)"
        )
        await db.execute(
            f"ALTER INDEX durable.run_history_args ATTACH PARTITION durable.{name}_args"
        )
    assert await PgOperations(db).content_indexes() == {("run_history", "args")}
