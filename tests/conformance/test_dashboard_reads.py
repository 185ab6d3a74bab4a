"""The reads the dashboard needs, on every dialect: search_runs (every filter a
parameter, history bounded by time, keyset pages), outcome_counts (by the engine's
clock), may_execute (the login's grants)."""

from __future__ import annotations

import json
from datetime import timedelta

from durablesql.driver import Driver, NewRun, RunSearch
from tests.conformance.conftest import claim_one, later


async def ids(d: Driver, **fields: object) -> list[int]:
    return [r.run_id for r in await d.search_runs(RunSearch(**fields))]  # type: ignore[arg-type]


async def test_search_runs_filters_each_term_and_pages_by_id(ready: Driver) -> None:
    done = await ready.enqueue(
        NewRun("job", '{"order": 17, "to": "ü \'x\'"}', tags=["billing"], meta='{"c": 42}')
    )
    assert await claim_one(ready, "w1") == done
    assert await ready.complete("w1", [done], None) == 1
    text = await ready.enqueue(NewRun("job", '{"order": "17"}', tags=["other"]))
    other = await ready.enqueue(NewRun("job", '{"order": 18}', tags=["billing"], meta='{"c": 7}'))
    assert await ids(ready) == [other, text, done]
    assert await ids(ready, status="succeeded") == [done]
    assert await ids(ready, status="pending", tag="billing") == [other]
    assert await ids(ready, args=(("order", "17"),)) == [text, done]  # number or string
    assert await ids(ready, args=(("order", "17"), ("to", "ü 'x'"))) == [done]
    assert await ids(ready, meta=(("c", "42"),), worker="w1") == [done]
    assert await ids(ready, args=(("nope", "17"),)) == []
    assert await ids(ready, args=(("order\"'); --", "17"),)) == []
    assert await ids(ready, job_name="job", queue="default", run_id=text) == [text]
    assert await ids(ready, queue="elsewhere") == []
    assert await ids(ready, max_runs=2) == [other, text]
    assert await ids(ready, before_id=text) == [done]


async def test_search_runs_checks_every_pair_however_many(ready: Driver) -> None:
    # PostgreSQL checks four pairs of a kind as plain expressions and any more with a
    # subplan, by one of two statements (id: takes the other): every pair counts.
    keys = "abcde"
    full = {k: n for n, k in enumerate(keys)}
    done = await ready.enqueue(NewRun("job", json.dumps(full), meta='{"m": 1, "n": "x"}'))
    assert await claim_one(ready, "w") == done
    assert await ready.complete("w", [done], None) == 1
    wrong_d = await ready.enqueue(NewRun("job", json.dumps({**full, "d": 9})))
    wrong_e = await ready.enqueue(NewRun("job", json.dumps({**full, "e": 9}), meta='{"m": 1}'))
    pairs = tuple((k, str(n)) for k, n in full.items())
    assert await ids(ready, args=pairs[:3]) == [wrong_e, wrong_d, done]
    assert await ids(ready, args=pairs[:4]) == [wrong_e, done]
    assert await ids(ready, args=pairs) == [done]
    assert await ids(ready, args=pairs[:4], meta=(("m", "1"),)) == [wrong_e, done]
    assert await ids(ready, args=pairs[:4], meta=(("m", "1"), ("n", "x"))) == [done]
    assert await ids(ready, meta=(("m", "1"), ("n", "x"), ("n", "x"), ("m", "1"), ("n", "y"))) == []
    assert await ids(ready, args=pairs, run_id=done) == [done]
    assert await ids(ready, args=pairs[:4], run_id=wrong_d) == []


async def test_search_runs_reads_history_only_within_its_window(ready: Driver) -> None:
    done = await ready.enqueue(NewRun("job"))
    assert await claim_one(ready, "w") == done
    await ready.complete("w", [done], None)  # finished at T0
    live = await ready.enqueue(NewRun("job"))
    assert await ids(ready, finished_since=later(seconds=-1)) == [live, done]
    assert await ids(ready, finished_since=later(hours=1)) == [live]  # live runs always


async def test_outcome_counts_by_slice_of_the_window(ready: Driver) -> None:
    first, second, third = [await ready.enqueue(NewRun("job", max_attempts=1)) for _ in range(3)]
    for run_id in (first, second):
        assert await claim_one(ready, "w") == run_id
        await ready.complete("w", [run_id], None)  # at T0
    await ready.set_fake_now(later(minutes=30))
    assert await claim_one(ready, "w") == third
    await ready.fail("w", third, "boom", False)  # at T0 + 30 min
    await ready.set_fake_now(later(minutes=50))
    found = await ready.outcome_counts(timedelta(hours=1), 12)  # 5-minute slices
    assert [(c.bucket, c.status, c.count) for c in found] == [(2, "succeeded", 2), (8, "failed", 1)]
    assert await ready.outcome_counts(timedelta(minutes=10), 2) == []


async def test_may_execute_answers_for_known_operations_only(db: Driver) -> None:
    # The tests connect as the owner (PostgreSQL) or root (MariaDB/MySQL): everything.
    wanted = ["cancel", "retry", "pause_queue", "resume_queue", "set_queue", "enqueue"]
    assert await db.may_execute([*wanted, "no_such_operation", "drop_everything"]) == set(wanted)
    assert await db.may_execute([]) == frozenset()
