"""durable.explain_run: every reason a run is not running, checked against durable.claim."""

from __future__ import annotations

from datetime import timedelta

import asyncpg
import pytest

from tests.helpers import T0, claim, define, expect_error, set_clock

Rows = list[tuple[str, str]]


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await db.execute("SET TimeZone = 'UTC'")
    await set_clock(db, T0)
    await define(db, "job", queue="q")
    await db.execute("SELECT durable.register_worker('w', ARRAY['q'], 4)")
    return db


async def explain(db: asyncpg.Connection, run_id: int) -> Rows:
    rows = await db.fetch("SELECT code, reason FROM durable.explain_run($1)", run_id)
    return [(row["code"], row["reason"]) for row in rows]


async def codes(db: asyncpg.Connection, run_id: int) -> list[str]:
    return [code for code, _ in await explain(db, run_id)]


async def would_claim(db: asyncpg.Connection, queue: str = "q") -> set[int]:
    """What the next claim of `queue` takes, rolled back."""
    tx = db.transaction()
    await tx.start()
    try:
        return {row["run_id"] for row in await claim(db, "probe", [queue], 100)}
    finally:
        await tx.rollback()


async def agrees_with_claim(db: asyncpg.Connection, run_id: int, queue: str = "q") -> None:
    claimable = "claimable" in await codes(db, run_id)
    assert (run_id in await would_claim(db, queue)) == claimable


async def enqueue(db: asyncpg.Connection, job: str = "job", **params: object) -> int:
    names = "".join(f", {key} => ${i + 2}" for i, key in enumerate(params))
    run_id: int = await db.fetchval(f"SELECT durable.enqueue($1{names})", job, *params.values())
    return run_id


async def test_a_due_run_is_claimable_and_the_next_claim_takes_it(
    ready: asyncpg.Connection,
) -> None:
    run_id = await enqueue(ready)
    assert await explain(ready, run_id) == [("claimable", "claimable now")]
    assert [row["run_id"] for row in await claim(ready, "w", ["q"])] == [run_id]


async def test_not_due_until_run_at(ready: asyncpg.Connection) -> None:
    run_id = await enqueue(ready, run_at=T0 + timedelta(hours=1))
    assert await explain(ready, run_id) == [("not_due", "not due until 2030-01-01 01:00:00+00")]
    assert await would_claim(ready) == set()
    await set_clock(ready, T0 + timedelta(hours=1))
    await ready.execute("SELECT durable.register_worker('w', ARRAY['q'], 4)")
    assert await codes(ready, run_id) == ["claimable"]
    assert await would_claim(ready) == {run_id}


async def test_waiting_on_parents_names_them_and_their_states(ready: asyncpg.Connection) -> None:
    done = await enqueue(ready)
    (taken,) = await claim(ready, "w", ["q"])
    await ready.execute("SELECT durable.complete('w', ARRAY[$1]::bigint[])", taken["run_id"])
    pending = await enqueue(ready, run_at=T0 + timedelta(hours=1))
    leased = await enqueue(ready)
    await claim(ready, "w", ["q"])
    child = await enqueue(ready, depends_on=[done, pending, leased])
    assert await explain(ready, child) == [
        ("waiting_on_parents", f"waiting on 2 of 3 parents: {pending} (pending), {leased} (leased)")
    ]
    await agrees_with_claim(ready, child)
    assert await would_claim(ready) == set()


async def test_queue_paused(ready: asyncpg.Connection) -> None:
    run_id = await enqueue(ready)
    await ready.execute("SELECT durable.pause_queue('q')")
    assert await explain(ready, run_id) == [("queue_paused", "queue q is paused")]
    await agrees_with_claim(ready, run_id)
    await ready.execute("SELECT durable.resume_queue('q')")
    assert await codes(ready, run_id) == ["claimable"]
    await agrees_with_claim(ready, run_id)


