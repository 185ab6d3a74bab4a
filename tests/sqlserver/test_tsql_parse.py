"""Every T-SQL file of the port parses with sqlfluff's tsql dialect.

sqlfluff silently skips files over 20 kB by default (large_file_skip_byte_limit):
here the limit is 0 (none), and the test checks that a tree came back for the whole
file.  A parse that finds an unparsable section fails, and so does a parse error; a
deliberately broken snippet shows that such a failure is seen.  This is a parse, not
a compilation: names, types and variables are not resolved (see the README).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("sqlfluff", reason="sqlfluff is not installed (pip install -e '.[dev]')")

from sqlfluff.core import FluffConfig, Linter
from sqlfluff.core.parser import BaseSegment

ROOT = Path(__file__).resolve().parents[2]
TSQL_FILES = sorted((ROOT / "sql" / "sqlserver").rglob("*.sql"))
CONFIG = {"dialect": "tsql", "large_file_skip_byte_limit": 0}


def problems(text: str) -> tuple[BaseSegment | None, list[str]]:
    """The parse tree of a T-SQL text and every problem the parser reported."""
    parsed = Linter(config=FluffConfig(overrides=CONFIG)).parse_string(text)
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
    text = path.read_text(encoding="utf-8")
    tree, found = problems(text)
    assert found == [], "\n".join(found[:20])
    assert tree is not None, f"{path}: no parse tree (skipped?)"
    # The whole file was read: the tree spans it, and every CREATE PROCEDURE is in it.
    assert tree.raw == text
    created = text.count("\nCREATE PROCEDURE ")
    parsed = sum(1 for _ in tree.recursive_crawl("create_procedure_statement"))
    assert parsed == created
