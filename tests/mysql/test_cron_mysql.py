"""durable.cron_next on MariaDB/MySQL (schema.sql's CRON section): the PostgreSQL cases.

The same hand-worked examples, walks, oracle (tests/cron_oracle.py) and hostile inputs as
tests/test_cron_next.py, on the server at ``DURABLESQL_TEST_MYSQL_DSN`` (default
``mysql://root@127.0.0.1:3306/test``; skipped with the reason when none answers).  The
file is installed once per session into the database ``durable``.  Errors must carry
PostgreSQL's SQLSTATE and text: the texts are compared with what the PostgreSQL engine
says for the same input, fitted into MySQL's 128 characters (see ``fit``).

Kept to a few seconds: the property tests draw far fewer examples than PostgreSQL's suite
(they exercise the same code paths; PostgreSQL's suite pins the rules themselves).
"""

from __future__ import annotations

import bisect
import itertools
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse
from zoneinfo import ZoneInfo

import psycopg
import pymysql
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import cron_oracle as oracle
from tests.mysql.sqlfile import split
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

DSN = os.environ.get("DURABLESQL_TEST_MYSQL_DSN", "mysql://root@127.0.0.1:3306/test")
SCHEMA_SQL = Path(__file__).resolve().parents[2] / "sql" / "mysql" / "schema.sql"
ZONEINFO = Path("/usr/share/zoneinfo")
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
ZERO = timedelta(0)

Conn = pymysql.connections.Connection  # type: ignore[type-arg]


def connect_mysql(dsn: str) -> Conn:
    url = urlparse(dsn)
    return pymysql.connect(
        host=url.hostname or "127.0.0.1",
        port=url.port or 3306,
        user=unquote(url.username or "root"),
        password=unquote(url.password or ""),
        charset="utf8mb4",
        autocommit=True,
        connect_timeout=3,
    )


def install(conn: Conn) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "CREATE DATABASE IF NOT EXISTS durable CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
        )
        for statement in split(cron_section()):
            cur.execute(statement)


def cron_section() -> str:
    """The CRON section of schema.sql: it stands on its own."""
    text = SCHEMA_SQL.read_text()
    return text[text.index("-- ===== CRON =====") : text.index("-- ===== END CRON =====")]


@pytest.fixture(scope="session")
def my() -> Iterator[Conn]:
    """One connection for the whole module (the routines only read)."""
    try:
        conn = connect_mysql(DSN)
    except pymysql.MySQLError as e:
        pytest.skip(f"no MariaDB/MySQL answers at {DSN}: {e}")
    install(conn)
    yield conn
    conn.close()


# ---------------------------------------------------------------- calling the routines


def _naive(t: datetime) -> datetime:
    """MySQL's DATETIME(6) holds UTC without a zone."""
    return t.astimezone(UTC).replace(tzinfo=None)


def _aware(t: Any) -> Any:
    return t.replace(tzinfo=UTC) if isinstance(t, datetime) else t


def last_error(conn: Conn) -> tuple[str, str]:
    """(SQLSTATE, message) of the statement that just failed (pymysql drops the state)."""
    with conn.cursor() as cur:
        cur.execute("GET DIAGNOSTICS CONDITION 1 @s = RETURNED_SQLSTATE, @m = MESSAGE_TEXT")
        cur.execute("SELECT @s, @m")
        state, message = cur.fetchone()
    return state, message


def call(conn: Conn, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]] | str:
    """Rows, or "ERROR <sqlstate>: <message>"."""
    try:
        with conn.cursor() as cur:
            cur.execute(sql, tuple(args))
            return list(cur.fetchall())
    except pymysql.MySQLError:
        state, message = last_error(conn)
        return f"ERROR {state}: {message}"


def cron_next_many(conn: Conn, cases: Sequence[Case]) -> list[Result]:
    """durable.cron_next for every case, in one statement (one per case on an error)."""
    if not cases:
        return []
    args = [x for expr, after, tz in cases for x in (expr, _naive(after), tz)]
    rows = call(conn, "SELECT " + ", ".join(["durable.cron_next(%s, %s, %s)"] * len(cases)), args)
    if not isinstance(rows, str):
        return [_aware(t) for t in rows[0]]
    out: list[Result] = []
    for expr, after, tz in cases:
        one = call(conn, "SELECT durable.cron_next(%s, %s, %s)", (expr, _naive(after), tz))
        out.append(one if isinstance(one, str) else _aware(one[0][0]))
    return out


