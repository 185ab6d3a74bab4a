"""Values on the wire of the dialects without native arrays and intervals (MariaDB/MySQL,
SQL Server, SQLite), both ways: aware datetimes as naive UTC, intervals as seconds, arrays as
JSON arrays, JSON documents as text; and a row of ``durable.all_runs`` as a Run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from durablesql.driver.records import (
    AttemptError,
    Health,
    LogLine,
    QueueStats,
    Run,
    ScheduleStatus,
    SloStatus,
    TreeNode,
    WorkerStatus,
)
from durablesql.errors import InvalidArgument

Row = dict[str, Any]


# ---------------------------------------------------------------- values in
def when(at: datetime | None) -> datetime | None:
    """An aware datetime as the naive UTC one a DATETIME(6) (datetime2) column holds."""
    if at is None:
        return None
    if at.tzinfo is None:
        raise InvalidArgument(f"a time must be aware (with tzinfo), got {at.isoformat()}")
    return at.astimezone(UTC).replace(tzinfo=None)


def seconds(interval: timedelta | None) -> float | None:
    return None if interval is None else interval.total_seconds()


def json_array(values: Iterable[Any] | None) -> str | None:
    """A JSON array of plain values (ids, names, numbers), or NULL."""
    return None if values is None else json.dumps(list(values), ensure_ascii=False)


def json_texts(texts: Iterable[str | None]) -> str:
    """A JSON array of JSON texts, joined as they are (None: JSON null)."""
    return "[" + ",".join("null" if t is None else t for t in texts) + "]"


def flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


# ---------------------------------------------------------------- values out
def utc(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(tzinfo=UTC)


def interval(value: float | Decimal | None) -> timedelta | None:
    return None if value is None else timedelta(seconds=float(value))


def decoded(text: str | bytes | None) -> Any:
    return None if text is None else json.loads(text)


def count(value: int | Decimal | None) -> int:
    return 0 if value is None else int(value)


def number(value: int | Decimal | None) -> int | None:
    return None if value is None else int(value)


def run_from_row(row: Row) -> Run:
    """A Run from a row of durable.all_runs (columns by name)."""
    return Run(
        run_id=int(row["run_id"]),
        job_name=row["job_name"],
        queue=row["queue"],
        status=row["status"],
        args=decoded(row["args"]),
        result=decoded(row["result"]),
        error=row["error"],
        attempt=int(row["attempt"]),
        max_attempts=int(row["max_attempts"]),
        priority=int(row["priority"]),
        run_at=row["run_at"].replace(tzinfo=UTC),
        created_at=row["created_at"].replace(tzinfo=UTC),
        started_at=utc(row["started_at"]),
        finished_at=utc(row["finished_at"]),
        worker=row["worker"],
        unique_key=row["unique_key"],
        concurrency_key=row["concurrency_key"],
        tags=decoded(row["tags"]),
        depends_on=decoded(row["depends_on"]),
        meta=decoded(row["meta"]),
        progress=None if row["progress"] is None else float(row["progress"]),
        progress_note=row["progress_note"],
    )


# ---------------------------------------------------------------- rows of the views
def log_line(row: Row) -> LogLine:
    """A row of durable.log_lines."""
    return LogLine(
        logged_at=row["logged_at"].replace(tzinfo=UTC),
        attempt=int(row["attempt"]),
        level=row["level"],
        message=row["message"],
        worker=row["worker"],
    )


def attempt_error(row: Row) -> AttemptError:
    """A row of durable.attempt_errors."""
    return AttemptError(
        failed_at=row["failed_at"].replace(tzinfo=UTC),
        attempt=int(row["attempt"]),
        outcome=row["outcome"],
        error=row["error"],
        worker=row["worker"],
    )


def tree(rows: Iterable[Row]) -> list[TreeNode]:
    """durable.dependency_tree's rows, by depth then id."""
    nodes = [
        TreeNode(
            run_id=int(row["run_id"]),
            depth=int(row["depth"]),
            depends_on=decoded(row["depends_on"]),
            job_name=row["job_name"],
            status=row["status"],
            error=row["error"],
        )
        for row in rows
    ]
    return sorted(nodes, key=lambda n: (n.depth, n.run_id))


def queue_stats(row: Row) -> QueueStats:
    """A row of durable.queue_stats (oldest_due_age in seconds)."""
    return QueueStats(
        queue=row["queue"],
        pending=count(row["pending"]),
        due=count(row["due"]),
        leased=count(row["leased"]),
        oldest_due_age=interval(row["oldest_due_age"]),
        paused=bool(row["paused"]),
        waiting=count(row["waiting"]),
        priority=count(row["priority"]),
        weight=count(row["weight"]),
        concurrency_limit=number(row["concurrency_limit"]),
    )


def worker_status(row: Row) -> WorkerStatus:
    """A row of durable.worker_status (queues and info as JSON text)."""
    return WorkerStatus(
        worker=row["worker"],
        queues=decoded(row["queues"]),
        concurrency=int(row["concurrency"]),
        started_at=row["started_at"].replace(tzinfo=UTC),
        last_seen=row["last_seen"].replace(tzinfo=UTC),
        leased=count(row["leased"]),
        info=decoded(row["info"]) or {},
    )


def schedule_status(row: Row) -> ScheduleStatus:
    """A row of durable.schedule_status."""
    values = dict(row)
    for key in ("next_run_at", "last_run_at", "last_skipped_at", "created_at"):
        values[key] = utc(values[key])
    values["updated_at"] = utc(values["updated_at"])
    values["args"] = decoded(values["args"])
    values["enabled"] = bool(values["enabled"])
    values["allow_concurrent"] = bool(values["allow_concurrent"])
    values["last_run_id"] = number(values["last_run_id"])
    return ScheduleStatus(**values)


def slo_status(row: Row) -> SloStatus:
    share = row["share_within_slo"]
    return SloStatus(
        queue=row["queue"],
        lag_slo=interval(row["lag_slo"]),
        oldest_due_age=interval(row["oldest_due_age"]),
        within_slo=None if row["within_slo"] is None else bool(row["within_slo"]),
        started_last_hour=number(row["started_last_hour"]),
        started_within_slo=number(row["started_within_slo"]),
        share_within_slo=None if share is None else float(share),
    )


def health(row: Row | None) -> Health:
    """durable.health's row (a column a port lacks, or no row at all: None)."""
    if row is None:
        return Health(None, None, None, None, None, None, None, None, None)
    return Health(
        live_runs=number(row.get("live_runs")),
        dead_runs=number(row.get("dead_runs")),
        last_vacuum=utc(row.get("last_vacuum")),
        oldest_xact_pid=number(row.get("oldest_xact_pid")),
        oldest_xact_age=interval(row.get("oldest_xact_age")),
        oldest_xact_user=row.get("oldest_xact_user"),
        oldest_xact_application=row.get("oldest_xact_application"),
        oldest_xact_state=row.get("oldest_xact_state"),
        warning=row.get("warning"),
    )
