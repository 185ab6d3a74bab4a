"""The worker: decides *when* to call the engine and *which* handler runs.

One process runs up to ``concurrency`` handlers at once.  Its parts, each in a
module of its own around one ``WorkerState``:

* ``starting``: connect, define the app's jobs and schedules, register;
* ``claiming``: ask ``claim`` for as many runs as there are free slots (plus
  ``prefetch``), start them, then sleep until a wake-up notice for one of its
  queues, a freed slot, or the poll interval (± jitter) — whichever first;
* ``running``: run a handler with its timeout; stop it when its run is
  cancelled or its lease lost;
* ``endings``: complete finished runs in batches, fail, release;
* ``reports``: write what handlers log and their progress, in order;
* ``ticks``: renew every held lease each lease/2, enqueue due schedule slots,
  sweep old runs away (retention), look at the database's health;
* ``wakeups``: wake-up and cancel notices, where the dialect pushes them;
* ``observing``: its own metrics and an OpenTelemetry span per attempt.

On SIGINT/SIGTERM it stops claiming, releases runs it has not started, waits
up to ``shutdown_timeout`` for running handlers, then interrupts the rest.  A
dropped connection, a restarted server or another transient error is retried
with backoff (``Resilient``); nothing held in memory is dropped meanwhile.

Its own bookkeeping commits asynchronously where the dialect can
(``synchronous_commit=False``, the default): a database *crash* can undo the
last fraction of a second of it, and those runs run again, as after a worker
crash (at-least-once); none is lost.  What happens to a run is decided in SQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
import time
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from durablesql.driver import Driver, Limits
from durablesql.dsn import resolve_pooler
from durablesql.errors import ConfigurationError
from durablesql.events import Hub, run_event, worker_event
from durablesql.resilient import Resilient
from durablesql.threads import HandlerThreads
from durablesql.worker.claiming import Claimer
from durablesql.worker.endings import Endings
from durablesql.worker.observing import Observing
from durablesql.worker.reports import Reports
from durablesql.worker.running import Runner
from durablesql.worker.starting import start
from durablesql.worker.state import Held, WorkerState, WorkerStats
from durablesql.worker.ticks import Ticks
from durablesql.worker.wakeups import Wakeups

if TYPE_CHECKING:
    from durablesql.app import App

log = logging.getLogger("durablesql.worker")


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
        retention_sweep: float = 300.0,
        dsn: str | None = None,
        pooler: str | None = None,
        metrics: bool = False,
        metrics_port: int | None = None,
        metrics_host: str = "127.0.0.1",
        database_metrics: bool = True,
    ) -> None:
        """``pooler``: None takes the app's (``App(pooler=…)``, ``$DURABLESQL_POOLER``);
        ``"transaction"`` or ``"none"`` overrides it.  ``listen`` (push notices for
        wake-ups and cancellations) defaults to on where the database pushes them.

        ``metrics``, ``metrics_port``: the worker's own metrics (see ``Observing``)."""
        self.pooler = app.pooler if pooler is None else resolve_pooler(pooler)
        if self.pooler is not None:
            if listen:
                raise ConfigurationError(
                    "listen=True cannot work behind a transaction-mode pooler: no NOTIFY"
                    " reaches its clients"
                )
            listen = False
        if concurrency < 1:
            raise ConfigurationError(f"concurrency must be at least 1, got {concurrency}")
        if lease < 1:
            raise ConfigurationError(f"lease must be at least 1 second, got {lease}")
        if max_batch < 1 or prefetch < 0 or complete_batch < 1:
            raise ConfigurationError("max_batch and complete_batch must be ≥ 1, prefetch ≥ 0")
        if poll_interval <= 0 or not 0 <= poll_jitter < 1:
            raise ConfigurationError("poll_interval must be > 0 and poll_jitter in [0, 1)")
        for option, value in (
            ("schedule_interval", schedule_interval),
            ("retention_sweep", retention_sweep),
        ):
            if isinstance(value, bool) or not 0 <= value < float("inf"):
                raise ConfigurationError(f"{option} must be ≥ 0 seconds (0: off), got {value}")
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
        self.synchronous_commit = synchronous_commit
        self.strategy = strategy
        self.schedule_interval = schedule_interval
        self.retention_sweep = retention_sweep
        self._dsn = dsn
        self.state = WorkerState()
        self.calls = Resilient(reconnect_max_delay, on_back=self._back, on_lost=self._lost)
        self.events = Hub(app.observers, self._dropped)
        self.event_args = frozenset(n for n, s in app.jobs.items() if s.event_args)  # their args
        self.threads: HandlerThreads | None = None
        self._driver: Driver | None = None
        self.limits = Limits({})
        self.reports = Reports(self)
        self.endings = Endings(self)
        self.runner = Runner(self)
        self.claimer = Claimer(self)
        self.ticks = Ticks(self)
        self.wakeups = Wakeups(self)
        self.observing = Observing(self, metrics, metrics_port, metrics_host, database_metrics)

    @property
    def driver(self) -> Driver:
        assert self._driver is not None, "the worker has not started"
        return self._driver

    @driver.setter
    def driver(self, value: Driver) -> None:
        self._driver = value

    @property
    def dsn(self) -> str:
        return self._dsn or self.app.dsn

    @property
    def stats(self) -> WorkerStats:
        self.state.stats.disconnects = self.calls.disconnects
        return self.state.stats

    def emit(self, name: str, held: Held, **fields: Any) -> None:
        """A run's event (the caller checked that ``name`` is in ``events.wanted``)."""
        args = json.loads(held.args_json) if held.ctx.job_name in self.event_args else None
        self.events.emit(run_event(name, held.ctx, args, **fields))

    def emit_worker(self, name: str, **fields: Any) -> None:
        if name in self.events.wanted:
            self.events.emit(worker_event(name, self.name, **fields))

    def _dropped(self, n: int) -> None:
        self.state.stats.dropped_events += n
        self.app.dropped_events += n

    def _back(self, outage: float) -> None:
        self.state.wake.set()
        self.emit_worker("worker.reconnected", duration=outage)

    def _lost(self, what: str, exc: Exception) -> None:
        self.emit_worker("worker.disconnected", error=f"{what}: {exc}")

    @property
    def held_run_ids(self) -> list[int]:
        return list(self.state.held)

    def stop(self) -> None:
        """Begin a graceful shutdown; a second call skips the waiting."""
        if self.state.stopping.is_set():
            self.state.force.set()
        self.state.stopping.set()
        self.state.wake.set()

    async def wait_started(self) -> None:
        await self.state.started.wait()

    async def run(self, *, install_signal_handlers: bool = False) -> None:
        """Run until stop() (or SIGINT/SIGTERM when install_signal_handlers)."""
        loop = asyncio.get_running_loop()
        if install_signal_handlers:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, self.stop)
        self.events.start()
        await self.observing.start()
        try:
            await start(self)
            loops = [
                loop.create_task(self.ticks.heartbeat_loop(), name="durablesql-heartbeat"),
                loop.create_task(self.endings.complete_loop(), name="durablesql-complete"),
                loop.create_task(self.reports.loop(), name="durablesql-reports"),
                loop.create_task(self.ticks.health_loop(), name="durablesql-health"),
            ]
            if self.listen:
                loops.append(loop.create_task(self.wakeups.loop(), name="durablesql-listen"))
            if self.schedule_interval > 0:
                loops.append(loop.create_task(self.ticks.schedule_loop(), name="durablesql-cron"))
            if self.retention_sweep > 0:
                loops.append(loop.create_task(self.ticks.sweep_loop(), name="durablesql-sweep"))
            if self.observing.port is not None:
                loops.append(loop.create_task(self.observing.serve(), name="durablesql-metrics"))
            self.state.started.set()
            self.emit_worker("worker.started")
            try:
                await self.claimer.loop()
            finally:
                await self._shutdown(loops)
        finally:
            if install_signal_handlers:
                for sig in (signal.SIGINT, signal.SIGTERM):
                    loop.remove_signal_handler(sig)
            await self._close()
            await self.events.close(self.shutdown_timeout)
            self.observing.stop()

    async def _shutdown(self, loops: list[asyncio.Task[None]]) -> None:
        state = self.state
        state.stopping.set()
        self.emit_worker("worker.stopping")
        deadline = time.monotonic() + self.shutdown_timeout + 10
        await self.endings.release_unstarted(deadline)
        running = [h.task for h in state.held.values() if h.task is not None and not h.task.done()]
        if running:
            log.info(
                "waiting up to %gs for %d running handlers", self.shutdown_timeout, len(running)
            )
            await state.until_forced(running, self.shutdown_timeout)
            still = [h for h in state.held.values() if h.task is not None and not h.task.done()]
            for held in still:
                self.runner.interrupt(held, "shutdown")
            if still:
                await asyncio.wait([h.task for h in still if h.task is not None], timeout=10)
        await state.until_forced(state.background, deadline - time.monotonic())
        # Flush completions, then end the loops.
        state.closed.set()
        self.endings.done_event.set()
        self.reports.event.set()
        state.wake.set()
        await state.until_forced(loops, deadline - time.monotonic())
        for task in [*loops, *state.background]:
            task.cancel()
        with contextlib.suppress(Exception):
            await self.calls.call(
                "unregister",
                self.driver.unregister_worker,
                self.name,
                deadline=deadline,
                until=state.force,
            )
        log.info(
            "worker %s stopped: %d claimed, %d succeeded, %d failed",
            self.name,
            state.stats.claimed,
            state.stats.succeeded,
            state.stats.failed,
        )
        self.emit_worker("worker.stopped")

    async def _close(self) -> None:
        if self._driver is not None:
            await self._driver.close()
            self._driver = None
        if self.threads is not None:
            self.threads.close()
            self.threads = None