def preview(conn: Conn, case: Case, count: int) -> list[Result]:
    """durable.cron_preview: `count` successive fire times, each after the previous one."""
    expr, after, tz = case
    rows = call(conn, "CALL durable.cron_preview(%s, %s, %s, %s)", (expr, _naive(after), tz, count))
    return [rows] if isinstance(rows, str) else [_aware(r[0]) for r in rows]


def walk(conn: Conn, case: Case, steps: int) -> list[Result]:
    """Each answer of durable.cron_next fed back as `after`."""
    expr, after, tz = case
    out: list[Result] = []
    for _ in range(steps):
        got = cron_next_many(conn, [(expr, after, tz)])[0]
        out.append(got)
        if not isinstance(got, datetime):
            break
        after = got
    return out


# ---------------------------------------------------------------- the zone data


def test_zone_names_are_postgresql_s(my: Conn) -> None:
    """UTC and the Area/Location names of tzdata: what PostgreSQL's check_time_zone takes."""
    expected = set()
    for path in ZONEINFO.rglob("*"):
        name = path.relative_to(ZONEINFO).as_posix()
        if (
            path.is_file()
            and not name.startswith(("posix/", "right/"))
            and (name == "UTC" or "/" in name)
            and path.read_bytes()[:4] == b"TZif"
        ):
            expected.add(name)
    rows = call(my, "SELECT name FROM durable.tz_zones")
    assert not isinstance(rows, str), rows
    assert {r[0].decode() for r in rows} == expected


def test_zone_data_agrees_with_zoneinfo(my: Conn) -> None:
    """Every zone's offsets, 1970-2100, are Python's (the same tzdata PostgreSQL reads).

    Each stored transition changes the offset exactly there, and the offset looked up in
    the table matches zoneinfo on the 1st of every month, so no transition is missing.
    """
    rows = call(
        my,
        "SELECT z.name, t.at_utc, t.utc_offset, t.prev_offset FROM durable.tz_zones z"
        " JOIN durable.tz_transitions t ON t.rule_id = z.rule_id ORDER BY z.name, t.at_utc",
    )
    assert not isinstance(rows, str), rows
    samples = [
        int(datetime(y, m, 1, tzinfo=UTC).timestamp())
        for y in range(1970, 2101)
        for m in range(1, 13)
    ]
    problems = []
    for name, group in itertools.groupby(rows, key=lambda r: r[0].decode()):
        zone = ZoneInfo(name)

        def off(t: int, zone: ZoneInfo = zone) -> int:
            o = datetime.fromtimestamp(t, zone).utcoffset()
            assert o is not None
            return int(o.total_seconds())

        table = list(group)
        starts = [r[1] for r in table]
        for _, at, offset, prev in table[1:]:
            if (off(at - 1), off(at)) != (prev, offset):
                problems.append(
                    f"{name} at {at}: table {prev}->{offset}, zoneinfo {off(at - 1)}->{off(at)}"
                )
        for t in samples:
            stored = table[bisect.bisect_right(starts, t) - 1][2]
            if stored != off(t):
                problems.append(f"{name} at {datetime.fromtimestamp(t, UTC)}: {stored} != {off(t)}")
    assert not problems, f"{len(problems)} differences:\n" + "\n".join(problems[:10])


# ---------------------------------------------------------------- examples and walks


@pytest.mark.parametrize("group", EXAMPLES)
def test_examples(my: Conn, group: str) -> None:
    cases, expected = _example_cases(group)
    assert_all_match(cases, expected, cron_next_many(my, cases))


