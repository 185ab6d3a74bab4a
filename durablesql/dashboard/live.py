"""Live updates: server-sent events that tell open pages something changed.

Where the dialect pushes notices (PostgreSQL's NOTIFY: a run enqueued or made
due, cancelled, finished) one subscription per database login feeds every open
page; each page's stream also compares a fingerprint of the queues now and then,
which catches what sends no notice (a claim) and is all there is elsewhere.
The page re-reads its live parts on each ``change`` event; the pause switch on
the page simply closes the stream.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from durablesql.driver import Driver, Notice
from durablesql.notices import keep_listening, wait_event

KINDS = frozenset({"wake", "cancel", "done"})
POLL_PUSHED = 5.0  # seconds between fingerprints when notices are pushed
POLL = 2.0  # … and when they are not
MIN_GAP = 0.5  # at most two change events a second
KEEPALIVE = 15.0


class Hub:
    """One LISTEN subscription of a driver, shared by the streams open on it."""

    def __init__(self, driver: Driver) -> None:
        self.driver = driver
        self.waiters: set[asyncio.Event] = set()
        self.closed = asyncio.Event()
        self.task: asyncio.Task[None] | None = None
        self.opened = 0

    def _notify(self, _notice: Notice | None = None) -> None:
        for event in self.waiters:
            event.set()

    def _opened(self) -> None:
        """A subscription (re)opened: after the first, notices may have been missed."""
        self.opened += 1
        if self.opened > 1:
            self._notify()

    def subscribe(self) -> asyncio.Event:
        event = asyncio.Event()
        self.waiters.add(event)
        if self.task is None and self.driver.capabilities.push_wakeups:
            self.closed.clear()
            self.task = asyncio.ensure_future(
                keep_listening(self.driver, KINDS, self._notify, self._opened, self.closed)
            )
        return event

    def unsubscribe(self, event: asyncio.Event) -> None:
        self.waiters.discard(event)

    async def close(self) -> None:
        self.closed.set()
        task, self.task = self.task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(BaseException):
                await task


async def fingerprint(driver: Driver) -> object:
    return tuple(await driver.queue_stats())


async def changes(hub: Hub) -> AsyncIterator[str]:
    """The event stream's text: ``change`` after a notice or a changed fingerprint,
    a comment line now and then to keep proxies from closing it."""
    pushed = hub.driver.capabilities.push_wakeups
    poll = POLL_PUSHED if pushed else POLL
    event = hub.subscribe()
    try:
        yield f"event: hello\ndata: {'push' if pushed else 'poll'}\n\n"
        last = await fingerprint(hub.driver)
        quiet = 0.0
        while True:
            await wait_event(event, poll)
            noticed = event.is_set()
            event.clear()
            now = await fingerprint(hub.driver)
            if noticed or now != last:
                last = now
                quiet = 0.0
                yield "event: change\ndata: \n\n"
                await asyncio.sleep(MIN_GAP)
            else:
                quiet += poll
                if quiet >= KEEPALIVE:
                    quiet = 0.0
                    yield ": keepalive\n\n"
    finally:
        hub.unsubscribe(event)
