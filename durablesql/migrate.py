"""Install and migrate the durable schema, reading the SQL shipped with the package.

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
import re
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from asyncpg.pool import PoolConnectionProxy

# A plain connection or one borrowed from a pool.
Connection = asyncpg.Connection | PoolConnectionProxy

# The same key schema.sql takes with pg_advisory_xact_lock ('durab' in ASCII).
MIGRATION_LOCK = 431603508578

_MIGRATION_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def sql_dir(dialect: str = "postgres") -> Path:
    """The folder holding the SQL: inside the installed wheel, or the source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "sql" / dialect, here.parent / "sql" / dialect):
        if (candidate / "schema.sql").is_file():
            return candidate
    raise FileNotFoundError(f"durablesql SQL files for {dialect!r} not found next to {here}")


def schema_sql() -> str:
    """The install script: what `durablesql sql` prints."""
    return (sql_dir() / "schema.sql").read_text(encoding="utf-8")


def migrations() -> list[Migration]:
    found = []
    for path in sorted((sql_dir() / "migrations").iterdir()):
        match = _MIGRATION_FILE.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path.stem, path))
    return found


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
        if await installed_version(conn) is None:
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