async def test_queue_limit_names_the_runs_holding_it(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.set_queue('q', concurrency_limit => 2)")
    first, second, third = [await enqueue(ready) for _ in range(3)]
    assert {row["run_id"] for row in await claim(ready, "w", ["q"], 2)} == {first, second}
    assert await explain(ready, third) == [
        ("queue_limit", f"queue q is at its concurrency limit of 2, held by runs {first}, {second}")
    ]
    await agrees_with_claim(ready, third)
    await ready.execute("SELECT durable.complete('w', ARRAY[$1]::bigint[])", first)
    assert await codes(ready, third) == ["claimable"]
    await agrees_with_claim(ready, third)


async def test_job_limit_names_the_runs_holding_it(ready: asyncpg.Connection) -> None:
    await define(ready, "limited", queue="q", concurrency_limit=1)
    first, second = [await enqueue(ready, "limited") for _ in range(2)]
    other = await enqueue(ready)
    assert [row["run_id"] for row in await claim(ready, "w", ["q"])] == [first]
    assert await explain(ready, second) == [
        ("job_limit", f"job limited is at its concurrency limit of 1, held by runs {first}")
    ]
    await agrees_with_claim(ready, second)
    assert await codes(ready, other) == ["claimable"]
    assert await would_claim(ready) == {other}


async def test_key_busy_names_the_holder_its_worker_and_the_lease_left(
    ready: asyncpg.Connection,
) -> None:
    holder = await enqueue(ready, concurrency_key="acct-7")
    blocked = await enqueue(ready, concurrency_key="acct-7")
    assert [row["run_id"] for row in await claim(ready, "w", ["q"])] == [holder]
    assert await explain(ready, blocked) == [
        (
            "key_busy",
            f"concurrency key acct-7 held by run {holder} on worker w (lease ends in 30 s)",
        )
    ]
    await agrees_with_claim(ready, blocked)
    await set_clock(ready, T0 + timedelta(seconds=20))
    assert (await explain(ready, blocked))[0][1].endswith("(lease ends in 10 s)")


async def test_leased_by_a_live_worker(ready: asyncpg.Connection) -> None:
    run_id = await enqueue(ready)
    await claim(ready, "w", ["q"], lease=timedelta(minutes=10))
    assert await explain(ready, run_id) == [
        ("leased", "leased by worker w until 2030-01-01 00:10:00+00")
    ]
    await agrees_with_claim(ready, run_id)


async def test_leased_by_a_worker_last_seen_long_ago_says_when_it_is_reclaimable(
    ready: asyncpg.Connection,
) -> None:
    run_id = await enqueue(ready)
    await claim(ready, "w", ["q"], lease=timedelta(minutes=10))
    await set_clock(ready, T0 + timedelta(minutes=5))
    assert await explain(ready, run_id) == [
        (
            "leased",
            "leased by worker w, last seen at 2030-01-01 00:00:00+00"
            " (reclaimable at 2030-01-01 00:10:00+00)",
        ),
        (
            "no_worker",
            "no live worker serves queue q (none registered for it was seen in the last 2 minutes)",
        ),
    ]
    await agrees_with_claim(ready, run_id)
    # A worker that never registered.
    other = await enqueue(ready)
    await claim(ready, "ghost", ["q"], lease=timedelta(minutes=1))
    assert (await explain(ready, other))[0] == (
        "leased",
        "leased by worker ghost, not registered (reclaimable at 2030-01-01 00:06:00+00)",
    )


async def test_an_expired_lease_with_attempts_left_is_claimable(
    ready: asyncpg.Connection,
) -> None:
    run_id = await enqueue(ready)
    await claim(ready, "w", ["q"])
    await set_clock(ready, T0 + timedelta(seconds=31))
    await ready.execute("SELECT durable.register_worker('w2', ARRAY['q'], 4)")
    assert await explain(ready, run_id) == [
        ("claimable", "claimable now: the lease of worker w expired at 2030-01-01 00:00:30+00")
    ]
    await agrees_with_claim(ready, run_id)
    await ready.execute("SELECT durable.pause_queue('q')")
    assert await codes(ready, run_id) == ["queue_paused"]
    await agrees_with_claim(ready, run_id)


async def test_an_expired_lease_with_no_attempts_left_is_failed_by_the_next_claim(
    ready: asyncpg.Connection,
) -> None:
    await define(ready, "once", queue="q", max_attempts=1)
    run_id = await enqueue(ready, "once")
    await claim(ready, "w", ["q"])
    await set_clock(ready, T0 + timedelta(seconds=31))
    await ready.execute("SELECT durable.register_worker('w', ARRAY['q'], 4)")
    assert await explain(ready, run_id) == [
        (
            "leased",
            "lease of worker w expired at 2030-01-01 00:00:30+00 on attempt 1 of 1:"
            " the next claim fails it",
        )
    ]
    await agrees_with_claim(ready, run_id)
    await claim(ready, "w", ["q"])
    assert (await explain(ready, run_id))[0][0] == "terminal"


async def test_cancel_requested(ready: asyncpg.Connection) -> None:
    run_id = await enqueue(ready)
    await claim(ready, "w", ["q"])
    await set_clock(ready, T0 + timedelta(seconds=5))
    await ready.execute("SELECT durable.register_worker('w', ARRAY['q'], 4)")
    await ready.execute("SELECT durable.cancel($1)", run_id)
    assert await explain(ready, run_id) == [
        ("leased", "leased by worker w until 2030-01-01 00:00:30+00"),
        (
            "cancel_requested",
            "cancel requested at 2030-01-01 00:00:05+00: worker w must stop the handler",
        ),
    ]
    await agrees_with_claim(ready, run_id)
    await set_clock(ready, T0 + timedelta(seconds=31))
    await ready.execute("SELECT durable.register_worker('w', ARRAY['q'], 4)")
    assert await explain(ready, run_id) == [
        (
            "cancel_requested",
            "cancel requested at 2030-01-01 00:00:05+00; the lease of worker w expired at"
            " 2030-01-01 00:00:30+00: the next claim cancels it",
        )
    ]
    await agrees_with_claim(ready, run_id)


async def test_no_worker_serves_the_queue(ready: asyncpg.Connection) -> None:
    await define(ready, "elsewhere", queue="lonely")
    run_id = await enqueue(ready, "elsewhere")
    assert await explain(ready, run_id) == [
        ("claimable", "claimable now"),
        (
            "no_worker",
            "no live worker serves queue lonely"
            " (none registered for it was seen in the last 2 minutes)",
        ),
    ]
    await agrees_with_claim(ready, run_id, "lonely")
    # A worker registered for no particular queue serves them all.
    await ready.execute("SELECT durable.register_worker('any', NULL, 1)")
    assert await codes(ready, run_id) == ["claimable"]
    # ... until it has not been seen for more than 2 minutes.
    await set_clock(ready, T0 + timedelta(minutes=2, seconds=1))
    assert await codes(ready, run_id) == ["claimable", "no_worker"]
    await ready.execute("SELECT durable.heartbeat('any', ARRAY[]::bigint[])")
    assert await codes(ready, run_id) == ["claimable"]


async def test_every_reason_that_holds_in_order(ready: asyncpg.Connection) -> None:
    await define(ready, "limited", queue="q", concurrency_limit=1)
    await ready.execute("SELECT durable.set_queue('q', concurrency_limit => 1)")
    holder = await enqueue(ready, "limited", concurrency_key="k")
    await claim(ready, "w", ["q"])
    parent = await enqueue(ready)
    run_id = await enqueue(
        ready, "limited", concurrency_key="k", depends_on=[parent], run_at=T0 + timedelta(hours=1)
    )
    await ready.execute("SELECT durable.pause_queue('q')")
    await ready.execute("SELECT durable.unregister_worker('w')")
    assert await codes(ready, run_id) == [
        "waiting_on_parents",
        "not_due",
        "queue_paused",
        "queue_limit",
        "job_limit",
        "key_busy",
        "no_worker",
    ]
    reasons = dict(await explain(ready, run_id))
    assert str(holder) in reasons["queue_limit"] and str(holder) in reasons["key_busy"]
    await agrees_with_claim(ready, run_id)


async def test_terminal_runs_say_how_and_when_they_ended(ready: asyncpg.Connection) -> None:
    done = await enqueue(ready)
    await claim(ready, "w", ["q"])
    await set_clock(ready, T0 + timedelta(seconds=3))
    await ready.execute("SELECT durable.complete('w', ARRAY[$1]::bigint[])", done)
    assert await explain(ready, done) == [("terminal", "succeeded at 2030-01-01 00:00:03+00")]
    cancelled = await enqueue(ready)
    await ready.execute("SELECT durable.cancel($1)", cancelled)
    assert await explain(ready, cancelled) == [("terminal", "cancelled at 2030-01-01 00:00:03+00")]
    await agrees_with_claim(ready, cancelled)


async def test_many_holders_are_cut_short(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.set_queue('q', concurrency_limit => 7)")
    ids = [await enqueue(ready) for _ in range(8)]
    await claim(ready, "w", ["q"], 7)
    ((_, reason),) = await explain(ready, ids[-1])
    held = ", ".join(str(i) for i in ids[:5])
    assert reason == f"queue q is at its concurrency limit of 7, held by runs {held}, ..."


async def test_unknown_run_is_ds004_and_writes_nothing(ready: asyncpg.Connection) -> None:
    await expect_error(
        ready, "DS004", "SELECT * FROM durable.explain_run(424242)", match="unknown run 424242"
    )
    await expect_error(
        ready, "DS004", "SELECT * FROM durable.explain_run(NULL)", match="unknown run NULL"
    )
