"""Leases under the fake clock, heartbeats, complete, fail with retries, release."""

from __future__ import annotations

from datetime import timedelta

import pytest

from durablesql.driver import Driver, NewRun
from durablesql.errors import InvalidArgument
from tests.conformance.conftest import (
    LEASE,
    T0,
    Engine,
    claim,
    claim_one,
    job,
    later,
    leased_run,
    run_of,
    status_of,
)


# ---------------------------------------------------------------------------- leases
async def test_a_claim_leases_from_the_clock(ready: Driver) -> None:
    run_id = await ready.enqueue(NewRun("job"))
    [claimed] = await claim(ready, "w1", lease=timedelta(seconds=45))
    assert claimed.lease_expires_at == later(seconds=45)
    run = await run_of(ready, run_id)
    assert (run.status, run.worker, run.attempt, run.started_at) == ("leased", "w1", 1, T0)


async def test_heartbeat_extends_the_lease(engine: Engine, ready: Driver) -> None:
    run_id = await leased_run(ready, "w1")  # lease until T0 + 30 s
    await ready.set_fake_now(later(seconds=20))
    assert await ready.heartbeat("w1", [run_id], LEASE) == [run_id]  # now until T0 + 50 s
    other = await engine.driver(later(seconds=49))
    assert await claim(other, "w2") == []
    await other.set_fake_now(later(seconds=50))
    [again] = await claim(other, "w2")
    assert again.run_id == run_id and again.attempt == 2


async def test_an_expired_lease_is_reclaimed_and_the_first_worker_loses_it(
    engine: Engine, ready: Driver
) -> None:
    run_id = await leased_run(ready, "w1")
    other = await engine.driver(later(seconds=30))
    [again] = await claim(other, "w2")
    assert again.run_id == run_id and again.attempt == 2
    assert again.lease_expires_at == later(seconds=30) + LEASE
    # The first worker's calls change nothing now.
    assert await ready.heartbeat("w1", [run_id], LEASE) == []
    assert await ready.complete("w1", [run_id], None) == 0
    assert await ready.fail("w1", run_id, "late", True) is None
    run = await run_of(ready, run_id)
    assert (run.status, run.worker, run.attempt, run.error) == ("leased", "w2", 2, None)
    assert await other.complete("w2", [run_id], None) == 1
    run = await run_of(ready, run_id)
    assert (run.status, run.worker, run.attempt) == ("succeeded", "w2", 2)


async def test_expired_leases_take_their_place_in_the_claim_order(ready: Driver) -> None:
    expired = await ready.enqueue(NewRun("job", priority=1))
    await claim_one(ready, "w1")
    first, second = await ready.enqueue_many("job", ["{}"] * 2, priority=1)
    urgent = await ready.enqueue(NewRun("job", priority=2, run_at=later(seconds=5)))
    await ready.set_fake_now(later(seconds=30))
    got = await claim(ready, "w2", max_runs=4)
    assert [(c.run_id, c.attempt) for c in got] == [
        (urgent, 1),
        (expired, 2),
        (first, 1),
        (second, 1),
    ]


async def test_an_expired_lease_without_attempts_left_fails_at_the_next_claim(
    engine: Engine, db: Driver
) -> None:
    await db.define_jobs([job(max_attempts=1), job("other", queue="elsewhere")])
    run_id = await db.enqueue(NewRun("job"))
    await claim_one(db, "w1")
    other = await engine.driver(later(seconds=31))
    assert await status_of(other, run_id) == "leased"  # nothing happens until a claim
    # A claim of any queue settles it.
    assert await claim(other, "w2", ["elsewhere"]) == []
    run = await run_of(other, run_id)
    assert (run.status, run.attempt, run.finished_at) == ("failed", 1, later(seconds=31))
    assert run.error is not None and "lease expired" in run.error
    assert await claim(other, "w2") == []
    assert await db.complete("w1", [run_id], None) == 0


