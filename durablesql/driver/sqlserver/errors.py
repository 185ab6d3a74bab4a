"""pymssql's exceptions as durablesql's: the one place that knows SQL Server error numbers.

The engine raises its errors with ``THROW 500nn, N'DSnnn: text', 1``: SQL Server
cannot set an SQLSTATE, so the code travels twice, as the error number (50000 plus
the code's digits) and as the message's prefix.  Either one is enough (a client
that wraps the engine in a procedure of its own and rethrows with RAISERROR keeps
only the text).  pymssql's DB-API exceptions carry ``args[0] == (number, message)``,
the message as bytes ending with DB-Lib's own "General SQL Server error" note,
which is dropped here.
"""

from __future__ import annotations

import re

import pymssql

from durablesql import errors

# THROW 500nn ↔ DSnnn
THROWN_BASE = 50000
_CODE = re.compile(r"^(DS\d{3}): ")
# DB-Lib appends its own notes to the server's message.
_DBLIB_NOTE = re.compile(r"\s*DB-Lib error message \d+, severity \d+:.*\Z", re.DOTALL)
# Worth retrying as they are: deadlock victim, lock request timeout, snapshot
# update conflict, out of memory, query timeout (DB-Lib 20003), Azure SQL's
# transient throttling and failover errors.
TRANSIENT_NUMBERS = frozenset(
    {1205, 1222, 3960, 701, 8645, 20003, 40197, 40501, 40613, 49918, 49919, 49920}
)
# The connection or the server went away: DB-Lib 20009 (cannot connect), 20047
# (dead DBPROCESS), 20004/20006 (read from/write to the server failed), 20017
# (unexpected EOF); server 233/10053/10054 (transport errors), 6005 (shutdown in
# progress), 596 (session killed), 18456 (login failed), 4060 (cannot open database).
CONNECTION_NUMBERS = frozenset(
    {20009, 20047, 20004, 20006, 20017, 233, 10053, 10054, 6005, 596, 18456, 4060}
)
# The login lacks a right: 229 (object permission denied), 230 (column), 262
# (CREATE permission), 300 (server permission), 15247 (no permission to act).
PERMISSION_NUMBERS = frozenset({229, 230, 262, 300, 15247})
# The schema or one of its objects is not there: 2812 (stored procedure not
# found), 208 (invalid object name), 4121 (unknown function), 2760 (unknown schema).
MISSING_NUMBERS = frozenset({2812, 208, 4121, 2760})
# A value the server could not take as the parameter's type: 8114 (converting
# data type), 245 (conversion failed), 241/242 (date/time conversion, out of
# range), 220/232/8115 (arithmetic overflow), 8152/2628 (string truncated),
# 13609 (JSON text not properly formatted), 9809 (style not supported).
DATA_NUMBERS = frozenset({8114, 245, 241, 242, 220, 232, 8115, 8152, 2628, 13609, 9809})


def number_of(exc: BaseException | None) -> int | None:
    """The SQL Server (or DB-Lib) error number of a pymssql error, if it has one."""
    found = getattr(exc, "number", None)  # _mssql.MSSQLDatabaseException
    if isinstance(found, int):
        return found
    args: tuple[object, ...] = getattr(exc, "args", ())
    first = args[0] if args else None
    if isinstance(first, tuple) and first and isinstance(first[0], int):
        return first[0]
    return None


def message_of(exc: BaseException) -> str:
    """The server's message, without DB-Lib's notes."""
    text: object = getattr(exc, "text", None)
    if text is None:
        args: tuple[object, ...] = getattr(exc, "args", ())
        first = args[0] if args else None
        if isinstance(first, tuple) and len(first) >= 2:
            text = first[1]
        else:
            text = first if isinstance(first, str | bytes) else str(exc)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return _DBLIB_NOTE.sub("", str(text)).strip()


def code_of(number: int | None, message: str) -> str | None:
    """The engine's DS code of an error: from its message's prefix, else its number."""
    found = _CODE.match(message)
    if found:
        return found.group(1)
    if number is not None and THROWN_BASE < number <= THROWN_BASE + 999:
        return f"DS{number - THROWN_BASE:03d}"
    return None


def is_connection_error(exc: BaseException) -> bool:
    """The connection is unusable: it must not go back to a pool."""
    if isinstance(exc, OSError | pymssql.InterfaceError):
        return True
    return number_of(exc) in CONNECTION_NUMBERS


def translate(exc: BaseException) -> BaseException:
    """The durablesql exception for a pymssql one; a bug (a syntax error, ...) unchanged."""
    if is_connection_error(exc):
        return errors.ConnectionLost(f"cannot reach the database: {message_of(exc)}")
    if not isinstance(exc, pymssql.Error):
        if isinstance(exc, OverflowError):  # a value the client could not encode
            return errors.InvalidArgument(f"value out of range: {exc}")
        return exc
    number = number_of(exc)
    message = message_of(exc)
    code = code_of(number, message)
    if code is not None:
        return errors.from_code(code, message.removeprefix(f"{code}: "))
    if number in TRANSIENT_NUMBERS:
        return errors.Transient(message)
    if number in PERMISSION_NUMBERS:
        return errors.PermissionDenied(message)
    if number in MISSING_NUMBERS and "durable" in message:
        return errors.SchemaNotInstalled()
    if number in DATA_NUMBERS:
        return errors.InvalidArgument(message)
    return exc
