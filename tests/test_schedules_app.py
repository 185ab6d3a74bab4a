"""Schedules from Python: declarations, registration sync at worker start, the
worker's materialise tick, and the CLI."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

import asyncpg
from typer.testing import CliRunner

from durablesql import App, JobContext
from durablesql.cli import cli
from durablesql.schedules import ScheduleSync
from tests.workers import running, wait_for

runner = CliRunner()


def invoke(dsn: str | None, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, list(args), env={"DURABLESQL_DSN": dsn} if dsn else {})


async def test_a_worker_registers_and_runs_a_cron_job(dsn: str, db: asyncpg.Connection) -> None:
    app = App(dsn=dsn, name="ticker")
    seen: list[dict[str, Any]] = []

    @app.job("tick", queue="ticks", cron="* * * * * *")  # every second
    async def tick(ctx: JobContext, args: dict[str, Any]) -> None:
        seen.append(args)

    app.schedule("tick-tagged", "tick", "*/2 * * * * *", args={"tag": "b"}, allow_concurrent=True)
    async with running(app, schedule_interval=0.2):
        await wait_for(lambda: _at_least(db, 3), timeout=20)
    rows = await db.fetch("SELECT name, origin, enabled FROM durable.schedules ORDER BY name")
    assert [tuple(r) for r in rows] == [("tick", "ticker", True), ("tick-tagged", "ticker", True)]
    assert {} in seen and {"tag": "b"} in seen
    # The run says which schedule and slot it came from.
    meta = await db.fetchval(
        "SELECT meta FROM durable.all_runs WHERE meta->>'schedule' = 'tick' LIMIT 1"
    )
    assert json.loads(meta)["schedule"] == "tick"
    await app.close()


async def _at_least(db: asyncpg.Connection, n: int) -> bool:
    done: int = await db.fetchval(
        "SELECT count(*) FROM durable.all_runs WHERE status = 'succeeded' AND meta ? 'schedule'"
    )
    return done >= n


async def test_sync_policies_at_worker_start(dsn: str, db: asyncpg.Connection) -> None:
    first = App(dsn=dsn, name="svc")

    @first.job("nightly", cron="0 2 * * *", timezone="Europe/Berlin")
    async def nightly(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    @first.job("hourly", cron="0 * * * *")
    async def hourly(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    assert dict(await first.sync_schedules()) == {"nightly": "created", "hourly": "created"}
    await db.fetchval("SELECT durable.update_schedule_cron('nightly', '0 3 * * *')")
    await first.close()

    # A new version of the program: hourly is gone, nightly keeps the operator's cron.
    second = App(dsn=dsn, name="svc")

    @second.job("nightly", cron="0 2 * * *", timezone="Europe/Berlin")
    async def nightly2(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async with running(second, schedule_interval=0):
        pass
    rows = {
        r["name"]: (r["cron"], r["enabled"])
        for r in await db.fetch("SELECT name, cron, enabled FROM durable.schedules")
    }
    assert rows == {"nightly": ("0 3 * * *", True), "hourly": ("0 * * * *", False)}
    await second.close()

    # Code authoritative, orphans ignored.
    third = App(
        dsn=dsn,
        name="svc",
        schedule_sync=ScheduleSync(existing="update_from_code", orphaned="ignore"),
    )
    third.include(second)
    assert dict(await third.sync_schedules()) == {"nightly": "updated"}
    assert await db.fetchval("SELECT cron FROM durable.schedules WHERE name = 'nightly'") == (
        "0 2 * * *"
    )
    await third.close()


def test_schedule_cli(dsn: str) -> None:
    async def setup() -> None:
        conn = await asyncpg.connect(dsn)
        await conn.execute("SELECT durable.define_job('report')")
        await conn.close()

    asyncio.run(setup())
    defined = invoke(dsn, "schedules", "define", "nightly", "report", "0 2 * * *", "--tz", "UTC")
    assert defined.exit_code == 0, defined.output
    assert defined.output.startswith("schedule nightly: next run ")
    listing = invoke(dsn, "schedules", "list")
    assert listing.exit_code == 0 and "nightly" in listing.output and "0 2 * * *" in listing.output
    off = invoke(dsn, "schedules", "disable", "nightly")
    assert off.exit_code == 0 and "none (disabled)" in off.output
    on = invoke(dsn, "schedules", "enable", "nightly")
    assert on.exit_code == 0 and "02:00:00" in on.output
    moved = invoke(dsn, "schedules", "set-cron", "nightly", "30 6 * * *", "--tz", "Asia/Kolkata")
    assert moved.exit_code == 0 and "01:00:00" in moved.output  # 06:30 IST = 01:00 UTC
    run = invoke(dsn, "schedules", "run-now", "nightly")
    assert run.exit_code == 0 and run.output.strip().isdigit()
    for args, text in [
        (["schedules", "enable", "ghost"], "unknown schedule 'ghost'"),
        (["schedules", "set-cron", "nightly", "* * *"], "3 fields"),
        (["schedules", "set-cron", "nightly", "0 1 * * *", "--tz", "CET"], "unknown time zone"),
        (["schedules", "define", "x", "nope", "* * * * *"], "unknown job 'nope'"),
    ]:
        result = invoke(dsn, *args)
        assert result.exit_code == 1 and result.output.startswith("error: "), result.output
        assert text in result.output and "Traceback" not in result.output


PREVIEW = [
    "schedules", "next", "0 2 * * *", "--tz", "Europe/Berlin", "--count", "3",
    "--after", "2030-03-29T12:00:00+00:00",
]  # fmt: skip
BERLIN_SPRING = [
    datetime(2030, 3, 30, 1, tzinfo=UTC),
    datetime(2030, 3, 31, 1, tzinfo=UTC),  # no 02:00 that day: 03:00 CEST
    datetime(2030, 4, 1, 0, tzinfo=UTC),
]


def preview_times(output: str) -> list[datetime]:
    lines = [line for line in output.splitlines() if not line.startswith("note: ")]
    return [datetime.fromisoformat(line).astimezone(UTC) for line in lines]


def test_schedules_next_asks_the_database(dsn: str) -> None:
    result = invoke(dsn, *PREVIEW)
    assert result.exit_code == 0, result.output
    assert "note:" not in result.output  # durable.cron_preview answered
    assert preview_times(result.output) == BERLIN_SPRING
    bad = invoke(dsn, "schedules", "next", "61 * * * *")
    assert bad.exit_code == 1 and bad.output.startswith("error: ") and "61" in bad.output


def test_schedules_next_previews_offline_and_says_so() -> None:
    for unreachable in ("postgresql://nobody@127.0.0.1:1/none", None):
        result = invoke(unreachable, *PREVIEW)
        assert result.exit_code == 0, result.output
        assert "previewed offline with croniter" in result.output
        assert preview_times(result.output) == BERLIN_SPRING
    bad = invoke(None, "schedules", "next", "61 * * * *")
    assert bad.exit_code == 1 and bad.output.startswith("error: ") and "Traceback" not in bad.output
    bad_zone = invoke(None, "schedules", "next", "* * * * *", "--tz", "Eastern Standard Time")
    assert bad_zone.exit_code == 1 and "unknown time zone" in bad_zone.output
