"""A MariaDB/MySQL install at an older version, migrated by `durablesql migrate`'s own code
(durablesql/driver/mysql/migrate.py, the files of sql/mysql/migrations/), reaches the same
catalog as a fresh install of sql/mysql/schema.sql: routines (their parameters and whole
definitions), columns, views, check constraints, indexes, triggers and the roles' EXECUTE
grants.  The older schema comes from git history; without git or that history the test
skips, saying so.

The test drops the database ``durable`` (as tests/mysql/server.py does once a session) and
leaves it freshly installed, as the other tests expect it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.helpers import schema_at
from tests.mysql.server import MySQLTestServer

# The commit before the port's first migration: schema.sql at 0015_metrics_text.
VERSION_15 = ("70bfa8f~1", "0015_metrics_text")
# The last commit of schema.sql at 0016_traces_and_objectives (before 0017_attempt_errors):
# an install of the previous release, which only the newest migration brings up to date.
VERSION_16 = ("f1df16c", "0016_traces_and_objectives")

CATALOG = {
    "routines": (
        "SELECT routine_name, routine_type, dtd_identifier, routine_body, routine_definition,"
        " is_deterministic, sql_data_access, security_type, sql_mode, routine_comment,"
        " character_set_client, collation_connection, database_collation"
        " FROM information_schema.routines WHERE routine_schema = 'durable'"
    ),
    "parameters": (
        "SELECT specific_name, routine_type, ordinal_position, parameter_mode, parameter_name,"
        " dtd_identifier FROM information_schema.parameters WHERE specific_schema = 'durable'"
    ),
    "columns": (
        "SELECT table_name, column_name, ordinal_position, column_default, is_nullable,"
        " column_type, character_set_name, collation_name, column_key, extra,"
        " generation_expression FROM information_schema.columns WHERE table_schema = 'durable'"
    ),
    "views": (
        "SELECT table_name, view_definition, check_option, security_type, character_set_client,"
        " collation_connection FROM information_schema.views WHERE table_schema = 'durable'"
    ),
    "checks": (
        "SELECT constraint_name, check_clause FROM information_schema.check_constraints"
        " WHERE constraint_schema = 'durable'"
    ),
    "indexes": (
        "SELECT table_name, index_name, seq_in_index, column_name, non_unique"
        " FROM information_schema.statistics WHERE table_schema = 'durable'"
    ),
    "triggers": (
        "SELECT trigger_name, event_manipulation, event_object_table, action_statement,"
        " action_timing, sql_mode FROM information_schema.triggers"
        " WHERE trigger_schema = 'durable'"
    ),
}
# Routine grants outlive DROP DATABASE (mysql.procs_priv keeps them): cleared before
# each install, so each install's own grants are compared.
GRANTS = (
    "SELECT user, routine_name, routine_type, proc_priv FROM mysql.procs_priv"
    " WHERE db = 'durable' AND host = '' AND user LIKE 'durable\\_%'"
)
CLEAR_GRANTS = (
    "DELETE FROM mysql.procs_priv WHERE db = 'durable' AND host = '' AND user LIKE 'durable\\_%'"
)


def old_schema(rev: str) -> str:
    return schema_at(rev, "mysql")


@pytest.fixture
async def admin(mysql_server: MySQLTestServer) -> AsyncIterator[Any]:
    """A connection of the test login, no default database, autocommit."""
    import asyncmy

    if mysql_server.unavailable:
        pytest.skip(mysql_server.unavailable)
    conn = await asyncmy.connect(**mysql_server.admin_kwargs())
    yield conn
    conn.close()


async def fetch(conn: Any, sql: str) -> list[tuple[Any, ...]]:
    async with conn.cursor() as cur:
        await cur.execute(sql)
        rows = list(await cur.fetchall())
        while await cur.nextset():
            pass
    return rows


async def catalog(conn: Any) -> dict[str, list[str]]:
    """Each part's rows, as text, in order."""
    found = {name: sorted(map(repr, await fetch(conn, sql))) for name, sql in CATALOG.items()}
    found["grants"] = sorted(map(repr, await fetch(conn, GRANTS)))
    return found


async def drop(conn: Any) -> None:
    await fetch(conn, "DROP DATABASE IF EXISTS durable")
    await fetch(conn, CLEAR_GRANTS)
    await fetch(conn, "FLUSH PRIVILEGES")


@pytest.mark.parametrize("start", [VERSION_15, VERSION_16], ids=lambda v: v[1][:4])
async def test_a_migrated_install_has_the_catalog_of_a_fresh_one(
    admin: Any, start: tuple[str, str]
) -> None:
    from durablesql.driver.mysql.migrate import installed_version, migrate, run_script
    from durablesql.driver.sqlfiles import migrations

    rev, version = start
    old = old_schema(rev)
    try:
        await fetch(admin, "SELECT 1 FROM mysql.procs_priv LIMIT 1")
    except Exception as exc:
        pytest.skip(f"the test login cannot read mysql.procs_priv: {exc}")
    try:
        await drop(admin)
        await run_script(admin, old)
        assert await installed_version(admin) == version
        # Some data, kept by the migration.
        await fetch(admin, "SELECT durable.set_queue('mail', 3, 2, 5)")
        await fetch(
            admin,
            "SELECT durable.define_job('send', 'mail', NULL, NULL, NULL, NULL, NULL, NULL,"
            " NULL, NULL, NULL)",
        )
        await fetch(admin, "SELECT durable.enqueue_opts('send', '{\"n\": 1}', NULL)")

        applied = await migrate(admin)
        newer = [m.name for m in migrations("mysql") if m.name > version]
        assert applied == newer and newer, applied
        assert await installed_version(admin) == newer[-1]
        assert await fetch(
            admin, "SELECT queue, priority, weight, concurrency_limit, lag_slo FROM durable.queues"
        ) == [("mail", 3, 2, 5, None)]
        assert await fetch(admin, "SELECT run_id, args FROM durable.runs") == [(1, '{"n": 1}')]
        # The run enqueued before the migration fails through the migrated fail(),
        # which keeps the attempt's error (0017).
        assert await fetch(admin, "CALL durable.claim('w', NULL, 1, 30, NULL)")
        assert await fetch(admin, "SELECT durable.fail('w', 1, 'boom', FALSE)") == [("failed",)]
        assert await fetch(
            admin, "SELECT run_id, attempt, outcome, error, worker FROM durable.attempt_errors"
        ) == [(1, 1, "failed", "boom", "w")]
        migrated = await catalog(admin)

        # Each file runs again over its own work without an error or a change (a
        # migration that failed half-way is run again whole).
        for migration in migrations("mysql"):
            if migration.name > version:
                await run_script(admin, migration.sql)
        assert await catalog(admin) == migrated

        await drop(admin)
        assert await migrate(admin) == [newer[-1]]  # a fresh install: schema.sql
        fresh = await catalog(admin)
    finally:
        await drop(admin)
        await migrate(admin)

    assert migrated.keys() == fresh.keys()
    for part in fresh:
        missing = sorted(set(fresh[part]) - set(migrated[part]))
        extra = sorted(set(migrated[part]) - set(fresh[part]))
        shown = [[row[:300] for row in rows] for rows in (missing, extra)]
        assert (missing, extra) == ([], []), f"{part}: migrated lacks, has extra: {shown}"
    assert fresh["routines"] and fresh["columns"] and fresh["views"] and fresh["grants"]
