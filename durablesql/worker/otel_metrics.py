"""A worker's metrics through OpenTelemetry (the ``otel`` extra), when a MeterProvider
is set: the same numbers as ``--metrics-port`` (``WorkerMetrics``), as instruments of
meter ``durablesql``.  OpenTelemetry names carry no ``_total`` and no unit suffix; its
Prometheus exporter adds them back, so a scrape through it shows the same names:

    durablesql_runs_claimed            counter    → durablesql_runs_claimed_total
    durablesql_attempts                counter    → durablesql_attempts_total
    durablesql_attempt_duration (s)    histogram  → durablesql_attempt_duration_seconds
    durablesql_start_delay (s)         histogram  → durablesql_start_delay_seconds
    durablesql_claim_batch_size        histogram
    durablesql_worker_busy_slots, durablesql_worker_slots            gauges
    durablesql_worker_reconnects, durablesql_events_dropped          counters

Counters and gauges are observed from ``WorkerMetrics`` when the reader collects;
histograms are recorded as the worker records them (OpenTelemetry has no observed
histogram).  The per-database metrics stay with ``durable.metrics_text()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from durablesql.worker.metrics import BATCH, SECONDS, WorkerMetrics

try:
    from opentelemetry import metrics as otel_metrics
    from opentelemetry.metrics import CallbackOptions, Observation
except ImportError:  # pragma: no cover - the extra is not installed
    otel_metrics = None  # type: ignore[assignment]

_PROXY = "_ProxyMeterProvider"


def active() -> bool:
    """Whether a MeterProvider is set (the API's default is a proxy that records nothing)."""
    return otel_metrics is not None and type(otel_metrics.get_meter_provider()).__name__ != _PROXY


class _Histograms:
    """What WorkerMetrics hands on as it records (``WorkerMetrics.also``)."""

    def __init__(self, meter: Any) -> None:
        self.duration = meter.create_histogram(
            "durablesql_attempt_duration", unit="s", description="How long handlers ran.",
            explicit_bucket_boundaries_advisory=list(SECONDS),
        )  # fmt: skip
        self.delay = meter.create_histogram(
            "durablesql_start_delay", unit="s",
            description="From a run's due time to its handler's start.",
            explicit_bucket_boundaries_advisory=list(SECONDS),
        )  # fmt: skip
        self.batch = meter.create_histogram(
            "durablesql_claim_batch_size", description="Runs per claim that found any.",
            explicit_bucket_boundaries_advisory=list(BATCH),
        )  # fmt: skip

    def claim(self, size: int) -> None:
        self.batch.record(size)

    def started(self, queue: str, delay: float) -> None:
        self.delay.record(max(delay, 0.0), {"queue": queue})

    def ended(self, queue: str, job: str, duration: float) -> None:
        self.duration.record(duration, {"queue": queue, "job": job})


def bridge(metrics: WorkerMetrics) -> Callable[[], None]:
    """Expose ``metrics`` through the global MeterProvider; returns the call that stops
    it (observed instruments cannot be removed: they report nothing after it)."""
    meter = otel_metrics.get_meter("durablesql")
    live = [True]

    def observe(read: Callable[[], Iterable[tuple[float, dict[str, str]]]]) -> Any:
        def callback(options: CallbackOptions) -> Iterable[Observation]:
            return [Observation(v, a) for v, a in read()] if live[0] else []

        return callback

    counters: list[tuple[str, str, Callable[[], Iterable[tuple[float, dict[str, str]]]]]] = [
        ("durablesql_runs_claimed", "Runs this worker claimed.",
         lambda: [(n, {"queue": q}) for q, n in metrics.claimed.items()]),
        ("durablesql_attempts", "Attempts this worker ended, by outcome.",
         lambda: [(n, {"queue": q, "job": j, "outcome": o})
                  for (q, j, o), n in metrics.attempts.items()]),
        ("durablesql_worker_reconnects", "Times a call found the database gone.",
         lambda: [(metrics.reconnects(), {})]),
        ("durablesql_events_dropped", "Events dropped because an observer's queue was full.",
         lambda: [(metrics.dropped(), {})]),
    ]  # fmt: skip
    for name, description, read in counters:
        meter.create_observable_counter(name, [observe(read)], description=description)
    meter.create_observable_gauge(
        "durablesql_worker_busy_slots", [observe(lambda: [(metrics.busy(), {})])],
        description="Handlers running now.",
    )  # fmt: skip
    meter.create_observable_gauge(
        "durablesql_worker_slots", [observe(lambda: [(metrics.slots, {})])],
        description="Handlers this worker may run at once.",
    )  # fmt: skip
    metrics.also = _Histograms(meter)

    def stop() -> None:
        live[0] = False
        metrics.also = None

    return stop
