"""OpenTelemetry traces (the optional extra ``durablesql[otel]``).

With ``opentelemetry-api`` installed and a TracerProvider set (the SDK, an agent,
``opentelemetry-instrument``), every enqueue from Python is a PRODUCER span and
every attempt a worker runs is a CONSUMER span in the producer's trace, following
OpenTelemetry's messaging conventions with ``messaging.system = "durablesql"``.
No other switch: without the package, or with no provider set, nothing here runs
but one check.

The link between the two is the run's W3C ``traceparent``, kept in the database
as ``meta->>'traceparent'``: the producer span writes it into the run's meta,
``durable.claim`` hands it back, and the attempt's span is its child.  Producers
without this library continue a trace too: ``SET LOCAL durable.traceparent =
'00-…-…-01'`` before ``durable.enqueue`` (PostgreSQL), ``SET @durable_traceparent``
(MariaDB/MySQL), ``durable_set_traceparent('00-…-…-01')`` on the connection (SQLite),
``sp_set_session_context N'durable.traceparent'`` (SQL Server), or a ``traceparent``
key in meta (any engine).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

try:
    from opentelemetry import context as otel_context
    from opentelemetry import trace
    from opentelemetry.trace import ProxyTracerProvider, SpanKind, Status, StatusCode
    from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
except ImportError:  # pragma: no cover - the extra is not installed
    trace = None  # type: ignore[assignment]

SYSTEM = "durablesql"
_W3C: Any = None if trace is None else TraceContextTextMapPropagator()


def active() -> bool:
    """Whether spans would go anywhere: the API is installed and a provider is set."""
    return trace is not None and not isinstance(trace.get_tracer_provider(), ProxyTracerProvider)


def _tracer() -> Any:
    return trace.get_tracer("durablesql")


def _attributes(operation: str, queue: str | None, job_name: str) -> dict[str, Any]:
    found: dict[str, Any] = {
        "messaging.system": SYSTEM,
        "messaging.operation.name": operation,
        "messaging.operation.type": operation,
        "durablesql.job.name": job_name,
    }
    if queue is not None:
        found["messaging.destination.name"] = queue
    return found


@contextlib.contextmanager
def producing(
    job_name: str, queue: str | None, meta: str | None, count: int | None = None
) -> Iterator[tuple[Any, str | None]]:
    """A PRODUCER span around an enqueue: yields (span, meta with its traceparent).
    ``count``: runs in one enqueue_many."""
    attributes = _attributes("send", queue, job_name)
    if count is not None:
        attributes["messaging.batch.message_count"] = count
    with _tracer().start_as_current_span(
        f"send {queue or job_name}", kind=SpanKind.PRODUCER, attributes=attributes
    ) as span:
        carrier: dict[str, str] = {}
        _W3C.inject(carrier)
        traceparent = carrier.get("traceparent")
        if traceparent is not None:
            found = {} if meta is None else json.loads(meta)
            found.setdefault("traceparent", traceparent)
            meta = json.dumps(found, separators=(",", ":"))
        yield span, meta


async def produce(
    job_name: str,
    queue: str | None,
    meta: str | None,
    send: Callable[[str | None], Awaitable[list[int]]],
    count: int | None = None,
) -> list[int]:
    """``send(meta)``, the enqueue, inside a PRODUCER span when traces go somewhere
    (else as it is): the span's traceparent goes into meta, and a single run's id
    becomes the span's ``messaging.message.id``."""
    if not active():
        return await send(meta)
    with producing(job_name, queue, meta, count) as (span, traced_meta):
        run_ids = await send(traced_meta)
        if len(run_ids) == 1:
            span.set_attribute("messaging.message.id", str(run_ids[0]))
        return run_ids


def consuming(run_id: int, job_name: str, queue: str, attempt: int, traceparent: str | None) -> Any:
    """Start the CONSUMER span of one attempt: the child of the producer's span when
    the run carries a traceparent (``attach`` makes it current for the handler;
    ``consumed`` ends it with the attempt's outcome)."""
    parent = None if traceparent is None else _W3C.extract({"traceparent": traceparent})
    attributes = _attributes("process", queue, job_name)
    attributes["messaging.message.id"] = str(run_id)
    attributes["durablesql.run.attempt"] = attempt
    return _tracer().start_span(
        f"process {queue}", context=parent, kind=SpanKind.CONSUMER, attributes=attributes
    )


def attach(span: Any) -> object:
    """Make the span current in this task (the handler's own spans become its children)."""
    return otel_context.attach(trace.set_span_in_context(span))


def detach(token: object) -> None:
    """The handler is over: its span stops being current (it ends with its outcome)."""
    with contextlib.suppress(Exception):  # detached in another context: harmless
        otel_context.detach(token)  # type: ignore[arg-type]


def consumed(span: Any, outcome: str, error: str | None = None) -> None:
    """End an attempt's span with its outcome (succeeded, retrying, failed,
    cancelled, lease_lost); an error sets the span's status to ERROR."""
    span.set_attribute("durablesql.run.outcome", outcome)
    if error is not None and outcome != "succeeded":
        span.set_status(Status(StatusCode.ERROR, error[:1000]))
    span.end()
