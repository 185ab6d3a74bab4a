"""durable.cron_next(cron, after, timezone): properties, daylight-saving examples, errors.

* Away from UTC-offset changes the function must agree with croniter's own tz-aware
  ``get_next`` (normalised to the spec, see tests/cron_oracle.py) on thousands of random
  expressions, instants (1990-2060, sub-second parts) and zones.
* Near transitions it must agree with tests/cron_oracle.py ``next_fire``, which applies
  the pinned Vixie-cron rule on top of croniter's calendar matching.
* The DST rules, the day rule and the error codes are also pinned by hand-written
  examples whose expected values do not come from any oracle.

Many cases go to the database per round trip (one query over unnest() arrays), and the
hypothesis tests use one synchronous psycopg connection for all their examples (the
function is read-only).
"""

from __future__ import annotations

import functools
import itertools
import random
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import asyncpg
import psycopg
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests import cron_oracle as oracle
from tests.cron_oracle import FIELD_SPECS

Case = tuple[str, datetime, str | None]  # (cron, after, timezone)
Result = datetime | str  # a timestamp, or "ERROR <sqlstate>: <message>"

ZONES: list[str | None] = [
    "UTC",
    None,  # NULL: UTC
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "America/Sao_Paulo",
    "Pacific/Auckland",
    "Asia/Tokyo",
    "Africa/Casablanca",
    "America/St_Johns",
    "Asia/Kathmandu",
    "Pacific/Chatham",
]
# Zones whose transitions the near-transition tests draw from; Kolkata (no DST since
# 1945) is the control and borrows Berlin's transition dates.
DST_ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"]
EXTRA_DST_ZONES = ["America/Sao_Paulo", "America/St_Johns", "Africa/Casablanca", "Pacific/Chatham"]
FIRST, LAST = datetime(1990, 1, 1, tzinfo=UTC), datetime(2061, 1, 1, tzinfo=UTC)
ZERO = timedelta(0)
MARGIN = timedelta(days=1)  # no offset change this close to [after, answer] for croniter

# A failure already lists each differing case (expression, after, zone, expected, got),
# and shrinking batches of expensive cases would take minutes: no shrink phase.
NO_SHRINK = [Phase.explicit, Phase.reuse, Phase.generate]
PROPERTY = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)


# ---------------------------------------------------------------- database access


@pytest.fixture
def conn(dsn: str) -> Iterator[psycopg.Connection[Any]]:
    """A synchronous connection for the hypothesis tests (reused by all their examples)."""
    with psycopg.connect(dsn, autocommit=True) as c:
        yield c


BATCH_SQL = """
SELECT durable.cron_next(t.c, t.a, t.z)
FROM unnest(%s::text[], %s::timestamptz[], %s::text[]) WITH ORDINALITY AS t(c, a, z, i)
ORDER BY t.i
"""

WALK_SQL = """
WITH RECURSIVE w(n, t) AS (
    SELECT 1, durable.cron_next(%(c)s::text, %(a)s::timestamptz, %(z)s::text)
    UNION ALL
    SELECT n + 1, durable.cron_next(%(c)s::text, t, %(z)s::text) FROM w WHERE n < %(k)s
)
SELECT t FROM w ORDER BY n
"""


def _utc(t: Any) -> Any:
    """Instants in UTC: aware datetimes of a zone compare unequal in a fold or gap (PEP 495)."""
    return t.astimezone(UTC) if isinstance(t, datetime) else t


def _error(e: psycopg.Error) -> str:
    return f"ERROR {e.sqlstate}: {e.diag.message_primary}"


def cron_next_many(conn: psycopg.Connection[Any], cases: Sequence[Case]) -> list[Result]:
    """durable.cron_next for every case, in one round trip (one per case on an error)."""
    if not cases:
        return []
    columns = [list(column) for column in zip(*cases, strict=True)]
    try:
        return [_utc(row[0]) for row in conn.execute(BATCH_SQL, columns).fetchall()]
    except psycopg.Error:
        pass
    out: list[Result] = []
    for case in cases:
        try:
            row = conn.execute("SELECT durable.cron_next(%s::text, %s, %s::text)", case)
            out.append(_utc(row.fetchone()[0]))  # type: ignore[index]
        except psycopg.Error as e:
            out.append(_error(e))
    return out


def walk(conn: psycopg.Connection[Any], case: Case, steps: int) -> list[Result]:
    """``steps`` successive fire times, each call's `after` being the previous answer."""
    expr, after, tz = case
    try:
        rows = conn.execute(WALK_SQL, {"c": expr, "a": after, "z": tz, "k": steps}).fetchall()
    except psycopg.Error as e:
        return [_error(e)]
    return [_utc(row[0]) for row in rows]


def oracle_walk(case: Case, steps: int) -> list[Result]:
    expr, after, tz = case
    out: list[Result] = []
    for _ in range(steps):
        after = oracle.next_fire(expr, after, tz)
        out.append(after)
    return out


# ---------------------------------------------------------------- readable failures


def fmt(t: Result | None, tz: str | None) -> str:
    if not isinstance(t, datetime):
        return str(t)
    local = t.astimezone(oracle.zone_of(tz)).isoformat()
    return f"{local} (= {t.astimezone(UTC).isoformat().replace('+00:00', 'Z')})"


def describe(case: Case, expected: Result, got: Result) -> str:
    expr, after, tz = case
    return (
        f"cron_next({expr!r}, after => {fmt(after, tz)}, timezone => {tz!r}):\n"
        f"    expected {fmt(expected, tz)}\n"
        f"    got      {fmt(got, tz)}"
    )


def assert_all_match(
    cases: Sequence[Case], expected: Sequence[Result], got: Sequence[Result]
) -> None:
    bad = [
        describe(c, e, g)
        for c, e, g in zip(cases, expected, got, strict=True)
        if _utc(e) != _utc(g)
    ]
    assert not bad, f"{len(bad)} of {len(cases)} cases differ:\n" + "\n".join(bad[:12])


