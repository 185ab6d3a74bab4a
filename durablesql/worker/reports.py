"""What handlers report while they run: log lines and progress, written in order.

``ctx.log()`` and ``ctx.progress()`` may be called from any thread (sync
handlers run in threads); they check the value against the engine's limits
(read from the database at start-up), queue it and return.  One flush writes
everything queued in two calls (``log_many``, ``set_progress_many``), and a
run's lines are flushed before it is completed or failed.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
from typing import TYPE_CHECKING, Any

from durablesql.errors import InvalidArgument, alternatives

if TYPE_CHECKING:
    from durablesql.worker.worker import Worker

log = logging.getLogger("durablesql.worker")


class Reports:
    """The worker's side of ``durablesql.context.Reports``."""

    def __init__(self, worker: Worker) -> None:
        self.w = worker
        # ("log", run_id, level, message) or ("progress", run_id, fraction, note)
        self._queue: collections.deque[tuple[str, int, Any, Any]] = collections.deque()
        self._lock = asyncio.Lock()
        self.event = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def log(self, run_id: int, level: str, message: str) -> str:
        levels = self.w.limits.log_levels
        if level not in levels:
            raise InvalidArgument(f"log level must be {alternatives(levels)}, got {level!r}")
        text = message[: self.w.limits.max_log_message]
        self._put(("log", run_id, level, text))
        return text

    def progress(self, run_id: int, fraction: float, note: str | None) -> None:
        cut = None if note is None else note[: self.w.limits.max_progress_note]
        self._put(("progress", run_id, fraction, cut))

    def _put(self, item: tuple[str, int, Any, Any]) -> None:
        self._queue.append(item)
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closed: nothing more to write
                self._loop.call_soon_threadsafe(self.event.set)

    async def loop(self) -> None:
        closed = self.w.state.closed
        while not closed.is_set():
            await self.event.wait()
            self.event.clear()
            await self.flush()
        await self.flush()

    async def flush(self) -> None:
        """Write the queued reports, after any flush already under way."""
        if not self._queue and not self._lock.locked():
            return  # the common case on the completion path: nothing to write
        async with self._lock:
            items = []
            while self._queue:
                items.append(self._queue.popleft())
            logs = [(r, a, b) for kind, r, a, b in items if kind == "log"]
            latest = {r: (a, b) for kind, r, a, b in items if kind == "progress"}
            driver, name = self.w.driver, self.w.name
            try:
                if logs:
                    ids, levels, messages = (list(col) for col in zip(*logs, strict=True))
                    await self.w.calls.call("log", driver.log_many, name, ids, levels, messages)
                if latest:
                    progress = [p for p, _ in latest.values()]
                    notes = [n for _, n in latest.values()]
                    await self.w.calls.call(
                        "set_progress",
                        driver.set_progress_many,
                        name,
                        list(latest),
                        progress,
                        notes,
                    )
            except Exception as exc:
                log.warning("could not record %d log/progress reports: %s", len(items), exc)
