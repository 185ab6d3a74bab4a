"""Values on the wire of the dialects without native arrays and intervals (MariaDB/MySQL,
SQL Server), both ways: aware datetimes as naive UTC, intervals as seconds, arrays as
JSON arrays, JSON documents as text; and a row of ``durable.all_runs`` as a Run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from durablesql.driver.records import Run
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
