"""Producer and operator calls: each is one call of a durable.* SQL function.

Every function takes an ``asyncpg`` connection or pool.  Pass your own
connection inside ``async with conn.transaction():`` and the enqueue commits or
rolls back with the rest of your transaction.

JSON crosses the wire as text (``$n::text::jsonb``), so these calls work on any
connection whatever jsonb codec its owner configured.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ParamSpec, Protocol, TypeVar

import asyncpg

from durablesql import errors
from durablesql.errors import InvalidArgument
from durablesql.retry import Seconds, to_timedelta


class Executor(Protocol):
    """What the client needs: an asyncpg Connection or Pool."""

    async def fetchval(self, query: str, *args: Any, column: int = 0) -> Any: ...
    async def fetch(self, query: str, *args: Any) -> list[asyncpg.Record]: ...
    async def fetchrow(self, query: str, *args: Any) -> asyncpg.Record | None: ...


P = ParamSpec("P")
T = TypeVar("T")


def sql_errors(fn: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    """Re-raise DS-class PostgreSQL errors as DurableError subclasses."""

    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        with errors.sql_errors():
            return await fn(*args, **kwargs)

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__qualname__ = fn.__qualname__
    return wrapper


def dump_args(args: Mapping[str, Any] | None, what: str = "args") -> str:
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


def _list(values: Sequence[Any] | None) -> list[Any] | None:
    return None if values is None else list(values)


def _interval(value: Seconds | None, what: str) -> timedelta | None:
    return None if value is None else to_timedelta(value, what)


@sql_errors
async def enqueue(
    db: Executor,
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
) -> int:
    """Create a run; returns its id (or the live run's id for a taken unique_key)."""
    run_id: int = await db.fetchval(
        "SELECT durable.enqueue($1, $2::text::jsonb, queue => $3, run_at => $4, priority => $5,"
        " max_attempts => $6, unique_key => $7, concurrency_key => $8, depends_on => $9,"
        " tags => $10, timeout => $11, meta => $12::text::jsonb)",
        job_name,
        dump_args(args),
        queue,
        run_at,
        priority,
        max_attempts,
        unique_key,
        concurrency_key,
        _list(depends_on),
        _list(tags),
        _interval(timeout, "timeout"),
        _meta(meta),
    )
    return run_id


@sql_errors
async def enqueue_many(
    db: Executor,
    job_name: str,
    args_list: Sequence[Mapping[str, Any]],
    *,
    queue: str | None = None,
    run_at: datetime | None = None,
    priority: int | None = None,
    tags: Sequence[str] | None = None,
    meta: Mapping[str, Any] | None = None,
) -> list[int]:
    """Create one run per args document in one statement; ids in the same order."""
    rows = await db.fetch(
        "SELECT durable.enqueue_many($1, $2::text[]::jsonb[], queue => $3, run_at => $4,"
        " priority => $5, tags => $6, meta => $7::text::jsonb)",
        job_name,
        [dump_args(a) for a in args_list],
        queue,
        run_at,
        priority,
        _list(tags),
        _meta(meta),
    )
    return [row[0] for row in rows]


@sql_errors
async def cancel(db: Executor, run_id: int) -> bool:
    """True: cancelled (or being cancelled, if running); False: it had already finished."""
    result: bool = await db.fetchval("SELECT durable.cancel($1)", run_id)
    return result


@sql_errors
async def retry(db: Executor, run_id: int) -> int:
    """Put a failed or cancelled run back to pending (same id, attempts reset)."""
    result: int = await db.fetchval("SELECT durable.retry($1)", run_id)
    return result


@sql_errors
async def prune(db: Executor, older_than: Seconds | None = None, batch_size: int = 1000) -> int:
    """Remove terminal runs older than `older_than` (default: the retention setting)."""
    removed: int = await db.fetchval(
        "SELECT durable.prune($1, $2)", _interval(older_than, "older_than"), batch_size
    )
    return removed


# ---------------------------------------------------------------------- queues


@sql_errors
async def set_queue(
    db: Executor,
    queue: str,
    *,
    priority: int | None = None,
    weight: int | None = None,
    concurrency_limit: int | None = None,
) -> None:
    """Upsert a queue's settings; None leaves one unchanged, concurrency_limit=0 removes it."""
    await db.fetchval(
        "SELECT durable.set_queue($1, priority => $2, weight => $3, concurrency_limit => $4)",
        queue,
        priority,
        weight,
        concurrency_limit,
    )


@sql_errors
async def pause_queue(db: Executor, queue: str) -> None:
    await db.fetchval("SELECT durable.pause_queue($1)", queue)


@sql_errors
async def resume_queue(db: Executor, queue: str) -> None:
    await db.fetchval("SELECT durable.resume_queue($1)", queue)


# ---------------------------------------------------------------------- runs


@dataclass(frozen=True)
class Run:
    """One run as durable.all_runs shows it."""

    run_id: int
    job_name: str
    queue: str
    status: str
    args: dict[str, Any]
    result: Any
    error: str | None
    attempt: int
    max_attempts: int
    priority: int
    run_at: datetime
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    worker: str | None
    unique_key: str | None
    concurrency_key: str | None
    tags: list[str] | None
    depends_on: list[int] | None
    meta: dict[str, Any] | None
    progress: float | None
    progress_note: str | None

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES


TERMINAL_STATUSES = frozenset({"succeeded", "failed", "cancelled"})

_RUN_COLUMNS = (
    "run_id, job_name, queue, status, args::text AS args, result::text AS result, error,"
    " attempt, max_attempts, priority, run_at, created_at, started_at, finished_at, worker,"
    " unique_key, concurrency_key, tags, depends_on, meta::text AS meta, progress, progress_note"
)


def _run(row: asyncpg.Record) -> Run:
    values = dict(row)
    for key in ("args", "result", "meta"):
        values[key] = None if values[key] is None else json.loads(values[key])
    return Run(**values)


@sql_errors
async def get_run(db: Executor, run_id: int) -> Run | None:
    row = await db.fetchrow(
        f"SELECT {_RUN_COLUMNS} FROM durable.all_runs WHERE run_id = $1", run_id
    )
    return None if row is None else _run(row)


@sql_errors
async def list_runs(
    db: Executor,
    *,
    status: str | None = None,
    job_name: str | None = None,
    queue: str | None = None,
    tag: str | None = None,
    limit: int = 50,
) -> list[Run]:
    """Newest first, filtered; the filters are parameters, never SQL text."""
    rows = await db.fetch(
        f"SELECT {_RUN_COLUMNS} FROM durable.all_runs"
        " WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR job_name = $2)"
        " AND ($3::text IS NULL OR queue = $3) AND ($4::text IS NULL OR tags @> ARRAY[$4])"
        " ORDER BY run_id DESC LIMIT $5",
        status,
        job_name,
        queue,
        tag,
        limit,
    )
    return [_run(r) for r in rows]


@dataclass(frozen=True)
class LogLine:
    """One line of durable.run_logs."""

    logged_at: datetime
    attempt: int
    level: str
    message: str
    worker: str


@sql_errors
async def get_logs(db: Executor, run_id: int) -> list[LogLine]:
    """A run's log lines, oldest first."""
    rows = await db.fetch(
        "SELECT logged_at, attempt, level, message, worker FROM durable.log_lines"
        " WHERE run_id = $1 ORDER BY log_id",
        run_id,
    )
    return [LogLine(**dict(r)) for r in rows]


@sql_errors
async def dependency_tree(db: Executor, run_id: int) -> list[asyncpg.Record]:
    """durable.dependency_tree(run_id): ancestors (depth < 0), the run, descendants."""
    return await db.fetch(
        "SELECT * FROM durable.dependency_tree($1) ORDER BY depth, run_id", run_id
    )


HEALTH_SQL = "SELECT warning FROM durable.health()"


@sql_errors
async def health_warning(db: Executor) -> str | None:
    """durable.health's warning: dead rows piling up in the hot table, or a long
    transaction keeping vacuum from removing them (None when all is well)."""
    warning: str | None = await db.fetchval(HEALTH_SQL)
    return warning


@sql_errors
async def queue_stats(db: Executor) -> list[asyncpg.Record]:
    return await db.fetch("SELECT * FROM durable.queue_stats ORDER BY queue")


@sql_errors
async def worker_status(db: Executor) -> list[asyncpg.Record]:
    return await db.fetch("SELECT * FROM durable.worker_status ORDER BY worker")