# ---------------------------------------------------------------- strategies


# Field texts come from pools made once by a seeded generator (one hypothesis draw per
# field instead of dozens keeps thousands of cases fast); hypothesis picks, combines and
# shrinks them (towards the simple texts at the front of each pool).

POOL_SIZE = 1500


@functools.cache
def _names(field: str) -> dict[int, str]:
    return {v: k for k, v in FIELD_SPECS[field][2].items()}


def _random_token(r: random.Random, field: str, low: int) -> tuple[str, int]:
    """A value of the field >= low, as a number or (a third of the time) a name."""
    value = r.randint(low, FIELD_SPECS[field][1])
    names = _names(field)
    if value in names and r.random() < 1 / 3:
        name = names[value]
        return r.choice([name, name.upper(), name.title(), name[:2].upper() + name[2]]), value
    return str(value), value


def _random_item(r: random.Random, field: str) -> str:
    """*/n, a value, a-b, a-b/n, a/n or (rarely) a bare * (values: numbers or names)."""
    lo, hi, _ = FIELD_SPECS[field]
    step = r.randint(1, 6) if r.random() < 0.6 else r.randint(1, hi - lo + 2)
    kind = r.choices(["*/n", "v", "a-b", "a-b/n", "a/n", "*"], [12, 30, 25, 15, 15, 3])[0]
    if kind in ("*", "*/n"):
        return "*" if kind == "*" else f"*/{step}"
    a, value = _random_token(r, field, lo)
    if kind == "v":
        return a
    if kind == "a/n":
        return f"{a}/{step}"
    b, _ = _random_token(r, field, value if r.random() < 0.9 else lo)
    if _parse_value(field, b) < value:
        a, b = b, a
    return f"{a}-{b}" if kind == "a-b" else f"{a}-{b}/{step}"


def _parse_value(field: str, token: str) -> int:
    return int(token) if token.isdigit() else FIELD_SPECS[field][2][token.lower()]


@functools.cache
def pool(field: str) -> list[str]:
    """Non-* texts of one field: a few simple ones first, then random lists of 1-3 items."""
    r = random.Random(f"cron-pool-{field}")
    lo, hi, _ = FIELD_SPECS[field]
    texts = [str(lo), str(hi), f"{lo}-{hi}", "*/2"]
    while len(texts) < POOL_SIZE:
        n = r.choices([1, 2, 3], [60, 30, 10])[0]
        text = ",".join(_random_item(r, field) for _ in range(n))
        if text not in texts:
            texts.append(text)
    return texts


@functools.cache
def field_texts(field: str, star_percent: int) -> st.SearchStrategy[str]:
    """``*`` (star_percent of the time) or a text from the field's pool."""
    texts = st.sampled_from(pool(field))

    @st.composite
    def text(draw: st.DrawFn) -> str:
        return "*" if draw(st.integers(0, 99)) < star_percent else draw(texts)

    return text()


# one draw per expression: how its fields are separated (single spaces first)
_r = random.Random("cron-separators")
SEPARATORS = st.sampled_from(
    [(" ",) * 5]
    + [tuple(_r.choice([" ", " ", "  ", "\t", " \t "]) for _ in range(5)) for _ in range(40)]
)


def _valid(expr: str) -> bool:
    try:
        oracle.parse(expr)
    except oracle.CronSyntaxError:
        return False
    return True


def cron_exprs(
    second: st.SearchStrategy[str] | None = None,
    minute: st.SearchStrategy[str] | None = None,
    hour: st.SearchStrategy[str] | None = None,
    dom: st.SearchStrategy[str] | None = None,
    month: st.SearchStrategy[str] | None = None,
    dow: st.SearchStrategy[str] | None = None,
    six_percent: int = 35,
) -> st.SearchStrategy[str]:
    """Valid expressions (5 or 6 fields); a field's strategy defaults to random fields."""
    fields = [
        field_texts("minute", 20) if minute is None else minute,
        field_texts("hour", 30) if hour is None else hour,
        field_texts("day-of-month", 50) if dom is None else dom,
        field_texts("month", 60) if month is None else month,
        field_texts("day-of-week", 50) if dow is None else dow,
    ]
    seconds = field_texts("second", 20) if second is None else second

    @st.composite
    def build(draw: st.DrawFn) -> str:
        parts = [draw(f) for f in fields]
        if draw(st.integers(0, 99)) < six_percent:
            parts.insert(0, draw(seconds))
        seps = draw(SEPARATORS)
        return parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=False))

    return build().filter(_valid)


SPAN = st.integers(0, (LAST - FIRST) // timedelta(microseconds=1) - 1)
GRAINS = st.sampled_from(["us", "us", "second", "minute", "minute", "hour", "day"])


def draw_instant(draw: st.DrawFn, tz: str | None) -> datetime:
    """An instant in [1990, 2060], often floored to a local second/minute/hour/day."""
    t = FIRST + timedelta(microseconds=draw(SPAN))
    grain = draw(GRAINS)
    if grain != "us":
        zone = oracle.zone_of(tz)
        wall = t.astimezone(zone).replace(tzinfo=None, microsecond=0)
        if grain != "second":
            wall = wall.replace(second=0)
        if grain in ("hour", "day"):
            wall = wall.replace(minute=0)
        if grain == "day":
            wall = wall.replace(hour=0)
        t = wall.replace(tzinfo=zone).astimezone(UTC)
    return t


RANDOM_EXPRS = cron_exprs()


@st.composite
def random_cases(draw: st.DrawFn) -> Case:
    tz = draw(st.sampled_from(ZONES))
    return draw(RANDOM_EXPRS), draw_instant(draw, tz), tz


@st.composite
def utc_instants(draw: st.DrawFn) -> datetime:
    return draw_instant(draw, "UTC")


def curated(options: list[str], field: str, star_percent: int) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(options), field_texts(field, star_percent))


