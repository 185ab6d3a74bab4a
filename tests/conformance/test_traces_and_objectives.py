"""Trace context carried by a run, and lag objectives stored with the queue (0016)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from durablesql.driver import Driver, NewRun
from durablesql.errors import InvalidArgument
from tests.conformance.conftest import (
    Engine,
    all_runs,
    claim,
    enqueue_n,
    job,
    later,
    visible,
)
from tests.prom import parse, value

TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


# ---------------------------------------------------------------------------- traces
async def test_claim_hands_out_the_traceparent_a_run_was_enqueued_with(ready: Driver) -> None:
    traced = await ready.enqueue(NewRun("job", meta=json.dumps({"traceparent": TRACE, "a": 1})))
    plain = await ready.enqueue(NewRun("job", meta='{"a": 2}'))
    bare = await ready.enqueue(NewRun("job"))
    got = {c.run_id: c.traceparent for c in await claim(ready, max_runs=3)}
    assert got == {traced: TRACE, plain: None, bare: None}


async def test_enqueue_many_keeps_the_traceparent_of_its_meta(ready: Driver) -> None:
    ids = await ready.enqueue_many("job", ["{}", "{}"], meta=json.dumps({"traceparent": TRACE}))
    got = {c.run_id: c.traceparent for c in await claim(ready, max_runs=2)}
    assert got == dict.fromkeys(ids, TRACE)


@pytest.mark.parametrize(
    "bad",
    [
        "not-a-traceparent",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331",  # no flags
        "00-0AF7651916CD43DD8448EB211C80319C-B7AD6B7169203331-01",  # upper case
        "00-00000000000000000000000000000000-b7ad6b7169203331-01",  # zero trace id
        "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01",  # zero parent id
        "ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",  # forbidden version
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'; DROP TABLE x; --",
        42,
    ],
)
async def test_a_malformed_traceparent_is_refused_and_nothing_is_written(
    ready: Driver, bad: object
) -> None:
    before = await visible(ready)
    with pytest.raises(InvalidArgument, match="traceparent must be 00-<32 hex>"):
        await ready.enqueue(NewRun("job", meta=json.dumps({"traceparent": bad})))
    with pytest.raises(InvalidArgument, match="traceparent must be"):
        await ready.enqueue_many("job", ["{}"], meta=json.dumps({"traceparent": bad}))
    assert await visible(ready) == before


# ---------------------------------------------------------------------------- objectives
async def test_slo_status_compares_the_oldest_due_run_with_the_objective(
    engine: Engine,
) -> None:
    db = await engine.driver()
    await db.define_jobs([])  # nothing: the queue is made by set_queue
    await db.set_queue("mail", None, None, None, timedelta(seconds=30))
    await db.set_queue("plain", None, None, None)
    rows = {s.queue: s for s in await db.slo_status()}
    assert rows["plain"].lag_slo is None and rows["plain"].within_slo is None
    assert rows["plain"].started_last_hour is None
    mail = rows["mail"]
    assert (mail.lag_slo, mail.oldest_due_age, mail.within_slo) == (
        timedelta(seconds=30),
        None,
        True,
    )
    assert (mail.started_last_hour, mail.started_within_slo, mail.share_within_slo) == (
        0,
        0,
        None,
    )


async def test_slo_status_counts_the_last_hours_starts_within_the_objective(
    engine: Engine,
) -> None:
    db = await engine.driver()
    await db.define_jobs([job("send", queue="mail")])
    await db.set_queue("mail", None, None, None, timedelta(seconds=30))
    await enqueue_n(db, 4, "send")
    # Two start 10 s after they were due, two 60 s after.
    await db.set_fake_now(later(seconds=10))
    fast = await claim(db, queues=["mail"], max_runs=2, lease=timedelta(minutes=5))
    await db.set_fake_now(later(seconds=60))
    slow = await claim(db, queues=["mail"], max_runs=2, lease=timedelta(minutes=5))
    assert len(fast) == len(slow) == 2
    # History and leased runs alike count.
    assert await db.complete("w", [c.run_id for c in fast], None) == 2
    late = await db.enqueue(NewRun("send", run_at=later(seconds=0)))
    mail = next(s for s in await db.slo_status() if s.queue == "mail")
    assert (mail.started_last_hour, mail.started_within_slo) == (4, 2)
    assert mail.share_within_slo == pytest.approx(0.5)
    assert mail.oldest_due_age == timedelta(seconds=60)  # `late` has waited since T0
    assert mail.within_slo is False
    # An hour and a bit later the starts have left the window.
    assert await db.complete("w", [c.run_id for c in slow], None) == 2
    await db.cancel(late)
    await db.set_fake_now(later(hours=1, seconds=61))
    mail = next(s for s in await db.slo_status() if s.queue == "mail")
    assert (mail.started_last_hour, mail.share_within_slo, mail.within_slo) == (0, None, True)
    assert [r.run_id for r in await all_runs(db, status="cancelled")] == [late]


async def test_lag_slo_zero_removes_the_objective_and_none_keeps_it(engine: Engine) -> None:
    db = await engine.driver()
    await db.set_queue("q", None, None, None, timedelta(minutes=5))
    await db.set_queue("q", 3, None, None)  # lag_slo left out: kept
    assert [s.lag_slo for s in await db.slo_status()] == [timedelta(minutes=5)]
    await db.set_queue("q", None, None, None, timedelta(0))
    assert [s.lag_slo for s in await db.slo_status()] == [None]


@pytest.mark.parametrize("bad", [timedelta(seconds=-1), timedelta(days=366 * 11)])
async def test_a_negative_or_huge_objective_is_refused_and_nothing_changes(
    engine: Engine, bad: timedelta
) -> None:
    db = await engine.driver()
    await db.set_queue("q", None, None, None, timedelta(minutes=5))
    with pytest.raises(InvalidArgument, match="lag_slo must be zero or positive"):
        await db.set_queue("q", 7, None, None, bad)
    assert [(s.lag_slo) for s in await db.slo_status()] == [timedelta(minutes=5)]
    assert [s.priority for s in await db.queue_stats()] == [0]


async def test_metrics_text_exports_the_objectives(engine: Engine) -> None:
    db = await engine.driver()
    await db.set_queue("mail", None, None, None, timedelta(seconds=30))
    await db.set_queue("plain", None, None, None)
    samples, types = parse(await db.metrics_text())
    assert value(samples, "durablesql_queue_lag_slo_seconds", queue="mail") == 30
    assert value(samples, "durablesql_queue_within_slo", queue="mail") == 1
    assert value(samples, "durablesql_queue_lag_slo_seconds", queue="plain") is None
    assert samples["durablesql_queue_started_within_slo_ratio"] == {}
    assert types["durablesql_queue_within_slo"] == "gauge"
