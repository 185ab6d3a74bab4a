"""App: the registry, discovery by import path, retry policies, defaults, embedded persistence."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from durablesql import App, Backoff, Fixed, JobContext, JobRegistry
from durablesql.driver import Driver, NewRun
from durablesql.errors import (
    ConfigurationError,
    InvalidArgument,
    InvalidCron,
    UnknownJob,
    UnknownTimeZone,
)
from durablesql.schedules import ScheduleSync
from tests.workers import get, running, wait_terminal

ROOT = Path(__file__).resolve().parent.parent


def test_include_walks_a_package_and_collects_its_registries() -> None:
    app = App(dsn="postgresql://unused", include=["tests.discovery"])
    assert sorted(app.jobs) == ["charge", "send-mail"]
    assert app.jobs["charge"].max_attempts == 7 and not app.jobs["charge"].is_async
    assert app.queues == ["billing", "mail"]


def test_include_one_registry_by_path_or_object() -> None:
    from tests.discovery.billing.charges import registry

    app = App(dsn="postgresql://unused")
    app.include("tests.discovery.mail:jobs")
    assert list(app.jobs) == ["send-mail"]
    app.include(registry)
    assert sorted(app.jobs) == ["charge", "send-mail"]
    app.include(registry)  # the same handlers again: fine


def test_include_errors() -> None:
    app = App(dsn="postgresql://unused")
    with pytest.raises(ConfigurationError, match=r"cannot import 'no\.such\.module'"):
        app.include("no.such.module")
    with pytest.raises(ConfigurationError, match="is not a JobRegistry"):
        app.include("tests.discovery.mail:send_mail")
    other = JobRegistry()

    @other.job("send-mail")
    async def impostor(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    app.include("tests.discovery.mail:jobs")
    with pytest.raises(ConfigurationError, match="registered twice"):
        app.include(other)


def test_decorator_rejects_bad_declarations() -> None:
    app = App(dsn="postgresql://unused")
    with pytest.raises(InvalidArgument):
        app.job("")
    with pytest.raises(InvalidCron, match="4 fields"):
        app.job("nightly", cron="0 2 * *")
    with pytest.raises(InvalidCron, match="not a valid cron"):
        app.job("nightly", cron="0 25 * * *")
    with pytest.raises(UnknownTimeZone, match="Eastern Standard Time"):
        app.job("nightly", cron="0 2 * * *", timezone="Eastern Standard Time")
    assert app.jobs == {} and app.schedules == {}  # nothing half-registered
    with pytest.raises(TypeError, match="seconds"):
        app.job("j", timeout="30")  # type: ignore[arg-type]


def test_retry_policies_become_define_job_parameters() -> None:
    assert Fixed(delay=7).sql_params() == ("fixed", timedelta(seconds=7), timedelta(seconds=7), 0.0)
    assert Fixed(delay=10, jitter=0.5).sql_params() == (
        "fixed",
        timedelta(seconds=10),
        timedelta(seconds=15),
        0.5,
    )
    assert Backoff().sql_params() == ("backoff", timedelta(seconds=10), timedelta(hours=1), 0.2)
    assert Backoff(initial=1.5, max=timedelta(minutes=2), jitter=0.2).sql_params() == (
        "backoff",
        timedelta(seconds=1.5),
        timedelta(minutes=2),
        0.2,
    )
    with pytest.raises(TypeError):
        Fixed(delay=True).sql_params()


async def test_included_jobs_are_defined_and_run(dsn: str, driver: Driver) -> None:
    app = App(dsn=dsn, include=["tests.discovery"])
    async with running(app) as worker:
        assert worker.name == f"{socket.gethostname()}-{os.getpid()}"  # the default
        assert sorted(worker.queues) == ["billing", "mail"]
        a = await app.enqueue("send-mail", {"to": "ada"})
        b = await app.enqueue("charge", {"cents": 250})
        assert await wait_terminal(driver, [a, b]) == {a: "succeeded", b: "succeeded"}
    assert (await app.get_run(a)).result == "mailed ada"  # type: ignore[union-attr]
    assert (await app.get_run(b)).result == 250  # type: ignore[union-attr]
    # Each job was defined with its queue (a run enqueued without one takes its job's),
    # and no other queue exists.
    jobs = {run.job_name: run.queue for run in [await get(driver, a), await get(driver, b)]}
    assert jobs == {"send-mail": "mail", "charge": "billing"}
    assert [q.queue for q in await driver.queue_stats()] == ["billing", "mail"]
    with pytest.raises(UnknownJob, match="never-defined"):
        await app.enqueue("never-defined")
    await app.close()


async def test_app_retry_and_cancel(dsn: str) -> None:
    app = App(dsn=dsn, include=["tests.discovery"])
    run_id = await app.enqueue("send-mail", {"to": "x"})
    assert await app.cancel(run_id) is True
    assert await app.retry(run_id) == run_id
    run = await app.get_run(run_id)
    assert run is not None and run.status == "pending" and run.attempt == 0
    await app.close()


async def test_a_naive_run_at_is_refused(dsn: str) -> None:
    """A datetime without a zone could mean any zone's wall clock: refused, not guessed."""
    app = App(dsn=dsn, include=["tests.discovery"])
    naive = datetime(2030, 1, 1, 9, 0)
    with pytest.raises(InvalidArgument, match="run_at must be an aware datetime"):
        await app.enqueue("send-mail", {"to": "x"}, run_at=naive)
    with pytest.raises(InvalidArgument, match="run_at must be an aware datetime"):
        await app.enqueue_many("send-mail", [{"to": "x"}], run_at=naive)
    assert await (await app.driver()).list_runs() == []
    await app.close()


