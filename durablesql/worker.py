"""The worker: decides *when* to call the durable.* functions and *which* handler runs.

One process runs up to ``concurrency`` handlers at once:

* the claim loop asks ``durable.claim`` for as many runs as there are free
  slots (plus ``prefetch``), then sleeps until a ``NOTIFY durable`` for one of
  its queues, a freed slot, or the poll interval (± jitter) — whichever first;
* finished runs are completed in batches by one ``durable.complete`` call;
* every lease/2 one ``durable.heartbeat`` call renews all held runs; a run
  missing from its answer was cancelled or lost, and its handler is stopped;
* ``NOTIFY durable_cancel`` stops a cancelled run's handler at once;
* on SIGINT/SIGTERM it stops claiming, releases runs it has not started, waits
  up to ``shutdown_timeout`` for running handlers, then interrupts the rest;
* a dropped connection, a restarted server or another transient error is
  retried with backoff; nothing held in memory (results waiting to be
  completed) is dropped meanwhile.

Its own statements (claim, complete, fail, heartbeat, release) commit with
``synchronous_commit = off`` unless ``synchronous_commit=True``: they do not wait
for the WAL flush.  A database *crash* can then undo the last fraction of a
second of that bookkeeping, and the runs concerned run again — as they would
after a worker crash (at-least-once).  No run is ever lost, and producers'
enqueues keep whatever setting their own sessions use.

Behind a transaction-mode pooler (``pooler="transaction"``, e.g. PgBouncer with
``pool_mode = transaction``) nothing may rest on session state: the pool caches
no statements, sends no ``synchronous_commit`` startup parameter (PgBouncer
refuses it; set it on the pooler's server connections instead), and does not
LISTEN, since no NOTIFY reaches a pooler's client: the claim loop polls every
``poll_interval``, and a running run's cancellation reaches its handler through
the next heartbeat (within lease/2) instead of at once.

What happens to a run (retry delay, next status) is decided in SQL.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import json
import logging
import os
import random
import re
import signal
import socket
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import asyncpg

from durablesql.client import HEALTH_SQL
from durablesql.context import JobContext, Report, storable
from durablesql.dsn import connect_options, resolve_pooler
from durablesql.errors import (
    ConfigurationError,
    SchemaNotInstalled,
    is_connection_error,
    is_transient,
    raise_translated,
    sql_errors,
)
from durablesql.schedules import MATERIALIZE_SQL
from durablesql.threads import HandlerCall, HandlerThreads
from durablesql.waiter import wait_event

if TYPE_CHECKING:
    from durablesql.app import App, JobSpec

log = logging.getLogger("durablesql.worker")

# What a finished handler leaves: None (success) or (error text, retryable).
_Outcome = tuple[str, bool] | None

CLAIM_SQL = (
    "SELECT run_id, job_name, queue, args::text, attempt, max_attempts, run_at, timeout"
    " FROM durable.claim($1, $2, $3, $4, $5)"
)
COMPLETE_SQL = "SELECT durable.complete($1, $2, $3::text[]::jsonb[])"
FAIL_SQL = "SELECT durable.fail($1, $2, $3, $4)"
HEARTBEAT_SQL = "SELECT durable.heartbeat($1, $2, $3)"
RELEASE_SQL = "SELECT durable.release($1, $2)"
REGISTER_SQL = "SELECT durable.register_worker($1, $2, $3, $4::text::jsonb)"
UNREGISTER_SQL = "SELECT durable.unregister_worker($1)"
# One round trip for every line handlers logged (in order), one for their latest progress.
LOG_SQL = (
    "SELECT pg_catalog.count(*) FILTER (WHERE durable.log($1, t.r, t.l, t.m))"
    " FROM unnest($2::bigint[], $3::text[], $4::text[]) AS t(r, l, m)"
)
PROGRESS_SQL = (
    "SELECT pg_catalog.count(*) FILTER (WHERE durable.set_progress($1, t.r, t.p, t.n))"
    " FROM unnest($2::bigint[], $3::real[], $4::text[]) AS t(r, p, n)"
)
STRATEGIES = ("priority", "strict", "weighted")
HEALTH_INTERVAL = 60.0

# Errors longer than this are cut (the database keeps what it is given).
MAX_ERROR_CHARS = 65536
# No single statement of the worker should take this long; one that does is
# treated like a lost connection (cancelled, then retried).
COMMAND_TIMEOUT = 60.0
# The outcome of a handler task that ended in a way we did not foresee.
_LOST_TRACK: _Outcome = ("the worker lost track of the handler (see its log)", True)
# What asyncpg's named statements meet when consecutive calls land on different
# server connections (a transaction-mode pooler not declared with pooler=).
_STATEMENT_ERRORS = (asyncpg.DuplicatePreparedStatementError, asyncpg.InvalidSQLStatementNameError)
# An escaped NUL in JSON text: jsonb cannot store it.
_JSON_NUL = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")


class _JobTimeout(Exception):
    """The job's own timeout expired (as opposed to a TimeoutError the handler raised)."""


