"""Install, migrations, and the catalog equality of schema.sql and the migration chain."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest

from durablesql.driver.postgres.migrate import MIGRATION_LOCK, installed_version, migrate
from durablesql.driver.sqlfiles import migrations, schema_sql
from tests.server import Server


@pytest.fixture
async def empty_db(server: Server) -> AsyncIterator[str]:
    """A database with nothing installed."""
    name = f"durablesql_empty_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(server.dsn("postgres"))
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.dsn(name)
    finally:
        await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", name
        )
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await admin.close()


async def catalog(conn: asyncpg.Connection) -> dict[str, list[str]]:
    """The durable schema as the catalog describes it, in a comparable form."""
    queries = {
        "columns": """
            SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = 'durable' AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relname NOT LIKE 'run_history_2%'""",
        "relations": """
            SELECT c.relname || ' ' || c.relkind::text || ' '
                   || coalesce(array_to_string(c.reloptions, ','), '')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'durable' AND c.relname NOT LIKE 'run_history_2%'""",
        "indexes": """
            SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'durable' AND c.relname NOT LIKE 'run_history_2%'""",
        "constraints": """
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'durable'::regnamespace
              AND conrelid::regclass::text NOT LIKE 'durable.run_history_2%'""",
        "functions": """
            SELECT pg_get_functiondef(p.oid) FROM pg_proc p
            WHERE p.pronamespace = 'durable'::regnamespace""",
        "views": """
            SELECT c.relname || ': ' || pg_get_viewdef(c.oid) FROM pg_class c
            WHERE c.relnamespace = 'durable'::regnamespace AND c.relkind = 'v'""",
        "triggers": """
            SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE c.relnamespace = 'durable'::regnamespace AND NOT t.tgisinternal""",
        "types": """
            SELECT t.typname || ' ' || t.typtype::text FROM pg_type t
            WHERE t.typnamespace = 'durable'::regnamespace AND t.typname NOT LIKE 'run_history_2%'
              AND t.typname NOT LIKE '_run_history_2%'""",
        "privileges": """
            SELECT p.oid::regprocedure::text || ' ' || coalesce(p.proacl::text, 'default')
            FROM pg_proc p WHERE p.pronamespace = 'durable'::regnamespace
            UNION ALL
            SELECT c.relname || ' ' || coalesce(c.relacl::text, 'default') FROM pg_class c
            WHERE c.relnamespace = 'durable'::regnamespace AND c.relname NOT LIKE 'run_history_2%'
            UNION ALL
            SELECT 'schema ' || coalesce(nspacl::text, 'default') FROM pg_namespace
            WHERE nspname = 'durable'
            UNION ALL
            SELECT 'default ' || defaclobjtype::text || ' ' || defaclacl::text FROM pg_default_acl
            WHERE defaclnamespace = 'durable'::regnamespace""",
        "settings": "SELECT name || '=' || value FROM durable.settings",
        "migrations": "SELECT version || ' ' || name FROM durable.migrations",
        "comments": """
            SELECT d.objoid::regclass::text || ' ' || d.description FROM pg_description d
            JOIN pg_class c ON c.oid = d.objoid WHERE c.relnamespace = 'durable'::regnamespace""",
    }
    return {key: sorted(r[0] for r in await conn.fetch(sql)) for key, sql in queries.items()}


async def test_template_has_current_version(db: asyncpg.Connection) -> None:
    assert await db.fetchval("SELECT durable.schema_version()") == migrations()[-1].name
    assert await installed_version(db) == migrations()[-1].name


async def test_migrate_twice_is_a_no_op(db: asyncpg.Connection) -> None:
    before = await catalog(db)
    assert await migrate(db) == []
    assert await migrate(db) == []
    assert await catalog(db) == before


async def test_fresh_install_equals_migration_chain(server: Server, empty_db: str) -> None:
    fresh = await asyncpg.connect(empty_db)
    try:
        await fresh.execute(schema_sql())
        expected = await catalog(fresh)
        await fresh.execute("DROP SCHEMA durable CASCADE")
        for migration in migrations():
            await fresh.execute(migration.sql)
        assert await catalog(fresh) == expected
    finally:
        await fresh.close()


async def test_concurrent_migrators_are_serialised(empty_db: str) -> None:
    conns = [await asyncpg.connect(empty_db) for _ in range(4)]
    try:
        results = await asyncio.gather(*(migrate(c) for c in conns))
        applied = sorted(results, key=len)
        assert applied[-1] == [m.name for m in migrations()]
        assert all(r == [] for r in applied[:-1])
        assert await conns[0].fetchval("SELECT count(*) FROM durable.migrations") == len(
            migrations()
        )
        # the lock was released by every migrator
        assert await conns[0].fetchval("SELECT pg_try_advisory_lock($1)", MIGRATION_LOCK)
    finally:
        for c in conns:
            await c.close()


def test_migration_files_are_numbered_in_sequence() -> None:
    versions = [m.version for m in migrations()]
    assert versions == list(range(1, len(versions) + 1))
    text = schema_sql()
    recorded = re.findall(
        r"\((\d+), '(\d{4}_[a-z0-9_]+)'\)", text.split("INSERT INTO durable.migrations")[-1]
    )
    assert [(int(v), n) for v, n in recorded] == [(m.version, m.name) for m in migrations()]


def test_schema_opens_with_the_model() -> None:
    head = schema_sql()[:3000]
    assert "THE MODEL" in head and "durable.now()" in head and "DS001" in head
