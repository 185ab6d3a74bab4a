"""durable_cron_next, SQLite's cron rule (in Python, registered on each connection):
the PostgreSQL cases.

The same hand-worked examples, walks, oracle (tests/cron_oracle.py) and hostile inputs as
tests/test_cron_next.py, through SQL on a connection set up as the driver sets one up.
Errors carry PostgreSQL's code and text (compared with what the PostgreSQL engine says
for the same input).  SQLite keeps milliseconds: an `after` is cut to the millisecond,
which changes no answer (fire times are whole seconds).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import cron_oracle as oracle
from tests.sqlite.engine import Engine
from tests.test_cron_next import (
    BAD_CRONS,
    BAD_ZONES,
    DST_EXPRS,
    DST_ZONES,
    EXAMPLES,
    EXTRA_DST_ZONES,
    NO_SHRINK,
    PROPERTY,
    WALKS,
    Case,
    Result,
    _example_cases,
    _utc,
    _walk_expectations,
    assert_all_match,
    fmt,
    near_transition,
    near_transition_cases,
    oracle_walk,
    random_cases,
)


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    found = Engine()
    yield found
    found.close()


def ms(t: datetime) -> datetime:
    """`t` cut to the millisecond, as SQLite keeps it."""
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


def cron_next_many(engine: Engine, cases: Sequence[Case]) -> list[Result]:
    return [engine.cron_next(expr, after, tz) for expr, after, tz in cases]


def preview(engine: Engine, case: Case, count: int) -> list[Result]:
    """The cron_preview block: `count` successive fire times."""
    expr, after, tz = case
    rows = engine.call(
        "WITH RECURSIVE fire(n, at) AS (SELECT 1, durable_cron_next(?1, ?2, ?3) UNION ALL"
        " SELECT n + 1, durable_cron_next(?1, at, ?3) FROM fire WHERE n < ?4)"
        " SELECT at FROM fire ORDER BY n",
        (expr, after.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:23], tz, count),
    )
    if isinstance(rows, str):
        return [rows]
    return [datetime.fromisoformat(r[0]).replace(tzinfo=UTC) for r in rows]


@pytest.mark.parametrize("group", EXAMPLES)
def test_examples(engine: Engine, group: str) -> None:
    cases, expected = _example_cases(group)
    assert_all_match(cases, expected, cron_next_many(engine, cases))


@pytest.mark.parametrize(("expr", "after", "tz", "steps"), WALKS)
def test_walks_across_transitions(
    engine: Engine, expr: str, after: str, tz: str, steps: list[str]
) -> None:
    """Successive fire times: the pinned sequences, never backwards nor twice."""
    expected = [_utc(t) for t in _walk_expectations(after, steps)]
    case = (expr, datetime.fromisoformat(after), tz)
    got = preview(engine, case, len(expected))
    assert got == expected, [fmt(t, tz) for t in got]
    long_walk = preview(engine, (expr, datetime.fromisoformat(after) - timedelta(days=2), tz), 400)
    assert all(isinstance(t, datetime) for t in long_walk), long_walk[:1]
    assert all(a < b for a, b in itertools.pairwise(long_walk)), "not strictly increasing"  # type: ignore[operator]


@settings(PROPERTY, max_examples=10, phases=NO_SHRINK)
@given(batch=st.lists(random_cases(), min_size=40, max_size=40))
def test_agrees_with_the_oracle(engine: Engine, batch: list[Case]) -> None:
    """Random expressions, instants (1990-2060) and zones."""
    batch = [(expr, ms(after), tz) for expr, after, tz in batch]
    expected = [oracle.next_fire(*case) for case in batch]
    assert_all_match(batch, expected, cron_next_many(engine, batch))


@settings(PROPERTY, max_examples=10, phases=NO_SHRINK)
@given(batch=st.lists(near_transition_cases, min_size=30, max_size=30))
def test_agrees_with_the_dst_oracle_near_transitions(engine: Engine, batch: list[Case]) -> None:
    batch = [(expr, ms(after), tz) for expr, after, tz in batch]
    expected = [oracle.next_fire(*case) for case in batch]
    assert_all_match(batch, expected, cron_next_many(engine, batch))


@settings(PROPERTY, max_examples=8, phases=NO_SHRINK)
@given(
    expr=DST_EXPRS,
    start=near_transition(DST_ZONES + EXTRA_DST_ZONES, st.integers(-3 * 3600, 0)),
)
def test_walking_across_transitions(engine: Engine, expr: str, start: tuple[str, datetime]) -> None:
    tz, after = start
    case = (expr, ms(after), tz)
    got = preview(engine, case, 24)
    want = oracle_walk(case, 24)
    differ = [
        f"  {i}: expected {fmt(w, tz)}, got {fmt(g, tz)}"
        for i, (w, g) in enumerate(itertools.zip_longest(want, got), 1)
        if w != g
    ]
    assert not differ, "\n".join([f"walk of {expr!r} from {fmt(after, tz)} in {tz}:", *differ[:8]])


# Inputs beyond tests/test_cron_next.py's: quoting, whitespace, long values, edge values.
MORE_BAD_CRONS = [
    "x" * 60 + " * * * *",
    "0 0 * * \\x",
    "0 0 * * it's",
    "0 0 * * 1,2\n,3",
    "0 0 * * 99999",
    "0 0 * * 1/99999",
    "0 l * * *",
    "0 0 * * 5-0",
    "0 0 31 2,4 *",
    "@daily x y z w",
    "0",
    "0 0 * * mön",
]


def test_errors_are_postgresql_s(engine: Engine, dsn: str) -> None:
    """The same code and text as the PostgreSQL engine, for every bad input of its tests."""
    after = datetime(2024, 1, 1, tzinfo=UTC)
    inputs = [(expr, "UTC") for expr, *_ in BAD_CRONS]
    inputs += [(expr, "UTC") for expr in MORE_BAD_CRONS]
    inputs += [("0 0 * * *", zone) for zone in [*BAD_ZONES, "Europe/Berlin\n", "it's/x"]]
    problems = []
    with psycopg.connect(dsn, autocommit=True) as pg:
        for expr, zone in inputs:
            try:
                row = pg.execute("SELECT durable.cron_next(%s, %s, %s)", (expr, after, zone))
                want: Result = _utc(row.fetchone()[0])  # type: ignore[index]
            except psycopg.Error as e:
                want = f"ERROR {e.sqlstate}: {e.diag.message_primary}"
            got = engine.cron_next(expr, after, zone)
            if got != want:
                problems.append(
                    f"{expr!r} in {zone!r}:\n    PostgreSQL {want}\n    SQLite     {got}"
                )
    assert not problems, f"{len(problems)} differ:\n" + "\n".join(problems)


def test_a_null_after_is_invalid(engine: Engine) -> None:
    assert engine.call("SELECT durable_cron_next('0 0 * * *', NULL, 'UTC')") == (
        "ERROR DS001: after must be a finite timestamp, got NULL"
    )
