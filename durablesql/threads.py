"""Threads for plain-``def`` handlers.

``concurrent.futures.ThreadPoolExecutor`` does not fit: its threads are joined
when the interpreter exits, so one handler that never returns keeps a stopped
worker process alive; and a handler the worker gave up on (timed out,
cancelled, lease lost) keeps holding one of its threads, shrinking the pool for
good.  Here threads are daemons, and giving up on a running handler starts a
replacement thread, so ``size`` threads stay available for new runs while the
abandoned one finishes (and then exits) on its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any

_QUEUED, _RUNNING, _DONE = 0, 1, 2


class HandlerCall:
    """One submitted call; await ``future`` for its result."""

    __slots__ = ("abandoned", "args", "fn", "future", "loop", "state")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.fn = fn
        self.args = args
        self.loop = asyncio.get_running_loop()
        self.future: asyncio.Future[Any] = self.loop.create_future()
        self.state = _QUEUED
        self.abandoned = False


def _deliver(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():  # the awaiting task gave up (cancelled the future)
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class HandlerThreads:
    def __init__(self, size: int, name: str = "durablesql-handler") -> None:
        self._size = size
        self._name = name
        self._queue: queue.SimpleQueue[HandlerCall | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads = 0
        self._serial = 0
        for _ in range(size):
            self._start_thread()

    def submit(self, fn: Callable[..., Any], *args: Any) -> HandlerCall:
        call = HandlerCall(fn, args)
        self._queue.put(call)
        return call

    def abandon(self, call: HandlerCall) -> None:
        """The worker no longer waits for this call: never start it, or replace its thread."""
        with self._lock:
            if call.abandoned or call.state == _DONE:
                return
            call.abandoned = True
            if call.state == _RUNNING:
                self._start_thread()

    def close(self) -> None:
        """Let idle threads end; a thread still running a handler ends after it."""
        with self._lock:
            threads = self._threads
        for _ in range(threads):
            self._queue.put(None)

    def _start_thread(self) -> None:  # called with the lock held, or from __init__
        self._threads += 1
        self._serial += 1
        thread = threading.Thread(
            target=self._serve, name=f"{self._name}-{self._serial}", daemon=True
        )
        thread.start()

    def _serve(self) -> None:
        while True:
            call = self._queue.get()
            if call is None:
                break
            with self._lock:
                if call.abandoned:
                    continue  # given up before it started
                call.state = _RUNNING
            result: Any = None
            error: BaseException | None = None
            try:
                result = call.fn(*call.args)
            except BaseException as exc:  # handed to the awaiting task
                error = exc
            with self._lock:
                call.state = _DONE
                leave = call.abandoned  # a replacement already took this thread's place
            with contextlib.suppress(RuntimeError):  # the loop may be closed by now
                call.loop.call_soon_threadsafe(_deliver, call.future, result, error)
            if leave:
                break
        with self._lock:
            self._threads -= 1