# Expressions that fire at the hours and minutes where transitions happen.
DST_EXPRS = cron_exprs(
    second=curated(["0", "*/20", "30", "59", "*"], "second", 20),
    minute=curated(["*", "0", "30", "*/15", "0,30", "15,45", "*/7", "59", "45"], "minute", 20),
    hour=curated(
        ["*", "*", "*/1", "0-23", "0", "1", "2", "3", "23", "1,2,3", "2-3", "1-3/2", "*/2"],
        "hour",
        30,
    ),
    dom=curated(["*", "*", "*", "*", "*", "1-31", "*/2"], "day-of-month", 50),
    month=curated(["*", "*", "*"], "month", 60),
    dow=curated(["*", "*", "*", "0", "sun", "7", "sat,sun", "1-5"], "day-of-week", 50),
    six_percent=30,
)

TRANSITIONS = {
    tz: oracle.transitions_in("Europe/Berlin" if tz == "Asia/Kolkata" else tz, 1990, 2060)
    for tz in DST_ZONES + EXTRA_DST_ZONES
}


HOURS = st.integers(-3 * 3600, 3 * 3600)
DAYS = st.integers(-4 * 86400, 4 * 86400)


@st.composite
def near_seconds(draw: st.DrawFn) -> int:
    """Seconds from a transition: within 3 hours two times out of three, else 4 days."""
    return draw(HOURS) if draw(st.integers(0, 2)) else draw(DAYS)


NEAR = near_seconds()
MICROS = st.sampled_from([0, 0, 0, 1, 999_999, 500_000])


def near_transition(
    zones: list[str], near: st.SearchStrategy[int] = NEAR
) -> st.SearchStrategy[tuple[str, datetime]]:
    """A zone and an instant a few hours (or days) from one of its transitions."""

    @st.composite
    def pick(draw: st.DrawFn) -> tuple[str, datetime]:
        tz = draw(st.sampled_from(zones))
        moment = draw(st.sampled_from(TRANSITIONS[tz]))
        seconds = draw(near)
        if draw(st.booleans()):
            seconds -= seconds % 60
        return tz, moment + timedelta(seconds=seconds, microseconds=draw(MICROS))

    return pick()


NEAR_TRANSITION = near_transition(DST_ZONES * 3 + EXTRA_DST_ZONES)


@st.composite
def generic_near_transition_cases(draw: st.DrawFn) -> Case:
    tz, after = draw(NEAR_TRANSITION)
    return draw(DST_EXPRS), after, tz


@st.composite
def targeted_cases(draw: st.DrawFn) -> Case:
    """An expression naming a wall time inside a gap or overlap, `after` just before it."""
    tz = draw(st.sampled_from(DST_ZONES[:3] + EXTRA_DST_ZONES))
    moment = draw(st.sampled_from(TRANSITIONS[tz]))
    zone = oracle.zone_of(tz)
    offsets = [(moment + d).astimezone(zone).utcoffset() for d in (-timedelta(seconds=1), ZERO)]
    start = moment.replace(tzinfo=None) + min(offsets)  # the wall-clock window of the
    width = abs(offsets[1] - offsets[0]) // timedelta(minutes=1)  # gap or overlap
    wall = start + timedelta(minutes=draw(st.integers(0, width - 1)))
    m, h = wall.minute, wall.hour
    minute = draw(st.sampled_from([str(m), "*", f"{(m + 20) % 60},{m}", f"{m % 15}/15"]))
    hour = draw(st.sampled_from(["*", str(h), f"{h},{(h + 1) % 24}", "*/1", f"{h}-23", "*,3"]))
    dom = draw(st.sampled_from(["*", "*", str(wall.day), f"{wall.day},1"]))
    dow = draw(st.sampled_from(["*", "*", "*", str(wall.isoweekday() % 7), "mon"]))
    second = draw(st.sampled_from([None, None, "0", "*/30", "*"]))
    fields = (
        [minute, hour, dom, "*", dow] if second is None else [second, minute, hour, dom, "*", dow]
    )
    after = moment + timedelta(seconds=draw(st.integers(-2 * 3600, 3600)))
    return " ".join(fields), after, tz


near_transition_cases = st.one_of(targeted_cases(), generic_near_transition_cases())


# ---------------------------------------------------------------- property tests


def test_postgres_and_python_share_the_zone_data(conn: psycopg.Connection[Any]) -> None:
    """The oracles use Python's zoneinfo: PostgreSQL's tzdata must say the same.

    If this fails, the other tests' differences in those zones are a tzdata-version
    mismatch between the server and Python, not a bug of cron_next.
    """
    instants, zones = [], []
    for tz in [z for z in ZONES if z is not None]:
        moments = [datetime(y, m, 1, tzinfo=UTC) for y in range(1990, 2071) for m in (1, 7)]
        for t in oracle.transitions_in(tz, 1990, 2070):
            moments += [t - timedelta(seconds=1), t]
        instants += moments
        zones += [tz] * len(moments)
    rows = conn.execute(
        "SELECT t.a AT TIME ZONE t.z FROM unnest(%s::timestamptz[], %s::text[])"
        " WITH ORDINALITY AS t(a, z, i) ORDER BY t.i",
        [instants, zones],
    ).fetchall()
    differ = [
        f"{tz} at {t.isoformat()}: PostgreSQL {row[0]}, Python {local}"
        for t, tz, row in zip(instants, zones, rows, strict=True)
        if row[0] != (local := t.astimezone(oracle.zone_of(tz)).replace(tzinfo=None))
    ]
    assert not differ, f"{len(differ)} wall clocks differ:\n" + "\n".join(differ[:10])


@settings(PROPERTY, max_examples=120, phases=NO_SHRINK)
@given(batch=st.lists(random_cases(), min_size=30, max_size=40))
def test_agrees_with_croniter_away_from_transitions(
    conn: psycopg.Connection[Any], batch: list[Case]
) -> None:
    cases, expected = [], []
    for expr, after, tz in batch:
        want = oracle.croniter_next(expr, after, tz)
        if oracle.transition_between(tz or "UTC", after - MARGIN, want + MARGIN):
            continue  # croniter's own DST handling departs from the pinned rule
        cases.append((expr, after, tz))
        expected.append(want)
    assert_all_match(cases, expected, cron_next_many(conn, cases))


