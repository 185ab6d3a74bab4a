"""Static reading of the SQL files (no server): the routines each one defines, with
their parameter names in order, and which role each GRANT gives them to.  Used by the
contract tests of the SQL Server port."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = ROOT / "sql" / "postgres" / "schema.sql"
SQLSERVER = ROOT / "sql" / "sqlserver" / "schema.sql"
ROLES = ("durable_producer", "durable_worker", "durable_admin")

_PG_ROUTINE = re.compile(r"CREATE (?:FUNCTION|PROCEDURE) durable\.(\w+)\s*\(")
_PG_MODES = ("IN", "OUT", "INOUT", "VARIADIC")
_TSQL_PROCEDURE = re.compile(r"^CREATE PROCEDURE durable\.(\w+)(.*?)^AS$", re.M | re.S)
_TSQL_FUNCTION = re.compile(r"^CREATE FUNCTION durable\.(\w+)\((.*?)\)\s*RETURNS", re.M | re.S)
_TSQL_PARAMETER = re.compile(r"@(\w+)")


def _balanced(text: str, start: int) -> str:
    """The text inside the parenthesis that opens just before `start`."""
    depth, i = 1, start
    while depth:
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        i += 1
    return text[start : i - 1]


def top_level_parts(text: str) -> list[str]:
    """text split at the commas outside parentheses and quotes."""
    parts, depth, quoted, current = [], 0, False, []
    for c in text:
        if c == "'":
            quoted = not quoted
        elif not quoted and c in "([":
            depth += 1
        elif not quoted and c in ")]":
            depth -= 1
        if c == "," and depth == 0 and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def postgres_routines() -> dict[str, list[str]]:
    """name → parameter names in order (OUT ones left out: they are results)."""
    text = POSTGRES.read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    for m in _PG_ROUTINE.finditer(text):
        names = []
        for part in top_level_parts(_balanced(text, m.end())):
            words = part.split()
            if words[0].upper() == "OUT":
                continue
            if words[0].upper() in _PG_MODES:
                words = words[1:]
            names.append(words[0])
        found[m.group(1)] = names
    return found


def _postgres_granted(right: str, names: str) -> dict[str, set[str]]:
    """role → the objects PostgreSQL's schema grants it `right` on (directly): the
    `names` pattern's matches in each GRANT's list."""
    text = POSTGRES.read_text(encoding="utf-8")
    found: dict[str, set[str]] = {role: set() for role in ROLES}
    for m in re.finditer(rf"GRANT {right} ON (.*?)TO (\w+);", text, re.S):
        found[m.group(2)] |= set(re.findall(names, m.group(1)))
    return found


def postgres_grants() -> dict[str, set[str]]:
    """role → the routines PostgreSQL's schema grants it EXECUTE on (directly)."""
    return _postgres_granted("EXECUTE", r"durable\.(\w+)\(")


def tsql_routines() -> dict[str, list[str]]:
    """name → parameter names in order, of every procedure and function."""
    text = SQLSERVER.read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    for m in _TSQL_PROCEDURE.finditer(text):
        found[m.group(1)] = _TSQL_PARAMETER.findall(m.group(2))
    for m in _TSQL_FUNCTION.finditer(text):
        found[m.group(1)] = _TSQL_PARAMETER.findall(m.group(2))
    return found


def _tsql_granted(right: str) -> dict[str, set[str]]:
    """role → the objects the T-SQL schema grants it `right` on (directly)."""
    text = SQLSERVER.read_text(encoding="utf-8")
    found: dict[str, set[str]] = {role: set() for role in ROLES}
    for name, role in re.findall(rf"^GRANT {right} ON durable\.(\w+) TO (\w+);", text, re.M):
        found[role].add(name)
    return found


def tsql_grants() -> dict[str, set[str]]:
    """role → the routines the T-SQL schema grants it EXECUTE on (directly)."""
    return _tsql_granted("EXECUTE")


_PG_VIEW = re.compile(r"^CREATE VIEW durable\.(\w+) AS\s+SELECT (.*?)\n\s*FROM ", re.M | re.S)
_TSQL_VIEW = re.compile(r"^CREATE VIEW durable\.(\w+)\s+AS\s+SELECT (.*?)\nFROM ", re.M | re.S)


def select_names(select_list: str) -> list[str]:
    """The output names of a SELECT list, in order: each item's alias, or its column."""
    code = re.sub(r"--[^\n]*", "", select_list)
    names = []
    for item in top_level_parts(code):
        alias = re.search(r"\bAS\s+(\w+)\s*$", item, re.I)
        names.append((alias.group(1) if alias else re.split(r"[.\s]", item)[-1]).lower())
    return names


def postgres_views() -> dict[str, list[str]]:
    """view → its column names in order."""
    text = POSTGRES.read_text(encoding="utf-8")
    return {m.group(1): select_names(m.group(2)) for m in _PG_VIEW.finditer(text)}


def tsql_views() -> dict[str, list[str]]:
    """view → its column names in order."""
    text = SQLSERVER.read_text(encoding="utf-8")
    return {m.group(1): select_names(m.group(2)) for m in _TSQL_VIEW.finditer(text)}


def postgres_view_grants() -> dict[str, set[str]]:
    """role → the views PostgreSQL's schema grants it SELECT on (directly)."""
    return _postgres_granted("SELECT", r"durable\.(\w+)")


def tsql_view_grants() -> dict[str, set[str]]:
    """role → the views the T-SQL schema grants it SELECT on (directly)."""
    return _tsql_granted("SELECT")
