"""A worker's own metrics, in Prometheus text format (``--metrics-port``).

Counted in plain dicts on the worker's loop (no lock, no dependency); rendered on
a scrape.  Labels are only queue, job and outcome — never ids, args, tags or error
texts, whose values are unbounded.  With the ``metrics`` extra (prometheus-client)
installed, the same metrics also reach prometheus-client's default registry, for
an app that already serves one (``register_collector``); with the ``otel`` extra and
a MeterProvider set, OpenTelemetry's (``otel_metrics``).

    durablesql_runs_claimed_total{queue}                 counter
    durablesql_attempts_total{queue,job,outcome}         counter (succeeded, retrying,
                                                         failed, cancelled, lease_lost)
    durablesql_attempt_duration_seconds{queue,job}       histogram (handler start → end)
    durablesql_start_delay_seconds{queue}                histogram (due → started; the
                                                         database's clock against ours)
    durablesql_claim_batch_size                          histogram (runs per claim)
    durablesql_worker_busy_slots, _slots                 gauges (handlers running, concurrency)
    durablesql_worker_reconnects_total                   counter
    durablesql_events_dropped_total                      counter (observers' full queues)
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable
from typing import Any

OUTCOMES = ("succeeded", "retrying", "failed", "cancelled", "lease_lost")
SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)
BATCH = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


def label_value(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def labels(pairs: Iterable[tuple[str, str]], extra: str = "") -> str:
    text = ",".join(f'{name}="{label_value(value)}"' for name, value in pairs)
    if extra:
        text = f"{text},{extra}" if text else extra
    return f"{{{text}}}" if text else ""


def number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


class Histogram:
    __slots__ = ("bounds", "count", "counts", "total")

    def __init__(self, bounds: tuple[float, ...]) -> None:
        self.bounds = bounds
        self.counts = [0] * (len(bounds) + 1)  # the last one: above every bound
        self.total = 0.0
        self.count = 0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(self.bounds, value)] += 1
        self.total += value
        self.count += 1

    def lines(self, name: str, pairs: tuple[tuple[str, str], ...]) -> list[str]:
        out, running = [], 0
        for bound, n in zip((*self.bounds, math.inf), self.counts, strict=True):
            running += n
            le = 'le="' + number(bound) + '"'
            out.append(f"{name}_bucket{labels(pairs, le)} {running}")
        out.append(f"{name}_sum{labels(pairs)} {number(self.total)}")
        out.append(f"{name}_count{labels(pairs)} {self.count}")
        return out


class WorkerMetrics:
    """What one worker did, by queue, job and outcome."""

    def __init__(
        self, slots: int, busy: Callable[[], int], reconnects: Callable[[], int],
        dropped: Callable[[], int],
    ) -> None:  # fmt: skip
        self.slots = slots
        self.busy = busy
        self.reconnects = reconnects
        self.dropped = dropped
        self.claimed: dict[str, int] = {}
        self.attempts: dict[tuple[str, str, str], int] = {}
        self.durations: dict[tuple[str, str], Histogram] = {}
        self.start_delays: dict[str, Histogram] = {}
        self.batches = Histogram(BATCH)
        self.also: Any = None  # OpenTelemetry's histograms, when bridged (otel_metrics)

    def claim(self, size: int) -> None:
        self.batches.observe(size)
        if self.also is not None:
            self.also.claim(size)

    def claimed_one(self, queue: str) -> None:
        self.claimed[queue] = self.claimed.get(queue, 0) + 1

    def started(self, queue: str, delay: float) -> None:
        found = self.start_delays.get(queue)
        if found is None:
            found = self.start_delays[queue] = Histogram(SECONDS)
        found.observe(max(delay, 0.0))
        if self.also is not None:
            self.also.started(queue, delay)

    def ended(self, queue: str, job: str, outcome: str, duration: float | None) -> None:
        key = (queue, job, outcome)
        self.attempts[key] = self.attempts.get(key, 0) + 1
        if duration is not None:
            found = self.durations.get((queue, job))
            if found is None:
                found = self.durations[(queue, job)] = Histogram(SECONDS)
            found.observe(duration)
            if self.also is not None:
                self.also.ended(queue, job, duration)

    def families(self) -> list[tuple[str, str, str, list[str]]]:
        """(name, type, help, sample lines) for each metric."""
        name = "durablesql_runs_claimed_total"
        claimed = [f"{name}{labels([('queue', q)])} {n}" for q, n in sorted(self.claimed.items())]
        name = "durablesql_attempts_total"
        attempts = [
            f"{name}{labels([('queue', q), ('job', j), ('outcome', o)])} {n}"
            for (q, j, o), n in sorted(self.attempts.items())
        ]
        durations = [
            line
            for (q, j), h in sorted(self.durations.items())
            for line in h.lines("durablesql_attempt_duration_seconds", (("queue", q), ("job", j)))
        ]
        delays = [
            line
            for q, h in sorted(self.start_delays.items())
            for line in h.lines("durablesql_start_delay_seconds", (("queue", q),))
        ]
        return [
            ("durablesql_runs_claimed_total", "counter", "Runs this worker claimed.", claimed),
            ("durablesql_attempts_total", "counter", "Attempts this worker ended, by outcome.",
             attempts),
            ("durablesql_attempt_duration_seconds", "histogram",
             "How long handlers ran, from start to end.", durations),
            ("durablesql_start_delay_seconds", "histogram",
             "From a run's due time to its handler's start.", delays),
            ("durablesql_claim_batch_size", "histogram", "Runs per claim that found any.",
             self.batches.lines("durablesql_claim_batch_size", ())),
            ("durablesql_worker_busy_slots", "gauge", "Handlers running now.",
             [f"durablesql_worker_busy_slots {self.busy()}"]),
            ("durablesql_worker_slots", "gauge", "Handlers this worker may run at once.",
             [f"durablesql_worker_slots {self.slots}"]),
            ("durablesql_worker_reconnects_total", "counter",
             "Times a call found the database gone and reconnected.",
             [f"durablesql_worker_reconnects_total {self.reconnects()}"]),
            ("durablesql_events_dropped_total", "counter",
             "Events dropped because an observer's queue was full.",
             [f"durablesql_events_dropped_total {self.dropped()}"]),
        ]  # fmt: skip

    def text(self) -> str:
        out: list[str] = []
        for name, kind, help_text, samples in self.families():
            out += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}", *samples]
        return "\n".join(out) + "\n"


def register_collector(metrics: WorkerMetrics) -> Callable[[], None] | None:
    """Expose ``metrics`` through prometheus-client's default registry when that
    package is installed (the ``metrics`` extra); returns the unregister call."""
    try:
        from prometheus_client import REGISTRY
        from prometheus_client.parser import text_string_to_metric_families
    except ImportError:
        return None

    class Collector:
        def collect(self) -> Iterable[object]:
            return list(text_string_to_metric_families(metrics.text()))

    collector = Collector()
    REGISTRY.register(collector)  # type: ignore[arg-type]
    return lambda: REGISTRY.unregister(collector)  # type: ignore[arg-type]
