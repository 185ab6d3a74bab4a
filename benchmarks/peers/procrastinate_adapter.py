"""Procrastinate: tasks deferred through a one-connection psycopg pool; a
`procrastinate worker` process.

Worker side: `python -m procrastinate --app peers.procrastinate_adapter.app worker …`;
the app's connector reads the DSN (and, for the tuned worker, the pool size) from the
environment.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import asyncpg
import procrastinate

from peers.base import (
    DSN_ENV,
    Peer,
    Producer,
    Profile,
    Span,
    WorkerCommand,
    now,
    python,
    python_env,
    record_start,
    span_from,
)

POOL_ENV = "BENCH_PROCRASTINATE_POOL_SIZE"

# docs/howto/production/concurrency.md: `procrastinate worker --concurrency=30`; and
# docs/discussions.md ("Mind the size of your PostgreSQL pool"): for short jobs the pool
# should hold as many connections as the concurrency, plus one. 30 is the docs' value;
# for no-op jobs on the 2-core development machine no concurrency beat the default 1
# (5,000 jobs: 1: 332, 10: 325, 30: 270 jobs/s; 100 needs more connections than its
# max_connections = 100). bench_compare.py --procrastinate-concurrency changes it.
TUNED_CONCURRENCY = 30


def make_app(dsn: str, **pool: Any) -> procrastinate.App:
    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=dsn, **pool))

    @app.task(name="noop", queue="bench")
    async def noop(**args: Any) -> None:
        return None

    @app.task(name="stamp", queue="latency")
    async def stamp(seq: int, **args: Any) -> None:
        started = now()
        await record_start(seq, started)

    return app


def _worker_pool() -> dict[str, int]:
    size = os.environ.get(POOL_ENV)
    return {"min_size": int(size), "max_size": int(size)} if size else {}


app = make_app(os.environ.get(DSN_ENV, ""), **_worker_pool())


class ProcrastinateProducer(Producer):
    def __init__(self, app: procrastinate.App) -> None:
        self.app = app

    async def enqueue(self, job: str, args: dict[str, Any]) -> None:
        await self.app.tasks[job].defer_async(**args)

    async def enqueue_batch(self, job: str, args: Sequence[dict[str, Any]]) -> None:
        task = self.app.tasks[job]
        if hasattr(task, "batch_defer_async"):
            await task.batch_defer_async(*args)
        else:  # before Procrastinate 3.2: one defer (and transaction) per job
            for a in args:
                await task.defer_async(**a)

    async def close(self) -> None:
        await self.app.close_async()


class Procrastinate(Peer):
    key = "procrastinate"
    label = "Procrastinate"
    distribution = "procrastinate"

    def __init__(self, tuned_concurrency: int = TUNED_CONCURRENCY) -> None:
        self.tuned_concurrency = tuned_concurrency
        has_batch = hasattr(procrastinate.tasks.Task, "batch_defer_async")
        self.batch_api = (
            "Task.batch_defer_async(*[args] * 1000)"
            if has_batch
            else "no batch defer API in this version: 1000 x Task.defer_async(**args)"
        )

    async def _open(self, dsn: str) -> procrastinate.App:
        app = make_app(dsn, min_size=1, max_size=1)
        await app.open_async()
        return app

    async def install(self, dsn: str, profile: Profile) -> None:
        app = await self._open(dsn)
        try:
            await app.schema_manager.apply_schema_async()  # `procrastinate schema --apply`
        finally:
            await app.close_async()

    async def producer(self, dsn: str) -> Producer:
        return ProcrastinateProducer(await self._open(dsn))

    def worker(self, dsn: str, profile: Profile) -> WorkerCommand:
        target = "peers.procrastinate_adapter.app"
        options: list[str] = []
        extra_env: dict[str, str] = {}
        pool = "psycopg_pool defaults (4 connections) + 1 for LISTEN"
        if profile == "tuned":
            options = ["--concurrency", str(self.tuned_concurrency)]
            extra_env[POOL_ENV] = str(self.tuned_concurrency + 1)
            pool = f"min_size = max_size = {self.tuned_concurrency + 1} (concurrency + 1)"
        argv = python(
            "-m", "procrastinate", "--app", target, "--log-level", "warning", "worker", *options
        )
        settings = {
            "command": " ".join(
                [f"procrastinate --app {target} --log-level warning worker", *options]
            ),
            "effective": f"concurrency={self.tuned_concurrency}"
            if options
            else "the defaults: concurrency=1",
            "other settings": "worker defaults: fetch polling 5 s, LISTEN/NOTIFY on,"
            " finished jobs kept (delete_jobs=never)",
            "connections": f"PsycopgConnector (psycopg 3) pool: {pool}",
            "schema": "procrastinate schema --apply",
        }
        return WorkerCommand(argv, python_env(dsn, **extra_env), settings)

    async def remaining(self, conn: asyncpg.Connection) -> int:
        count: int = await conn.fetchval(
            "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"
        )
        return count

    async def span(self, conn: asyncpg.Connection) -> Span:
        # A trigger writes procrastinate_events on every status change.
        return await span_from(
            conn,
            "SELECT count(*) FILTER (WHERE type = 'succeeded') AS done,"
            " min(at) FILTER (WHERE type = 'started') AS first_start,"
            " min(at) FILTER (WHERE type = 'succeeded') AS first_done,"
            " max(at) FILTER (WHERE type = 'succeeded') AS last_done"
            " FROM procrastinate_events",
        )
