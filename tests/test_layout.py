"""The layering, read from the source with ``ast`` (nothing is imported or run):

* only ``durablesql/driver/<dialect>/`` imports a database driver (asyncpg, psycopg,
  pgserver, …) or holds SQL text; every other module reaches the database through
  the driver interface (``durablesql/driver/interface.py``);
* nothing outside ``durablesql/driver/`` imports a dialect's module: the seam picks
  the dialect from the DSN;
* a dialect imports only its own database's clients: a MySQL/MariaDB client
  (asyncmy, …) only in ``durablesql/driver/mysql/``;
* no module of ``durablesql/worker/`` is longer than WORKER_MODULE_LINES;
* the tests of the Python API (PYTHON_LEVEL) import no database driver and no dialect
  module, neither directly nor through a test helper, and take no fixture that hands
  them a native connection, so that they run on every dialect.

A violation found today stands in KNOWN, and its case is marked xfail(strict=True):
every run reports it, and once it is fixed the case passes, which a strict xfail
turns into a failure until its entry is removed.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "durablesql"
WORKER_MODULE_LINES = 300

# Database client libraries, by their top-level import name.
DATABASE_DRIVERS = frozenset(
    {
        *("asyncpg", "psycopg", "psycopg2", "psycopg_pool", "pg8000", "aiopg", "pgserver"),
        *("pytest_postgresql", "sqlite3", "aiosqlite", "apsw", "sqlalchemy"),
        *("MySQLdb", "pymysql", "aiomysql", "asyncmy", "mariadb", "mysql"),
        *("pyodbc", "aioodbc", "pymssql", "pytds", "mssql_python"),
    }
)

# Each database's clients, by top-level import name, and the one dialect that may import them.
MYSQL_CLIENTS = frozenset({"MySQLdb", "pymysql", "aiomysql", "asyncmy", "mariadb", "mysql"})
SQLSERVER_CLIENTS = frozenset({"pyodbc", "aioodbc", "pymssql", "pytds", "mssql_python"})
CLIENTS_OF = {"mysql": MYSQL_CLIENTS, "sqlserver": SQLSERVER_CLIENTS}

# SQL statements, by their upper-case keywords (prose says "select" and "update").
SQL = re.compile(
    r"\bSELECT\b[\s\S]*?\bFROM\b"  # SELECT … FROM
    r"|\bSELECT\s+[\w.\"]+\s*\("  # SELECT durable.enqueue(…)
    r"|\bINSERT\s+INTO\b"
    r"|\bUPDATE\s+[\w.\"]+\s+SET\b"
    r"|\bDELETE\s+FROM\b"
    r"|\b(?:CALL|EXEC|EXECUTE)\s+[\w.\"\[\]]+"  # CALL durable.…, EXEC durable.…
    r"|\b(?:CREATE|ALTER|DROP|TRUNCATE)\s+(?:OR\s+REPLACE\s+)?"
    r"(?:TABLE|VIEW|FUNCTION|PROCEDURE|INDEX|SCHEMA|ROLE|TRIGGER|SEQUENCE)\b"
)

# The tests that drive the Python API (App, Worker, the CLI) and the helpers and apps
# they use: they must run on every dialect.
PYTHON_LEVEL = [
    *("tests/test_app.py", "tests/test_worker.py", "tests/test_worker_edges.py"),
    *("tests/test_reporting.py", "tests/test_schedules_app.py", "tests/test_cli.py"),
    *("tests/workers.py", "tests/cli_app.py", "tests/hang_app.py"),
]
# conftest.py's fixtures that hand a test a native connection.
NATIVE_FIXTURES = frozenset({"db", "connect", "postgresql"})

KNOWN: dict[tuple[str, str], str] = {}


# ---------------------------------------------------------------------- reading source


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, root: Path) -> set[str]:
    """Every module path imports, wherever the statement stands (in functions too):
    relative imports resolved, ``from m import n`` as both m and m.n, and
    ``importlib.import_module`` / ``__import__`` of a constant name."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(parse(path)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and node.args:
            func, first = node.func, node.args[0]
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and isinstance(first, ast.Constant):
                found.add(str(first.value))
    return found


