"""A worker's own Prometheus metrics (durablesql.worker.metrics): counted while runs
pass, scraped over HTTP from ``metrics_port`` mid-run and parsed strictly, with the
database's metrics after them; a busy port stops the worker at start."""

from __future__ import annotations

import asyncio
import socket
import urllib.request
from typing import Any

import prometheus_client
import pytest

from durablesql import App, Fixed, JobContext
from durablesql.driver import Driver
from durablesql.errors import ConfigurationError
from durablesql.worker.metrics import Histogram, WorkerMetrics
from tests.prom import Samples, parse, value
from tests.workers import running, wait_for, wait_terminal


def scrape(address: tuple[str, int]) -> tuple[Samples, dict[str, str]]:
    with urllib.request.urlopen(f"http://{address[0]}:{address[1]}/metrics", timeout=10) as r:
        assert r.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        return parse(r.read().decode())


async def test_metrics_count_attempts_by_outcome_and_are_served_with_the_databases(
    dsn: str, driver: Driver
) -> None:
    app = App(dsn=dsn)
    release = asyncio.Event()

    @app.job("ok", queue="q")
    async def ok(ctx: JobContext, args: dict[str, Any]) -> None:
        await asyncio.sleep(0.01)

    @app.job("flaky", queue="q", max_attempts=2, retry=Fixed(delay=0))
    async def flaky(ctx: JobContext, args: dict[str, Any]) -> None:
        raise ValueError("no")

    @app.job("held", queue="slow")
    async def held(ctx: JobContext, args: dict[str, Any]) -> None:
        await release.wait()

    async with running(app, metrics_port=0, concurrency=4) as worker:
        assert worker.observing.address is not None
        ids = await app.enqueue_many("ok", [{}] * 20)
        flaky_id = await app.enqueue("flaky")
        held_id = await app.enqueue("held")
        await wait_terminal(driver, [*ids, flaky_id])
        await wait_for(lambda: asyncio.sleep(0, worker.state.running == 1))
        # Scraped mid-run: one handler busy, the database's view of it after ours.
        samples, types = await asyncio.to_thread(scrape, worker.observing.address)
        release.set()
        await wait_terminal(driver, [held_id])

    attempts = "durablesql_attempts_total"
    assert value(samples, attempts, queue="q", job="ok", outcome="succeeded") == 20
    assert value(samples, attempts, queue="q", job="flaky", outcome="retrying") == 1
    assert value(samples, attempts, queue="q", job="flaky", outcome="failed") == 1
    assert value(samples, "durablesql_runs_claimed_total", queue="q") == 22
    assert value(samples, "durablesql_runs_claimed_total", queue="slow") == 1
    assert value(samples, "durablesql_worker_busy_slots") == 1
    assert value(samples, "durablesql_worker_slots") == 4
    assert value(samples, "durablesql_events_dropped_total") == 0
    duration = "durablesql_attempt_duration_seconds"
    assert types[duration] == "histogram" and types[attempts] == "counter"
    assert value(samples, f"{duration}_count", queue="q", job="ok") == 20
    assert value(samples, f"{duration}_bucket", queue="q", job="ok", le="+Inf") == 20
    assert 0.2 <= (value(samples, f"{duration}_sum", queue="q", job="ok") or 0) < 20
    assert value(samples, "durablesql_start_delay_seconds_count", queue="q") == 22
    batches = value(samples, "durablesql_claim_batch_size_count") or 0
    assert 1 <= batches <= 23
    # The database's metrics follow (durable.metrics_text()).
    assert value(samples, "durablesql_queue_runs", queue="slow", state="leased") == 1
    assert value(samples, "durablesql_workers_live") == 1
    # No label but queue, job, outcome, state, le.
    for name, found in samples.items():
        for labels in found:
            assert {k for k, _ in labels} <= {"queue", "job", "outcome", "state", "le"}, name
    await app.close()


