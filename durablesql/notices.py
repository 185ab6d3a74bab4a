"""Push notifications from the engine, kept open across lost connections.

Where a dialect pushes nothing (``capabilities.push_wakeups`` is false) callers
just poll; where it does, a missed notice costs at most one poll interval, since
every subscription is re-opened with backoff and says so (``on_open``), and its
owner then re-reads what it may have missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from durablesql.driver import Driver, Listening, Notice
from durablesql.errors import Transient

log = logging.getLogger("durablesql.notices")


async def wait_event(event: asyncio.Event, seconds: float | None) -> None:
    """Until the event is set, or `seconds` have passed (None: no limit)."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await event.wait()


async def keep_listening(
    driver: Driver,
    kinds: frozenset[str],
    on_notice: Callable[[Notice], None],
    on_open: Callable[[], None],
    closed: asyncio.Event,
    max_delay: float = 10.0,
) -> None:
    """Stay subscribed to these kinds of notice until `closed` is set."""
    delay = 0.1
    while not closed.is_set():
        listening: Listening | None = None
        try:
            listening = await driver.listen(kinds, on_notice)
            if delay > 0.1:
                log.info("LISTEN connection re-established")
            delay = 0.1
            on_open()
            lost = asyncio.ensure_future(listening.lost.wait())
            done = asyncio.ensure_future(closed.wait())
            await asyncio.wait({lost, done}, return_when=asyncio.FIRST_COMPLETED)
            lost.cancel()
            done.cancel()
        except Transient:
            pass  # the database is away: try again after the delay
        except Exception:
            log.exception("LISTEN connection failed")
        finally:
            if listening is not None:
                await listening.close()
        if not closed.is_set():
            await wait_event(closed, delay)
            delay = min(delay * 2, max_delay)
