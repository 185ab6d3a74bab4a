"""The driver seam: the operations the rest of the package calls, one dialect each.

``await connect(dsn, options)`` picks the dialect from the DSN's scheme;
``operations(x)`` gives the operations on a driver, or on a native connection
or pool of the caller's (an asyncpg connection, say).
"""

from __future__ import annotations

import importlib
import sys

from durablesql.driver.interface import (
    Capabilities,
    ConnectOptions,
    Driver,
    Listening,
    Operations,
)
from durablesql.driver.records import (
    AttemptError,
    ClaimedRun,
    Explanation,
    Health,
    JobDefinition,
    Limits,
    LogLine,
    NewRun,
    Notice,
    OutcomeCount,
    QueueStats,
    Run,
    RunSearch,
    ScheduleDefinition,
    ScheduleStatus,
    SloStatus,
    TreeNode,
    WorkerStatus,
)
from durablesql.errors import ConfigurationError

# DSN scheme → the module of its driver (imported only when used).
SCHEMES = {
    "postgresql": "durablesql.driver.postgres",
    "postgres": "durablesql.driver.postgres",
    "mysql": "durablesql.driver.mysql",
    "mariadb": "durablesql.driver.mysql",
    "sqlite": "durablesql.driver.sqlite",
    "mssql": "durablesql.driver.sqlserver",
}
# A native object's package → the driver module that can wrap it.
NATIVE = {
    "asyncpg": "durablesql.driver.postgres",
    "asyncmy": "durablesql.driver.mysql",
    "sqlite3": "durablesql.driver.sqlite",
    "pymssql": "durablesql.driver.sqlserver",
}


def dialect_module(dsn: str) -> str:
    scheme = dsn.partition("://")[0].lower() if "://" in dsn else ""
    module = SCHEMES.get(scheme)
    if module is None:
        known = ", ".join(f"{s}://" for s in sorted(SCHEMES))
        raise ConfigurationError(
            f"no durablesql driver for the DSN scheme {scheme or dsn[:20]!r}: use {known}"
        )
    return module


def embedded_dsn() -> str:
    """The default database: an embedded PostgreSQL (the pgserver package), started on
    demand; its driver knows it as its own to set up (``Driver.owns_database``)."""
    from durablesql.driver.postgres import embedded

    return embedded.start()


# A dialect's client library, installed with an extra: (import name, extra).
EXTRAS = {
    "durablesql.driver.mysql": ("asyncmy", "mysql"),
    "durablesql.driver.sqlserver": ("pymssql", "sqlserver"),
}


async def connect(dsn: str, options: ConnectOptions | None = None) -> Driver:
    """A driver for dsn (its scheme picks the dialect), connected."""
    name = dialect_module(dsn)
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        client, extra = EXTRAS.get(name, ("", ""))
        if not client or exc.name != client:
            raise
        raise ConfigurationError(
            f"the {dsn.partition('://')[0]}:// driver needs {client}:"
            f" pip install 'durablesql[{extra}]'"
        ) from exc
    driver: Driver = await module.connect(dsn, options or ConnectOptions())
    return driver


def operations(target: object) -> Operations:
    """Operations on `target`: a driver as it is, or a native connection or pool."""
    if isinstance(target, Operations):
        return target
    for package, module in NATIVE.items():
        if package in sys.modules:  # a native object of it implies it is imported
            found: Operations | None = importlib.import_module(module).wrap(target)
            if found is not None:
                return found
    raise ConfigurationError(
        f"expected a durablesql driver or a database connection, got {type(target).__name__}"
    )


__all__ = [
    "AttemptError",
    "Capabilities",
    "ClaimedRun",
    "ConnectOptions",
    "Driver",
    "Explanation",
    "Health",
    "JobDefinition",
    "Limits",
    "Listening",
    "LogLine",
    "NewRun",
    "Notice",
    "Operations",
    "OutcomeCount",
    "QueueStats",
    "Run",
    "RunSearch",
    "ScheduleDefinition",
    "ScheduleStatus",
    "SloStatus",
    "TreeNode",
    "WorkerStatus",
    "connect",
    "operations",
]
