"""durable.metrics_text() through the driver: Prometheus text that agrees with queue_stats."""

from __future__ import annotations

from datetime import timedelta

from durablesql.driver import Driver, NewRun, ScheduleDefinition
from tests.conformance.conftest import T0, Engine, claim_ids, job, later
from tests.prom import parse, value

ODD = 'odd "q" \\ x'  # a quote and a backslash, escaped in the label value


async def test_metrics_text_agrees_with_queue_stats(ready: Driver) -> None:
    await ready.define_jobs([job("odd", queue=ODD)])
    await ready.set_queue(ODD, None, None, 2)
    await ready.pause_queue(ODD)
    await ready.register_worker("w", ["default"], 4, "{}")
    parent = await ready.enqueue(NewRun("job"))
    await ready.enqueue(NewRun("job", depends_on=[parent]))
    await ready.enqueue(NewRun("job"))
    await ready.enqueue(NewRun("job", run_at=later(hours=1)))
    await ready.enqueue(NewRun("odd", run_at=T0 - timedelta(seconds=90)))
    assert await claim_ids(ready) == [parent]

    samples, types = parse(await ready.metrics_text())
    assert set(types.values()) == {"gauge"}
    stats = {s.queue: s for s in await ready.queue_stats()}
    assert {dict(labels)["queue"] for labels in samples["durablesql_queue_paused"]} == set(stats)
    for queue, s in stats.items():
        for state, count in (("waiting", s.waiting), ("pending", s.pending), ("leased", s.leased)):
            assert value(samples, "durablesql_queue_runs", queue=queue, state=state) == count
        age = s.oldest_due_age.total_seconds() if s.oldest_due_age else 0
        got = value(samples, "durablesql_queue_oldest_due_age_seconds", queue=queue)
        assert got is not None and abs(got - age) < 0.01
        assert value(samples, "durablesql_queue_paused", queue=queue) == int(s.paused)
        limit = value(samples, "durablesql_queue_concurrency_limit", queue=queue)
        assert limit == s.concurrency_limit
    assert value(samples, "durablesql_queue_runs", queue="default", state="pending") == 2
    assert value(samples, "durablesql_queue_runs", queue="default", state="waiting") == 1
    assert value(samples, "durablesql_queue_runs", queue="default", state="leased") == 1
    assert value(samples, "durablesql_queue_oldest_due_age_seconds", queue=ODD) == 90
    assert value(samples, "durablesql_queue_paused", queue=ODD) == 1
    assert value(samples, "durablesql_queue_concurrency_limit", queue=ODD) == 2
    assert value(samples, "durablesql_workers_live") == 1
    assert value(samples, "durablesql_schedules_overdue") == 0
    assert value(samples, "durablesql_dead_rows") is not None
    assert value(samples, "durablesql_oldest_transaction_age_seconds") is not None
    labels = {name for metric in samples.values() for key in metric for name, _ in key}
    assert labels == {"queue", "state"}


async def test_a_schedule_is_overdue_a_minute_after_its_next_run(
    engine: Engine, ready: Driver
) -> None:
    await ready.define_schedule(ScheduleDefinition("s", "job", "*/5 * * * *"))  # next: T0+5m
    for minutes, overdue in ((5, 0), (6, 0), (6.1, 1)):
        d = await engine.driver(later(minutes=minutes))
        assert value(parse(await d.metrics_text())[0], "durablesql_schedules_overdue") == overdue
