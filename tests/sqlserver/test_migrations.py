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
from tests.sqlserver.tsql_schema import POSTGRES, SQLSERVER, top_level_parts

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
    assert [m.name for m in MIGRATIONS] == ["0016_traces_and_objectives", "0017_attempt_errors"]


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
    # A table or an index (no CREATE OR ALTER for them) only under a check that it
    # is missing, the statement right after the IF.
    guarded = re.findall(
        r"^IF OBJECT_ID\(N'durable\.(\w+)', N'U'\) IS NULL\n\s+CREATE TABLE durable\.(\w+) "
        r"|^IF INDEXPROPERTY\(OBJECT_ID\(N'durable\.(\w+)'\), N'(\w+)', N'IndexID'\) IS NULL\n"
        r"\s+CREATE INDEX (\w+) ON durable\.(\w+) ",
        code,
        re.M,
    )
    assert len(guarded) == len(re.findall(r"\bCREATE (?:TABLE|INDEX)\b", code))
    assert all(t1 == t2 and t3 == t4 and i1 == i2 for t1, t2, t3, i1, i2, t4 in guarded)
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


# PostgreSQL routines whose body the port keeps in another procedure, which it calls.
PORT_NAMES = {
    "enqueue": "enqueue_run",  # the port's body of enqueue and enqueue_opts
    "prune": "prune_batch",  # the port's body of prune and prune_all
}


# Routines a PostgreSQL migration rewrote only for PostgreSQL's planner, with the same
# rows out: the port's own version was not affected, so its migration need not carry it.
POSTGRES_PLAN_ONLY = {
    "0017_attempt_errors": {"dependency_tree"},  # its JIT compile on a large history
}


@pytest.mark.parametrize("migration", MIGRATIONS, ids=lambda m: m.name)
def test_each_migration_carries_what_postgres_changes(migration: Migration) -> None:
    # PostgreSQL's migration of the same name creates or replaces these routines and
    # views; the port's must carry each.
    pg = (POSTGRES.parent / "migrations" / f"{migration.name}.sql").read_text()
    changed = set(re.findall(r"^CREATE (?:OR REPLACE )?(?:FUNCTION|VIEW) durable\.(\w+)", pg, re.M))
    changed -= POSTGRES_PLAN_ONLY.get(migration.name, set())
    ours = {name.split()[1] for name in objects(migration.sql)}
    assert changed and {PORT_NAMES.get(n, n) for n in changed} <= ours


def _create(kind: str, name: str, text: str) -> str:
    """The CREATE TABLE / CREATE INDEX statement of durable.<name> (an index by its
    own name), whitespace made single spaces: a migration indents it under its IF."""
    target = rf"durable\.{name} \(" if kind == "TABLE" else rf"{name} ON "
    m = re.search(rf"CREATE {kind} {target}.*?\);", text, re.S)
    assert m, (kind, name)
    return " ".join(m.group(0).split()).replace("( ", "(").replace(" )", ")")


def test_0017_creates_the_table_and_index_the_install_has() -> None:
    text = (SQLSERVER.parent / "migrations" / "0017_attempt_errors.sql").read_text()
    install = SQLSERVER.read_text(encoding="utf-8")
    for kind, name in (("TABLE", "run_errors"), ("INDEX", "run_errors_run_id")):
        assert _create(kind, name, text) == _create(kind, name, install)


def test_run_errors_has_postgres_columns_and_outcomes() -> None:
    # The view's columns are compared by test_contract.py; the table's are the ones
    # fail and settle_expired write, and its outcomes the ones readers are told of.
    pg = _create("TABLE", "run_errors", POSTGRES.read_text(encoding="utf-8"))
    ms = _create("TABLE", "run_errors", SQLSERVER.read_text(encoding="utf-8"))

    def columns(create: str) -> list[str]:
        body = create[create.index("(") + 1 : create.rindex(")")]
        return [
            part.split()[0] for part in top_level_parts(body) if part.split()[0] != "CONSTRAINT"
        ]

    assert columns(ms) == columns(pg)
    outcomes = r"CHECK \(outcome IN \(([^)]*)\)\)"
    assert (
        re.findall(outcomes, ms)
        == re.findall(outcomes, pg)
        == ["'retrying', 'failed', 'cancelled'"]
    )


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0015_metrics_text", ["0016_traces_and_objectives", "0017_attempt_errors"]),
        ("0016_traces_and_objectives", ["0017_attempt_errors"]),
        ("0017_attempt_errors", []),
    ],
)
def test_migrate_applies_the_files_above_the_installed_version(
    version: str, expected: list[str]
) -> None:
    # What durablesql migrate runs for an install whose schema_version() is `version`
    # (migrate.py: the files numbered above the installed one).
    pending = [m.name for m in MIGRATIONS if m.version > int(version[:4])]
    assert pending == expected
    assert all(m.path.is_file() for m in MIGRATIONS)


@pytest.mark.parametrize("migration", MIGRATIONS, ids=lambda m: m.name)
def test_each_migration_needs_the_version_before_it(migration: Migration) -> None:
    # The guard of the first batch: the install at the previous migration, or at this
    # one (running it again).
    before = [m.name for m in migrations("postgres") if m.version == migration.version - 1]
    guard = f"IF durable.schema_version() NOT IN (N'{before[0]}', N'{migration.name}')"
    assert guard in split(migration.sql)[0]
