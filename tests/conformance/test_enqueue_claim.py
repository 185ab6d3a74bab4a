"""Enqueue and claim: ids, defaults and overrides, due times, unique keys, claim order,
queue filters and pauses, the three strategies, and racing claimers."""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter
from datetime import timedelta

import pytest

from durablesql.driver import Driver, NewRun
from durablesql.errors import InvalidArgument
from tests.conformance.conftest import (
    LEASE,
    T0,
    Engine,
    all_runs,
    claim,
    claim_ids,
    claim_one,
    job,
    later,
    run_of,
    stats_of,
)


# ---------------------------------------------------------------------------- enqueue
async def test_enqueue_takes_the_jobs_defaults(db: Driver) -> None:
    timeout = timedelta(seconds=40)
    await db.define_jobs([job(queue="mail", priority=4, max_attempts=7, timeout=timeout)])
    run_id = await db.enqueue(NewRun("job", '{"to": "a@b.c"}'))
    run = await run_of(db, run_id)
    assert (run.run_id, run.job_name, run.status) == (run_id, "job", "pending")
    assert (run.queue, run.priority, run.max_attempts, run.attempt) == ("mail", 4, 7, 0)
    assert run.args == {"to": "a@b.c"}
    assert run.run_at == T0 and run.created_at == T0
    assert run.started_at is None and run.finished_at is None and run.worker is None
    [claimed] = await claim(db, queues=["mail"])
    assert claimed.timeout == timeout and claimed.priority == 4 and claimed.max_attempts == 7


async def test_enqueue_overrides_win_over_the_job(db: Driver) -> None:
    await db.define_jobs([job(queue="mail", priority=4, max_attempts=7)])
    run_id = await db.enqueue(
        NewRun(
            "job",
            queue="bulk",
            priority=-3,
            max_attempts=2,
            timeout=timedelta(seconds=9),
            run_at=later(minutes=-5),
        )
    )
    run = await run_of(db, run_id)
    assert (run.queue, run.priority, run.max_attempts) == ("bulk", -3, 2)
    assert run.run_at == later(minutes=-5)
    assert await claim(db, queues=["mail"]) == []
    [claimed] = await claim(db, queues=["bulk"])
    assert claimed.run_id == run_id and claimed.timeout == timedelta(seconds=9)


async def test_ids_are_new_and_increasing(ready: Driver) -> None:
    first = await ready.enqueue(NewRun("job"))
    second = await ready.enqueue(NewRun("job"))
    many = await ready.enqueue_many("job", ["{}", "{}"])
    assert first < second < many[0] < many[1]


async def test_enqueue_many_returns_ids_in_the_order_of_args(ready: Driver) -> None:
    order = list(range(30))
    random.Random(3).shuffle(order)
    ids = await ready.enqueue_many("job", [json.dumps({"n": n}) for n in order])
    assert len(ids) == 30 and len(set(ids)) == 30
    assert [(await run_of(ready, i)).args["n"] for i in ids] == order


async def test_enqueue_many_takes_defaults_and_batch_overrides(db: Driver) -> None:
    await db.define_jobs([job(queue="mail", priority=4, max_attempts=7)])
    [plain] = await db.enqueue_many("job", ["{}"])
    assert (await run_of(db, plain)).queue == "mail"
    ids = await db.enqueue_many(
        "job",
        ['{"a": 1}', '{"a": 2}'],
        queue="bulk",
        run_at=later(hours=1),
        priority=9,
        tags=["t1", "t2"],
        meta='{"by": "test"}',
    )
    for run_id in ids:
        run = await run_of(db, run_id)
        assert (run.queue, run.priority, run.max_attempts) == ("bulk", 9, 7)
        assert run.run_at == later(hours=1) and run.status == "pending"
        assert run.tags == ["t1", "t2"] and run.meta == {"by": "test"}
    assert await db.enqueue_many("job", []) == []


async def test_a_future_run_is_not_claimable_until_its_time(ready: Driver) -> None:
    run_id = await ready.enqueue(NewRun("job", run_at=later(minutes=10)))
    assert await claim(ready) == []
    await ready.set_fake_now(later(minutes=9, seconds=59))
    assert await claim(ready) == []
    await ready.set_fake_now(later(minutes=10))
    [claimed] = await claim(ready)
    assert claimed.run_id == run_id and claimed.run_at == later(minutes=10)
    assert claimed.attempt == 1 and claimed.lease_expires_at == later(minutes=10) + LEASE


