"""complete, fail (retry delays), release, cancel, retry, history partitions, prune."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from tests.conftest import Connect
from tests.helpers import T0, claim, define, expect_error, set_clock, status_of


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    await define(db, "job", queue="q", max_attempts=3)
    return db


async def leased(
    conn: asyncpg.Connection, worker: str = "w", n: int = 1, job: str = "job", queue: str = "q"
) -> list[int]:
    for _ in range(n):
        await conn.fetchval("SELECT durable.enqueue($1)", job)
    rows = await claim(conn, worker, [queue], max_runs=n)
    return [r["run_id"] for r in rows]


# ---------------------------------------------------------------- complete


async def test_complete_moves_runs_to_history_with_results(ready: asyncpg.Connection) -> None:
    ids = await leased(ready, n=3)
    await set_clock(ready, T0 + timedelta(seconds=2))
    n = await ready.fetchval(
        "SELECT durable.complete('w', $1, $2::text[]::jsonb[])",
        ids,
        [json.dumps({"ok": 1}), None, json.dumps([1, 2])],
    )
    assert n == 3
    assert await ready.fetchval("SELECT count(*) FROM durable.runs") == 0
    rows = await ready.fetch(
        "SELECT run_id, status, result::text, finished_at, started_at, attempt, worker"
        " FROM durable.run_history ORDER BY run_id"
    )
    assert [r["status"] for r in rows] == ["succeeded"] * 3
    assert [None if r["result"] is None else json.loads(r["result"]) for r in rows] == [
        {"ok": 1},
        None,
        [1, 2],
    ]
    assert {r["finished_at"] for r in rows} == {T0 + timedelta(seconds=2)}
    assert {(r["started_at"], r["attempt"], r["worker"]) for r in rows} == {(T0, 1, "w")}


async def test_complete_only_touches_what_the_worker_owns(ready: asyncpg.Connection) -> None:
    mine = await leased(ready, "w1")
    theirs = await leased(ready, "w2")
    pending = await ready.fetchval("SELECT durable.enqueue('job')")
    n = await ready.fetchval("SELECT durable.complete('w1', $1)", mine + theirs + [pending, 999])
    assert n == 1
    assert await status_of(ready, mine[0]) == "succeeded"
    assert await status_of(ready, theirs[0]) == "leased"
    assert await status_of(ready, pending) == "pending"
    assert await ready.fetchval("SELECT durable.complete('w1', $1)", mine) == 0  # twice: no-op
    assert await ready.fetchval("SELECT durable.complete(NULL, $1)", theirs) == 0
    assert await ready.fetchval("SELECT count(*) FROM durable.run_history") == 1


async def test_complete_with_duplicate_ids_writes_one_history_row(
    ready: asyncpg.Connection,
) -> None:
    [run_id] = await leased(ready)
    n = await ready.fetchval(
        "SELECT durable.complete('w', $1, $2::text[]::jsonb[])",
        [run_id, run_id],
        ['{"a":1}', '{"a":2}'],
    )
    assert n == 1
    assert await ready.fetchval("SELECT count(*) FROM durable.run_history") == 1


async def test_complete_rejects_mismatched_results(ready: asyncpg.Connection) -> None:
    ids = await leased(ready, n=2)
    await expect_error(
        ready,
        "DS001",
        "SELECT durable.complete('w', $1, ARRAY['{}']::jsonb[])",
        ids,
        match="results has 1 elements but run_ids has 2",
    )


# ---------------------------------------------------------------- fail and retry delays


async def fail_times(conn: asyncpg.Connection, job: str, queue: str, attempts: int) -> list[float]:
    """Fail a run `attempts` times; the retry delays (seconds) the SQL chose each time."""
    run_id = await conn.fetchval("SELECT durable.enqueue($1)", job)
    now = T0
    delays = []
    for _ in range(attempts):
        await set_clock(conn, now)
        rows = await claim(conn, "w", [queue], lease=timedelta(days=1))
        assert [r["run_id"] for r in rows] == [run_id]
        assert await conn.fetchval("SELECT durable.fail('w', $1, 'boom')", run_id) == "pending"
        run_at = await conn.fetchval("SELECT run_at FROM durable.runs WHERE run_id = $1", run_id)
        delays.append((run_at - now).total_seconds())
        now = run_at
    return delays


async def test_fixed_delay(ready: asyncpg.Connection) -> None:
    await define(
        ready,
        "fx",
        queue="fx",
        max_attempts=10,
        retry_behavior="fixed",
        retry_delay=timedelta(seconds=7),
    )
    assert await fail_times(ready, "fx", "fx", 5) == [7, 7, 7, 7, 7]


async def test_backoff_doubles_and_clamps(ready: asyncpg.Connection) -> None:
    await define(
        ready,
        "bo",
        queue="bo",
        max_attempts=10,
        retry_behavior="backoff",
        retry_delay=timedelta(seconds=10),
        retry_max_delay=timedelta(seconds=100),
    )
    assert await fail_times(ready, "bo", "bo", 6) == [10, 20, 40, 80, 100, 100]


@pytest.mark.parametrize("behavior", ["fixed", "backoff"])
async def test_jitter_stays_within_its_bounds(ready: asyncpg.Connection, behavior: str) -> None:
    await define(
        ready,
        "ji",
        queue="ji",
        max_attempts=1000,
        retry_behavior=behavior,
        retry_delay=timedelta(seconds=100),
        retry_max_delay=timedelta(hours=10),
        retry_jitter=0.2,
    )
    first = await fail_times(ready, "ji", "ji", 1)
    samples = [
        (
            await ready.fetchval(
                "SELECT extract(epoch FROM durable.retry_delay($1, '100 s', '10 h', 0.2, $2))",
                behavior,
                attempt,
            )
        )
        for attempt in [1] * 300 + [3] * 300
    ]
    base = [100.0] * 300 + [100.0 * (4 if behavior == "backoff" else 1)] * 300
    ratios = [float(s) / b for s, b in zip(samples, base, strict=True)]
    assert all(0.8 - 1e-9 <= r <= 1.2 + 1e-9 for r in ratios)
    assert min(ratios) < 0.9 and max(ratios) > 1.1  # it really spreads
    assert 80 <= first[0] <= 120


async def test_jitter_never_exceeds_the_clamp(ready: asyncpg.Connection) -> None:
    samples = [
        float(
            await ready.fetchval(
                "SELECT extract(epoch FROM durable.retry_delay('backoff', '10 s', '60 s', 0.5, 30))"
            )
        )
        for _ in range(200)
    ]
    assert max(samples) <= 60 and min(samples) >= 30
    huge = await ready.fetchval("SELECT durable.retry_delay('backoff', '10 s', '1 h', 0, 100000)")
    assert huge == timedelta(hours=1)


async def test_fail_until_spent_then_terminal(ready: asyncpg.Connection) -> None:
    await define(ready, "fx", queue="fx", max_attempts=3, retry_delay=timedelta(0))
    run_id = await ready.fetchval("SELECT durable.enqueue('fx')")
    statuses = []
    for attempt in (1, 2, 3):
        [row] = await claim(ready, "w", ["fx"])
        assert row["attempt"] == attempt
        statuses.append(
            await ready.fetchval("SELECT durable.fail('w', $1, $2)", run_id, f"error {attempt}")
        )
    assert statuses == ["pending", "pending", "failed"]
    row = await ready.fetchrow("SELECT * FROM durable.all_runs WHERE run_id = $1", run_id)
    assert (row["status"], row["error"], row["attempt"]) == ("failed", "error 3", 3)


async def test_non_retryable_failure_is_terminal_at_once(ready: asyncpg.Connection) -> None:
    [run_id] = await leased(ready)
    assert (
        await ready.fetchval("SELECT durable.fail('w', $1, 'bad input', false)", run_id) == "failed"
    )
    assert await status_of(ready, run_id) == "failed"


async def test_fail_on_a_run_not_owned_returns_null(ready: asyncpg.Connection) -> None:
    [run_id] = await leased(ready, "w1")
    assert await ready.fetchval("SELECT durable.fail('w2', $1, 'x')", run_id) is None
    assert await ready.fetchval("SELECT durable.fail('w1', 424242, 'x')") is None
    assert await status_of(ready, run_id) == "leased"


async def test_zero_delay_retry_notifies(ready: asyncpg.Connection, connect: Connect) -> None:
    await define(ready, "fx", queue="fx", retry_delay=timedelta(0))
    listener = await connect()
    got: list[str] = []
    await listener.add_listener("durable", lambda *a: got.append(a[3]))
    run_id = await ready.fetchval("SELECT durable.enqueue('fx')")
    await claim(ready, "w", ["fx"])
    await ready.fetchval("SELECT durable.fail('w', $1, 'x')", run_id)
    await asyncio.sleep(0.2)
    assert got == ["fx", "fx"]


# ---------------------------------------------------------------- release


async def test_release_gives_back_the_attempt(ready: asyncpg.Connection, connect: Connect) -> None:
    listener = await connect()
    got: list[str] = []
    await listener.add_listener("durable", lambda *a: got.append(a[3]))
    ids = await leased(ready, "w", n=2)
    assert await ready.fetchval("SELECT durable.release('w2', $1)", ids) == 0
    assert await ready.fetchval("SELECT durable.release('w', $1)", ids) == 2
    rows = await ready.fetch("SELECT status, attempt, worker FROM durable.runs")
    assert {tuple(r) for r in rows} == {("pending", 0, None)}
    [row] = await claim(ready, "w3", ["q"])
    assert row["attempt"] == 1
    await asyncio.sleep(0.2)
    assert got == ["q", "q", "q"]  # one per enqueue transaction, one for the release


# ---------------------------------------------------------------- cancel


async def test_cancel_pending_and_terminal_and_unknown(ready: asyncpg.Connection) -> None:
    run_id = await ready.fetchval("SELECT durable.enqueue('job')")
    assert await ready.fetchval("SELECT durable.cancel($1)", run_id) is True
    assert await status_of(ready, run_id) == "cancelled"
    assert await ready.fetchval("SELECT durable.cancel($1)", run_id) is False
    await expect_error(ready, "DS004", "SELECT durable.cancel(123456)", match="123456")
    await expect_error(ready, "DS004", "SELECT durable.cancel(NULL)", match="NULL")


async def test_cancel_running_notifies_owner_and_fences_it(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    listener = await connect()
    got: list[str] = []
    await listener.add_listener("durable_cancel", lambda *a: got.append(a[3]))
    a, b, c = await leased(ready, "w", n=3)
    for run_id in (a, b, c):
        assert await ready.fetchval("SELECT durable.cancel($1)", run_id) is True
    assert await ready.fetchval("SELECT durable.cancel($1)", a) is True  # still being cancelled
    await asyncio.sleep(0.2)
    assert sorted(got) == sorted([str(a), str(a), str(b), str(c)])  # a second cancel re-notifies
    assert await ready.fetchval("SELECT durable.heartbeat('w', $1)", [a, b, c]) == []
    # whatever the owner reports, the run ends cancelled (and complete does not count it)
    assert await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", a) == 0
    assert await ready.fetchval("SELECT durable.fail('w', $1, 'stopped')", b) == "cancelled"
    assert await status_of(ready, a) == "cancelled" and await status_of(ready, b) == "cancelled"
    # an owner that never answers: cancelled when the lease expires, never handed out again
    await set_clock(ready, T0 + timedelta(minutes=5))
    assert await claim(ready, "w2", ["q"]) == []
    assert await status_of(ready, c) == "cancelled"


# ---------------------------------------------------------------- retry


async def test_retry_requeues_the_same_run(ready: asyncpg.Connection) -> None:
    [run_id] = await leased(ready)
    await ready.fetchval("SELECT durable.fail('w', $1, 'boom', false)", run_id)
    await set_clock(ready, T0 + timedelta(hours=1))
    assert await ready.fetchval("SELECT durable.retry($1)", run_id) == run_id
    row = await ready.fetchrow("SELECT * FROM durable.runs WHERE run_id = $1", run_id)
    assert (row["status"], row["attempt"], row["run_at"]) == ("pending", 0, T0 + timedelta(hours=1))
    assert await ready.fetchval("SELECT count(*) FROM durable.run_history") == 0
    [claimed] = await claim(ready, "w", ["q"])
    assert claimed["run_id"] == run_id and claimed["attempt"] == 1


async def test_retry_refuses_live_succeeded_and_unknown(ready: asyncpg.Connection) -> None:
    pending = await ready.fetchval("SELECT durable.enqueue('job')")
    await expect_error(ready, "DS005", "SELECT durable.retry($1)", pending, match="pending")
    [done] = await leased(ready)
    await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", done)
    await expect_error(ready, "DS005", "SELECT durable.retry($1)", done, match="succeeded")
    await expect_error(ready, "DS004", "SELECT durable.retry(987654)", match="987654")


async def test_retry_respects_a_taken_unique_key(ready: asyncpg.Connection) -> None:
    first = await ready.fetchval("SELECT durable.enqueue('job', unique_key => 'u')")
    await ready.fetchval("SELECT durable.cancel($1)", first)
    await ready.fetchval("SELECT durable.enqueue('job', unique_key => 'u')")
    await expect_error(ready, "DS007", "SELECT durable.retry($1)", first, match="'u'")


# ---------------------------------------------------------------- history partitions and prune


async def partitions(conn: asyncpg.Connection) -> list[str]:
    return [
        r[0]
        for r in await conn.fetch(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
            " WHERE i.inhparent = 'durable.run_history'::regclass ORDER BY 1"
        )
    ]


async def test_partitions_are_created_on_demand_even_concurrently(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    conns = [await connect() for _ in range(6)]
    for month in range(1, 13):
        when = datetime(2031, month, 28, 23, 59, 59, tzinfo=UTC)
        for conn in [*conns, ready]:
            await set_clock(conn, when)
        ids = await leased(ready, "w", n=12)
        name = f"run_history_2031_{month:02d}"
        assert name not in await partitions(ready)
        counts = await asyncio.gather(
            *(
                c.fetchval("SELECT durable.complete('w', $1)", ids[i * 2 : i * 2 + 2])
                for i, c in enumerate(conns)
            )
        )
        assert counts == [2] * 6
        assert name in await partitions(ready)
        assert await ready.fetchval(f"SELECT count(*) FROM durable.{name}") == 12


async def test_prune_drops_old_months_and_batches_the_boundary(ready: asyncpg.Connection) -> None:
    # 30 runs finished in each of Jan, Feb and Mar 2030 (mid-month days)
    for month in (1, 2, 3):
        for day in (5, 15, 25):
            await set_clock(ready, datetime(2030, month, day, tzinfo=UTC))
            ids = await leased(ready, n=10)
            await ready.fetchval("SELECT durable.complete('w', $1)", ids)
    # Now 2030-04-10 with 60 days retention: cutoff 2030-02-09
    await set_clock(ready, datetime(2030, 4, 10, tzinfo=UTC))
    await ready.execute("UPDATE durable.settings SET value = '60 days' WHERE name = 'retention'")
    removed = [await ready.fetchval("SELECT durable.prune(batch_size => 4)")]
    while removed[-1]:
        removed.append(await ready.fetchval("SELECT durable.prune(batch_size => 4)"))
    # January dropped whole (30 rows) with the first batch of 4 from February 5th's 10
    assert removed[0] == 30 + 4
    assert removed[1:] == [4, 2, 0]
    assert "run_history_2030_01" not in await partitions(ready)
    assert await ready.fetchval("SELECT min(finished_at) FROM durable.run_history") == datetime(
        2030, 2, 15, tzinfo=UTC
    )
    assert await ready.fetchval("SELECT count(*) FROM durable.run_history") == 50
    # next month's partition is kept ready
    assert "run_history_2030_05" in await partitions(ready)


async def test_prune_with_explicit_age_and_bad_input(ready: asyncpg.Connection) -> None:
    ids = await leased(ready, n=3)
    await ready.fetchval("SELECT durable.complete('w', $1)", ids)
    await set_clock(ready, T0 + timedelta(hours=2))
    assert await ready.fetchval("SELECT durable.prune('3 hours')") == 0
    assert await ready.fetchval("SELECT durable.prune('1 hour')") == 3
    await expect_error(ready, "DS001", "SELECT durable.prune('-1 day')", match="older_than")
    await expect_error(ready, "DS001", "SELECT durable.prune(NULL, 0)", match="batch_size")


async def test_release_racing_a_cancel_never_requeues_the_run(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    canceller = await connect()
    releaser = await connect()
    for _ in range(10):
        [run_id] = await leased(ready, "w")
        tx = canceller.transaction()
        await tx.start()
        assert await canceller.fetchval("SELECT durable.cancel($1)", run_id) is True
        # release starts while the cancel holds the row, and must wait for it
        release = asyncio.create_task(
            releaser.fetchval("SELECT durable.release('w', ARRAY[$1]::bigint[])", run_id)
        )
        await asyncio.sleep(0.05)
        assert not release.done()
        await tx.commit()
        assert await release == 1
        assert await status_of(ready, run_id) == "cancelled"
        assert await claim(ready, "w2", ["q"]) == []


async def test_nulls_where_a_number_is_required(ready: asyncpg.Connection) -> None:
    await expect_error(
        ready, "DS001", "SELECT durable.register_worker('w', ARRAY['q'], NULL)", match="NULL"
    )
