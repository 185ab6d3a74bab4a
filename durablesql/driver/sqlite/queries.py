"""queries.sql read into named blocks: what to run for each operation, and how.

A block starts at a line ``-- name: NAME(param, ...)`` followed by ``!`` when it
writes; its statements are cut where ``sqlite3.complete_statement`` says one
ends (so trigger bodies and strings with ``;`` stay whole).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass

from durablesql.driver.sqlfiles import sql_dir

_HEADER = re.compile(r"^-- name: (\w+)(?:\(([^)]*)\))?([!^]*)\s*$")


@dataclass(frozen=True)
class Block:
    name: str
    params: tuple[str, ...]
    writes: bool
    statements: tuple[str, ...]


def statements(text: str) -> list[str]:
    """The complete statements of a SQL text, in order (comments-only tails dropped)."""
    found: list[str] = []
    buffer = ""
    for line in text.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            found.append(buffer.strip())
            buffer = ""
    return found


def parse(text: str) -> dict[str, Block]:
    blocks: dict[str, Block] = {}
    header: re.Match[str] | None = None
    body: list[str] = []

    def close() -> None:
        if header is not None:
            params = tuple(p.strip() for p in (header.group(2) or "").split(",") if p.strip())
            blocks[header.group(1)] = Block(
                header.group(1), params, "!" in header.group(3), tuple(statements("".join(body)))
            )

    for line in text.splitlines(keepends=True):
        match = _HEADER.match(line)
        if match:
            close()
            header, body = match, []
        else:
            body.append(line)
    close()
    return blocks


@functools.cache
def blocks() -> dict[str, Block]:
    """The blocks of the shipped sql/sqlite/queries.sql."""
    return parse((sql_dir("sqlite") / "queries.sql").read_text(encoding="utf-8"))


@functools.cache
def schema() -> tuple[str, ...]:
    """The statements of sql/sqlite/schema.sql."""
    return tuple(statements((sql_dir("sqlite") / "schema.sql").read_text(encoding="utf-8")))
