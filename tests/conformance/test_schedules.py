"""Recurring schedules under the fake clock: next run times, materialisation, admin."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import pytest

from durablesql.driver import Driver, ScheduleDefinition, ScheduleStatus
from durablesql.errors import InvalidCron, UnknownJob, UnknownSchedule, UnknownTimeZone
from tests.conformance.conftest import (
    T0,
    Engine,
    all_runs,
    claim_one,
    later,
    run_of,
)

EVERY_5 = ScheduleDefinition("s", "job", "*/5 * * * *", args='{"report": "daily"}')


async def status_of_schedule(d: Driver, name: str = "s") -> ScheduleStatus:
    found = [s for s in await d.schedule_status() if s.name == name]
    assert len(found) == 1, f"schedule {name!r} not in schedule_status"
    return found[0]


@pytest.fixture
async def every_5(ready: Driver) -> Driver:
    """`ready` with schedule "s" (every 5 minutes, allow_concurrent false) defined at T0."""
    assert await ready.define_schedule(EVERY_5) == later(minutes=5)
    return ready


async def test_define_schedule_returns_the_next_run_time(ready: Driver) -> None:
    assert await ready.define_schedule(EVERY_5) == later(minutes=5)  # strictly after now
    disabled = ScheduleDefinition("off", "job", "0 * * * *", enabled=False)
    assert await ready.define_schedule(disabled) is None
    s = await status_of_schedule(ready)
    assert (s.job_name, s.cron, s.timezone, s.enabled, s.allow_concurrent, s.catch_up) == (
        "job",
        "*/5 * * * *",
        "UTC",
        True,
        False,
        "skip_missed",
    )
    assert (s.next_run_at, s.last_run_at, s.last_run_id, s.last_run_status) == (
        later(minutes=5),
        None,
        None,
        None,
    )
    assert s.args == {"report": "daily"} and s.queue is None and s.created_at == T0
    off = await status_of_schedule(ready, "off")
    assert (off.enabled, off.next_run_at) == (False, None)


async def test_an_upsert_keeps_the_slot_unless_the_cron_changes(every_5: Driver) -> None:
    await every_5.set_fake_now(later(minutes=7))  # the 00:05 slot is due, not yet enqueued
    changed_args = ScheduleDefinition("s", "job", "*/5 * * * *", args='{"report": "weekly"}')
    assert await every_5.define_schedule(changed_args) == later(minutes=5)
    assert (await status_of_schedule(every_5)).args == {"report": "weekly"}
    hourly = ScheduleDefinition("s", "job", "0 * * * *")
    assert await every_5.define_schedule(hourly) == later(hours=1)


async def test_materialize_enqueues_a_due_slot_once(every_5: Driver) -> None:
    assert await every_5.materialize_schedules() == 0  # not due at T0
    await every_5.set_fake_now(later(minutes=5))
    assert await every_5.materialize_schedules() == 1
    assert await every_5.materialize_schedules() == 0
    [run] = await all_runs(every_5)
    assert (run.job_name, run.queue, run.status) == ("job", "default", "pending")
    assert run.run_at == later(minutes=5) and run.args == {"report": "daily"}
    assert run.meta is not None and run.meta["schedule"] == "s" and "slot" in run.meta
    s = await status_of_schedule(every_5)
    assert (s.last_run_id, s.last_run_at, s.last_run_status) == (
        run.run_id,
        later(minutes=5),
        "pending",
    )
    assert s.next_run_at == later(minutes=10)


async def test_racing_materializers_enqueue_a_slot_exactly_once(
    engine: Engine, every_5: Driver
) -> None:
    clients = await engine.drivers(4, later(minutes=5))
    counts = await asyncio.gather(*(c.materialize_schedules() for c in clients))
    assert sum(counts) == 1
    assert len(await all_runs(every_5)) == 1


async def test_a_live_run_holds_back_the_next_slot(every_5: Driver) -> None:
    await every_5.set_fake_now(later(minutes=5))
    await every_5.materialize_schedules()
    [first] = await all_runs(every_5)
    await every_5.set_fake_now(later(minutes=10))
    assert await every_5.materialize_schedules() == 0  # the 00:05 run is still live
    s = await status_of_schedule(every_5)
    assert (s.last_run_id, s.last_skipped_at, s.next_run_at) == (
        first.run_id,
        later(minutes=10),
        later(minutes=15),
    )
    assert await claim_one(every_5) == first.run_id
    await every_5.complete("w", [first.run_id], None)
    assert (await status_of_schedule(every_5)).last_run_status == "succeeded"
    await every_5.set_fake_now(later(minutes=15))
    assert await every_5.materialize_schedules() == 1


async def test_allow_concurrent_enqueues_beside_a_live_run(ready: Driver) -> None:
    schedule = ScheduleDefinition("s", "job", "*/5 * * * *", queue="reports", allow_concurrent=True)
    await ready.define_schedule(schedule)
    for minutes in (5, 10):
        await ready.set_fake_now(later(minutes=minutes))
        assert await ready.materialize_schedules() == 1
    runs = await all_runs(ready, status="pending")
    assert [(r.queue, r.run_at) for r in runs] == [
        ("reports", later(minutes=10)),
        ("reports", later(minutes=5)),
    ]


async def test_missed_slots_are_skipped_or_caught_up(ready: Driver) -> None:
    await ready.define_schedule(ScheduleDefinition("skip", "job", "*/5 * * * *"))
    await ready.define_schedule(
        ScheduleDefinition(
            "catch", "job", "*/5 * * * *", catch_up="catch_up", allow_concurrent=True
        )
    )
    await ready.set_fake_now(later(minutes=32))  # slots 00:05 … 00:30 missed
    assert await ready.materialize_schedules() == 1 + 6
    caught = sorted(
        r.run_at for r in await all_runs(ready) if r.meta and r.meta["schedule"] == "catch"
    )
    assert caught == [later(minutes=m) for m in (5, 10, 15, 20, 25, 30)]
    for name in ("skip", "catch"):
        assert (await status_of_schedule(ready, name)).next_run_at == later(minutes=35)


async def test_catching_up_enqueues_at_most_a_hundred_slots_a_call(ready: Driver) -> None:
    every_minute = ScheduleDefinition(
        "c", "job", "* * * * *", catch_up="catch_up", allow_concurrent=True
    )
    await ready.define_schedule(every_minute)
    await ready.set_fake_now(later(minutes=150, seconds=30))
    assert [await ready.materialize_schedules() for _ in range(3)] == [100, 50, 0]
    assert (await status_of_schedule(ready, "c")).next_run_at == later(minutes=151)


async def test_a_disabled_schedule_enqueues_nothing(every_5: Driver) -> None:
    assert await every_5.set_schedule_enabled("s", False) is None
    await every_5.set_fake_now(later(minutes=12))
    assert await every_5.materialize_schedules() == 0
    s = await status_of_schedule(every_5)
    assert (s.enabled, s.next_run_at) == (False, None)
    assert await every_5.set_schedule_enabled("s", True) == later(minutes=15)  # from now
    assert await every_5.set_schedule_enabled("s", True) == later(minutes=15)  # unchanged
    assert await all_runs(every_5) == []


async def test_update_schedule_cron_computes_the_next_slot_from_now(every_5: Driver) -> None:
    await every_5.set_fake_now(later(minutes=1))
    assert await every_5.update_schedule_cron("s", "0 * * * *", None) == later(hours=1)
    # Berlin is UTC+1 in January: 09:00 there is 08:00 UTC.
    berlin = await every_5.update_schedule_cron("s", "0 9 * * *", "Europe/Berlin")
    assert berlin == datetime(2030, 1, 1, 8, tzinfo=UTC)
    s = await status_of_schedule(every_5)
    assert (s.cron, s.timezone, s.next_run_at) == ("0 9 * * *", "Europe/Berlin", berlin)
    await every_5.set_schedule_enabled("s", False)
    assert await every_5.update_schedule_cron("s", "*/5 * * * *", None) is None


async def test_run_schedule_now_enqueues_at_once(every_5: Driver) -> None:
    await every_5.set_fake_now(later(minutes=2))
    run_id = await every_5.run_schedule_now("s")
    run = await run_of(every_5, run_id)
    assert (run.status, run.run_at, run.args) == ("pending", later(minutes=2), {"report": "daily"})
    assert run.meta is not None and run.meta["schedule"] == "s"
    assert await every_5.run_schedule_now("s") == run_id  # still live: not concurrent
    s = await status_of_schedule(every_5)
    assert (s.last_run_id, s.next_run_at) == (run_id, later(minutes=5))  # cron untouched
    await claim_one(every_5)
    await every_5.complete("w", [run_id], None)
    assert await every_5.run_schedule_now("s") != run_id


async def test_cron_preview(ready: Driver) -> None:
    assert await ready.cron_preview("0 12 * * *", T0, "UTC", 3) == [
        later(hours=12),
        later(hours=36),
        later(hours=60),
    ]
    assert await ready.cron_preview("30 0 0 * * *", T0, "UTC", 2) == [
        later(seconds=30),
        later(days=1, seconds=30),
    ]
    assert await ready.cron_preview("0 9 * * mon", T0, "Europe/Berlin", 1) == [
        datetime(2030, 1, 7, 8, tzinfo=UTC)  # 2030-01-07 is a Monday
    ]


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# (cron, after, zone, the next fire times): the rules of DESIGN.md's "Cron" section.
CRON_RULES: list[tuple[str, datetime, str, list[datetime]]] = [
    # 7 is Sunday, as 0 and sun are; names are case-insensitive (2030-01-06 is a Sunday).
    ("0 0 * * 7", T0, "UTC", [utc(2030, 1, 6), utc(2030, 1, 13)]),
    ("0 0 * * SUN", T0, "UTC", [utc(2030, 1, 6), utc(2030, 1, 13)]),
    ("0 0 1 JAN,jul *", T0, "UTC", [utc(2030, 7, 1), utc(2031, 1, 1)]),
    ("0 0 * mar-apr/1 mon-tue", T0, "UTC", [utc(2030, 3, 4), utc(2030, 3, 5)]),
    # Both day fields restricted: either matches (Friday or the 13th).
    ("0 0 13 * fri", T0, "UTC", [utc(2030, 1, 4), utc(2030, 1, 11), utc(2030, 1, 13)]),
    # Only an exact "*" is unrestricted: "*/1" days OR Fridays is every day.
    ("0 0 */1 * fri", T0, "UTC", [utc(2030, 1, 2), utc(2030, 1, 3), utc(2030, 1, 4)]),
    # Spring forward in Berlin (2030-03-31 02:00 → 03:00): 02:30 fires once, at 03:30 CEST.
    (
        "30 2 * * *",
        utc(2030, 3, 30, 12),
        "Europe/Berlin",
        [utc(2030, 3, 31, 1, 30), utc(2030, 4, 1, 0, 30)],
    ),
    # ... and a slot never fires twice at one instant (02:00 and 03:00 local are both 01:00 UTC).
    (
        "*/30 * * * *",
        utc(2030, 3, 31, 0, 15),
        "Europe/Berlin",
        [
            utc(2030, 3, 31, 0, 30),
            utc(2030, 3, 31, 1),
            utc(2030, 3, 31, 1, 30),
            utc(2030, 3, 31, 2),
        ],
    ),
    # Fall back (2030-10-27 03:00 → 02:00): a fixed hour fires at the first 02:30 only ...
    (
        "30 2 * * *",
        utc(2030, 10, 26, 12),
        "Europe/Berlin",
        [utc(2030, 10, 27, 0, 30), utc(2030, 10, 28, 1, 30)],
    ),
    # ... an hour field of exactly "*" fires in both passes.
    (
        "*/30 * * * *",
        utc(2030, 10, 26, 23, 45),
        "Europe/Berlin",
        [
            utc(2030, 10, 27, 0),
            utc(2030, 10, 27, 0, 30),
            utc(2030, 10, 27, 1),
            utc(2030, 10, 27, 1, 30),
        ],
    ),
]


async def test_cron_rules(ready: Driver) -> None:
    """Every case runs; the failure lists each expression whose fire times differ."""
    wrong = []
    for cron, after, zone, expected in CRON_RULES:
        got = await ready.cron_preview(cron, after, zone, len(expected))
        if got != expected:
            wrong.append(f"{cron!r} after {after} in {zone}: {got}, not {expected}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("cron", ["61 * * * *", "* * *", "@daily", "0 0 L * *", "5-1 * * * *"])
async def test_a_bad_cron_is_rejected_everywhere(every_5: Driver, cron: str) -> None:
    before = await every_5.schedule_status()
    with pytest.raises(InvalidCron):
        await every_5.define_schedule(ScheduleDefinition("new", "job", cron))
    with pytest.raises(InvalidCron):
        await every_5.update_schedule_cron("s", cron, None)
    with pytest.raises(InvalidCron):
        await every_5.cron_preview(cron, T0, "UTC", 1)
    assert await every_5.schedule_status() == before


async def test_a_cron_that_never_fires_is_rejected(ready: Driver) -> None:
    with pytest.raises(InvalidCron):
        await ready.cron_preview("0 0 31 2 *", T0, "UTC", 1)


@pytest.mark.parametrize(
    "zone", ["Mars/Olympus", "CET", "europe/berlin", "W. Europe Standard Time", "UTC+1"]
)
async def test_an_unknown_zone_is_rejected(every_5: Driver, zone: str) -> None:
    before = await every_5.schedule_status()
    with pytest.raises(UnknownTimeZone):
        await every_5.define_schedule(ScheduleDefinition("new", "job", "* * * * *", timezone=zone))
    with pytest.raises(UnknownTimeZone):
        await every_5.update_schedule_cron("s", "* * * * *", zone)
    with pytest.raises(UnknownTimeZone):
        await every_5.cron_preview("* * * * *", T0, zone, 1)
    assert await every_5.schedule_status() == before


async def test_unknown_schedules_and_jobs_are_rejected(every_5: Driver) -> None:
    before = await every_5.schedule_status()
    with pytest.raises(UnknownSchedule):
        await every_5.set_schedule_enabled("nope", False)
    with pytest.raises(UnknownSchedule):
        await every_5.update_schedule_cron("nope", "* * * * *", None)
    with pytest.raises(UnknownSchedule):
        await every_5.run_schedule_now("nope")
    with pytest.raises(UnknownJob):
        await every_5.define_schedule(ScheduleDefinition("new", "no-such-job", "* * * * *"))
    assert await every_5.schedule_status() == before
    assert await all_runs(every_5) == []


async def test_sync_schedules_reconciles_one_owners_schedules(ready: Driver) -> None:
    await ready.define_schedule(ScheduleDefinition("manual", "job", "0 * * * *"))
    a = {"name": "a", "job_name": "job", "cron": "*/5 * * * *"}
    b = {"name": "b", "job_name": "job", "cron": "0 1 * * *", "timezone": "Europe/Berlin"}
    created = await ready.sync_schedules("app", json.dumps([a, b]), "keep_database", "disable")
    assert created == [("a", "created"), ("b", "created")]
    a2 = {**a, "cron": "*/10 * * * *"}
    # keep_database: an operator's version wins; b is no longer declared: disabled.
    kept = await ready.sync_schedules("app", json.dumps([a2]), "keep_database", "disable")
    assert kept == [("a", "kept"), ("b", "disabled")]
    assert (await status_of_schedule(ready, "a")).cron == "*/5 * * * *"
    updated = await ready.sync_schedules("app", json.dumps([a2]), "update_from_code", "ignore")
    assert updated == [("a", "updated")]
    rows = {s.name: (s.cron, s.enabled, s.origin) for s in await ready.schedule_status()}
    assert rows == {
        "a": ("*/10 * * * *", True, "app"),
        "b": ("0 1 * * *", False, "app"),
        "manual": ("0 * * * *", True, None),  # not the program's: never an orphan
    }
    assert await ready.sync_schedules("other", "[]", "keep_database", "disable") == []
    assert (await status_of_schedule(ready, "a")).enabled
