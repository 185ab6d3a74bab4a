"""The event loop a worker process runs on: uvloop when it is installed (the
optional extra ``durablesql[uvloop]``), else asyncio's own.

Most of an idle worker's latency is the event loop itself (socket reads and
writes, waking tasks); uvloop does that work in C.  ``DURABLESQL_EVENT_LOOP=asyncio``
forces the standard loop (to compare, or to rule uvloop out)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")
ENV_VAR = "DURABLESQL_EVENT_LOOP"


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's loop when it is installed and not turned off, else None (asyncio's)."""
    if os.environ.get(ENV_VAR, "").lower() == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def run(coro: Coroutine[Any, Any, T]) -> T:
    """asyncio.run on the loop loop_factory() picks."""
    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        return runner.run(coro)


def describe(loop: asyncio.AbstractEventLoop) -> str:
    """What a worker says at start-up about the loop it runs on."""
    if type(loop).__module__.startswith("uvloop"):
        return "event loop: uvloop"
    if loop_factory() is None and os.environ.get(ENV_VAR, "").lower() != "asyncio":
        return "event loop: asyncio (pip install 'durablesql[uvloop]' for a faster one)"
    return "event loop: asyncio"
