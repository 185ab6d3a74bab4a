#!/usr/bin/env python3
"""Generate the time-zone data of the MariaDB/MySQL port (a block of sql/mysql/schema.sql).

    python3 sql/mysql/generate_tzdata.py            # rewrite the block in sql/mysql/schema.sql
    python3 sql/mysql/generate_tzdata.py --check    # fail when the block is out of date
    python3 sql/mysql/generate_tzdata.py --stdout   # print the block

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
SCHEMA_SQL = Path(__file__).resolve().parent / "schema.sql"
BEGIN = "-- BEGIN GENERATED TZDATA"
END = "-- END GENERATED TZDATA"

FIRST = 0  # 1970-01-01 00:00:00 UTC
END_AT = int(datetime(2101, 1, 1, tzinfo=UTC).timestamp())  # exclusive: 2100 included
START_OF_TIME = -62135596800  # 0001-01-01 00:00:00 UTC: "from the beginning" row
DAY = 86400
ROWS_PER_INSERT = 1000
ROWS_PER_LINE = 8


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


def values(rows: list[str], table: str) -> list[str]:
    out = []
    for i in range(0, len(rows), ROWS_PER_INSERT):
        chunk = rows[i : i + ROWS_PER_INSERT]
        lines = [
            ",".join(chunk[j : j + ROWS_PER_LINE]) for j in range(0, len(chunk), ROWS_PER_LINE)
        ]
        out.append(f"INSERT INTO durable.{table} VALUES\n" + ",\n".join(lines) + ";")
    return out


def generate(root: Path) -> str:
    names = zone_names(root)
    rule_sets: dict[tuple[int, tuple[tuple[int, int], ...]], int] = {}
    zone_rows = []
    for name in names:
        first, found = transitions(root, name)
        key = (first, tuple(found))
        rule_id = rule_sets.setdefault(key, len(rule_sets) + 1)
        assert "'" not in name and "\\" not in name, name
        zone_rows.append(f"('{name}',{rule_id})")
    transition_rows = []
    for (first, found), rule_id in rule_sets.items():
        transition_rows.append(f"({rule_id},{START_OF_TIME},{first})")
        transition_rows += [f"({rule_id},{t},{o})" for t, o in found]
    header = [
        BEGIN,
        f"-- tzdata {tzdata_version(root)} from {root}, written by",
        "--     python3 sql/mysql/generate_tzdata.py",
        "-- (do not edit by hand; re-run it when tzdata changes, then re-apply this file).",
        f"-- {len(names)} zone names, {len(rule_sets)} rule sets, "
        f"{len(transition_rows)} transition rows (1970-2100).",
    ]
    body = values(zone_rows, "tz_zones (name, rule_id)") + values(
        transition_rows, "tz_transitions (rule_id, at_utc, utc_offset)"
    )
    return "\n".join(header + body + [END]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zoneinfo", type=Path, default=ZONEINFO, help="tzdata directory")
    parser.add_argument("--sql", type=Path, default=SCHEMA_SQL, help="file holding the block")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail when the block differs")
    mode.add_argument("--stdout", action="store_true", help="print the block only")
    args = parser.parse_args()

    block = generate(args.zoneinfo)
    if args.stdout:
        sys.stdout.write(block)
        return 0
    text = args.sql.read_text()
    start, end = text.index(BEGIN), text.index(END)
    end = text.index("\n", end) + 1
    new = text[:start] + block + text[end:]
    if args.check:
        if new != text:
            print(f"{args.sql}: the tzdata block is out of date; re-run {sys.argv[0]}")
            return 1
        return 0
    if new != text:
        args.sql.write_text(new)
    print(f"{args.sql}: {block.count(chr(10))} lines, {len(block)} bytes of tzdata")
    return 0


if __name__ == "__main__":
    sys.exit(main())