class _Held:
    """A run this worker holds a lease on: ready, running, or awaiting completion."""

    __slots__ = (
        "args_json",
        "call",
        "ctx",
        "finished",
        "renewed",
        "result_json",
        "run_id",
        "settled",
        "started",
        "stop_reason",
        "task",
        "timeout",
    )

    def __init__(self, ctx: JobContext, args_json: str, timeout: timedelta | None) -> None:
        self.ctx = ctx
        self.run_id = ctx.run_id
        self.args_json = args_json
        self.timeout = timeout
        self.task: asyncio.Task[None] | None = None
        self.call: HandlerCall | None = None  # a sync handler's thread call
        self.stop_reason: str | None = None  # why we interrupted it: cancelled, lost, shutdown
        self.started = False  # its task began running
        self.settled = False  # its slot was freed and its outcome taken care of
        self.finished = False  # handler returned; completion queued
        self.result_json: str | None = None
        self.renewed = time.monotonic()  # when its lease was last granted or extended


@dataclass
class WorkerStats:
    claimed: int = 0
    succeeded: int = 0
    failed: int = 0
    stopped: int = 0
    disconnects: int = 0  # times a call found the database gone (then retried)


def default_worker_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


class Worker:
    """Runs an App's handlers.  ``await worker.run()``; ``worker.stop()`` to shut down."""

    def __init__(
        self,
        app: App,
        *,
        queues: Sequence[str] | None = None,
        concurrency: int = 10,
        lease: float = 30.0,
        shutdown_timeout: float = 30.0,
        poll_interval: float = 1.0,
        poll_jitter: float = 0.1,
        name: str | None = None,
        max_batch: int = 100,
        prefetch: int = 0,
        complete_batch: int = 1000,
        listen: bool | None = None,
        reconnect_max_delay: float = 10.0,
        synchronous_commit: bool = False,
        strategy: str = "priority",
        schedule_interval: float = 1.0,
        dsn: str | None = None,
        pooler: str | None = None,
    ) -> None:
        """``pooler``: None takes the app's (``App(pooler=…)``, ``$DURABLESQL_POOLER``);
        ``"transaction"`` or ``"none"`` overrides it.  ``listen`` (LISTEN for
        wake-ups and cancellations) defaults to on, and is off behind a pooler."""
        self.pooler = app.pooler if pooler is None else resolve_pooler(pooler)
        if listen is None:
            listen = self.pooler is None
        elif listen and self.pooler is not None:
            raise ConfigurationError(
                "listen=True cannot work behind a transaction-mode pooler: no NOTIFY reaches"
                " its clients"
            )
        if concurrency < 1:
            raise ConfigurationError(f"concurrency must be at least 1, got {concurrency}")
        if lease < 1:
            raise ConfigurationError(f"lease must be at least 1 second, got {lease}")
        if max_batch < 1 or prefetch < 0 or complete_batch < 1:
            raise ConfigurationError("max_batch and complete_batch must be ≥ 1, prefetch ≥ 0")
        if poll_interval <= 0 or not 0 <= poll_jitter < 1:
            raise ConfigurationError("poll_interval must be > 0 and poll_jitter in [0, 1)")
        if schedule_interval < 0:
            raise ConfigurationError(
                f"schedule_interval must be ≥ 0 seconds (0: off), got {schedule_interval}"
            )
        if strategy not in STRATEGIES:
            raise ConfigurationError(
                f"unknown claim strategy {strategy!r}: use priority, strict or weighted"
            )
        self.app = app
        self.queues = sorted(set(queues)) if queues else app.queues
        if not self.queues:
            raise ConfigurationError("the worker has no queues: register jobs or pass queues=")
        self.concurrency = concurrency
        self.lease = timedelta(seconds=lease)
        self.shutdown_timeout = shutdown_timeout
        self.poll_interval = poll_interval
        self.poll_jitter = poll_jitter
        self.name = name or default_worker_name()
        self.max_batch = max_batch
        self.prefetch = prefetch
        self.complete_batch = complete_batch
        self.listen = listen
        self.reconnect_max_delay = reconnect_max_delay
        self.synchronous_commit = synchronous_commit
        self.strategy = strategy
        self.schedule_interval = schedule_interval
        self._dsn = dsn
        self.stats = WorkerStats()

        self._queue_set = frozenset(self.queues)
        self._held: dict[int, _Held] = {}
        self._ready: collections.deque[_Held] = collections.deque()
        self._running = 0
        self._done: list[_Held] = []
        self._background: set[asyncio.Task[Any]] = set()  # reports and releases in flight
        # Log lines and progress from handlers (any thread), written in order.
        self._reports: collections.deque[Report] = collections.deque()
        self._reports_event = asyncio.Event()
        self._reports_lock = asyncio.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None

        self._wake = asyncio.Event()  # a notify, a freed slot, or stop
        self._done_event = asyncio.Event()
        self._stopping = asyncio.Event()
        self._force = asyncio.Event()
        self._closed = asyncio.Event()  # background loops end
        self._started = asyncio.Event()
        self._pool: asyncpg.Pool | None = None
        self._threads: HandlerThreads | None = None
        self._disconnected_since: float | None = None
        self._told_pooler = False

    # ------------------------------------------------------------------ control

    def stop(self) -> None:
        """Begin a graceful shutdown; a second call skips the waiting."""
        if self._stopping.is_set():
            self._force.set()
        self._stopping.set()
        self._wake.set()

    async def wait_started(self) -> None:
        await self._started.wait()

    @property
    def held_run_ids(self) -> list[int]:
        return list(self._held)

    async def run(self, *, install_signal_handlers: bool = False) -> None:
        """Run until stop() (or SIGINT/SIGTERM when install_signal_handlers)."""
        loop = asyncio.get_running_loop()
        if install_signal_handlers:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, self.stop)
        try:
            await self._start()
            loops = [
                asyncio.create_task(self._heartbeat_loop(), name="durablesql-heartbeat"),
                asyncio.create_task(self._complete_loop(), name="durablesql-complete"),
                asyncio.create_task(self._reports_loop(), name="durablesql-reports"),
                asyncio.create_task(self._health_loop(), name="durablesql-health"),
            ]
            if self.listen:
                loops.append(asyncio.create_task(self._listen_loop(), name="durablesql-listen"))
            if self.schedule_interval > 0:
                loops.append(
                    asyncio.create_task(self._schedule_loop(), name="durablesql-schedules")
                )
            self._started.set()
            try:
                await self._claim_loop()
            finally:
                await self._shutdown(loops)
        finally:
            if install_signal_handlers:
                for sig in (signal.SIGINT, signal.SIGTERM):
                    loop.remove_signal_handler(sig)
            await self._close()

    # ------------------------------------------------------------------ start/stop

    async def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._dsn = dsn = self._dsn or self.app.dsn
        settings = {"application_name": f"durablesql worker {self.name}"[:63]}
        if not self.synchronous_commit and self.pooler is None:
            settings["synchronous_commit"] = "off"
        try:
            self._pool = await asyncpg.create_pool(
                dsn,
                min_size=1,
                max_size=4,
                server_settings=settings,
                reset=_keep_session,
                command_timeout=COMMAND_TIMEOUT,
                **connect_options(self.pooler),
            )
        except Exception as exc:
            hint = ""
            if "unsupported startup parameter" in str(exc):
                hint = " (behind PgBouncer in transaction mode? use --pooler transaction)"
            raise ConfigurationError(f"cannot connect to the database: {exc}{hint}") from exc
        if any(not spec.is_async for spec in self.app.jobs.values()):
            self._threads = HandlerThreads(self.concurrency)
        # A connection lost while starting (a restart, a terminated backend) is
        # retried like any other call, not a reason to exit.
        delay = 0.1
        while True:
            try:
                await self._ensure_schema(dsn)
                synced, commit_mode = await self._register()
                break
            except Exception as exc:
                if not is_transient(exc) or self._stopping.is_set():
                    raise
                log.warning("starting: %s; retrying in %.1fs", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.reconnect_max_delay)
        for schedule, action in synced:
            log.info("schedule %s: %s", schedule, action)
        log.info(
            "worker %s serving %s with concurrency %d",
            self.name,
            ",".join(self.queues),
            self.concurrency,
        )
        if self.pooler is not None:
            commits: str
            if commit_mode == "off":
                commits = (
                    "asynchronous (synchronous_commit = off on the pooler's server connections)"
                )
                if self.synchronous_commit:
                    commits += ", although synchronous ones were asked for"
            elif self.synchronous_commit:
                commits = "synchronous, as asked"
            else:
                commits = (
                    "synchronous: asynchronous commit is lost (a pooler refuses synchronous_commit"
                    " as a startup parameter; set it on its server connections instead)"
                )
            log.info(
                "behind a transaction-mode pooler: LISTEN is off, polling every %ss;"
                " cancelling a running run reaches its handler at the next heartbeat"
                " (every %ss); commits are %s",
                self.poll_interval,
                self._heartbeat_interval,
                commits,
            )

    async def _register(self) -> tuple[list[tuple[str, str]], str | None]:
        """Define the app's jobs and schedules, register this worker; (schedule sync
        actions, the server's synchronous_commit when behind a pooler)."""
        assert self._pool is not None
        info = json.dumps(
            {"host": socket.gethostname(), "pid": os.getpid(), "jobs": sorted(self.app.jobs)}
        )
        commit_mode: str | None = None
        with sql_errors():
            async with self._pool.acquire() as conn:
                await self.app.define_jobs(conn)
                synced = await self.app.sync_schedules(conn)
                await conn.execute(REGISTER_SQL, self.name, self.queues, self.concurrency, info)
                if self.pooler is not None:
                    commit_mode = await conn.fetchval(
                        "SELECT pg_catalog.current_setting('synchronous_commit')"
                    )
        return synced, commit_mode

    async def _ensure_schema(self, dsn: str) -> None:
        from durablesql import embedded
        from durablesql.migrate import installed_version, migrate

        assert self._pool is not None
        async with self._pool.acquire() as conn:
            if await installed_version(conn) is not None:
                return
            if not embedded.is_embedded(dsn):
                raise SchemaNotInstalled(
                    "the durable schema is not installed in this database: run `durablesql migrate`"
                )
            await migrate(conn)  # the embedded database is ours to set up

    async def _wait_unless_forced(
        self, tasks: Collection[asyncio.Future[Any]], timeout: float
    ) -> None:
        """Wait until all tasks are done, `timeout` passes, or stop() is called again."""
        pending = [t for t in tasks if not t.done()]
        if not pending or self._force.is_set() or timeout <= 0:
            return
        everything = asyncio.ensure_future(asyncio.wait(pending))
        force = asyncio.ensure_future(self._force.wait())
        await asyncio.wait(
            {everything, force}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        everything.cancel()
        force.cancel()

    async def _shutdown(self, loops: list[asyncio.Task[None]]) -> None:
        self._stopping.set()
        deadline = time.monotonic() + self.shutdown_timeout + 10
        # Runs claimed but never started go straight back to the queue.
        unstarted = list(self._ready)
        self._ready.clear()
        for held in unstarted:
            self._forget(held)
        if unstarted:
            ids = [h.run_id for h in unstarted]
            try:
                n = await self._call("release", RELEASE_SQL, self.name, ids, deadline=deadline)
                log.info("released %d unstarted runs", n)
            except Exception as exc:
                log.warning(
                    "could not release %d unstarted runs (%s); their leases will expire",
                    len(ids),
                    exc,
                )
        running = [h.task for h in self._held.values() if h.task is not None and not h.task.done()]
        if running:
            log.info(
                "waiting up to %gs for %d running handlers", self.shutdown_timeout, len(running)
            )
            await self._wait_unless_forced(running, self.shutdown_timeout)
            still = [h for h in self._held.values() if h.task is not None and not h.task.done()]
            for held in still:
                self._interrupt(held, "shutdown")
            if still:
                await asyncio.wait([h.task for h in still if h.task is not None], timeout=10)
        await self._wait_unless_forced(set(self._background), deadline - time.monotonic())
        # Flush completions, then end the loops.
        self._closed.set()
        self._done_event.set()
        self._reports_event.set()
        self._wake.set()
        await self._wait_unless_forced(loops, deadline - time.monotonic())
        for task in [*loops, *self._background]:
            task.cancel()
        with contextlib.suppress(Exception):
            await self._call("unregister", UNREGISTER_SQL, self.name, deadline=deadline)
        log.info(
            "worker %s stopped: %d claimed, %d succeeded, %d failed",
            self.name,
            self.stats.claimed,
            self.stats.succeeded,
            self.stats.failed,
        )

    async def _close(self) -> None:
        if self._pool is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._pool.close(), 5)
            self._pool.terminate()
            self._pool = None
        if self._threads is not None:
            self._threads.close()
            self._threads = None

    # ------------------------------------------------------------------ database

    async def _call(
        self,
        what: str,
        sql: str,
        *args: Any,
        rows: bool = False,
        deadline: float | None = None,
        until_stopping: bool = False,
    ) -> Any:
        """One SQL call on a pooled connection (fetchval, or fetch with rows=True).

        A lost connection or another transient error is retried with backoff
        until the call succeeds, or `deadline` (a time.monotonic() value)
        passes, or the worker is forced to stop (with a deadline), or it is
        stopping (with until_stopping).  A restarted server delays the worker
        but loses nothing it holds.
        """
        assert self._pool is not None
        delay = 0.05
        while True:
            try:
                async with self._pool.acquire() as conn:
                    try:
                        result = await (
                            conn.fetch(sql, *args) if rows else conn.fetchval(sql, *args)
                        )
                    except Exception as exc:
                        if is_connection_error(exc):
                            # Never hand a half-dead connection back to the pool
                            # (there is no reset query to weed it out).  One the
                            # pool already let go of says so: keep the real error.
                            with contextlib.suppress(Exception):
                                conn.terminate()
                        raise
                if self._disconnected_since is not None:
                    log.warning(
                        "database connection is back after %.1fs",
                        time.monotonic() - self._disconnected_since,
                    )
                    self._disconnected_since = None
                    self._wake.set()
                return result
            except Exception as exc:
                if not is_transient(exc):
                    self._tell_pooler(exc)
                    raise_translated(exc)
                if (
                    (until_stopping and self._stopping.is_set())
                    or (deadline is not None and self._force.is_set())
                    or (deadline is not None and time.monotonic() + delay > deadline)
                ):
                    raise
                if not is_connection_error(exc):
                    log.warning("%s failed (%s); retrying", what, exc)
                elif self._disconnected_since is None:
                    self._disconnected_since = time.monotonic()
                    self.stats.disconnects += 1
                    log.warning("database connection lost during %s (%s); retrying", what, exc)
                await asyncio.sleep(delay * random.uniform(0.5, 1.5))
                delay = min(delay * 2, self.reconnect_max_delay)

    def _tell_pooler(self, exc: Exception) -> None:
        """Once: name the likely cause when asyncpg's named statements go missing."""
        if self.pooler is None and not self._told_pooler and isinstance(exc, _STATEMENT_ERRORS):
            self._told_pooler = True
            log.error(
                "%s: the DSN looks like a transaction-mode pooler (PgBouncer pool_mode ="
                " transaction): run the worker with --pooler transaction (pooler='transaction')",
                getattr(exc, "message", exc),
            )

    def _spawn(self, coro: Any) -> None:
        """Run a database call in the background, tracked so shutdown can wait for it."""
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # ------------------------------------------------------------------ claiming

    def _wants(self) -> int:
        free = self.concurrency + self.prefetch - self._running - len(self._ready)
        return min(self.max_batch, free)

    async def _wait_wake(self, timeout: float | None) -> None:
        await wait_event(self._wake, timeout)

    async def _claim(self, want: int) -> tuple[list[asyncpg.Record], float]:
        """The runs claimed, and when the claim was sent (their leases are no older)."""
        self._wake.clear()
        sent = time.monotonic()
        found: list[asyncpg.Record] = await self._call(
            "claim",
            CLAIM_SQL,
            self.name,
            self.queues,
            want,
            self.lease,
            self.strategy,
            rows=True,
            until_stopping=True,
        )
        return found, sent

    async def _claim_loop(self) -> None:
        loop = asyncio.get_running_loop()
        in_flight: asyncio.Task[tuple[list[asyncpg.Record], float]] | None = None
        asked = 0
        backoff = 0.1
        while not self._stopping.is_set():
            if in_flight is None:
                asked = self._wants()
                if asked <= 0:
                    self._wake.clear()
                    if self._wants() <= 0 and not self._stopping.is_set():
                        await self._wait_wake(None)
                    continue
                in_flight = loop.create_task(self._claim(asked))
            try:
                found, sent = await in_flight
            except Exception as exc:
                in_flight = None
                if self._stopping.is_set():
                    break
                # Not a connection problem (those are retried inside _call):
                # log it and keep the worker alive.
                log.error("claim failed: %s; trying again in %.1fs", exc, backoff)
                await self._wait_for_stop(backoff)
                backoff = min(backoff * 2, self.reconnect_max_delay)
                continue
            in_flight = None
            backoff = 0.1
            self._hold(found, sent)
            full = len(found) == asked
            if full and (asked := self._wants()) > 0 and not self._stopping.is_set():
                # With prefetch room, send the next claim before running this
                # batch, so its round trip overlaps the handlers.
                in_flight = loop.create_task(self._claim(asked))
                await asyncio.sleep(0)
            self._dispatch()
            if not full and not self._stopping.is_set():
                jitter = random.uniform(1 - self.poll_jitter, 1 + self.poll_jitter)
                await self._wait_wake(self.poll_interval * jitter)
        if in_flight is not None:
            with contextlib.suppress(Exception):
                self._hold(*await in_flight)  # then released as unstarted by the shutdown

    async def _wait_for_stop(self, seconds: float) -> None:
        await wait_event(self._stopping, seconds)

    def _hold(self, found: list[asyncpg.Record], sent: float) -> None:
        name = self.name
        for run_id, job_name, queue, args_json, attempt, max_attempts, run_at, timeout in found:
            if run_id in self._held:
                # Our own lease expired (the loop was blocked, or the database
                # away) and we reclaimed the run.  The execution we already have
                # goes on and completes it; starting a second one would run it twice.
                continue
            ctx = JobContext(
                run_id, job_name, queue, attempt, max_attempts, run_at, name, self._report
            )
            held = _Held(ctx, args_json, timeout)
            held.renewed = sent
            self._held[run_id] = held
            self._ready.append(held)
        self.stats.claimed += len(found)

    def _forget(self, held: _Held) -> None:
        if self._held.get(held.run_id) is held:
            del self._held[held.run_id]

    def _dispatch(self) -> None:
        create_task = asyncio.get_running_loop().create_task
        while self._ready and self._running < self.concurrency and not self._stopping.is_set():
            held = self._ready.popleft()
            self._running += 1
            held.task = create_task(self._execute(held))

    def _settle(self, held: _Held, outcome: _Outcome) -> None:
        """A handler is over: free its slot, queue its completion or report its failure."""
        if held.settled:
            return
        held.settled = True
        self._running -= 1
        if self._ready:
            self._dispatch()
        else:
            self._wake.set()
        if outcome is None:
            held.finished = True
            self._done.append(held)
            self._done_event.set()
        else:
            self._spawn(self._report_failure(held, *outcome))

    # ------------------------------------------------------------------ running

    async def _renew(self, ids: list[int]) -> list[int]:
        """Extend these runs' leases; the ids still ours, marked as renewed."""
        sent = time.monotonic()
        kept: list[int] = await self._call("heartbeat", HEARTBEAT_SQL, self.name, ids, self.lease)
        for run_id in kept:
            if (held := self._held.get(run_id)) is not None:
                held.renewed = sent
        return kept

    async def _still_ours(self, held: _Held) -> bool:
        """Renew one run's lease; False when another worker may have it by now."""
        return held.run_id in await self._renew([held.run_id])

    async def _execute(self, held: _Held) -> None:
        held.started = True
        outcome: _Outcome = _LOST_TRACK
        try:
            # Claimed longer ago than most of a lease with no renewal since (the
            # process was frozen, the loop blocked): another worker may have the
            # run by now, so make sure before starting the handler.
            if time.monotonic() - held.renewed > 0.8 * self.lease.total_seconds() and not (
                await self._still_ours(held)
            ):
                held.ctx.logger.warning("its lease ran out before it started: not starting it")
                held.stop_reason = "lost"
                outcome = self._stopped_outcome(held)
                return
            outcome = await self._run_handler(held)
        except asyncio.CancelledError as exc:
            task = asyncio.current_task()
            if held.stop_reason is not None and task is not None:
                task.uncancel()  # we interrupted it on purpose
                outcome = self._stopped_outcome(held)
            elif task is not None and task.cancelling() == 0:
                # The handler raised CancelledError itself: an ordinary failure.
                outcome = (str(exc) or "the handler raised CancelledError", True)
            else:
                outcome = self._stopped_outcome(held)  # the event loop is going away
                raise
        except Exception as exc:  # a bug in the worker itself
            log.exception("worker error running run %d", held.run_id)
            outcome = (f"worker error: {exc!r}", True)
        finally:
            self._settle(held, outcome)

    async def _run_handler(self, held: _Held) -> _Outcome:
        """Run the handler; None on success (result kept on held), else (error, retryable)."""
        spec = self.app.jobs.get(held.ctx.job_name)
        if spec is None:
            return (f"no handler for job {held.ctx.job_name!r} on worker {self.name}", True)
        try:
            result = await self._invoke(spec, held)
        except _JobTimeout:
            seconds = held.timeout.total_seconds() if held.timeout else 0
            return (f"timed out after {seconds:g}s (job timeout)", True)
        except Exception as exc:
            held.ctx.logger.warning("handler raised %s", type(exc).__name__, exc_info=True)
            return (str(exc) or type(exc).__name__, True)
        if result is not None:
            try:
                held.result_json = json.dumps(result, separators=(",", ":"), allow_nan=False)
            except (TypeError, ValueError) as exc:
                return (f"result is not JSON-serialisable: {exc}", False)
            if "\\u0000" in held.result_json and _JSON_NUL.search(held.result_json):
                return (
                    "result contains a NUL character (\\u0000), which jsonb cannot store",
                    False,
                )
        return None

    async def _invoke(self, spec: JobSpec, held: _Held) -> Any:
        args = {} if held.args_json == "{}" else json.loads(held.args_json)
        if spec.is_async:
            awaitable = spec.handler(held.ctx, args)
        else:
            assert self._threads is not None
            held.call = self._threads.submit(spec.handler, held.ctx, args)
            awaitable = held.call.future
        try:
            if held.timeout is None:
                return await awaitable
            limit = asyncio.timeout(held.timeout.total_seconds())
            try:
                async with limit:
                    return await awaitable
            except TimeoutError:
                if limit.expired():
                    held.ctx._request_cancel("timeout")
                    raise _JobTimeout() from None
                raise  # the handler's own TimeoutError: an ordinary failure
        finally:
            if held.call is not None and self._threads is not None:
                # If we stopped waiting before the call returned (timeout, cancel,
                # lost lease), the thread cannot be stopped: it runs out on its
                # own and a fresh thread takes its place.  A finished call: no-op.
                self._threads.abandon(held.call)

    async def _report_failure(self, held: _Held, error: str, retryable: bool) -> None:
        # Text cannot hold NUL; the database would reject the whole call.
        error = storable(error, MAX_ERROR_CHARS)
        await self._flush_reports()
        # Forgotten before the call: a retry due at once can be claimed again (after
        # its NOTIFY) before this coroutine resumes, and a run still held here
        # would be taken for one of our own expired leases and never started.
        self._forget(held)
        try:
            status = await self._call("fail", FAIL_SQL, self.name, held.run_id, error, retryable)
        except Exception:
            log.exception(
                "could not record the failure of run %d; its lease will expire", held.run_id
            )
            return
        if status is None:
            self.stats.stopped += 1
        else:
            self.stats.failed += 1
            held.ctx.logger.info("attempt failed (%s): now %s", error.splitlines()[0][:200], status)

    def _stopped_outcome(self, held: _Held) -> tuple[str, bool]:
        if held.stop_reason == "cancelled":
            return ("cancelled while running", False)
        if held.stop_reason == "lost":
            # durable.fail is a no-op unless the run is still ours (then it was cancelled).
            return ("handler stopped: the run was cancelled or its lease was lost", False)
        return (f"worker {self.name} shut down before the handler finished", True)

    def _interrupt(self, held: _Held, reason: str) -> None:
        """Stop a handler: cancel its task; a sync handler sees ctx.cancelled."""
        if held.stop_reason is None:
            held.stop_reason = reason
        held.ctx._request_cancel(reason)
        if held.task is not None and not held.task.done():
            held.task.cancel()
            if not held.started:
                # Cancelled before its first step, the body never runs: settle here.
                self._settle(held, self._stopped_outcome(held))

    def _drop_unstarted(self, held: _Held) -> bool:
        """Give back a run that was claimed but not started (cancelled or lost meanwhile)."""
        if held not in self._ready:
            return False
        self._ready.remove(held)
        self._forget(held)
        # release() ends a cancelled run as cancelled, and ignores a run that is not ours.
        self._spawn(self._call("release", RELEASE_SQL, self.name, [held.run_id]))
        return True

    # ------------------------------------------------------------------ completing

    async def _complete_loop(self) -> None:
        while True:
            await self._done_event.wait()
            self._done_event.clear()
            while self._done:
                batch = self._done[: self.complete_batch]
                del self._done[: len(batch)]
                await self._complete(batch)
            if self._closed.is_set() and not self._done:
                return

    async def _complete(self, batch: list[_Held]) -> None:
        await self._flush_reports()  # a run's log lines land before it ends
        ids = [held.run_id for held in batch]
        results = [held.result_json for held in batch]
        results_param = None if all(r is None for r in results) else results
        try:
            n = await self._call("complete", COMPLETE_SQL, self.name, ids, results_param)
        except Exception as exc:
            if len(batch) > 1 and not is_transient(exc):
                # One bad result must not sink the others: complete them one by one.
                for held in batch:
                    await self._complete([held])
                return
            log.error("could not complete run %s: %s", ids if len(ids) > 1 else ids[0], exc)
            for held in batch:
                self._forget(held)
                if not is_transient(exc):
                    self._spawn(
                        self._report_failure(held, f"result could not be stored: {exc}", False)
                    )
            return
        for held in batch:
            self._forget(held)
        self.stats.succeeded += n
        if n < len(ids):
            log.warning(
                "%d of %d finished runs were no longer held by %s (lease lost or cancelled)",
                len(ids) - n,
                len(ids),
                self.name,
            )

    # ------------------------------------------------------------------ log lines, progress

    def _report(self, item: Report) -> None:
        """ctx.log()/ctx.progress(): queue the write; safe from handler threads."""
        self._reports.append(item)
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closed: nothing more to write
                self._loop.call_soon_threadsafe(self._reports_event.set)

    async def _reports_loop(self) -> None:
        while not self._closed.is_set():
            await self._reports_event.wait()
            self._reports_event.clear()
            await self._flush_reports()
        await self._flush_reports()

    async def _flush_reports(self) -> None:
        """Write the queued reports, after any flush already under way."""
        if not self._reports and not self._reports_lock.locked():
            return  # the common case on the completion path: nothing to write
        async with self._reports_lock:
            items = []
            while self._reports:
                items.append(self._reports.popleft())
            logs = [(r, a, b) for kind, r, a, b in items if kind == "log"]
            latest = {r: (a, b) for kind, r, a, b in items if kind == "progress"}
            try:
                if logs:
                    await self._call(
                        "log", LOG_SQL, self.name, *(list(col) for col in zip(*logs, strict=True))
                    )
                if latest:
                    await self._call(
                        "set_progress",
                        PROGRESS_SQL,
                        self.name,
                        list(latest),
                        [p for p, _ in latest.values()],
                        [n for _, n in latest.values()],
                    )
            except Exception as exc:
                log.warning("could not record %d log/progress reports: %s", len(items), exc)

    # ------------------------------------------------------------------ health

    async def _health_loop(self) -> None:
        """Once a minute: log durable.health's warning (dead rows piling up in the
        hot table, a long transaction pinning them), once per distinct warning."""
        last: str | None = None
        while not self._closed.is_set():
            await wait_event(self._closed, HEALTH_INTERVAL)
            if self._closed.is_set():
                return
            try:
                warning = await self._call("health", HEALTH_SQL, until_stopping=True)
            except Exception as exc:
                log.debug("durable.health failed: %s", exc)
                continue
            if warning and warning != last:
                log.warning("%s", warning)
            last = warning

    # ------------------------------------------------------------------ schedules

    async def _schedule_loop(self) -> None:
        """Every schedule_interval, enqueue the due slots of every schedule.  Any
        number of workers may do so at once: each slot is enqueued exactly once."""
        while not self._closed.is_set():
            try:
                n = await self._call("materialize", MATERIALIZE_SQL, until_stopping=True)
                if n:
                    log.debug("enqueued %d scheduled runs", n)
            except Exception as exc:
                if self._stopping.is_set():
                    return
                log.warning("materializing schedules failed: %s", exc)
            await wait_event(self._closed, self.schedule_interval)

    # ------------------------------------------------------------------ heartbeat

    @property
    def _heartbeat_interval(self) -> float:
        return max(self.lease.total_seconds() / 2, 0.25)

    async def _heartbeat_loop(self) -> None:
        interval = self._heartbeat_interval
        while not self._closed.is_set():
            await wait_event(self._closed, interval)
            if self._closed.is_set():
                return
            ids = list(self._held)
            try:
                kept = await self._renew(ids)
            except Exception:
                log.exception("heartbeat failed")
                continue
            for run_id in set(ids).difference(kept):
                held = self._held.get(run_id)
                if held is None or held.finished:
                    continue  # completed meanwhile, or completion will report it
                if not self._drop_unstarted(held):
                    held.ctx.logger.warning("lease lost or run cancelled; stopping the handler")
                    self._interrupt(held, "lost")

    # ------------------------------------------------------------------ notifications

    def _on_wake(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        if payload in self._queue_set:
            self._wake.set()

    def _on_cancel(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        try:
            run_id = int(str(payload))
        except ValueError:
            return
        held = self._held.get(run_id)
        if held is None or held.finished:
            return
        held.ctx.logger.info("run cancelled; stopping the handler")
        if not self._drop_unstarted(held):
            self._interrupt(held, "cancelled")

    async def _listen_loop(self) -> None:
        delay = 0.1
        dsn = self._dsn  # resolved by _start
        assert dsn is not None
        while not self._closed.is_set():
            conn: asyncpg.Connection | None = None
            try:
                conn = await asyncpg.connect(
                    dsn, server_settings={"application_name": f"durablesql listen {self.name}"[:63]}
                )
                lost = asyncio.Event()
                conn.add_termination_listener(functools.partial(_set_event, lost))
                await conn.add_listener("durable", self._on_wake)
                await conn.add_listener("durable_cancel", self._on_cancel)
                if delay > 0.1:
                    log.info("LISTEN connection re-established")
                delay = 0.1
                self._wake.set()  # notifications may have been missed while away
                closed = asyncio.ensure_future(self._closed.wait())
                dropped = asyncio.ensure_future(lost.wait())
                await asyncio.wait({closed, dropped}, return_when=asyncio.FIRST_COMPLETED)
                closed.cancel()
                dropped.cancel()
            except Exception as exc:
                if not is_transient(exc):
                    log.exception("LISTEN connection failed")
            finally:
                if conn is not None:
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(conn.close(), 2)
            if not self._closed.is_set():
                await wait_event(self._closed, delay)
                delay = min(delay * 2, self.reconnect_max_delay)


def _set_event(event: asyncio.Event, *_: object) -> None:
    event.set()


async def _keep_session(_conn: asyncpg.Connection) -> None:
    """The pool's release hook.  asyncpg's default sends a reset query (unlock
    advisory locks, CLOSE ALL, UNLISTEN *, RESET ALL) on every release: one more
    round trip per claim or complete.  The worker's calls leave no session state
    behind (LISTEN has its own connection), so there is nothing to reset."""
