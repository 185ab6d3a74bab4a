"""keep_succeeded from Python and the worker's retention sweep, through the driver
(every dialect)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from typer.testing import CliRunner

from durablesql import App, JobContext
from durablesql.cli import cli
from durablesql.driver import Driver, NewRun
from durablesql.errors import ConfigurationError, InvalidArgument, UnknownRun
from tests.workers import claim, define, running, runs, wait_for


@pytest.fixture
def app(dsn: str) -> App:
    return App(dsn=dsn)


async def test_a_job_that_keeps_no_successes(app: App, driver: Driver) -> None:
    done: list[int] = []

    @app.job("ping", keep_succeeded=False, max_attempts=1)
    async def ping(ctx: JobContext, args: dict[str, Any]) -> str:
        if args.get("fail"):
            raise RuntimeError("no pong")
        done.append(ctx.run_id)
        return "pong"

    async with running(app):
        ok = await app.enqueue("ping", {})
        waited = await app.wait(ok, timeout=30)
        bad = await app.enqueue("ping", {"fail": True})
        failed = await app.wait(bad, timeout=30)
    assert done == [ok]
    assert waited.status == "succeeded" and waited.result is None and waited.is_terminal
    assert await driver.get_run(ok) is None  # no row at all
    assert failed.status == "failed" and failed.error is not None and "no pong" in failed.error
    assert [r.run_id for r in await runs(driver)] == [bad]
    with pytest.raises(UnknownRun, match="keep_succeeded=False"):
        await app.wait(ok, timeout=5)


def test_keep_succeeded_must_be_a_bool(app: App) -> None:
    with pytest.raises(InvalidArgument, match="keep_succeeded must be True or False, got 'no'"):
        app.job("x", keep_succeeded="no")  # type: ignore[arg-type]


async def old_history(driver: Driver, n: int) -> list[int]:
    """n runs that succeeded 40 days ago (the default retention is 30 days)."""
    await define(driver, "old", queue="old")
    await driver.set_fake_now(datetime.now(UTC) - timedelta(days=40))
    ids = [await driver.enqueue(NewRun("old")) for _ in range(n)]
    claimed = await claim(driver, "w-old", "old", max_runs=n)
    assert await driver.complete("w-old", [r.run_id for r in claimed], None) == n
    await driver.set_fake_now(None)
    return ids


async def test_the_worker_sweeps_old_runs_away(
    app: App, driver: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    await old_history(driver, 25)

    @app.job("recent")
    async def recent(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    run_id = await app.enqueue("recent", {})
    caplog.set_level(logging.INFO, logger="durablesql.worker")
    async with running(app, retention_sweep=0.5):
        await app.wait(run_id, timeout=30)

        async def swept() -> bool:
            return [r.run_id for r in await runs(driver)] == [run_id]

        await wait_for(swept, timeout=30)
    assert "retention sweep every 0.5s" in caplog.text
    assert "retention sweep removed 25 finished runs" in caplog.text


async def test_retention_sweep_off(app: App, driver: Driver) -> None:
    ids = await old_history(driver, 3)

    @app.job("recent")
    async def recent(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    async with running(app, retention_sweep=0) as worker:
        assert worker.retention_sweep == 0
        run_id = await app.enqueue("recent", {})
        await app.wait(run_id, timeout=30)
    assert sorted(r.run_id for r in await runs(driver, "succeeded")) == sorted([*ids, run_id])


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf"), True])
def test_bad_retention_sweep(app: App, bad: float) -> None:
    @app.job("recent")
    async def recent(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    with pytest.raises(ConfigurationError, match="retention_sweep must be ≥ 0 seconds"):
        app.worker(retention_sweep=bad)


def test_cli_retention_sweep_errors_in_one_line(dsn: str) -> None:
    def worker(value: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(
            cli,
            ["worker", "tests.cli_app:app", "--retention-sweep", value],
            env={"DURABLESQL_DSN": dsn},
        )

    for bad in ("-5", "inf", "nan"):
        result = worker(bad)
        assert result.exit_code == 1, result.output
        assert result.output == (
            f"error: retention_sweep must be ≥ 0 seconds (0: off), got {float(bad)}\n"
        )
    result = worker("soon")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--retention-sweep" in result.output and "soon" in result.output
