"""Static checks of sql/sqlserver/schema.sql that neither the parser nor the lint
makes, each about a rule SQL Server enforces only when a procedure runs."""

from __future__ import annotations

import re

from tests.sqlserver.tsql_lint import tokens
from tests.sqlserver.tsql_schema import SQLSERVER, top_level_parts

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


def variables(batch: str) -> tuple[list[str], set[str]]:
    """(declared, used) variables of one batch: declared are the parameters and every
    DECLARE @x (in order, repeats kept); used are the other @x, leaving out the names of
    a called procedure's parameters (EXEC p @name = value)."""
    toks = tokens(batch)
    words = [t.text for t in toks]
    declared: list[str] = []
    used: set[str] = set()
    header_end = next(
        (i for i, w in enumerate(words) if w in ("AS", "RETURNS") and i > 2), len(words)
    )
    exec_names: set[int] = set()  # positions of a called procedure's parameter names
    for i, w in enumerate(words):
        if w not in ("EXEC", "EXECUTE"):
            continue
        depth, j = 0, i + 1
        while j + 1 < len(words) and words[j] != ";":
            depth += {"(": 1, ")": -1}.get(words[j], 0)
            # (right after EXEC, "@status =" takes the procedure's return code: a local)
            if depth == 0 and j > i + 1 and words[j].startswith("@") and words[j + 1] == "=":
                exec_names.add(j)
            j += 1
    for i, tok in enumerate(toks):
        w = tok.text
        if not w.startswith("@") or w.startswith("@@") or tok.kind != "word":
            continue
        if i < header_end or (i > 0 and words[i - 1] in ("DECLARE",)):
            declared.append(w)
        elif i not in exec_names:
            used.add(w)
    return declared, used


def test_every_variable_is_declared_once_and_before_use() -> None:
    # What SQL Server checks when it compiles a batch, and a parse does not.
    checked = 0
    for batch in BATCHES:
        if not re.search(r"^CREATE (PROCEDURE|FUNCTION|TRIGGER)", batch, re.M):
            continue
        declared, used = variables(batch)
        name = re.search(r"durable\.(\w+)", batch)
        assert len(declared) == len(set(declared)), (name, sorted(declared))
        assert used <= set(declared), (name and name.group(1), sorted(used - set(declared)))
        checked += 1
    assert checked > 90


def test_the_variable_check_sees_a_mistake() -> None:
    batch = (
        "CREATE PROCEDURE durable.x\n    @a int\nAS\nBEGIN\n    DECLARE @b int = @a;\n"
        "    DECLARE @b int;\n    SET @c = @b;\n    EXEC durable.y @a = @b, @z = @a;\nEND;\n"
    )
    declared, used = variables(batch)
    assert declared == ["@A", "@B", "@B"]
    assert used == {"@A", "@B", "@C"}


def procedure_parameters() -> dict[str, dict[str, bool]]:
    """procedure → {parameter: has a default} (names upper-cased, as T-SQL compares them)."""
    found: dict[str, dict[str, bool]] = {}
    # (WITH [^\n]*: a DOTALL .* there would run on to a later procedure's AS)
    header = r"^CREATE PROCEDURE durable\.(\w+)(.*?)^(?:WITH [^\n]*\n)?AS$"
    for m in re.finditer(header, TEXT, re.M | re.S):
        params: dict[str, bool] = {}
        for part in re.split(r",\s*\n", m.group(2)):
            p = re.search(r"@(\w+)", part)
            if p:
                params["@" + p.group(1).upper()] = "=" in part
        found[m.group(1).upper()] = params
    return found


def test_every_call_names_a_procedure_and_its_parameters() -> None:
    # SQL Server finds a misspelt parameter name, or a missing argument, only when the
    # call runs.
    known = procedure_parameters()
    assert known["CLAIM"] == {
        "@WORKER": False, "@QUEUES": True, "@MAX_RUNS": True, "@LEASE": True, "@STRATEGY": True
    }  # fmt: skip
    calls = 0
    for m in re.finditer(r"EXEC (?:@\w+ = )?durable\.(\w+)(.*?);", TEXT, re.S):
        procedure = m.group(1).upper()
        assert procedure in known, m.group(0)[:80]
        passed = {"@" + n.upper() for n in re.findall(r"@(\w+) =", m.group(2))}
        params = known[procedure]
        assert passed <= set(params), (m.group(0)[:120], passed - set(params))
        missing = {p for p, has_default in params.items() if not has_default} - passed
        assert not missing, (m.group(0)[:120], missing)
        calls += 1
    assert calls > 150