def database_drivers(names: set[str]) -> list[str]:
    return sorted(n for n in names if n.partition(".")[0] in DATABASE_DRIVERS)


def dialects(package: Path) -> list[str]:
    """The dialect packages: durablesql/driver/<dialect>/."""
    return sorted(p.parent.name for p in (package / "driver").glob("*/__init__.py"))


def dialect_modules(names: set[str], package: Path) -> list[str]:
    prefixes = [f"{package.name}.driver.{d}" for d in dialects(package)]
    return sorted(n for n in names if any(n == p or n.startswith(p + ".") for p in prefixes))


def strings(path: Path) -> list[str]:
    """The string constants of a module, docstrings left out; an f-string's fixed parts
    joined around ``{}``; adjacent literals are one constant already."""
    tree = parse(path)
    docstrings = set()
    for node in ast.walk(tree):
        scopes = ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        if isinstance(node, scopes) and node.body and isinstance(node.body[0], ast.Expr):
            docstrings.add(id(node.body[0].value))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                found.append(node.value)
        elif isinstance(node, ast.JoinedStr):
            parts = [v.value if isinstance(v, ast.Constant) else "{}" for v in node.values]
            found.append("".join(str(p) for p in parts))
    return found


def sql_texts(path: Path) -> list[str]:
    return [text for text in strings(path) if SQL.search(text)]


