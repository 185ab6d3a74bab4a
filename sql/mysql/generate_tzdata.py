#!/usr/bin/env python3
"""Generate the time-zone data of the MariaDB/MySQL and SQL Server ports (a block of
sql/mysql/schema.sql and one of sql/sqlserver/schema.sql, computed once).

    python3 sql/mysql/generate_tzdata.py            # rewrite the block in both schema files
    python3 sql/mysql/generate_tzdata.py --check    # fail when a block is out of date
    python3 sql/mysql/generate_tzdata.py --stdout --dialect sqlserver   # print one block

Why the port ships its own data: the server's mysql.time_zone* tables are often empty, and
CONVERT_TZ maps a wall time in a spring-forward gap to the wrong instant.  durable.cron_next
needs, per zone, every instant at which the UTC offset changes, which is what this writes:

* ``durable.tz_zones(name, rule_id)``: the accepted names -- ``UTC`` and the IANA
  ``Area/Location`` names of the zoneinfo directory (no ``posix/`` or ``right/`` copies, no
  abbreviations such as ``CET``, no POSIX strings such as ``EST5EDT``), exactly the set
  PostgreSQL's ``durable.check_time_zone`` accepts from ``pg_timezone_names``.
* ``durable.tz_transitions(rule_id, at_utc, utc_offset)``: per rule set, one row for the
  offset in force at 1970-01-01 00:00 UTC (``at_utc`` = the start of time, 0001-01-01) and
  one per offset change from then until the end of 2100 (``at_utc`` in Unix seconds,
  ``utc_offset`` in seconds east of UTC from that instant on).  Zones whose lists are
  identical (links, and zones that agree since 1970) share one rule set: 554 names, about
  300 rule sets.

Offsets come from Python's zoneinfo reading the same files PostgreSQL reads on this machine
(``/usr/share/zoneinfo``; the tests check that both agree).  Past the last transition a
TZif file lists (2037 or earlier), zoneinfo applies the zone's recurring rule from the
file's footer, so daylight saving goes on until 2100 as tzdata says.  Only whole-second UTC
offsets matter: a transition that changes only the abbreviation or the isdst flag is
dropped.

Transitions are found two ways and then checked: every transition time the TZif file lists,
plus a day-by-day scan of zoneinfo bisected to the second (which finds the rule-based ones);
a candidate is kept when the offset one second before it differs from the offset at it.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ZONEINFO = Path("/usr/share/zoneinfo")
SQL_DIR = Path(__file__).resolve().parent.parent
SCHEMA_SQL = {
    "mysql": SQL_DIR / "mysql" / "schema.sql",
    "sqlserver": SQL_DIR / "sqlserver" / "schema.sql",
}
BEGIN = "-- BEGIN GENERATED TZDATA"
END = "-- END GENERATED TZDATA"

FIRST = 0  # 1970-01-01 00:00:00 UTC
END_AT = int(datetime(2101, 1, 1, tzinfo=UTC).timestamp())  # exclusive: 2100 included
START_OF_TIME = -62135596800  # 0001-01-01 00:00:00 UTC: "from the beginning" row
DAY = 86400
ROWS_PER_INSERT = 1000
ROWS_PER_LINE = 8
# SQL Server: each INSERT reads a JSON array literal through OPENJSON (a parser reads
# one long literal far faster than thousands of VALUES rows).
ROWS_PER_JSON = 4000


def zone_names(root: Path) -> list[str]:
    """UTC and the Area/Location names with a TZif file, as PostgreSQL lists them."""
    names = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        if rel_dir.parts[:1] in (("posix",), ("right",)):
            dirnames.clear()
            continue
        for filename in filenames:
            name = (rel_dir / filename).as_posix()
            if (name == "UTC" or "/" in name) and (Path(dirpath) / filename).read_bytes()[
                :4
            ] == b"TZif":
                names.append(name)
    return sorted(names)


def tzif_transition_times(data: bytes) -> list[int]:
    """The transition times a TZif file lists (RFC 8536; the 64-bit block when present)."""

    def header(at: int) -> tuple[int, ...]:
        return struct.unpack(">4s c 15x 6l", data[at : at + 44])[2:]

    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = header(0)
    if data[4:5] in (b"2", b"3", b"4"):  # skip the 32-bit block
        at = 44 + timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
        timecnt = header(at)[3]
        return list(struct.unpack(f">{timecnt}q", data[at + 44 : at + 44 + timecnt * 8]))
    return list(struct.unpack(f">{timecnt}l", data[44 : 44 + timecnt * 4]))


def transitions(root: Path, name: str) -> tuple[int, list[tuple[int, int]]]:
    """(offset at 1970-01-01 00:00 UTC, [(instant, offset from then on)]) up to 2100."""
    path = root / name
    with path.open("rb") as f:
        zone = ZoneInfo.from_file(f, key=name)

    def off(t: int) -> int:
        o = datetime.fromtimestamp(t, zone).utcoffset()
        assert o is not None
        return int(o.total_seconds())

    candidates = {t for t in tzif_transition_times(path.read_bytes()) if FIRST < t < END_AT}
    prev = off(FIRST)
    t = FIRST
    while t < END_AT:
        o = off(t + DAY)
        if o != prev:
            lo, hi = t, t + DAY  # off(lo) == prev, off(hi) == o
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if off(mid) == prev:
                    lo = mid
                else:
                    hi = mid
            if hi < END_AT:
                candidates.add(hi)
            prev = o
        t += DAY
    found = [(t, off(t)) for t in sorted(candidates) if off(t - 1) != off(t)]
    return off(FIRST), found


def tzdata_version(root: Path) -> str:
    for candidate in ("tzdata.zi", "+VERSION"):
        path = root / candidate
        if path.exists():
            line = path.read_text().splitlines()[0].strip()
            return line.removeprefix("# version ").strip()
    return "unknown"


def chunks(items: list[str], size: int) -> list[str]:
    """items in groups of `size`, each group ROWS_PER_LINE items a line, lines joined by
    commas: the body of one statement per group."""
    return [
        ",\n".join(
            ",".join(group[j : j + ROWS_PER_LINE]) for j in range(0, len(group), ROWS_PER_LINE)
        )
        for group in (items[i : i + size] for i in range(0, len(items), size))
    ]


def values(rows: list[str], table: str) -> list[str]:
    return [
        f"INSERT INTO durable.{table} VALUES\n{body};" for body in chunks(rows, ROWS_PER_INSERT)
    ]


Zones = tuple[list[tuple[str, int]], list[tuple[int, int, int]], str]


def compute(root: Path) -> Zones:
    """(zone name, rule set) pairs, (rule set, at_utc, utc_offset) rows, a summary."""
    names = zone_names(root)
    rule_sets: dict[tuple[int, tuple[tuple[int, int], ...]], int] = {}
    zones = []
    for name in names:
        first, found = transitions(root, name)
        key = (first, tuple(found))
        rule_id = rule_sets.setdefault(key, len(rule_sets) + 1)
        assert "'" not in name and "\\" not in name and '"' not in name, name
        zones.append((name, rule_id))
    rows = []
    for (first, found), rule_id in rule_sets.items():
        rows.append((rule_id, START_OF_TIME, first))
        rows += [(rule_id, t, o) for t, o in found]
    summary = (
        f"-- {len(names)} zone names, {len(rule_sets)} rule sets, "
        f"{len(rows)} transition rows (1970-2100)."
    )
    return zones, rows, summary


def header(root: Path, summary: str) -> list[str]:
    return [
        BEGIN,
        f"-- tzdata {tzdata_version(root)} from {root}, written by",
        "--     python3 sql/mysql/generate_tzdata.py",
        "-- (do not edit by hand; re-run it when tzdata changes, then re-apply this file).",
        summary,
    ]


def mysql_block(root: Path, data: Zones) -> str:
    zones, rows, summary = data
    body = values([f"('{n}',{r})" for n, r in zones], "tz_zones (name, rule_id)") + values(
        [f"({r},{t},{o})" for r, t, o in rows], "tz_transitions (rule_id, at_utc, utc_offset)"
    )
    return "\n".join(header(root, summary) + body + [END]) + "\n"


def json_inserts(items: list[str], table: str, columns: str) -> list[str]:
    """INSERT ... SELECT FROM OPENJSON(N'[...]') WITH (columns), ROWS_PER_JSON rows each."""
    names = [c.split()[0] for c in columns.split(", ")]
    return [
        f"INSERT INTO durable.{table} ({', '.join(names)})\n"
        f"SELECT {', '.join('j.' + n for n in names)}\n"
        f"FROM OPENJSON(N'[\n{body}\n]') WITH ({columns}) AS j;"
        for body in chunks(items, ROWS_PER_JSON)
    ]


def sqlserver_block(root: Path, data: Zones) -> str:
    zones, rows, summary = data
    body = json_inserts(
        [f'["{n}",{r}]' for n, r in zones],
        "tz_zones",
        "name nvarchar(64) '$[0]', rule_id smallint '$[1]'",
    ) + json_inserts(
        [f"[{r},{t},{o}]" for r, t, o in rows],
        "tz_transitions",
        "rule_id smallint '$[0]', at_utc bigint '$[1]', utc_offset int '$[2]'",
    )
    return "\n".join(header(root, summary) + body + [END]) + "\n"


RENDER = {"mysql": mysql_block, "sqlserver": sqlserver_block}


def generate(root: Path, dialect: str = "mysql") -> str:
    """The block of one dialect."""
    return RENDER[dialect](root, compute(root))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zoneinfo", type=Path, default=ZONEINFO, help="tzdata directory")
    parser.add_argument(
        "--dialect", choices=sorted(RENDER), action="append", help="only this port's block"
    )
    parser.add_argument("--sql", type=Path, help="file holding the block (with one --dialect)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail when a block differs")
    mode.add_argument("--stdout", action="store_true", help="print the block(s) only")
    args = parser.parse_args()
    dialects = args.dialect or sorted(RENDER)
    if args.sql is not None and len(dialects) != 1:
        parser.error("--sql needs exactly one --dialect")

    data = compute(args.zoneinfo)
    status = 0
    for dialect in dialects:
        block = RENDER[dialect](args.zoneinfo, data)
        if args.stdout:
            sys.stdout.write(block)
            continue
        path = args.sql or SCHEMA_SQL[dialect]
        text = path.read_text()
        start, end = text.index(BEGIN), text.index(END)
        end = text.index("\n", end) + 1
        new = text[:start] + block + text[end:]
        if args.check:
            if new != text:
                print(f"{path}: the tzdata block is out of date; re-run {sys.argv[0]}")
                status = 1
            continue
        if new != text:
            path.write_text(new)
        print(f"{path}: {block.count(chr(10))} lines, {len(block)} bytes of tzdata")
    return status


if __name__ == "__main__":
    sys.exit(main())
