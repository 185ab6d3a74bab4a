"""Events, observers, middleware and the dead hook (the Python side of observability).

``@app.on("run.failed")`` (or a pattern with ``*``: ``"run.*"``, ``"*"``)
registers an observer, sync or async, that receives one :class:`Event`.  Each
observer of a worker has its own bounded queue drained by its own task (a sync
observer runs in a thread of its own): the worker only ever does a
``put_nowait``, so an observer never blocks the claim loop.  When its queue is
full the event is dropped and counted (``worker.stats.dropped_events``,
``app.dropped_events``).  An observer's exception is logged once per observer
and exception type, and changes nothing.

``@app.middleware`` wraps every handler call: ``async def mw(ctx, args,
call_next)`` returns ``await call_next(ctx, args)`` or a result of its own; the
first registered is the outermost.  ``@app.on_dead`` runs when a run has failed
for the last time.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import fnmatch
import inspect
import logging
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from durablesql.errors import InvalidArgument

if TYPE_CHECKING:
    from durablesql.context import JobContext

log = logging.getLogger("durablesql.events")

EVENT_NAMES: tuple[str, ...] = (
    "worker.started",
    "worker.stopping",
    "worker.stopped",
    "worker.disconnected",
    "worker.reconnected",
    "run.claimed",
    "run.started",
    "run.succeeded",
    "run.retrying",
    "run.failed",
    "run.cancelled",
    "run.lease_lost",
    "run.released",
    "schedule.materialized",
)
DEFAULT_QUEUE_SIZE = 1000
# A woken drain task waits this long for more events before delivering: one task
# step (and one hop to a sync observer's thread) per batch rather than per event,
# which is what an observer costs the worker's loop under load.  Observers see
# events at most this much later.
COALESCE_SECONDS = 0.005
_PATTERN = re.compile(r"[a-z_.*]+")

Observer = Callable[["Event"], Any]
CallNext = Callable[[Any, Any], Awaitable[Any]]
Middleware = Callable[[Any, Any, CallNext], Awaitable[Any]]


class Event:
    """What happened, to which run, on which worker, when.  None where it does not apply.

    ``duration``: seconds the attempt ran (succeeded, retrying, failed, cancelled,
    lease_lost after a start); ``start_delay``: seconds from the run's due time to
    its start (run.started; the database's clock against this process's);
    ``status``: what durable.fail returned (pending, failed, cancelled) where it
    was called; ``count``: runs enqueued (schedule.materialized); ``args``: the
    run's args only for a job registered with ``event_args=True``.
    """

    # Built on the worker's hot path: slots, and ``at`` a datetime only when read.
    __slots__ = (
        "args",
        "attempt",
        "count",
        "duration",
        "error",
        "job_name",
        "max_attempts",
        "name",
        "next_run_at",
        "queue",
        "run_id",
        "start_delay",
        "status",
        "timestamp",
        "worker",
    )

    def __init__(
        self,
        name: str,
        timestamp: float,
        worker: str | None = None,
        run_id: int | None = None,
        job_name: str | None = None,
        queue: str | None = None,
        attempt: int | None = None,
        max_attempts: int | None = None,
        *,
        error: str | None = None,
        next_run_at: datetime | None = None,
        duration: float | None = None,
        start_delay: float | None = None,
        status: str | None = None,
        count: int | None = None,
        args: Any = None,
    ) -> None:
        self.name = name
        self.timestamp = timestamp  # time.time() when it happened
        self.worker = worker
        self.run_id = run_id
        self.job_name = job_name
        self.queue = queue
        self.attempt = attempt
        self.max_attempts = max_attempts
        self.error = error
        self.next_run_at = next_run_at
        self.duration = duration
        self.start_delay = start_delay
        self.status = status
        self.count = count
        self.args = args

    @property
    def at(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp, UTC)

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{k}={getattr(self, k)!r}"
            for k in ("run_id", "job_name", "queue", "attempt", "worker", "error")
            if getattr(self, k) is not None
        )
        return f"Event({self.name!r}{', ' if fields else ''}{fields})"


def matching(pattern: str) -> frozenset[str]:
    """The event names a pattern selects; InvalidArgument if it is no known name or
    selects none."""
    if not isinstance(pattern, str) or not _PATTERN.fullmatch(pattern):
        raise InvalidArgument(
            f"event pattern must be an event name, with * as a wildcard, got {pattern!r}"
        )
    names = frozenset(n for n in EVENT_NAMES if fnmatch.fnmatchcase(n, pattern))
    if not names:
        raise InvalidArgument(
            f"unknown event {pattern!r}: use one of {', '.join(EVENT_NAMES)} (or a pattern with *)"
        )
    return names


@dataclass(frozen=True)
class Subscription:
    """An observer as registered: what it wants and how big its queue is."""

    function: Observer
    names: frozenset[str]
    queue_size: int
    label: str

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.function)


def subscription(function: Observer, names: frozenset[str], queue_size: int) -> Subscription:
    if not callable(function):
        raise InvalidArgument("an observer must be callable")
    if isinstance(queue_size, bool) or not isinstance(queue_size, int) or queue_size < 1:
        raise InvalidArgument(f"queue_size must be an integer ≥ 1, got {queue_size!r}")
    label = getattr(function, "__qualname__", None) or repr(function)
    return Subscription(function, names, queue_size, label)


class _Sink:
    """One observer inside one worker: its queue, its task, its thread.

    The drain task takes everything queued at once and delivers it in one go
    (one hop to the observer's thread per batch, not per event); events being
    delivered still count against ``queue_size``.
    """

    def __init__(self, sub: Subscription, hub: Hub) -> None:
        self.sub = sub
        self.hub = hub
        self.queue: collections.deque[Event] = collections.deque()
        self.limit = sub.queue_size
        self.in_flight = 0
        self.ready = asyncio.Event()
        self.dropped = 0
        self.errors: set[type[BaseException]] = set()
        self.thread = None if sub.is_async else ThreadPoolExecutor(1, f"durablesql-on-{sub.label}")
        self.task: asyncio.Task[None] | None = None

    def put(self, event: Event) -> None:
        queue = self.queue
        if len(queue) + self.in_flight >= self.limit:
            self.dropped += 1
            self.hub.dropped(1)
            return
        if not queue:  # (the drain task is woken once per batch)
            self.ready.set()
        queue.append(event)

    @property
    def idle(self) -> bool:
        return not self.queue and not self.in_flight

    async def drain(self) -> None:
        loop = asyncio.get_running_loop()
        function, thread = self.sub.function, self.thread
        while True:
            await self.ready.wait()
            await asyncio.sleep(COALESCE_SECONDS)
            self.ready.clear()
            batch = list(self.queue)
            self.queue.clear()
            self.in_flight = len(batch)
            try:
                if thread is None:
                    # An async observer shares the worker's loop: it yields after
                    # each batch, so the claim loop runs between batches.  (A wall-
                    # clock budget would throttle an observer that mostly awaits I/O.)
                    for event in batch:
                        try:
                            await function(event)
                        except Exception as exc:
                            self.failed(exc, event)
                    await asyncio.sleep(0)
                else:
                    await loop.run_in_executor(thread, self.deliver, batch)
            finally:
                self.in_flight = 0

    def deliver(self, batch: list[Event]) -> None:
        """In the observer's thread."""
        function = self.sub.function
        for event in batch:
            try:
                function(event)
            except Exception as exc:
                self.failed(exc, event)

    def failed(self, exc: Exception, event: Event) -> None:
        if type(exc) not in self.errors:
            self.errors.add(type(exc))
            log.error(
                "observer %s raised %s on %s (logged once per error type): %s",
                self.sub.label,
                type(exc).__name__,
                event.name,
                exc,
                exc_info=exc,
            )


class Hub:
    """A worker's observers.  ``wanted``: the names someone observes (check it before
    building an event: with nobody observing, emitting costs one set lookup)."""

    def __init__(
        self, subscriptions: Sequence[Subscription], on_drop: Callable[[int], None]
    ) -> None:
        self.dropped = on_drop
        self._sinks = [_Sink(sub, self) for sub in subscriptions]
        self._by_name: dict[str, list[_Sink]] = {}
        for sink in self._sinks:
            for name in sink.sub.names:
                self._by_name.setdefault(name, []).append(sink)
        self.wanted: frozenset[str] = frozenset(self._by_name)

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        for sink in self._sinks:
            if sink.task is None:
                sink.task = loop.create_task(sink.drain(), name=f"durablesql-on-{sink.sub.label}")

    def emit(self, event: Event) -> None:
        for sink in self._by_name.get(event.name, ()):
            sink.put(event)

    async def close(self, timeout: float) -> None:
        """Let the observers take what is queued (up to ``timeout`` s), then stop them."""
        deadline = time.monotonic() + timeout
        while any(s.task is not None and not s.idle for s in self._sinks):
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(0.01)
        for sink in self._sinks:
            if sink.task is not None:
                sink.task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await sink.task
                sink.task = None
            if sink.thread is not None:
                sink.thread.shutdown(wait=False, cancel_futures=True)

    @property
    def dropped_by_observer(self) -> dict[str, int]:
        return {sink.sub.label: sink.dropped for sink in self._sinks}


def compose(middlewares: Sequence[Middleware], innermost: CallNext) -> CallNext:
    """One callable: the first middleware outermost, the handler call innermost."""
    call = innermost
    for mw in reversed(middlewares):
        call = _wrap(mw, call)
    return call


def _wrap(mw: Middleware, call_next: CallNext) -> CallNext:
    async def call(ctx: Any, args: Any) -> Any:
        return await mw(ctx, args, call_next)

    return call


def worker_event(name: str, worker: str, **fields: Any) -> Event:
    return Event(name, time.time(), worker, **fields)


def run_event(name: str, ctx: JobContext, args: Any = None, **fields: Any) -> Event:
    # Built for every event someone observes: positional, and the extras set only
    # where given (a keyword dict forwarded costs more than the event itself).
    event = Event(
        name, time.time(), ctx.worker, ctx.run_id, ctx.job_name, ctx.queue, ctx.attempt,
        ctx.max_attempts,
    )  # fmt: skip
    if args is not None:
        event.args = args
    for key, value in fields.items():
        setattr(event, key, value)
    return event
