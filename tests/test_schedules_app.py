"""Schedules from Python: declarations, registration sync at worker start, the
worker's materialise tick, and the CLI; looked at through the driver
(``durablesql.driver``), for every dialect."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from typer.testing import CliRunner

from durablesql import App, JobContext
from durablesql.cli import cli
from durablesql.driver import Driver
from durablesql.schedules import ScheduleSync
from tests.workers import define, look, running, runs, wait_for

runner = CliRunner()


def invoke(dsn: str | None, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, list(args), env={"DURABLESQL_DSN": dsn} if dsn else {})


async def test_a_worker_registers_and_runs_a_cron_job(dsn: str, driver: Driver) -> None:
    app = App(dsn=dsn, name="ticker")
    seen: list[dict[str, Any]] = []

    @app.job("tick", queue="ticks", cron="* * * * * *")  # every second
    async def tick(ctx: JobContext, args: dict[str, Any]) -> None:
        seen.append(args)

    app.schedule("tick-tagged", "tick", "*/2 * * * * *", args={"tag": "b"}, allow_concurrent=True)
    async with running(app, schedule_interval=0.2):
        await wait_for(lambda: _at_least(driver, 3), timeout=20)
    rows = [(s.name, s.origin, s.enabled) for s in await driver.schedule_status()]
    assert rows == [("tick", "ticker", True), ("tick-tagged", "ticker", True)]
    assert {} in seen and {"tag": "b"} in seen
    # The run says which schedule and slot it came from.
    assert any((run.meta or {}).get("schedule") == "tick" for run in await runs(driver))
    await app.close()


async def _at_least(driver: Driver, n: int) -> bool:
    done = [run for run in await runs(driver, "succeeded") if "schedule" in (run.meta or {})]
    return len(done) >= n


async def test_sync_policies_at_worker_start(dsn: str, driver: Driver) -> None:
    first = App(dsn=dsn, name="svc")

    @first.job("nightly", cron="0 2 * * *", timezone="Europe/Berlin")
    async def nightly(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    @first.job("hourly", cron="0 * * * *")
    async def hourly(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    assert dict(await first.sync_schedules()) == {"nightly": "created", "hourly": "created"}
    await driver.update_schedule_cron("nightly", "0 3 * * *", None)
    await first.close()

    # A new version of the program: hourly is gone, nightly keeps the operator's cron.
    second = App(dsn=dsn, name="svc")

    @second.job("nightly", cron="0 2 * * *", timezone="Europe/Berlin")
    async def nightly2(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async with running(second, schedule_interval=0):
        pass
    rows = {s.name: (s.cron, s.enabled) for s in await driver.schedule_status()}
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
    assert {s.name: s.cron for s in await driver.schedule_status()}["nightly"] == "0 2 * * *"
    await third.close()


def test_schedule_cli(dsn: str) -> None:
    look(dsn, lambda driver: define(driver, "report"))
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
