"""The exceptions durablesql raises, whatever the database.

Every error the engine raises on purpose carries a code of class ``DS``
(``DS001``…), and each code maps to exactly one class below, so callers branch
on the class, not on text.  Drivers translate their database's errors into
these (``from_code``), and a lost connection into ``ConnectionLost``.
"""

from __future__ import annotations


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

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "the durable schema is not installed in this database: run `durablesql migrate`"
        )


class ConfigurationError(DurableError):
    """Bad local configuration: no DSN and no embedded database, bad import path, ..."""


class PermissionDenied(DurableError):
    """The login may not call this (its role lacks EXECUTE on the function)."""


class Transient(DurableError):
    """Worth retrying as it is: a deadlock, a cancelled statement, a server short of
    connections or memory right after a restart."""


class ConnectionLost(Transient):
    """The connection or the server went away (or never answered)."""


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


def from_code(sqlstate: str, message: str) -> DurableError:
    """The exception for an engine error code (DS…), whichever database raised it."""
    return BY_SQLSTATE.get(sqlstate, DurableError)(message, sqlstate)


def alternatives(words: list[str]) -> str:
    """'a, b or c': the accepted words in an error message."""
    return " or ".join(filter(None, [", ".join(words[:-1]), *words[-1:]]))