def native_fixtures(path: Path) -> list[str]:
    """Parameters of test functions and fixtures that name a native-connection fixture."""
    found = []
    for node in ast.walk(parse(path)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found += [f"{node.name}({a.arg})" for a in node.args.args if a.arg in NATIVE_FIXTURES]
    return found


def local_closure(path: Path, root: Path) -> list[Path]:
    """path and the modules of the tests package it imports, transitively."""
    seen: list[Path] = []
    todo = [path]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.append(current)
        for name in imports(current, root):
            if name.partition(".")[0] != "tests":
                continue
            base = root.joinpath(*name.split("."))
            for candidate in (base.with_suffix(".py"), base / "__init__.py"):
                if candidate.is_file():
                    todo.append(candidate)
    return seen


# ---------------------------------------------------------------------- the cases


def in_dialect(path: Path, package: Path) -> bool:
    parts = path.relative_to(package).parts
    return len(parts) > 2 and parts[0] == "driver"


def layered(package: Path) -> list[Path]:
    """The package's modules outside durablesql/driver/<dialect>/."""
    return sorted(p for p in package.rglob("*.py") if not in_dialect(p, package))


def cases(rule: str, paths: list[Path]) -> list[Any]:
    found = []
    for path in paths:
        shown = path.relative_to(ROOT).as_posix()
        reason = KNOWN.get((rule, shown))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        found.append(pytest.param(path, id=shown, marks=marks))
    return found


def test_known_violations_name_real_cases() -> None:
    for rule, shown in KNOWN:
        rules = ("drivers", "sql", "dialect", "length", "tests", "clients")
        assert rule in rules and (ROOT / shown).is_file()


@pytest.mark.parametrize("path", cases("drivers", layered(PACKAGE)))
def test_only_a_dialect_imports_a_database_driver(path: Path) -> None:
    assert database_drivers(imports(path, ROOT)) == []


@pytest.mark.parametrize("path", cases("sql", layered(PACKAGE)))
def test_only_a_dialect_holds_sql_text(path: Path) -> None:
    assert sql_texts(path) == []


@pytest.mark.parametrize(
    "path", cases("dialect", [p for p in layered(PACKAGE) if p.parent != PACKAGE / "driver"])
)
def test_only_the_driver_seam_imports_a_dialect(path: Path) -> None:
    assert dialect_modules(imports(path, ROOT), PACKAGE) == []


def foreign_clients(path: Path, package: Path, names: set[str]) -> list[str]:
    """Database clients path imports that belong to another dialect than its own."""
    parts = path.relative_to(package).parts
    own = parts[1] if in_dialect(path, package) else None
    return sorted(
        n
        for n in names
        for dialect, clients in CLIENTS_OF.items()
        if dialect != own and n.partition(".")[0] in clients
    )


@pytest.mark.parametrize("path", cases("clients", sorted(PACKAGE.rglob("*.py"))))
def test_a_dialect_imports_only_its_own_databases_client(path: Path) -> None:
    assert foreign_clients(path, PACKAGE, imports(path, ROOT)) == []


@pytest.mark.parametrize("path", cases("length", sorted((PACKAGE / "worker").glob("*.py"))))
def test_worker_modules_stay_short(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= WORKER_MODULE_LINES, f"{lines} lines"


@pytest.mark.parametrize("path", cases("tests", [ROOT / p for p in PYTHON_LEVEL]))
def test_python_level_tests_use_no_database_driver(path: Path) -> None:
    for module in local_closure(path, ROOT):
        names = imports(module, ROOT)
        shown = module.relative_to(ROOT).as_posix()
        assert database_drivers(names) == [], shown
        assert dialect_modules(names, PACKAGE) == [], shown
        assert native_fixtures(module) == [], shown


# ---------------------------------------------------------------------- the checks themselves

VIOLATIONS = {
    "imports.py": '''
"""SELECT * FROM durable.runs: a docstring may say so."""
import asyncpg.pool
from . import sibling
from .driver import postgres


def later():
    import importlib

    importlib.import_module("psycopg")
    from .driver.postgres import embedded  # noqa
''',
    "texts.py": '''
def f(queue):
    """UPDATE durable.queues SET paused: in a docstring, fine."""
    one = "SELECT run_id" " FROM durable.all_runs"  # adjacent literals
    two = f"SELECT {queue} FROM durable.queue_stats"
    three = "SELECT durable.enqueue($1)"
    four = ("INSERT INTO durable.runs", "DELETE FROM durable.runs", "CALL durable.prune()")
    five = "UPDATE durable.queues SET paused = true"
    prose = "select the runs from the queue, update them and insert into the log"
    return one, two, three, four, five, prose
''',
}


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    package = tmp_path / "durablesql"
    (package / "driver" / "postgres").mkdir(parents=True)
    (package / "driver" / "postgres" / "__init__.py").write_text("import asyncpg\n")
    for name, text in VIOLATIONS.items():
        (package / name).write_text(text)
    assert layered(package) == [package / "imports.py", package / "texts.py"]
    names = imports(package / "imports.py", tmp_path)
    assert database_drivers(names) == ["asyncpg.pool", "psycopg"]
    assert dialect_modules(names, package) == [
        "durablesql.driver.postgres",
        "durablesql.driver.postgres.embedded",
    ]
    assert "durablesql.sibling" in names
    assert sql_texts(package / "imports.py") == []  # only in the docstring
    assert sorted(sql_texts(package / "texts.py")) == [
        "CALL durable.prune()",
        "DELETE FROM durable.runs",
        "INSERT INTO durable.runs",
        "SELECT durable.enqueue($1)",
        "SELECT run_id FROM durable.all_runs",
        "SELECT {} FROM durable.queue_stats",
        "UPDATE durable.queues SET paused = true",
    ]
    (package / "driver" / "mysql").mkdir()
    (package / "driver" / "mysql" / "__init__.py").write_text("import asyncmy\n")
    (package / "driver" / "postgres" / "mine.py").write_text("import asyncmy.errors\n")
    for path, expected in [
        (package / "driver" / "mysql" / "__init__.py", []),
        (package / "driver" / "postgres" / "mine.py", ["asyncmy.errors"]),
        (package / "imports.py", []),
    ]:
        assert foreign_clients(path, package, imports(path, tmp_path)) == expected
    test = tmp_path / "tests" / "test_x.py"
    test.parent.mkdir()
    (tmp_path / "tests" / "helper.py").write_text("import psycopg\n")
    test.write_text("from tests.helper import x\n\n\nasync def test_x(db, dsn): ...\n")
    closure = local_closure(test, tmp_path)
    assert [p.name for p in closure] == ["test_x.py", "helper.py"]
    assert native_fixtures(test) == ["test_x(db)"]
