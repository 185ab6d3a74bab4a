"""The typer CLI, in-process through typer's test runner and as a real process."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import time
from pathlib import Path

import asyncpg
import pytest
from typer.testing import CliRunner

from durablesql.cli import cli
from durablesql.driver.sqlfiles import migrations, schema_sql
from tests.workers import spawn_worker

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def invoke(dsn: str | None, *args: str):  # type: ignore[no-untyped-def]
    env = {"DURABLESQL_DSN": dsn} if dsn else {}
    return runner.invoke(cli, list(args), env=env)


def sql(dsn: str, query: str, *params: object) -> object:
    async def go() -> object:
        conn = await asyncpg.connect(dsn)
        try:
            return await conn.fetchval(query, *params)
        finally:
            await conn.close()

    return asyncio.run(go())


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
    sql(dsn, "SELECT durable.define_job('greet', queue => 'greetings')")
    result = invoke(dsn, "enqueue", "greet", "--args", '{"name": "Ada"}', "--priority", "5")
    assert result.exit_code == 0, result.output
    run_id = int(result.output.strip())
    assert sql(dsn, "SELECT args->>'name' FROM durable.runs WHERE run_id = $1", run_id) == "Ada"
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
    assert sql(dsn, "SELECT status FROM durable.runs WHERE run_id = $1", run_id) == "pending"

    workers = invoke(dsn, "workers")
    assert workers.exit_code == 0 and "(none)" in workers.output
    pruned = invoke(dsn, "prune", "--older-than", "0")
    assert pruned.exit_code == 0 and "removed 0 runs" in pruned.output


def test_runs_show_tree_list_and_queues(dsn: str) -> None:
    sql(dsn, "SELECT durable.define_job('job', queue => 'q')")
    run_id = sql(dsn, "SELECT durable.enqueue('job', tags => ARRAY['vip'])")
    child = sql(dsn, "SELECT durable.enqueue('job', depends_on => ARRAY[$1]::bigint[])", run_id)
    sql(dsn, "SELECT count(*) FROM durable.claim('w', ARRAY['q'], 1)")
    sql(dsn, "SELECT durable.log('w', $1, 'info', 'hello from the handler')", run_id)
    sql(dsn, "SELECT durable.set_progress('w', $1, 0.5, 'half way')", run_id)
    sql(
        dsn,
        "SELECT durable.complete('w', ARRAY[$1]::bigint[], ARRAY['{\"ok\": true}'::jsonb])",
        run_id,
    )
    shown = invoke(dsn, "runs", "show", str(run_id))
    assert shown.exit_code == 0, shown.output
    for text in ("succeeded", '"ok": true', "hello from the handler", "half way", "vip"):
        assert text in shown.output
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
    listing = invoke(dsn, "queues", "list")
    assert listing.output.splitlines()[2].split()[-4:] == ["True", "0", "1", "4"]


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
        (["queues", "set", "q", "--weight", "0"], 1, "weight must be between 1 and 1000000"),
        (["queues", "pause", "nope"], 1, "unknown queue 'nope'"),
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
    sql(dsn, "SELECT durable.define_job('greet', queue => 'greetings')")
    before = sql(dsn, "SELECT count(*) FROM durable.all_runs")
    assert_user_error(invoke(dsn, *args), code, text)
    assert sql(dsn, "SELECT count(*) FROM durable.all_runs") == before


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
        while sql(dsn, "SELECT count(*) FROM durable.worker_status") == 0:
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline
            time.sleep(0.1)
        ids = [
            sql(dsn, "SELECT durable.enqueue('add', '{\"a\": 2, \"b\": 3}')"),
            sql(dsn, "SELECT durable.enqueue('greet', '{\"name\": \"Bob\"}')"),
        ]
        while sql(dsn, "SELECT count(*) FROM durable.run_history WHERE run_id = ANY($1)", ids) < 2:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert (
            sql(dsn, "SELECT result::text FROM durable.run_history WHERE run_id = $1", ids[0])
            == "5"
        )
        assert (
            sql(dsn, "SELECT result::text FROM durable.run_history WHERE run_id = $1", ids[1])
            == '"hello Bob"'
        )
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    output = proc.stdout.read() if proc.stdout else ""
    assert "Traceback" not in output
    assert sql(dsn, "SELECT count(*) FROM durable.worker_status") == 0