def test_embedded_database_keeps_runs_across_restarts(tmp_path: Path) -> None:
    """With no DSN, each process starts (or joins) the embedded server; data persists."""
    env = {k: v for k, v in os.environ.items() if k != "DURABLESQL_DSN"}
    env |= {"DURABLESQL_DATA_DIR": str(tmp_path / "pgdata"), "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> str:
        done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    first = run(
        sys.executable,
        "-c",
        (
            "import asyncio; from tests.cli_app import app\n"
            "async def main():\n"
            "    print(await app.enqueue('greet', {'name': 'first'}))\n"
            "    await app.close()\n"
            "asyncio.run(main())"
        ),
    )
    second = run(
        sys.executable, "-m", "durablesql.cli", "enqueue", "greet", "--args", '{"name": "second"}'
    )
    assert int(second) == int(first) + 1  # the first process's run is still there
    listing = run(sys.executable, "-m", "durablesql.cli", "runs", "list")
    assert [line.split()[:4] for line in listing.splitlines()[2:]] == [
        [second.strip(), "greet", "greetings", "pending"],
        [first.strip(), "greet", "greetings", "pending"],
    ]


async def test_bad_definitions_stop_the_worker_at_start(dsn: str, driver: Driver) -> None:
    app = App(dsn=dsn)

    @app.job("never", max_attempts=0)
    async def never(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    with pytest.raises(InvalidArgument, match="max_attempts must be between 1 and 10000, got 0"):
        async with running(app):
            pass
    # No job was defined (defining one makes its queue), and no worker registered.
    assert await driver.queue_stats() == []
    with pytest.raises(UnknownJob, match="never"):
        await driver.enqueue(NewRun("never"))
    assert await driver.worker_status() == []


@pytest.mark.parametrize(
    ("sync", "catch_up", "error"),
    [
        (ScheduleSync(existing="merge"), "skip_missed", "existing must be keep_database or"),
        (ScheduleSync(orphaned="drop"), "skip_missed", "orphaned must be disable or ignore"),
        (ScheduleSync(), "everything", "catch_up must be skip_missed or catch_up"),
    ],
)
async def test_schedule_words_are_checked_by_the_database_at_start(
    dsn: str, sync: ScheduleSync, catch_up: str, error: str
) -> None:
    """The accepted words live in the engine (durable.limits()); a worker starting
    with a bad one stops with the engine's message and registers nothing."""
    app = App(dsn=dsn, schedule_sync=sync)

    @app.job("nightly")
    async def nightly(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    app.schedule("s", "nightly", "0 2 * * *", catch_up=catch_up)
    with pytest.raises(InvalidArgument, match=error):
        async with running(app):
            pass
    assert (
        await app.driver() and [s.name for s in await (await app.driver()).schedule_status()] == []
    )
    assert await (await app.driver()).worker_status() == []
    await app.close()
