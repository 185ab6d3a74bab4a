"""Install and migrate the durable schema on PostgreSQL.

A fresh database gets ``schema.sql`` (the current version in one file); an older
install gets the numbered files in ``migrations/`` it has not applied yet.  Both
record themselves in ``durable.migrations``, so running either twice is a no-op.

Each step runs in one transaction that first takes a transaction-scoped
advisory lock, then decides what to apply and applies it: concurrent migrators
wait for each other and none applies a file twice.  Nothing outlives the
transaction, so this works as well through a transaction-mode pooler
(PgBouncer), where a session lock would stay behind on whichever server
connection took it.
"""

from __future__ import annotations

import contextlib

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from durablesql.driver.sqlfiles import migrations, schema_sql

# A plain connection or one borrowed from a pool.
Connection = asyncpg.Connection | PoolConnectionProxy

# The key schema.sql and every migration take with pg_advisory_xact_lock first
# ('durab' in ASCII): it must be known before the schema exists.
MIGRATION_LOCK = 431603508578


async def installed_version(conn: Connection) -> str | None:
    """Name of the newest applied migration, or None when the schema is absent."""
    present = await conn.fetchval("SELECT pg_catalog.to_regclass('durable.migrations') IS NOT NULL")
    if not present:
        return None
    version: str | None = await conn.fetchval("SELECT durable.schema_version()")
    return version


async def migrate(conn: Connection) -> list[str]:
    """Bring the schema to the newest version; returns the names of what it applied."""
    done: list[str] = []
    while (applied := await _apply_next(conn)) is not None:
        done.extend(applied)
    return done


async def _apply_next(conn: Connection) -> list[str] | None:
    """Under the lock, in one transaction: install the schema on an empty database,
    else apply the oldest migration not applied yet.  None when it is current."""
    await conn.execute("BEGIN")
    try:
        await conn.execute("SELECT pg_catalog.pg_advisory_xact_lock($1)", MIGRATION_LOCK)
        version = await installed_version(conn)
        if version == migrations()[-1].name:
            # Current: said without reading the table, which a login that may
            # only call the functions cannot (durablesql migrate as durable_admin).
            await conn.execute("COMMIT")
            return None
        if version is None:
            sql, names = schema_sql(), [m.name for m in migrations()]
        else:
            applied = {
                row["version"] for row in await conn.fetch("SELECT version FROM durable.migrations")
            }
            pending = [m for m in migrations() if m.version not in applied]
            if not pending:
                await conn.execute("COMMIT")
                return None
            sql, names = pending[0].sql, [pending[0].name]
        # Each file opens its own transaction (inside ours: a warning, no more)
        # and its COMMIT ends ours, so the decision and the change commit together.
        await conn.execute(sql)
        if conn.is_in_transaction():
            await conn.execute("COMMIT")
        return names
    except BaseException:
        if not conn.is_closed():
            with contextlib.suppress(Exception):
                await conn.execute("ROLLBACK")
        raise
