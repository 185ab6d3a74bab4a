"""Producer and operator calls: each is one driver operation.

Every function takes a driver (``await app.driver()``, ``durablesql.driver.connect``)
or a connection or pool of your own database library (an asyncpg connection or
pool for PostgreSQL).  Pass your own connection inside your transaction and the
enqueue commits or rolls back with the rest of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from durablesql import tracing
from durablesql.driver import AttemptError, LogLine, NewRun, Run, operations
from durablesql.errors import InvalidArgument
from durablesql.retry import Seconds, to_timedelta

__all__ = ["AttemptError", "LogLine", "Run"]


def dump_args(args: Mapping[str, Any] | None, what: str = "args") -> str:
    """A JSON object as text, or a clear error for anything else."""
    if args is None:
        return "{}"
    if not isinstance(args, Mapping):
        raise InvalidArgument(f"{what} must be a JSON object (a dict), got {type(args).__name__}")
    try:
        return json.dumps(args, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidArgument(f"{what} is not JSON-serialisable: {exc}") from exc
    except RecursionError as exc:
        raise InvalidArgument(f"{what} is nested too deeply to serialise") from exc


def _meta(meta: Mapping[str, Any] | None) -> str | None:
    return None if meta is None else dump_args(meta, "meta")


def _interval(value: Seconds | None, what: str) -> timedelta | None:
    return None if value is None else to_timedelta(value, what)


def _aware(when: datetime | None) -> datetime | None:
    """A run_at the database can place: a naive datetime could be any zone's."""
    if when is not None and when.tzinfo is None:
        raise InvalidArgument(
            f"run_at must be an aware datetime (with tzinfo), got {when.isoformat()}"
        )
    return when


async def enqueue(
    db: object,
    job_name: str,
    args: Mapping[str, Any] | None = None,
    *,
    queue: str | None = None,
    run_at: datetime | None = None,
    priority: int | None = None,
    max_attempts: int | None = None,
    unique_key: str | None = None,
    concurrency_key: str | None = None,
    depends_on: Sequence[int] | None = None,
    tags: Sequence[str] | None = None,
    timeout: Seconds | None = None,
    meta: Mapping[str, Any] | None = None,
    job_queue: str | None = None,
) -> int:
    """Create a run; returns its id (or the live run's id for a taken unique_key).
    ``job_queue``: the job's own queue where the caller knows it (App does), named
    as the destination of the PRODUCER span when ``queue`` is None."""
    run = NewRun(
        job_name,
        dump_args(args),
        queue,
        _aware(run_at),
        priority,
        max_attempts,
        unique_key,
        concurrency_key,
        depends_on,
        tags,
        _interval(timeout, "timeout"),
        _meta(meta),
    )
    if not tracing.active():
        return await operations(db).enqueue(run)

    async def send(meta: str | None) -> list[int]:
        return [await operations(db).enqueue(replace(run, meta=meta))]

    [run_id] = await tracing.produce(job_name, queue or job_queue, run.meta, send)
    return run_id


async def enqueue_many(
    db: object,
    job_name: str,
    args_list: Sequence[Mapping[str, Any]],
    *,
    queue: str | None = None,
    run_at: datetime | None = None,
    priority: int | None = None,
    tags: Sequence[str] | None = None,
    meta: Mapping[str, Any] | None = None,
    job_queue: str | None = None,
) -> list[int]:
    """Create one run per args document in one statement; ids in the same order."""
    documents = [dump_args(a) for a in args_list]
    when, meta_json = _aware(run_at), _meta(meta)

    async def send(meta_json: str | None) -> list[int]:
        return await operations(db).enqueue_many(
            job_name, documents, queue=queue, run_at=when, priority=priority, tags=tags,
            meta=meta_json,
        )  # fmt: skip

    return await tracing.produce(job_name, queue or job_queue, meta_json, send, len(documents))


async def cancel(db: object, run_id: int) -> bool:
    """True: cancelled (or being cancelled, if running); False: it had already finished."""
    return await operations(db).cancel(run_id)


async def retry(db: object, run_id: int) -> int:
    """Put a failed or cancelled run back to pending (same id, attempts reset)."""
    return await operations(db).retry(run_id)


async def prune(db: object, older_than: Seconds | None = None, batch_size: int = 1000) -> int:
    """Remove terminal runs older than `older_than` (default: the retention setting)."""
    return await operations(db).prune(_interval(older_than, "older_than"), batch_size)


async def set_queue(
    db: object,
    queue: str,
    *,
    priority: int | None = None,
    weight: int | None = None,
    concurrency_limit: int | None = None,
    lag_slo: Seconds | None = None,
) -> None:
    """Upsert a queue's settings; None leaves one unchanged, concurrency_limit=0 removes
    the limit, lag_slo=0 the lag objective."""
    await operations(db).set_queue(
        queue, priority, weight, concurrency_limit, _interval(lag_slo, "lag_slo")
    )


async def pause_queue(db: object, queue: str) -> None:
    await operations(db).pause_queue(queue)


async def resume_queue(db: object, queue: str) -> None:
    await operations(db).resume_queue(queue)


async def get_run(db: object, run_id: int) -> Run | None:
    return await operations(db).get_run(run_id)


async def list_runs(
    db: object,
    *,
    status: str | None = None,
    job_name: str | None = None,
    queue: str | None = None,
    tag: str | None = None,
    limit: int = 50,
) -> list[Run]:
    """Newest first, filtered (durable.list_runs)."""
    return await operations(db).list_runs(
        status=status, job_name=job_name, queue=queue, tag=tag, max_runs=limit
    )


async def get_logs(db: object, run_id: int) -> list[LogLine]:
    """A run's log lines, oldest first."""
    return await operations(db).get_logs(run_id)


async def attempt_errors(db: object, run_id: int) -> list[AttemptError]:
    """Every attempt of a run that ended in an error, oldest first."""
    return await operations(db).attempt_errors(run_id)


async def health_warning(db: object) -> str | None:
    """durable.health's warning: dead rows piling up in the hot table, or a long
    transaction keeping vacuum from removing them (None when all is well)."""
    return (await operations(db).health()).warning
