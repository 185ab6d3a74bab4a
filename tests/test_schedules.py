"""Recurring schedules in SQL: define, admin, materialise, catch-up, races, sync."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest

from tests.conftest import Connect
from tests.helpers import T0, claim, define, expect_error, set_clock

HOUR = timedelta(hours=1)


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    await define(db, "report", queue="q")
    return db


async def schedule(db: asyncpg.Connection, name: str) -> asyncpg.Record:
    row = await db.fetchrow("SELECT * FROM durable.schedule_status WHERE name = $1", name)
    assert row is not None
    return row


async def runs_of(db: asyncpg.Connection, name: str) -> list[asyncpg.Record]:
    return await db.fetch(
        "SELECT run_id, run_at, status, args, meta FROM durable.all_runs"
        " WHERE meta->>'schedule' = $1 ORDER BY run_at, run_id",
        name,
    )


async def materialize(db: asyncpg.Connection, at: datetime) -> int:
    await set_clock(db, at)
    n: int = await db.fetchval("SELECT durable.materialize_schedules()")
    return n


async def finish_all(db: asyncpg.Connection) -> None:
    rows = await claim(db, "w", None, max_runs=1000)
    if rows:
        await db.fetchval("SELECT durable.complete('w', $1)", [r["run_id"] for r in rows])


# ---------------------------------------------------------------------- define and admin


async def test_define_computes_the_next_slot_and_upserts(ready: asyncpg.Connection) -> None:
    await ready.execute(
        "SELECT durable.define_schedule('nightly', 'report', '0 2 * * *',"
        " timezone => 'Europe/Berlin', args => '{\"kind\": \"daily\"}')"
    )
    row = await schedule(ready, "nightly")
    # 2030-01-01 02:00 CET = 01:00 UTC
    assert row["next_run_at"] == datetime(2030, 1, 1, 1, tzinfo=UTC)
    assert (row["enabled"], row["allow_concurrent"], row["catch_up"]) == (
        True,
        False,
        "skip_missed",
    )
    assert json.loads(row["args"]) == {"kind": "daily"} and row["origin"] is None
    # The same cron again (other args): the slot it waits for is kept.
    await set_clock(ready, T0 + timedelta(minutes=30))
    await ready.execute(
        "SELECT durable.define_schedule('nightly', 'report', '0 2 * * *',"
        " timezone => 'Europe/Berlin', args => '{\"kind\": \"other\"}')"
    )
    assert (await schedule(ready, "nightly"))["next_run_at"] == datetime(2030, 1, 1, 1, tzinfo=UTC)
    # Another cron: the next slot from now.
    await ready.execute(
        "SELECT durable.define_schedule('nightly', 'report', '15 * * * *', timezone => 'UTC')"
    )
    assert (await schedule(ready, "nightly"))["next_run_at"] == T0 + timedelta(minutes=75)


@pytest.mark.parametrize(
    ("sqlstate", "sql", "match"),
    [
        ("DS003", "SELECT durable.define_schedule('s', 'nope', '* * * * *')", "unknown job 'nope'"),
        ("DS011", "SELECT durable.define_schedule('s', 'report', '61 * * * *')", "minute"),
        ("DS011", "SELECT durable.define_schedule('s', 'report', '* * * *')", "4 fields"),
        ("DS011", "SELECT durable.define_schedule('s', 'report', '0 0 31 2 *')", "never"),
        (
            "DS012",
            "SELECT durable.define_schedule('s', 'report', '* * * * *',"
            " timezone => 'W. Europe Standard Time')",
            "W. Europe Standard Time",
        ),
        (
            "DS012",
            "SELECT durable.define_schedule('s', 'report', '* * * * *', timezone => 'CET')",
            "CET",
        ),
        (
            "DS001",
            "SELECT durable.define_schedule('s', 'report', '* * * * *', args => '[1]')",
            "args must be a JSON object",
        ),
        (
            "DS001",
            "SELECT durable.define_schedule('s', 'report', '* * * * *', catch_up => 'all')",
            "'all'",
        ),
        ("DS002", "SELECT durable.define_schedule('', 'report', '* * * * *')", "schedule name"),
        ("DS013", "SELECT durable.set_schedule_enabled('ghost', true)", "unknown schedule 'ghost'"),
        ("DS001", "SELECT durable.set_schedule_enabled('nightly', NULL)", "NULL"),
        ("DS013", "SELECT durable.update_schedule_cron('ghost', '* * * * *')", "'ghost'"),
        ("DS011", "SELECT durable.update_schedule_cron('nightly', '* * *')", "3 fields"),
        (
            "DS012",
            "SELECT durable.update_schedule_cron('nightly', '* * * * *', 'Mars/Olympus')",
            "Mars/Olympus",
        ),
        ("DS013", "SELECT durable.run_schedule_now('ghost')", "'ghost'"),
        ("DS001", "SELECT durable.materialize_schedules('infinity')", "infinity"),
    ],
)
async def test_bad_input_changes_nothing(
    ready: asyncpg.Connection, sqlstate: str, sql: str, match: str
) -> None:
    await ready.execute("SELECT durable.define_schedule('nightly', 'report', '0 2 * * *')")
    await expect_error(ready, sqlstate, sql, match=match)


async def test_enable_disable_and_update_cron(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.define_schedule('s', 'report', '*/10 * * * *')")
    assert await ready.fetchval("SELECT durable.set_schedule_enabled('s', false)") is None
    row = await schedule(ready, "s")
    assert (row["enabled"], row["next_run_at"]) == (False, None)
    assert await materialize(ready, T0 + 3 * HOUR) == 0  # disabled: nothing, even if overdue
    # Enabling computes the next slot from now, not from when it was disabled.
    assert await ready.fetchval("SELECT durable.set_schedule_enabled('s', true)") == (
        T0 + 3 * HOUR + timedelta(minutes=10)
    )
    assert await ready.fetchval(
        "SELECT durable.update_schedule_cron('s', '0 9 * * *', 'America/New_York')"
    ) == datetime(2030, 1, 1, 14, tzinfo=UTC)
    row = await schedule(ready, "s")
    assert (row["cron"], row["timezone"]) == ("0 9 * * *", "America/New_York")
    # NULL keeps the zone.
    await ready.fetchval("SELECT durable.update_schedule_cron('s', '30 9 * * *')")
    assert (await schedule(ready, "s"))["timezone"] == "America/New_York"


async def test_run_now_leaves_the_cron_alone(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.define_schedule('s', 'report', '0 * * * *')")
    before = (await schedule(ready, "s"))["next_run_at"]
    run_id = await ready.fetchval("SELECT durable.run_schedule_now('s')")
    row = await schedule(ready, "s")
    assert row["next_run_at"] == before and row["last_run_id"] == run_id
    assert row["last_run_status"] == "pending"
    # allow_concurrent false: while that run is live, run-now returns it.
    assert await ready.fetchval("SELECT durable.run_schedule_now('s')") == run_id
    assert len(await runs_of(ready, "s")) == 1
    await finish_all(ready)
    again = await ready.fetchval("SELECT durable.run_schedule_now('s')")
    assert again != run_id and (await schedule(ready, "s"))["last_run_status"] == "pending"


# ---------------------------------------------------------------------- materialize


async def test_a_due_slot_is_enqueued_once_with_its_slot_time(ready: asyncpg.Connection) -> None:
    await ready.execute(
        "SELECT durable.define_schedule('s', 'report', '*/15 * * * *', args => '{\"n\": 1}')"
    )
    assert await materialize(ready, T0 + timedelta(minutes=14)) == 0
    assert await materialize(ready, T0 + timedelta(minutes=15, seconds=3)) == 1
    assert await materialize(ready, T0 + timedelta(minutes=15, seconds=4)) == 0
    [run] = await runs_of(ready, "s")
    assert run["run_at"] == T0 + timedelta(minutes=15)
    assert json.loads(run["args"]) == {"n": 1}
    assert json.loads(run["meta"])["schedule"] == "s"
    row = await schedule(ready, "s")
    assert row["next_run_at"] == T0 + timedelta(minutes=30)
    assert row["last_run_at"] == T0 + timedelta(minutes=15)


async def test_skip_missed_jumps_to_the_next_future_slot(ready: asyncpg.Connection) -> None:
    await ready.execute(
        "SELECT durable.define_schedule('s', 'report', '0 * * * *', allow_concurrent => true)"
    )
    # Down from 00:30 to 05:40: the 01:00 … 05:00 slots were missed.
    assert await materialize(ready, T0 + 5 * HOUR + timedelta(minutes=40)) == 1
    [run] = await runs_of(ready, "s")
    assert run["run_at"] == T0 + HOUR  # the overdue slot, once
    assert (await schedule(ready, "s"))["next_run_at"] == T0 + 6 * HOUR


async def test_catch_up_enqueues_every_missed_slot(ready: asyncpg.Connection) -> None:
    await ready.execute(
        "SELECT durable.define_schedule('s', 'report', '0 * * * *', allow_concurrent => true,"
        " catch_up => 'catch_up')"
    )
    assert await materialize(ready, T0 + 5 * HOUR + timedelta(minutes=40)) == 5
    assert [r["run_at"] for r in await runs_of(ready, "s")] == [T0 + i * HOUR for i in range(1, 6)]
    assert (await schedule(ready, "s"))["next_run_at"] == T0 + 6 * HOUR


async def test_catch_up_without_concurrency_goes_one_at_a_time(ready: asyncpg.Connection) -> None:
    await ready.execute(
        "SELECT durable.define_schedule('s', 'report', '0 * * * *', catch_up => 'catch_up')"
    )
    late = T0 + 3 * HOUR + timedelta(minutes=5)
    slots = []
    for _ in range(3):
        assert await materialize(ready, late) == 1
        assert await materialize(ready, late) == 0  # the last run is still live: wait
        slots.append((await runs_of(ready, "s"))[-1]["run_at"])
        await finish_all(ready)
    assert slots == [T0 + HOUR, T0 + 2 * HOUR, T0 + 3 * HOUR]
    assert await materialize(ready, late) == 0  # current now
    assert (await schedule(ready, "s"))["next_run_at"] == T0 + 4 * HOUR


async def test_catch_up_bursts_are_bounded_per_call(ready: asyncpg.Connection) -> None:
    await ready.execute(
        "SELECT durable.define_schedule('s', 'report', '* * * * *', allow_concurrent => true,"
        " catch_up => 'catch_up')"
    )
    assert await materialize(ready, T0 + 5 * HOUR) == 100
    assert await materialize(ready, T0 + 5 * HOUR) == 100
    assert (await schedule(ready, "s"))["next_run_at"] == T0 + timedelta(minutes=201)


async def test_a_live_run_makes_skip_missed_skip_the_slot(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.define_schedule('s', 'report', '* * * * *')")
    assert await materialize(ready, T0 + timedelta(minutes=1)) == 1
    assert await materialize(ready, T0 + timedelta(minutes=2)) == 0  # run 1 still pending
    row = await schedule(ready, "s")
    assert row["last_skipped_at"] == T0 + timedelta(minutes=2)
    assert row["next_run_at"] == T0 + timedelta(minutes=3)
    await finish_all(ready)
    assert await materialize(ready, T0 + timedelta(minutes=3)) == 1


async def test_spring_forward_in_berlin(ready: asyncpg.Connection) -> None:
    """02:30 does not exist on 2030-03-31 in Berlin: that day's run is at 03:30 CEST."""
    await set_clock(ready, datetime(2030, 3, 29, 12, tzinfo=UTC))
    await ready.execute(
        "SELECT durable.define_schedule('s', 'report', '30 2 * * *', timezone => 'Europe/Berlin',"
        " allow_concurrent => true)"
    )
    fired = []
    at = datetime(2030, 3, 29, 12, tzinfo=UTC)
    for _ in range(4 * 24):
        at += HOUR
        await materialize(ready, at)
    fired = [r["run_at"] for r in await runs_of(ready, "s")]
    assert fired == [
        datetime(2030, 3, 30, 1, 30, tzinfo=UTC),  # 02:30 CET
        datetime(2030, 3, 31, 1, 30, tzinfo=UTC),  # 03:30 CEST, shifted by the gap
        datetime(2030, 4, 1, 0, 30, tzinfo=UTC),  # 02:30 CEST
        datetime(2030, 4, 2, 0, 30, tzinfo=UTC),
    ]