async def test_the_worker_metrics_reach_prometheus_clients_registry(
    dsn: str, driver: Driver
) -> None:
    app = App(dsn=dsn)

    @app.job("ok")
    async def ok(ctx: JobContext, args: dict[str, Any]) -> None:
        pass

    async with running(app, metrics=True):
        run_id = await app.enqueue("ok")
        await wait_terminal(driver, [run_id])
        await wait_for(
            lambda: asyncio.sleep(0, prometheus_client.REGISTRY.get_sample_value(
                "durablesql_attempts_total",
                {"queue": "default", "job": "ok", "outcome": "succeeded"},
            ) == 1)
        )  # fmt: skip
    # Unregistered when the worker stops.
    assert prometheus_client.REGISTRY.get_sample_value("durablesql_worker_slots") is None
    await app.close()


async def test_a_busy_metrics_port_stops_the_worker_at_start(dsn: str) -> None:
    app = App(dsn=dsn)

    @app.job("ok")
    async def ok(ctx: JobContext, args: dict[str, Any]) -> None:
        pass

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ConfigurationError, match=f"cannot serve metrics on 127.0.0.1:{port}"):
            async with running(app, metrics_port=port):
                pass
    with pytest.raises(ConfigurationError, match="metrics_port must be a port number"):
        app.worker(metrics_port=70000)
    await app.close()


def test_histogram_buckets_are_cumulative() -> None:
    h = Histogram((1, 5))
    for v in (0.5, 1, 3, 9):
        h.observe(v)
    assert h.lines("x", (("queue", 'a"b'),)) == [
        'x_bucket{queue="a\\"b",le="1"} 2',
        'x_bucket{queue="a\\"b",le="5"} 3',
        'x_bucket{queue="a\\"b",le="+Inf"} 4',
        'x_sum{queue="a\\"b"} 13.5',
        'x_count{queue="a\\"b"} 4',
    ]
    metrics = WorkerMetrics(2, lambda: 0, lambda: 0, lambda: 0)
    metrics.ended("q\n", "j", "failed", None)
    samples, _ = parse(metrics.text())
    assert value(samples, "durablesql_attempts_total", queue="q\n", job="j", outcome="failed") == 1


async def test_with_a_meter_provider_the_same_metrics_reach_opentelemetry(
    dsn: str, driver: Driver
) -> None:
    from opentelemetry import metrics as otel
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader

    reader = InMemoryMetricReader()
    provider = MeterProvider(metric_readers=[reader])
    otel.set_meter_provider(provider)
    try:
        app = App(dsn=dsn)

        @app.job("ok", queue="q")
        async def ok(ctx: JobContext, args: dict[str, Any]) -> None:
            pass

        async with running(app, concurrency=3) as worker:  # no metrics=: the provider asks
            assert worker.observing.metrics is not None
            ids = await app.enqueue_many("ok", [{}] * 5)
            await wait_terminal(driver, ids)
            await wait_for(
                lambda: asyncio.sleep(
                    0, bool(worker.observing.metrics and worker.observing.metrics.attempts)
                )
            )
            data = reader.get_metrics_data()
        points: dict[str, list[Any]] = {}
        for resource in data.resource_metrics:
            for scope in resource.scope_metrics:
                assert scope.scope.name == "durablesql"
                for metric in scope.metrics:
                    points[metric.name] = list(metric.data.data_points)
        [attempts] = points["durablesql_attempts"]
        assert (attempts.value, dict(attempts.attributes)) == (
            5,
            {"queue": "q", "job": "ok", "outcome": "succeeded"},
        )
        [claimed] = points["durablesql_runs_claimed"]
        assert (claimed.value, dict(claimed.attributes)) == (5, {"queue": "q"})
        [duration] = points["durablesql_attempt_duration"]
        assert duration.count == 5 and dict(duration.attributes) == {"queue": "q", "job": "ok"}
        assert points["durablesql_worker_slots"][0].value == 3
        assert {"durablesql_start_delay", "durablesql_claim_batch_size"} <= set(points)
        await app.close()
    finally:
        provider.shutdown()
        otel._internal._METER_PROVIDER = None  # type: ignore[attr-defined]
        otel._internal._METER_PROVIDER_SET_ONCE._done = False  # type: ignore[attr-defined]
