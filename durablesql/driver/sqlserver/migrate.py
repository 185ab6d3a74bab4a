"""Install and migrate the durable schema on SQL Server.

``sql/sqlserver/schema.sql`` is written for ``sqlcmd``: batches end with a line
``GO`` (every CREATE PROCEDURE, FUNCTION, VIEW and TRIGGER must start a batch of
its own).  ``split`` cuts the file the way sqlcmd does, and each batch is sent as
it is.  The script is one transaction (DDL is transactional in SQL Server), so a
failed install leaves nothing behind.

Installers take the database-wide application lock ``durablesql.migrate``
(``sp_getapplock``, owned by the session) and decide under it, so two of them
never interleave and the second finds the work done.  A fresh database gets
``schema.sql`` (the current version in one file, which records itself in
``durable.migrations``); an older install gets the numbered files of
``sql/sqlserver/migrations/`` it lacks (each one sqlcmd script, one transaction,
like the install).
"""

from __future__ import annotations

import re

import pymssql

from durablesql.driver.sqlfiles import Migration, migrations, schema_sql
from durablesql.driver.sqlserver.errors import MISSING_NUMBERS, number_of
from durablesql.errors import DurableError

DIALECT = "sqlserver"
LOCK = "durablesql.migrate"
LOCK_WAIT_MS = 120_000  # an installer waits this long for another one to finish
_GO = re.compile(r"^[ \t]*GO[ \t]*(?:--[^\n]*)?$", re.IGNORECASE | re.MULTILINE)
# What the script's first batch sets for itself, put back for the driver's session.
RESTORE_SESSION = "SET XACT_ABORT OFF; SET NOCOUNT ON;"


def split(text: str) -> list[str]:
    """The batches of a sqlcmd script, without their ``GO`` lines (empty ones dropped)."""
    return [batch.strip() for batch in _GO.split(text) if batch.strip()]


def installed_version(conn: pymssql.Connection) -> str | None:
    """Name of the newest applied migration, or None when the engine is absent.

    Asked of ``durable.schema_version()``, which every role may execute, rather than
    of the catalog, which shows a login only the objects it holds rights on."""
    cur = conn.cursor()
    try:
        cur.execute("SELECT durable.schema_version()")
        row = cur.fetchone()
    except pymssql.Error as exc:
        if number_of(exc) in MISSING_NUMBERS:
            return None
        raise
    finally:
        cur.close()
    return None if row is None or row[0] is None else str(row[0])


def run_script(conn: pymssql.Connection, text: str) -> None:
    """Each batch of a sqlcmd script in turn; on an error, the script's own
    transaction (if it left one open) is rolled back."""
    cur = conn.cursor()
    try:
        for batch in split(text):
            cur.execute(batch)
            while cur.nextset():
                pass
    except BaseException:
        cur.execute("IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;")
        raise
    finally:
        cur.execute(RESTORE_SESSION)
        cur.close()


def scalar(conn: pymssql.Connection, sql: str) -> object:
    """The first column of the first row of a statement's result."""
    cur = conn.cursor()
    try:
        cur.execute(sql)
        row = cur.fetchone()
    finally:
        cur.close()
    return None if row is None else row[0]


def migrate(conn: pymssql.Connection) -> list[str]:
    """Bring the engine to the newest version; the names of what it applied."""
    got = scalar(
        conn,
        "DECLARE @r int; EXEC @r = sys.sp_getapplock @Resource = N'" + LOCK + "',"
        f" @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = {LOCK_WAIT_MS};"
        " SELECT @r;",
    )
    if not isinstance(got, int) or got < 0:
        raise DurableError(
            f"another installer has held the lock {LOCK!r} for {LOCK_WAIT_MS // 1000} s:"
            " try again later"
        )
    try:
        version = installed_version(conn)
        if version is None:
            run_script(conn, schema_sql(DIALECT))
            installed = installed_version(conn)
            if installed is None:
                raise DurableError(
                    "sql/sqlserver/schema.sql ran but durable.schema_version() is missing"
                )
            return [installed]
        pending: list[Migration] = [m for m in migrations(DIALECT) if m.version > int(version[:4])]
        for migration in pending:
            run_script(conn, migration.sql)
        return [m.name for m in pending]
    finally:
        scalar(
            conn,
            "DECLARE @r int; EXEC @r = sys.sp_releaseapplock @Resource = N'" + LOCK + "',"
            " @LockOwner = 'Session'; SELECT @r;",
        )