async def test_concurrent_materializers_enqueue_each_slot_once(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    for i in range(20):
        await ready.execute(
            "SELECT durable.define_schedule($1, 'report', '* * * * *', allow_concurrent => true)",
            f"s{i}",
        )
    conns = [await connect() for _ in range(8)]
    ticks = 30
    for minute in range(1, ticks + 1):
        at = T0 + timedelta(minutes=minute, seconds=1)
        for conn in conns:
            await set_clock(conn, at)
        await asyncio.gather(
            *(conn.fetchval("SELECT durable.materialize_schedules()") for conn in conns)
        )
    rows = await ready.fetch(
        "SELECT meta->>'schedule' AS s, run_at, count(*) AS n FROM durable.runs"
        " WHERE meta ? 'schedule' GROUP BY 1, 2"
    )
    assert all(r["n"] == 1 for r in rows), [r for r in rows if r["n"] > 1]
    assert len(rows) == 20 * ticks  # and none is missing


# ---------------------------------------------------------------------- registration sync


async def sync(
    db: asyncpg.Connection, owner: str, specs: list[dict[str, object]], **policy: str
) -> dict[str, str]:
    rows = await db.fetch(
        "SELECT name, action FROM durable.sync_schedules($1, $2::jsonb, $3, $4)",
        owner,
        json.dumps(specs),
        policy.get("existing"),
        policy.get("orphaned"),
    )
    return {r["name"]: r["action"] for r in rows}


async def test_sync_keeps_what_an_operator_changed(ready: asyncpg.Connection) -> None:
    spec = {"name": "digest", "job_name": "report", "cron": "0 8 * * *", "timezone": "UTC"}
    assert await sync(ready, "billing", [spec]) == {"digest": "created"}
    assert (await schedule(ready, "digest"))["origin"] == "billing"
    await ready.fetchval("SELECT durable.update_schedule_cron('digest', '0 9 * * *')")
    await ready.fetchval("SELECT durable.set_schedule_enabled('digest', false)")
    assert await sync(ready, "billing", [spec]) == {"digest": "kept"}
    row = await schedule(ready, "digest")
    assert (row["cron"], row["enabled"]) == ("0 9 * * *", False)
    assert await sync(ready, "billing", [spec], existing="update_from_code") == {
        "digest": "updated"
    }
    row = await schedule(ready, "digest")
    assert (row["cron"], row["enabled"]) == ("0 8 * * *", True)


async def test_sync_disables_orphans_of_its_owner_only(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.define_schedule('by-sql', 'report', '* * * * *')")
    old = {"name": "old-name", "job_name": "report", "cron": "0 1 * * *"}
    new = {"name": "new-name", "job_name": "report", "cron": "0 1 * * *"}
    other = {"name": "theirs", "job_name": "report", "cron": "0 1 * * *"}
    await sync(ready, "app-a", [old])
    await sync(ready, "app-b", [other])
    # app-a renamed its schedule: the old record is disabled, the new one created.
    assert await sync(ready, "app-a", [new]) == {"new-name": "created", "old-name": "disabled"}
    states = {
        r["name"]: r["enabled"]
        for r in await ready.fetch("SELECT name, enabled FROM durable.schedules")
    }
    assert states == {"by-sql": True, "old-name": False, "new-name": True, "theirs": True}
    await sync(ready, "app-b", [], orphaned="ignore")
    assert (await schedule(ready, "theirs"))["enabled"] is True


@pytest.mark.parametrize(
    ("specs", "policy", "match"),
    [
        ("{}", {}, "schedules must be a JSON array"),
        ("[1]", {}, "JSON object"),
        ('[{"name": "x", "job_name": "report", "cron": "bad"}]', {}, "1 field"),
        ("[]", {"existing": "merge"}, "'merge'"),
        ("[]", {"orphaned": "delete"}, "'delete'"),
    ],
)
async def test_bad_sync_input_changes_nothing(
    ready: asyncpg.Connection, specs: str, policy: dict[str, str], match: str
) -> None:
    sqlstate = "DS011" if "bad" in specs else "DS001"
    await expect_error(
        ready,
        sqlstate,
        "SELECT * FROM durable.sync_schedules('app', $1::jsonb, $2, $3)",
        specs,
        policy.get("existing"),
        policy.get("orphaned"),
        match=match,
    )
