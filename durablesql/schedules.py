"""Recurring schedules: what a program declares, and one SQL call per admin action.

Materialisation, next-slot computation, catch-up and registration sync all
happen in SQL (``durable.materialize_schedules``, ``durable.sync_schedules``);
this module only carries the declarations there and the answers back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import asyncpg

from durablesql.client import Executor, dump_args, sql_errors
from durablesql.errors import InvalidArgument

EXISTING = ("keep_database", "update_from_code")
ORPHANED = ("disable", "ignore")
CATCH_UP = ("skip_missed", "catch_up")


@dataclass(frozen=True)
class ScheduleSpec:
    """A schedule as declared in code; its fields are durable.define_schedule's."""

    name: str
    job_name: str
    cron: str
    timezone: str = "UTC"
    args: Mapping[str, Any] = field(default_factory=dict)
    queue: str | None = None
    enabled: bool = True
    allow_concurrent: bool = False
    catch_up: str = "skip_missed"

    def __post_init__(self) -> None:
        from durablesql.cron import check_cron, check_time_zone

        # Early feedback at import time; the database checks again at sync.
        check_cron(self.cron)
        check_time_zone(self.timezone)
        dump_args(self.args)
        if self.catch_up not in CATCH_UP:
            raise InvalidArgument(
                f"catch_up must be skip_missed or catch_up, got {self.catch_up!r}"
            )

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "job_name": self.job_name,
            "cron": self.cron,
            "timezone": self.timezone,
            "args": dict(self.args),
            "queue": self.queue,
            "enabled": self.enabled,
            "allow_concurrent": self.allow_concurrent,
            "catch_up": self.catch_up,
        }


@dataclass(frozen=True)
class ScheduleSync:
    """How a worker reconciles the app's schedules with the database at start-up.

    ``existing``: ``keep_database`` (stored cron, zone and enabled state win:
    an operator may have changed them) or ``update_from_code``.
    ``orphaned``: ``disable`` (a schedule this app registered that its code no
    longer declares) or ``ignore``.
    """

    existing: str = "keep_database"
    orphaned: str = "disable"

    def __post_init__(self) -> None:
        if self.existing not in EXISTING:
            raise InvalidArgument(
                f"existing must be keep_database or update_from_code, got {self.existing!r}"
            )
        if self.orphaned not in ORPHANED:
            raise InvalidArgument(f"orphaned must be disable or ignore, got {self.orphaned!r}")


SYNC_SQL = "SELECT name, action FROM durable.sync_schedules($1, $2::text::jsonb, $3, $4)"
MATERIALIZE_SQL = "SELECT durable.materialize_schedules()"


@sql_errors
async def sync(
    db: Executor, owner: str, specs: list[ScheduleSpec], policy: ScheduleSync
) -> list[tuple[str, str]]:
    """durable.sync_schedules: (name, action) for each schedule created, kept, updated, disabled."""
    rows = await db.fetch(
        SYNC_SQL,
        owner,
        json.dumps([s.as_json() for s in specs]),
        policy.existing,
        policy.orphaned,
    )
    return [(r["name"], r["action"]) for r in rows]


@sql_errors
async def define(db: Executor, spec: ScheduleSpec) -> None:
    await db.fetchval(
        "SELECT durable.define_schedule($1, $2, $3, timezone => $4, args => $5::text::jsonb,"
        " queue => $6, enabled => $7, allow_concurrent => $8, catch_up => $9)",
        spec.name,
        spec.job_name,
        spec.cron,
        spec.timezone,
        dump_args(spec.args),
        spec.queue,
        spec.enabled,
        spec.allow_concurrent,
        spec.catch_up,
    )


@sql_errors
async def set_enabled(db: Executor, name: str, enabled: bool) -> datetime | None:
    """Enable (next slot from now) or disable (no next run); returns the next run time."""
    result: datetime | None = await db.fetchval(
        "SELECT durable.set_schedule_enabled($1, $2)", name, enabled
    )
    return result


@sql_errors
async def update_cron(
    db: Executor, name: str, cron: str, timezone: str | None = None
) -> datetime | None:
    """A new cron (and zone; None keeps it); returns the next run time."""
    result: datetime | None = await db.fetchval(
        "SELECT durable.update_schedule_cron($1, $2, $3)", name, cron, timezone
    )
    return result


@sql_errors
async def run_now(db: Executor, name: str) -> int:
    """An ad-hoc run of the schedule, cron untouched (the live run's id when one is
    live and the schedule does not allow concurrent runs)."""
    run_id: int = await db.fetchval("SELECT durable.run_schedule_now($1)", name)
    return run_id


@sql_errors
async def materialize(db: Executor) -> int:
    """Enqueue every due slot now; returns how many runs were enqueued."""
    count: int = await db.fetchval(MATERIALIZE_SQL)
    return count


@sql_errors
async def status(db: Executor) -> list[asyncpg.Record]:
    return await db.fetch("SELECT * FROM durable.schedule_status ORDER BY name")
