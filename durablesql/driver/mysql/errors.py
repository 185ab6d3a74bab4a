"""asyncmy's exceptions as durablesql's: the one place that knows MariaDB/MySQL error numbers.

The engine raises its errors with ``SIGNAL SQLSTATE 'DSnnn'``, which reaches the
client as error number 1644 (ER_SIGNAL_EXCEPTION) with the SQLSTATE in the error
packet.  asyncmy keeps that SQLSTATE on the exception (``exc.sqlstate``); a client
that drops it (PyMySQL, aiomysql) would have to ask the server right after the
error, ``GET DIAGNOSTICS CONDITION 1 @s = RETURNED_SQLSTATE``, which
``operations.MyOperations`` does when ``sqlstate`` is missing.
"""

from __future__ import annotations

import asyncmy.errors

from durablesql import errors

# The SIGNAL of a stored routine (MYSQL_ERRNO left at its default).
ER_SIGNAL_EXCEPTION = 1644
# Worth retrying as they are: deadlock, lock wait timeout, statement cancelled by
# KILL QUERY / max_statement_time (MariaDB 1969) / max_execution_time (MySQL 3024),
# too many connections, out of memory, server shutting down mid-query.
TRANSIENT_ERRNOS = frozenset({1213, 1205, 1317, 1969, 3024, 1040, 1041, 1037, 1038})
# The connection or the server went away: client-side 2002 (cannot connect via
# socket), 2003 (cannot connect), 2006 (server has gone away), 2013 (lost during
# query), 2055 (lost at handshake); server-side 1053 (shutdown in progress),
# 1927 (connection killed), 4031 (MySQL: disconnected for inactivity), 1152/1159/1161
# (aborted connection / network read or write timeout).
CONNECTION_ERRNOS = frozenset({2002, 2003, 2006, 2013, 2055, 1053, 1927, 4031, 1152, 1159, 1161})
# The login lacks a right: 1370 EXECUTE denied on a routine, 1142 a table,
# 1143 a column, 1044 a database, 1227 a global privilege (SUPER, ...).
PERMISSION_ERRNOS = frozenset({1370, 1142, 1143, 1044, 1227})
# The durable database or one of its routines or tables is not there.
MISSING_ERRNOS = frozenset({1049, 1305, 1146})
# A value the server could not take as the parameter's type (strict mode):
# 1406 too long, 1264 out of range, 1366 incorrect value, 1292 truncated/incorrect
# datetime, 1690 BIGINT out of range, 4038 a malformed JSON text (MariaDB), 3140
# (MySQL: invalid JSON text).
DATA_ERRNOS = frozenset({1406, 1264, 1366, 1292, 1690, 4038, 3140, 1367, 1411})


def errno_of(exc: BaseException | None) -> int | None:
    """The MariaDB/MySQL error number of an asyncmy error, if it has one."""
    args: tuple[object, ...] = getattr(exc, "args", ())
    if isinstance(exc, asyncmy.errors.MySQLError) and args and isinstance(args[0], int):
        return args[0]
    return None


def message_of(exc: BaseException) -> str:
    args: tuple[object, ...] = getattr(exc, "args", ())
    if len(args) >= 2 and isinstance(args[1], str):
        return args[1]
    return str(exc)


def sqlstate_of(exc: BaseException) -> str | None:
    found = getattr(exc, "sqlstate", None)
    return found if isinstance(found, str) and len(found) == 5 else None


def is_connection_error(exc: BaseException) -> bool:
    """The connection is unusable: it must not go back to a pool."""
    if isinstance(exc, OSError | TimeoutError | asyncmy.errors.InterfaceError):
        return True
    return errno_of(exc) in CONNECTION_ERRNOS


def translate(exc: BaseException, sqlstate: str | None = None) -> BaseException:
    """The durablesql exception for an asyncmy one (``sqlstate``: recovered by the
    caller when the exception lacks it); a bug (a syntax error, ...) unchanged."""
    if is_connection_error(exc):
        return errors.ConnectionLost(f"cannot reach the database: {message_of(exc)}")
    errno = errno_of(exc)
    if errno is None:
        if isinstance(exc, OverflowError):  # a value the client could not encode
            return errors.InvalidArgument(f"value out of range: {exc}")
        return exc
    message = message_of(exc)
    state = sqlstate or sqlstate_of(exc) or ""
    if errno == ER_SIGNAL_EXCEPTION and state.startswith("DS"):
        return errors.from_code(state, message)
    if errno in TRANSIENT_ERRNOS:
        return errors.Transient(message, state or None)
    if errno in PERMISSION_ERRNOS:
        return errors.PermissionDenied(message, state or None)
    if errno in MISSING_ERRNOS and "durable" in message:
        return errors.SchemaNotInstalled()
    if errno in DATA_ERRNOS or state.startswith("22"):
        return errors.InvalidArgument(message, state or None)
    return exc
