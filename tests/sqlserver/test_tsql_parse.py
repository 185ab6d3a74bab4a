"""Every T-SQL file of the port parses with sqlfluff's tsql dialect.

sqlfluff silently skips files over 20 kB by default (large_file_skip_byte_limit):
here the limit is 0 (none), and the test checks that a tree came back for every batch
of the file (the batches the installer sends, split on GO).
A parse that finds an unparsable section fails, and so does a parse error; a
deliberately broken snippet shows that such a failure is seen.  This is a parse, not
a compilation: names, types and variables are not resolved (see the README).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("sqlfluff", reason="sqlfluff is not installed (pip install -e '.[dev]')")

from sqlfluff.core import FluffConfig, Linter
from sqlfluff.core.parser import BaseSegment

from durablesql.driver.sqlserver.migrate import split

ROOT = Path(__file__).resolve().parents[2]
TSQL_FILES = sorted((ROOT / "sql" / "sqlserver").rglob("*.sql"))
CONFIG = {"dialect": "tsql", "large_file_skip_byte_limit": 0}
# A procedure created (install) or created or altered (a migration).
CREATED = re.compile(r"^CREATE (?:OR ALTER )?PROCEDURE ", re.M)
LINTER = Linter(config=FluffConfig(overrides=CONFIG))  # (a config costs a second to build)


def problems(text: str) -> tuple[BaseSegment | None, list[str]]:
    """The parse tree of a T-SQL text and every problem the parser reported."""
    parsed = LINTER.parse_string(text)
    found = [v.desc() for v in parsed.violations]
    # (ParsedString.tree asserts success: read the variant, which may have no tree)
    tree = parsed.parsed_variants[0].tree if parsed.parsed_variants else None
    if tree is not None:
        found += [
            f"unparsable at line {s.pos_marker.line_no if s.pos_marker else '?'}: {s.raw[:80]!r}"
            for s in tree.recursive_crawl("unparsable")
        ]
    return tree, found


def test_a_broken_snippet_is_rejected() -> None:
    for broken in (
        "CREATE PROCEDURE durable.x AS BEGIN SELEC 1 FROM; END;\nGO\n",
        "SELECT a FROM t WHERE (a = 1;\n",
    ):
        _, found = problems(broken)
        assert found, broken


def test_a_good_snippet_parses() -> None:
    tree, found = problems(
        "CREATE PROCEDURE durable.x @a int = NULL AS\nBEGIN\n"
        "    UPDATE TOP (1) r SET r.a = @a OUTPUT inserted.a\n"
        "    FROM t AS r WITH (READPAST, UPDLOCK, ROWLOCK);\n"
        "    THROW 50001, N'DS001: x', 1;\nEND;\nGO\n"
    )
    assert found == [] and tree is not None


@pytest.mark.parametrize("path", TSQL_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_tsql_file_parses(path: Path) -> None:
    # Batch by batch, as the installer sends them (split on the GO lines, as sqlcmd
    # does): every batch is a script of its own to SQL Server, and sqlfluff caps the
    # parse nodes of one parse (max_parse_nodes), which the whole file would exceed.
    text = path.read_text(encoding="utf-8")
    batches = split(text)
    # (one batch per GO line, each ending one: the split found them all; a small
    # migration has few)
    assert len(batches) == len(re.findall(r"^GO$", text, re.M)) > 5
    problems_found: list[str] = []
    created = parsed = 0
    at = 0
    for batch in batches:
        at = text.index(batch, at)
        line = text.count("\n", 0, at) + 1
        tree, found = problems(batch + "\n")
        problems_found += [f"batch at line {line}: {p}" for p in found]
        assert tree is not None, f"{path}: batch at line {line}: no parse tree (skipped?)"
        assert tree.raw == batch + "\n"  # the whole batch was read
        parsed += sum(1 for _ in tree.recursive_crawl("create_procedure_statement"))
        created += len(CREATED.findall(batch))
        at += len(batch)
    assert problems_found == [], "\n".join(problems_found[:20])
    assert parsed == created == len(CREATED.findall(text)) > 0