def _code(text: str) -> str:
    """text without comments and string literals (kept as '')."""
    return re.sub(
        r"--[^\n]*|N?'(?:[^']|'')*'",
        lambda m: "" if m.group().startswith("--") else "''",
        text,
    )


def _columns(body: str) -> set[str]:
    """The column names of a CREATE TABLE / TABLE type / table variable body."""
    firsts = (part.split()[0].upper() for part in top_level_parts(body))
    return {w for w in firsts if w not in ("CONSTRAINT", "PRIMARY", "UNIQUE", "INDEX")}


def _select_names(select_list: str) -> set[str]:
    """The output names of a SELECT list: each item's alias, or its column."""
    names = set()
    for item in top_level_parts(select_list):
        alias = re.search(r"\bAS\s+(\w+)\s*$", item, re.I)
        names.add((alias.group(1) if alias else re.split(r"[.\s]", item)[-1]).upper())
    return names


def relations() -> dict[str, set[str]]:
    """durable.<name> → its columns, for every table, table type and view."""
    code = _code(TEXT)
    found = {}
    table = r"CREATE (?:TABLE|TYPE) durable\.(\w+) (?:AS TABLE )?\((.*?)\n\);"
    for m in re.finditer(table, code, re.S):
        found["DURABLE." + m.group(1).upper()] = _columns(m.group(2))
    for m in re.finditer(r"CREATE VIEW durable\.(\w+)\s+AS\s+SELECT (.*?)\nFROM ", code, re.S):
        found["DURABLE." + m.group(1).upper()] = _select_names(m.group(2))
    return found


def unknown_columns(batch: str, known: dict[str, set[str]]) -> list[str]:
    """alias.column references whose alias stands for a table, type, view or table
    variable that has no such column (aliases bound to anything else are not checked)."""
    code = _code(batch)
    sources = dict(known)
    for m in re.finditer(r"DECLARE (@\w+) TABLE \((.*?)\);", code, re.S):
        sources[m.group(1).upper()] = _columns(m.group(2))
    for m in re.finditer(r"(@\w+) durable\.(\w+)", code):
        if "DURABLE." + m.group(2).upper() in known:
            sources[m.group(1).upper()] = known["DURABLE." + m.group(2).upper()]
    bound: dict[str, set[str] | None] = {}
    for m in re.finditer(r"(\S+) AS (\w+)\b", code):
        source, alias = m.group(1).upper(), m.group(2).upper()
        columns = sources.get(source)
        if alias in bound and (bound[alias] is None or columns is None):
            bound[alias] = None
        elif columns is not None or alias not in bound:
            bound[alias] = None if columns is None else (bound.get(alias) or set()) | columns
    wrong = []
    for m in re.finditer(r"\b(\w+)\.(\w+)\b", code):
        alias, column = m.group(1).upper(), m.group(2).upper()
        columns = bound.get(alias)
        if columns is not None and column not in columns:
            wrong.append(f"{m.group(1)}.{m.group(2)}")
    return wrong


def test_every_column_a_query_names_exists() -> None:
    # SQL Server checks these when a procedure is created; a parse does not.
    known = relations()
    assert {"RUN_ID", "LEASE_EXPIRES_AT"} <= known["DURABLE.RUNS"]
    assert {"QUEUE", "OLDEST_DUE_AGE", "CONCURRENCY_LIMIT"} <= known["DURABLE.QUEUE_STATS"]
    assert {"RESULT", "FINISHED_AT", "PROGRESS_NOTE"} <= known["DURABLE.ALL_RUNS"]
    wrong = {}
    for batch in BATCHES:
        found = unknown_columns(batch, known)
        if found:
            wrong[re.search(r"durable\.(\w+)", batch).group(1)] = found  # type: ignore[union-attr]
    assert wrong == {}


