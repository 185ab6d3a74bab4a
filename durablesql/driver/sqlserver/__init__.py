"""The SQL Server driver: pymssql, the engine in sql/sqlserver/, polling instead of NOTIFY.

WRITTEN AND CHECKED OFFLINE ONLY: no SQL Server could run where this driver was
written, so it has not talked to one (tests/sqlserver/ checks what can be checked
without a server; the conformance suite runs it when DURABLESQL_TEST_MSSQL_DSN is
set).

The client is pymssql rather than mssql-python (compared in December 2026, both on
PyPI, installed side by side on Linux x86-64 with no ODBC package on the system):

* no system install: pymssql's manylinux wheel bundles FreeTDS (statically linked)
  and every library it needs (OpenSSL, Kerberos) under ``pymssql.libs``; ``ldd`` on
  its extension resolves everything inside the wheel, and ``connect()`` reaches the
  network.  mssql-python 1.16 imports, but its bundled ``libmsodbcsql-18.6.so``
  needs the system's ``libltdl.so.7`` (unixODBC's libtool library, not bundled), so
  ``connect()`` fails with "Failed to load the driver" until the OS package is
  installed; it also loads the system's Kerberos libraries;
* maintained: pymssql 2.4.6 came out on 2026-10-26 (2.4.5 a week before, per its
  changelog), declaring CPython 3.9-3.15; mssql-python is Microsoft's
  new driver, maintained as well, but it pulls in azure-identity and two native
  packages of its own (mssql-python-odbc, mssql-python-rs);
* typed: pymssql ships ``py.typed`` and stubs;
* errors: pymssql gives the server's error number and text, which carry the engine's
  code (``THROW 500nn, N'DSnnn: …'``; see errors.py);
* parameters: pymssql substitutes them into the text on the client (quoted, ``N'…'``
  for text), so a call is one round trip with no prepared statement to manage.

Neither is async: every call runs in a thread (see operations.py).  Sessions:
autocommit, READ COMMITTED, XACT_ABORT OFF (the procedures roll back to their own
savepoints and rethrow; XACT_ABORT ON would roll back a caller's whole
transaction), NOCOUNT ON.  No LISTEN/NOTIFY: ``capabilities.push_wakeups`` is false
and the worker polls with jitter; no partitioned history (prune deletes in
batches).  The fake clock is the session context key ``durable.fake_now``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pymssql

from durablesql.driver.interface import (
    Capabilities,
    ConnectOptions,
    Driver,
    Listening,
    Operations,
)
from durablesql.driver.records import Notice
from durablesql.driver.sqlserver.dsn import describe, parse_dsn
from durablesql.driver.sqlserver.errors import message_of, translate
from durablesql.driver.sqlserver.migrate import migrate, scalar
from durablesql.driver.sqlserver.operations import MSOperations, Pool, close_quietly, sent
from durablesql.errors import ConnectionLost, NotSupported

CAPABILITIES = Capabilities(
    push_wakeups=False,
    partitions=False,
    roles=True,
    transactional_enqueue=True,  # durable.enqueue on the caller's connection joins its transaction
    async_commit=False,  # delayed durability is a database option, not the worker's to set
)
# pymssql's own defaults, plus the session the procedures are written for.
SESSION = (
    "SET ARITHABORT ON; SET CONCAT_NULL_YIELDS_NULL ON; SET ANSI_NULLS ON;"
    " SET ANSI_NULL_DFLT_ON ON; SET ANSI_PADDING ON; SET ANSI_WARNINGS ON;"
    " SET QUOTED_IDENTIFIER ON; SET TEXTSIZE 2147483647;"
    " SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SET XACT_ABORT OFF; SET NOCOUNT ON;"
)
SET_FAKE_NOW = "EXEC sys.sp_set_session_context @key = N'durable.fake_now', @value = %s"
SERVER_VERSION = "SELECT CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(32))"


def connect_kwargs(dsn: str, options: ConnectOptions) -> dict[str, Any]:
    """pymssql.connect's keywords for a DSN and the connect options."""
    kwargs: dict[str, Any] = {
        **parse_dsn(dsn),
        "autocommit": True,
        "appname": options.application_name[:128],
        "conn_properties": SESSION,
    }
    if options.statement_timeout is not None:
        kwargs["timeout"] = max(1, round(options.statement_timeout))  # the client's bound
    return kwargs


class SQLServerDriver(MSOperations, Driver):
    dialect = "sqlserver"
    capabilities = CAPABILITIES

    def __init__(self, db: Pool | pymssql.Connection, server_info: str) -> None:
        super().__init__(db)
        self.server_info = server_info

    @property
    def owns_database(self) -> bool:
        return False

    native = "a pymssql connection"

    def wrap(self, connection: object) -> Operations | None:
        return wrap(connection)

    async def migrate(self) -> list[str]:
        return await self._use(migrate)

    async def listen(self, kinds: frozenset[str], on_notice: Callable[[Notice], None]) -> Listening:
        raise NotSupported(
            "SQL Server pushes no notifications (no LISTEN/NOTIFY): the worker polls"
        )

    async def close(self) -> None:
        if isinstance(self._db, Pool):
            self._db.close()
        else:
            close_quietly(self._db)

    async def set_fake_now(self, at: datetime | None) -> None:
        if isinstance(self._db, Pool):
            raise NotSupported("a fake clock needs a single-connection driver (single=True)")
        await self._rows(SET_FAKE_NOW, sent(at.astimezone(UTC)) if at is not None else None)

    async def notes(self) -> list[str]:
        return [
            f"{self.server_info}: no LISTEN/NOTIFY, the worker polls for due runs with jitter;"
            " history is one table (prune deletes in batches)"
        ]


def wrap(native: object) -> Operations | None:
    """The operations on a pymssql connection of the caller's; None otherwise.  The
    calls join whatever transaction it has open (the procedures then work under
    savepoints and never commit it)."""
    if isinstance(native, pymssql.Connection):
        return MSOperations(native)
    return None


async def connect(dsn: str, options: ConnectOptions) -> SQLServerDriver:
    """A driver on a pool (or, with options.single, one connection) to dsn."""
    kwargs = connect_kwargs(dsn, options)

    def opened() -> pymssql.Connection:
        try:
            return pymssql.connect(**kwargs)
        except Exception as exc:
            raise ConnectionLost(
                f"cannot connect to {describe(kwargs)}: {message_of(exc)}"
            ) from exc

    first = await asyncio.to_thread(opened)
    try:
        version = await asyncio.to_thread(scalar, first, SERVER_VERSION)
    except Exception as exc:
        close_quietly(first)
        translated = translate(exc)
        if translated is exc:
            raise
        raise translated from exc
    info = f"SQL Server {version or '?'}"
    if options.single:
        return SQLServerDriver(first, info)
    pool = Pool(opened, options.max_connections)
    pool.give(first)
    return SQLServerDriver(pool, info)
