"""Waiting for runs to finish: one LISTEN connection shared by every app.wait().

The SQL sends ``NOTIFY durable_done, '<id>,<id>,…'`` in the transaction that
makes runs terminal.  A waiter registers its run id *before* it reads the run's
status, so a completion that commits in between is never missed; a slow poll
covers notifications lost while the LISTEN connection was being re-opened.

Behind a transaction-mode pooler (PgBouncer) a NOTIFY never reaches the client,
so ``listen=False``: no LISTEN connection is opened and each waiter just re-reads
its run every ``POOLER_POLL`` seconds (or the interval it is given).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

import asyncpg

# How often a waiter re-reads the run even without a notification.
SAFETY_POLL = 5.0
# How often it re-reads the run when it cannot LISTEN at all.
POOLER_POLL = 0.5


async def wait_event(event: asyncio.Event, seconds: float | None) -> None:
    """Until the event is set, or `seconds` have passed (None: no limit)."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await event.wait()


class DoneListener:
    def __init__(self, dsn: str, *, listen: bool = True) -> None:
        self._dsn = dsn
        self.listen = listen
        self._conn: asyncpg.Connection | None = None
        self._lock = asyncio.Lock()
        self._waiters: dict[int, set[asyncio.Event]] = {}

    async def _ensure(self) -> None:
        async with self._lock:
            if self._conn is not None and not self._conn.is_closed():
                return
            conn = await asyncpg.connect(
                self._dsn, server_settings={"application_name": "durablesql wait"}
            )
            conn.add_termination_listener(self._lost)
            await conn.add_listener("durable_done", self._on_done)
            self._conn = conn

    def _lost(self, _conn: object) -> None:
        self._conn = None
        for events in self._waiters.values():  # re-read now rather than at the next poll
            for event in events:
                event.set()

    def _on_done(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        for part in str(payload).split(","):
            with contextlib.suppress(ValueError):
                for event in self._waiters.get(int(part), ()):
                    event.set()

    async def wait(
        self,
        run_id: int,
        is_done: Callable[[], Awaitable[bool]],
        poll_interval: float | None = None,
    ) -> None:
        """Return once ``is_done()`` is true, re-checking on each notification for
        run_id and every ``poll_interval`` seconds (default: SAFETY_POLL with
        LISTEN, POOLER_POLL without)."""
        if poll_interval is None:
            poll_interval = SAFETY_POLL if self.listen else POOLER_POLL
        event = asyncio.Event()
        self._waiters.setdefault(run_id, set()).add(event)
        try:
            while True:
                if self.listen:
                    # Without LISTEN the safety poll carries on until it works again.
                    with contextlib.suppress(
                        OSError, asyncpg.PostgresError, asyncpg.InterfaceError
                    ):
                        await self._ensure()
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
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.close(), 2)
