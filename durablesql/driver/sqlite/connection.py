"""Running a named block on a sqlite3 connection, and the connections themselves.

The standard library's sqlite3 in a thread of its own per connection, not
aiosqlite: an operation here is several statements (the checks, the write,
the read-back, BEGIN IMMEDIATE and COMMIT), and the whole block runs in one
hop to the connection's thread and back, where aiosqlite would make one hop
per statement; and the engine then needs no package beyond the standard
library, so ``pip install durablesql`` is all a SQLite user installs.

Connections are opened without Python's implicit transactions
(``isolation_level=None``): a block that writes runs inside ``BEGIN IMMEDIATE``
(the write lock taken first, so two writers queue in the busy handler rather
than deadlock), a reading block inside a plain ``BEGIN`` (one snapshot).  On a
connection of the caller's that is already in a transaction, the block joins
it as a SAVEPOINT instead.  WAL lets readers work while one connection writes;
``busy_timeout`` makes writers wait for each other instead of failing.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from durablesql.driver.sqlite.errors import translate
from durablesql.driver.sqlite.functions import Functions
from durablesql.driver.sqlite.queries import Block, blocks

Params = Mapping[str, Any]
# How long a writer waits for the write lock before giving up (milliseconds):
# long enough that a busy file slows writers down rather than failing them.
BUSY_TIMEOUT_MS = 60_000


def run_block(
    conn: sqlite3.Connection, functions: Functions, block: Block, each: Sequence[Params]
) -> list[sqlite3.Row]:
    """Run `block` once per parameter set, all in one transaction; the last statement's rows."""
    for params in each:
        if set(params) != set(block.params):
            raise TypeError(f"{block.name}: parameters {sorted(params)}, not {list(block.params)}")
    joined = conn.in_transaction
    begin, commit, undo = (
        ("SAVEPOINT durable_op", "RELEASE durable_op", "ROLLBACK TO durable_op")
        if joined
        else ("BEGIN IMMEDIATE" if block.writes else "BEGIN", "COMMIT", "ROLLBACK")
    )
    rows: list[sqlite3.Row] = []
    try:
        conn.execute(begin)
        for params in each:
            for statement in block.statements:
                rows = conn.execute(statement, params).fetchall()
        conn.execute(commit)
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute(undo)
            if joined:
                conn.execute(commit)
        raised = functions.take_error()
        if raised is not None:
            raise raised from None
        translated = translate(exc)
        if translated is exc:
            raise
        raise translated from exc
    return rows


def open_connection(
    target: str, *, uri: bool = False, synchronous: str = "FULL"
) -> sqlite3.Connection:
    """A connection set up for the engine (its functions still to be registered)."""
    conn = sqlite3.connect(
        target,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
        uri=uri,
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if target != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    return conn


def prepare(conn: sqlite3.Connection, functions: Functions) -> None:
    """Register the functions and run setup_connection (temp tables, pragmas)."""
    functions.register(conn)
    for statement in blocks()["setup_connection"].statements:
        conn.execute(statement)


class Link:
    """One connection and the one thread that uses it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.functions = Functions()
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="durablesql-sqlite")
        prepare(conn, self.functions)

    async def run(self, name: str, each: Sequence[Params]) -> list[sqlite3.Row]:
        block = blocks()[name]
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self.thread, run_block, self.conn, self.functions, block, each
        )

    async def call(self, f: Any, *args: Any) -> Any:
        """Run f(conn, *args) in the connection's thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.thread, f, self.conn, *args)

    def close(self) -> None:
        self.thread.submit(self.conn.close).result()
        self.thread.shutdown()
