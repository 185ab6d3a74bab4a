"""A reference model of ``durable.cron_next``, for the tests only.

``next_fire(expr, after, tz)`` is the pinned specification made executable:

1. ``parse`` reads the expression strictly by the spec (5 or 6 fields, seconds first;
   ``*``, values, ``a-b``, steps on ``*``/ranges/values, ``a/n`` = ``a-max/n``; month and
   weekday names; day-of-week 0-7 with 0 and 7 both Sunday) and raises ``CronSyntaxError``
   naming the field and the bad text, as the function must.
2. croniter is the oracle for calendar matching: it enumerates the matching wall-clock
   times on NAIVE local datetimes (pure calendar arithmetic, no time zone involved).
3. Each wall-clock time is mapped to instants with zoneinfo: ``fold=0`` is the first
   occurrence; a time in a spring-forward gap exists once, at ``fold=0``, which uses the
   offset in force before the transition and so is the time shifted forward by the gap;
   a time in a fall-back overlap has a second occurrence (``fold=1``), which fires only
   when the hour field is exactly ``*``.  The answer is the earliest of those instants
   strictly after ``after`` (a set, so one instant never fires twice).

``croniter_next(expr, after, tz)`` is croniter's own tz-aware ``get_next`` (with the same
normalisations), which agrees with the spec wherever no UTC-offset change lies near the
interval searched; ``transition_between`` tells when that is.

Deliberate differences from croniter (the oracle follows the spec; croniter 7.0):

* ``a-a`` (an equal range, also ``jan-jan``, ``a-a/n``): croniter expands it to the whole
  field; the spec means the single value ``a``.  Normalised to ``a``.
* ``a/n`` in day-of-week: croniter reads it as ``a-6/n`` (and ``7/n`` as ``0-6/n``, every
  n-th day from Sunday); the spec says ``a-7/n`` with 7 = Sunday, so ``1/2`` includes
  Sunday and ``7/2`` is Sunday alone.  Normalised to ``a-7/n`` (``7/n`` to ``7``), which
  croniter's wrap-around ranges then read correctly.  In the other fields ``a/n`` is
  written out as ``a-max/n`` (same meaning in croniter, made explicit).
* Day rule: croniter treats a day field that expands to every value (``*/1``, ``1-31``,
  ``0-6``, ``sun-sat``) as ``*`` when the other day field's text contains a ``*``, and a
  list holding a bare ``*`` item (``*,5``) as ``*`` always, and then intersects instead
  of uniting: ``0 0 */1 * */2`` fires only on Sun, Tue, Thu, Sat, ``0 0 */2 * 0-6`` only
  on odd days and ``0 0 *,5 * mon`` only on Mondays, where by the spec all three fire
  every day.  The spec: a day field is unrestricted only when its text is exactly
  ``*``; when both are restricted a day matches if either matches.  The oracle never
  lets croniter see two restricted day fields: it evaluates (day-of-month, ``*``) and
  (``*``, day-of-week) separately and takes the earlier time (skipping the first when
  that day-of-month can never occur in those months, e.g. ``0 0 31 2 mon``, where
  croniter would search 50 years and raise).
* Daylight saving: croniter's tz-aware ``get_next`` moves a gap time to the end of the
  gap (Berlin 02:30 -> 03:00 CEST, not 03:30; Lord Howe 02:15 -> 02:30, not 02:45), skips
  gap times altogether when the hour field has a ``*`` (Lord Howe ``15 * * * *``: 03:15,
  not 02:45), and fires a repeated wall time in both passes whatever the hour field
  (``30 2 * * *``: 02:30 CEST and 02:30 CET).  The oracle uses croniter only on naive
  wall-clock times and applies the pinned rule itself.
* Whether the hour field is "exactly ``*``" is decided on the expression's text
  (``*/1`` and ``0-23`` are not), never on croniter's expansion (which turns both into
  ``*``).
* Inputs croniter accepts but the spec rejects (wrap-around ranges such as ``sat-sun``
  or ``22-2``, ``L``, ``W``, ``#``, ``?``, ``H``/``R`` hashes, ``@`` aliases, a 7th year
  field) are rejected by ``parse`` and never handed to croniter.
* ``after`` is passed to croniter floored to the whole second (fire times are whole
  seconds, so the first one strictly after ``after`` is the same; this avoids croniter's
  float timestamps rounding microseconds).

Zone data: transitions are found by scanning zoneinfo day by day (1985-2075) and
bisecting to the second; this assumes no two offset changes within one day and offset
jumps smaller than ``NEAR`` (3 hours), true for every zone the tests use.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from croniter import croniter

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

# name, lowest, highest, names (value of the first name)
FIELD_SPECS: dict[str, tuple[int, int, dict[str, int]]] = {
    "second": (0, 59, {}),
    "minute": (0, 59, {}),
    "hour": (0, 23, {}),
    "day-of-month": (1, 31, {}),
    "month": (1, 12, {name: i + 1 for i, name in enumerate(MONTHS)}),
    "day-of-week": (0, 7, {name: i for i, name in enumerate(WEEKDAYS)}),
}
FIVE = ["minute", "hour", "day-of-month", "month", "day-of-week"]
SIX = ["second", *FIVE]

# the longest each month can be (February: leap years)
DAYS_IN_MONTH = dict(enumerate([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], start=1))

_ITEM = re.compile(
    r"^(?:(?P<star>\*)|(?P<lo>[0-9]+|[A-Za-z]+)(?:-(?P<hi>[0-9]+|[A-Za-z]+))?)"
    r"(?:/(?P<step>[0-9]+))?$"
)
_WHITESPACE = " \t\n\r\f\v"


class CronSyntaxError(ValueError):
    """A bad expression: ``field`` is the field's name (None for the whole expression)."""

    def __init__(self, field: str | None, text: str | None, why: str) -> None:
        super().__init__(f"{field or 'expression'}: {why}: {text!r}")
        self.field = field
        self.text = text
        self.why = why


