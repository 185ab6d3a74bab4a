"""queue_stats, worker_status, all_runs, register_worker."""

from __future__ import annotations

from datetime import timedelta

import asyncpg

from tests.helpers import T0, claim, define, expect_error, set_clock


async def test_queue_stats(db: asyncpg.Connection) -> None:
    await set_clock(db, T0)
    await define(db, "a", queue="qa")
    await define(db, "b", queue="qb")
    for age in (10, 20, 30):
        await db.fetchval("SELECT durable.enqueue('a', run_at => $1)", T0 - timedelta(seconds=age))
    await db.fetchval("SELECT durable.enqueue('a', run_at => $1)", T0 + timedelta(hours=1))
    await claim(db, "w", ["qa"])  # takes the oldest
    stats = {r["queue"]: dict(r) for r in await db.fetch("SELECT * FROM durable.queue_stats")}
    assert stats["qa"] == {
        "queue": "qa",
        "pending": 3,
        "due": 2,
        "leased": 1,
        "oldest_due_age": timedelta(seconds=20),
        "paused": False,
        "waiting": 0,
        "priority": 0,
        "weight": 1,
        "concurrency_limit": None,
    }
    assert stats["qb"] == {
        "queue": "qb",
        "pending": 0,
        "due": 0,
        "leased": 0,
        "oldest_due_age": None,
        "paused": False,
        "waiting": 0,
        "priority": 0,
        "weight": 1,
        "concurrency_limit": None,
    }


async def test_worker_status_and_registration(db: asyncpg.Connection) -> None:
    await set_clock(db, T0)
    await define(db, "a", queue="qa")
    await db.execute("SELECT durable.register_worker('w1', ARRAY['qa'], 4, '{\"pid\": 1}')")
    for _ in range(3):
        await db.fetchval("SELECT durable.enqueue('a')")
    await claim(db, "w1", ["qa"], max_runs=2)
    await set_clock(db, T0 + timedelta(seconds=5))
    await db.fetchval("SELECT durable.heartbeat('w1', '{}')")
    [row] = await db.fetch("SELECT * FROM durable.worker_status")
    assert (row["worker"], row["queues"], row["concurrency"], row["leased"]) == ("w1", ["qa"], 4, 2)
    assert (row["started_at"], row["last_seen"]) == (T0, T0 + timedelta(seconds=5))
    assert await db.fetchval("SELECT durable.unregister_worker('w1')") is True
    assert await db.fetchval("SELECT count(*) FROM durable.worker_status") == 0
    await expect_error(
        db, "DS001", "SELECT durable.register_worker('w', ARRAY['q'], 0)", match="concurrency"
    )
    await expect_error(
        db, "DS002", "SELECT durable.register_worker('w', ARRAY[''], 1)", match="queue name"
    )
    await expect_error(
        db, "DS001", "SELECT durable.register_worker('w', ARRAY['q'], 1, '[]')", match="info"
    )


async def test_all_runs_has_the_pinned_columns(db: asyncpg.Connection) -> None:
    pinned = [
        "run_id",
        "job_name",
        "queue",
        "status",
        "args",
        "result",
        "error",
        "attempt",
        "max_attempts",
        "priority",
        "run_at",
        "created_at",
        "started_at",
        "finished_at",
        "worker",
        "unique_key",
        "concurrency_key",
        "tags",
    ]
    columns = [
        r[0]
        for r in await db.fetch(
            "SELECT attname FROM pg_attribute WHERE attrelid = 'durable.all_runs'::regclass"
            " AND attnum > 0 ORDER BY attnum"
        )
    ]
    assert columns[: len(pinned)] == pinned
    claimed = [
        r[0]
        for r in await db.fetch(
            "SELECT attname FROM pg_attribute WHERE attrelid = 'durable.claimed_run'::regclass"
            " AND attnum > 0 ORDER BY attnum"
        )
    ]
    assert claimed[:9] == [
        "run_id",
        "job_name",
        "queue",
        "args",
        "attempt",
        "max_attempts",
        "run_at",
        "lease_expires_at",
        "timeout",
    ]
    stats = [
        r[0]
        for r in await db.fetch(
            "SELECT attname FROM pg_attribute WHERE attrelid = 'durable.queue_stats'::regclass"
            " AND attnum > 0"
        )
    ]
    assert {"queue", "pending", "due", "leased", "oldest_due_age", "paused"} <= set(stats)
    workers = [
        r[0]
        for r in await db.fetch(
            "SELECT attname FROM pg_attribute WHERE attrelid = 'durable.worker_status'::regclass"
            " AND attnum > 0"
        )
    ]
    assert {"worker", "queues", "concurrency", "started_at", "last_seen", "leased"} <= set(workers)


async def test_fake_clock_resets(db: asyncpg.Connection) -> None:
    await set_clock(db, T0)
    assert await db.fetchval("SELECT durable.now()") == T0
    await db.execute("RESET durable.fake_now")
    assert await db.fetchval("SELECT durable.now() = now()") is True
    async with db.transaction():
        await db.execute("SET LOCAL durable.fake_now = '2040-01-01 00:00:00+00'")
        assert (await db.fetchval("SELECT durable.now()")).year == 2040
    assert await db.fetchval("SELECT durable.now() = now()") is True


async def test_a_run_keeps_every_column_through_history_and_back(db: asyncpg.Connection) -> None:
    """durable.runs and durable.run_history share their columns by name, and three
    places copy them (finish_runs into history, all_runs from both, retry back):
    a column added to both tables but forgotten in one of them fails here."""
    shared = [
        r["column_name"]
        for r in await db.fetch(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = 'durable' AND table_name = 'runs'"
            " INTERSECT SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = 'durable' AND table_name = 'run_history'"
        )
    ]
    view = {
        r["column_name"]
        for r in await db.fetch(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = 'durable' AND table_name = 'all_runs'"
        )
    }
    assert set(shared) <= view
    await define(db, "parent", queue="q")
    await define(db, "job", queue="q", max_attempts=1)
    parent = await db.fetchval("SELECT durable.enqueue('parent')")
    await claim(db, "w", ["q"])
    await db.execute("SELECT durable.complete('w', ARRAY[$1::bigint])", parent)
    run_id = await db.fetchval(
        "SELECT durable.enqueue('job', '{\"a\": 1}', priority => 7, unique_key => 'u',"
        " concurrency_key => 'k', depends_on => ARRAY[$1::bigint], tags => ARRAY['t'],"
        " timeout => '1 minute', meta => '{\"m\": 2}')",
        parent,
    )
    await claim(db, "w", ["q"])
    await db.execute("SELECT durable.set_progress('w', $1, 0.5, 'half')", run_id)
    cols = ", ".join(f"a.{c}" for c in sorted(shared) if c != "status")
    query = f"SELECT {cols} FROM durable.all_runs a WHERE a.run_id = $1"
    live = dict(await db.fetchrow(query, run_id))
    assert None not in (live["progress_note"], live["meta"], live["tags"], live["started_at"])
    await db.execute("SELECT durable.fail('w', $1, 'boom', retryable => false)", run_id)
    finished = dict(await db.fetchrow(query, run_id))
    assert finished == {**live, "error": "boom"}
    await db.execute("SELECT durable.retry($1)", run_id)
    again = dict(await db.fetchrow(query, run_id))
    # retry starts the run afresh: no attempt, worker or progress of the old one.
    fresh = {"attempt": 0, "worker": None, "started_at": None, "progress": None}
    assert again == {**finished, **fresh, "progress_note": None, "run_at": again["run_at"]}
