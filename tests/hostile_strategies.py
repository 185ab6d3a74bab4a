"""Hypothesis strategies for tests/test_hostile.py: hostile names, JSON, times and numbers.

Every value here is meant to be sent as a query parameter, mostly as text that the
SQL casts to the parameter's type (``%s::text::interval``), so PostgreSQL's own
conversion gets to reject malformed literals before the durable function runs.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st


class _Omit:
    """Leave the parameter out of the call: its default applies."""

    def __repr__(self) -> str:
        return "OMIT"


OMIT: Any = _Omit()

# ----------------------------------------------------------------------------- names

SQL_FRAGMENTS = (
    "'; DROP TABLE durable.runs; --",
    "x'); DELETE FROM durable.jobs; --",
    '"; DROP SCHEMA durable CASCADE; --',
    "' OR '1'='1",
    "'",
    "''",
    '"',
    '""',
    "$$",
    "$$; SELECT pg_sleep(10); $$",
    "$1",
    "$tag$",
    "\\",
    "\\\\",
    "\\'",
    "E'\\x41'",
    "%s",
    "%L",
    "%I",
    "%%",
    "%1$s",
    "{}",
    "{a,b}",
    '{"a":1}',
    "NULL",
    "null",
    "default",
    "*",
    "_",
    "..",
    "../../etc/passwd",
    "durable.runs",
    "pg_catalog.now()",
    "a,b",
    "a b",
)

ODD_UNICODE = (
    "\u200f",  # right-to-left mark
    "\u202egnp.exe",  # right-to-left override
    "\u200d",  # zero-width joiner
    "\u200b",  # zero-width space
    "\ufeff",  # byte-order mark
    "\u00a0",  # no-break space
    "\u2028",  # line separator (not a control character for PostgreSQL)
    "\u2029",
    "e\u0301",  # e + combining acute (two code points)
    "\u00e9",  # precomposed é (one code point)
    "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e",  # zalgo
    "\U0001f642",  # 🙂
    "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466",  # family: ZWJ sequence
    "\U0001f1e9\U0001f1ea",  # flag: regional indicators
    "\U0001d518\U0001d52b\U0001d526",  # mathematical fraktur (astral)
    "\U0010fffd",  # last private-use astral code point
    "\uffff",  # a noncharacter
    "\u0130",  # İ: changes length when lower-cased
    "\u00df",  # ß
    "\u03a3\u03c3\u03c2",  # sigma forms
    "日本語",
    "עברית",
    "العربية",
    "\ufdfa",
    " ",
    " lead",
    "trail ",
    "\u3000",  # ideographic space
)

CONTROL = (
    "\n",
    "a\nb",
    "\r\n",
    "\t",
    "tab\there",
    "\x01",
    "\x1b[31mred\x1b[0m",
    "\x7f",
    "\x85",  # NEL: a C1 control character
    "\x9f",
)

# PostgreSQL text cannot hold NUL: psycopg refuses to send it (asyncpg sends it and the
# server rejects it while converting the parameter).
NUL_NAMES = ("\x00", "a\x00b", "\x00'; DROP TABLE durable.runs; --")

SPECIAL_NAMES = (*SQL_FRAGMENTS, *ODD_UNICODE, *CONTROL, "")

LIMIT_UNITS = ("a", "\U0001f642", "\u00e9", "e\u0301", "\u200d", "'", "\\", "日", "$")

plain_chars = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
plain_text = st.text(plain_chars, max_size=30)


def exact_length(unit: str, n: int) -> str:
    """A string of exactly n code points made of `unit` (PostgreSQL counts code points)."""
    return (unit * (n // len(unit) + 1))[:n]


def sized(limits: tuple[int, ...]) -> st.SearchStrategy[str]:
    lengths = sorted({n for limit in limits for n in (limit - 1, limit, limit + 1)})
    return st.builds(exact_length, st.sampled_from(LIMIT_UNITS), st.sampled_from(lengths))


def names(limit: int = 128, nul: bool = True) -> st.SearchStrategy[str]:
    """Names as hostile as they come: SQL, odd Unicode, control characters, lengths."""
    specials = SPECIAL_NAMES + (NUL_NAMES if nul else ())
    return st.one_of(
        st.sampled_from(specials),
        plain_text,
        sized((limit,)),
        st.tuples(st.sampled_from(specials), plain_text).map("".join),
        st.tuples(plain_text, st.sampled_from(specials), plain_text).map("".join),
    )


def texts(*limits: int) -> st.SearchStrategy[str]:
    """Free text (messages, notes, errors), with lengths around the given limits."""
    return st.one_of(st.sampled_from((*SPECIAL_NAMES, *NUL_NAMES)), plain_text, sized(limits))


def is_plausible_name(value: str, limit: int = 128) -> bool:
    """What the documented rule accepts: non-empty, short enough, no control character."""
    import unicodedata

    return 0 < len(value) <= limit and not any(unicodedata.category(c) == "Cc" for c in value)


name_chars = st.characters(exclude_categories=("Cs", "Cc"))


def valid_names(limit: int = 128) -> st.SearchStrategy[str]:
    """Hostile names the documented rule accepts (no control character, 1..limit long)."""
    specials = tuple(v for v in SPECIAL_NAMES if is_plausible_name(v, limit))
    return st.one_of(
        st.sampled_from(specials),
        st.text(name_chars, min_size=1, max_size=30),
        st.builds(exact_length, st.sampled_from(LIMIT_UNITS), st.sampled_from((limit - 1, limit))),
        st.tuples(st.sampled_from(specials), st.text(name_chars, max_size=30)).map("".join),
    )


def messages(limit: int) -> st.SearchStrategy[str]:
    """Free text within `limit` characters, without NUL (PostgreSQL text cannot hold it)."""
    return st.one_of(
        st.sampled_from(SPECIAL_NAMES),
        plain_text,
        st.builds(exact_length, st.sampled_from(LIMIT_UNITS), st.sampled_from((limit - 1, limit))),
    )


# ----------------------------------------------------------------------------- numbers

INT_EDGES = (
    *(0, 1, -1, 2, 3, 100, 1000, 9999, 10000, 10001, 99999, 100000, 100001),
    *(999999, 1000000, 1000001, -1000000, -1000001),
    *(2**31 - 1, 2**31, -(2**31), -(2**31) - 1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1),
    10**40,
)
INT_TEXTS = ("abc", "1.5", "", " 7 ", "0x10", "1e3", "NaN", "--1", "١٢")


def integers(*interesting: int) -> st.SearchStrategy[Any]:
    """int32/int64 bounds, the schema's own limits, random ints, and non-integer text."""
    return st.one_of(
        st.sampled_from((*INT_EDGES, *interesting)),
        st.integers(-(2**33), 2**33),
        st.integers(-5, 5),
        st.sampled_from(INT_TEXTS),
    )