@settings(PROPERTY, max_examples=80, phases=NO_SHRINK)
@given(batch=st.lists(near_transition_cases, min_size=20, max_size=30))
def test_agrees_with_the_dst_oracle_near_transitions(
    conn: psycopg.Connection[Any], batch: list[Case]
) -> None:
    expected = [oracle.next_fire(*case) for case in batch]
    assert_all_match(batch, expected, cron_next_many(conn, batch))


@settings(PROPERTY, max_examples=40, phases=NO_SHRINK)
@given(
    expr=DST_EXPRS,
    start=near_transition(DST_ZONES + EXTRA_DST_ZONES, st.integers(-3 * 3600, 0)),
)
def test_walking_across_transitions(
    conn: psycopg.Connection[Any], expr: str, start: tuple[str, datetime]
) -> None:
    """Each answer fed back as `after`: strictly increasing, and the oracle's sequence."""
    tz, after = start
    case = (expr, after, tz)
    got = walk(conn, case, 24)
    assert all(isinstance(t, datetime) for t in got), f"walk of {expr!r} in {tz}: {got[-1]}"
    want = oracle_walk(case, 24)
    differ = [
        f"  {i}: expected {fmt(w, tz)}, got {fmt(g, tz)}"
        for i, (w, g) in enumerate(itertools.zip_longest(want, got), 1)
        if w != g
    ]
    assert not differ, "\n".join([f"walk of {expr!r} from {fmt(after, tz)} in {tz}:", *differ[:8]])


# Oracle self-checks (no database): its DST rule must not change anything away from
# transitions, and croniter's calendar matching is checked against brute force.


@settings(PROPERTY, max_examples=60, phases=NO_SHRINK)
@given(batch=st.lists(random_cases(), min_size=10, max_size=10))
def test_oracle_agrees_with_croniter_away_from_transitions(batch: list[Case]) -> None:
    for expr, after, tz in batch:
        want = oracle.croniter_next(expr, after, tz)
        if oracle.transition_between(tz or "UTC", after - MARGIN, want + MARGIN):
            continue
        got = oracle.next_fire(expr, after, tz)
        assert got == want, describe((expr, after, tz), want, got)


@settings(PROPERTY, max_examples=150)
@given(
    expr=cron_exprs(
        second=field_texts("second", 50),
        minute=field_texts("minute", 40),
        hour=field_texts("hour", 50),
        dom=field_texts("day-of-month", 70),
        month=field_texts("month", 85),
        dow=field_texts("day-of-week", 60),
        six_percent=20,
    ),
    after=utc_instants(),
)
def test_oracle_against_brute_force(expr: str, after: datetime) -> None:
    """In UTC: the answer matches, and no whole second between `after` and it does."""
    cron = oracle.parse(expr)
    got = oracle.next_fire(expr, after, "UTC").astimezone(UTC)
    assert cron.matches(got.replace(tzinfo=None)), (expr, after, got)
    step = timedelta(seconds=1) if cron.has_seconds else timedelta(minutes=1)
    t = (after + step).replace(microsecond=0)
    if not cron.has_seconds:
        t = t.replace(second=0)
    limit = min(got, t + 3000 * step)
    while t < limit:
        assert not cron.matches(t.replace(tzinfo=None)), (expr, after, t, got)
        t += step


# ---------------------------------------------------------------- examples


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


