"""The Python worker, client and CLI on a dialect without NOTIFY, unchanged: the checks
that tests/mysql/ and tests/sqlite/ run on their own DSNs.  An App with handlers runs to
completion, a failing handler retries, `durablesql worker` serves and stops on SIGTERM
and says at start-up that it polls; the operator's commands work and a bad input is one
line."""

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
from tests.workers import define, get, look, running, spawn_worker, wait_terminal

runner = CliRunner()


async def an_app_runs_its_jobs_and_retries_a_failing_one(
    dsn: str, driver: Driver, caplog: pytest.LogCaptureFixture, server_words: tuple[str, ...]
) -> None:
    app = App(dsn=dsn)
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
            done = await wait_terminal(driver, [*ids, flaky_id, doomed_id], timeout=60)
    assert set(done[i] for i in ids) == {"succeeded"}
    assert [(await get(driver, i)).result for i in ids[:20]] == [i + 1 for i in range(20)]
    assert (await get(driver, ids[20])).result == "hello Zoë ✓"
    assert (await get(driver, ids[21])).result == "hello 名前 ✓"
    flaky_run = await get(driver, flaky_id)
    assert (done[flaky_id], flaky_run.attempt, flaky_run.result) == ("succeeded", 3, "third time")
    assert attempts == [1, 2, 3] and flaky_run.error == "boom on attempt 2"
    doomed_run = await get(driver, doomed_id)
    assert (done[doomed_id], doomed_run.attempt, doomed_run.error) == ("failed", 2, "never works")
    logs = await driver.get_logs(ids[0])
    assert [(line.message, line.level) for line in logs] == [("adding {'a': 0, 'b': 1} ✓", "info")]
    assert (await get(driver, ids[0])).progress == 0.5
    said = caplog.text
    assert "no push notifications: polling every" in said
    assert any(word in said for word in server_words), said
    await app.close()


async def app_wait_and_status_without_notifications(dsn: str) -> None:
    app = App(dsn=dsn)

    @app.job("echo")
    async def echo(ctx: JobContext, args: dict[str, Any]) -> Any:
        return args

    async with running(app):
        run_id = await app.enqueue("echo", {"x": [1, 2.5, None, "ü"]})
        run = await app.wait(run_id, timeout=30)
    assert run.status == "succeeded" and run.result == {"x": [1, 2.5, None, "ü"]}
    await app.close()


def the_cli_worker_serves_and_stops_on_sigterm(dsn: str) -> None:
    runner = CliRunner()
    env = {"DURABLESQL_DSN": dsn}
    assert runner.invoke(cli, ["migrate"], env=env).exit_code == 0  # current: a no-op
    proc = spawn_worker(
        dsn,
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
        while not look(dsn, lambda d: d.worker_status()):
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline
            time.sleep(0.1)
        ids = [
            look(dsn, lambda d: d.enqueue(NewRun("add", '{"a": 2, "b": 3}'))),
            look(dsn, lambda d: d.enqueue(NewRun("greet", '{"name": "Bob"}'))),
        ]
        while not all(
            r is not None and r.is_terminal
            for r in [look(dsn, lambda d, i=i: d.get_run(i)) for i in ids]  # type: ignore[misc]
        ):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        results = [look(dsn, lambda d, i=i: d.get_run(i)) for i in ids]  # type: ignore[misc]
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
    assert look(dsn, lambda d: d.worker_status()) == []


def invoke(dsn: str, *args: str):  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, list(args), env={"DURABLESQL_DSN": dsn})
    assert "Traceback" not in result.output, result.output
    return result


def operator_commands(dsn: str) -> None:
    look(dsn, lambda driver: define(driver, "greet", queue="greetings"))
    enqueued = invoke(dsn, "enqueue", "greet", "--args", '{"name": "Ada"}', "--tag", "t1")
    assert enqueued.exit_code == 0, enqueued.output
    run_id = enqueued.output.split()[-1]
    assert run_id.isdigit()

    status = invoke(dsn, "status")
    assert status.exit_code == 0 and "greetings" in status.output
    listing = invoke(dsn, "runs", "list", "--status", "pending")
    assert listing.exit_code == 0 and run_id in listing.output and "greet" in listing.output
    shown = invoke(dsn, "runs", "show", run_id)
    assert shown.exit_code == 0 and '"name": "Ada"' in shown.output

    assert invoke(dsn, "queues", "set", "greetings", "--concurrency-limit", "2").exit_code == 0
    assert invoke(dsn, "queues", "pause", "greetings").exit_code == 0
    why = invoke(dsn, "runs", "why", run_id)
    assert why.exit_code == 0, why.output
    assert why.output.splitlines()[0] == "queue_paused: queue greetings is paused"
    queues = invoke(dsn, "queues", "list")
    assert queues.exit_code == 0 and "greetings" in queues.output and "2" in queues.output
    assert invoke(dsn, "queues", "resume", "greetings").exit_code == 0

    cancelled = invoke(dsn, "runs", "cancel", run_id)
    assert cancelled.exit_code == 0 and "cancelled" in cancelled.output
    retried = invoke(dsn, "runs", "retry", run_id)
    assert retried.exit_code == 0, retried.output

    defined = invoke(
        dsn, "schedules", "define", "nightly", "greet", "0 2 * * *", "--tz", "Europe/Berlin"
    )
    assert defined.exit_code == 0, defined.output
    schedules = invoke(dsn, "schedules", "list")
    assert schedules.exit_code == 0 and "nightly" in schedules.output
    nxt = invoke(
        dsn,
        "schedules",
        "next",
        "0 2 * * *",
        "--tz",
        "Europe/Berlin",
        "--count",
        "3",
        "--after",
        "2030-03-30T12:00:00+00:00",
    )
    assert nxt.exit_code == 0, nxt.output
    # 2030-03-31 02:00 does not exist in Berlin (clocks go 02:00 -> 03:00): it fires
    # once, shifted by the gap, at 03:00 CEST; then 02:00 CEST on the days after.
    assert nxt.output.split() == [
        "2030-03-31T01:00:00+00:00",
        "2030-04-01T00:00:00+00:00",
        "2030-04-02T00:00:00+00:00",
    ]
    assert invoke(dsn, "schedules", "disable", "nightly").exit_code == 0
    assert invoke(dsn, "workers").exit_code == 0


def bad_input_is_one_line(dsn: str) -> None:
    for args, text in (
        (("enqueue", "nope"), "unknown job 'nope'"),
        (("runs", "why", "424242"), "unknown run 424242"),
        (("schedules", "next", "61 * * * *"), "cron"),
        (("runs", "show", "999999"), "999999"),
    ):
        result = invoke(dsn, *args)
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert result.exit_code != 0 and len(lines) == 1, result.output
        assert lines[0].startswith("error: ") and text in lines[0], result.output
