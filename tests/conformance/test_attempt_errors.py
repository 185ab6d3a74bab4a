"""Every attempt's error (durable.attempt_errors, migration 0017): what fail() and an
expired lease leave behind, what a retry keeps and what prune removes."""

from __future__ import annotations

from datetime import timedelta

from durablesql.driver import Driver, NewRun
from tests.conformance.conftest import (
    Engine,
    claim,
    claim_one,
    job,
    later,
    leased_run,
    run_of,
)


def summary(rows: list[object]) -> list[tuple[object, ...]]:
    return [(r.attempt, r.outcome, r.error, r.worker) for r in rows]  # type: ignore[attr-defined]


async def test_each_failed_attempt_keeps_its_error_and_what_it_led_to(ready: Driver) -> None:
    run_id = await ready.enqueue(NewRun("job"))  # max_attempts 3, fixed 5 s delay
    for attempt, worker, moment in ((1, "w1", 0), (2, "w2", 10), (3, "w3", 20)):
        await ready.set_fake_now(later(seconds=moment))
        assert await claim_one(ready, worker) == run_id
        await ready.set_fake_now(later(seconds=moment + 1))
        expected = "pending" if attempt < 3 else "failed"
        assert await ready.fail(worker, run_id, f"boom {attempt}", True) == expected
    rows = await ready.attempt_errors(run_id)
    assert summary(rows) == [
        (1, "retrying", "boom 1", "w1"),
        (2, "retrying", "boom 2", "w2"),
        (3, "failed", "boom 3", "w3"),
    ]
    assert [r.failed_at for r in rows] == [later(seconds=1), later(seconds=11), later(seconds=21)]
    assert (await run_of(ready, run_id)).error == "boom 3"  # the run keeps the latest


async def test_a_fail_that_is_not_retryable_or_of_a_cancelled_run(ready: Driver) -> None:
    spent, stopped = await ready.enqueue_many("job", ["{}"] * 2)
    await claim(ready, "w", max_runs=2)
    assert await ready.fail("w", spent, "bad input", False) == "failed"
    assert await ready.cancel(stopped) is True  # leased: asks the worker to stop
    assert await ready.fail("w", stopped, "interrupted", True) == "cancelled"
    assert summary(await ready.attempt_errors(spent)) == [(1, "failed", "bad input", "w")]
    assert summary(await ready.attempt_errors(stopped)) == [(1, "cancelled", "interrupted", "w")]


async def test_a_fail_from_a_worker_that_does_not_hold_the_run_leaves_nothing(
    engine: Engine, ready: Driver
) -> None:
    run_id = await leased_run(ready, "w1")
    assert await ready.fail("w2", run_id, "not mine", True) is None
    other = await engine.driver(later(seconds=30))
    assert await claim_one(other, "w2") == run_id  # w1's lease ran out: attempt 2
    assert await ready.fail("w1", run_id, "too late", True) is None
    assert await ready.attempt_errors(run_id) == []  # a retaken lease leaves no row
    assert await other.fail("w2", run_id, "second try", True) == "pending"
    assert summary(await ready.attempt_errors(run_id)) == [(2, "retrying", "second try", "w2")]
    assert await ready.attempt_errors(10**9) == []


async def test_an_expired_lease_with_no_attempts_left_is_recorded(
    engine: Engine, db: Driver
) -> None:
    await db.define_jobs([job(max_attempts=1)])
    run_id = await db.enqueue(NewRun("job"))
    await claim_one(db, "w1")
    other = await engine.driver(later(seconds=31))
    assert await claim(other, "w2") == []  # the claim settles it
    [row] = await other.attempt_errors(run_id)
    assert (row.attempt, row.outcome, row.worker, row.failed_at) == (
        1,
        "failed",
        "w1",
        later(seconds=31),
    )
    assert "lease expired" in row.error
    assert row.error == (await run_of(other, run_id)).error


async def test_a_retry_keeps_the_earlier_errors_and_counts_again(ready: Driver) -> None:
    run_id = await ready.enqueue(NewRun("job"))
    await claim_one(ready, "w")
    assert await ready.fail("w", run_id, "first round", False) == "failed"
    await ready.set_fake_now(later(minutes=1))
    assert await ready.retry(run_id) == run_id
    assert await claim_one(ready, "w") == run_id
    assert await ready.fail("w", run_id, "second round", True) == "pending"
    assert summary(await ready.attempt_errors(run_id)) == [
        (1, "failed", "first round", "w"),
        (1, "retrying", "second round", "w"),
    ]


async def test_prune_removes_the_errors_with_their_run(ready: Driver) -> None:
    old, kept = await ready.enqueue_many("job", ["{}"] * 2)
    await claim(ready, "w", max_runs=2)
    await ready.fail("w", old, "old failure", False)
    await ready.fail("w", kept, "will retry", True)  # pending again: live, never pruned
    await ready.set_fake_now(later(days=45))
    while await ready.prune(timedelta(days=30), 1000):
        pass
    assert await ready.get_run(old) is None
    assert await ready.attempt_errors(old) == []
    assert summary(await ready.attempt_errors(kept)) == [(1, "retrying", "will retry", "w")]