async def test_unique_key_returns_the_live_run_and_inserts_nothing(ready: Driver) -> None:
    first = await ready.enqueue(NewRun("job", '{"v": 1}', unique_key="order-7"))
    again = await ready.enqueue(NewRun("job", '{"v": 2}', unique_key="order-7"))
    assert again == first
    runs = await all_runs(ready)
    assert [r.run_id for r in runs] == [first] and runs[0].args == {"v": 1}
    assert runs[0].unique_key == "order-7"
    # Leased is still live: the key stays taken.
    assert await claim_one(ready) == first
    assert await ready.enqueue(NewRun("job", unique_key="order-7")) == first
    # Once the run is over the key is free again.
    assert await ready.complete("w", [first], None) == 1
    fresh = await ready.enqueue(NewRun("job", unique_key="order-7"))
    assert fresh != first and await run_of(ready, fresh) is not None
    assert len(await all_runs(ready)) == 2


async def test_tags_and_meta_come_back(ready: Driver) -> None:
    tagged = await ready.enqueue(
        NewRun("job", tags=["red", "big"], meta='{"who": "me", "n": [1, 2]}')
    )
    plain = await ready.enqueue(NewRun("job"))
    run = await run_of(ready, tagged)
    assert run.tags == ["red", "big"] and run.meta == {"who": "me", "n": [1, 2]}
    bare = await run_of(ready, plain)
    assert bare.tags is None and bare.meta is None
    listed = await all_runs(ready, tag="big")
    assert [r.run_id for r in listed] == [tagged]
    assert listed[0].meta == {"who": "me", "n": [1, 2]}


# ---------------------------------------------------------------------------- claim order
async def test_claim_order_is_priority_then_run_at_then_id(ready: Driver) -> None:
    a = await ready.enqueue(NewRun("job", run_at=later(minutes=-2)))
    b = await ready.enqueue(NewRun("job", priority=5))
    c = await ready.enqueue(NewRun("job", priority=5, run_at=later(minutes=-1)))
    d = await ready.enqueue(NewRun("job", run_at=later(minutes=-2)))
    e = await ready.enqueue(NewRun("job", priority=-1, run_at=later(minutes=-9)))
    f = await ready.enqueue(NewRun("job", priority=9, run_at=later(seconds=1)))  # not due
    assert await claim_ids(ready, max_runs=2) == [c, b]
    assert await claim_ids(ready, max_runs=10) == [a, d, e]
    await ready.set_fake_now(later(seconds=1))
    assert await claim_ids(ready, max_runs=10) == [f]


async def test_max_runs_bounds_a_batch(ready: Driver) -> None:
    ids = await ready.enqueue_many("job", ["{}"] * 5)
    first = await claim(ready, max_runs=3)
    assert [c.run_id for c in first] == ids[:3] and all(c.attempt == 1 for c in first)
    assert await claim_ids(ready, max_runs=3) == ids[3:]
    assert await claim(ready, max_runs=3) == []


async def test_claim_serves_only_the_queues_named(ready: Driver) -> None:
    a = await ready.enqueue_many("job", ["{}"] * 2, queue="qa")
    b = await ready.enqueue_many("job", ["{}"] * 2, queue="qb")
    assert await claim_ids(ready, queues=["qb"], max_runs=10) == b
    assert await claim(ready, queues=["qc"], max_runs=10) == []
    assert await claim_ids(ready, queues=["qa", "qb"], max_runs=10) == a


async def test_a_paused_queue_accepts_runs_but_hands_none_out(ready: Driver) -> None:
    await ready.enqueue_many("job", ["{}"], queue="qa")
    b = await ready.enqueue_many("job", ["{}"], queue="qb")
    await ready.pause_queue("qa")
    late = await ready.enqueue(NewRun("job", queue="qa"))
    assert (await run_of(ready, late)).status == "pending"
    stats = await stats_of(ready, "qa")
    assert stats.paused and stats.pending == 2
    assert await claim_ids(ready, queues=["qa", "qb"], max_runs=10) == b
    assert await claim(ready, queues=["qa"], max_runs=10) == []
    for strategy in ("strict", "weighted"):
        assert await claim(ready, queues=["qa", "qb"], max_runs=10, strategy=strategy) == []
    await ready.resume_queue("qa")
    assert not (await stats_of(ready, "qa")).paused
    assert len(await claim(ready, queues=["qa"], max_runs=10)) == 2


# ---------------------------------------------------------------------------- strategies
async def test_priority_strategy_orders_across_queues(ready: Driver) -> None:
    low = await ready.enqueue_many("job", ["{}"] * 2, queue="qa")
    high = await ready.enqueue_many("job", ["{}"] * 2, queue="qb", priority=10)
    got = await claim(ready, queues=["qa", "qb"], max_runs=3)
    assert [c.run_id for c in got] == [*high, low[0]]


