"""The cron rule of DESIGN.md ("Cron"), in Python: SQLite's ``durable_cron_next``.

SQLite has no procedural language, so this is the one rule of the engine that
runs outside SQL: queries.sql calls it as the registered function
``durable_cron_next(expr, after, zone)``.  It follows ``durable.cron_next`` on
PostgreSQL exactly (tested against the same oracle and daylight-saving cases):

* 5 fields (``m h dom mon dow``) or 6 (``s m h dom mon dow``); ``*``, values,
  ranges ``a-b``, steps ``/n`` on either, ``a/n`` meaning ``a-max/n``; month and
  weekday names (three letters, any case); weekday 7 is Sunday;
* both day fields restricted (anything but exactly ``*``): either one matches;
* zones: ``UTC`` or an IANA region name with a ``/`` (case as written);
* a wall time inside a spring-forward gap fires once, shifted by the gap (the
  offset before the change); in a fall-back overlap only an hour field of
  exactly ``*`` fires in both passes; one instant never fires twice.

croniter (which ``durablesql.cron`` uses for previews) differs near such
changes and on a few spellings, so the rule is written out here.
"""

from __future__ import annotations

import calendar
import functools
import re
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from durablesql.errors import InvalidArgument, InvalidCron, UnknownTimeZone

# (name, lowest, highest, names) in the order of a 6-field expression.
FIELDS = (
    ("second", 0, 59, ()),
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day-of-month", 1, 31, ()),
    ("month", 1, 12, ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                      "nov", "dec")),
    ("day-of-week", 0, 7, ("sun", "mon", "tue", "wed", "thu", "fri", "sat")),
)  # fmt: skip
ITEM = re.compile(r"^(\*|([0-9]+|[a-z]+)(-([0-9]+|[a-z]+))?)(/[0-9]+)?$", re.IGNORECASE)
# How far apart a zone's offsets are, at most, around one instant (real zones:
# two hours), and how many years a search looks ahead before giving up.
NEAR = timedelta(hours=3)
HORIZON_YEARS = 30


@dataclass(frozen=True)
class Spec:
    seconds: tuple[int, ...]
    minutes: tuple[int, ...]
    hours: tuple[int, ...]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday (7 folded in)
    dom_star: bool
    dow_star: bool
    hour_star: bool

    def day_matches(self, d: date) -> bool:
        if d.month not in self.months:
            return False
        dom = d.day in self.days
        dow = d.isoweekday() % 7 in self.weekdays
        if not self.dom_star and not self.dow_star:
            return dom or dow
        return dom and dow


def lit(value: object) -> str:
    """A value as PostgreSQL's %L quotes it in a message."""
    text = str(value)
    if "\\" in text:
        return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + text.replace("'", "''") + "'"


def _value(cron: str, field: str, token: str, low: int, high: int, names: tuple[str, ...]) -> int:
    if token.isdigit():
        value = int(token)
        if not low <= value <= high:
            raise InvalidCron(
                f"cron {lit(cron)}: {field} value {token} is out of range {low}-{high}"
            )
        return value
    if token.lower() in names:
        return names.index(token.lower()) + (1 if field == "month" else 0)
    if token.lower() in ("l", "w", "lw", "h"):
        what = "supported (L, W, #, ?, H and @ aliases are not)"
        raise InvalidCron(f"cron {lit(cron)}: {field} value {lit(token)} is not {what}")
    what = {
        "month": "a month name (jan..dec) or a number 1-12",
        "day-of-week": "a weekday name (sun..sat) or a number 0-7",
    }.get(field, f"a number {low}-{high} (names are only for month and day-of-week)")
    raise InvalidCron(f"cron {lit(cron)}: {field} value {lit(token)} is not {what}")


def _field(
    cron: str, field: str, text: str, low: int, high: int, names: tuple[str, ...]
) -> set[int]:
    if text.startswith(",") or text.endswith(",") or ",," in text:
        raise InvalidCron(f"cron {lit(cron)}: {field} field {lit(text)} has an empty item")
    values: set[int] = set()
    for item in text.split(","):
        m = ITEM.fullmatch(item)
        if m is None:
            hint = " (L, W, #, ?, H and @ aliases are not supported)" if re.search(
                "[LlWw#?Hh@]", item) else ""  # fmt: skip
            raise InvalidCron(
                f"cron {lit(cron)}: {field} item {lit(item)} is not valid: expected *, a value or a"
                f" range a-b, optionally followed by /step{hint}"
            )
        step = 1
        if m.group(5):
            if len(m.group(5)[1:].lstrip("0")) > 4:
                raise InvalidCron(f"cron {lit(cron)}: {field} step in {lit(item)} is too large")
            step = int(m.group(5)[1:])
            if step == 0:
                raise InvalidCron(
                    f"cron {lit(cron)}: {field} step in {lit(item)} must be at least 1"
                )
        if m.group(1) == "*":
            a, b = low, high
        else:
            a = _value(cron, field, m.group(2), low, high, names)
            b = a if not m.group(5) else high
            if m.group(4):
                b = _value(cron, field, m.group(4), low, high, names)
                if a > b:
                    sunday = field == "day-of-week" and b == 0
                    raise InvalidCron(
                        f"cron {lit(cron)}: {field} range {lit(item)} is reversed ({a} > {b})"
                        + ("; Sunday is also 7, so write e.g. 5-7" if sunday else "")
                    )
        values.update(range(a, b + 1, step))
    return values


