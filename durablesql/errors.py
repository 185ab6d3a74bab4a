"""SQLSTATE → exception classes.

Every error the SQL raises on purpose has a SQLSTATE of class ``DS``.  Each code
maps to exactly one class below, so callers branch on the class, not on text.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import NoReturn

import asyncpg


class DurableError(Exception):
    """An error raised on purpose by durablesql (bad input, unknown run, ...)."""

    sqlstate: str = "DS000"

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if sqlstate is not None:
            self.sqlstate = sqlstate


class InvalidArgument(DurableError):
    sqlstate = "DS001"


class InvalidName(DurableError):
    sqlstate = "DS002"


class UnknownJob(DurableError):
    sqlstate = "DS003"


class UnknownRun(DurableError):
    sqlstate = "DS004"


class InvalidState(DurableError):
    sqlstate = "DS005"


class ArgsTooLarge(DurableError):
    sqlstate = "DS006"


class UniqueKeyTaken(DurableError):
    sqlstate = "DS007"


class NotSupported(DurableError):
    sqlstate = "DS008"


class InvalidSetting(DurableError):
    sqlstate = "DS009"


class UnknownQueue(DurableError):
    sqlstate = "DS010"


class InvalidCron(DurableError):
    sqlstate = "DS011"


class UnknownTimeZone(DurableError):
    sqlstate = "DS012"


class UnknownSchedule(DurableError):
    sqlstate = "DS013"


class SchemaNotInstalled(DurableError):
    """The database has no durable schema (run `durablesql migrate`)."""


class ConfigurationError(DurableError):
    """Bad local configuration: no DSN and no embedded database, bad import path, ..."""


BY_SQLSTATE: dict[str, type[DurableError]] = {
    cls.sqlstate: cls
    for cls in (
        InvalidArgument,
        InvalidName,
        UnknownJob,
        UnknownRun,
        InvalidState,
        ArgsTooLarge,
        UniqueKeyTaken,
        NotSupported,
        InvalidSetting,
        UnknownQueue,
        InvalidCron,
        UnknownTimeZone,
        UnknownSchedule,
    )
}


@contextlib.contextmanager
def sql_errors() -> Iterator[None]:
    """Re-raise a DS-class PostgreSQL error as its DurableError; anything else as it is."""
    try:
        yield
    except asyncpg.PostgresError as exc:
        raise_translated(exc)


def raise_translated(exc: BaseException) -> NoReturn:
    """Raise the DurableError for exc (chained to it), or exc itself when there is none."""
    translated = translate(exc)
    if translated is exc:
        raise exc
    raise translated from exc


def translate(exc: BaseException) -> BaseException:
    """The DurableError for a DS-class PostgreSQL error; anything else unchanged."""
    sqlstate = getattr(exc, "sqlstate", None)
    if isinstance(exc, asyncpg.PostgresError) and isinstance(sqlstate, str):
        if sqlstate.startswith("DS"):
            cls = BY_SQLSTATE.get(sqlstate, DurableError)
            return cls(str(getattr(exc, "message", exc)), sqlstate)
        if sqlstate == "3F000" and "durable" in str(exc):  # invalid_schema_name
            return SchemaNotInstalled(
                "the durable schema is not installed in this database: run `durablesql migrate`"
            )
    return exc


CONNECTION_SQLSTATE_PREFIXES = ("08", "57P")

# Worth retrying as they are: deadlock, serialization failure, a cancelled
# statement (statement_timeout, pg_cancel_backend), and class 53 (too many
# connections, out of memory or disk) — typical right after a server restart.
TRANSIENT_SQLSTATES = ("40001", "40P01", "57014")


def is_connection_error(exc: BaseException) -> bool:
    """True for errors that mean "the connection or server went away; retry later"."""
    # InternalClientError: asyncpg's protocol state was left mid-operation by a
    # connection the server dropped; the connection is unusable, the call can be retried.
    if isinstance(
        exc, OSError | asyncpg.InterfaceError | asyncpg.InternalClientError | TimeoutError
    ):
        return True
    if isinstance(exc, asyncpg.PostgresConnectionError):
        return True
    sqlstate = getattr(exc, "sqlstate", None)
    return isinstance(sqlstate, str) and sqlstate.startswith(CONNECTION_SQLSTATE_PREFIXES)


def is_transient(exc: BaseException) -> bool:
    """True for errors after which the same call may well succeed if retried."""
    if is_connection_error(exc):
        return True
    sqlstate = getattr(exc, "sqlstate", None)
    return isinstance(sqlstate, str) and (
        sqlstate in TRANSIENT_SQLSTATES or sqlstate.startswith("53")
    )