async def test_strict_strategy_fills_from_the_first_queue(ready: Driver) -> None:
    first = await ready.enqueue_many("job", ["{}"] * 2, queue="qa")
    second = await ready.enqueue_many("job", ["{}"] * 5, queue="qb", priority=10)
    got = await claim(ready, queues=["qa", "qb"], max_runs=3, strategy="strict")
    assert [c.run_id for c in got] == [*first, second[0]]
    assert [c.queue for c in got] == ["qa", "qa", "qb"]
    # The order of `queues` decides, not the runs' priorities.
    more = await ready.enqueue_many("job", ["{}"] * 2, queue="qa")
    got = await claim(ready, queues=["qb", "qa"], max_runs=5, strategy="strict")
    assert [c.run_id for c in got] == second[1:] + more[:1]


async def test_weighted_strategy_gives_every_queue_its_share(ready: Driver) -> None:
    await ready.set_queue("qa", None, 3, None)
    await ready.set_queue("qb", None, 1, None)
    # qa's runs outrank qb's: under "priority" qb would get nothing.
    await ready.enqueue_many("job", ["{}"] * 300, queue="qa", priority=100)
    await ready.enqueue_many("job", ["{}"] * 300, queue="qb")
    assert {c.queue for c in await claim(ready, queues=["qa", "qb"], max_runs=10)} == {"qa"}
    shares: Counter[str] = Counter()
    for _ in range(20):
        got = await claim(ready, queues=["qa", "qb"], max_runs=10, strategy="weighted")
        assert len(got) == 10
        shares.update(c.queue for c in got)
    # Expected 150 : 50 (weights 3 : 1); the bounds are about five standard deviations out.
    assert 120 <= shares["qa"] <= 180 and shares["qb"] == 200 - shares["qa"]


async def test_weighted_starves_no_queue_even_with_batches_of_one(ready: Driver) -> None:
    for queue in ("qa", "qb", "qc"):
        await ready.enqueue_many("job", ["{}"] * 60, queue=queue, priority=ord(queue[1]))
    shares: Counter[str] = Counter()
    for _ in range(60):
        [got] = await claim(ready, queues=["qa", "qb", "qc"], max_runs=1, strategy="weighted")
        shares[got.queue] += 1
    assert set(shares) == {"qa", "qb", "qc"}, shares


async def test_weighted_refills_from_other_queues_when_one_runs_dry(ready: Driver) -> None:
    few = await ready.enqueue_many("job", ["{}"] * 2, queue="qa")
    await ready.enqueue_many("job", ["{}"] * 20, queue="qb")
    got = await claim(ready, queues=["qa", "qb"], max_runs=10, strategy="weighted")
    # A full batch although qa has only 2 of its 5 expected: qb gives the rest.  (Not
    # "both of qa's runs are in it": the weighted draw is a lottery, and qa's second
    # ticket loses to ten of qb's in about 0.6% of claims.)
    assert len(got) == 10 and sum(c.queue == "qb" for c in got) >= 8
    rest = await claim(ready, queues=["qa", "qb"], max_runs=20, strategy="weighted")
    assert len(rest) == 12 and set(few) <= {c.run_id for c in got + rest}


async def test_an_unknown_strategy_is_rejected(ready: Driver) -> None:
    await ready.enqueue(NewRun("job"))
    for bad in ("random", "Priority", ""):
        with pytest.raises(InvalidArgument):
            await claim(ready, strategy=bad)
    assert (await stats_of(ready, "default")).leased == 0


# ---------------------------------------------------------------------------- races
async def test_racing_claimers_never_share_a_run(engine: Engine, ready: Driver) -> None:
    ids = await ready.enqueue_many("job", ["{}"] * 300)
    clients = await engine.drivers(6)
    rng = random.Random(11)
    seen: list[int] = []
    for _ in range(100):
        batches = await asyncio.gather(
            *(claim(c, f"w{i}", max_runs=rng.randint(1, 12)) for i, c in enumerate(clients))
        )
        for batch in batches:
            assert all(c.attempt == 1 for c in batch)
            seen += [c.run_id for c in batch]
        if len(seen) >= len(ids):
            break
    assert len(seen) == len(set(seen)), "a run was handed out twice"
    assert sorted(seen) == ids
    assert await all_runs(ready, status="pending") == []
    owners = Counter(r.worker for r in await all_runs(ready, status="leased"))
    assert sum(owners.values()) == 300 and len(owners) > 1
