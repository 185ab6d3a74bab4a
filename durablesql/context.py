"""What a handler receives besides its args."""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from datetime import datetime
from typing import Any, Protocol

from durablesql.errors import InvalidArgument

_job_logger = logging.getLogger("durablesql.job")


class Reports(Protocol):
    """Where a handler's log lines and progress go: the worker writes them in order,
    before it completes or fails the run.  Both check and cut by the engine's limits."""

    def log(self, run_id: int, level: str, message: str) -> str: ...
    def progress(self, run_id: int, fraction: float, note: str | None) -> None: ...


class RunCancelled(Exception):
    """Raised by ctx.raise_if_cancelled() in a handler whose run was cancelled or lost."""


class _RunLogger(logging.LoggerAdapter[logging.Logger]):
    def process(
        self, msg: Any, kwargs: MutableMapping[str, Any]
    ) -> tuple[Any, MutableMapping[str, Any]]:
        extra = self.extra or {}
        kwargs.setdefault("extra", {}).update(extra)
        prefix = f"[{extra['job_name']} run {extra['run_id']} attempt {extra['attempt']}]"
        return f"{prefix} {msg}", kwargs


class JobContext:
    """Per-run context: who, what, which attempt, and a logger bound to them.

    Sync handlers run in a thread and cannot be interrupted; they should check
    ``ctx.cancelled`` (or call ``ctx.raise_if_cancelled()``) in long loops.
    Async handlers are cancelled with ``asyncio`` task cancellation.
    """

    # One is built per run on the worker's hot path: slots, and a logger only on demand.
    __slots__ = (
        "_cancel_reason",
        "_logger",
        "_reports",
        "attempt",
        "job_name",
        "max_attempts",
        "queue",
        "run_id",
        "scheduled_at",
        "worker",
    )

    def __init__(
        self,
        run_id: int,
        job_name: str,
        queue: str,
        attempt: int,
        max_attempts: int,
        scheduled_at: datetime,
        worker: str,
        reports: Reports | None = None,
    ) -> None:
        self.run_id = run_id
        self.job_name = job_name
        self.queue = queue
        self.attempt = attempt
        self.max_attempts = max_attempts
        self.scheduled_at = scheduled_at
        self.worker = worker
        self._logger: logging.LoggerAdapter[logging.Logger] | None = None
        self._cancel_reason: str | None = None
        self._reports = reports

    def __repr__(self) -> str:
        return (
            f"JobContext(run_id={self.run_id}, job_name={self.job_name!r}, "
            f"attempt={self.attempt}/{self.max_attempts}, worker={self.worker!r})"
        )

    @property
    def logger(self) -> logging.LoggerAdapter[logging.Logger]:
        """Logger 'durablesql.job' with the run id, job name and attempt in each message."""
        if self._logger is None:
            self._logger = _RunLogger(
                _job_logger,
                {
                    "run_id": self.run_id,
                    "job_name": self.job_name,
                    "attempt": self.attempt,
                    "worker": self.worker,
                },
            )
        return self._logger

    def log(self, message: str, level: str = "info") -> None:
        """Add a line to the run's log (durable.run_logs) and to ``ctx.logger``.

        Returns at once and is safe from any thread: the worker writes the
        lines in order, and before it completes or fails the run.
        """
        text = str(message)
        if self._reports is not None:
            text = self._reports.log(self.run_id, level, text)
        numeric = logging.getLevelName(str(level).upper())
        self.logger.log(numeric if isinstance(numeric, int) else logging.INFO, "%s", text)

    def progress(self, fraction: float, note: str | None = None) -> None:
        """Record how far the run is (0 to 1) with an optional note; like log(), it
        returns at once and the worker writes the latest value."""
        value = float(fraction)
        if not 0 <= value <= 1:
            raise InvalidArgument(f"progress must be between 0 and 1, got {fraction!r}")
        if self._reports is not None:
            self._reports.progress(self.run_id, value, None if note is None else str(note))

    @property
    def cancelled(self) -> bool:
        """True once the run was cancelled, its lease lost, its timeout hit, or the worker
        is shutting down past its timeout.  (A plain attribute read: safe from any thread.)"""
        return self._cancel_reason is not None

    @property
    def cancel_reason(self) -> str | None:
        """Why: 'cancelled', 'lost', 'timeout' or 'shutdown' (None while running normally)."""
        return self._cancel_reason

    def raise_if_cancelled(self) -> None:
        if self._cancel_reason is not None:
            raise RunCancelled(self._cancel_reason)

    def _request_cancel(self, reason: str) -> None:
        if self._cancel_reason is None:
            self._cancel_reason = reason