@functools.lru_cache(maxsize=256)
def parse(cron: str | None) -> Spec:
    """The expression's allowed values, or InvalidCron naming what is wrong."""
    if cron is None:
        raise InvalidCron("cron expression must not be null")
    # Fields are split on spaces and tabs, as PostgreSQL's cron_parse does; whitespace
    # at either end is dropped.
    words = [w for w in re.split("[ \t]+", cron.strip(" \t\n\r\f\v")) if w]
    if not words:
        raise InvalidCron("cron expression must not be empty")
    if len(words) not in (5, 6):
        alias = "; aliases such as @daily are not supported" if words[0].startswith("@") else ""
        raise InvalidCron(
            f"cron {lit(cron)} has {len(words)} field{'' if len(words) == 1 else 's'}; expected 5"
            " (minute hour day-of-month month day-of-week) or 6 (second minute hour"
            f" day-of-month month day-of-week){alias}"
        )
    if len(words) == 5:
        words = ["0", *words]
    sets = [
        _field(cron, f, w, lo, hi, names)
        for (f, lo, hi, names), w in zip(FIELDS, words, strict=True)
    ]
    weekdays = frozenset(d % 7 for d in sets[5])
    spec = Spec(
        seconds=tuple(sorted(sets[0])),
        minutes=tuple(sorted(sets[1])),
        hours=tuple(sorted(sets[2])),
        days=frozenset(sets[3]),
        months=frozenset(sets[4]),
        weekdays=weekdays,
        dom_star=words[3] == "*",
        dow_star=words[5] == "*",
        hour_star=words[2] == "*",
    )
    if spec.dow_star or spec.dom_star:
        # Only the day of the month decides: it must exist in some month allowed
        # (February counts its 29th).
        longest = max(calendar.monthrange(2000, m)[1] for m in spec.months)
        if min(spec.days) > longest:
            raise InvalidCron(
                f"cron {lit(cron)} never fires: no month in {lit(words[4])} has a day-of-month in"
                f" {lit(words[3])}"
            )
    return spec


@functools.lru_cache(maxsize=64)
def zone(name: str | None) -> zoneinfo.ZoneInfo:
    """UTC or an IANA region name, exactly as written; else UnknownTimeZone."""
    ok = name == "UTC" or (
        isinstance(name, str) and "/" in name and not name.startswith(("posix/", "right/"))
    )
    if ok:
        try:
            return zoneinfo.ZoneInfo(str(name))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            pass
    shown = "NULL" if name is None else lit(name)
    raise UnknownTimeZone(
        f"unknown time zone {shown}: use an IANA name such as 'Europe/Berlin' (Windows ids,"
        " abbreviations and POSIX strings are not accepted)"
    )


def wall_times(spec: Spec, start: datetime) -> Iterator[datetime]:
    """Matching naive wall-clock times strictly after naive `start`, in order."""
    day = start.date()
    first = True
    last = day.replace(year=min(day.year + HORIZON_YEARS, 9999))
    while day < last:
        if spec.day_matches(day):
            for h in spec.hours:
                if first and h < start.hour:
                    continue
                for m in spec.minutes:
                    if first and (h, m) < (start.hour, start.minute):
                        continue
                    for s in spec.seconds:
                        t = datetime(day.year, day.month, day.day, h, m, s)
                        if t > start:
                            yield t
        first = False
        day += timedelta(days=1)


def _offset(z: zoneinfo.ZoneInfo, at: datetime) -> timedelta:
    found = at.astimezone(z).utcoffset()
    return found if found is not None else timedelta(0)


def instants(wall: datetime, z: zoneinfo.ZoneInfo, hour_star: bool) -> list[datetime]:
    """When a matching wall time fires (UTC): once, or in both passes of an overlap."""
    first = wall.replace(tzinfo=z, fold=0).astimezone(UTC)
    second = wall.replace(tzinfo=z, fold=1).astimezone(UTC)
    if first == second:
        return [first]
    if first.astimezone(z).replace(tzinfo=None) != wall:
        return [first]  # in a gap: the offset before the change, i.e. shifted by the gap
    return [first, second] if hour_star else [first]


def next_fire(cron: str | None, after: datetime, timezone: str | None) -> datetime:
    """The first fire time strictly after `after` (aware), in UTC; zone NULL is UTC."""
    z = zone("UTC" if timezone is None else timezone)
    spec = parse(cron)
    low = min(_offset(z, after - NEAR), _offset(z, after + NEAR))
    start = (after + low).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    best: datetime | None = None
    high = timedelta(0)
    for wall in wall_times(spec, start):
        # A later wall time fires no earlier than wall - (largest offset near best).
        if best is not None and wall - high >= best.replace(tzinfo=None):
            return best
        for t in instants(wall, z, spec.hour_star):
            if t > after and (best is None or t < best):
                best = t
                high = max(_offset(z, after - NEAR), _offset(z, best + NEAR))
    if best is None:
        raise InvalidCron(
            f"cron {lit(cron)} does not fire in the {HORIZON_YEARS} years after {after}"
        )
    return best


def check_after(after: datetime | None) -> datetime:
    if after is None:
        raise InvalidArgument("after must be a finite timestamp, got NULL")
    return after
