"""The functions queries.sql needs, registered on every connection.

* ``durable_now()`` — the connection's clock, UTC text ``YYYY-MM-DD HH:MM:SS.SSS``
  (SQLite's own format: it sorts as it compares), or the fake time;
* ``durable_set_fake_now(text | NULL)`` — set or clear this connection's fake time;
* ``durable_traceparent()`` / ``durable_set_traceparent(text | NULL)`` — this
  connection's W3C traceparent, which enqueue stores in a run's meta when meta has
  none (PostgreSQL's ``SET LOCAL durable.traceparent``, MariaDB's
  ``@durable_traceparent``): held as given; queries.sql checks it;
* ``durable_cron_next(expr, after, zone)`` — the cron rule (``cron.py``);
* ``durable_error(code, message)`` — raise the engine's error.  SQLite reports an
  exception in a user function only as "user-defined function raised exception",
  so the error is kept here (``take_error``) for the driver to raise in its place.

They decide nothing about runs: the clock, the calendar, a value held for the
connection and the way an error leaves SQLite.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from durablesql.driver.sqlite import cron
from durablesql.errors import (
    DurableError,
    InvalidArgument,
    InvalidCron,
    UnknownTimeZone,
    from_code,
)

TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
# A value as SQLite hands it to a function, and takes it back.
SQLValue = str | bytes | int | float | None


def to_text(at: datetime) -> str:
    """An aware datetime as the engine's UTC text (milliseconds, truncated)."""
    if at.tzinfo is None:
        raise InvalidArgument(f"a time must be aware (with tzinfo), got {at.isoformat()}")
    return at.astimezone(UTC).strftime(TIME_FORMAT)[:23]


def from_text(text: str) -> datetime:
    """The engine's UTC text as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _read_time(what: str, text: object) -> datetime:
    if not isinstance(text, str):
        raise InvalidArgument(f"{what} must be a finite timestamp, got {text!r}")
    try:
        found = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidArgument(
            f"{what} must be a UTC time YYYY-MM-DD HH:MM:SS, got {text!r}"
        ) from None
    return found.replace(tzinfo=UTC) if found.tzinfo is None else found


class Functions:
    """One connection's clock, traceparent and pending error."""

    def __init__(self) -> None:
        self.fake_now: str | None = None
        self.traceparent: SQLValue = None
        self.error: DurableError | None = None

    def register(self, conn: sqlite3.Connection) -> None:
        conn.create_function("durable_now", 0, self._guard(self.now))
        conn.create_function("durable_set_fake_now", 1, self._guard(self.set_fake_now))
        conn.create_function("durable_traceparent", 0, self.get_traceparent)
        conn.create_function("durable_set_traceparent", 1, self.set_traceparent)
        conn.create_function("durable_cron_next", 3, self._guard(self.cron_next))
        conn.create_function("durable_error", 2, self._guard(self.raise_error))

    def _guard(self, f: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            try:
                return f(*args)
            except DurableError as exc:
                self.error = exc
                raise

        return call

    def take_error(self) -> DurableError | None:
        found, self.error = self.error, None
        return found

    def now(self) -> str:
        return self.fake_now or datetime.now(UTC).strftime(TIME_FORMAT)[:23]

    def set_fake_now(self, at: str | None) -> None:
        self.fake_now = None if at is None else to_text(_read_time("fake_now", at))

    def get_traceparent(self) -> SQLValue:
        return self.traceparent

    def set_traceparent(self, value: SQLValue) -> None:
        self.traceparent = value

    def cron_next(self, expr: object, after: object, timezone: object) -> str:
        if after is None:
            raise InvalidArgument("after must be a finite timestamp, got NULL")
        if expr is not None and not isinstance(expr, str):
            raise InvalidCron(f"cron expression must be text, got {type(expr).__name__}")
        if timezone is not None and not isinstance(timezone, str):
            raise UnknownTimeZone(f"unknown time zone: a {type(timezone).__name__}, not a name")
        return to_text(cron.next_fire(expr, _read_time("after", after), timezone))

    def raise_error(self, code: object, message: object) -> None:
        # A message that names a blob arrives as bytes: shown, never a failure of its own.
        if isinstance(message, bytes):
            message = message.decode("utf-8", errors="replace")
        raise from_code(str(code), str(message))
