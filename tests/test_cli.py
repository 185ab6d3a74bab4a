"""The typer CLI, in-process through typer's test runner and as a real process; the
database looked at through the driver (``durablesql.driver``), for every dialect."""

from __future__ import annotations

import signal
import subprocess
import time

import pytest
from typer.testing import CliRunner

from durablesql.cli import cli
from durablesql.driver import Driver, NewRun, Run
from durablesql.driver.sqlfiles import migrations, schema_sql
from tests.workers import claim, define, get, look, runs, spawn_worker

runner = CliRunner()


def invoke(dsn: str | None, *args: str):  # type: ignore[no-untyped-def]
    env = {"DURABLESQL_DSN": dsn} if dsn else {}
    return runner.invoke(cli, list(args), env=env)


def define_greet(dsn: str) -> None:
    look(dsn, lambda driver: define(driver, "greet", queue="greetings"))


def workers(dsn: str) -> int:
    return len(look(dsn, lambda driver: driver.worker_status()))


def assert_user_error(result, code: int, text: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and text in lines[0], result.output


def test_sql_prints_the_schema_without_connecting() -> None:
    result = invoke("postgresql://nobody@127.0.0.1:1/none", "sql")
    assert result.exit_code == 0
    assert result.output == schema_sql()


def test_migrate_and_version(dsn: str) -> None:
    result = invoke(dsn, "migrate")
    newest = migrations()[-1].name
    assert result.exit_code == 0 and f"already at {newest}" in result.output
    result = invoke(dsn, "version")
    assert result.exit_code == 0
    assert "durablesql 0.1.0" in result.output and f"schema installed: {newest}" in result.output


def test_enqueue_status_runs(dsn: str) -> None:
    define_greet(dsn)
    result = invoke(dsn, "enqueue", "greet", "--args", '{"name": "Ada"}', "--priority", "5")
    assert result.exit_code == 0, result.output
    run_id = int(result.output.strip())
    run = look(dsn, lambda driver: get(driver, run_id))
    assert (run.args["name"], run.status) == ("Ada", "pending")
    later = invoke(dsn, "enqueue", "greet", "--run-at", "2099-01-01T00:00:00+00:00")
    assert later.exit_code == 0

    status = invoke(dsn, "status")
    assert status.exit_code == 0
    lines = status.output.splitlines()
    assert lines[0].split() == ["queue", "pending", "due", "leased", "oldest_due_age", "paused"]
    assert lines[2].split()[:4] == ["greetings", "2", "1", "0"]

    listing = invoke(dsn, "runs", "list", "--status", "pending")
    assert listing.exit_code == 0
    assert [line.split()[3] for line in listing.output.splitlines()[2:]] == ["pending"] * 2
    shown = invoke(dsn, "runs", "show", str(run_id))
    assert shown.exit_code == 0 and '"name": "Ada"' in shown.output and "pending" in shown.output

    cancelled = invoke(dsn, "runs", "cancel", str(run_id))
    assert cancelled.exit_code == 0 and "cancelled" in cancelled.output
    again = invoke(dsn, "runs", "cancel", str(run_id))
    assert again.exit_code == 0 and "already finished" in again.output
    retried = invoke(dsn, "runs", "retry", str(run_id))
    assert retried.exit_code == 0 and "pending again" in retried.output
    assert look(dsn, lambda driver: get(driver, run_id)).status == "pending"

    workers = invoke(dsn, "workers")
    assert workers.exit_code == 0 and "(none)" in workers.output
    pruned = invoke(dsn, "prune", "--older-than", "0")
    assert pruned.exit_code == 0 and "removed 0 runs" in pruned.output


async def handled(driver: Driver) -> tuple[int, int]:
    """A run a worker 'w' handled (logged, reported progress, succeeded), and its child."""
    await define(driver, "job", queue="q")
    run_id = await driver.enqueue(NewRun("job", tags=["vip"]))
    child = await driver.enqueue(NewRun("job", depends_on=[run_id]))
    assert [run.run_id for run in await claim(driver, "w", "q")] == [run_id]
    assert await driver.log_many("w", [run_id], ["info"], ["hello from the handler"]) == 1
    assert await driver.set_progress_many("w", [run_id], [0.5], ["half way"]) == 1
    assert await driver.complete("w", [run_id], ['{"ok": true}']) == 1
    broken = await driver.enqueue(NewRun("job", tags=["broken"], max_attempts=1, priority=9))
    assert [run.run_id for run in await claim(driver, "w", "q")] == [broken]
    assert await driver.fail("w", broken, "the handler broke", True) == "failed"
    return run_id, child


def test_runs_show_tree_list_and_queues(dsn: str) -> None:
    run_id, child = look(dsn, handled)
    shown = invoke(dsn, "runs", "show", str(run_id))
    assert shown.exit_code == 0, shown.output
    for text in ("succeeded", '"ok": true', "hello from the handler", "half way", "vip"):
        assert text in shown.output
    assert "attempt errors: -" in shown.output
    broken = int(invoke(dsn, "runs", "list", "--tag", "broken").output.splitlines()[2].split()[0])
    shown = invoke(dsn, "runs", "show", str(broken))
    assert "attempt errors: 1" in shown.output
    assert "attempt 1 w failed: the handler broke" in shown.output
    listed = invoke(dsn, "runs", "list", "--tag", "vip")
    assert listed.exit_code == 0
    assert [line.split()[0] for line in listed.output.splitlines()[2:]] == [str(run_id)]
    tree = invoke(dsn, "runs", "tree", str(child))
    assert tree.exit_code == 0
    assert [line.split()[:2] for line in tree.output.splitlines()[2:]] == [
        ["-1", str(run_id)],
        ["0", str(child)],
    ]
    assert invoke(dsn, "queues", "set", "q", "--concurrency-limit", "4").exit_code == 0
    assert invoke(dsn, "queues", "pause", "q").exit_code == 0
    why = invoke(dsn, "runs", "why", str(child))
    assert why.exit_code == 0, why.output
    assert why.output.splitlines() == [
        "queue_paused: queue q is paused",
        "no_worker: no live worker serves queue q"
        " (none registered for it was seen in the last 2 minutes)",
    ]
    done = invoke(dsn, "runs", "why", str(run_id))
    assert done.exit_code == 0 and done.output.startswith("terminal: succeeded at "), done.output
    listing = invoke(dsn, "queues", "list")
    assert listing.output.splitlines()[2].split()[-4:] == ["True", "0", "1", "4"]
    assert invoke(dsn, "queues", "set", "q", "--lag-slo", "90").exit_code == 0
    slo = invoke(dsn, "queues", "slo")
    assert slo.exit_code == 0, slo.output
    assert slo.output.splitlines()[2].split()[:2] == ["q", "90.0s"]


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["enqueue", "nope"], 1, "unknown job 'nope'"),
        (["enqueue", "greet", "--args", "{not json"], 2, "--args is not valid JSON"),
        (["enqueue", "greet", "--args", "[1, 2]"], 2, "--args must be a JSON object"),
        (["enqueue", "greet", "--run-at", "tomorrow"], 2, "--run-at must be an ISO 8601 time"),
        (["enqueue", "greet", "--run-at", "2030-01-01T00:00:00"], 2, "needs a UTC offset"),
        (["enqueue", "greet", "--queue", ""], 1, "queue name must not be empty"),
        (
            ["enqueue", "greet", "--max-attempts", "0"],
            1,
            "max_attempts must be between 1 and 10000",
        ),
        (["runs", "show", "424242"], 1, "unknown run 424242"),
        (["runs", "tree", "424242"], 1, "unknown run 424242"),
        (["runs", "why", "424242"], 1, "unknown run 424242"),
        (["queues", "set", "q", "--weight", "0"], 1, "weight must be between 1 and 1000000"),
        (["queues", "pause", "nope"], 1, "unknown queue 'nope'"),
        (["queues", "set", "q", "--lag-slo", "-5"], 1, "lag_slo must be zero or positive"),
        (["queues", "set", "q", "--lag-slo", "inf"], 1, "lag_slo must be a finite number"),
        (["enqueue", "greet", "--depends-on", "424242"], 1, "unknown run 424242 in depends_on"),
        (["enqueue", "greet", "--meta", "[1]"], 2, "--meta must be a JSON object"),
        (["worker", "tests.cli_app:app", "--strategy", "fast"], 1, "unknown claim strategy"),
        (["runs", "cancel", "424242"], 1, "unknown run 424242"),
        (["runs", "retry", "424242"], 1, "unknown run 424242"),
        (["worker", "no.such.module:app"], 1, "cannot import 'no.such.module'"),
        (["worker", "tests.cli_app:nothing"], 1, "is not a durablesql App"),
    ],
)
def test_user_errors_are_one_line(dsn: str, args: list[str], code: int, text: str) -> None:
    define_greet(dsn)
    before = len(look(dsn, runs))
    assert_user_error(invoke(dsn, *args), code, text)
    assert len(look(dsn, runs)) == before