@dataclass(frozen=True)
class Field:
    name: str
    text: str
    values: frozenset[int]  # day-of-week: 7 folded to 0
    croniter_text: str  # the same set, written so that croniter reads it right


@dataclass(frozen=True)
class Cron:
    text: str
    fields: tuple[Field, ...]  # always six: a 5-field expression gets second "0"
    has_seconds: bool

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def hour_is_star(self) -> bool:
        return self.field("hour").text == "*"

    @property
    def dom_restricted(self) -> bool:
        return self.field("day-of-month").text != "*"

    @property
    def dow_restricted(self) -> bool:
        return self.field("day-of-week").text != "*"

    def matches(self, t: datetime) -> bool:
        """Does this naive wall-clock time match (calendar only)?"""
        f = {x.name: x.values for x in self.fields}
        if not (
            t.microsecond == 0
            and t.second in f["second"]
            and t.minute in f["minute"]
            and t.hour in f["hour"]
            and t.month in f["month"]
        ):
            return False
        dom = t.day in f["day-of-month"]
        dow = (t.isoweekday() % 7) in f["day-of-week"]
        if self.dom_restricted and self.dow_restricted:
            return dom or dow
        return dom and dow

    def croniter_exprs(self) -> list[str]:
        """croniter expressions (second first) whose union is this schedule."""
        parts = [f.croniter_text for f in self.fields]
        if self.dom_restricted and self.dow_restricted:
            by_dom = [*parts[:5], "*"]
            by_dow = [*parts[:3], "*", *parts[4:]]
            return [" ".join(p) for p in ([by_dom] if self._dom_can_fire() else []) + [by_dow]]
        return [" ".join(parts)]

    def _dom_can_fire(self) -> bool:
        days = self.field("day-of-month").values
        return any(min(days) <= DAYS_IN_MONTH[m] for m in self.field("month").values)

    def can_fire(self) -> bool:
        return (self.dow_restricted and self.dom_restricted) or self._dom_can_fire()