# Expectations worked out by hand from the spec: {group: (zone, [(cron, after, expected)])}.
EXAMPLES: dict[str, tuple[str | None, list[tuple[str, str, str]]]] = {
    "berlin-spring-gap": (
        "Europe/Berlin",
        [
            ("30 2 * * *", "2024-03-30T12:00:00Z", "2024-03-31T03:30:00+02:00"),
            ("0 2 * * *", "2024-03-30T12:00:00Z", "2024-03-31T03:00:00+02:00"),
            ("59 2 * * *", "2024-03-30T12:00:00Z", "2024-03-31T03:59:00+02:00"),
            ("30 30 2 * * *", "2024-03-30T12:00:00Z", "2024-03-31T03:30:30+02:00"),
            ("30 2 31 3 *", "2024-01-01T00:00:00Z", "2024-03-31T03:30:00+02:00"),
            # a slot never fires twice at one instant: 02:30 (shifted) and 03:30 coincide
            ("30 2,3 * * *", "2024-03-30T12:00:00Z", "2024-03-31T03:30:00+02:00"),
            ("30 2,3 * * *", "2024-03-31T03:30:00+02:00", "2024-04-01T02:30:00+02:00"),
            # the whole 02:xx hour is shifted into 03:xx
            ("* 2 * * *", "2024-03-31T01:59:00+01:00", "2024-03-31T03:00:00+02:00"),
            ("* 2 * * *", "2024-03-31T03:58:30+02:00", "2024-03-31T03:59:00+02:00"),
            ("* 2 * * *", "2024-03-31T03:59:00+02:00", "2024-04-01T02:00:00+02:00"),
            # wildcard hours keep firing every 15 real minutes
            ("*/15 * * * *", "2024-03-31T01:45:00+01:00", "2024-03-31T03:00:00+02:00"),
            ("*/15 * * * *", "2024-03-31T03:00:00+02:00", "2024-03-31T03:15:00+02:00"),
        ],
    ),
    "berlin-fall-overlap": (
        "Europe/Berlin",
        [
            # hour exactly '*': both passes
            ("30 * * * *", "2024-10-27T01:30:00+02:00", "2024-10-27T02:30:00+02:00"),
            ("30 * * * *", "2024-10-27T02:30:00+02:00", "2024-10-27T02:30:00+01:00"),
            ("30 * * * *", "2024-10-27T02:30:00+01:00", "2024-10-27T03:30:00+01:00"),
            ("0 30 * * * *", "2024-10-27T02:30:00+02:00", "2024-10-27T02:30:00+01:00"),
            ("*/15 * * * *", "2024-10-27T02:45:00+02:00", "2024-10-27T02:00:00+01:00"),
            # any other hour field: the first occurrence only
            ("30 2 * * *", "2024-10-26T12:00:00Z", "2024-10-27T02:30:00+02:00"),
            ("30 2 * * *", "2024-10-27T02:30:00+02:00", "2024-10-28T02:30:00+01:00"),
            ("0 2 * * *", "2024-10-26T12:00:00Z", "2024-10-27T02:00:00+02:00"),
            ("30 */1 * * *", "2024-10-27T02:30:00+02:00", "2024-10-27T03:30:00+01:00"),
            ("30 0-23 * * *", "2024-10-27T02:30:00+02:00", "2024-10-27T03:30:00+01:00"),
            ("30 2-3 * * *", "2024-10-27T02:30:00+02:00", "2024-10-27T03:30:00+01:00"),
            ("0 3 * * *", "2024-10-27T02:40:00+02:00", "2024-10-27T03:00:00+01:00"),
        ],
    ),
    "berlin-after-in-first-pass": (
        "Europe/Berlin",
        [
            ("30 * * * *", "2024-10-27T02:40:00+02:00", "2024-10-27T02:30:00+01:00"),
            ("30 2 * * *", "2024-10-27T02:40:00+02:00", "2024-10-28T02:30:00+01:00"),
            ("*/15 * * * *", "2024-10-27T02:40:00+02:00", "2024-10-27T02:45:00+02:00"),
            ("45 2 * * *", "2024-10-27T02:40:00+02:00", "2024-10-27T02:45:00+02:00"),
        ],
    ),
    "berlin-after-in-second-pass": (
        "Europe/Berlin",
        [
            ("30 * * * *", "2024-10-27T02:10:00+01:00", "2024-10-27T02:30:00+01:00"),
            ("30 2 * * *", "2024-10-27T02:10:00+01:00", "2024-10-28T02:30:00+01:00"),
            ("0 2 * * *", "2024-10-27T02:10:00+01:00", "2024-10-28T02:00:00+01:00"),
            ("*/15 * * * *", "2024-10-27T02:10:00+01:00", "2024-10-27T02:15:00+01:00"),
            ("* * * * * *", "2024-10-27T02:10:00.5+01:00", "2024-10-27T02:10:01+01:00"),
        ],
    ),
    "new-york": (
        "America/New_York",
        [
            ("30 2 * * *", "2024-03-09T12:00:00Z", "2024-03-10T03:30:00-04:00"),
            ("0,30 * * * *", "2024-03-10T01:30:00-05:00", "2024-03-10T03:00:00-04:00"),
            ("0,30 * * * *", "2024-03-10T03:00:00-04:00", "2024-03-10T03:30:00-04:00"),
            ("30 1 * * *", "2024-11-02T12:00:00Z", "2024-11-03T01:30:00-04:00"),
            ("30 1 * * *", "2024-11-03T01:30:00-04:00", "2024-11-04T01:30:00-05:00"),
            ("30 * * * *", "2024-11-03T01:30:00-04:00", "2024-11-03T01:30:00-05:00"),
            ("0 1 * * *", "2024-11-03T01:10:00-05:00", "2024-11-04T01:00:00-05:00"),
        ],
    ),
    "lord-howe-30-minutes": (
        "Australia/Lord_Howe",
        [
            # spring 2024-10-06: 02:00 +10:30 -> 02:30 +11
            ("15 2 * * *", "2024-10-05T00:00:00Z", "2024-10-06T02:45:00+11:00"),
            ("0 2 * * *", "2024-10-05T00:00:00Z", "2024-10-06T02:30:00+11:00"),
            ("0,30 2 * * *", "2024-10-05T00:00:00Z", "2024-10-06T02:30:00+11:00"),
            ("0,30 2 * * *", "2024-10-06T02:30:00+11:00", "2024-10-07T02:00:00+11:00"),
            ("*/15 * * * *", "2024-10-06T01:45:00+10:30", "2024-10-06T02:30:00+11:00"),
            ("*/15 * * * *", "2024-10-06T02:30:00+11:00", "2024-10-06T02:45:00+11:00"),
            # fall 2024-04-07: 02:00 +11 -> 01:30 +10:30
            ("45 1 * * *", "2024-04-06T00:00:00Z", "2024-04-07T01:45:00+11:00"),
            ("45 1 * * *", "2024-04-07T01:45:00+11:00", "2024-04-08T01:45:00+10:30"),
            ("*/15 * * * *", "2024-04-07T01:45:00+11:00", "2024-04-07T01:30:00+10:30"),
            ("*/15 * * * *", "2024-04-07T01:45:00+10:30", "2024-04-07T02:00:00+10:30"),
            ("30 1 * * *", "2024-04-07T01:35:00+10:30", "2024-04-08T01:30:00+10:30"),
            ("0 2 * * *", "2024-04-06T00:00:00Z", "2024-04-07T02:00:00+10:30"),
        ],
    ),
    "sao-paulo-midnight": (
        "America/Sao_Paulo",
        [
            # spring 2018-11-04: 00:00 -03 -> 01:00 -02 (the day starts at 01:00)
            ("0 0 * * *", "2018-11-03T12:00:00Z", "2018-11-04T01:00:00-02:00"),
            ("30 0 4 11 *", "2018-11-03T12:00:00Z", "2018-11-04T01:30:00-02:00"),
            # fall 2019-02-17: 00:00 -02 -> 23:00 -03 on the 16th
            ("30 23 * * *", "2019-02-16T12:00:00Z", "2019-02-16T23:30:00-02:00"),
            ("30 23 * * *", "2019-02-16T23:30:00-02:00", "2019-02-17T23:30:00-03:00"),
            ("30 * * * *", "2019-02-16T23:40:00-02:00", "2019-02-16T23:30:00-03:00"),
        ],
    ),
    "apia-skipped-day": (
        "Pacific/Apia",
        [
            # 2011-12-29 23:59:59 -10 was followed by 2011-12-31 00:00 +14: a 24-hour gap
            ("0 2 30 12 *", "2011-12-01T00:00:00Z", "2011-12-31T02:00:00+14:00"),
            ("0 2 * * *", "2011-12-29T02:00:00-10:00", "2011-12-31T02:00:00+14:00"),
            ("0 * * * *", "2011-12-29T23:30:00-10:00", "2011-12-31T00:00:00+14:00"),
            ("0 * * * *", "2011-12-31T00:00:00+14:00", "2011-12-31T01:00:00+14:00"),
        ],
    ),
    "no-dst-control": (
        "Asia/Kolkata",
        [
            ("30 2 * * *", "2024-03-30T12:00:00Z", "2024-03-31T02:30:00+05:30"),
            ("30 * * * *", "2024-10-27T00:00:00+05:30", "2024-10-27T00:30:00+05:30"),
        ],
    ),
    "no-dst-quarter-hour-offset": (
        "Asia/Kathmandu",
        [
            ("0 0 * * *", "2024-06-01T00:00:00Z", "2024-06-02T00:00:00+05:45"),
        ],
    ),
    "day-rule-and-fields": (
        "UTC",
        [
            # both day fields restricted: either matches; '*/1' and '0-6' are restrictions
            ("0 0 */1 * */2", "2024-01-02T00:00:00Z", "2024-01-03T00:00:00Z"),
            ("0 0 */2 * 0-6", "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"),
            ("0 0 1-31 * mon", "2024-01-02T00:00:00Z", "2024-01-03T00:00:00Z"),
            ("0 0 13 * 5", "2024-01-01T00:00:00Z", "2024-01-05T00:00:00Z"),
            ("0 0 13 * fri", "2024-01-12T00:00:00Z", "2024-01-13T00:00:00Z"),
            ("0 0 31 2 mon", "2024-02-01T00:00:00Z", "2024-02-05T00:00:00Z"),
            ("0 0 * * *", "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"),
            ("0 0 13 * *", "2024-01-01T00:00:00Z", "2024-01-13T00:00:00Z"),
            ("0 0 * * 5", "2024-01-01T00:00:00Z", "2024-01-05T00:00:00Z"),
            # 7 and 0 are Sunday; a/n = a-max/n (7 is the day-of-week max); a-a is one value
            ("0 0 * * 7", "2024-01-01T00:00:00Z", "2024-01-07T00:00:00Z"),
            ("0 0 * * 1/2", "2024-01-06T00:00:00Z", "2024-01-07T00:00:00Z"),
            ("0 0 * * 7/2", "2024-01-01T00:00:00Z", "2024-01-07T00:00:00Z"),
            ("0 0 * * 5-7", "2024-01-07T00:00:00Z", "2024-01-12T00:00:00Z"),
            ("0 0 * * FRI-7", "2024-01-07T00:00:00Z", "2024-01-12T00:00:00Z"),
            ("0 0 * * 5-5", "2024-01-05T00:00:00Z", "2024-01-12T00:00:00Z"),
            ("0 0 * Mar-mar *", "2024-01-01T00:00:00Z", "2024-03-01T00:00:00Z"),
            ("0 0 * jan/5 *", "2024-02-01T00:00:00Z", "2024-06-01T00:00:00Z"),
            ("10-10 * * * *", "2024-01-01T00:10:00Z", "2024-01-01T01:10:00Z"),
            ("50/20 * * * *", "2024-01-01T00:00:00Z", "2024-01-01T00:50:00Z"),
            ("50/20 * * * *", "2024-01-01T00:50:00Z", "2024-01-01T01:50:00Z"),
            ("0 0 29 2 *", "2024-03-01T00:00:00Z", "2028-02-29T00:00:00Z"),
            # seconds come first in a 6-field expression
            ("30 0 0 * * *", "2024-01-01T00:00:00Z", "2024-01-01T00:00:30Z"),
            ("*/20 * * * * *", "2024-01-01T00:00:40Z", "2024-01-01T00:01:00Z"),
            ("0   1\t*  *  *", "2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z"),
        ],
    ),
    "strictly-after": (
        "UTC",
        [
            ("0 0 * * *", "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"),
            ("0 0 * * *", "2023-12-31T23:59:59.999999Z", "2024-01-01T00:00:00Z"),
            ("0 0 * * *", "2024-01-01T00:00:00.000001Z", "2024-01-02T00:00:00Z"),
            ("* * * * * *", "2024-01-01T00:00:00.5Z", "2024-01-01T00:00:01Z"),
            ("* * * * *", "2024-01-01T00:00:59.999999Z", "2024-01-01T00:01:00Z"),
            ("0 0 1 1 *", "2024-12-31T22:59:59-01:00", "2025-01-01T00:00:00Z"),
            ("0 0 1 1 *", "2024-12-31T23:00:00-01:00", "2026-01-01T00:00:00Z"),
        ],
    ),
    "null-zone-is-utc": (
        None,
        [
            ("0 0 * * *", "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"),
            ("0 9 * * *", "2024-07-01T09:00:00+02:00", "2024-07-01T09:00:00Z"),
        ],
    ),
}


