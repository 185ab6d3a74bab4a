"""Plan regression: the hot statements and the views use indexes, never a
sequential scan of the live or the history table, on a database holding
100,000 live runs and 1,000,000 terminal ones.

The functions are PL/pgSQL, so EXPLAIN cannot see into them: auto_explain
logs the plan of every statement they run (log_nested_statements), and the
plans come back to this session as notices.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator, Iterator

import asyncpg
import psycopg
import pytest

from durablesql.driver.postgres.migrate import migrate
from tests.conftest import SERVER

LIVE = 100_000
HISTORY = 1_000_000
# A sequential scan of the live table or of a history partition that holds rows.
# (An empty partition, such as next month's, costs 0 to scan; once it fills,
# ANALYZE gives its index the same plans as the others.)
SEQ_SCAN = re.compile(r"Seq Scan on (runs|run_history\w*)\b(?!.*\(cost=0\.00\.\.0\.00 )")


@pytest.fixture(scope="module")
def big() -> Iterator[str]:
    """One database for the module, filled once (it takes a few seconds)."""
    server = SERVER
    name = f"durablesql_plans_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server.dsn("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        asyncio.run(_install(server.dsn(name)))
        with psycopg.connect(server.dsn(name), autocommit=True) as conn:
            _fill(conn)
        yield server.dsn(name)
    finally:
        with psycopg.connect(server.dsn("postgres"), autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


async def _install(dsn: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await migrate(conn)
    finally:
        await conn.close()


def _fill(conn: psycopg.Connection) -> None:
    conn.execute("SET synchronous_commit = off")
    conn.execute("SELECT durable.define_job('job', queue => 'q')")
    conn.execute("SELECT durable.define_job('other', queue => 'q2')")
    conn.execute("SELECT durable.register_worker('w', ARRAY['q'], 10)")
    # History: 1,000,000 terminal runs over this month and the two before.
    for month in (0, 1, 2):
        conn.execute(
            "SELECT durable.ensure_history_partition(now() - %s * interval '1 month')", (month,)
        )
    conn.execute(
        """
        INSERT INTO durable.run_history (run_id, job_name, queue, status, args, priority,
            run_at, attempt, max_attempts, worker, created_at, started_at, finished_at,
            tags, unique_key)
        SELECT g, CASE WHEN g %% 7 = 0 THEN 'other' ELSE 'job' END, 'q',
               (ARRAY['succeeded', 'failed', 'cancelled'])[1 + g %% 3], '{}', 0,
               now() - interval '1 day', 1, 3, 'w', now() - interval '1 day',
               now() - interval '1 day',
               date_trunc('month', now()) - (g %% 3) * interval '1 month'
                   + (g %% 25) * interval '1 day',
               ARRAY['t' || g %% 10], 'done-' || g
        FROM generate_series(1, %s) g
        """,
        (HISTORY,),
    )
    conn.execute("SELECT setval('durable.run_id_seq', %s)", (HISTORY,))
    # Live: 100,000 pending, leased and waiting runs in two queues.
    conn.execute(
        "SELECT count(*) FROM durable.enqueue_many('job', array_fill('{}'::jsonb, ARRAY[%s]))",
        (LIVE // 2,),
    )
    conn.execute(
        "SELECT count(*) FROM durable.enqueue_many('other', array_fill('{}'::jsonb, ARRAY[%s]))",
        (LIVE // 2 - 101,),
    )
    conn.execute("SELECT count(*) FROM durable.claim('w', ARRAY['q'], 2000)")
    parent = conn.execute("SELECT durable.enqueue('job', queue => 'q')").fetchone()
    assert parent is not None
    for _ in range(100):
        conn.execute("SELECT durable.enqueue('job', depends_on => ARRAY[%s::bigint])", (parent[0],))
    conn.execute("SELECT durable.define_schedule('nightly', 'job', '0 2 * * *')")
    conn.execute("VACUUM ANALYZE")
    # As autovacuum keeps it on a live server (this one may have it off): the
    # visibility map set, so counting a queue's pending runs is an index-only scan.
    conn.execute("VACUUM durable.runs")


@pytest.fixture
async def explained(big: str) -> AsyncIterator[tuple[asyncpg.Connection, list[str]]]:
    conn = await asyncpg.connect(big)
    plans: list[str] = []
    conn.add_log_listener(lambda _c, msg: plans.append(str(msg.message)))
    try:
        await conn.execute("LOAD 'auto_explain'")
    except asyncpg.UndefinedFileError:
        # The embedded pgserver build ships no contrib modules; a system server does.
        await conn.close()
        pytest.skip("this PostgreSQL has no auto_explain module")
    for setting, value in [
        ("auto_explain.log_min_duration", "0"),
        ("auto_explain.log_nested_statements", "on"),
        ("auto_explain.log_level", "notice"),
        ("client_min_messages", "notice"),
    ]:
        await conn.execute(f"SET {setting} = '{value}'")
    yield conn, plans
    await conn.close()


ONCE = {"retry", "cancel", "enqueue with a unique key"}


def assert_no_seq_scan(plans: list[str], what: str) -> None:
    assert plans, f"{what}: no plan was logged"
    bad = [line for p in plans for line in p.splitlines() if SEQ_SCAN.search(line)]
    assert not bad, f"{what} scans a table sequentially:\n" + "\n---\n".join(bad)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("what", "sql"),
    [
        ("claim, one queue", "SELECT * FROM durable.claim('w2', ARRAY['q'], 100)"),
        ("claim, two queues", "SELECT * FROM durable.claim('w2', ARRAY['q', 'q2'], 100)"),
        (
            "claim, weighted",
            "SELECT * FROM durable.claim('w2', ARRAY['q', 'q2'], 100, strategy => 'weighted')",
        ),
        (
            "claim, strict",
            "SELECT * FROM durable.claim('w2', NULL, 100, strategy => 'strict')",
        ),
        (
            "complete",
            "SELECT durable.complete('w', ARRAY(SELECT run_id FROM durable.runs"
            " WHERE status = 'leased' AND worker = 'w' ORDER BY run_id LIMIT 100))",
        ),
        (
            "heartbeat",
            "SELECT durable.heartbeat('w', ARRAY(SELECT run_id FROM durable.runs"
            " WHERE status = 'leased' AND worker = 'w' ORDER BY run_id LIMIT 100))",
        ),
        ("enqueue with a unique key", "SELECT durable.enqueue('job', unique_key => 'k-1')"),
        ("enqueue with a taken key", "SELECT durable.enqueue('job', unique_key => 'k-1')"),
        ("enqueue_many", "SELECT * FROM durable.enqueue_many('job', ARRAY['{}']::jsonb[])"),
        ("cancel", "SELECT durable.cancel(5)"),
        ("retry", "SELECT durable.retry(4)"),
        ("run_schedule_now", "SELECT durable.run_schedule_now('nightly')"),
        ("materialize_schedules", "SELECT durable.materialize_schedules()"),
        ("queue_stats", "SELECT * FROM durable.queue_stats"),
        ("worker_status", "SELECT * FROM durable.worker_status"),
        ("all_runs by id", "SELECT * FROM durable.all_runs WHERE run_id = 123456"),
        ("schedule_status", "SELECT * FROM durable.schedule_status"),
        ("dependency_tree", "SELECT * FROM durable.dependency_tree($1)"),
    ],
)
async def test_no_sequential_scan(
    explained: tuple[asyncpg.Connection, list[str]], what: str, sql: str
) -> None:
    conn, plans = explained
    args: list[object] = []
    if "$1" in sql:
        args = [await conn.fetchval("SELECT max(parent_id) FROM durable.dependencies")]
    tx = conn.transaction()  # rolled back: every case sees the same data
    await tx.start()
    try:
        # PL/pgSQL settles on generic plans after five executions: look at the
        # sixth (a call that cannot repeat, like retry, is looked at once).
        for _ in range(5 if what not in ONCE else 0):
            await conn.fetch(sql, *args)
        plans.clear()
        await conn.fetch(sql, *args)
    finally:
        await tx.rollback()
    assert_no_seq_scan(plans, what)
