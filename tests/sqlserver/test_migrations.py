"""The SQL Server port's numbered migrations, read statically (no server).

A migration carries every routine it creates or changes in full, with the text
schema.sql has (the rule every dialect follows; on PostgreSQL tests/test_install.py
compares the catalogs a fresh install and the chain reach, which needs a server
here).  So each object a migration creates or alters must be, word for word, the
one in schema.sql, whose batches the other offline checks read (parse, lint,
variables, calls, columns); the migration itself is parsed and linted with every
T-SQL file (test_tsql_parse.py, test_tsql_lint.py)."""

from __future__ import annotations

import re

import pytest

from durablesql.driver.sqlfiles import Migration, migrations
from durablesql.driver.sqlserver.migrate import split
from tests.sqlserver.tsql_schema import POSTGRES, SQLSERVER

MIGRATIONS = migrations("sqlserver")
POSTGRES_NAMES = {m.name for m in migrations("postgres")}
_OBJECT = re.compile(
    r"^CREATE (?:OR ALTER )?(PROCEDURE|FUNCTION|VIEW|TRIGGER) durable\.(\w+)\b", re.M
)


def objects(text: str) -> dict[str, str]:
    """durable.<name> → its batch from the CREATE on (leading comments left out),
    written as the install writes it (CREATE OR ALTER read as CREATE)."""
    found = {}
    for batch in split(text):
        m = _OBJECT.search(batch)
        if m:
            code = batch[m.start() :].replace("CREATE OR ALTER ", "CREATE ", 1)
            found[f"{m.group(1)} {m.group(2)}"] = code
    return found


def recorded(text: str) -> list[tuple[int, str]]:
    """The (version, name) rows a script inserts into durable.migrations."""
    rows = re.findall(
        r"INSERT INTO durable\.migrations \(version, name\) VALUES \((\d+), N'(\w+)'\)", text
    )
    return [(int(v), n) for v, n in rows]


def test_the_port_has_migrations() -> None:
    assert [m.name for m in MIGRATIONS][-1:] == ["0016_traces_and_objectives"]


@pytest.mark.parametrize("migration", MIGRATIONS, ids=lambda m: m.name)
def test_each_migration_keeps_a_postgres_number_and_name(migration: Migration) -> None:
    assert migration.name in POSTGRES_NAMES


def test_the_install_records_postgres_newest_migration() -> None:
    newest = migrations("postgres")[-1]
    assert recorded(SQLSERVER.read_text(encoding="utf-8")) == [(newest.version, newest.name)]
    assert MIGRATIONS[-1].name == newest.name  # and the chain reaches it


@pytest.mark.parametrize("migration", MIGRATIONS, ids=lambda m: m.name)
def test_each_migration_records_itself_once_and_is_one_transaction(migration: Migration) -> None:
    text = migration.sql
    version, name = migration.version, migration.name
    assert recorded(text) == [(version, name)]
    # (only when missing: running the file again changes nothing)
    assert f"WHERE m.version = {version})\n    INSERT INTO durable.migrations" in text
    batches = split(text)
    assert "BEGIN TRANSACTION;" in batches[0] and "SET XACT_ABORT ON;" in batches[0]
    assert batches[-1].endswith("COMMIT TRANSACTION;")
    # (a procedure commits only the transaction it started: the script's own is
    # ended once, at the start of a line)
    assert len(re.findall(r"^COMMIT TRANSACTION;", text, re.M)) == 1


@pytest.mark.parametrize("migration", MIGRATIONS, ids=lambda m: m.name)
def test_each_routine_and_view_of_a_migration_is_the_installs(migration: Migration) -> None:
    text = migration.sql
    ours, install = objects(text), objects(SQLSERVER.read_text(encoding="utf-8"))
    assert ours
    for name, code in ours.items():
        assert name in install, name
        assert code == install[name], f"{name} differs from sql/sqlserver/schema.sql"


@pytest.mark.parametrize("migration", MIGRATIONS, ids=lambda m: m.name)
def test_a_migration_may_run_again(migration: Migration) -> None:
    # CREATE OR ALTER for every object (a plain CREATE fails the second time), every
    # column added under a check that it is missing, every grant the install's.
    text = migration.sql
    code = re.sub(r"--[^\n]*", "", text)
    assert not re.search(r"^CREATE (?!OR ALTER )", code, re.M)
    adds = re.findall(
        r"IF COL_LENGTH\(N'durable\.(\w+)', N'(\w+)'\) IS NULL\n"
        r"\s+ALTER TABLE durable\.(\w+) ADD (\w+) ",
        code,
    )
    assert len(adds) == code.count("ALTER TABLE")
    assert all(t == t2 and c == c2 for t, c, t2, c2 in adds)
    install = SQLSERVER.read_text(encoding="utf-8")
    for grant in re.findall(r"^GRANT [^\n]*;", code, re.M):
        assert re.search(rf"^{re.escape(grant)}$", install, re.M), grant


def test_0016_adds_the_column_the_install_has() -> None:
    text = (SQLSERVER.parent / "migrations" / "0016_traces_and_objectives.sql").read_text()
    added = re.search(r"ALTER TABLE durable\.queues ADD (lag_slo [^;]*);", text)
    assert added
    table = re.search(r"CREATE TABLE durable\.queues \((.*?)\n\);", SQLSERVER.read_text(), re.S)
    assert table
    columns = [line.strip().rstrip(",") for line in table.group(1).splitlines()]
    # (the last column, as an added one is)
    assert [c for c in columns if not c.startswith("CONSTRAINT")][-1].split() == added.group(
        1
    ).split()


def test_0016_carries_what_postgres_0016_changes() -> None:
    # PostgreSQL's 0016 creates or replaces these public routines and this view; the
    # port's 0016 must carry each (enqueue through enqueue_run, which it calls).
    pg = (POSTGRES.parent / "migrations" / "0016_traces_and_objectives.sql").read_text()
    changed = set(re.findall(r"^CREATE (?:OR REPLACE )?(?:FUNCTION|VIEW) durable\.(\w+)", pg, re.M))
    ours = {name.split()[1] for name in objects(MIGRATIONS[-1].sql)}
    port_names = {"enqueue": "enqueue_run"}  # the port's body of enqueue and enqueue_opts
    assert {port_names.get(n, n) for n in changed} <= ours


def test_migrate_applies_0016_to_an_install_at_0015() -> None:
    # What durablesql migrate runs for an install whose schema_version() is
    # 0015_metrics_text (migrate.py: the files numbered above the installed one).
    version = "0015_metrics_text"
    pending = [m.name for m in MIGRATIONS if m.version > int(version[:4])]
    assert pending == ["0016_traces_and_objectives"]
    assert all(m.path.is_file() for m in MIGRATIONS)
