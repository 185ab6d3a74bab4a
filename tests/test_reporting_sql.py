"""Logs, progress, tags and metadata in SQL (PostgreSQL): durable.log and
durable.set_progress fenced by the lease and their error texts, log lines pruned with
their runs, tags and meta filtered with PostgreSQL's array and jsonb operators.  What
a handler reports through the Python worker is in test_reporting.py."""

from __future__ import annotations

import asyncpg
import pytest

from tests.helpers import T0, claim, define, expect_error, set_clock


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    await define(db, "job", queue="q")
    return db


async def test_log_and_progress_are_fenced_by_the_lease(ready: asyncpg.Connection) -> None:
    run_id = await ready.fetchval("SELECT durable.enqueue('job')")
    assert await ready.fetchval("SELECT durable.log('w', $1, 'info', 'too early')", run_id) is False
    await claim(ready, "w", ["q"])
    assert await ready.fetchval("SELECT durable.log('w', $1, 'info', 'one')", run_id) is True
    assert await ready.fetchval("SELECT durable.log('w', $1, 'error', 'two')", run_id) is True
    assert await ready.fetchval("SELECT durable.log('x', $1, 'info', 'not yours')", run_id) is False
    assert await ready.fetchval("SELECT durable.set_progress('w', $1, 0.25, 'a quarter')", run_id)
    assert not await ready.fetchval("SELECT durable.set_progress('x', $1, 0.9)", run_id)
    row = await ready.fetchrow(
        "SELECT progress, progress_note FROM durable.all_runs WHERE run_id = $1", run_id
    )
    assert row is not None and (row["progress"], row["progress_note"]) == (0.25, "a quarter")
    await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", run_id)
    row = await ready.fetchrow(
        "SELECT status, progress FROM durable.all_runs WHERE run_id = $1", run_id
    )
    assert row is not None and (row["status"], row["progress"]) == ("succeeded", 0.25)
    logs = await ready.fetch(
        "SELECT level, message, attempt, worker FROM durable.run_logs WHERE run_id = $1"
        " ORDER BY log_id",
        run_id,
    )
    assert [tuple(r) for r in logs] == [("info", "one", 1, "w"), ("error", "two", 1, "w")]
    assert await ready.fetchval("SELECT durable.log('w', $1, 'info', 'late')", run_id) is False


@pytest.mark.parametrize(
    ("sql", "match"),
    [
        ("SELECT durable.log('w', 1, 'fatal', 'x')", "'fatal'"),
        ("SELECT durable.log('w', 1, NULL, 'x')", "log level"),
        ("SELECT durable.log('w', 1, 'info', NULL)", "NULL"),
        ("SELECT durable.log('w', 1, 'info', repeat('x', 65537))", "65537 characters"),
        ("SELECT durable.set_progress('w', 1, 1.5)", "got 1.5"),
        ("SELECT durable.set_progress('w', 1, -0.1)", "between 0 and 1"),
        ("SELECT durable.set_progress('w', 1, 'NaN')", "NaN"),
        ("SELECT durable.set_progress('w', 1, NULL)", "NULL"),
        ("SELECT durable.set_progress('w', 1, 0.5, repeat('n', 1001))", "1001 characters"),
    ],
)
async def test_bad_reports_are_rejected_and_change_nothing(
    ready: asyncpg.Connection, sql: str, match: str
) -> None:
    await ready.fetchval("SELECT durable.enqueue('job')")
    await claim(ready, "w", ["q"])
    await expect_error(ready, "DS001", sql, match=match)


async def test_prune_removes_the_log_lines_with_their_runs(ready: asyncpg.Connection) -> None:
    run_id = await ready.fetchval("SELECT durable.enqueue('job')")
    await claim(ready, "w", ["q"])
    await ready.fetchval("SELECT durable.log('w', $1, 'info', 'kept until pruned')", run_id)
    await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", run_id)
    await set_clock(ready, T0.replace(year=2031))
    assert await ready.fetchval("SELECT durable.prune()") == 1
    assert await ready.fetchval("SELECT count(*) FROM durable.run_logs") == 0


async def test_tags_and_meta_are_stored_and_filterable(ready: asyncpg.Connection) -> None:
    tagged = await ready.fetchval(
        "SELECT durable.enqueue('job', tags => ARRAY['billing', 'eu'],"
        ' meta => \'{"created_by": "api", "correlation_id": "c-1"}\')'
    )
    await ready.fetchval("SELECT durable.enqueue('job', tags => ARRAY['us'])")
    many = await ready.fetch(
        "SELECT * FROM durable.enqueue_many('job', ARRAY['{}', '{}']::jsonb[],"
        " tags => ARRAY['batch'], meta => '{\"import\": 7}')"
    )
    found = await ready.fetch(
        "SELECT run_id, meta->>'correlation_id' AS c FROM durable.all_runs"
        " WHERE tags @> ARRAY['eu'] AND meta->>'created_by' = 'api'"
    )
    assert [(r["run_id"], r["c"]) for r in found] == [(tagged, "c-1")]
    batch = await ready.fetch(
        "SELECT run_id FROM durable.all_runs WHERE meta @> '{\"import\": 7}' ORDER BY 1"
    )
    assert [r[0] for r in batch] == [r[0] for r in many]
