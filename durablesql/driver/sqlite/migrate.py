"""Install the engine in a SQLite file: schema.sql in one transaction.

DDL is transactional in SQLite, and ``BEGIN IMMEDIATE`` takes the file's write
lock first: two installers never interleave, and the second finds the schema
there (checked under the lock) and does nothing.  The file records the
contract it implements (PostgreSQL's migration numbers) in durable_migrations;
there are no older SQLite installs to upgrade yet, so there are no numbered
files: a later change adds sql/sqlite/migrations/.
"""

from __future__ import annotations

import sqlite3

from durablesql.driver.sqlite.queries import schema

INSTALLED = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'durable_migrations'"
NEWEST = "SELECT name FROM durable_migrations ORDER BY version DESC LIMIT 1"


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Install the schema unless it is there; the names of the migrations applied."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute(INSTALLED).fetchone() is not None:
            conn.execute("COMMIT")
            return []
        for statement in schema():
            conn.execute(statement)
        newest = conn.execute(NEWEST).fetchone()[0]
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return [str(newest)]