def _value(field: str, token: str, item: str) -> int:
    lo, hi, names = FIELD_SPECS[field]
    if token.isdigit():
        value = int(token)
    elif token.lower() in names:
        value = names[token.lower()]
    else:
        raise CronSyntaxError(field, item, f"unknown value {token!r}")
    if not lo <= value <= hi:
        raise CronSyntaxError(field, item, f"{value} is out of range {lo}-{hi}")
    return value


def _parse_field(name: str, text: str) -> Field:
    lo, hi, _ = FIELD_SPECS[name]
    values: set[int] = set()
    out: list[str] = []
    for item in text.split(","):
        if item == "":
            raise CronSyntaxError(name, text, "empty list item")
        m = _ITEM.fullmatch(item)
        if not m:
            raise CronSyntaxError(name, item, "bad syntax")
        step = 1
        if m["step"] is not None:
            step = int(m["step"])
            if step == 0:
                raise CronSyntaxError(name, item, "step 0")
        if m["star"]:
            a, b = lo, hi
            out.append(item)
        else:
            a = _value(name, m["lo"], item)
            if m["hi"] is not None:
                b = _value(name, m["hi"], item)
                if a > b:
                    raise CronSyntaxError(name, item, "reversed range")
                if a == b:  # croniter: an equal range is the whole field
                    out.append(m["lo"])
                else:
                    out.append(item)
            elif m["step"] is not None:  # a/n = a-max/n
                b = hi
                out.append(m["lo"] if a == hi else f"{m['lo']}-{hi}/{step}")
            else:
                b = a
                out.append(item)
        values.update(range(a, b + 1, step))
    if name == "day-of-week" and 7 in values:
        values.discard(7)
        values.add(0)
    return Field(name, text, frozenset(values), ",".join(out))


def parse(expr: str | None) -> Cron:
    """Parse by the spec; raise CronSyntaxError(field, bad text) on anything it rejects."""
    if expr is None:
        raise CronSyntaxError(None, None, "NULL expression")
    words = [w for w in re.split(f"[{_WHITESPACE}]+", expr) if w]
    if not words:
        raise CronSyntaxError(None, expr, "empty expression")
    if len(words) not in (5, 6):
        raise CronSyntaxError(None, expr, f"{len(words)} fields, need 5 or 6")
    names = SIX if len(words) == 6 else FIVE
    fields = {name: _parse_field(name, word) for name, word in zip(names, words, strict=True)}
    if len(words) == 5:
        fields["second"] = Field("second", "0", frozenset({0}), "0")
    cron = Cron(expr, tuple(fields[n] for n in SIX), len(words) == 6)
    if not cron.can_fire():
        raise CronSyntaxError("day-of-month", fields["day-of-month"].text, "can never fire")
    return cron


# ---------------------------------------------------------------- zones


def zone_of(tz: str | None) -> ZoneInfo:
    return ZoneInfo("UTC" if tz is None else tz)


SCAN_FROM = datetime(1985, 1, 1, tzinfo=UTC)
NEAR = timedelta(hours=3)  # more than any offset jump of the zones the tests use
SCAN_TO = datetime(2075, 1, 1, tzinfo=UTC)


@functools.cache
def transitions(tz: str) -> tuple[list[datetime], list[timedelta], timedelta]:
    """(instants of offset changes, offset from each one on, offset before the first)."""
    zone = zone_of(tz)

    def off(t: datetime) -> timedelta:
        o = t.astimezone(zone).utcoffset()
        assert o is not None
        return o

    times: list[datetime] = []
    offsets: list[timedelta] = []
    first = prev = off(SCAN_FROM)
    t = SCAN_FROM
    day = timedelta(days=1)
    while t < SCAN_TO:
        nxt = t + day
        o = off(nxt)
        if o != prev:
            lo, hi = 0, 86400  # seconds after t; off(t + lo) == prev, off(t + hi) == o
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if off(t + timedelta(seconds=mid)) == prev:
                    lo = mid
                else:
                    hi = mid
            times.append(t + timedelta(seconds=hi))
            offsets.append(o)
            prev = o
        t = nxt
    return times, offsets, first


