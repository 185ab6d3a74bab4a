"""The project's T-SQL lint: every rule catches its bad snippet, passes its good one,
ignores comments and literals; and every T-SQL file of the port passes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sqlserver.tsql_lint import lint, tokens

ROOT = Path(__file__).resolve().parents[2]
TSQL_FILES = sorted((ROOT / "sql" / "sqlserver").rglob("*.sql"))


@pytest.mark.parametrize(
    ("rule", "bad", "good"),
    [
        ("limit", "SELECT a FROM t ORDER BY a LIMIT 5;", "SELECT TOP (5) a FROM t ORDER BY a;"),
        (
            "skip-locked",
            "SELECT a FROM t FOR UPDATE SKIP LOCKED;",
            "SELECT a FROM t WITH (UPDLOCK, READPAST);",
        ),
        ("signal", "SIGNAL SQLSTATE 'DS001' SET MESSAGE_TEXT = 'x';", "THROW 50001, N'x', 1;"),
        ("signal", "RESIGNAL;", "THROW;"),
        (
            "returning",
            "INSERT INTO t (a) VALUES (1) RETURNING a;",
            "INSERT INTO t (a) OUTPUT inserted.a VALUES (1);",
        ),
        ("cast", "SELECT x::int FROM t;", "SELECT CAST(x AS int) FROM t;"),
        (
            "throw",
            "BEGIN CATCH\n    ROLLBACK TRANSACTION\n    THROW;\nEND CATCH;",
            "BEGIN CATCH\n    ROLLBACK TRANSACTION;\n    THROW;\nEND CATCH;",
        ),
        (
            "throw",
            "IF @n > 0\n    SET @m = N'x'\nTHROW 50001, @m, 1;",
            "IF @n > 0\n    SET @m = N'x';\nTHROW 50001, @m, 1;",
        ),
        (
            "exec-argument",
            "EXEC durable.check_name @kind = N'queue', @value = COALESCE(@q, N'default');",
            "EXEC durable.check_name @kind = N'queue', @value = @q;",
        ),
        (
            "exec-argument",
            "EXEC durable.check_range @kind = N'n', @value = @n + 1, @low = -5, @high = 5;",
            "EXEC durable.check_range @kind = N'n', @value = @n, @low = -5, @high = DEFAULT;",
        ),
    ],
)
def test_each_rule_catches_its_bad_snippet(rule: str, bad: str, good: str) -> None:
    assert [f.rule for f in lint(bad)] == [rule], lint(bad)
    assert lint(good) == []


def test_exec_arguments_may_be_variables_literals_null_default_or_outputs() -> None:
    assert lint("EXEC @r = sys.sp_getapplock @Resource = @x, @LockTimeout = 0;") == []
    assert lint("EXEC durable.read_clock @now = @now OUTPUT;") == []
    assert lint("EXEC durable.x 1, N'a', NULL, @y OUT;") == []
    assert lint("EXEC (N'CREATE ROLE durable_worker');") == []
    found = lint("EXEC durable.x @a = 1, @b = LEFT(@s, 2);")
    assert [(f.rule, f.line) for f in found] == [("exec-argument", 1)]


def test_permissions_are_not_calls_or_casts() -> None:
    assert lint("GRANT EXECUTE ON durable.claim TO durable_worker;") == []
    assert lint("GRANT EXECUTE ON TYPE::durable.run_outcome TO durable_producer;") == []
    assert (
        lint("CREATE PROCEDURE durable.x @a int WITH EXECUTE AS OWNER AS BEGIN SELECT 1; END;")
        == []
    )
    assert [f.rule for f in lint("SELECT type::int FROM t;")] == ["cast"]


def test_a_throw_that_opens_a_block_passes() -> None:
    assert lint("BEGIN CATCH THROW; END CATCH;") == []
    assert lint("BEGIN TRY THROW 50001, N'x', 1; END TRY") == []
    assert lint("IF @x = 1\nBEGIN\n    THROW 50001, N'x', 1;\nEND;") == []


def test_comments_literals_and_quoted_names_are_not_read() -> None:
    text = """
        -- LIMIT 5, SKIP LOCKED, x::int
        /* SIGNAL /* nested RETURNING */ still a comment: LIMIT */
        SELECT N'LIMIT 5; x::int' AS [limit], 'it''s RETURNING' AS "SKIP LOCKED";
    """
    assert lint(text) == []
    assert [t.text for t in tokens(text) if t.kind == "word"] == ["SELECT", "AS", "AS"]


def test_findings_name_their_line() -> None:
    found = lint("SELECT 1;\n\nSELECT a FROM t LIMIT 1;")
    assert [(f.rule, f.line) for f in found] == [("limit", 3)]


def test_the_port_has_tsql_files() -> None:
    assert ROOT / "sql" / "sqlserver" / "schema.sql" in TSQL_FILES


@pytest.mark.parametrize("path", TSQL_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_tsql_file_passes_the_lint(path: Path) -> None:
    found = lint(path.read_text(encoding="utf-8"))
    assert found == [], "\n".join(str(f) for f in found)
