"""What the worker's parts share: the runs it holds, and the events between them.

A run is *held* from the claim that leased it until the call that ends it
(complete, fail or release).  It is forgotten *before* that call is sent: a
failed run whose retry is due at once can be claimed again — after its NOTIFY —
before the call returns, and a run still held would then be taken for one of
our own expired leases and never started (see ``Endings``).
"""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from durablesql.context import JobContext
from durablesql.threads import HandlerCall

# What a finished handler leaves: None (success) or (error text, retryable).
Outcome = tuple[str, bool] | None


class Held:
    """A run this worker holds a lease on: ready, running, or awaiting completion."""

    __slots__ = (
        "args_json",
        "began",
        "call",
        "ctx",
        "ended",
        "finished",
        "renewed",
        "result_json",
        "run_id",
        "settled",
        "span",
        "started",
        "stop_reason",
        "task",
        "timeout",
        "traceparent",
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
        self.began = 0.0  # when its handler started and ended (set only when observed)
        self.ended = 0.0
        self.traceparent: str | None = None  # the producer's trace (durable.claim)
        self.span: Any = None  # its attempt's span, while traced

    @property
    def duration(self) -> float | None:
        return self.ended - self.began if self.began and self.ended else None


@dataclass
class WorkerStats:
    claimed: int = 0
    succeeded: int = 0
    failed: int = 0
    stopped: int = 0
    disconnects: int = 0  # times a call found the database gone (then retried)
    dropped_events: int = 0  # events an observer's full queue could not take


class WorkerState:
    """The held runs and the worker's events; one per worker, shared by its parts."""

    def __init__(self) -> None:
        self.held: dict[int, Held] = {}
        self.ready: collections.deque[Held] = collections.deque()  # claimed, not started
        self.running = 0  # handlers started and not settled
        self.stats = WorkerStats()
        self.wake = asyncio.Event()  # a notice, a freed slot, a reconnect, or stop
        self.stopping = asyncio.Event()  # no more claims
        self.force = asyncio.Event()  # stop again: skip the waiting
        self.closed = asyncio.Event()  # the background loops end
        self.started = asyncio.Event()
        self._background: set[asyncio.Task[Any]] = set()  # calls in flight

    def forget(self, held: Held) -> None:
        """No longer ours: before the call that ends it (see the module's docstring)."""
        if self.held.get(held.run_id) is held:
            del self.held[held.run_id]

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Run a database call in the background, tracked so shutdown can wait for it."""
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    @property
    def background(self) -> list[asyncio.Task[Any]]:
        return list(self._background)

    async def until_forced(self, tasks: list[asyncio.Task[Any]], timeout: float) -> None:
        """Wait until all tasks are done, `timeout` passes, or stop() is called again."""
        pending = [t for t in tasks if not t.done()]
        if not pending or self.force.is_set() or timeout <= 0:
            return
        everything = asyncio.ensure_future(asyncio.wait(pending))
        force = asyncio.ensure_future(self.force.wait())
        await asyncio.wait(
            {everything, force}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        everything.cancel()
        force.cancel()
