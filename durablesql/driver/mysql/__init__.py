"""The MariaDB/MySQL driver: asyncmy, the engine in sql/mysql/, polling instead of NOTIFY.

The client is asyncmy rather than aiomysql (compared in December 2026, both on
PyPI, against MariaDB 10.11):

* maintained: asyncmy had eight releases in 2026 (0.2.18, November); aiomysql had
  none between 0.2.0 (June 2023) and 0.3.0-0.3.2 (October 2025);
* wheels: asyncmy ships compiled (Cython) wheels for CPython 3.11, 3.12 and 3.13
  (manylinux, macOS, Windows); aiomysql is pure Python on PyMySQL (any version);
* errors: asyncmy keeps the SQLSTATE of the error packet (``exc.sqlstate``), so
  the engine's ``SIGNAL SQLSTATE 'DS001'`` maps to its class without a round trip;
  PyMySQL (under aiomysql) drops it and a client must ask ``GET DIAGNOSTICS``
  after every error (still done here as a fallback when it is missing);
* typed: asyncmy ships ``py.typed`` and stubs; aiomysql has neither;
* speed, one connection, same server: 3,000 ``SELECT durable-style function(x)``
  took 0.11-0.14 s on asyncmy and 0.19 s on aiomysql; 300 ``CALL`` returning 100
  rows each 0.02-0.05 s and 0.18 s;
* both return a ``CALL``'s result sets (the first one is the rows; the procedure's
  final status is drained).  asyncmy can also use server-side prepared statements
  (``stmt_cache_size``), measured no faster for these calls, so it is left off:
  the text protocol, every value escaped by the client.

Sessions: autocommit, ``READ COMMITTED`` (claims take ``FOR UPDATE SKIP LOCKED``
row locks and must not keep gap locks), ``time_zone = '+00:00'``, utf8mb4, notes
not recorded (``sql_notes = 0``).  The
engine's objects are all in the database ``durable``; a DSN's database is only
the session's default.  No LISTEN/NOTIFY: ``capabilities.push_wakeups`` is false
and the worker polls with jitter; no partitioned history (prune deletes in
batches).  The fake clock is the user variable ``@durable_fake_now``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import asyncmy

from durablesql.driver.interface import (
    Capabilities,
    ConnectOptions,
    Driver,
    Listening,
    Operations,
)
from durablesql.driver.mysql.dsn import describe, parse_dsn
from durablesql.driver.mysql.errors import message_of, translate
from durablesql.driver.mysql.migrate import migrate
from durablesql.driver.mysql.operations import MyOperations
from durablesql.driver.records import Notice
from durablesql.errors import ConnectionLost, NotSupported

CAPABILITIES = Capabilities(
    push_wakeups=False,
    partitions=False,
    roles=True,
    transactional_enqueue=True,  # durable.enqueue is a FUNCTION: it joins the caller's statement
    async_commit=False,  # innodb_flush_log_at_trx_commit is global, not the worker's to set
)


def session_setup(server_info: str, options: ConnectOptions) -> str:
    """The one SET statement every connection runs first.  MariaDB names the
    isolation variable tx_isolation (transaction_isolation only from 11.1), MySQL 8
    only transaction_isolation."""
    isolation = "tx_isolation" if "mariadb" in server_info.lower() else "transaction_isolation"
    parts = [
        f"SESSION {isolation} = 'READ-COMMITTED'",
        "SESSION time_zone = '+00:00'",
        # Notes are not recorded: the first call of durable.now() in a session notes
        # that it is named like a native function, and asyncmy would spend a round
        # trip (SHOW WARNINGS) and a log line of every new connection on it.
        "SESSION sql_notes = 0",
    ]
    if options.statement_timeout is not None and "mariadb" in server_info.lower():
        parts.append(f"SESSION max_statement_time = {float(options.statement_timeout)!r}")
    return "SET " + ", ".join(parts)


class MySQLDriver(MyOperations, Driver):
    dialect = "mysql"
    capabilities = CAPABILITIES

    def __init__(
        self,
        dsn: str,
        options: ConnectOptions,
        db: asyncmy.Pool | asyncmy.Connection,
        server_info: str,
    ) -> None:
        super().__init__(db)
        self.dsn = dsn
        self.options = options
        self.server_info = server_info

    @property
    def owns_database(self) -> bool:
        return False

    native = "an asyncmy connection (or pool)"

    def wrap(self, connection: object) -> Operations | None:
        return wrap(connection)

    async def migrate(self) -> list[str]:
        return await self._use(migrate)

    async def listen(self, kinds: frozenset[str], on_notice: Callable[[Notice], None]) -> Listening:
        raise NotSupported(
            "MariaDB/MySQL push no notifications (no LISTEN/NOTIFY): the worker polls"
        )

    async def close(self) -> None:
        db = self._db
        if isinstance(db, asyncmy.Pool):
            db.close()
            with contextlib.suppress(Exception):
                await db.wait_closed()
        elif db.connected:
            with contextlib.suppress(Exception):
                await db.ensure_closed()
            db.close()

    async def set_fake_now(self, at: datetime | None) -> None:
        if isinstance(self._db, asyncmy.Pool):
            raise NotSupported("a fake clock needs a single-connection driver (single=True)")
        value = None if at is None else at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        await self._value("SET @durable_fake_now = %s", value)

    async def notes(self) -> list[str]:
        return [
            f"{self.server_info}: no LISTEN/NOTIFY, the worker polls for due runs with jitter;"
            " history is one table (prune deletes in batches)"
        ]


def wrap(native: object) -> Operations | None:
    """The operations on an asyncmy connection or pool of the caller's; None otherwise.
    On a connection, the calls join whatever transaction it has open."""
    if isinstance(native, asyncmy.Connection | asyncmy.Pool):
        return MyOperations(native)
    return None


async def connect(dsn: str, options: ConnectOptions) -> MySQLDriver:
    """A driver on a pool (or, with options.single, one connection) to dsn."""
    kwargs: dict[str, Any] = {
        **parse_dsn(dsn),
        "autocommit": True,
        "program_name": options.application_name[:32],
    }
    if options.statement_timeout is not None:
        kwargs["read_timeout"] = options.statement_timeout + 5  # MySQL: the client's own bound
    try:
        first = await asyncmy.connect(**kwargs)
    except Exception as exc:
        raise ConnectionLost(f"cannot connect to {describe(kwargs)}: {message_of(exc)}") from exc
    server_info = first.get_server_info()
    setup = session_setup(server_info, options)
    kind = "MariaDB" if "mariadb" in server_info.lower() else "MySQL"
    # MariaDB's handshake says "5.5.5-10.11.6-MariaDB-…" to old clients.
    version = server_info.removeprefix("5.5.5-").split("-")[0]
    try:
        async with first.cursor() as cur:
            await cur.execute(setup)
        if options.single:
            return MySQLDriver(dsn, options, first, f"{kind} {version}")
        first.close()
        pool = await asyncmy.create_pool(
            minsize=1, maxsize=options.max_connections, init_command=setup, **kwargs
        )
    except Exception as exc:
        first.close()
        translated = translate(exc)
        if translated is exc:
            raise
        raise translated from exc
    return MySQLDriver(dsn, options, pool, f"{kind} {version}")
