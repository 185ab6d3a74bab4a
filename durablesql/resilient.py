"""Driver calls that outlive a lost connection.

A driver raises ``Transient`` (``ConnectionLost`` when the connection or server
went away) for errors after which the same call may well succeed; those are
retried with jittered backoff, anything else is raised at once.  A restarted
server delays the caller but loses nothing it holds.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from durablesql.errors import ConnectionLost, Transient

T = TypeVar("T")
log = logging.getLogger("durablesql.worker")


class Resilient:
    """Retries transient errors; says once when the database is lost and when it is back."""

    def __init__(
        self,
        max_delay: float = 10.0,
        on_back: Callable[[float], None] | None = None,
        on_lost: Callable[[str, Exception], None] | None = None,
    ) -> None:
        self.max_delay = max_delay
        self.on_back = on_back  # back after this many seconds: notices may have been missed
        self.on_lost = on_lost  # (what, error): the database went away during this call
        self.disconnects = 0
        self._lost_since: float | None = None

    async def call(
        self,
        what: str,
        op: Callable[..., Awaitable[T]],
        *args: Any,
        deadline: float | None = None,
        until: asyncio.Event | None = None,
    ) -> T:
        """op(*args), retried until it succeeds, `deadline` (a time.monotonic() value)
        would pass, or `until` is set."""
        delay = 0.05
        while True:
            try:
                result = await op(*args)
            except Transient as exc:
                if (until is not None and until.is_set()) or (
                    deadline is not None and time.monotonic() + delay > deadline
                ):
                    raise
                if not isinstance(exc, ConnectionLost):
                    log.warning("%s failed (%s); retrying", what, exc)
                elif self._lost_since is None:
                    self._lost_since = time.monotonic()
                    self.disconnects += 1
                    log.warning("database connection lost during %s (%s); retrying", what, exc)
                    if self.on_lost is not None:
                        self.on_lost(what, exc)
                await asyncio.sleep(delay * random.uniform(0.5, 1.5))
                delay = min(delay * 2, self.max_delay)
                continue
            if self._lost_since is not None:
                outage = time.monotonic() - self._lost_since
                log.warning("database connection is back after %.1fs", outage)
                self._lost_since = None
                if self.on_back is not None:
                    self.on_back(outage)
            return result
