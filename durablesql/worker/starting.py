"""Starting a worker: connect, check the schema, define the app's jobs and schedules,
read the engine's limits, register, and say how it will wake up.

A connection lost while starting (a restart, a terminated backend) is retried
like any other call, not a reason to exit; anything else (a bad definition, a
word the engine does not accept, a missing right) ends the start with its error.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
from typing import TYPE_CHECKING

from durablesql import driver as drivers
from durablesql import eventloop
from durablesql.driver import ConnectOptions
from durablesql.errors import ConfigurationError, alternatives
from durablesql.threads import HandlerThreads

if TYPE_CHECKING:
    from durablesql.worker.worker import Worker

log = logging.getLogger("durablesql.worker")

# No single call of the worker should take this long; one that does is treated
# like a lost connection (cancelled, then retried).
STATEMENT_TIMEOUT = 60.0


async def start(w: Worker) -> None:
    w.reports.bind(asyncio.get_running_loop())
    options = ConnectOptions(
        application_name=f"durablesql worker {w.name}",
        async_commit=not w.synchronous_commit,
        pooler=w.pooler,
        statement_timeout=STATEMENT_TIMEOUT,
    )
    w.driver = await drivers.connect(w.dsn, options)
    push = w.driver.capabilities.push_wakeups
    if w.listen is None:
        w.listen = push
    elif w.listen and not push:
        raise ConfigurationError(f"listen=True: the {w.driver.dialect} driver pushes nothing")
    if any(not spec.is_async for spec in w.app.jobs.values()):
        w.threads = HandlerThreads(w.concurrency)
    synced = await w.calls.call("start", register, w, until=w.state.stopping)
    for schedule, action in synced:
        log.info("schedule %s: %s", schedule, action)
    log.info("worker %s serving %s with concurrency %d", w.name, ",".join(w.queues), w.concurrency)
    log.info("%s", eventloop.describe(asyncio.get_running_loop()))
    if w.retention_sweep > 0:
        log.info("retention sweep every %ss (0 turns it off)", w.retention_sweep)
    for note in await w.driver.notes():
        log.info("%s", note)
    if not w.listen:
        log.info(
            "no push notifications: polling every %ss; a cancellation reaches a running"
            " handler at the next heartbeat (every %ss)",
            w.poll_interval,
            w.ticks.heartbeat_interval,
        )


async def register(w: Worker) -> list[tuple[str, str]]:
    """The schema, the engine's limits, the app's jobs and schedules, this worker's
    registration; the schedule sync's (name, action) pairs."""
    await w.driver.ensure_schema()
    w.limits = await w.driver.limits()
    if w.strategy not in w.limits.claim_strategies:
        raise ConfigurationError(
            f"unknown claim strategy {w.strategy!r}: use {alternatives(w.limits.claim_strategies)}"
        )
    await w.app.define_jobs(w.driver)
    synced = await w.app.sync_schedules(w.driver)
    info = {"host": socket.gethostname(), "pid": os.getpid(), "jobs": sorted(w.app.jobs)}
    await w.driver.register_worker(w.name, w.queues, w.concurrency, json.dumps(info))
    return synced
