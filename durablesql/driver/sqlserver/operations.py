"""Every durable.* call the Python layer makes, as T-SQL text on pymssql.

The engine's operations are procedures called by name with named parameters
(``EXEC durable.enqueue @job_name = %s, …``), every parameter passed (NULL meaning
its default).  One value comes back as a one-row result set named after the
procedure; rows as the result set; ``void`` as none.  On the wire: intervals are
seconds, arrays JSON arrays, JSON values text, times ``datetime2(6)`` holding UTC
(aware datetimes in Python, sent as ISO text and converted here both ways).

pymssql is blocking: every call runs in a thread (``asyncio``'s default executor),
one call per connection at a time.  A call whose awaiting task is cancelled
leaves its thread to finish; the connection is then closed, never handed out
again while the thread may still be using it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pymssql

from durablesql.driver import values
from durablesql.driver.interface import Operations
from durablesql.driver.records import (
    AttemptError,
    ClaimedRun,
    Explanation,
    Health,
    JobDefinition,
    Limits,
    LogLine,
    NewRun,
    OutcomeCount,
    QueueStats,
    Run,
    RunSearch,
    ScheduleDefinition,
    ScheduleStatus,
    SloStatus,
    TreeNode,
    WorkerStatus,
)
from durablesql.driver.sqlserver.errors import is_connection_error, translate
from durablesql.driver.sqlserver.migrate import installed_version
from durablesql.driver.values import (
    Row,
    attempt_error,
    count,
    decoded,
    interval,
    json_array,
    json_texts,
    log_line,
    number,
    run_from_row,
    seconds,
    tree,
    utc,
    when,
)
from durablesql.errors import InvalidArgument

T = TypeVar("T")
# durable.bound('max_list_runs'): the most runs one read returns.
MAX_RUNS = 10000
Work = Callable[[pymssql.Connection], T]


def call(procedure: str, *parameters: str) -> str:
    """``EXEC durable.<procedure> @a = %s, @b = %s, …``: every parameter by name, in
    PostgreSQL's order (the names are this module's constants, never input)."""
    named = ", ".join(f"@{p} = %s" for p in parameters)
    return f"EXEC durable.{procedure} {named}".rstrip()


ENQUEUE = call(
    "enqueue", "job_name", "args", "queue", "run_at", "priority", "max_attempts",
    "unique_key", "concurrency_key", "depends_on", "tags", "timeout", "meta",
)  # fmt: skip
ENQUEUE_MANY = call(
    "enqueue_many", "job_name", "args", "queue", "run_at", "priority", "tags", "meta"
)
DEFINE_JOB = call(
    "define_job", "job_name", "queue", "max_attempts", "retry_behavior", "retry_delay",
    "retry_max_delay", "retry_jitter", "timeout", "priority", "concurrency_limit",
    "keep_succeeded",
)  # fmt: skip
REGISTER = call("register_worker", "worker", "queues", "concurrency", "info")
UNREGISTER = call("unregister_worker", "worker")
CLAIM = call("claim", "worker", "queues", "max_runs", "lease", "strategy")
COMPLETE = call("complete", "worker", "run_ids", "results")
FAIL = call("fail", "worker", "run_id", "error", "retryable")
HEARTBEAT = call("heartbeat", "worker", "run_ids", "lease")
RELEASE = call("release", "worker", "run_ids")
LOG_MANY = call("log_many", "worker", "run_ids", "levels", "messages")
SET_PROGRESS_MANY = call("set_progress_many", "worker", "run_ids", "progress", "notes")
MATERIALIZE = call("materialize_schedules", "now")  # now: NULL, the clock
SYNC_SCHEDULES = call("sync_schedules", "owner", "schedules", "existing", "orphaned")
CANCEL = call("cancel", "run_id")
RETRY = call("retry", "run_id")
PRUNE = call("prune", "older_than", "batch_size")
SWEEP = call("sweep", "batch_size")
SET_QUEUE = call("set_queue", "queue", "priority", "weight", "concurrency_limit", "lag_slo")
PAUSE_QUEUE = call("pause_queue", "queue")
RESUME_QUEUE = call("resume_queue", "queue")
DEFINE_SCHEDULE = call(
    "define_schedule", "name", "job_name", "cron", "timezone", "args", "queue", "enabled",
    "allow_concurrent", "catch_up",
)  # fmt: skip
SET_SCHEDULE_ENABLED = call("set_schedule_enabled", "name", "enabled")
UPDATE_SCHEDULE_CRON = call("update_schedule_cron", "name", "cron", "timezone")
RUN_SCHEDULE_NOW = call("run_schedule_now", "name")
CRON_PREVIEW = call("cron_preview", "cron", "after", "timezone", "count")
LIST_RUNS = call("list_runs", "status", "job_name", "queue", "tag", "max_runs", "before_id")
DEPENDENCY_TREE = call("dependency_tree", "run_id")
EXPLAIN_RUN = call("explain_run", "run_id")
HEALTH = call("health")
METRICS_TEXT = call("metrics_text")
LIMITS = "SELECT durable.limits()"
OPEN_TRANSACTIONS = "SELECT @@TRANCOUNT"
RUN_COLUMNS = (
    "run_id, job_name, queue, status, args, result, error, attempt, max_attempts, priority,"
    " run_at, created_at, started_at, finished_at, worker, unique_key, concurrency_key, tags,"
    " depends_on, meta, progress, progress_note"
)
GET_RUN = f"SELECT {RUN_COLUMNS} FROM durable.all_runs WHERE run_id = %s"
GET_LOGS = (
    "SELECT logged_at, attempt, level, message, worker FROM durable.log_lines"
    " WHERE run_id = %s ORDER BY log_id"
)
ATTEMPT_ERRORS = (
    "SELECT failed_at, attempt, outcome, error, worker FROM durable.attempt_errors"
    " WHERE run_id = %s ORDER BY error_id"
)
QUEUE_STATS = (
    "SELECT queue, pending, due, leased, oldest_due_age, paused, waiting, priority, weight,"
    " concurrency_limit FROM durable.queue_stats ORDER BY queue"
)
WORKER_STATUS = (
    "SELECT worker, queues, concurrency, started_at, last_seen, leased, info"
    " FROM durable.worker_status ORDER BY worker"
)
SLO_STATUS = (
    "SELECT queue, lag_slo, oldest_due_age, within_slo, started_last_hour, started_within_slo,"
    " share_within_slo FROM durable.slo_status ORDER BY queue"
)
SCHEDULE_STATUS = (
    "SELECT name, job_name, cron, timezone, enabled, allow_concurrent, catch_up, next_run_at,"
    " last_run_at, last_run_id, last_run_status, last_skipped_at, args, queue, origin,"
    " created_at, updated_at FROM durable.schedule_status ORDER BY name"
)

# The dashboard's reads: ad-hoc batches on the views (durable_producer may SELECT them),
# each value a parameter bound once to a variable.  args and meta terms arrive as one
# JSON array of [0 (args) or 1 (meta), key, value]; a key is compared with OPENJSON's
# key (the member's exact name, never a JSON path), a value with OPENJSON's value
# (a string unquoted, a number as written, true/false, an object or array as JSON text;
# JSON null matches nothing), both binary, as PostgreSQL compares text.
SEARCH_RUNS = (
    "DECLARE @finished_since datetime2(6) = %s, @status nvarchar(max) = %s,"
    " @job_name nvarchar(max) = %s, @queue nvarchar(max) = %s, @tag nvarchar(max) = %s,"
    " @worker nvarchar(max) = %s, @run_id bigint = %s, @terms nvarchar(max) = %s,"
    " @before_id bigint = %s, @max_runs int = %s;"
    f" SELECT TOP (@max_runs) {RUN_COLUMNS} FROM durable.all_runs AS a"
    " WHERE (a.finished_at IS NULL OR @finished_since IS NULL"
    " OR a.finished_at >= @finished_since)"
    " AND (@status IS NULL OR a.status = @status)"
    " AND (@job_name IS NULL OR a.job_name = @job_name)"
    " AND (@queue IS NULL OR a.queue = @queue)"
    " AND (@tag IS NULL OR EXISTS (SELECT 1 FROM OPENJSON(a.tags) AS t"
    " WHERE t.value = @tag COLLATE Latin1_General_100_BIN2))"
    " AND (@worker IS NULL OR a.worker = @worker)"
    " AND (@run_id IS NULL OR a.run_id = @run_id)"
    " AND NOT EXISTS (SELECT 1 FROM OPENJSON(@terms)"
    " WITH (of_meta int '$[0]', term_key nvarchar(4000) '$[1]', term_value nvarchar(max) '$[2]')"
    " AS q WHERE NOT EXISTS (SELECT 1"
    " FROM OPENJSON(CASE q.of_meta WHEN 0 THEN a.args ELSE a.meta END) AS m"
    " WHERE m.[key] = q.term_key COLLATE Latin1_General_100_BIN2"
    " AND m.value = q.term_value COLLATE Latin1_General_100_BIN2))"
    " AND (@before_id IS NULL OR a.run_id < @before_id)"
    " ORDER BY a.run_id DESC;"
)
# Whole microseconds (datetime2(6)); the window's start is durable.now() less the
# window (DATEADD takes an int: seconds, then the rest).
OUTCOME_COUNTS = (
    "DECLARE @window bigint = %s, @buckets bigint = %s;"
    " DECLARE @since datetime2(6) = DATEADD(MICROSECOND, -CAST(@window % 1000000 AS int),"
    " DATEADD(SECOND, -CAST(@window / 1000000 AS int), durable.now()));"
    " SELECT b.bucket, a.status, COUNT_BIG(*) AS n FROM durable.all_runs AS a"
    " CROSS APPLY (SELECT DATEDIFF_BIG(MICROSECOND, @since, a.finished_at) * @buckets / @window"
    " AS slice) AS r"
    " CROSS APPLY (SELECT CASE WHEN r.slice > @buckets - 1 THEN @buckets - 1 ELSE r.slice END"
    " AS bucket) AS b"
    " WHERE a.finished_at >= @since GROUP BY b.bucket, a.status ORDER BY b.bucket, a.status;"
)
# The operations the dashboard asks about, each the procedure of its name.
PROCEDURES = frozenset(
    [
        "cancel",
        "retry",
        "pause_queue",
        "resume_queue",
        "set_queue",
        "set_schedule_enabled",
        "update_schedule_cron",
        "run_schedule_now",
        "enqueue",
        "prune",
    ]
)
MAY_EXECUTE = (
    "DECLARE @procedures nvarchar(max) = %s;"
    " SELECT p.value AS operation FROM OPENJSON(@procedures) AS p"
    " WHERE HAS_PERMS_BY_NAME(CONCAT(N'durable.', p.value), N'OBJECT', N'EXECUTE') = 1;"
)


def sent(at: datetime | None) -> str | None:
    """An aware datetime as the ISO text a datetime2(6) parameter takes (UTC)."""
    naive = when(at)
    return None if naive is None else naive.strftime("%Y-%m-%d %H:%M:%S.%f")


def fetched(cur: pymssql.Cursor) -> list[Row]:
    """The current result set as dicts by column name (none: []); the rest drained."""
    rows: list[Row] = []
    if cur.description is not None:
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    while cur.nextset():
        pass
    return rows


def rows_of(sql: str, args: tuple[Any, ...]) -> Work[list[Row]]:
    def work(conn: pymssql.Connection) -> list[Row]:
        cur = conn.cursor()
        try:
            cur.execute(sql, args or None)
            return fetched(cur)
        finally:
            cur.close()

    return work


class Pool:
    """Up to `size` pymssql connections, each lent to one call (one thread) at a time."""

    def __init__(self, connect: Callable[[], pymssql.Connection], size: int) -> None:
        self._connect = connect
        self._slots = asyncio.Semaphore(size)
        self._idle: list[pymssql.Connection] = []
        self.closed = False

    def give(self, conn: pymssql.Connection) -> None:
        self._idle.append(conn)

    async def run(self, work: Work[T]) -> T:
        async with self._slots:
            conn = self._idle.pop() if self._idle else await asyncio.to_thread(self._connect)
            keep = False
            try:
                result = await in_thread(work, conn, on_abandon=close_quietly)
                keep = True
                return result
            except BaseException as exc:
                keep = not isinstance(exc, asyncio.CancelledError) and not is_connection_error(exc)
                raise
            finally:
                if keep and not self.closed:
                    self._idle.append(conn)
                elif keep:
                    close_quietly(conn)

    def close(self) -> None:
        self.closed = True
        while self._idle:
            close_quietly(self._idle.pop())


def close_quietly(conn: pymssql.Connection) -> None:
    with contextlib.suppress(Exception):
        conn.close()


async def in_thread(
    work: Work[T],
    conn: pymssql.Connection,
    on_abandon: Callable[[pymssql.Connection], None] | None = None,
) -> T:
    """work(conn) in a thread.  Cancelled meanwhile: the thread finishes on its own, and
    then `on_abandon(conn)` runs (a pool closes the connection the thread was using)."""
    future = asyncio.get_running_loop().run_in_executor(None, work, conn)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        if on_abandon is not None:
            future.add_done_callback(lambda _: on_abandon(conn))
        raise


class MSOperations(Operations):
    """The engine's calls on a pool of pymssql connections, or on one of the caller's."""

    def __init__(self, db: Pool | pymssql.Connection) -> None:
        self._db = db
        self._lock = asyncio.Lock()  # one call at a time on a single connection

    async def _use(self, work: Work[T]) -> T:
        """Run work on a connection; pymssql's errors come out as durablesql's."""
        try:
            if isinstance(self._db, Pool):
                return await self._db.run(work)
            return await self._on_connection(work, self._db)
        except Exception as exc:
            translated = translate(exc)
            if translated is exc:
                raise
            raise translated from exc

    async def _on_connection(self, work: Work[T], conn: pymssql.Connection) -> T:
        """work on the one connection, one call at a time.  A call abandoned by a
        cancelled task keeps the connection until its thread is done: the next call
        waits for that, never sharing the connection with a running thread."""
        await self._lock.acquire()
        abandoned = False
        try:
            return await in_thread(work, conn, on_abandon=lambda _: self._lock.release())
        except asyncio.CancelledError:
            abandoned = True
            raise
        finally:
            if not abandoned:
                self._lock.release()

    async def _rows(self, sql: str, *args: Any) -> list[Row]:
        return await self._use(rows_of(sql, args))

    async def _row(self, sql: str, *args: Any) -> Row | None:
        rows = await self._rows(sql, *args)
        return rows[0] if rows else None

    async def _value(self, sql: str, *args: Any) -> Any:
        """The first column of the first row (None: no row or no result set)."""
        row = await self._row(sql, *args)
        return None if row is None else next(iter(row.values()))

    # ---------------------------------------------------------------- producers
    async def enqueue(self, run: NewRun) -> int:
        run_id = await self._value(
            ENQUEUE,
            run.job_name,
            run.args,
            run.queue,
            sent(run.run_at),
            run.priority,
            run.max_attempts,
            run.unique_key,
            run.concurrency_key,
            json_array(run.depends_on),
            json_array(run.tags),
            seconds(run.timeout),
            run.meta,
        )
        return int(run_id)

    async def enqueue_many(
        self,
        job_name: str,
        args: Sequence[str],
        *,
        queue: str | None = None,
        run_at: datetime | None = None,
        priority: int | None = None,
        tags: Sequence[str] | None = None,
        meta: str | None = None,
    ) -> list[int]:
        rows = await self._rows(
            ENQUEUE_MANY,
            job_name,
            json_texts(args),
            queue,
            sent(run_at),
            priority,
            json_array(tags),
            meta,
        )
        return [int(row["run_id"]) for row in rows]

    # ---------------------------------------------------------------- workers
    async def define_jobs(self, jobs: Sequence[JobDefinition]) -> None:
        rows = [
            (
                j.job_name,
                j.queue,
                j.max_attempts,
                j.retry_behavior,
                seconds(j.retry_delay),
                seconds(j.retry_max_delay),
                j.retry_jitter,
                seconds(j.timeout),
                j.priority,
                j.concurrency_limit,
                j.keep_succeeded,
            )
            for j in jobs
        ]

        def work(conn: pymssql.Connection) -> None:
            cur = conn.cursor()
            try:
                cur.execute(OPEN_TRANSACTIONS)
                opened = cur.fetchone()
                own = opened is None or not opened[0]  # else: the caller's transaction
                if own:
                    cur.execute("BEGIN TRANSACTION")
                try:
                    for row in rows:
                        cur.execute(DEFINE_JOB, row)
                        fetched(cur)
                    if own:
                        cur.execute("COMMIT TRANSACTION")
                except BaseException:
                    if own:
                        with contextlib.suppress(Exception):
                            cur.execute("IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION")
                    raise
            finally:
                cur.close()

        if rows:
            await self._use(work)

    async def register_worker(
        self, worker: str, queues: Sequence[str], concurrency: int, info: str
    ) -> None:
        await self._rows(REGISTER, worker, json_array(queues), concurrency, info)

    async def unregister_worker(self, worker: str) -> bool:
        return bool(await self._value(UNREGISTER, worker))

    async def claim(
        self, worker: str, queues: Sequence[str], max_runs: int, lease: timedelta, strategy: str
    ) -> list[ClaimedRun]:
        rows = await self._rows(
            CLAIM, worker, json_array(queues), max_runs, seconds(lease), strategy
        )
        return [
            ClaimedRun(
                run_id=int(r["run_id"]),
                job_name=r["job_name"],
                queue=r["queue"],
                args=r["args"],
                attempt=int(r["attempt"]),
                max_attempts=int(r["max_attempts"]),
                run_at=r["run_at"].replace(tzinfo=UTC),
                lease_expires_at=r["lease_expires_at"].replace(tzinfo=UTC),
                timeout=interval(r["timeout"]),
                priority=int(r["priority"]),
                traceparent=r["traceparent"],
            )
            for r in rows
        ]

    async def complete(
        self, worker: str, run_ids: Sequence[int], results: Sequence[str | None] | None
    ) -> int:
        results_param = None if results is None else json_texts(results)
        return count(await self._value(COMPLETE, worker, json_array(run_ids), results_param))

    async def fail(self, worker: str, run_id: int, error: str, retryable: bool) -> str | None:
        status: str | None = await self._value(FAIL, worker, run_id, error, retryable)
        return status

    async def heartbeat(self, worker: str, run_ids: Sequence[int], lease: timedelta) -> list[int]:
        rows = await self._rows(HEARTBEAT, worker, json_array(run_ids), seconds(lease))
        return [int(row["run_id"]) for row in rows]

    async def release(self, worker: str, run_ids: Sequence[int]) -> int:
        return count(await self._value(RELEASE, worker, json_array(run_ids)))

    async def log_many(
        self, worker: str, run_ids: Sequence[int], levels: Sequence[str], messages: Sequence[str]
    ) -> int:
        written = await self._value(
            LOG_MANY, worker, json_array(run_ids), json_array(levels), json_array(messages)
        )
        return count(written)

    async def set_progress_many(
        self,
        worker: str,
        run_ids: Sequence[int],
        progress: Sequence[float],
        notes: Sequence[str | None],
    ) -> int:
        updated = await self._value(
            SET_PROGRESS_MANY,
            worker,
            json_array(run_ids),
            json_array(progress),
            json_array(notes),
        )
        return count(updated)

    async def materialize_schedules(self) -> int:
        return count(await self._value(MATERIALIZE, None))

    async def sync_schedules(
        self, owner: str, schedules: str, existing: str, orphaned: str
    ) -> list[tuple[str, str]]:
        rows = await self._rows(SYNC_SCHEDULES, owner, schedules, existing, orphaned)
        return [(row["name"], row["action"]) for row in rows]

    async def limits(self) -> Limits:
        return Limits(decoded(await self._value(LIMITS)))

    # ---------------------------------------------------------------- operators
    async def cancel(self, run_id: int) -> bool:
        return bool(await self._value(CANCEL, run_id))

    async def retry(self, run_id: int) -> int:
        return int(await self._value(RETRY, run_id))

    async def prune(self, older_than: timedelta | None, batch_size: int) -> int:
        return count(await self._value(PRUNE, seconds(older_than), batch_size))

    async def sweep(self, batch_size: int) -> int | None:
        return number(await self._value(SWEEP, batch_size))

    async def set_queue(
        self,
        queue: str,
        priority: int | None,
        weight: int | None,
        concurrency_limit: int | None,
        lag_slo: timedelta | None = None,
    ) -> None:
        await self._rows(SET_QUEUE, queue, priority, weight, concurrency_limit, seconds(lag_slo))

    async def pause_queue(self, queue: str) -> None:
        await self._rows(PAUSE_QUEUE, queue)

    async def resume_queue(self, queue: str) -> None:
        await self._rows(RESUME_QUEUE, queue)

    async def define_schedule(self, schedule: ScheduleDefinition) -> datetime | None:
        s = schedule
        next_run = await self._value(
            DEFINE_SCHEDULE,
            s.name,
            s.job_name,
            s.cron,
            s.timezone,
            s.args,
            s.queue,
            s.enabled,
            s.allow_concurrent,
            s.catch_up,
        )
        return utc(next_run)

    async def set_schedule_enabled(self, name: str, enabled: bool) -> datetime | None:
        return utc(await self._value(SET_SCHEDULE_ENABLED, name, enabled))

    async def update_schedule_cron(
        self, name: str, cron: str, timezone: str | None
    ) -> datetime | None:
        return utc(await self._value(UPDATE_SCHEDULE_CRON, name, cron, timezone))

    async def run_schedule_now(self, name: str) -> int:
        return int(await self._value(RUN_SCHEDULE_NOW, name))

    async def cron_preview(
        self, cron: str, after: datetime, timezone: str, count: int
    ) -> list[datetime]:
        rows = await self._rows(CRON_PREVIEW, cron, sent(after), timezone, count)
        return [next(iter(row.values())).replace(tzinfo=UTC) for row in rows]

    # ---------------------------------------------------------------- reading
    async def get_run(self, run_id: int) -> Run | None:
        row = await self._row(GET_RUN, run_id)
        return None if row is None else run_from_row(row)

    async def list_runs(
        self,
        *,
        status: str | None = None,
        job_name: str | None = None,
        queue: str | None = None,
        tag: str | None = None,
        max_runs: int = 50,
        before_id: int | None = None,
    ) -> list[Run]:
        rows = await self._rows(LIST_RUNS, status, job_name, queue, tag, max_runs, before_id)
        return [run_from_row(row) for row in rows]

    async def search_runs(self, search: RunSearch) -> list[Run]:
        q = search
        if not 1 <= q.max_runs <= MAX_RUNS:
            raise InvalidArgument(f"max_runs must be between 1 and {MAX_RUNS}, got {q.max_runs}")
        terms = [[0, k, v] for k, v in q.args] + [[1, k, v] for k, v in q.meta]
        rows = await self._rows(
            SEARCH_RUNS,
            sent(q.finished_since),
            q.status,
            q.job_name,
            q.queue,
            q.tag,
            q.worker,
            q.run_id,
            json_array(terms),
            q.before_id,
            q.max_runs,
        )
        return [run_from_row(row) for row in rows]

    async def outcome_counts(self, window: timedelta, buckets: int) -> list[OutcomeCount]:
        micros = window // timedelta(microseconds=1)
        if micros <= 0 or not 1 <= buckets <= MAX_RUNS:
            raise InvalidArgument(
                f"outcome_counts needs a positive window and 1 to {MAX_RUNS} buckets,"
                f" got {window} and {buckets}"
            )
        rows = await self._rows(OUTCOME_COUNTS, micros, buckets)
        return [OutcomeCount(int(r["bucket"]), r["status"], int(r["n"])) for r in rows]

    async def may_execute(self, operations: Sequence[str]) -> frozenset[str]:
        wanted = sorted({o for o in operations if o in PROCEDURES})
        if not wanted:
            return frozenset()
        rows = await self._rows(MAY_EXECUTE, json_array(wanted))
        return frozenset(r["operation"] for r in rows if r["operation"] in PROCEDURES)

    async def get_logs(self, run_id: int) -> list[LogLine]:
        return [log_line(row) for row in await self._rows(GET_LOGS, run_id)]

    async def attempt_errors(self, run_id: int) -> list[AttemptError]:
        return [attempt_error(row) for row in await self._rows(ATTEMPT_ERRORS, run_id)]

    async def dependency_tree(self, run_id: int) -> list[TreeNode]:
        return tree(await self._rows(DEPENDENCY_TREE, run_id))

    async def explain_run(self, run_id: int) -> list[Explanation]:
        return [
            Explanation(row["code"], row["reason"]) for row in await self._rows(EXPLAIN_RUN, run_id)
        ]

    async def queue_stats(self) -> list[QueueStats]:
        return [values.queue_stats(row) for row in await self._rows(QUEUE_STATS)]

    async def worker_status(self) -> list[WorkerStatus]:
        return [values.worker_status(row) for row in await self._rows(WORKER_STATUS)]

    async def schedule_status(self) -> list[ScheduleStatus]:
        return [values.schedule_status(row) for row in await self._rows(SCHEDULE_STATUS)]

    async def slo_status(self) -> list[SloStatus]:
        return [values.slo_status(row) for row in await self._rows(SLO_STATUS)]

    async def health(self) -> Health:
        return values.health(await self._row(HEALTH))

    async def metrics_text(self) -> str:
        return str(await self._value(METRICS_TEXT))

    async def schema_version(self) -> str | None:
        return await self._use(installed_version)
