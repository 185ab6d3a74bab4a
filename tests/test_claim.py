"""durable.claim: order, batches, leases, reclaim, pause, multi-queue, races, plan."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import asyncpg
import pytest

from tests.conftest import Connect
from tests.helpers import T0, claim, define, expect_error, set_clock, status_of


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    await define(db, "job", queue="q", max_attempts=2)
    return db


async def enqueue(conn: asyncpg.Connection, **params: object) -> int:
    names = ", ".join(f"{k} => ${i + 1}" for i, k in enumerate(params))
    run_id: int = await conn.fetchval(
        f"SELECT durable.enqueue('job'{', ' if params else ''}{names})", *params.values()
    )
    return run_id


async def test_claim_order_priority_then_run_at_then_id(ready: asyncpg.Connection) -> None:
    late = await enqueue(ready, run_at=T0 - timedelta(seconds=1))
    early = await enqueue(ready, run_at=T0 - timedelta(seconds=10))
    tie_a = await enqueue(ready, run_at=T0 - timedelta(seconds=5))
    tie_b = await enqueue(ready, run_at=T0 - timedelta(seconds=5))
    urgent = await enqueue(ready, priority=10)
    low = await enqueue(ready, priority=-5, run_at=T0 - timedelta(days=1))
    order = [(await claim(ready, "w", ["q"]))[0]["run_id"] for _ in range(6)]
    assert order == [urgent, early, tie_a, tie_b, late, low]
    assert await claim(ready, "w", ["q"]) == []


async def test_claim_sets_owner_lease_and_attempt(ready: asyncpg.Connection) -> None:
    run_id = await enqueue(ready, args=json.dumps({"x": 1}))
    [row] = await claim(ready, "w1", ["q"], lease=timedelta(seconds=20))
    assert row["run_id"] == run_id and row["attempt"] == 1 and row["max_attempts"] == 2
    assert row["lease_expires_at"] == T0 + timedelta(seconds=20)
    assert json.loads(row["args"]) == {"x": 1}
    assert row["job_name"] == "job" and row["queue"] == "q" and row["run_at"] == T0
    live = await ready.fetchrow("SELECT * FROM durable.runs WHERE run_id = $1", run_id)
    assert (live["status"], live["worker"], live["started_at"]) == ("leased", "w1", T0)


async def test_batches_and_future_runs(ready: asyncpg.Connection) -> None:
    for _ in range(5):
        await enqueue(ready)
    future = await enqueue(ready, run_at=T0 + timedelta(minutes=1))
    hour = timedelta(hours=1)
    assert len(await claim(ready, "w", ["q"], max_runs=3, lease=hour)) == 3
    assert len(await claim(ready, "w", ["q"], max_runs=10, lease=hour)) == 2
    assert await claim(ready, "w", ["q"], max_runs=10) == []
    await set_clock(ready, T0 + timedelta(minutes=1))
    [row] = await claim(ready, "w", ["q"], max_runs=10)
    assert row["run_id"] == future


async def test_claim_does_not_require_registration(ready: asyncpg.Connection) -> None:
    await enqueue(ready)
    assert len(await claim(ready, "never-registered", ["q"])) == 1


async def test_expired_lease_is_reclaimed_and_old_owner_is_fenced(
    ready: asyncpg.Connection,
) -> None:
    run_id = await enqueue(ready)
    await claim(ready, "w1", ["q"], lease=timedelta(seconds=30))
    await set_clock(ready, T0 + timedelta(seconds=29))
    assert await claim(ready, "w2", ["q"]) == []
    await set_clock(ready, T0 + timedelta(seconds=30))
    [row] = await claim(ready, "w2", ["q"])
    assert row["run_id"] == run_id and row["attempt"] == 2
    # w1 lost it: heartbeat drops it, complete and fail are no-ops
    assert await ready.fetchval("SELECT durable.heartbeat('w1', ARRAY[$1]::bigint[])", run_id) == []
    assert await ready.fetchval("SELECT durable.complete('w1', ARRAY[$1]::bigint[])", run_id) == 0
    assert await ready.fetchval("SELECT durable.fail('w1', $1, 'late')", run_id) is None
    assert await status_of(ready, run_id) == "leased"
    assert await ready.fetchval("SELECT worker FROM durable.runs WHERE run_id = $1", run_id) == "w2"


async def test_heartbeat_extends_even_an_expired_lease_until_reclaimed(
    ready: asyncpg.Connection,
) -> None:
    run_id = await enqueue(ready)
    await claim(ready, "w1", ["q"], lease=timedelta(seconds=10))
    await set_clock(ready, T0 + timedelta(seconds=15))
    kept = await ready.fetchval(
        "SELECT durable.heartbeat('w1', ARRAY[$1, 999]::bigint[], '10 seconds')", run_id
    )
    assert kept == [run_id]
    assert await ready.fetchval(
        "SELECT lease_expires_at FROM durable.runs WHERE run_id = $1", run_id
    ) == T0 + timedelta(seconds=25)
    assert await claim(ready, "w2", ["q"]) == []


async def test_spent_attempts_fail_on_the_first_claim_after_expiry(
    ready: asyncpg.Connection,
) -> None:
    run_id = await enqueue(ready)
    await claim(ready, "w1", ["q"], lease=timedelta(seconds=5))
    await set_clock(ready, T0 + timedelta(seconds=6))
    [row] = await claim(ready, "w2", ["q"], lease=timedelta(seconds=5))
    assert row["run_id"] == run_id and row["attempt"] == 2  # the last attempt
    await set_clock(ready, T0 + timedelta(seconds=20))
    # any claim settles it, even one for another queue
    assert await claim(ready, "w3", ["elsewhere"]) == []
    row = await ready.fetchrow("SELECT * FROM durable.all_runs WHERE run_id = $1", run_id)
    assert row["status"] == "failed" and row["attempt"] == 2
    assert "lease expired" in row["error"] and "w2" in row["error"]
    assert row["finished_at"] == T0 + timedelta(seconds=20)


async def test_paused_queue_keeps_accepting_but_is_not_claimed(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.pause_queue('q')")
    run_id = await enqueue(ready)
    assert await claim(ready, "w", ["q"]) == []
    assert await claim(ready, "w", None) == []
    assert await claim(ready, "w", ["q", "other"]) == []
    stats = await ready.fetchrow("SELECT * FROM durable.queue_stats WHERE queue = 'q'")
    assert stats["paused"] is True and stats["pending"] == 1
    await ready.execute("SELECT durable.resume_queue('q')")
    assert (await claim(ready, "w", ["q"]))[0]["run_id"] == run_id


async def test_several_queues_follow_one_global_order(ready: asyncpg.Connection) -> None:
    await define(ready, "a", queue="qa")
    await define(ready, "b", queue="qb")
    ids = {}
    for name, job, priority, age in [
        ("a1", "a", 0, 5),
        ("b1", "b", 0, 9),
        ("a2", "a", 5, 1),
        ("b2", "b", 1, 1),
        ("a3", "a", 0, 1),
    ]:
        ids[name] = await ready.fetchval(
            "SELECT durable.enqueue($1, priority => $2, run_at => $3)",
            job,
            priority,
            T0 - timedelta(seconds=age),
        )
    got = [r["run_id"] for r in await claim(ready, "w", ["qa", "qb"], max_runs=4)]
    assert got == [ids["a2"], ids["b2"], ids["b1"], ids["a1"]]
    got = [r["run_id"] for r in await claim(ready, "w", None, max_runs=4)]
    assert got == [ids["a3"]]


async def test_claim_bad_input(ready: asyncpg.Connection) -> None:
    await enqueue(ready)
    await expect_error(
        ready, "DS001", "SELECT * FROM durable.claim('w', ARRAY['q'], 0)", match="max_runs"
    )
    await expect_error(
        ready, "DS001", "SELECT * FROM durable.claim('w', ARRAY['q'], 10001)", match="10001"
    )
    await expect_error(
        ready, "DS001", "SELECT * FROM durable.claim('w', ARRAY['q'], 1, '0 s')", match="lease"
    )
    await expect_error(
        ready, "DS001", "SELECT * FROM durable.claim('w', ARRAY['q'], 1, '-5 s')", match="lease"
    )
    await expect_error(
        ready, "DS002", "SELECT * FROM durable.claim('', ARRAY['q'])", match="worker name"
    )
    await expect_error(
        ready, "DS002", "SELECT * FROM durable.claim(NULL, ARRAY['q'])", match="worker name"
    )


@pytest.mark.parametrize("claimers", [2, 4, 8])
async def test_concurrent_claimers_never_share_a_run(
    ready: asyncpg.Connection, connect: Connect, claimers: int
) -> None:
    conns = [await connect() for _ in range(claimers)]
    for conn in conns:
        await set_clock(conn, T0)
    for _ in range(10):
        await ready.fetch(
            "SELECT * FROM durable.enqueue_many('job', $1::text[]::jsonb[])", ["{}"] * 300
        )
        seen: list[int] = []

        async def drain(conn: asyncpg.Connection, worker: str, seen: list[int] = seen) -> None:
            while rows := await claim(conn, worker, ["q"], max_runs=7):
                seen.extend(r["run_id"] for r in rows)
                await asyncio.sleep(0)

        await asyncio.gather(*(drain(c, f"w{i}") for i, c in enumerate(conns)))
        assert len(seen) == len(set(seen)) == 300
        assert (
            await ready.fetchval("SELECT count(*) FROM durable.runs WHERE status = 'pending'") == 0
        )
        await ready.execute("DELETE FROM durable.runs")


SEQ_SCANS = (
    "SELECT coalesce(seq_scan, 0) FROM pg_stat_user_tables WHERE relid = 'durable.runs'::regclass"
)


async def test_claim_uses_its_index_with_100k_pending(ready: asyncpg.Connection) -> None:
    await define(ready, "other", queue="other")
    await ready.execute(
        "INSERT INTO durable.runs (job_name, queue, status, args, priority, run_at, max_attempts,"
        " created_at) SELECT CASE WHEN g % 10 = 0 THEN 'job' ELSE 'other' END,"
        " CASE WHEN g % 10 = 0 THEN 'q' ELSE 'other' END, 'pending', '{}', g % 3,"
        " $1::timestamptz - g * interval '1 ms', 3, $1 FROM generate_series(1, 100000) g",
        T0,
    )
    await ready.execute("ANALYZE durable.runs")
    plan = "\n".join(
        r[0]
        for r in await ready.fetch(
            "EXPLAIN SELECT r.run_id FROM durable.runs r"
            " WHERE r.status = 'pending' AND r.queue = 'q' AND r.run_at <= $1"
            " ORDER BY r.priority DESC, r.run_at, r.run_id LIMIT 100 FOR UPDATE SKIP LOCKED",
            T0,
        )
    )
    assert "Index Scan using runs_claim" in plan, plan
    assert "Seq Scan" not in plan and "Sort" not in plan, plan
    # and the function itself stays fast: it reads only what it claims
    await ready.execute("SET plan_cache_mode = force_generic_plan")
    stats_before = await ready.fetchval(SEQ_SCANS)
    rows = await claim(ready, "w", ["q"], max_runs=100)
    rows += await claim(ready, "w", ["q", "other"], max_runs=100)
    assert len(rows) == 200
    await ready.execute("SELECT pg_stat_force_next_flush()")
    stats_after = await ready.fetchval(SEQ_SCANS)
    assert stats_after == stats_before


async def test_a_claim_that_waited_still_gets_a_whole_lease(
    db: asyncpg.Connection, connect: Connect
) -> None:
    """A claim queued longer than its lease behind a lock on the table (a migration,
    say) must not hand out a lease already over: a second worker would take the run."""
    await db.execute("SELECT durable.define_job('j')")
    run_id = await db.fetchval("SELECT durable.enqueue('j')")
    locker, claimer = await connect(), await connect()
    tx = locker.transaction()
    await tx.start()
    await locker.execute("LOCK TABLE durable.runs IN ACCESS EXCLUSIVE MODE")
    waiting = asyncio.ensure_future(
        claimer.fetch(
            "SELECT run_id, lease_expires_at, clock_timestamp() AS at"
            " FROM durable.claim('A', ARRAY['default'], 1, '1 second')"
        )
    )
    await asyncio.sleep(1.5)  # longer than the lease
    await tx.commit()
    [row] = await waiting
    assert row["run_id"] == run_id
    assert row["lease_expires_at"] > row["at"]  # still ahead of the clock
    assert await db.fetch("SELECT * FROM durable.claim('B', ARRAY['default'], 1)") == []
