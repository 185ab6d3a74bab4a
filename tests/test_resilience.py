"""Nothing is lost: a worker killed with SIGKILL, and a PostgreSQL restart."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import asyncpg

from durablesql import App, Fixed, JobContext
from durablesql.driver import operations
from durablesql.driver.postgres.migrate import migrate
from tests.conftest import PrivateServer
from tests.workers import running, spawn_worker, wait_for, wait_terminal

ROOT = Path(__file__).resolve().parent.parent


def start_worker(dsn: str, name: str) -> subprocess.Popen[bytes]:
    return spawn_worker(
        dsn,
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
        statuses = await wait_terminal(operations(db), ids, timeout=60)
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


async def test_worker_survives_a_database_restart(private_server: PrivateServer) -> None:
    uri, restart = private_server.uri, private_server.restart
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
            statuses = await wait_terminal(operations(check), ids, timeout=90)
            assert set(statuses.values()) == {"succeeded"}
            assert await check.fetchval("SELECT count(*) FROM durable.run_history") == 300
            assert await check.fetchval("SELECT count(*) FROM durable.runs") == 0
        finally:
            await check.close()
        await wait_for(lambda: _true(worker.stats.succeeded + worker.stats.stopped >= 300))
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


async def test_shutdown_does_not_hang_while_the_database_is_down(
    private_server: PrivateServer,
) -> None:
    conn = await asyncpg.connect(private_server.uri)
    await migrate(conn)
    await conn.close()
    app = App(dsn=private_server.uri)
    started = asyncio.Event()

    @app.job("waits")
    async def waits(ctx: JobContext, args: dict[str, Any]) -> None:
        started.set()
        await asyncio.sleep(60)

    await app.enqueue("waits")
    await app.close()
    worker = app.worker(poll_interval=0.1, shutdown_timeout=30, reconnect_max_delay=0.2)
    task = asyncio.create_task(worker.run())
    await asyncio.wait_for(started.wait(), 10)
    await asyncio.to_thread(private_server.stop)
    await asyncio.sleep(0.5)  # its claim, heartbeat and listen now retry against nothing
    worker.stop()
    worker.stop()  # the second call skips the waiting
    await asyncio.wait_for(task, 15)
