"""Operator control: cancel, retry, queue settings and concurrency limits and keys."""

from __future__ import annotations

from collections import Counter

import pytest

from durablesql.driver import Driver, NewRun, Run
from durablesql.errors import InvalidState, UniqueKeyTaken, UnknownRun
from tests.conformance.conftest import (
    LEASE,
    T0,
    Engine,
    all_runs,
    claim,
    claim_ids,
    claim_one,
    enqueue_n,
    job,
    later,
    leased_run,
    race_claims,
    run_of,
    stats_of,
    status_of,
)


# ---------------------------------------------------------------------------- cancel
async def test_cancel_ends_a_pending_run(ready: Driver) -> None:
    run_id = await ready.enqueue(NewRun("job"))
    assert await ready.cancel(run_id) is True
    run = await run_of(ready, run_id)
    assert (run.status, run.finished_at, run.attempt) == ("cancelled", T0, 0)
    assert await claim(ready) == []


async def test_a_cancelled_leased_run_leaves_the_heartbeat_and_fail_ends_it(ready: Driver) -> None:
    run_id = await leased_run(ready, "w")
    assert await ready.cancel(run_id) is True
    assert await ready.cancel(run_id) is True  # still being cancelled
    assert await ready.heartbeat("w", [run_id], LEASE) == []
    assert await ready.fail("w", run_id, "stopped", True) == "cancelled"
    assert await status_of(ready, run_id) == "cancelled"
    assert await claim(ready) == []


async def test_complete_of_a_cancelled_leased_run_ends_it_cancelled(ready: Driver) -> None:
    run_id = await leased_run(ready, "w")
    assert await ready.cancel(run_id) is True
    assert await ready.complete("w", [run_id], ['{"too": "late"}']) == 0
    assert await status_of(ready, run_id) == "cancelled"


async def test_release_of_a_cancelled_run_does_not_requeue_it(ready: Driver) -> None:
    run_id = await leased_run(ready, "w")
    assert await ready.cancel(run_id) is True
    await ready.release("w", [run_id])
    assert await status_of(ready, run_id) == "cancelled"
    assert await claim(ready) == []


async def test_a_cancelled_run_whose_owner_is_silent_ends_at_lease_expiry(
    engine: Engine, ready: Driver
) -> None:
    run_id = await leased_run(ready, "w1")
    assert await ready.cancel(run_id) is True
    other = await engine.driver(later(seconds=31))
    assert await claim(other, "w2") == []  # attempts are left, but it is never handed out
    run = await run_of(other, run_id)
    assert (run.status, run.attempt, run.finished_at) == ("cancelled", 1, later(seconds=31))


async def test_cancel_of_a_finished_run_is_false(ready: Driver) -> None:
    done, failed, cancelled = await ready.enqueue_many("job", ["{}"] * 3)
    await claim(ready, "w", max_runs=2)
    await ready.complete("w", [done], None)
    await ready.fail("w", failed, "x", False)
    await ready.cancel(cancelled)
    for run_id, status in ((done, "succeeded"), (failed, "failed"), (cancelled, "cancelled")):
        assert await ready.cancel(run_id) is False
        assert await status_of(ready, run_id) == status


async def test_cancel_of_an_unknown_run_raises(ready: Driver) -> None:
    with pytest.raises(UnknownRun):
        await ready.cancel(10**9)


# ---------------------------------------------------------------------------- retry
async def test_retry_requeues_a_failed_run_under_its_id(ready: Driver) -> None:
    run_id = await ready.enqueue(NewRun("job", max_attempts=1))
    await claim_one(ready, "w")
    assert await ready.fail("w", run_id, "broke", True) == "failed"
    await ready.set_fake_now(later(hours=1))
    assert await ready.retry(run_id) == run_id
    run = await run_of(ready, run_id)
    assert (run.status, run.attempt, run.max_attempts) == ("pending", 0, 1)
    assert run.run_at == later(hours=1) and run.finished_at is None
    [again] = await claim(ready, "w")
    assert (again.run_id, again.attempt) == (run_id, 1)
    assert len(await all_runs(ready)) == 1


async def test_retry_requeues_a_cancelled_run(ready: Driver) -> None:
    run_id = await ready.enqueue(NewRun("job"))
    await ready.cancel(run_id)
    assert await ready.retry(run_id) == run_id
    assert await status_of(ready, run_id) == "pending"
    assert await claim_one(ready) == run_id


async def test_retry_of_a_live_or_succeeded_run_is_invalid(ready: Driver) -> None:
    leased, done, pending = await ready.enqueue_many("job", ["{}"] * 3)
    assert await claim_ids(ready, "w", max_runs=2) == [leased, done]
    await ready.complete("w", [done], None)
    for run_id, status in ((pending, "pending"), (leased, "leased"), (done, "succeeded")):
        with pytest.raises(InvalidState):
            await ready.retry(run_id)
        assert await status_of(ready, run_id) == status
    with pytest.raises(UnknownRun):
        await ready.retry(10**9)


# ---------------------------------------------------------------------------- queue settings
async def test_set_queue_null_leaves_a_setting_unchanged(ready: Driver) -> None:
    await ready.set_queue("qa", 5, 3, 4)
    stats = await stats_of(ready, "qa")
    assert (stats.priority, stats.weight, stats.concurrency_limit) == (5, 3, 4)
    await ready.set_queue("qa", None, None, None)
    stats = await stats_of(ready, "qa")
    assert (stats.priority, stats.weight, stats.concurrency_limit) == (5, 3, 4)
    await ready.set_queue("qa", None, 7, None)
    stats = await stats_of(ready, "qa")
    assert (stats.priority, stats.weight, stats.concurrency_limit) == (5, 7, 4)
    await ready.set_queue("qa", None, None, 0)  # 0 removes the limit
    assert (await stats_of(ready, "qa")).concurrency_limit is None