REAL_TEXTS = (
    *("NaN", "Infinity", "-Infinity", "-0", "1e-50", "1e50", "3.5e38", "0", "1", "0.5"),
    *("1.0000001", "0.99999999", "-1e-9", "1e-45", "abc", ""),
)


def reals() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(REAL_TEXTS),
        st.floats(-0.5, 1.5),
        st.floats(allow_nan=True, allow_infinity=True),
    )


BOOLS = (True, False, "yes", "no", "on", "maybe", "", "2", "t", "TRUE ")


def booleans() -> st.SearchStrategy[Any]:
    return st.sampled_from(BOOLS)


# ----------------------------------------------------------------------------- time

INTERVALS = (
    *("0", "-1 second", "1 microsecond", "-1 microsecond", "0.5 microseconds", "30 seconds"),
    *("1 hour", "10 years", "10 years 1 microsecond", "9 years 12 months", "3652 days"),
    *("3653 days", "1000000 years", "178000000 years", "-178000000 years", "178000001 years"),
    *("1 month -30 days", "-1 month 31 days", "1 day -86400 seconds", "P1Y2M3DT4H", "PT0S"),
    *("-P1D", "@ 1 minute ago", "infinity", "-infinity", "abc", "", "1e308 seconds"),
    *("2147483647 days", "2147483648 days", "2147483647 months", "9223372036854775807 us"),
)
INTERVAL_UNITS = ("microseconds", "seconds", "minutes", "hours", "days", "months", "years")


def intervals() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(INTERVALS),
        st.builds(
            lambda n, unit: f"{n} {unit}",
            st.integers(-(2**40), 2**40) | st.integers(-100, 100),
            st.sampled_from(INTERVAL_UNITS),
        ),
    )


TIMESTAMPS = (
    *("infinity", "-infinity", "epoch", "now", "today", "tomorrow", "yesterday", "allballs"),
    *("294276-12-31 23:59:59.999999+00", "294277-01-01 00:00:00+00", "294276-12-31 23:59:59-14"),
    *("294000-01-01 00:00:00+00", "293999-12-31 23:59:59+00", "200000-06-01 00:00:00+00"),
    *("4713-01-01 00:00:00+00 BC", "4714-11-24 00:00:00+00 BC", "4714-11-23 00:00:00+00 BC"),
    *("0001-01-01 00:00:00+00", "0001-01-02 00:00:00+00", "0001-01-01 23:59:59+00"),
    *("0001-01-01 00:00:00+14", "9999-12-31 23:59:59-12", "1970-01-01 00:00:00+00"),
    *("2030-01-01 00:00:00+14:00", "2030-03-31 02:30:00 Europe/Berlin", "2030-02-30 00:00+00"),
    *("2030-01-01 00:00:00", "abc", "", "J2451187", "2030-01-01 25:00:00+00"),
)


def timestamps() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(TIMESTAMPS),
        st.integers(-4000, 290000).map(
            lambda y: f"{abs(y):04d}-06-15 12:00:00+00{' BC' * (y < 1)}"
        ),
        st.datetimes().map(lambda d: d.isoformat() + "+00:00"),
    )


