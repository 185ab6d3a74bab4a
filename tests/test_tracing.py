"""OpenTelemetry spans (durablesql.tracing), checked with the SDK's in-memory exporter:
a PRODUCER span per enqueue, a CONSUMER span per attempt in the producer's trace,
and a trace started by a producer with no client library (SET LOCAL in SQL)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import asyncpg
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from durablesql import App, Fixed, JobContext, tracing
from durablesql.driver import Driver
from tests.workers import running, wait_for, wait_terminal

PSQL_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
PSQL_SPAN = "00f067aa0ba902b7"


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    """A TracerProvider with an in-memory exporter, for this test only.  (The API
    lets a process set its provider once; the test puts the unset state back, so
    that no other test runs traced.)"""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    assert not tracing.active()
    trace.set_tracer_provider(provider)
    assert tracing.active()
    yield exporter
    provider.shutdown()
    trace._TRACER_PROVIDER = None  # type: ignore[attr-defined]
    trace._TRACER_PROVIDER_SET_ONCE._done = False  # type: ignore[attr-defined]
    assert not tracing.active()


def of_kind(exporter: InMemorySpanExporter, kind: SpanKind) -> list[ReadableSpan]:
    return [s for s in exporter.get_finished_spans() if s.kind == kind]


def attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


async def test_enqueue_and_attempt_spans_share_the_producers_trace(
    dsn: str, driver: Driver, spans: InMemorySpanExporter
) -> None:
    app = App(dsn=dsn)
    inner: list[Any] = []

    @app.job("send", queue="mail")
    async def send(ctx: JobContext, args: dict[str, Any]) -> None:
        with trace.get_tracer("handler").start_as_current_span("handler work") as span:
            inner.append(span.get_span_context())

    with trace.get_tracer("test").start_as_current_span("request") as request:
        run_id = await app.enqueue("send", {"to": "a@b.c"}, meta={"who": "me"})
    run = await driver.get_run(run_id)
    assert run is not None and run.meta is not None and run.meta["who"] == "me"
    [producer] = of_kind(spans, SpanKind.PRODUCER)
    assert producer.name == "send mail"
    assert attrs(producer) == {
        "messaging.system": "durablesql",
        "messaging.operation.name": "send",
        "messaging.operation.type": "send",
        "messaging.destination.name": "mail",
        "messaging.message.id": str(run_id),
        "durablesql.job.name": "send",
    }
    context = producer.get_span_context()
    assert producer.parent is not None
    assert producer.parent.span_id == request.get_span_context().span_id
    assert run.meta["traceparent"].startswith(f"00-{context.trace_id:032x}-{context.span_id:016x}-")

    async with running(app):
        await wait_terminal(driver, [run_id])
        await wait_for(lambda: asyncio.sleep(0, bool(of_kind(spans, SpanKind.CONSUMER))))
    [consumer] = of_kind(spans, SpanKind.CONSUMER)
    assert consumer.name == "process mail"
    assert consumer.context.trace_id == context.trace_id
    assert consumer.parent is not None and consumer.parent.span_id == context.span_id
    assert attrs(consumer) == {
        "messaging.system": "durablesql",
        "messaging.operation.name": "process",
        "messaging.operation.type": "process",
        "messaging.destination.name": "mail",
        "messaging.message.id": str(run_id),
        "durablesql.job.name": "send",
        "durablesql.run.attempt": 1,
        "durablesql.run.outcome": "succeeded",
    }
    assert consumer.status.status_code == StatusCode.UNSET
    # The handler's own span is the attempt's child.
    [handler] = [s for s in spans.get_finished_spans() if s.name == "handler work"]
    assert handler.parent is not None and handler.parent.span_id == consumer.context.span_id
    await app.close()


async def test_a_trace_started_in_sql_continues_in_the_worker(
    dsn: str, driver: Driver, spans: InMemorySpanExporter
) -> None:
    app = App(dsn=dsn)

    @app.job("report")
    async def report(ctx: JobContext, args: dict[str, Any]) -> None:
        pass

    await app.define_jobs()
    # A producer with no client library: psql, a trigger, a service in Go.
    conn = await asyncpg.connect(dsn)
    async with conn.transaction():
        await conn.execute(f"SET LOCAL durable.traceparent = '00-{PSQL_TRACE}-{PSQL_SPAN}-01'")
        run_id = await conn.fetchval("SELECT durable.enqueue('report')")
    await conn.close()
    assert of_kind(spans, SpanKind.PRODUCER) == []
    async with running(app):
        await wait_terminal(driver, [run_id])
        await wait_for(lambda: asyncio.sleep(0, bool(of_kind(spans, SpanKind.CONSUMER))))
    [consumer] = of_kind(spans, SpanKind.CONSUMER)
    assert f"{consumer.context.trace_id:032x}" == PSQL_TRACE
    assert consumer.parent is not None and f"{consumer.parent.span_id:016x}" == PSQL_SPAN
    assert consumer.parent.is_remote
    await app.close()


async def test_each_attempt_is_a_span_with_its_outcome(
    dsn: str, driver: Driver, spans: InMemorySpanExporter
) -> None:
    app = App(dsn=dsn)

    @app.job("flaky", max_attempts=2, retry=Fixed(delay=0))
    async def flaky(ctx: JobContext, args: dict[str, Any]) -> None:
        raise ValueError(f"attempt {ctx.attempt} broke")

    with trace.get_tracer("test").start_as_current_span("request"):
        run_id = await app.enqueue("flaky")
    async with running(app):
        assert await wait_terminal(driver, [run_id]) == {run_id: "failed"}
        await wait_for(lambda: asyncio.sleep(0, len(of_kind(spans, SpanKind.CONSUMER)) == 2))
    first, second = sorted(
        of_kind(spans, SpanKind.CONSUMER), key=lambda s: attrs(s)["durablesql.run.attempt"]
    )
    assert [attrs(s)["durablesql.run.outcome"] for s in (first, second)] == ["retrying", "failed"]
    assert [s.status.status_code for s in (first, second)] == [StatusCode.ERROR] * 2
    assert second.status.description == "attempt 2 broke"
    [producer] = of_kind(spans, SpanKind.PRODUCER)
    assert {s.parent.span_id for s in (first, second) if s.parent} == {
        producer.get_span_context().span_id
    }
    await app.close()


async def test_a_sync_handlers_spans_are_children_of_its_attempt(
    dsn: str, driver: Driver, spans: InMemorySpanExporter
) -> None:
    app = App(dsn=dsn)

    @app.job("blocking")
    def blocking(ctx: JobContext, args: dict[str, Any]) -> None:
        with trace.get_tracer("handler").start_as_current_span("in a thread"):
            pass

    run_id = await app.enqueue("blocking")
    async with running(app):
        await wait_terminal(driver, [run_id])
        await wait_for(lambda: asyncio.sleep(0, bool(of_kind(spans, SpanKind.CONSUMER))))
    [consumer] = of_kind(spans, SpanKind.CONSUMER)
    [inner] = [s for s in spans.get_finished_spans() if s.name == "in a thread"]
    assert inner.parent is not None and inner.parent.span_id == consumer.context.span_id
    await app.close()


async def test_enqueue_many_is_one_producer_span(
    dsn: str, driver: Driver, spans: InMemorySpanExporter
) -> None:
    app = App(dsn=dsn)

    @app.job("bulk")
    async def bulk(ctx: JobContext, args: dict[str, Any]) -> None:
        pass

    ids = await app.enqueue_many("bulk", [{"n": 1}, {"n": 2}, {"n": 3}])
    [producer] = of_kind(spans, SpanKind.PRODUCER)
    assert attrs(producer)["messaging.batch.message_count"] == 3
    assert "messaging.message.id" not in attrs(producer)
    context = producer.get_span_context()
    for run_id in ids:
        run = await driver.get_run(run_id)
        assert run is not None and run.meta is not None
        assert run.meta["traceparent"].split("-")[1] == f"{context.trace_id:032x}"
    await app.close()


async def test_without_a_provider_nothing_is_traced(dsn: str, driver: Driver) -> None:
    assert not tracing.active()
    app = App(dsn=dsn)

    @app.job("plain")
    async def plain(ctx: JobContext, args: dict[str, Any]) -> None:
        pass

    run_id = await app.enqueue("plain", meta={"a": 1})
    run = await driver.get_run(run_id)
    assert run is not None and run.meta == {"a": 1}
    await app.close()
