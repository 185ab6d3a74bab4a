"""Helpers of the SQLite tests: a file with the engine installed, and a plain sqlite3
connection with the engine's functions registered (what any program would set up)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from durablesql.driver.sqlite.connection import open_connection, prepare
from durablesql.driver.sqlite.functions import Functions, from_text, to_text
from durablesql.driver.sqlite.migrate import migrate


def install(path: Path) -> str:
    """Install the engine in a new file; its DSN."""
    conn = open_connection(str(path))
    try:
        migrate(conn)
    finally:
        conn.close()
    return f"sqlite:///{path}"


@dataclass
class Engine:
    """A sqlite3 connection set up as the driver sets one up (functions, temp tables)."""

    path: str = ":memory:"
    functions: Functions = field(default_factory=Functions)

    def __post_init__(self) -> None:
        self.conn = open_connection(self.path)
        prepare(self.conn, self.functions)

    def call(self, sql: str, args: Sequence[Any] = ()) -> list[Any] | str:
        """Rows, or "ERROR <code>: <message>" for an error the engine raised."""
        try:
            return list(self.conn.execute(sql, tuple(args)).fetchall())
        except sqlite3.OperationalError:
            raised = self.functions.take_error()
            if raised is None:
                raise
            return f"ERROR {raised.sqlstate}: {raised.message}"

    def cron_next(self, expr: str | None, after: datetime, tz: str | None) -> datetime | str:
        rows = self.call("SELECT durable_cron_next(?, ?, ?)", (expr, to_text(after), tz))
        return rows if isinstance(rows, str) else from_text(rows[0][0])

    def close(self) -> None:
        self.conn.close()
