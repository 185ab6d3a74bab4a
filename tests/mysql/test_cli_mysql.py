"""The CLI on MariaDB/MySQL, unchanged: the operator's commands through the MySQL
driver (the worker command is in test_worker_mysql.py)."""

from __future__ import annotations

from typer.testing import CliRunner

from durablesql.cli import cli
from tests.workers import define, look

runner = CliRunner()


def invoke(dsn: str, *args: str):  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, list(args), env={"DURABLESQL_DSN": dsn})
    assert "Traceback" not in result.output, result.output
    return result


def test_operator_commands_on_mariadb(mysql_dsn: str) -> None:
    look(mysql_dsn, lambda driver: define(driver, "greet", queue="greetings"))
    enqueued = invoke(mysql_dsn, "enqueue", "greet", "--args", '{"name": "Ada"}', "--tag", "t1")
    assert enqueued.exit_code == 0, enqueued.output
    run_id = enqueued.output.split()[-1]
    assert run_id.isdigit()

    status = invoke(mysql_dsn, "status")
    assert status.exit_code == 0 and "greetings" in status.output
    listing = invoke(mysql_dsn, "runs", "list", "--status", "pending")
    assert listing.exit_code == 0 and run_id in listing.output and "greet" in listing.output
    shown = invoke(mysql_dsn, "runs", "show", run_id)
    assert shown.exit_code == 0 and '"name": "Ada"' in shown.output

    assert (
        invoke(mysql_dsn, "queues", "set", "greetings", "--concurrency-limit", "2").exit_code == 0
    )
    assert invoke(mysql_dsn, "queues", "pause", "greetings").exit_code == 0
    why = invoke(mysql_dsn, "runs", "why", run_id)
    assert why.exit_code == 0, why.output
    assert why.output.splitlines()[0] == "queue_paused: queue greetings is paused"
    queues = invoke(mysql_dsn, "queues", "list")
    assert queues.exit_code == 0 and "greetings" in queues.output and "2" in queues.output
    assert invoke(mysql_dsn, "queues", "resume", "greetings").exit_code == 0

    cancelled = invoke(mysql_dsn, "runs", "cancel", run_id)
    assert cancelled.exit_code == 0 and "cancelled" in cancelled.output
    retried = invoke(mysql_dsn, "runs", "retry", run_id)
    assert retried.exit_code == 0, retried.output

    defined = invoke(
        mysql_dsn, "schedules", "define", "nightly", "greet", "0 2 * * *", "--tz", "Europe/Berlin"
    )
    assert defined.exit_code == 0, defined.output
    schedules = invoke(mysql_dsn, "schedules", "list")
    assert schedules.exit_code == 0 and "nightly" in schedules.output
    nxt = invoke(
        mysql_dsn,
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
    assert invoke(mysql_dsn, "schedules", "disable", "nightly").exit_code == 0
    assert invoke(mysql_dsn, "workers").exit_code == 0


def test_bad_input_is_one_line_on_mariadb(mysql_dsn: str) -> None:
    for args, text in (
        (("enqueue", "nope"), "unknown job 'nope'"),
        (("runs", "why", "424242"), "unknown run 424242"),
        (("schedules", "next", "61 * * * *"), "cron"),
        (("runs", "show", "999999"), "999999"),
    ):
        result = invoke(mysql_dsn, *args)
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert result.exit_code != 0 and len(lines) == 1, result.output
        assert lines[0].startswith("error: ") and text in lines[0], result.output
