"""The Python worker, client and CLI on a sqlite:// file, unchanged (the checks are in
tests/polling_dialects.py): an App with handlers runs to completion, a failing handler
retries, `durablesql worker` serves and stops on SIGTERM, and with no NOTIFY the worker
says at start-up that it polls."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from durablesql.cli import cli
from durablesql.driver import Driver
from tests import polling_dialects as checks


async def test_an_app_runs_its_jobs_and_retries_a_failing_one(
    sqlite_dsn: str, sqlite_driver: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    await checks.an_app_runs_its_jobs_and_retries_a_failing_one(
        sqlite_dsn, sqlite_driver, caplog, ("SQLite 3.",)
    )


async def test_app_wait_and_status_without_notifications(sqlite_dsn: str) -> None:
    await checks.app_wait_and_status_without_notifications(sqlite_dsn)


def test_the_cli_worker_serves_and_stops_on_sigterm(sqlite_dsn: str) -> None:
    checks.the_cli_worker_serves_and_stops_on_sigterm(sqlite_dsn)


def test_migrate_installs_a_new_file_and_then_does_nothing(tmp_path: object) -> None:
    env = {"DURABLESQL_DSN": f"sqlite:///{tmp_path}/new.db"}
    first = CliRunner().invoke(cli, ["migrate"], env=env)
    assert first.exit_code == 0 and "0017_attempt_errors" in first.output, first.output
    again = CliRunner().invoke(cli, ["migrate"], env=env)
    assert again.exit_code == 0 and "0017_attempt_errors" in again.output, again.output
