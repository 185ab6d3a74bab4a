"""Recurring schedules as a program declares them.

Materialisation, next-slot computation, catch-up and registration sync all
happen in SQL (``durable.materialize_schedules``, ``durable.sync_schedules``);
this module only carries the declarations there.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from durablesql.client import dump_args
from durablesql.driver import ScheduleDefinition


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

        # Early feedback at import time, offline; the database decides at sync.
        check_cron(self.cron)
        check_time_zone(self.timezone)
        dump_args(self.args)

    def definition(self) -> ScheduleDefinition:
        return ScheduleDefinition(
            self.name,
            self.job_name,
            self.cron,
            self.timezone,
            dump_args(self.args),
            self.queue,
            self.enabled,
            self.allow_concurrent,
            self.catch_up,
        )


@dataclass(frozen=True)
class ScheduleSync:
    """How a worker reconciles the app's schedules with the database at start-up
    (durable.sync_schedules checks the words).

    ``existing``: ``keep_database`` (stored cron, zone and enabled state win:
    an operator may have changed them) or ``update_from_code``.
    ``orphaned``: ``disable`` (a schedule this app registered that its code no
    longer declares) or ``ignore``.
    """

    existing: str = "keep_database"
    orphaned: str = "disable"


def as_json(specs: list[ScheduleSpec]) -> str:
    """The declarations as durable.sync_schedules takes them: a JSON array of objects."""
    return json.dumps([{**vars(s), "args": dict(s.args)} for s in specs], separators=(",", ":"))
