"""The SQL Server driver's dashboard reads (search_runs, outcome_counts, may_execute),
checked offline: no SQL Server runs here, so these are parse, lint and shape checks,
not executions.

Each query is the text pymssql sends: its ``%s`` replaced by pymssql's own quoting
(``_mssql.substitute_params``).  That text parses with sqlfluff's tsql dialect, passes
the project lint, names only columns the views have, and hostile values (quotes, SQL,
``%s``, unicode, NUL) change only its literals, never its words.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymssql import _mssql

from durablesql.driver import OutcomeCount, RunSearch
from durablesql.driver.sqlserver.operations import (
    MAY_EXECUTE,
    OUTCOME_COUNTS,
    PROCEDURES,
    SEARCH_RUNS,
)
from durablesql.errors import InvalidArgument
from tests.sqlserver.test_driver_units import Recording
from tests.sqlserver.test_tsql_parse import problems
from tests.sqlserver.test_tsql_static import TEXT as SCHEMA_TEXT
from tests.sqlserver.test_tsql_static import relations, unknown_columns
from tests.sqlserver.tsql_lint import lint, tokens

HOSTILE = [
    "x'y",
    "'; DROP TABLE durable.runs; --",
    "%s %d %(x)s",
    "N'",
    "ü 日本 🙂",
    'a\\b"c',
    "]",
    "",
]


async def sent_by(call: str, *args: Any) -> list[tuple[str, tuple[Any, ...]]]:
    ops = Recording([])
    await getattr(ops, call)(*args)
    return ops.sent


def wire(sql: str, args: tuple[Any, ...]) -> str:
    """The batch pymssql sends for these arguments."""
    return bytes(_mssql.substitute_params(sql, args)).decode("utf-8")


def words(text: str) -> list[str]:
    return [t.text.upper() for t in tokens(text) if t.kind != "literal"]


async def every_query(value: str | None) -> list[tuple[str, tuple[Any, ...]]]:
    text = None if value is None else value
    search = RunSearch(
        status=text, job_name=text, queue=text, tag=text, worker=text, run_id=7,
        args=((value or "k", value or "v"),), meta=((value or "k", "1"),),
        finished_since=datetime(2030, 1, 1, tzinfo=UTC), before_id=9, max_runs=50,
    )  # fmt: skip
    return [
        *await sent_by("search_runs", search),
        *await sent_by("outcome_counts", timedelta(hours=1), 12),
        *await sent_by("may_execute", ["cancel", "retry", value or "x"]),
    ]


async def test_each_read_sends_its_query_with_every_value_a_parameter() -> None:
    sent = await every_query("v")
    assert [sql for sql, _ in sent] == [SEARCH_RUNS, OUTCOME_COUNTS, MAY_EXECUTE]
    for sql, args in sent:
        assert sql.count("%s") == len(args)
    assert sent[1][1] == (3_600_000_000, 12)  # microseconds, buckets
    assert sent[2][1] == ('["cancel", "retry"]',)  # only known operations are asked about


@pytest.mark.parametrize("value", [None, "plain", *HOSTILE])
async def test_the_sent_batches_parse_and_pass_the_lint(value: str | None) -> None:
    known = relations()
    for sql, args in await every_query(value):
        text = wire(sql, args)
        tree, found = problems(text)
        assert tree is not None and found == [], (found, text)
        assert lint(text) == [], text
        assert unknown_columns(text, known) == [], text


@pytest.mark.parametrize("value", HOSTILE)
async def test_hostile_values_change_only_literals(value: str) -> None:
    plain = await every_query("plain")
    hostile = await every_query(value)
    for (sql, args), (same_sql, hostile_args) in zip(plain, hostile, strict=True):
        assert sql == same_sql
        assert words(wire(sql, args)) == words(wire(sql, hostile_args))


async def test_may_execute_asks_only_about_procedures_and_skips_an_empty_question() -> None:
    ops = Recording([{"operation": "cancel"}, {"operation": "drop_everything"}])
    assert await ops.may_execute(["cancel", "no_such_operation"]) == {"cancel"}
    assert ops.sent == [(MAY_EXECUTE, ('["cancel"]',))]
    assert await Recording([]).may_execute(["nope"]) == frozenset()
    assert "HAS_PERMS_BY_NAME(CONCAT(N'durable.', p.value), N'OBJECT', N'EXECUTE')" in MAY_EXECUTE
    for procedure in PROCEDURES:  # each a procedure of the schema
        assert f"CREATE PROCEDURE durable.{procedure}\n" in SCHEMA_TEXT


async def test_outcome_counts_reads_bigints_and_rejects_an_empty_window() -> None:
    ops = Recording([{"bucket": 2, "status": "succeeded", "n": 2}])
    assert await ops.outcome_counts(timedelta(hours=1), 12) == [OutcomeCount(2, "succeeded", 2)]
    for window, buckets in [(timedelta(0), 12), (timedelta(hours=1), 0)]:
        with pytest.raises(InvalidArgument):
            await Recording([]).outcome_counts(window, buckets)


async def test_search_rejects_a_page_size_out_of_range() -> None:
    for size in (0, 10_001):
        with pytest.raises(InvalidArgument, match="max_runs must be between 1 and 10000"):
            await Recording([]).search_runs(RunSearch(max_runs=size))
