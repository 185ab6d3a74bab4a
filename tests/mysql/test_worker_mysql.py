"""The Python worker, client and CLI on MariaDB/MySQL, unchanged: an App with
handlers runs to completion, a failing handler retries, `durablesql worker` serves
and stops on SIGTERM, and with no NOTIFY the worker says at start-up that it polls."""

from __future__ import annotations

import logging
import signal
import subprocess
import time
from typing import Any

import pytest
from typer.testing import CliRunner

from durablesql import App, Fixed, JobContext
from durablesql.cli import cli
from durablesql.driver import Driver, NewRun
from tests.workers import get, look, running, spawn_worker, wait_terminal


async def test_an_app_runs_its_jobs_and_retries_a_failing_one(
    mysql_dsn: str, mysql_driver: Driver, caplog: pytest.LogCaptureFixture
) -> None:
    app = App(dsn=mysql_dsn)
    attempts: list[int] = []

    @app.job("add", queue="maths")
    async def add(ctx: JobContext, args: dict[str, Any]) -> int:
        ctx.log(f"adding {args} ✓")
        ctx.progress(0.5, "half way")
        return int(args["a"]) + int(args["b"])

    @app.job("greet")
    def greet(ctx: JobContext, args: dict[str, Any]) -> str:
        return f"hello {args['name']} ✓"

    @app.job("flaky", max_attempts=3, retry=Fixed(delay=0))
    async def flaky(ctx: JobContext, args: dict[str, Any]) -> str:
        attempts.append(ctx.attempt)
        if ctx.attempt < 3:
            raise RuntimeError(f"boom on attempt {ctx.attempt}")
        return "third time"

    @app.job("doomed", max_attempts=2, retry=Fixed(delay=0))
    async def doomed(ctx: JobContext, args: dict[str, Any]) -> None:
        raise ValueError("never works")

    with caplog.at_level(logging.INFO, logger="durablesql"):
        async with running(app, concurrency=4):
            ids = [await app.enqueue("add", {"a": i, "b": 1}) for i in range(20)]
            ids += await app.enqueue_many("greet", [{"name": "Zoë"}, {"name": "名前"}])
            flaky_id = await app.enqueue("flaky")
            doomed_id = await app.enqueue("doomed")
            done = await wait_terminal(mysql_driver, [*ids, flaky_id, doomed_id], timeout=60)
    assert set(done[i] for i in ids) == {"succeeded"}
    assert [(await get(mysql_driver, i)).result for i in ids[:20]] == [i + 1 for i in range(20)]
    assert (await get(mysql_driver, ids[20])).result == "hello Zoë ✓"
    assert (await get(mysql_driver, ids[21])).result == "hello 名前 ✓"
    flaky_run = await get(mysql_driver, flaky_id)
    assert (done[flaky_id], flaky_run.attempt, flaky_run.result) == ("succeeded", 3, "third time")
    assert attempts == [1, 2, 3] and flaky_run.error == "boom on attempt 2"
    doomed_run = await get(mysql_driver, doomed_id)
    assert (done[doomed_id], doomed_run.attempt, doomed_run.error) == ("failed", 2, "never works")
    logs = await mysql_driver.get_logs(ids[0])
    assert [(line.message, line.level) for line in logs] == [("adding {'a': 0, 'b': 1} ✓", "info")]
    assert (await get(mysql_driver, ids[0])).progress == 0.5
    said = caplog.text
    assert "no push notifications: polling every" in said
    assert "MariaDB" in said or "MySQL" in said
    await app.close()


async def test_app_wait_and_status_without_notifications(mysql_dsn: str) -> None:
    app = App(dsn=mysql_dsn)

    @app.job("echo")
    async def echo(ctx: JobContext, args: dict[str, Any]) -> Any:
        return args

    async with running(app):
        run_id = await app.enqueue("echo", {"x": [1, 2.5, None, "ü"]})
        run = await app.wait(run_id, timeout=30)
    assert run.status == "succeeded" and run.result == {"x": [1, 2.5, None, "ü"]}
    await app.close()


def test_the_cli_worker_serves_and_stops_on_sigterm(mysql_dsn: str) -> None:
    runner = CliRunner()
    env = {"DURABLESQL_DSN": mysql_dsn}
    assert runner.invoke(cli, ["migrate"], env=env).exit_code == 0  # current: a no-op
    proc = spawn_worker(
        mysql_dsn,
        "tests.cli_app:app",
        "--concurrency",
        "4",
        "--poll-interval",
        "0.2",
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not look(mysql_dsn, lambda d: d.worker_status()):
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline
            time.sleep(0.1)
        ids = [
            look(mysql_dsn, lambda d: d.enqueue(NewRun("add", '{"a": 2, "b": 3}'))),
            look(mysql_dsn, lambda d: d.enqueue(NewRun("greet", '{"name": "Bob"}'))),
        ]
        while not all(
            r is not None and r.is_terminal
            for r in [look(mysql_dsn, lambda d, i=i: d.get_run(i)) for i in ids]  # type: ignore[misc]
        ):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        results = [look(mysql_dsn, lambda d, i=i: d.get_run(i)) for i in ids]  # type: ignore[misc]
        assert [(r.status, r.result) for r in results if r] == [
            ("succeeded", 5),
            ("succeeded", "hello Bob"),
        ]
        for command in (["status"], ["workers"], ["queues", "list"], ["runs", "list"]):
            result = runner.invoke(cli, command, env=env)
            assert result.exit_code == 0 and "Traceback" not in result.output, result.output
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    output = proc.stdout.read() if proc.stdout else ""
    assert "Traceback" not in output
    assert "polling every" in output, output
    assert look(mysql_dsn, lambda d: d.worker_status()) == []