# ----------------------------------------------------------------------------- JSON

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    plain_text,
    st.sampled_from(SPECIAL_NAMES),
)
json_values = st.recursive(
    json_scalars,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(plain_text, kids, max_size=3),
    max_leaves=10,
)
json_objects = st.dictionaries(plain_text | st.sampled_from(SPECIAL_NAMES), json_values, max_size=4)

RAW_JSON = (
    *("[]", "[{}]", "1", "-0", '"x"', "null", "true", '""', "{}", " { } "),
    *('{"a":"\\u0000"}', '{"\\u0000":1}', '{"a":1e999}', '{"a":-1e-999}', '{"a":1,"a":2}'),
    *("{", '{"a":NaN}', '{"a":Infinity}', "{'a':1}", "", '{"a":"\\ud800"}', '{"a":"\\udfff"}'),
    *('{"a":"\\ud83d\\ude42"}', '{"\\u202e":"\\u200f"}', '{"a":"\\"; DROP TABLE x; --"}'),
    *('{"a":1}garbage', '{"a":01}', '{"a":.5}', '{"a":0x10}', '{"a":[1,]}', "\ufeff{}"),
)


def nested_json(depth: int, kind: str) -> str:
    """An object with `depth` levels of arrays or objects inside."""
    if kind == "array":
        return '{"a":' + "[" * depth + "]" * depth + "}"
    return '{"a":' * depth + "1" + "}" * depth


def deep_json() -> st.SearchStrategy[str]:
    return st.builds(
        nested_json,
        st.sampled_from((10, 100, 1000, 5000, 20000, 100000)),
        st.sampled_from(("array", "object")),
    )


def dumps(value: Any, ascii_only: bool = True) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)


def json_texts() -> st.SearchStrategy[str]:
    """JSON documents as text: objects (most), other JSON values, malformed text, deep ones."""
    return st.one_of(
        json_objects.map(dumps),
        json_objects.map(lambda v: dumps(v, ascii_only=False)),
        json_objects.map(dumps),
        json_values.map(dumps),
        st.sampled_from(RAW_JSON),
        deep_json(),
    )


# ----------------------------------------------------------------------------- arrays

RAW_ARRAYS = ("{}", "{NULL}", "[0:1]={a,b}", "[5:5]={x}", "{{a,b},{c,d}}", "{", "{a", '{"a\\"b"}')


def arrays(elements: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """NULL, lists (empty, with NULLs), two-dimensional lists and raw array literals."""
    return st.one_of(
        st.lists(elements, max_size=4),
        st.lists(elements, min_size=1, max_size=2),
        st.lists(elements | st.none(), max_size=3),
        st.lists(st.lists(elements, min_size=2, max_size=2), min_size=1, max_size=2),
        st.sampled_from(RAW_ARRAYS),
    )


# ----------------------------------------------------------------------------- cron

CRON_FIELDS = (
    *("*", "*/5", "*/0", "*/00000", "*/99999", "0", "00", "59", "60", "99999", "-1", "1-5"),
    *("5-1", "1-5/2", "1,2,3", ",1", "1,,2", "1,", "jan", "JAN-mar", "sun", "mon-fri", "7"),
    *("sun-7", "5-0", "L", "W", "#", "?", "H", "1#2", "*/1", "0-59/60", "1-", "-", "a-b"),
    *("\u0661", "١-٢", "*" * 5, "1" * 30, "0/5", "29", "30", "31", "2", "feb", "apr,jun"),
)


def crons() -> st.SearchStrategy[str]:
    field = st.sampled_from(CRON_FIELDS)
    return st.one_of(
        st.lists(field, min_size=5, max_size=5).map(" ".join),
        st.lists(field, min_size=6, max_size=6).map(" ".join),
        st.lists(field, min_size=0, max_size=8).map("\t ".join),
        st.sampled_from(
            (
                *("* * * * *", "0 0 * * *", "*/15 * * * *", "0 0 29 2 *", "0 0 31 2 *"),
                *("0 0 30 2 *", "0 0 31 4,6,9,11 *", "0 0 31 2 mon", "0 0 0 31 2 *", "@daily"),
                *("", " ", "\t\n", "* * * * * * *", "* * * * *\u00a0", "0 2 * * sun-sat"),
                *("0 0 1-31/31 * *", "59 23 31 12 *", "0 0 * * 7", "0 0 * * 0,7"),
            )
        ),
        names(),
    )


TIME_ZONES = (
    *("UTC", "Europe/Berlin", "America/New_York", "Pacific/Apia", "Pacific/Kiritimati"),
    *("Asia/Manila", "Australia/Lord_Howe", "Africa/Casablanca", "America/St_Johns"),
    *("Pacific/Chatham", "Antarctica/Troll", "Etc/GMT+12", "Etc/GMT-14", "America/Adak"),
    *("utc", "UTC ", "CET", "EST5EDT", "EST", "europe/berlin", "posix/Europe/Berlin"),
    *("right/UTC", "Europe/Berlin\n", "Etc/GMT+99", "+05:00", "UTC+5", "Z", "localtime"),
    *("", "Mars/Olympus_Mons", "Europe/../Europe/Berlin"),
)


def time_zones() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(TIME_ZONES), names())