@pytest.mark.parametrize(("expr", "after", "tz", "steps"), WALKS)
def test_walks_across_transitions(
    my: Conn, expr: str, after: str, tz: str, steps: list[str]
) -> None:
    """Repeated calls and cron_preview: the pinned sequences, never backwards nor twice."""
    expected = [_utc(t) for t in _walk_expectations(after, steps)]
    case = (expr, datetime.fromisoformat(after), tz)
    got = walk(my, case, len(expected))
    assert got == expected, [fmt(t, tz) for t in got]
    assert preview(my, case, len(expected)) == expected
    long_walk = preview(my, (expr, datetime.fromisoformat(after) - timedelta(days=2), tz), 400)
    assert all(isinstance(t, datetime) for t in long_walk), long_walk[:1]
    assert all(a < b for a, b in itertools.pairwise(long_walk)), "not strictly increasing"  # type: ignore[operator]


@pytest.mark.parametrize(
    "tz", [None, "UTC", "Etc/UTC", "America/Argentina/Buenos_Aires", "US/Eastern", "Etc/GMT-14"]
)
def test_accepted_zones(my: Conn, tz: str | None) -> None:
    after = datetime(2024, 7, 1, 12, 34, 56, tzinfo=UTC)
    assert cron_next_many(my, [("0 9 * * mon", after, tz)]) == [
        oracle.next_fire("0 9 * * mon", after, tz)
    ]


def test_parsed_form_gives_the_same_answers(my: Conn) -> None:
    """cron_parse once + cron_next_spec (what a schedule may store) = cron_next."""
    after = datetime(2024, 3, 30, 12, 0)
    for expr, tz in [("30 2 * * *", "Europe/Berlin"), ("*/7 1-3 * * sun", "America/New_York")]:
        rows = call(
            my,
            "SELECT durable.cron_next_spec(durable.cron_parse(%s), %s, %s),"
            " durable.cron_next(%s, %s, %s)",
            (expr, after, tz, expr, after, tz),
        )
        assert not isinstance(rows, str), rows
        assert rows[0][0] == rows[0][1]
    assert call(my, "SELECT durable.cron_parse('*/15 0 * * 1-5')") == [
        (f"1 {sum(1 << m for m in range(0, 60, 15))} 1 {(1 << 32) - 2} {(1 << 13) - 2} 62 2",)
    ]


def test_reinstalling_replaces_everything(my: Conn) -> None:
    """Re-applying the CRON section (how new tzdata is installed) works over an installed copy."""
    before = call(my, "SELECT COUNT(*) FROM durable.tz_transitions")
    install(my)
    assert call(my, "SELECT COUNT(*) FROM durable.tz_transitions") == before
    rows = call(
        my,
        "SELECT COUNT(*) FROM durable.tz_transitions"
        " WHERE prev_offset IS NULL OR next_at IS NULL OR next_at <= at_utc",
    )
    assert rows == [(0,)]


# ---------------------------------------------------------------- the DST rule after 2038


def _transitions(tz: str, year: int) -> list[datetime]:
    zone = ZoneInfo(tz)
    t, end, out = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC), []
    while t < end:
        if (t + timedelta(hours=6)).astimezone(zone).utcoffset() != t.astimezone(zone).utcoffset():
            lo, hi = t, t + timedelta(hours=6)
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(zone).utcoffset() == lo.astimezone(zone).utcoffset():
                    lo = mid
                else:
                    hi = mid
            out.append(hi.replace(microsecond=0))
        t += timedelta(hours=6)
    return out


FAR_ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/St_Johns"]


