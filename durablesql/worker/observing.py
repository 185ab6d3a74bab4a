"""What the worker tells the outside about its attempts, besides events: its own
metrics (``worker.observing.metrics``, a ``WorkerMetrics``: with ``metrics=True``,
or served on ``http://metrics_host:metrics_port/metrics`` followed by the database's
``durable.metrics_text()`` unless ``database_metrics=False``; also handed to
prometheus-client and OpenTelemetry where they are installed) and one OpenTelemetry
span per attempt (``durablesql.tracing``).

``observed`` says whether attempts are timed and their outcomes followed at all:
someone observes events, or the worker counts metrics or traces.  Without any of
them, the hot path pays one attribute test per run.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from durablesql import tracing
from durablesql.errors import ConfigurationError
from durablesql.metrics_http import listen, serve
from durablesql.worker import otel_metrics
from durablesql.worker.metrics import WorkerMetrics, register_collector
from durablesql.worker.state import Held

if TYPE_CHECKING:
    from durablesql.worker.worker import Worker

log = logging.getLogger("durablesql.worker")


class Observing:
    def __init__(
        self,
        worker: Worker,
        metrics: bool,
        port: int | None,
        host: str,
        database_metrics: bool,
    ) -> None:
        if port is not None and not (isinstance(port, int) and 0 <= port <= 65535):
            raise ConfigurationError(f"metrics_port must be a port number, got {port!r}")
        self.w = worker
        self.port = port
        self.host = host
        self.database_metrics = database_metrics
        self.address: tuple[str, int] | None = None  # where it listens (port 0: any)
        self.metrics = self._new_metrics() if metrics or port is not None else None
        self.tracing = False  # set by start(): a TracerProvider is set
        self.observed = bool(worker.events.wanted) or self.metrics is not None
        self._server: asyncio.Server | None = None
        self._stops: list[Callable[[], None]] = []

    def _new_metrics(self) -> WorkerMetrics:
        state, calls = self.w.state, self.w.calls
        return WorkerMetrics(
            self.w.concurrency,
            lambda: state.running,
            lambda: calls.disconnects,
            lambda: state.stats.dropped_events,
        )

    async def start(self) -> None:
        """Before the worker starts: look for OpenTelemetry's providers, bind the
        metrics port (a busy one stops the worker now) and export the metrics."""
        self.tracing = tracing.active()
        if self.metrics is None and otel_metrics.active():
            self.metrics = self._new_metrics()  # a MeterProvider is set: count for it
        self.observed = self.observed or self.tracing or self.metrics is not None
        if self.port is not None:
            try:
                self._server = await listen(self, self.host, self.port)
            except OSError as exc:
                reason = os.strerror(exc.errno).lower() if exc.errno else str(exc)
                raise ConfigurationError(
                    f"cannot serve metrics on {self.host}:{self.port}: {reason}"
                ) from None
        if self.metrics is not None:
            stops = [register_collector(self.metrics)]
            if otel_metrics.active():
                stops.append(otel_metrics.bridge(self.metrics))
            self._stops = [stop for stop in stops if stop is not None]

    async def serve(self) -> None:
        """The metrics server's loop (a task of the worker's, when it listens)."""
        if self._server is None:
            return

        def started(host: str, port: int) -> None:
            self.address = (host, port)
            log.info("metrics on http://%s:%d/metrics", host, port)

        await serve(self, self.host, 0, started, self._server)

    def stop(self) -> None:
        for stop in self._stops:
            stop()
        self._stops = []

    # -- the metrics server's source
    async def text(self) -> str:
        """The worker's metrics, then the database's (which a scrape still gets the
        first part of when the database is away)."""
        assert self.metrics is not None
        driver = self.w._driver
        if not self.database_metrics or driver is None:
            return self.metrics.text()
        try:
            database = await asyncio.wait_for(driver.metrics_text(), 10)
        except Exception as exc:
            log.warning("metrics: durable.metrics_text() failed: %s", exc)
            database = ""
        return self.metrics.text() + database

    async def close(self) -> None:
        """(The worker closes its own driver.)"""

    # -- attempts
    def started(self, held: Held) -> None:
        """A handler starts (only when observed)."""
        held.began = time.monotonic()
        ctx, w = held.ctx, self.w
        wanted = "run.started" in w.events.wanted
        if wanted or self.metrics is not None:
            delay = time.time() - ctx.scheduled_at.timestamp()
            if wanted:
                w.emit("run.started", held, start_delay=delay)
            if self.metrics is not None:
                self.metrics.started(ctx.queue, delay)
        if self.tracing:
            held.span = tracing.consuming(
                held.run_id, ctx.job_name, ctx.queue, ctx.attempt, held.traceparent
            )

    def ended(self, held: Held, outcome: str, error: str | None = None) -> None:
        """An attempt's outcome is known: count it, end its span (events are emitted
        by the caller, which knows what each observer wants)."""
        if self.metrics is not None:
            self.metrics.ended(held.ctx.queue, held.ctx.job_name, outcome, held.duration)
        if held.span is not None:
            span, held.span = held.span, None
            tracing.consumed(span, outcome, error)