def _example_cases(group: str) -> tuple[list[Case], list[datetime]]:
    tz, examples = EXAMPLES[group]
    return [(expr, at(after), tz) for expr, after, _ in examples], [at(e) for *_, e in examples]


@pytest.mark.parametrize("group", EXAMPLES)
def test_oracle_examples(group: str) -> None:
    """The oracle itself gets the hand-worked examples right."""
    cases, expected = _example_cases(group)
    assert_all_match(cases, expected, [oracle.next_fire(*case) for case in cases])


@pytest.mark.parametrize("group", EXAMPLES)
def test_examples(conn: psycopg.Connection[Any], group: str) -> None:
    cases, expected = _example_cases(group)
    assert_all_match(cases, expected, cron_next_many(conn, cases))


WALKS: list[tuple[str, str, str, list[str]]] = [
    (
        "*/15 * * * *",
        "2024-10-27T01:45:00+02:00",
        "Europe/Berlin",
        [
            "02:00+02",
            "02:15+02",
            "02:30+02",
            "02:45+02",
            "02:00+01",
            "02:15+01",
            "02:30+01",
            "02:45+01",
            "03:00+01",
        ],
    ),
    (
        "30 * * * *",
        "2024-10-27T01:00:00+02:00",
        "Europe/Berlin",
        ["01:30+02", "02:30+02", "02:30+01", "03:30+01"],
    ),
    ("30 2 * * *", "2024-10-27T01:00:00+02:00", "Europe/Berlin", ["02:30+02", "+1d 02:30+01"]),
    (
        "*/15 * * * *",
        "2024-03-31T01:30:00+01:00",
        "Europe/Berlin",
        ["01:45+01", "03:00+02", "03:15+02", "03:30+02"],
    ),
    (
        "0,30 * * * *",
        "2024-03-10T01:15:00-05:00",
        "America/New_York",
        ["01:30-05", "03:00-04", "03:30-04", "04:00-04"],
    ),
    (
        "30 * * * *",
        "2024-11-03T00:45:00-04:00",
        "America/New_York",
        ["01:30-04", "01:30-05", "02:30-05"],
    ),
    (
        "*/15 * * * *",
        "2024-10-06T01:40:00+10:30",
        "Australia/Lord_Howe",
        ["01:45+10:30", "02:30+11", "02:45+11", "03:00+11"],
    ),
    (
        "*/15 * * * *",
        "2024-04-07T01:20:00+11:00",
        "Australia/Lord_Howe",
        ["01:30+11", "01:45+11", "01:30+10:30", "01:45+10:30", "02:00+10:30"],
    ),
]