async def test_heartbeat_extends_an_expired_lease_nobody_reclaimed(
    engine: Engine, ready: Driver
) -> None:
    run_id = await leased_run(ready, "w1")
    await ready.set_fake_now(later(seconds=45))  # 15 s past the lease
    assert await ready.heartbeat("w1", [run_id], LEASE) == [run_id]  # until T0 + 75 s
    other = await engine.driver(later(seconds=74))
    assert await claim(other, "w2") == []
    assert await ready.complete("w1", [run_id], None) == 1
    assert await status_of(ready, run_id) == "succeeded"


async def test_an_expired_lease_nobody_reclaimed_is_still_the_owners(ready: Driver) -> None:
    done, failed = await ready.enqueue_many("job", ["{}"] * 2)
    await claim(ready, "w1", max_runs=2)
    await ready.set_fake_now(later(minutes=5))  # long past the lease, no claim since
    assert await ready.complete("w1", [done], None) == 1
    assert await ready.fail("w1", failed, "late", True) == "pending"
    assert (await run_of(ready, failed)).run_at == later(minutes=5, seconds=5)


async def test_heartbeat_returns_only_the_workers_own_runs(ready: Driver) -> None:
    mine, theirs, pending = await ready.enqueue_many("job", ["{}"] * 3)
    await claim_one(ready, "w1")
    await claim_one(ready, "w2")
    kept = await ready.heartbeat("w1", [pending, theirs, mine, 10**9], LEASE)
    assert kept == [mine]


# ---------------------------------------------------------------------------- complete
async def test_complete_without_results(ready: Driver) -> None:
    ids = await ready.enqueue_many("job", ["{}"] * 3)
    await claim(ready, "w1", max_runs=3)
    await ready.set_fake_now(later(seconds=3))
    assert await ready.complete("w1", ids[:2], None) == 2
    for run_id in ids[:2]:
        run = await run_of(ready, run_id)
        assert (run.status, run.result, run.attempt) == ("succeeded", None, 1)
        assert run.started_at == T0 and run.finished_at == later(seconds=3)
    assert await status_of(ready, ids[2]) == "leased"
    # Completing again, or as someone else, counts nothing.
    assert await ready.complete("w1", ids[:2], None) == 0
    assert await ready.complete("w2", ids[2:], None) == 0


async def test_complete_stores_results_decoded(ready: Driver) -> None:
    ids = await ready.enqueue_many("job", ["{}"] * 4)
    await claim(ready, "w", max_runs=4)
    results = ['{"sent": true, "n": 3}', "[1, 2]", '"done"', None]
    assert await ready.complete("w", ids, results) == 4
    got = [(await run_of(ready, i)).result for i in ids]
    assert got == [{"sent": True, "n": 3}, [1, 2], "done", None]


async def test_complete_rejects_results_of_another_length(ready: Driver) -> None:
    ids = await ready.enqueue_many("job", ["{}"] * 2)
    await claim(ready, "w", max_runs=2)
    with pytest.raises(InvalidArgument):
        await ready.complete("w", ids, ['{"a": 1}'])
    assert [await status_of(ready, i) for i in ids] == ["leased", "leased"]


# ---------------------------------------------------------------------------- fail, retry delays
async def fail_at(d: Driver, at: timedelta, worker: str = "w", error: str = "boom") -> str | None:
    """Claim the due run at T0 + at, fail it there; the new status."""
    await d.set_fake_now(T0 + at)
    run_id = await claim_one(d, worker)
    return await d.fail(worker, run_id, error, True)


async def test_a_fixed_delay_retry_is_due_exactly_after_the_delay(db: Driver) -> None:
    await db.define_jobs([job(retry_delay=timedelta(seconds=5))])
    run_id = await db.enqueue(NewRun("job"))
    assert await fail_at(db, timedelta(seconds=2)) == "pending"
    run = await run_of(db, run_id)
    assert (run.status, run.attempt, run.error, run.worker) == ("pending", 1, "boom", None)
    assert run.run_at == later(seconds=7) and run.finished_at is None
    await db.set_fake_now(later(seconds=6, microseconds=999999))
    assert await claim(db) == []
    await db.set_fake_now(later(seconds=7))
    [again] = await claim(db)
    assert (again.run_id, again.attempt, again.run_at) == (run_id, 2, later(seconds=7))


