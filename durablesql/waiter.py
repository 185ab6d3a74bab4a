"""Waiting for runs to finish: one subscription to ``done`` notices shared by every
app.wait().

The engine announces runs that became terminal (``NOTIFY durable_done`` on
PostgreSQL) in the transaction that ends them.  A waiter registers its run id
*before* it reads the run's status, so a completion that commits in between is
never missed; a slow poll covers notices lost while the subscription was being
re-opened.  Where nothing is pushed (a transaction-mode pooler, a dialect
without notifications) each waiter just re-reads its run every ``POLL``
seconds (or the interval it is given).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from durablesql.driver import Driver, Notice
from durablesql.notices import keep_listening, wait_event

# How often a waiter re-reads the run even without a notice.
SAFETY_POLL = 5.0
# How often it re-reads the run when nothing is pushed.
POLL = 0.5


class DoneListener:
    def __init__(self, driver: Driver) -> None:
        self.listen = driver.capabilities.push_wakeups
        self._driver = driver
        self._waiters: dict[int, set[asyncio.Event]] = {}
        self._closed = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def _on_notice(self, notice: Notice) -> None:
        for run_id in notice.run_ids:
            for event in self._waiters.get(run_id, ()):
                event.set()

    def _reread_all(self) -> None:
        """(Re)subscribed: re-read every run now rather than at the next poll."""
        for events in self._waiters.values():
            for event in events:
                event.set()

    async def wait(
        self,
        run_id: int,
        is_done: Callable[[], Awaitable[bool]],
        poll_interval: float | None = None,
    ) -> None:
        """Return once ``is_done()`` is true, re-checking on each notice for run_id and
        every ``poll_interval`` seconds (default: SAFETY_POLL with notices, POLL without)."""
        if poll_interval is None:
            poll_interval = SAFETY_POLL if self.listen else POLL
        if self.listen and self._task is None:
            self._task = asyncio.create_task(
                keep_listening(
                    self._driver,
                    frozenset({"done"}),
                    self._on_notice,
                    self._reread_all,
                    self._closed,
                )
            )
        event = asyncio.Event()
        self._waiters.setdefault(run_id, set()).add(event)
        try:
            while True:
                event.clear()
                if await is_done():
                    return
                await wait_event(event, poll_interval)
        finally:
            events = self._waiters.get(run_id)
            if events is not None:
                events.discard(event)
                if not events:
                    del self._waiters[run_id]

    async def close(self) -> None:
        self._closed.set()
        if self._task is not None:
            await asyncio.wait([self._task], timeout=5)
            self._task.cancel()
            self._task = None
