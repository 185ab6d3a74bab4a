"""Install or upgrade the engine in a SQLite file, in one transaction.

DDL is transactional in SQLite, and ``BEGIN IMMEDIATE`` takes the file's write
lock first: two installers never interleave, and the second finds the work done
(checked under the lock) and does nothing.  The file records the contract it
implements (PostgreSQL's migration numbers) in durable_migrations.  A new file
gets ``schema.sql`` (the current version in one file); a file at an older
version gets the numbered files of ``sql/sqlite/migrations/`` newer than it, in
order, as the PostgreSQL and MariaDB/MySQL drivers do.  Either way all of it
commits or none of it does.
"""

from __future__ import annotations

import sqlite3

from durablesql.driver.sqlfiles import migrations
from durablesql.driver.sqlite.queries import schema, statements

INSTALLED = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'durable_migrations'"
NEWEST = "SELECT version, name FROM durable_migrations ORDER BY version DESC LIMIT 1"


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Install the schema or apply the migrations it lacks; the names of what was applied."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute(INSTALLED).fetchone() is None:
            for statement in schema():
                conn.execute(statement)
            applied = [str(conn.execute(NEWEST).fetchone()[1])]
        else:
            version = int(conn.execute(NEWEST).fetchone()[0])
            pending = [m for m in migrations("sqlite") if m.version > version]
            for migration in pending:
                for statement in statements(migration.sql):
                    conn.execute(statement)
            applied = [m.name for m in pending]
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return applied
