"""The Python worker, client and CLI on MariaDB/MySQL, unchanged (the checks are in
tests/polling_dialects.py): an App with handlers runs to completion, a failing handler
retries, `durablesql worker` serves and stops on SIGTERM, and with no NOTIFY the worker
says at start-up that it polls."""

from __future__ import annotations

import pytest

from durablesql.driver import Driver
from tests import polling_dialects as checks


async def test_an_app_runs_its_jobs_and_retries_a_failing_one(
    mysql_dsn: str, mysql_driver: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    await checks.an_app_runs_its_jobs_and_retries_a_failing_one(
        mysql_dsn, mysql_driver, caplog, ("MariaDB", "MySQL")
    )


async def test_app_wait_and_status_without_notifications(mysql_dsn: str) -> None:
    await checks.app_wait_and_status_without_notifications(mysql_dsn)


def test_the_cli_worker_serves_and_stops_on_sigterm(mysql_dsn: str) -> None:
    checks.the_cli_worker_serves_and_stops_on_sigterm(mysql_dsn)