@pytest.mark.parametrize("tz", FAR_ZONES)
@pytest.mark.parametrize("year", [2039, 2067, 2099])
def test_gap_and_overlap_after_2038(my: Conn, tz: str, year: int) -> None:
    """Wall times inside each gap and overlap of a far year (zoneinfo's recurring rule,
    beyond the oracle's zone scan): a gap time fires once, shifted by the gap; a repeated
    time fires at its first occurrence only, and in both passes when the hour is '*'."""
    zone = ZoneInfo(tz)
    moments = _transitions(tz, year)
    assert len(moments) == 2, moments
    cases: list[Case] = []
    expected: list[Result] = []
    once: list[tuple[Case, datetime]] = []  # (case, an instant the answer must be after)
    for moment in moments:
        o_before, o_after = (
            (moment + d).astimezone(zone).utcoffset() for d in (timedelta(seconds=-1), ZERO)
        )
        assert o_before is not None and o_after is not None
        start = moment.replace(tzinfo=None) + min(o_before, o_after)  # the window's wall times
        width = abs(o_after - o_before) // timedelta(minutes=1)
        for minutes in (0, width // 2, width - 1):
            wall = start + timedelta(minutes=minutes)
            named = f"{wall.minute} {wall.hour} {wall.day} {wall.month} *"
            first, *second = oracle.instants(wall, tz, hour_is_star=True)
            cases.append((named, moment - timedelta(days=1), tz))
            expected.append(first)
            if o_after > o_before:  # gap: shifted forward by the gap
                assert first - moment == timedelta(minutes=minutes)
            else:  # overlap: the '*' hour fires again, a named hour does not
                cases.append((f"{wall.minute} * {wall.day} {wall.month} *", first, tz))
                expected.append(second[0])
                once.append(((named, first, tz), second[0]))
    assert_all_match(cases, expected, cron_next_many(my, cases))
    for case, answer in zip(once, cron_next_many(my, [c for c, _ in once]), strict=True):
        assert isinstance(answer, datetime) and answer > case[1], (case, answer)


# ---------------------------------------------------------------- against the oracle


@settings(PROPERTY, max_examples=8, phases=NO_SHRINK)
@given(batch=st.lists(random_cases(), min_size=40, max_size=40))
def test_agrees_with_the_oracle(my: Conn, batch: list[Case]) -> None:
    """Random expressions, instants (1990-2060) and zones."""
    expected = [oracle.next_fire(*case) for case in batch]
    assert_all_match(batch, expected, cron_next_many(my, batch))


@settings(PROPERTY, max_examples=10, phases=NO_SHRINK)
@given(batch=st.lists(near_transition_cases, min_size=30, max_size=30))
def test_agrees_with_the_dst_oracle_near_transitions(my: Conn, batch: list[Case]) -> None:
    expected = [oracle.next_fire(*case) for case in batch]
    assert_all_match(batch, expected, cron_next_many(my, batch))


@settings(PROPERTY, max_examples=8, phases=NO_SHRINK)
@given(
    expr=DST_EXPRS,
    start=near_transition(DST_ZONES + EXTRA_DST_ZONES, st.integers(-3 * 3600, 0)),
)
def test_walking_across_transitions(my: Conn, expr: str, start: tuple[str, datetime]) -> None:
    tz, after = start
    case = (expr, after, tz)
    got = preview(my, case, 24)
    want = oracle_walk(case, 24)
    differ = [
        f"  {i}: expected {fmt(w, tz)}, got {fmt(g, tz)}"
        for i, (w, g) in enumerate(itertools.zip_longest(want, got), 1)
        if w != g
    ]
    assert not differ, "\n".join([f"walk of {expr!r} from {fmt(after, tz)} in {tz}:", *differ[:8]])


# ---------------------------------------------------------------- errors, as PostgreSQL says them


def quote_literal(value: str) -> str:
    """PostgreSQL's quote_literal."""
    if "\\" in value:
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + value.replace("'", "''") + "'"


def fit(message: str, value: str | None) -> str:
    """PostgreSQL's message fitted into MySQL's 128 characters, as the CRON section does: the
    quoted value (the expression or the zone) cut to 40 characters + an ellipsis first,
    then the whole text cut to 127 + an ellipsis."""
    if len(message) > 128 and value is not None and len(value) > 40:
        message = message.replace(quote_literal(value), quote_literal(value[:40] + ELLIPSIS), 1)
    if len(message) > 128:
        message = message[:127] + ELLIPSIS
    return message


# Inputs beyond tests/test_cron_next.py's: quoting, whitespace, long values, edge values.
MORE_BAD_CRONS = [
    "x" * 60 + " * * * *",
    "0 0 * * * " + "1" * 60,
    "0 0 * * \\x",
    "0 0 * * it's",
    "0 0\n0 * *",
    "0 0 * * 1,2\n,3",
    "0 0 * * 99999",
    "0 0 * * 1/99999",
    "0 l * * *",
    "0 lw * * *",
    "0 0 * * 5-0",
    "0 0 31 2,4 *",
    "@daily x y z w",
    "0",
    "0 0 * * * 2030 1",
    "0 0 * * mön",
    "0 0 * * é",
]
GOOD_ODD_CRONS = ["0 0 * * 1\n", "0 0 * * 1/00005", "\t0 0 * * *\r\n", "0 0 * * * 1"]
MORE_BAD_ZONES = ["Europe/" * 30, "Europe/Berlin\n", "Etc/../Europe/Berlin"]


def test_errors_are_postgresql_s(my: Conn, dsn: str) -> None:
    """Same SQLSTATE and text (fitted) as the PostgreSQL engine, for every bad input."""
    after = datetime(2024, 1, 1)
    inputs: list[tuple[str | None, str | None, str | None]] = [  # cron, zone, the value
        (expr, "UTC", expr) for expr, *_ in BAD_CRONS
    ]
    inputs += [(expr, "UTC", expr) for expr in MORE_BAD_CRONS + GOOD_ODD_CRONS]
    inputs += [("0 0 * * *", zone, zone) for zone in BAD_ZONES + MORE_BAD_ZONES]
    problems = []
    with psycopg.connect(dsn, autocommit=True) as pg:
        for expr, zone, value in inputs:
            try:
                row = pg.execute(
                    "SELECT durable.cron_next(%s, %s, %s)", (expr, after.replace(tzinfo=UTC), zone)
                )
                want: Result = _utc(row.fetchone()[0])  # type: ignore[index]
            except psycopg.Error as e:
                want = f"ERROR {e.sqlstate}: {fit(e.diag.message_primary or '', value)}"
            got = (
                cron_next_many(my, [(expr or "", after.replace(tzinfo=UTC), zone)])[0]
                if expr is not None
                else call(my, "SELECT durable.cron_next(NULL, %s, %s)", (after, zone))
            )
            if isinstance(got, list):
                got = got[0][0]
            if got != want:
                problems.append(
                    f"{expr!r} in {zone!r}:\n    PostgreSQL {want}\n    MySQL      {got}"
                )
    assert not problems, f"{len(problems)} differ:\n" + "\n".join(problems)


def test_bad_after_and_count(my: Conn) -> None:
    assert call(my, "SELECT durable.cron_next('0 0 * * *', NULL, 'UTC')") == (
        "ERROR DS001: after must be a finite timestamp, got NULL"
    )
    assert call(my, "SELECT durable.cron_next('0 0 * * *', '9995-01-01', 'UTC')") == (
        "ERROR DS001: after must lie between 1000-01-02 and 9990-01-01 UTC,"
        " got 9995-01-01 00:00:00.000000"
    )
    for count in (0, 1001):
        assert call(
            my, "CALL durable.cron_preview('0 0 * * *', '2024-01-01', 'UTC', %s)", (count,)
        ) == (f"ERROR DS001: count must be between 1 and 1000, got {count}")
    rows = call(my, "CALL durable.cron_preview('0 0 * * *', '2024-01-01', NULL, NULL)")
    assert rows == [(datetime(2024, 1, d),) for d in range(2, 7)]  # NULL: UTC, 5 rows
    assert call(
        my, "SELECT durable.check_time_zone('Europe/Berlin'), durable.check_time_zone('UTC')"
    ) == [(None, None)]
    assert str(call(my, "SELECT durable.check_time_zone('CET')")).startswith(
        "ERROR DS012: unknown time zone 'CET'"
    )


def test_whitespace_at_the_ends_is_whitespace(my: Conn) -> None:
    """A known difference: the PostgreSQL engine trims E' \\t\\n\\r\\f\\v', where
    PostgreSQL reads \\v as the letter v (so it accepts 'v0 0 * * *' and rejects a
    trailing vertical tab).  The port trims what the rule says: whitespace, \\v included.
    """
    after = datetime(2024, 1, 1, tzinfo=UTC)
    assert cron_next_many(my, [("\x0b0 0 * * *\x0b", after, "UTC")]) == [
        datetime(2024, 1, 2, tzinfo=UTC)
    ]
    assert cron_next_many(my, [("v0 0 * * *", after, "UTC")]) == [
        "ERROR DS011: cron 'v0 0 * * *': minute item 'v0' is not valid: expected *, a value"
        " or a range a-b, optionally followed by /step"
    ]
