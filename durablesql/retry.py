"""Retry policies, as the parameters durable.define_job() stores.

The delay itself is computed in SQL (durable.retry_delay) when a run fails;
these classes only describe the policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from durablesql.errors import InvalidArgument

Seconds = int | float | timedelta


def to_timedelta(value: Seconds, what: str) -> timedelta:
    if isinstance(value, timedelta):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{what} must be seconds (int or float) or a timedelta, got {value!r}")
    try:
        return timedelta(seconds=value)
    except (OverflowError, ValueError) as exc:  # inf, nan, or past timedelta's range
        raise InvalidArgument(f"{what} must be a finite number of seconds, got {value}") from exc


@dataclass(frozen=True)
class Fixed:
    """Retry after the same delay every time (seconds or timedelta), ± jitter ratio."""

    delay: Seconds = 5
    jitter: float = 0.0

    def sql_params(self) -> tuple[str, timedelta, timedelta, float]:
        delay = to_timedelta(self.delay, "Fixed.delay")
        jitter = float(self.jitter)
        # The SQL clamps to retry_max_delay after the jitter: leave room above.
        return "fixed", delay, delay * (1 + max(jitter, 0.0)), jitter


@dataclass(frozen=True)
class Backoff:
    """Retry after initial * 2^(attempt-1), ± jitter ratio, at most `max`."""

    initial: Seconds = 10
    max: Seconds = 3600
    jitter: float = 0.2

    def sql_params(self) -> tuple[str, timedelta, timedelta, float]:
        return (
            "backoff",
            to_timedelta(self.initial, "Backoff.initial"),
            to_timedelta(self.max, "Backoff.max"),
            float(self.jitter),
        )


RetryPolicy = Fixed | Backoff
