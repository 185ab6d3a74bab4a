"""The SQLite driver: the standard library's sqlite3, the engine in sql/sqlite/, polling.

    sqlite:///app.db             a file, relative to the working directory
    sqlite:////var/lib/app.db    an absolute path (four slashes)
    sqlite:///:memory:           in memory, for unit tests: ONE process only

Why sqlite3 in a thread per connection rather than aiosqlite: see
``connection.py`` (one thread hop per operation instead of one per statement,
and nothing to install).  The file is the application's own if it likes:
every object is prefixed ``durable_``, and ``enqueue(..., connection=conn)``
with the application's sqlite3 connection joins its transaction.

What SQLite has not: LISTEN/NOTIFY (``push_wakeups`` false: the worker polls
with jitter and says so at start-up), roles, partitions (prune deletes in
batches).  One host: several processes may share the file (WAL, writes one at a
time in ``BEGIN IMMEDIATE``), not several machines (no network file systems).

``:memory:`` is one connection shared by every driver of the process opened on
that DSN (operations take turns on its thread), so that an App, its client and
its worker see the same database; it is gone when the last driver closes, and
no other process can see it.  The fake clock (and the traceparent that
set_traceparent holds) belongs to a connection, so there
it is shared too.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, ClassVar

from durablesql.driver.interface import (
    Capabilities,
    ConnectOptions,
    Driver,
    Listening,
    Operations,
)
from durablesql.driver.records import Notice
from durablesql.driver.sqlite.connection import Link, Params, open_connection, prepare, run_block
from durablesql.driver.sqlite.functions import Functions, to_text
from durablesql.driver.sqlite.migrate import migrate
from durablesql.driver.sqlite.operations import SQLiteOperations
from durablesql.driver.sqlite.queries import blocks
from durablesql.errors import ConfigurationError, NotSupported

CAPABILITIES = Capabilities(
    push_wakeups=False,
    partitions=False,
    roles=False,
    transactional_enqueue=True,  # on the application's own sqlite3 connection
    async_commit=True,  # synchronous = NORMAL: WAL survives a crash of the process, not of power
)
MEMORY = ":memory:"


def parse_dsn(dsn: str) -> str:
    """The file a sqlite:// DSN names (or ':memory:')."""
    scheme, sep, rest = dsn.partition("://")
    if scheme.lower() != "sqlite" or not sep or not rest.startswith("/"):
        raise ConfigurationError(
            f"not a SQLite DSN: {dsn[:40]!r} (use sqlite:///path/to/app.db or sqlite:///:memory:)"
        )
    path = rest[1:].partition("?")[0]
    if not path:
        raise ConfigurationError("a sqlite:// DSN names a file: sqlite:///path/to/app.db")
    return path


class Pool:
    """Up to N links to one file, handed out one operation at a time."""

    def __init__(self, links: list[Link]) -> None:
        self.links = links
        self.idle: asyncio.Queue[Link] = asyncio.Queue()
        for link in links:
            self.idle.put_nowait(link)

    async def run(self, name: str, each: Sequence[Params]) -> list[sqlite3.Row]:
        link = await self.idle.get()
        try:
            return await link.run(name, each)
        finally:
            self.idle.put_nowait(link)

    async def call(self, f: Any, *args: Any) -> Any:
        link = await self.idle.get()
        try:
            return await link.call(f, *args)
        finally:
            self.idle.put_nowait(link)

    def close(self) -> None:
        for link in self.links:
            link.close()


class Native:
    """A sqlite3 connection of the caller's: blocks run on it at once, in the caller's
    thread, joining its open transaction (as a SAVEPOINT) if it has one."""

    # The callers' connections prepared so far (by id: sqlite3 connections take no
    # weak references), each with its functions' state.
    prepared: ClassVar[dict[int, tuple[sqlite3.Connection, Functions]]] = {}

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        found = self.prepared.get(id(conn))
        if found is None or found[0] is not conn:
            functions = Functions()
            prepare(conn, functions)
            found = self.prepared[id(conn)] = (conn, functions)
        self.functions = found[1]

    async def run(self, name: str, each: Sequence[Params]) -> list[sqlite3.Row]:
        return run_block(self.conn, self.functions, blocks()[name], each)


class SQLiteDriver(SQLiteOperations, Driver):
    dialect = "sqlite"
    capabilities = CAPABILITIES

    def __init__(self, dsn: str, path: str, pool: Pool, release: Callable[[], None]) -> None:
        super().__init__(pool)
        self.dsn = dsn
        self.path = path
        self.pool = pool
        self._release = release

    @property
    def owns_database(self) -> bool:
        # A file on this host (or memory) is ours to set up: the schema lives
        # beside the application's tables under its durable_ prefix.
        return True

    native = "a sqlite3.Connection"

    def wrap(self, connection: object) -> Operations | None:
        return wrap(connection)

    async def migrate(self) -> list[str]:
        applied: list[str] = await self.pool.call(migrate)
        return applied

    async def listen(self, kinds: frozenset[str], on_notice: Callable[[Notice], None]) -> Listening:
        raise NotSupported("SQLite pushes no notifications (no LISTEN/NOTIFY): the worker polls")

    async def close(self) -> None:
        self._release()

    async def set_fake_now(self, at: datetime | None) -> None:
        if len(self.pool.links) != 1:
            raise NotSupported("a fake clock needs a single-connection driver (single=True)")
        await self._rows("set_fake_now", at=None if at is None else to_text(at))

    async def notes(self) -> list[str]:
        return [
            f"SQLite {sqlite3.sqlite_version} ({self.path}): no LISTEN/NOTIFY, the worker polls"
            " for due runs with jitter; one host, writes one at a time (WAL)"
        ]


def wrap(native: object) -> Operations | None:
    """The operations on a sqlite3 connection of the caller's; None otherwise."""
    if isinstance(native, sqlite3.Connection):
        return SQLiteOperations(Native(native))
    return None


# The in-memory database of this process: one link, shared, counted.
_memory: dict[str, Any] = {"link": None, "users": 0}


def _memory_pool() -> tuple[Pool, Callable[[], None]]:
    if _memory["link"] is None:
        _memory["link"] = Link(open_connection(MEMORY))
    _memory["users"] += 1
    link: Link = _memory["link"]

    def release() -> None:
        _memory["users"] -= 1
        if _memory["users"] == 0:
            _memory["link"] = None
            link.close()

    return Pool([link]), release


async def connect(dsn: str, options: ConnectOptions) -> SQLiteDriver:
    """A driver on `options.max_connections` connections to the file (one with single)."""
    path = parse_dsn(dsn)
    if path == MEMORY:
        pool, release = _memory_pool()
        return SQLiteDriver(dsn, path, pool, release)
    synchronous = "NORMAL" if options.async_commit else "FULL"
    count = 1 if options.single else max(1, options.max_connections)
    loop = asyncio.get_running_loop()
    links: list[Link] = []
    try:
        for _ in range(count):
            conn = await loop.run_in_executor(
                None, lambda: open_connection(path, synchronous=synchronous)
            )
            links.append(Link(conn))
    except sqlite3.Error as exc:
        for link in links:
            with contextlib.suppress(Exception):
                link.close()
        from durablesql.errors import ConnectionLost

        raise ConnectionLost(f"cannot open the SQLite file {path!r}: {exc}") from exc
    pool = Pool(links)
    return SQLiteDriver(dsn, path, pool, pool.close)