def _check_range(*ts: datetime) -> None:
    for t in ts:
        if not SCAN_FROM + timedelta(days=3) <= t <= SCAN_TO - timedelta(days=3):
            raise ValueError(f"{t} is outside the oracle's zone data")


def offsets_between(tz: str, a: datetime, b: datetime) -> tuple[timedelta, timedelta]:
    """The smallest and largest UTC offset in force at any instant of [a, b]."""
    _check_range(a, b)
    times, offsets, first = transitions(tz)
    i = bisect.bisect_right(times, a)
    j = bisect.bisect_right(times, b)
    seen = [offsets[i - 1] if i else first, *offsets[i:j]]
    return min(seen), max(seen)


def transition_between(tz: str, a: datetime, b: datetime) -> bool:
    """Does the UTC offset change at some instant of [a, b]?"""
    _check_range(a, b)
    times, _, _ = transitions(tz)
    return bisect.bisect_left(times, a) != bisect.bisect_right(times, b)


def transitions_in(tz: str, year_from: int, year_to: int) -> list[datetime]:
    """Instants of the offset changes in [year_from, year_to] (inclusive)."""
    times, _, _ = transitions(tz)
    return [t for t in times if year_from <= t.year <= year_to]


# ---------------------------------------------------------------- evaluation


def _floor_second(t: datetime) -> datetime:
    return t.replace(microsecond=0)


def wall_times(cron: Cron, start: datetime) -> Iterator[datetime]:
    """Matching naive wall-clock times strictly after naive ``start``, in order."""
    iters = []
    for expr in cron.croniter_exprs():
        it = croniter(expr, _floor_second(start), second_at_beginning=True)
        iters.append(it.all_next(datetime))
    last = None
    for t in heapq.merge(*iters):
        if t != last:
            yield t
            last = t


def instants(wall: datetime, tz: str, hour_is_star: bool) -> list[datetime]:
    """The instants (UTC) at which a matching wall-clock time fires, by the DST rule."""
    zone = zone_of(tz)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    second = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    if first == second:
        return [first]
    if first.astimezone(zone).replace(tzinfo=None) != wall:
        return [first]  # in a gap: the pre-transition offset, i.e. shifted forward by the gap
    return [first, second] if hour_is_star else [first]  # in an overlap


def next_fire(expr: str, after: datetime, tz: str | None = "UTC") -> datetime:
    """The first fire time strictly after ``after``, by the pinned spec (in UTC)."""
    cron = parse(expr)
    tz = "UTC" if tz is None else tz
    after = after.astimezone(UTC)
    # Every instant I > after fires some wall time W = I + offset, the offset being one
    # in force at I (or, for a time in a gap, just before it).  Offsets near `after` are
    # at least `low`, so W > after + low: croniter starts there (strictly after).  Later
    # offsets may be smaller, but only for instants more than NEAR past `after`, whose
    # wall times are then still above after + low (offset jumps are less than NEAR).
    low, _ = offsets_between(tz, after - NEAR, after + NEAR)
    best: datetime | None = None
    high = timedelta(0)
    for wall in wall_times(cron, (after + low).replace(tzinfo=None)):
        # Any later wall time W' fires at W' - offset >= W' - high: once that cannot
        # beat `best`, stop.
        if best is not None and wall - high >= best.replace(tzinfo=None):
            break
        for t in instants(wall, tz, cron.hour_is_star):
            if t > after and (best is None or t < best):
                best = t
                _, high = offsets_between(tz, after - NEAR, best + NEAR)
    assert best is not None
    return best  # in UTC: comparing ZoneInfo datetimes in a fold or gap is not reliable


def croniter_next(expr: str, after: datetime, tz: str | None = "UTC") -> datetime:
    """croniter's tz-aware get_next (normalised as above): right away from transitions."""
    cron = parse(expr)
    zone = zone_of(tz)
    start = _floor_second(after.astimezone(zone))
    return min(
        croniter(e, start, second_at_beginning=True).get_next(datetime).astimezone(UTC)
        for e in cron.croniter_exprs()
    )
