"""What a handler receives besides its args."""

from __future__ import annotations

import logging
import threading
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

_job_logger = logging.getLogger("durablesql.job")


class RunCancelled(Exception):
    """Raised by ctx.raise_if_cancelled() in a handler whose run was cancelled or lost."""


class _RunLogger(logging.LoggerAdapter[logging.Logger]):
    def process(
        self, msg: Any, kwargs: MutableMapping[str, Any]
    ) -> tuple[Any, MutableMapping[str, Any]]:
        extra = self.extra or {}
        kwargs.setdefault("extra", {}).update(extra)
        return (
            f"[{extra['job_name']} run {extra['run_id']} attempt {extra['attempt']}] {msg}",
            kwargs,
        )


@dataclass
class JobContext:
    """Per-run context: who, what, which attempt, and a logger bound to them.

    Sync handlers run in a thread and cannot be interrupted; they should check
    ``ctx.cancelled`` (or call ``ctx.raise_if_cancelled()``) in long loops.
    Async handlers are cancelled with ``asyncio`` task cancellation.
    """

    run_id: int
    job_name: str
    queue: str
    attempt: int
    max_attempts: int
    scheduled_at: datetime
    worker: str
    logger: logging.LoggerAdapter[logging.Logger] = field(init=False, repr=False)
    _cancel: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    cancel_reason: str | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.logger = _RunLogger(
            _job_logger,
            {
                "run_id": self.run_id,
                "job_name": self.job_name,
                "attempt": self.attempt,
                "worker": self.worker,
            },
        )

    @property
    def cancelled(self) -> bool:
        """True once the run was cancelled, its lease lost, or its timeout hit."""
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancel.is_set():
            raise RunCancelled(self.cancel_reason or "cancelled")

    def _request_cancel(self, reason: str) -> None:
        if not self._cancel.is_set():
            self.cancel_reason = reason
            self._cancel.set()