def test_the_column_check_sees_a_mistake() -> None:
    known = {"DURABLE.RUNS": {"RUN_ID", "STATUS"}}
    batch = (
        "CREATE PROCEDURE durable.x AS\nBEGIN\n    DECLARE @t TABLE (id int NOT NULL);\n"
        "    SELECT r.run_id, r.stauts, t.id, t.nope, o.anything\n"
        "    FROM durable.runs AS r, @t AS t, (SELECT 1 AS a) AS o;\nEND;\n"
    )
    assert unknown_columns(batch, known) == ["r.stauts", "t.nope"]


def unknown_inserted_columns(text: str, known: dict[str, set[str]]) -> list[str]:
    """durable.<table>.<column> for each column an INSERT INTO durable.<table> (...)
    lists that the table does not have (alias.column references are the check above;
    an INSERT's column list has no alias)."""
    wrong = []
    for m in re.finditer(r"INSERT INTO durable\.(\w+) \(([^)]*)\)", _code(text)):
        columns = known.get("DURABLE." + m.group(1).upper())
        if columns is None:
            wrong.append(f"durable.{m.group(1)}")
            continue
        wrong += [
            f"durable.{m.group(1)}.{c}"
            for c in top_level_parts(m.group(2))
            if c.upper() not in columns
        ]
    return wrong


def test_every_column_an_insert_lists_exists() -> None:
    # Checked when the INSERT compiles; a table created after the procedure that
    # writes to it (durable.run_errors, after settle_expired) is not checked at all
    # when the procedure is created.
    assert len(re.findall(r"INSERT INTO durable\.\w+ \(", TEXT)) > 20
    assert unknown_inserted_columns(TEXT, relations()) == []


def test_the_insert_check_sees_a_mistake() -> None:
    known = {"DURABLE.RUN_ERRORS": {"RUN_ID", "ERROR"}}
    text = (
        "INSERT INTO durable.run_errors (run_id, eror) VALUES (1, N'x');\n"
        "INSERT INTO durable.nowhere (a) VALUES (1);\n"
    )
    assert unknown_inserted_columns(text, known) == ["durable.run_errors.eror", "durable.nowhere"]


def test_run_errors_is_written_where_postgres_writes_it() -> None:
    # PostgreSQL's 0017: fail records each attempt it acts on with one INSERT (its only
    # extra cost), settle_expired each lease it ends, prune removes a run's rows with
    # the run (here in prune_batch, the body prune and prune_all share); nothing else
    # writes the table.
    writes = {
        name: re.findall(r"\b(INSERT INTO|DELETE \w+ FROM) durable\.run_errors\b", _code(body))
        for name, body in procedures().items()
    }
    assert {name: found for name, found in writes.items() if found} == {
        "fail": ["INSERT INTO"],
        "settle_expired": ["INSERT INTO"],
        "prune_batch": ["DELETE x FROM"],
    }
    assert not re.search(r"\bUPDATE durable\.run_errors\b", _code(TEXT))


def test_the_test_servers_reset_empties_every_table_the_engine_writes() -> None:
    # tests/sqlserver/server.py puts the conformance suite's database back before
    # each test: a table left out there (a new one) carries rows from test to test.
    from tests.sqlserver.server import IDENTITY_TABLES, TABLES

    tables = set(re.findall(r"^CREATE TABLE durable\.(\w+) \(", TEXT, re.M))
    # (the install's data: settings are put back by RESET's UPDATE, the others are
    # never written after the install)
    installed_data = {"migrations", "settings", "tz_zones", "tz_transitions"}
    assert set(TABLES) == tables - installed_data
    with_identity = {
        m.group(1)
        for m in re.finditer(r"^CREATE TABLE durable\.(\w+) \((.*?)\n\);", TEXT, re.M | re.S)
        if " IDENTITY " in m.group(2)
    }
    assert set(IDENTITY_TABLES) == with_identity
