"""Cron in Python: early validation and previews with croniter.

The database is the authority: ``durable.cron_next`` decides every slot a
schedule fires.  This module gives a program (and ``durablesql schedules
next``) feedback without a connection: a bad expression or zone fails at the
decorator, and a preview lists upcoming times.  Away from daylight-saving
transitions croniter and the SQL agree; near them the SQL follows the rule in
the README (croniter can differ there, for example by firing a fixed local
time twice in a fall-back overlap).
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime

from croniter import CroniterError, croniter

from durablesql.errors import InvalidArgument, InvalidCron, UnknownTimeZone


def check_time_zone(timezone: str) -> zoneinfo.ZoneInfo:
    """'UTC' or an IANA region name ('Europe/Berlin'); no abbreviations or Windows ids."""
    if (
        not isinstance(timezone, str)
        or not (timezone == "UTC" or "/" in timezone)
        or timezone.startswith(("posix/", "right/"))
    ):
        raise UnknownTimeZone(
            f"unknown time zone {timezone!r}: use an IANA name such as 'Europe/Berlin'"
            " (Windows ids, abbreviations and POSIX strings are not accepted)"
        )
    try:
        return zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimeZone(
            f"unknown time zone {timezone!r}: use an IANA name such as 'Europe/Berlin'"
        ) from exc


def check_cron(cron: str) -> None:
    """5 fields (m h dom mon dow) or 6 (s m h dom mon dow), as croniter reads them."""
    if not isinstance(cron, str):
        raise InvalidCron(f"cron expression must be a string, got {type(cron).__name__}")
    fields = cron.split()
    if len(fields) not in (5, 6):
        raise InvalidCron(
            f"cron {cron!r} has {len(fields)} fields; expected 5 (minute hour day-of-month"
            " month day-of-week) or 6 (second minute hour day-of-month month day-of-week)"
        )
    if not croniter.is_valid(cron, second_at_beginning=len(fields) == 6):
        raise InvalidCron(f"cron {cron!r} is not a valid cron expression")


def preview(cron: str, timezone: str = "UTC", *, after: datetime, count: int = 5) -> list[datetime]:
    """The next `count` fire times after `after` (croniter), in the schedule's zone."""
    check_cron(cron)
    zone = check_time_zone(timezone)
    try:
        it = croniter(cron, after.astimezone(zone), second_at_beginning=len(cron.split()) == 6)
        return [it.get_next(datetime) for _ in range(count)]
    except CroniterError as exc:  # e.g. '0 0 30 2 *', which never fires
        raise InvalidCron(f"cron {cron!r}: {exc}") from exc
    except OverflowError as exc:
        raise InvalidArgument(f"no fire time of {cron!r} fits before year 10000") from exc
