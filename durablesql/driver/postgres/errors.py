"""asyncpg's exceptions as durablesql's: the one place that knows PostgreSQL's error codes."""

from __future__ import annotations

import logging

import asyncpg
from asyncpg.exceptions._base import DataError

from durablesql import errors

log = logging.getLogger("durablesql.driver.postgres")

# The connection or the server went away: 08xxx connection exceptions, 57P01-05
# (admin shutdown, crash shutdown, cannot connect now, ...).
CONNECTION_SQLSTATE_PREFIXES = ("08", "57P")
# Worth retrying as they are: serialization failure, deadlock, a cancelled
# statement (statement_timeout, pg_cancel_backend), and class 53 (too many
# connections, out of memory or disk) — typical right after a server restart.
TRANSIENT_SQLSTATES = ("40001", "40P01", "57014")
# What asyncpg's named statements meet when consecutive calls land on different
# server connections (a transaction-mode pooler the driver was not told about).
STATEMENT_ERRORS = (asyncpg.DuplicatePreparedStatementError, asyncpg.InvalidSQLStatementNameError)
_told_pooler = False


def is_connection_error(exc: BaseException) -> bool:
    """The connection is unusable: it must not go back to a pool."""
    # InternalClientError: asyncpg's protocol state was left mid-operation by a
    # connection the server dropped.
    if isinstance(
        exc,
        OSError
        | asyncpg.InterfaceError
        | asyncpg.InternalClientError
        | asyncpg.PostgresConnectionError
        | TimeoutError,
    ):
        return True
    sqlstate = getattr(exc, "sqlstate", None)
    return isinstance(sqlstate, str) and sqlstate.startswith(CONNECTION_SQLSTATE_PREFIXES)


def translate(exc: BaseException, *, pooler: str | None = None) -> BaseException:
    """The durablesql exception for an asyncpg one; a bug (XX000, 42xxx, ...) unchanged."""
    if is_connection_error(exc):
        return errors.ConnectionLost(f"cannot reach the database: {exc}")
    if isinstance(exc, DataError | OverflowError):  # asyncpg could not encode a value
        return errors.InvalidArgument(f"value out of range: {exc}")
    sqlstate = getattr(exc, "sqlstate", None)
    if not isinstance(exc, asyncpg.PostgresError) or not isinstance(sqlstate, str):
        return exc
    # (asyncpg's own client-side checks raise a PostgresError with no message)
    message = getattr(exc, "message", None) or str(exc)
    if sqlstate.startswith("DS"):
        return errors.from_code(sqlstate, message)
    if sqlstate in TRANSIENT_SQLSTATES or sqlstate.startswith("53"):
        return errors.Transient(message, sqlstate)
    if sqlstate == "42501":
        return errors.PermissionDenied(message, sqlstate)
    if sqlstate == "3F000" and "durable" in message:  # invalid_schema_name
        return errors.SchemaNotInstalled()
    if sqlstate.startswith(("22", "54")):  # a value PostgreSQL could not take
        return errors.InvalidArgument(message, sqlstate)
    if isinstance(exc, STATEMENT_ERRORS) and pooler is None:
        _tell_pooler(message)
    return exc


def _tell_pooler(message: str) -> None:
    """Once: name the likely cause when asyncpg's named statements go missing."""
    global _told_pooler
    if not _told_pooler:
        _told_pooler = True
        log.error(
            "%s: the DSN looks like a transaction-mode pooler (PgBouncer pool_mode ="
            " transaction): run the worker with --pooler transaction (pooler='transaction')",
            message,
        )
