"""Every CLI command as each role: allowed where the role's rights reach, else one line.

PostgreSQL-specific: the logins are PostgreSQL roles granted durable_producer,
durable_worker or durable_admin.  A command the role may run exits 0; one it
may not prints ``error: permission denied …`` and exits 1, without a traceback
and without changing anything.  (The CLI reads no table: a login that may only
call the functions and read the views can run everything its role allows.)
"""

from __future__ import annotations

import signal
import subprocess
import time
import uuid
from collections.abc import AsyncIterator, Callable

import asyncpg
import pytest
from typer.testing import CliRunner

from durablesql.cli import cli
from tests.server import Server
from tests.workers import spawn_worker

ROLES = ("durable_producer", "durable_worker", "durable_admin")
RANK = {role: n for n, role in enumerate(ROLES)}
runner = CliRunner()

# (least role, arguments); {run} is a pending run of 'greet', {tree} one with a parent.
COMMANDS: list[tuple[str, list[str]]] = [
    ("durable_producer", ["sql"]),
    ("durable_producer", ["version"]),
    ("durable_producer", ["migrate"]),  # current already: it only asks the version
    ("durable_producer", ["enqueue", "greet", "--args", '{"name": "x"}']),
    ("durable_producer", ["status"]),
    ("durable_producer", ["workers"]),
    ("durable_producer", ["runs", "list"]),
    ("durable_producer", ["runs", "list", "--status", "pending", "--tag", "t"]),
    ("durable_producer", ["runs", "show", "{run}"]),
    ("durable_producer", ["runs", "tree", "{tree}"]),
    ("durable_producer", ["queues", "list"]),
    ("durable_producer", ["schedules", "list"]),
    ("durable_producer", ["schedules", "next", "0 2 * * *", "--tz", "Europe/Berlin"]),
    ("durable_worker", ["schedules", "define", "nightly", "greet", "0 2 * * *"]),
    ("durable_worker", ["prune", "--older-than", "86400"]),
    ("durable_admin", ["queues", "set", "greetings", "--weight", "2"]),
    ("durable_admin", ["queues", "pause", "greetings"]),
    ("durable_admin", ["queues", "resume", "greetings"]),
    ("durable_admin", ["schedules", "disable", "existing"]),
    ("durable_admin", ["schedules", "enable", "existing"]),
    ("durable_admin", ["schedules", "set-cron", "existing", "0 3 * * *"]),
    ("durable_admin", ["schedules", "run-now", "existing"]),
    ("durable_admin", ["runs", "cancel", "{run}"]),
    ("durable_admin", ["runs", "retry", "{run}"]),
]


@pytest.fixture
async def logins(server: Server, dsn: str) -> AsyncIterator[dict[str, str]]:
    """A fresh LOGIN role per durable role, granted only that one: role → its DSN."""
    owner = await asyncpg.connect(dsn)
    dbname = await owner.fetchval("SELECT current_database()")
    made = {role: f"t_cli_{role}_{uuid.uuid4().hex[:6]}" for role in ROLES}
    for role, user in made.items():
        await owner.execute(f'CREATE ROLE "{user}" LOGIN')
        await owner.execute(f'GRANT {role} TO "{user}"')
    try:
        yield {role: server.dsn(dbname, user=user) for role, user in made.items()}
    finally:
        for user in made.values():
            await owner.execute(f'DROP OWNED BY "{user}"')
            await owner.execute(f'DROP ROLE "{user}"')
        await owner.close()


@pytest.fixture
async def runs(dsn: str) -> dict[str, str]:
    """The jobs of tests.cli_app, a schedule, a pending run and a run with a parent."""
    owner = await asyncpg.connect(dsn)
    try:
        await owner.execute("SELECT durable.define_job('greet', queue => 'greetings')")
        await owner.execute("SELECT durable.define_job('add')")
        await owner.execute("SELECT durable.define_schedule('existing', 'greet', '0 2 * * *')")
        run = await owner.fetchval("SELECT durable.enqueue('greet', tags => ARRAY['t'])")
        tree = await owner.fetchval(
            "SELECT durable.enqueue('add', $1::jsonb, depends_on => ARRAY[$2::bigint])",
            '{"a": 1, "b": 2}',
            run,
        )
        return {"run": str(run), "tree": str(tree)}
    finally:
        await owner.close()


def invoke(dsn: str, args: list[str]) -> tuple[int, str]:
    result = runner.invoke(cli, args, env={"DURABLESQL_DSN": dsn})
    return result.exit_code, result.output


@pytest.mark.parametrize("role", ROLES)
def test_every_command_as_each_role(
    role: str, logins: dict[str, str], runs: dict[str, str]
) -> None:
    for least, template in COMMANDS:
        args = [runs[part[1:-1]] if part in ("{run}", "{tree}") else part for part in template]
        code, output = invoke(logins[role], args)
        assert "Traceback" not in output, (role, args, output)
        if RANK[role] >= RANK[least]:
            assert code == 0, (role, args, output)
        else:
            lines = [line for line in output.splitlines() if line.strip()]
            assert code == 1 and len(lines) == 1, (role, args, output)
            assert lines[0].startswith("error: permission denied for function"), (role, args)


def _wait(predicate: Callable[[], bool], proc: subprocess.Popen[str], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
        assert time.monotonic() < deadline
        time.sleep(0.1)


@pytest.mark.parametrize("role", ROLES)
def test_the_worker_command_as_each_role(
    role: str, logins: dict[str, str], runs: dict[str, str]
) -> None:
    options = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "text": True}
    proc = spawn_worker(logins[role], "tests.cli_app:app", "--poll-interval", "0.2", **options)
    try:
        if role == "durable_producer":  # it may not define jobs, claim, or register
            code = proc.wait(30)
            output = proc.stdout.read() if proc.stdout else ""
            assert code == 1 and "Traceback" not in output, output
            assert output.splitlines()[-1].startswith("error: permission denied for function")
            return

        def finished() -> bool:
            code, output = invoke(logins[role], ["runs", "show", runs["tree"]])
            return code == 0 and "succeeded" in output

        _wait(finished, proc, 30)  # its parent ran first
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
        assert "Traceback" not in (proc.stdout.read() if proc.stdout else "")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