def _walk_expectations(after: str, steps: list[str]) -> list[datetime]:
    day = at(after).date()
    out = []
    for step in steps:
        d = day
        if step.startswith("+1d "):
            d, step = day + timedelta(days=1), step[4:]
        clock, sign, offset = re.fullmatch(r"(\d\d:\d\d)([+-])(\d\d(?::\d\d)?)", step).groups()
        offset = offset if ":" in offset else offset + ":00"
        out.append(at(f"{d.isoformat()}T{clock}:00{sign}{offset}"))
    return out


@pytest.mark.parametrize(("expr", "after", "tz", "steps"), WALKS)
def test_walks_across_transitions(
    conn: psycopg.Connection[Any], expr: str, after: str, tz: str, steps: list[str]
) -> None:
    """Repeated calls never go backwards nor repeat an instant; pinned sequences."""
    expected = [_utc(t) for t in _walk_expectations(after, steps)]
    case = (expr, at(after), tz)
    assert oracle_walk(case, len(expected)) == expected
    got = walk(conn, case, len(expected))
    assert got == expected, [fmt(t, tz) for t in got]
    long_walk = walk(conn, (expr, at(after) - timedelta(days=2), tz), 400)
    assert all(isinstance(t, datetime) for t in long_walk), long_walk[:1]
    assert all(a < b for a, b in itertools.pairwise(long_walk)), "not strictly increasing"


@pytest.mark.parametrize(
    "tz",
    [None, "UTC", "Etc/UTC", "America/Argentina/Buenos_Aires", "US/Eastern", "Etc/GMT-14"],
)
async def test_accepted_zones(db: asyncpg.Connection, tz: str | None) -> None:
    after = at("2024-07-01T12:34:56Z")
    got = await db.fetchval("SELECT durable.cron_next('0 9 * * mon', $1, $2)", after, tz)
    assert got == oracle.next_fire("0 9 * * mon", after, tz)


async def test_timezone_defaults_to_utc(db: asyncpg.Connection) -> None:
    after = at("2024-07-01T12:34:56Z")
    got = await db.fetchval("SELECT durable.cron_next('0 9 * * *', $1)", after)
    assert got == at("2024-07-02T09:00:00Z")


# ---------------------------------------------------------------- errors