@pytest.mark.parametrize(
    ("max_delay", "delays"),
    [
        (timedelta(hours=1), [10, 20, 40, 80]),  # base * 2^(attempt-1)
        (timedelta(seconds=25), [10, 20, 25, 25]),  # clamped to retry_max_delay
    ],
    ids=["doubling", "clamped"],
)
async def test_backoff_delays_follow_the_formula(
    db: Driver, max_delay: timedelta, delays: list[int]
) -> None:
    await db.define_jobs(
        [
            job(
                max_attempts=5,
                retry_behavior="backoff",
                retry_delay=timedelta(seconds=10),
                retry_max_delay=max_delay,
            )
        ]
    )
    run_id = await db.enqueue(NewRun("job"))
    now = timedelta(0)
    for attempt, delay in enumerate(delays, start=1):
        now += timedelta(seconds=1)  # fail one second into each attempt
        assert await fail_at(db, now) == "pending"
        run = await run_of(db, run_id)
        assert run.attempt == attempt
        assert run.run_at == T0 + now + timedelta(seconds=delay), f"attempt {attempt}"
        now += timedelta(seconds=delay)
    assert await fail_at(db, now + timedelta(seconds=1), error="last") == "failed"
    run = await run_of(db, run_id)
    assert (run.status, run.attempt, run.error) == ("failed", 5, "last")


async def test_the_last_attempt_ends_failed_with_the_error(db: Driver) -> None:
    await db.define_jobs([job(max_attempts=2, retry_delay=timedelta(0))])
    run_id = await db.enqueue(NewRun("job"))
    assert await fail_at(db, timedelta(seconds=1), error="first") == "pending"
    assert (await run_of(db, run_id)).run_at == later(seconds=1)  # a zero delay: due at once
    assert await fail_at(db, timedelta(seconds=2), error="second") == "failed"
    run = await run_of(db, run_id)
    assert (run.status, run.attempt, run.error) == ("failed", 2, "second")
    assert run.finished_at == later(seconds=2) and run.worker == "w"
    assert await claim(db) == []


async def test_a_non_retryable_failure_ends_the_run_at_once(ready: Driver) -> None:
    run_id = await leased_run(ready, "w")
    assert await ready.fail("w", run_id, "bad input", False) == "failed"
    run = await run_of(ready, run_id)
    assert (run.status, run.attempt, run.max_attempts, run.error) == ("failed", 1, 3, "bad input")
    assert await ready.fail("w", run_id, "again", True) is None


async def test_fail_of_a_run_the_worker_does_not_hold_is_none(ready: Driver) -> None:
    leased, pending = await ready.enqueue_many("job", ["{}"] * 2)
    await claim_one(ready, "w1")
    assert await ready.fail("w2", leased, "not mine", True) is None
    assert await ready.fail("w1", pending, "not leased", True) is None
    assert await ready.fail("w1", 10**9, "unknown", True) is None
    assert [await status_of(ready, i) for i in (leased, pending)] == ["leased", "pending"]
    assert (await run_of(ready, leased)).error is None


# ---------------------------------------------------------------------------- release
async def test_release_gives_the_attempt_back(ready: Driver) -> None:
    ids = await ready.enqueue_many("job", ["{}"] * 2)
    await claim(ready, "w", max_runs=2)
    assert await ready.release("w2", ids) == 0  # not w2's
    assert await ready.release("w", ids) == 2
    for run_id in ids:
        run = await run_of(ready, run_id)
        assert (run.status, run.attempt, run.worker) == ("pending", 0, None)
    again = await claim(ready, "w", max_runs=2)
    assert [(c.run_id, c.attempt) for c in again] == [(ids[0], 1), (ids[1], 1)]
    assert await ready.release("w", [ids[0]]) == 1
    assert await ready.complete("w", [ids[0]], None) == 0  # released: no longer w's