def test_unreachable_database_is_one_line() -> None:
    assert_user_error(
        invoke("postgresql://postgres@127.0.0.1:1/x", "status"), 1, "cannot connect to the database"
    )


def test_schema_missing_is_one_line(server) -> None:  # type: ignore[no-untyped-def]
    result = invoke(server.dsn("postgres"), "status")
    assert_user_error(result, 1, "run `durablesql migrate`")


def test_worker_process_exits_0_on_sigterm(dsn: str) -> None:
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
        while workers(dsn) == 0:
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline
            time.sleep(0.1)
        ids = [
            look(dsn, lambda driver: driver.enqueue(NewRun("add", '{"a": 2, "b": 3}'))),
            look(dsn, lambda driver: driver.enqueue(NewRun("greet", '{"name": "Bob"}'))),
        ]
        while not all(run.is_terminal for run in look(dsn, lambda driver: _runs(driver, ids))):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        done = look(dsn, lambda driver: _runs(driver, ids))
        assert [(run.status, run.result) for run in done] == [
            ("succeeded", 5),
            ("succeeded", "hello Bob"),
        ]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    output = proc.stdout.read() if proc.stdout else ""
    assert "Traceback" not in output
    assert workers(dsn) == 0


async def _runs(driver: Driver, ids: list[int]) -> list[Run]:
    return [await get(driver, run_id) for run_id in ids]
