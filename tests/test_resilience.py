"""Nothing is lost: a worker killed with SIGKILL, and a PostgreSQL restart."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from durablesql import App, Fixed, JobContext
from durablesql.migrate import migrate
from tests.workers import running, wait_for, wait_terminal

ROOT = Path(__file__).resolve().parent.parent


def start_worker(dsn: str, name: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DURABLESQL_DSN": dsn, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "durablesql.cli",
            "worker",
            "tests.chaos_app:app",
            "--name",
            name,
            "--lease",
            "2",
            "--concurrency",
            "5",
            "--poll-interval",
            "0.2",
            "--log-level",
            "WARNING",
        ],
        cwd=ROOT,
        env=env,
    )


async def test_a_killed_worker_loses_nothing(dsn: str, db: asyncpg.Connection) -> None:
    await db.execute("CREATE TABLE executions (run_id bigint, attempt int, pid int)")
    first = start_worker(dsn, "doomed")
    second = None
    try:
        await wait_for(lambda: db.fetchval("SELECT count(*) > 0 FROM durable.worker_status"))
        ids = [
            r[0]
            for r in await db.fetch(
                "SELECT durable.enqueue_many('record',"
                " array_fill('{\"sleep\": 0.3}'::jsonb, ARRAY[20]))"
            )
        ]
        await wait_for(lambda: db.fetchval("SELECT count(*) >= 7 FROM executions"))
        os.kill(first.pid, signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
        # what the dead worker still held: started, never finished
        orphaned = {
            r[0]
            for r in await db.fetch(
                "SELECT run_id FROM durable.runs WHERE status = 'leased' AND worker = 'doomed'"
            )
        }
        assert orphaned
        second = start_worker(dsn, "rescuer")
        statuses = await wait_terminal(db, ids, timeout=60)
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(30)
    assert set(statuses.values()) == {"succeeded"}
    runs = Counter(r[0] for r in await db.fetch("SELECT run_id FROM executions"))
    assert set(runs) == set(ids)
    twice = {run_id for run_id, n in runs.items() if n > 1}
    assert twice <= orphaned  # only runs whose worker died mid-handler ran again
    for run_id in orphaned:
        row = await db.fetchrow(
            "SELECT worker, attempt FROM durable.run_history WHERE run_id = $1", run_id
        )
        assert (row["worker"], row["attempt"]) == ("rescuer", 2)


@pytest.fixture
def private_server() -> Any:
    """A PostgreSQL of this test's own (from pgserver), so it can be restarted."""
    import pgserver
    from pgserver._commands import pg_ctl

    folder = tempfile.mkdtemp(prefix="durablesql-restart-")
    handle = pgserver.get_server(folder, cleanup_mode="delete")

    def restart() -> None:
        pg_ctl(["-w", "-m", "fast", "restart"], pgdata=handle.pgdata, user=handle.system_user)

    try:
        yield handle.get_uri(), restart
    finally:
        handle.cleanup()


async def test_worker_survives_a_database_restart(private_server: Any) -> None:
    uri, restart = private_server
    conn = await asyncpg.connect(uri)
    await migrate(conn)
    started_before = await conn.fetchval("SELECT pg_postmaster_start_time()")
    await conn.close()

    app = App(dsn=uri)
    executions: Counter[int] = Counter()

    @app.job("tick", retry=Fixed(delay=0), max_attempts=10)
    async def tick(ctx: JobContext, args: dict[str, Any]) -> None:
        executions[ctx.run_id] += 1
        await asyncio.sleep(0.02)

    ids = await app.enqueue_many("tick", [{}] * 300)
    await app.close()
    async with running(app, concurrency=10, lease=5, reconnect_max_delay=0.5) as worker:
        await wait_for(lambda: _true(len(executions) >= 50))
        await asyncio.to_thread(restart)
        check = await _connect_retrying(uri)
        try:
            assert await check.fetchval("SELECT pg_postmaster_start_time()") > started_before
            statuses = await wait_terminal(check, ids, timeout=90)
            assert set(statuses.values()) == {"succeeded"}
            assert await check.fetchval("SELECT count(*) FROM durable.run_history") == 300
            assert await check.fetchval("SELECT count(*) FROM durable.runs") == 0
        finally:
            await check.close()
        assert worker.stats.succeeded + worker.stats.stopped >= 300
    assert set(executions) == set(ids)


async def _true(value: bool) -> bool:
    return value


async def _connect_retrying(uri: str) -> asyncpg.Connection:
    for _ in range(100):
        try:
            return await asyncpg.connect(uri)
        except (OSError, asyncpg.PostgresError):
            await asyncio.sleep(0.1)
    raise RuntimeError("the restarted server did not come back")