# (cron, field the message must name, text it must quote — besides quoting the whole
# expression, case-insensitively; None: only the SQLSTATE is checked)
BAD_CRONS: list[tuple[str | None, str | None, str | None]] = [
    # out of range
    ("60 * * * *", "minute", "60"),
    ("* 24 * * *", "hour", "24"),
    ("* * 0 * *", "day-of-month", "0"),
    ("* * 32 * *", "day-of-month", "32"),
    ("* * * 0 *", "month", "0"),
    ("* * * 13 *", "month", "13"),
    ("* * * * 8", "day-of-week", "8"),
    ("60 * * * * *", "second", "60"),
    ("* 60 * * * *", "minute", "60"),
    ("1-60 * * * *", "minute", "60"),
    ("* * * * 1,9", "day-of-week", "9"),
    ("* 0-24/2 * * *", "hour", "24"),
    ("-1 * * * *", "minute", "-1"),
    # reversed ranges
    ("5-2 * * * *", "minute", "5-2"),
    ("* 23-1 * * *", "hour", "23-1"),
    ("* * * dec-jan *", "month", "dec-jan"),
    ("* * * * fri-mon", "day-of-week", "fri-mon"),
    ("* * * * 7-1", "day-of-week", "7-1"),
    ("0 0 * * fri-sun", "day-of-week", "fri-sun"),  # sun is 0; Friday to Sunday is 5-7
    # step 0
    ("*/0 * * * *", "minute", "*/0"),
    ("* 1-5/0 * * *", "hour", "1-5/0"),
    ("0 0 * * 1/0", "day-of-week", "1/0"),
    ("*/0 * * * * *", "second", "*/0"),
    # empty items
    ("1,,2 * * * *", "minute", "1,,2"),
    ("* 1, * * *", "hour", "1,"),
    ("* * ,1 * *", "day-of-month", ",1"),
    # names in the wrong field, or not a name
    ("* * * mon *", "month", "mon"),
    ("* * * * jan", "day-of-week", "jan"),
    ("jan * * * *", "minute", "jan"),
    ("* * jan * *", "day-of-month", "jan"),
    ("* * * janu *", "month", "janu"),
    ("* * * * sunday", "day-of-week", "sunday"),
    # unsupported syntax
    ("0 0 L * *", "day-of-month", "L"),
    ("0 0 15W * *", "day-of-month", "15W"),
    ("0 0 LW * *", "day-of-month", "LW"),
    ("0 0 * * 5L", "day-of-week", "5L"),
    ("0 0 * * 1#2", "day-of-week", "1#2"),
    ("0 0 ? * *", "day-of-month", "?"),
    ("0 0 * * ?", "day-of-week", "?"),
    ("H * * * *", "minute", "H"),
    ("H/5 * * * *", "minute", "H"),
    ("0 H * * *", "hour", "H"),
    ("1-2-3 * * * *", "minute", "1-2-3"),
    ("*/2/3 * * * *", "minute", "*/2/3"),
    ("/5 * * * *", "minute", "/5"),
    ("5/ * * * *", "minute", "5/"),
    ("*-5 * * * *", "minute", "*-5"),
    ("1.5 * * * *", "minute", "1.5"),
    ("* * * */jan *", "month", "*/jan"),
    # aliases, field counts, empty
    ("@daily", None, None),
    ("@hourly", None, None),
    ("@reboot", None, None),
    ("* * * *", None, None),
    ("* * * * * * *", None, None),
    ("0 0 1 1 * 2030", "day-of-week", "2030"),  # six fields: no year field
    ("", None, None),
    ("   ", None, None),
    (None, None, None),
    # can never fire
    ("0 0 31 2 *", None, None),
    ("0 0 30 2 *", None, None),
    ("0 0 30,31 feb *", None, None),
    ("0 0 31 4,6,9,11 *", None, None),
    ("0 0 0 31 apr *", None, None),
]

FIELD_PATTERNS = {
    "second": r"\bsecond",
    "minute": r"\bminute",
    "hour": r"\bhour",
    "day-of-month": r"day-of-month",
    "month": r"(?<!day-of-)\bmonth",
    "day-of-week": r"day-of-week",
}


@pytest.mark.parametrize(("expr", "field", "bad"), BAD_CRONS)
def test_oracle_rejects_bad_crons(expr: str | None, field: str | None, bad: str | None) -> None:
    with pytest.raises(oracle.CronSyntaxError) as info:
        oracle.parse(expr)
    if field is not None:
        assert info.value.field == field


async def test_bad_crons(db: asyncpg.Connection) -> None:
    """DS011, with a message naming the field and quoting the bad text (all in one go)."""
    after = at("2024-01-01T00:00:00Z")
    problems = []
    for expr, field, bad in BAD_CRONS:
        try:
            got = await db.fetchval("SELECT durable.cron_next($1, $2, 'UTC')", expr, after)
        except asyncpg.PostgresError as e:
            message = str(e)
            # what the message says besides quoting the whole expression
            rest = message.replace(expr, "", 1) if expr else message
            if e.sqlstate != "DS011":
                problems.append(f"{expr!r}: SQLSTATE {e.sqlstate} ({message})")
            elif field is not None and not re.search(FIELD_PATTERNS[field], rest):
                problems.append(f"{expr!r}: message does not name {field}: {message}")
            elif bad is not None and bad.lower() not in rest.lower():
                problems.append(f"{expr!r}: message does not quote {bad!r}: {message}")
        else:
            problems.append(f"{expr!r}: no error, returned {got}")
    assert not problems, "\n".join(problems)


BAD_ZONES = [
    "W. Europe Standard Time",
    "Eastern Standard Time",
    "EST",
    "CET",
    "GMT",
    "EST5EDT",
    "UTC+3",
    "<+03>-3",
    "europe/berlin",
    "EUROPE/BERLIN",
    "utc",
    "posix/Europe/Berlin",
    "Europe/Nowhere",
    "Europe/Berlin ",
    "Mars/Olympus_Mons",
    "",
]


async def test_bad_zones(db: asyncpg.Connection) -> None:
    """DS012, with a message quoting the zone."""
    after = at("2024-01-01T00:00:00Z")
    problems = []
    for tz in BAD_ZONES:
        try:
            got = await db.fetchval("SELECT durable.cron_next('0 0 * * *', $1, $2)", after, tz)
        except asyncpg.PostgresError as e:
            if e.sqlstate != "DS012":
                problems.append(f"{tz!r}: SQLSTATE {e.sqlstate} ({e})")
            elif tz and tz not in str(e):
                problems.append(f"{tz!r}: message does not quote the zone: {e}")
        else:
            problems.append(f"{tz!r}: no error, returned {got}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("after", ["NULL", "'infinity'", "'-infinity'"])
async def test_bad_after(db: asyncpg.Connection, after: str) -> None:
    with pytest.raises(asyncpg.PostgresError) as info:
        await db.fetchval(f"SELECT durable.cron_next('0 0 * * *', {after}::timestamptz, 'UTC')")
    assert info.value.sqlstate == "DS001", str(info.value)


async def test_only_whitespace_is_trimmed_not_the_letter_v(db: asyncpg.Connection) -> None:
    """0013: the trim list held E'\\v', which PostgreSQL reads as the letter v."""
    for cron in ("v0 0 * * *", "0 0 * * 1v"):
        with pytest.raises(asyncpg.PostgresError) as info:
            await db.fetchval("SELECT durable.cron_next($1, now())", cron)
        assert info.value.sqlstate == "DS011"
    assert await db.fetchval(
        "SELECT durable.cron_next($1, '2030-01-01') = durable.cron_next('0 0 * * *', '2030-01-01')",
        "\x0b0 0 * * *\x0b",
    )
