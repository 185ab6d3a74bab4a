"""Every durable.* call the Python layer makes, as MariaDB/MySQL SQL text on asyncmy.

The engine's routines keep PostgreSQL's names and parameter order at full arity
(MariaDB and MySQL have no named notation: every parameter is passed, NULL meaning
its default).  One value or none comes back from a FUNCTION (``SELECT
durable.x(...)``, inside the caller's statement and transaction); rows come back
from a PROCEDURE (``CALL durable.x(...)``, the first result set).  On the wire:
intervals are seconds, arrays JSON arrays, JSON values text, times ``DATETIME(6)``
holding UTC (aware datetimes in Python, converted here both ways).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import asyncmy
from asyncmy.cursors import Cursor

from durablesql.driver import values
from durablesql.driver.interface import Operations
from durablesql.driver.mysql.errors import (
    ER_SIGNAL_EXCEPTION,
    errno_of,
    is_connection_error,
    sqlstate_of,
    translate,
)
from durablesql.driver.mysql.migrate import installed_version
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
from durablesql.driver.values import (
    Row,
    count,
    decoded,
    flag,
    json_array,
    json_texts,
    log_line,
    run_from_row,
    seconds,
    tree,
    utc,
    when,
)
from durablesql.errors import InvalidArgument

T = TypeVar("T")

# ---------------------------------------------------------------- FUNCTIONs: one value
ENQUEUE = "SELECT durable.enqueue(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
DEFINE_JOB = "SELECT durable.define_job(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
REGISTER = "SELECT durable.register_worker(%s, %s, %s, %s)"
UNREGISTER = "SELECT durable.unregister_worker(%s)"
COMPLETE = "SELECT durable.complete(%s, %s, %s)"
FAIL = "SELECT durable.fail(%s, %s, %s, %s)"
RELEASE = "SELECT durable.release(%s, %s)"
LOG_MANY = "SELECT durable.log_many(%s, %s, %s, %s)"
SET_PROGRESS_MANY = "SELECT durable.set_progress_many(%s, %s, %s, %s)"
MATERIALIZE = "SELECT durable.materialize_schedules(NULL)"
LIMITS = "SELECT durable.limits()"
CANCEL = "SELECT durable.cancel(%s)"
RETRY = "SELECT durable.retry(%s)"
PRUNE = "SELECT durable.prune(%s, %s)"
SWEEP = "SELECT durable.sweep(%s)"
SET_QUEUE = "SELECT durable.set_queue(%s, %s, %s, %s)"
# set_queue's arity is frozen here: later settings (lag_slo) are keys of set_queue_opts.
SET_QUEUE_OPTS = "SELECT durable.set_queue_opts(%s, %s)"
PAUSE_QUEUE = "SELECT durable.pause_queue(%s)"
RESUME_QUEUE = "SELECT durable.resume_queue(%s)"
DEFINE_SCHEDULE = "SELECT durable.define_schedule(%s, %s, %s, %s, %s, %s, %s, %s, %s)"
SET_SCHEDULE_ENABLED = "SELECT durable.set_schedule_enabled(%s, %s)"
UPDATE_SCHEDULE_CRON = "SELECT durable.update_schedule_cron(%s, %s, %s)"
RUN_SCHEDULE_NOW = "SELECT durable.run_schedule_now(%s)"
# ---------------------------------------------------------------- PROCEDUREs: rows
CLAIM = "CALL durable.claim(%s, %s, %s, %s, %s)"
ENQUEUE_MANY = "CALL durable.enqueue_many(%s, %s, %s, %s, %s, %s, %s)"
HEARTBEAT = "CALL durable.heartbeat(%s, %s, %s)"
SYNC_SCHEDULES = "CALL durable.sync_schedules(%s, %s, %s, %s)"
CRON_PREVIEW = "CALL durable.cron_preview(%s, %s, %s, %s)"
LIST_RUNS = "CALL durable.list_runs(%s, %s, %s, %s, %s, %s)"
DEPENDENCY_TREE = "CALL durable.dependency_tree(%s)"
EXPLAIN_RUN = "CALL durable.explain_run(%s)"
HEALTH = "CALL durable.health()"
METRICS_TEXT = "SELECT durable.metrics_text()"
# ---------------------------------------------------------------- views
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
SLO_STATUS = (
    "SELECT queue, lag_slo, oldest_due_age, within_slo, started_last_hour, started_within_slo,"
    " share_within_slo FROM durable.slo_status ORDER BY queue"
)
WORKER_STATUS = (
    "SELECT worker, queues, concurrency, started_at, last_seen, leased, info"
    " FROM durable.worker_status ORDER BY worker"
)
SCHEDULE_STATUS = (
    "SELECT name, job_name, cron, timezone, enabled, allow_concurrent, catch_up, next_run_at,"
    " last_run_at, last_run_id, last_run_status, last_skipped_at, args, queue, origin,"
    " created_at, updated_at FROM durable.schedule_status ORDER BY name"
)
# Every search term is a parameter (a JSON array of [key, value] pairs for args and
# meta; each key is looked up as one quoted path member, $."key").
PAIRS = (
    "NOT EXISTS (SELECT 1 FROM JSON_TABLE(%s, '$[*]' COLUMNS (k VARCHAR(512) PATH '$[0]',"
    " v LONGTEXT PATH '$[1]')) t"
    " WHERE NOT (JSON_UNQUOTE(JSON_EXTRACT(a.{0}, CONCAT('$.', JSON_QUOTE(t.k)))) <=> t.v))"
)
SEARCH_RUNS = (
    f"SELECT {RUN_COLUMNS} FROM durable.all_runs a"
    " WHERE (a.finished_at IS NULL OR %s IS NULL OR a.finished_at >= %s)"
    " AND (%s IS NULL OR a.status = %s) AND (%s IS NULL OR a.job_name = %s)"
    " AND (%s IS NULL OR a.queue = %s) AND (%s IS NULL OR JSON_CONTAINS(a.tags, JSON_QUOTE(%s)))"
    " AND (%s IS NULL OR a.worker = %s) AND (%s IS NULL OR a.run_id = %s)"
    f" AND {PAIRS.format('args')} AND {PAIRS.format('meta')}"
    " AND (%s IS NULL OR a.run_id < %s)"
    " ORDER BY a.run_id DESC LIMIT %s"
)
OUTCOME_COUNTS = (
    "SELECT LEAST(FLOOR(TIMESTAMPDIFF(MICROSECOND, c.since, a.finished_at) / 1e6 / %s), %s - 1)"
    " AS bucket, a.status, COUNT(*) AS n FROM durable.all_runs a,"
    " (SELECT TIMESTAMPADD(MICROSECOND, -%s, durable.now()) AS since) c"
    " WHERE a.finished_at >= c.since GROUP BY 1, 2 ORDER BY 1, 2"
)
# Operations → the routine each one calls; information_schema.ROUTINES lists only
# the routines the login (with its active roles) may use.
ROUTINES = {
    "cancel": "cancel",
    "retry": "retry",
    "pause_queue": "pause_queue",
    "resume_queue": "resume_queue",
    "set_queue": "set_queue",
    "set_schedule_enabled": "set_schedule_enabled",
    "update_schedule_cron": "update_schedule_cron",
    "run_schedule_now": "run_schedule_now",
    "enqueue": "enqueue",
    "prune": "prune",
}
MAY_EXECUTE = (
    "SELECT ROUTINE_NAME FROM information_schema.ROUTINES"
    " WHERE ROUTINE_SCHEMA = 'durable' AND JSON_CONTAINS(%s, JSON_QUOTE(ROUTINE_NAME))"
)
DIAGNOSTICS = "GET DIAGNOSTICS CONDITION 1 @durable_sqlstate = RETURNED_SQLSTATE"
LAST_SQLSTATE = "SELECT @durable_sqlstate"

CLAIMED = ClaimedRun._fields
# The engine's INT parameters (priority, max_attempts, max_runs, …).
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
ER_WARN_DATA_OUT_OF_RANGE = 1264


async def _rows(cur: Cursor) -> list[Row]:
    """The current result set as dicts by column name; then the rest of the CALL drained
    (a procedure's final status packet must be read before the next statement)."""
    names = [d[0] for d in cur.description or ()]
    rows = [dict(zip(names, row, strict=True)) for row in await cur.fetchall()]
    while await cur.nextset():
        pass
    return rows


class MyOperations(Operations):
    """The engine's calls on an asyncmy pool or connection."""

    def __init__(self, db: asyncmy.Pool | asyncmy.Connection) -> None:
        self._db = db
        self._pool = db if isinstance(db, asyncmy.Pool) else None

    async def _use(self, work: Callable[[asyncmy.Connection], Awaitable[T]]) -> T:
        """Run work on a connection of the pool (or the one given); asyncmy's errors
        come out as durablesql's."""
        if self._pool is None:
            conn: asyncmy.Connection = self._db  # type: ignore[assignment]
            return await self._guarded(conn, work)
        try:
            async with self._pool.acquire() as conn:
                return await self._guarded(conn, work)
        except Exception as exc:  # acquiring: a connection could not be opened
            translated = translate(exc)
            if translated is exc:
                raise
            raise translated from exc

    async def _guarded(
        self, conn: asyncmy.Connection, work: Callable[[asyncmy.Connection], Awaitable[T]]
    ) -> T:
        try:
            return await work(conn)
        except Exception as exc:
            if is_connection_error(exc):
                conn.close()  # never hand a half-dead connection back to the pool
            translated = translate(exc, await self._sqlstate(conn, exc))
            if translated is exc:
                raise
            raise translated from exc

    @staticmethod
    async def _sqlstate(conn: asyncmy.Connection, exc: BaseException) -> str | None:
        """The SQLSTATE of a SIGNAL, asked of the server when the exception lacks it
        (the statement right after an error still sees its diagnostics area)."""
        if errno_of(exc) != ER_SIGNAL_EXCEPTION or sqlstate_of(exc) is not None:
            return None
        try:
            async with conn.cursor() as cur:
                await cur.execute(DIAGNOSTICS)
                await cur.execute(LAST_SQLSTATE)
                row = await cur.fetchone()
        except Exception:
            return None
        return None if row is None or row[0] is None else str(row[0])

    async def _value(self, sql: str, *args: Any) -> Any:
        async def work(conn: asyncmy.Connection) -> Any:
            async with conn.cursor() as cur:
                await cur.execute(sql, args)
                row = await cur.fetchone()
            return None if row is None else row[0]

        return await self._named(work, args)

    async def _rows(self, sql: str, *args: Any) -> list[Row]:
        async def work(conn: asyncmy.Connection) -> list[Row]:
            async with conn.cursor() as cur:
                await cur.execute(sql, args)
                return await _rows(cur)

        return await self._named(work, args)

    async def _named(self, work: Callable[[asyncmy.Connection], Awaitable[T]], args: Any) -> T:
        """MariaDB says a parameter is out of range without its value: name it, as
        PostgreSQL's driver does (the integers the column type cannot hold)."""
        try:
            return await self._use(work)
        except InvalidArgument as exc:
            if errno_of(exc.__cause__) != ER_WARN_DATA_OUT_OF_RANGE:
                raise
            values = [a for a in args if isinstance(a, int) and not INT_MIN <= a <= INT_MAX]
            if not values:
                raise
            shown = ", ".join(str(v) for v in values)
            raise InvalidArgument(f"value out of range: {shown} ({exc.message})") from exc

    async def _row(self, sql: str, *args: Any) -> Row | None:
        rows = await self._rows(sql, *args)
        return rows[0] if rows else None

    # ---------------------------------------------------------------- producers
    async def enqueue(self, run: NewRun) -> int:
        run_id = await self._value(
            ENQUEUE,
            run.job_name,
            run.args,
            run.queue,
            when(run.run_at),
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
            when(run_at),
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
                flag(j.keep_succeeded),
            )
            for j in jobs
        ]

        async def work(conn: asyncmy.Connection) -> None:
            own = not conn.get_transaction_status()  # else: the caller's transaction
            async with conn.cursor() as cur:
                if own:
                    await cur.execute("START TRANSACTION")
                try:
                    for row in rows:
                        await cur.execute(DEFINE_JOB, row)
                        await cur.fetchall()
                    if own:
                        await cur.execute("COMMIT")
                except BaseException:
                    if own and conn.connected:
                        await conn.rollback()
                    raise

        if rows:
            await self._use(work)

    async def register_worker(
        self, worker: str, queues: Sequence[str], concurrency: int, info: str
    ) -> None:
        await self._value(REGISTER, worker, json_array(queues), concurrency, info)

    async def unregister_worker(self, worker: str) -> bool:
        return bool(await self._value(UNREGISTER, worker))

    async def claim(
        self, worker: str, queues: Sequence[str], max_runs: int, lease: timedelta, strategy: str
    ) -> list[ClaimedRun]:
        async def work(conn: asyncmy.Connection) -> list[ClaimedRun]:
            async with conn.cursor() as cur:
                await cur.execute(CLAIM, args)
                rows = await cur.fetchall()
                names = [d[0] for d in cur.description or ()]
                while await cur.nextset():
                    pass
            if not rows:
                return []
            at = [names.index(name) for name in CLAIMED]
            new = tuple.__new__
            found = []
            for row in rows:
                r = [row[i] for i in at]
                r[6] = r[6].replace(tzinfo=UTC)
                r[7] = r[7].replace(tzinfo=UTC)
                if r[8] is not None:
                    r[8] = timedelta(seconds=float(r[8]))
                found.append(new(ClaimedRun, r))
            return found

        args = (worker, json_array(queues), max_runs, seconds(lease), strategy)
        return await self._named(work, args)

    async def complete(
        self, worker: str, run_ids: Sequence[int], results: Sequence[str | None] | None
    ) -> int:
        results_param = None if results is None else json_texts(results)
        return count(await self._value(COMPLETE, worker, json_array(run_ids), results_param))

    async def fail(self, worker: str, run_id: int, error: str, retryable: bool) -> str | None:
        status: str | None = await self._value(FAIL, worker, run_id, error, flag(retryable))
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
        return count(await self._value(MATERIALIZE))

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
        removed = await self._value(SWEEP, batch_size)
        return None if removed is None else int(removed)

    async def set_queue(
        self,
        queue: str,
        priority: int | None,
        weight: int | None,
        concurrency_limit: int | None,
        lag_slo: timedelta | None = None,
    ) -> None:
        if lag_slo is None:
            await self._value(SET_QUEUE, queue, priority, weight, concurrency_limit)
            return
        options = {
            "priority": priority,
            "weight": weight,
            "concurrency_limit": concurrency_limit,
            "lag_slo": seconds(lag_slo),
        }
        await self._value(SET_QUEUE_OPTS, queue, json.dumps(options))

    async def pause_queue(self, queue: str) -> None:
        await self._value(PAUSE_QUEUE, queue)

    async def resume_queue(self, queue: str) -> None:
        await self._value(RESUME_QUEUE, queue)

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
            flag(s.enabled),
            flag(s.allow_concurrent),
            s.catch_up,
        )
        return utc(next_run)

    async def set_schedule_enabled(self, name: str, enabled: bool) -> datetime | None:
        return utc(await self._value(SET_SCHEDULE_ENABLED, name, flag(enabled)))

    async def update_schedule_cron(
        self, name: str, cron: str, timezone: str | None
    ) -> datetime | None:
        return utc(await self._value(UPDATE_SCHEDULE_CRON, name, cron, timezone))

    async def run_schedule_now(self, name: str) -> int:
        return int(await self._value(RUN_SCHEDULE_NOW, name))

    async def cron_preview(
        self, cron: str, after: datetime, timezone: str, count: int
    ) -> list[datetime]:
        rows = await self._rows(CRON_PREVIEW, cron, when(after), timezone, count)
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
        since = when(q.finished_since)
        rows = await self._rows(
            SEARCH_RUNS,
            *(since, since),
            *(q.status, q.status),
            *(q.job_name, q.job_name),
            *(q.queue, q.queue),
            *(q.tag, q.tag),
            *(q.worker, q.worker),
            *(q.run_id, q.run_id),
            json_array(list(pair) for pair in q.args),
            json_array(list(pair) for pair in q.meta),
            *(q.before_id, q.before_id),
            q.max_runs,
        )
        return [run_from_row(row) for row in rows]

    async def outcome_counts(self, window: timedelta, buckets: int) -> list[OutcomeCount]:
        width = window.total_seconds() / buckets
        micros = int(window.total_seconds() * 1_000_000)
        rows = await self._rows(OUTCOME_COUNTS, width, buckets, micros)
        return [OutcomeCount(int(r["bucket"]), r["status"], int(r["n"])) for r in rows]

    async def may_execute(self, operations: Sequence[str]) -> frozenset[str]:
        wanted = {ROUTINES[o]: o for o in operations if o in ROUTINES}
        rows = await self._rows(MAY_EXECUTE, json_array(wanted))
        return frozenset(wanted[r["ROUTINE_NAME"]] for r in rows if r["ROUTINE_NAME"] in wanted)

    async def get_logs(self, run_id: int) -> list[LogLine]:
        return [log_line(row) for row in await self._rows(GET_LOGS, run_id)]

    async def attempt_errors(self, run_id: int) -> list[AttemptError]:
        return [values.attempt_error(row) for row in await self._rows(ATTEMPT_ERRORS, run_id)]

    async def dependency_tree(self, run_id: int) -> list[TreeNode]:
        return tree(await self._rows(DEPENDENCY_TREE, run_id))

    async def explain_run(self, run_id: int) -> list[Explanation]:
        return [
            Explanation(row["code"], row["reason"]) for row in await self._rows(EXPLAIN_RUN, run_id)
        ]

    async def queue_stats(self) -> list[QueueStats]:
        return [values.queue_stats(row) for row in await self._rows(QUEUE_STATS)]

    async def slo_status(self) -> list[SloStatus]:
        return [values.slo_status(row) for row in await self._rows(SLO_STATUS)]

    async def worker_status(self) -> list[WorkerStatus]:
        return [values.worker_status(row) for row in await self._rows(WORKER_STATUS)]

    async def schedule_status(self) -> list[ScheduleStatus]:
        return [values.schedule_status(row) for row in await self._rows(SCHEDULE_STATUS)]

    async def health(self) -> Health:
        return values.health(await self._row(HEALTH))

    async def metrics_text(self) -> str:
        text = await self._value(METRICS_TEXT)
        return text.decode() if isinstance(text, bytes) else str(text)

    async def schema_version(self) -> str | None:
        return await self._use(installed_version)
