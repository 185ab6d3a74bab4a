"""The PostgreSQL driver: asyncpg, the schema in sql/postgres/, LISTEN for wake-ups.

Behind a transaction-mode pooler (``pooler="transaction"``, e.g. PgBouncer with
``pool_mode = transaction``) nothing may rest on session state: connections
cache no statements and send no ``synchronous_commit`` startup parameter
(PgBouncer refuses it; set it on the pooler's server connections instead), and
there are no push notifications, since no NOTIFY reaches a pooler's client.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from durablesql.driver.interface import (
    Capabilities,
    ConnectOptions,
    Driver,
    Listening,
    Operations,
)
from durablesql.driver.postgres import embedded
from durablesql.driver.postgres.errors import translate
from durablesql.driver.postgres.migrate import migrate
from durablesql.driver.postgres.operations import Connection, PgOperations
from durablesql.driver.records import Notice
from durablesql.errors import ConnectionLost, NotSupported

log = logging.getLogger("durablesql.driver.postgres")

# The engine's NOTIFY channels, by the kind of notice they carry.
CHANNELS = {"wake": "durable", "cancel": "durable_cancel", "done": "durable_done"}


async def _reset(conn: asyncpg.Connection) -> None:
    """The pool's release hook.  asyncpg's default sends a reset query (unlock
    advisory locks, CLOSE ALL, UNLISTEN *, RESET ALL) on every release: one more
    round trip per call.  The engine's calls leave no session state behind
    (LISTEN has a connection of its own), so only an open transaction is ended;
    and behind a transaction-mode pooler a reset would run on whichever server
    connection the pooler picks, undoing settings it gave that one."""
    if conn.is_in_transaction():
        await conn.execute("ROLLBACK")


def connect_options(options: ConnectOptions) -> dict[str, Any]:
    """asyncpg options for these ConnectOptions.

    Behind a transaction-mode pooler (and for a CLI's few calls) asyncpg must not
    cache statements: it names them, and a named statement lives on one server
    connection while the next call may run on another (``prepared statement
    "__asyncpg_stmt_1__" already exists``).  Uncached statements are unnamed, and
    asyncpg keeps their Parse/Bind/Execute in one Sync, which PgBouncer pins to
    one server connection.
    """
    settings = {"application_name": options.application_name[:63]}
    if options.async_commit and options.pooler is None:
        settings["synchronous_commit"] = "off"
    found: dict[str, Any] = {"server_settings": settings}
    if options.pooler is not None or options.single:
        found["statement_cache_size"] = 0
    if options.statement_timeout is not None:
        found["command_timeout"] = options.statement_timeout
        if options.server_timeout and options.pooler is None:
            # The server's own bound (a pooler would refuse the startup parameter):
            # the query is cancelled there, not only abandoned by the client, whose
            # bound comes a second later, for a server that does not answer at all.
            settings["statement_timeout"] = str(max(1, round(options.statement_timeout * 1000)))
            found["command_timeout"] = options.statement_timeout + 1
    return found


class _Listening(Listening):
    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn
        self.lost = asyncio.Event()

    async def close(self) -> None:
        if not self.conn.is_closed():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.conn.close(), 2)


def _notice(kind: str, payload: str) -> Notice | None:
    if kind == "wake":
        return Notice("wake", queue=payload)
    try:
        return Notice(kind, run_ids=tuple(int(part) for part in payload.split(",")))
    except ValueError:
        return None  # not one of the engine's payloads


class PostgresDriver(PgOperations, Driver):
    dialect = "postgres"

    def __init__(
        self, dsn: str, options: ConnectOptions, db: asyncpg.Pool | asyncpg.Connection
    ) -> None:
        super().__init__(db, options.pooler)
        self.dsn = dsn
        self.options = options
        self.capabilities = Capabilities(
            push_wakeups=options.pooler is None,
            partitions=True,
            roles=True,
            transactional_enqueue=True,
            async_commit=options.pooler is None,
        )

    @property
    def owns_database(self) -> bool:
        return embedded.is_embedded(self.dsn)

    native = "an asyncpg connection (or pool)"

    def wrap(self, connection: object) -> Operations | None:
        return wrap(connection)

    async def migrate(self) -> list[str]:
        return await self._use(migrate)

    async def listen(self, kinds: frozenset[str], on_notice: Callable[[Notice], None]) -> Listening:
        def deliver(kind: str, _conn: object, _pid: int, _channel: str, payload: object) -> None:
            notice = _notice(kind, str(payload))
            if notice is not None:
                on_notice(notice)

        try:
            conn = await asyncpg.connect(
                self.dsn,
                server_settings={
                    "application_name": f"{self.options.application_name} listen"[:63]
                },
            )
        except Exception as exc:
            raise translate(exc) from exc
        listening = _Listening(conn)
        conn.add_termination_listener(lambda _conn: listening.lost.set())
        for kind in sorted(kinds):
            await conn.add_listener(CHANNELS[kind], functools.partial(deliver, kind))
        return listening

    async def close(self) -> None:
        db = self._db
        if isinstance(db, asyncpg.Pool):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(db.close(), 5)
            db.terminate()
        elif not db.is_closed():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(db.close(), 5)

    async def set_fake_now(self, at: datetime | None) -> None:
        if isinstance(self._db, asyncpg.Pool):
            raise NotSupported("a fake clock needs a single-connection driver (single=True)")
        # durable.now() reads an empty setting as unset: real time.
        value = "" if at is None else at.isoformat()
        await self._value("SELECT pg_catalog.set_config('durable.fake_now', $1, false)", value)

    async def notes(self) -> list[str]:
        if self.options.pooler is None:
            return []
        # Behind a pooler the worker cannot ask for asynchronous commits itself.
        mode = await self._value("SELECT pg_catalog.current_setting('synchronous_commit')")
        if mode == "off":
            commits = "asynchronous (synchronous_commit = off on the pooler's server connections)"
            if not self.options.async_commit:
                commits += ", although synchronous ones were asked for"
        elif not self.options.async_commit:
            commits = "synchronous, as asked"
        else:
            commits = (
                "synchronous: asynchronous commit is lost (a pooler refuses synchronous_commit"
                " as a startup parameter; set it on its server connections instead)"
            )
        return [f"behind a transaction-mode pooler: no LISTEN; commits are {commits}"]


def wrap(native: object) -> Operations | None:
    """The operations on an asyncpg connection or pool of the caller's; None for anything else."""
    if isinstance(native, asyncpg.Connection | PoolConnectionProxy | asyncpg.Pool):
        db: asyncpg.Pool | Connection = native
        return PgOperations(db)
    return None


async def connect(dsn: str, options: ConnectOptions) -> PostgresDriver:
    """A driver on a pool (or, with options.single, one connection) to dsn."""
    kwargs = connect_options(options)
    try:
        if options.single:
            db: asyncpg.Pool | asyncpg.Connection = await asyncpg.connect(dsn, **kwargs)
        else:
            db = await asyncpg.create_pool(
                dsn, min_size=1, max_size=options.max_connections, reset=_reset, **kwargs
            )
    except Exception as exc:
        hint = ""
        if "unsupported startup parameter" in str(exc):
            hint = " (behind PgBouncer in transaction mode? use --pooler transaction)"
        raise ConnectionLost(f"cannot connect to the database: {exc}{hint}") from exc
    return PostgresDriver(dsn, options, db)
