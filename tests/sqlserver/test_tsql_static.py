"""Static checks of sql/sqlserver/schema.sql that neither the parser nor the lint
makes, each about a rule SQL Server enforces only when a procedure runs."""

from __future__ import annotations

import re

from tests.sqlserver.tsql_schema import SQLSERVER

TEXT = SQLSERVER.read_text(encoding="utf-8")
BATCHES = re.split(r"^GO$", TEXT, flags=re.M)


def procedures() -> dict[str, str]:
    found = {}
    for batch in BATCHES:
        m = re.search(r"^CREATE PROCEDURE durable\.(\w+)", batch, re.M)
        if m:
            found[m.group(1)] = batch
    return found


def test_each_savepoint_is_rolled_back_to_by_its_own_name() -> None:
    # A savepoint name holds at most 32 characters; a ROLLBACK to a name the procedure
    # did not save rolls back to someone else's savepoint (or fails, 6401).
    checked = 0
    for name, body in procedures().items():
        saved = set(re.findall(r"SAVE TRANSACTION (\w+);", body))
        rolled = set(re.findall(r"ROLLBACK TRANSACTION (\w+);", body))
        assert all(len(s) <= 32 for s in saved), (name, saved)
        assert rolled == saved, (name, saved, rolled)
        checked += bool(saved)
    assert checked > 20


def test_a_procedure_that_opens_a_transaction_also_ends_it() -> None:
    for name, body in procedures().items():
        if "BEGIN TRANSACTION" in body:
            assert "COMMIT TRANSACTION" in body, name
            assert "BEGIN CATCH" in body and "THROW;" in body, name


def test_functions_do_not_raise_or_write() -> None:
    # T-SQL functions may not THROW, EXEC a procedure, or change a table.
    for batch in BATCHES:
        if re.search(r"^CREATE FUNCTION", batch, re.M):
            code = "\n".join(line.split("--")[0] for line in batch.splitlines())
            assert not re.search(r"\b(THROW|EXEC|RAISERROR|NEWID|RAND)\b", code), batch[:200]
            assert not re.search(r"\b(INSERT INTO|UPDATE|DELETE FROM) durable\.", code), batch[:200]


def _block(text: str) -> str:
    start = text.index("-- BEGIN GENERATED TZDATA")
    return text[start : text.index("-- END GENERATED TZDATA", start)]


def test_the_time_zone_data_is_the_mysql_ports() -> None:
    # Both blocks are written by sql/mysql/generate_tzdata.py from one computation: the
    # same zones and the same transitions, whatever the form of the statements.
    mysql = _block((SQLSERVER.parent.parent / "mysql" / "schema.sql").read_text(encoding="utf-8"))
    ours = _block(TEXT)
    assert ours.splitlines()[1:5] == mysql.splitlines()[1:5]  # tzdata version and counts
    zones = re.findall(r"\('([^']+)',(\d+)\)", mysql)
    assert zones and re.findall(r'\["([^"]+)",(\d+)\]', ours) == zones
    transitions = re.findall(r"\((\d+),(-?\d+),(-?\d+)\)", mysql)
    assert len(transitions) > 30000
    assert re.findall(r"\[(\d+),(-?\d+),(-?\d+)\]", ours) == transitions