# ---------------------------------------------------------------------------- limits
def most_leased(runs: list[Run], field: str) -> dict[object, int]:
    return dict(Counter(getattr(r, field) for r in runs))


async def test_a_queue_limit_caps_leased_runs(ready: Driver) -> None:
    await ready.set_queue("default", None, None, 2)
    ids = await ready.enqueue_many("job", ["{}"] * 5)
    assert await claim_ids(ready, max_runs=5) == ids[:2]
    assert await claim(ready, max_runs=5) == []  # at the limit: skipped, not an error
    await ready.complete("w", [ids[0]], None)
    assert await claim_ids(ready, max_runs=5) == [ids[2]]
    await ready.set_queue("default", None, None, 0)
    assert await claim_ids(ready, max_runs=5) == ids[3:]


async def test_a_queue_limit_holds_under_racing_claimers(engine: Engine, ready: Driver) -> None:
    await ready.set_queue("qa", None, None, 3)
    await ready.enqueue_many("job", ["{}"] * 150, queue="qa")
    await ready.enqueue_many("job", ["{}"] * 50, queue="qb")  # an unlimited queue alongside

    def check(leased: list[Run]) -> None:
        assert most_leased(leased, "queue").get("qa", 0) <= 3

    clients = await engine.drivers(6)
    assert await race_claims(clients, ["qa", "qb"], 30, check) > 40
    assert len(await all_runs(ready, queue="qa", status="succeeded")) > 10


async def test_a_job_limit_caps_its_runs_across_queues(db: Driver) -> None:
    await db.define_jobs([job(), job("limited", queue="qa", concurrency_limit=2)])
    lim = await enqueue_n(db, 2, "limited") + await enqueue_n(db, 2, "limited", queue="qb")
    plain = await db.enqueue_many("job", ["{}"] * 2, queue="qb")
    got = await claim_ids(db, queues=["qa", "qb"], max_runs=10)
    assert sorted(got) == sorted([*lim[:2], *plain])
    assert await claim(db, queues=["qa", "qb"], max_runs=10) == []
    await db.complete("w", [lim[0]], None)
    assert await claim_ids(db, queues=["qa", "qb"], max_runs=10) == [lim[2]]


async def test_a_job_limit_holds_under_racing_claimers(engine: Engine, db: Driver) -> None:
    await db.define_jobs([job(queue="qa"), job("limited", queue="qa", concurrency_limit=2)])
    await db.enqueue_many("limited", ["{}"] * 80)
    await db.enqueue_many("limited", ["{}"] * 40, queue="qb")
    await db.enqueue_many("job", ["{}"] * 80)

    def check(leased: list[Run]) -> None:
        assert most_leased(leased, "job_name").get("limited", 0) <= 2

    clients = await engine.drivers(6)
    for strategy in ("priority", "strict", "weighted"):
        await race_claims(clients, ["qa", "qb"], 10, check, strategy)
    assert len(await all_runs(db, job_name="limited", status="succeeded")) > 5


async def test_a_concurrency_key_allows_one_leased_run_per_key(ready: Driver) -> None:
    k1 = await enqueue_n(ready, 3, concurrency_key="k1")
    plain = await ready.enqueue_many("job", ["{}"] * 2)
    k2 = await enqueue_n(ready, 1, concurrency_key="k2")
    assert await claim_ids(ready, max_runs=10) == [k1[0], *plain, *k2]
    assert await claim(ready, max_runs=10) == []  # both keys busy: skipped
    assert (await run_of(ready, k1[0])).concurrency_key == "k1"
    await ready.complete("w", [k1[0]], None)
    assert await claim_ids(ready, max_runs=10) == [k1[1]]


async def test_a_concurrency_key_holds_under_racing_claimers(engine: Engine, ready: Driver) -> None:
    for key in ("k1", "k2", "k3"):
        await enqueue_n(ready, 30, concurrency_key=key)
    await ready.enqueue_many("job", ["{}"] * 30)

    def check(leased: list[Run]) -> None:
        keyed = most_leased([r for r in leased if r.concurrency_key], "concurrency_key")
        assert all(n == 1 for n in keyed.values()), keyed

    clients = await engine.drivers(6)
    await race_claims(clients, ["default"], 30, check)
    done = Counter(r.concurrency_key for r in await all_runs(ready, status="succeeded"))
    assert all(done[key] > 3 for key in ("k1", "k2", "k3")), done


async def test_an_expired_lease_is_reclaimed_even_at_the_queue_limit(
    engine: Engine, ready: Driver
) -> None:
    await ready.set_queue("default", None, None, 1)
    first, second = await ready.enqueue_many("job", ["{}"] * 2)
    assert await claim_ids(ready, "w1", max_runs=2) == [first]
    other = await engine.driver(later(seconds=30))
    # The expired run holds its slot already: it is handed out again, the other is not.
    [again] = await claim(other, "w2", max_runs=2)
    assert (again.run_id, again.attempt) == (first, 2)
    assert await status_of(other, second) == "pending"


async def test_retry_refuses_a_unique_key_another_live_run_took(ready: Driver) -> None:
    first = await ready.enqueue(NewRun("job", unique_key="k"))
    await claim_one(ready, "w")
    await ready.fail("w", first, "broke", False)
    second = await ready.enqueue(NewRun("job", unique_key="k"))
    assert second != first
    with pytest.raises(UniqueKeyTaken):
        await ready.retry(first)
    assert await status_of(ready, first) == "failed"
    await ready.cancel(second)
    assert await ready.retry(first) == first
