"""sqlite3's exceptions as durablesql's: the one place that reads SQLite's error texts.

The engine's own errors come through ``durable_error`` (``functions.py``) and
are raised as they are; what is left here is SQLite's own: a file that is
busy or unreadable, a schema that is not there, a value Python cannot bind.
"""

from __future__ import annotations

import sqlite3

from durablesql import errors


def translate(exc: BaseException) -> BaseException:
    """The durablesql exception for a sqlite3 one; a bug (a syntax error, ...) unchanged."""
    if isinstance(exc, OverflowError):  # an integer beyond 64 bits
        return errors.InvalidArgument(f"value out of range: {exc}")
    if not isinstance(exc, sqlite3.Error):
        return exc
    message = str(exc)
    if message == "user-defined function raised exception":
        # One of functions.py's, before it could run: Python could not read an
        # argument (text that is not UTF-8, built from a blob parameter).
        return errors.InvalidArgument("a parameter holds bytes that are not UTF-8 text")
    if "no such table: durable_" in message or "no such table: main.durable_" in message:
        return errors.SchemaNotInstalled()
    if isinstance(exc, sqlite3.OperationalError) and (
        "database is locked" in message or "database table is locked" in message
    ):
        return errors.Transient(message)
    if isinstance(exc, sqlite3.OperationalError) and (
        "unable to open" in message or "disk I/O" in message or "readonly" in message
    ):
        return errors.ConnectionLost(f"cannot use the SQLite file: {message}")
    if "malformed JSON" in message:
        return errors.InvalidArgument(f"a JSON value is malformed: {message}")
    return exc
