"""Every durable.* call the Python layer makes, as PostgreSQL SQL text on asyncpg.

JSON crosses the wire as text (``$n::text::jsonb`` in, ``::text`` out), so the
calls work on any connection whatever jsonb codec its owner configured.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from durablesql.driver.interface import Operations
from durablesql.driver.postgres.errors import is_connection_error, translate
from durablesql.driver.postgres.migrate import installed_version
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

Connection = asyncpg.Connection | PoolConnectionProxy
T = TypeVar("T")

ENQUEUE = (
    "SELECT durable.enqueue($1, $2::text::jsonb, queue => $3, run_at => $4, priority => $5,"
    " max_attempts => $6, unique_key => $7, concurrency_key => $8, depends_on => $9,"
    " tags => $10, timeout => $11, meta => $12::text::jsonb)"
)
ENQUEUE_MANY = (
    "SELECT durable.enqueue_many($1, $2::text[]::jsonb[], queue => $3, run_at => $4,"
    " priority => $5, tags => $6, meta => $7::text::jsonb)"
)
DEFINE_JOB = (
    "SELECT durable.define_job($1, queue => $2, max_attempts => $3, retry_behavior => $4,"
    " retry_delay => $5, retry_max_delay => $6, retry_jitter => $7, timeout => $8,"
    " priority => $9, concurrency_limit => $10, keep_succeeded => $11)"
)
REGISTER = "SELECT durable.register_worker($1, $2, $3, $4::text::jsonb)"
UNREGISTER = "SELECT durable.unregister_worker($1)"
CLAIM = (
    "SELECT run_id, job_name, queue, args::text, attempt, max_attempts, run_at,"
    " lease_expires_at, timeout, priority, traceparent FROM durable.claim($1, $2, $3, $4, $5)"
)
COMPLETE = "SELECT durable.complete($1, $2, $3::text[]::jsonb[])"
FAIL = "SELECT durable.fail($1, $2, $3, $4)"
HEARTBEAT = "SELECT durable.heartbeat($1, $2, $3)"
RELEASE = "SELECT durable.release($1, $2)"
LOG_MANY = "SELECT durable.log_many($1, $2, $3, $4)"
SET_PROGRESS_MANY = "SELECT durable.set_progress_many($1, $2, $3, $4)"
MATERIALIZE = "SELECT durable.materialize_schedules()"
SYNC_SCHEDULES = "SELECT name, action FROM durable.sync_schedules($1, $2::text::jsonb, $3, $4)"
LIMITS = "SELECT durable.limits()::text"
CANCEL = "SELECT durable.cancel($1)"
RETRY = "SELECT durable.retry($1)"
PRUNE = "SELECT durable.prune($1, $2)"
SWEEP = "SELECT durable.sweep($1)"
SET_QUEUE = (
    "SELECT durable.set_queue($1, priority => $2, weight => $3, concurrency_limit => $4,"
    " lag_slo => $5)"
)
PAUSE_QUEUE = "SELECT durable.pause_queue($1)"
RESUME_QUEUE = "SELECT durable.resume_queue($1)"
DEFINE_SCHEDULE = (
    "SELECT durable.define_schedule($1, $2, $3, timezone => $4, args => $5::text::jsonb,"
    " queue => $6, enabled => $7, allow_concurrent => $8, catch_up => $9)"
)
SET_SCHEDULE_ENABLED = "SELECT durable.set_schedule_enabled($1, $2)"
UPDATE_SCHEDULE_CRON = "SELECT durable.update_schedule_cron($1, $2, $3)"
RUN_SCHEDULE_NOW = "SELECT durable.run_schedule_now($1)"
CRON_PREVIEW = "SELECT t FROM durable.cron_preview($1, $2, $3, $4) t"
RUN_COLUMNS = (
    "run_id, job_name, queue, status, args::text AS args, result::text AS result, error,"
    " attempt, max_attempts, priority, run_at, created_at, started_at, finished_at, worker,"
    " unique_key, concurrency_key, tags, depends_on, meta::text AS meta, progress, progress_note"
)
GET_RUN = f"SELECT {RUN_COLUMNS} FROM durable.all_runs WHERE run_id = $1"
LIST_RUNS = (
    f"SELECT {RUN_COLUMNS} FROM durable.list_runs(status => $1, job_name => $2, queue => $3,"
    " tag => $4, max_runs => $5, before_id => $6)"
)
# Live runs always, history only from finished_since on: each arm reads one table
# (finished_at IS NULL refutes history's NOT NULL column, finished_at >= $10 the
# live arm's NULL), the history arm only the partitions from $10 on, and each arm
# stops at its newest $13 matches.  Every search term is a parameter; args and
# meta terms are (key, value) pairs ($7/$8 and $9/$11), all of which must match.
FILTERS = (
    "($1::text IS NULL OR a.status = $1) AND ($2::text IS NULL OR a.job_name = $2)"
    " AND ($3::text IS NULL OR a.queue = $3) AND ($4::text IS NULL OR a.tags @> ARRAY[$4])"
    " AND ($5::text IS NULL OR a.worker = $5) AND ($6::bigint IS NULL OR a.run_id = $6)"
    " AND ($12::bigint IS NULL OR a.run_id < $12)"
)

# Pairs of a kind checked as plain expressions; a search with more checks the rest
# with a subplan.
CONTENT_PAIRS = 4


def _pairs(column: str, keys: str, values: str) -> str:
    """Every (key, value) pair matches.  The first CONTENT_PAIRS as plain
    expressions, one ->> each: no subplan, so a scan may be parallel (PostgreSQL 15
    keeps a correlated subplan out of parallel workers) and a row that fails the
    first pair costs one ->>.  Any further pairs by a NOT EXISTS, which a custom
    plan drops when there are none (the cardinality test is then a constant)."""
    unrolled = " AND ".join(
        f"(cardinality({keys}::text[]) < {i} OR a.{column} ->> ({keys}::text[])[{i}]"
        f" = ({values}::text[])[{i}])"
        for i in range(1, CONTENT_PAIRS + 1)
    )
    return (
        f"{unrolled} AND (cardinality({keys}::text[]) <= {CONTENT_PAIRS} OR NOT EXISTS"
        f" (SELECT 1 FROM unnest({keys}::text[], {values}::text[]) t(k, v)"
        f" WHERE a.{column} ->> t.k IS DISTINCT FROM t.v))"
    )


PAIRS = f"{_pairs('args', '$7', '$8')} AND {_pairs('meta', '$9', '$11')}"
# The tables the search reads, per arm, and the columns a DBA may index (README,
# "Fast on large history"): a GIN index on args or meta that serves @>.
ARMS = ("runs", "run_history")
CONTENT_COLUMNS = ("args", "meta")


def _prefilter(columns: Sequence[str]) -> str:
    """Containment tests a GIN index answers, for the columns given: $14 (and $15)
    hold the JSON candidates of one pair of that column (see content_candidates).
    They only narrow the rows; the ->> text comparisons of PAIRS decide."""
    return "".join(f" AND a.{c} @> ANY(${14 + n}::text[]::jsonb[])" for n, c in enumerate(columns))


def _search_runs(order: str, live: Sequence[str] = (), history: Sequence[str] = ()) -> str:
    where = f"{FILTERS} AND {PAIRS}"
    return (
        f"SELECT {RUN_COLUMNS} FROM ("
        f" (SELECT * FROM durable.all_runs a WHERE a.finished_at IS NULL AND {where}"
        f"{_prefilter(live)}  ORDER BY {order} DESC LIMIT $13)"
        " UNION ALL"
        " (SELECT * FROM durable.all_runs a"
        f"  WHERE a.finished_at >= COALESCE($10::timestamptz, '-infinity') AND {where}"
        f"{_prefilter(history)}  ORDER BY {order} DESC LIMIT $13)) a"
        " ORDER BY a.run_id DESC LIMIT $13"
    )


SEARCH_RUNS = _search_runs("a.run_id")
# The search by args or meta terms (without id:, which finds its one run by index).
# Nothing indexes args or meta, so a value that few runs have is found only by
# reading every run of the window; what matters is how.  The planner guesses that
# 0.5% of the runs match a key's value, so with the LIMIT it would walk the run_id
# index backwards, expecting to stop after a few thousand rows; for an order id
# that walk reads the whole window in index order, one partition after another, in
# one process (1.3 s over 30 days of a million runs).  Ordered by an expression no
# index provides (run_id + 0: the same order), it is a scan, parallel (or of the
# window's block ranges by the BRIN index on finished_at), and a sort of the few
# matches: bounded by the window, whatever the value.
SEARCH_RUNS_BY_CONTENT = _search_runs("(a.run_id + 0)")


@functools.cache
def search_runs_prefiltered(columns: tuple[str, ...], live: bool, history: bool) -> str:
    """SEARCH_RUNS_BY_CONTENT with a containment prefilter on `columns` (in the
    order of the candidate parameters) in the live arm, the history arm or both:
    in an arm whose table has a GIN index on those columns, so that the index
    finds the few runs to compare instead of a scan of the window (partitions
    outside it are still pruned by $10).  An arm without the index is left as it
    is: there the extra @> per row would only cost."""
    return _search_runs("(a.run_id + 0)", columns if live else (), columns if history else ())


# A number as jsonb's ->> writes it: numeric's output, plain decimal (never an
# exponent, "NaN", a "+" or a superfluous leading zero), which is also JSON.
JSON_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?", re.ASCII)


def content_candidates(key: str, value: str) -> list[str] | None:
    """JSON texts {key: c} such that every object whose `key` reads as `value`
    through ->> contains (@>) at least one of them; None when there is no such
    short list.  The search keeps its ->> comparison, so the list only has to
    be a superset of the matches, never exact:

    * a string value reads as itself: {"k": "17"} always;
    * a number reads as numeric's text, so only a value written that way can be
      one, and @> compares numbers by value ({"k": 17} finds 17 and 17.0; the
      ->> comparison then keeps the one written "17");
    * true and false read as themselves;
    * null reads as SQL NULL, which equals nothing: no candidate;
    * an object or an array reads as its jsonb text, "{..." or "[...": no
      candidate short of {"k": {}} or {"k": []}, which jsonb_path_ops cannot
      look up, so such a value gets no prefilter (None).

    Built with json.dumps from the search's key and value (with NUL replaced, as
    the comparison has it), sent as a bound parameter: never SQL text."""
    key, value = _text(key), _text(value)
    if value.startswith(("{", "[")):
        return None
    as_json = [json.dumps(value, ensure_ascii=False)]
    if value in ("true", "false") or JSON_NUMBER.fullmatch(value):
        as_json.append(value)
    name = json.dumps(key, ensure_ascii=False)
    return [f"{{{name}: {v}}}" for v in as_json]


# The (table, column) pairs of the search's tables that a valid GIN index (not
# partial) serves @> on: jsonb_ops or jsonb_path_ops.  On the partitioned
# run_history the parent's index is valid only once every partition has its own.
CONTENT_INDEXES = (
    "SELECT DISTINCT c.relname, a.attname FROM pg_catalog.pg_index i"
    " JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
    " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " JOIN pg_catalog.pg_class x ON x.oid = i.indexrelid"
    " JOIN pg_catalog.pg_am am ON am.oid = x.relam"
    " CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[]) k(attnum, opclass)"
    " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum"
    " JOIN pg_catalog.pg_opclass o ON o.oid = k.opclass"
    " WHERE n.nspname = 'durable' AND c.relname = ANY($1::text[]) AND a.attname = ANY($2::text[])"
    " AND am.amname = 'gin' AND i.indisvalid AND i.indpred IS NULL"
    " AND o.opcname IN ('jsonb_ops', 'jsonb_path_ops')"
)
# How long a driver trusts what it read of them: an index a DBA creates or drops
# is seen within this, at one catalog query per that long, not per search.
CONTENT_INDEXES_TTL = 60.0
OUTCOME_COUNTS = (
    "SELECT LEAST(floor(extract(epoch FROM a.finished_at - c.since) / $2)::int, $3 - 1) AS b,"
    " a.status, count(*) FROM durable.all_runs a,"
    " (SELECT durable.now() - $1::interval AS since OFFSET 0) c"
    " WHERE a.finished_at >= c.since GROUP BY 1, 2 ORDER BY 1, 2"
)
# Operations → the routine each one calls (the names has_function_privilege takes).
ROUTINES = {
    "cancel": "durable.cancel(bigint)",
    "retry": "durable.retry(bigint)",
    "pause_queue": "durable.pause_queue(text)",
    "resume_queue": "durable.resume_queue(text)",
    "set_queue": "durable.set_queue(text, integer, integer, integer, interval)",
    "set_schedule_enabled": "durable.set_schedule_enabled(text, boolean)",
    "update_schedule_cron": "durable.update_schedule_cron(text, text, text)",
    "run_schedule_now": "durable.run_schedule_now(text)",
    "enqueue": "durable.enqueue(text, jsonb, text, timestamptz, integer, integer, text, text,"
    " bigint[], text[], interval, jsonb)",
    "prune": "durable.prune(interval, integer)",
}
MAY_EXECUTE = (
    "SELECT o FROM unnest($1::text[], $2::text[]) t(o, f)"
    " WHERE has_function_privilege(current_user, f::regprocedure, 'EXECUTE')"
)
ATTEMPT_ERRORS = (
    "SELECT failed_at, attempt, outcome, error, worker FROM durable.attempt_errors"
    " WHERE run_id = $1 ORDER BY error_id"
)
GET_LOGS = (
    "SELECT logged_at, attempt, level, message, worker FROM durable.log_lines"
    " WHERE run_id = $1 ORDER BY log_id"
)
DEPENDENCY_TREE = (
    "SELECT run_id, depth, depends_on, job_name, status, error"
    " FROM durable.dependency_tree($1) ORDER BY depth, run_id"
)
EXPLAIN_RUN = "SELECT code, reason FROM durable.explain_run($1)"
QUEUE_STATS = (
    "SELECT queue, pending, due, leased, oldest_due_age, paused, waiting, priority, weight,"
    " concurrency_limit FROM durable.queue_stats ORDER BY queue"
)
WORKER_STATUS = (
    "SELECT worker, queues, concurrency, started_at, last_seen, leased, info::text AS info"
    " FROM durable.worker_status ORDER BY worker"
)
SCHEDULE_STATUS = (
    "SELECT name, job_name, cron, timezone, enabled, allow_concurrent, catch_up, next_run_at,"
    " last_run_at, last_run_id, last_run_status, last_skipped_at, args::text AS args, queue,"
    " origin, created_at, updated_at FROM durable.schedule_status ORDER BY name"
)
SLO_STATUS = (
    "SELECT queue, lag_slo, oldest_due_age, within_slo, started_last_hour, started_within_slo,"
    " share_within_slo FROM durable.slo_status ORDER BY queue"
)
HEALTH = "SELECT * FROM durable.health()"
METRICS_TEXT = "SELECT durable.metrics_text()"


def _text(value: str) -> str:
    """Text PostgreSQL will take: it cannot hold NUL, and would reject the whole call."""
    return value.replace("\x00", "\\0") if "\x00" in value else value


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _run(row: asyncpg.Record) -> Run:
    values = dict(row)
    for key in ("args", "result", "meta"):
        values[key] = _json(values[key])
    return Run(**values)


class PgOperations(Operations):
    """The engine's calls on an asyncpg pool or connection."""

    def __init__(self, db: asyncpg.Pool | Connection, pooler: str | None = None) -> None:
        self._db = db
        self._pool = db if isinstance(db, asyncpg.Pool) else None
        self._pooler = pooler
        self._content_indexes: frozenset[tuple[str, str]] = frozenset()
        self._content_indexes_read = -CONTENT_INDEXES_TTL  # monotonic time; never yet

    async def _use(self, work: Callable[[Connection], Awaitable[T]]) -> T:
        """Run work on a connection of the pool (or the one given); asyncpg's errors
        come out as durablesql's."""
        try:
            if self._pool is None:
                return await work(self._db)  # type: ignore[arg-type]
            async with self._pool.acquire() as conn:
                try:
                    return await work(conn)
                except BaseException as exc:
                    if is_connection_error(exc):
                        # Never hand a half-dead connection back to the pool.
                        conn.terminate()
                    raise
        except Exception as exc:
            translated = translate(exc, pooler=self._pooler)
            if translated is exc:
                raise
            raise translated from exc

    async def _value(self, sql: str, *args: Any) -> Any:
        return await self._use(lambda conn: conn.fetchval(sql, *args))

    async def _rows(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        return await self._use(lambda conn: conn.fetch(sql, *args))

    async def _row(self, sql: str, *args: Any) -> asyncpg.Record | None:
        return await self._use(lambda conn: conn.fetchrow(sql, *args))

    # ---------------------------------------------------------------- producers
    async def enqueue(self, run: NewRun) -> int:
        run_id: int = await self._value(
            ENQUEUE,
            run.job_name,
            run.args,
            run.queue,
            run.run_at,
            run.priority,
            run.max_attempts,
            run.unique_key,
            run.concurrency_key,
            None if run.depends_on is None else list(run.depends_on),
            None if run.tags is None else list(run.tags),
            run.timeout,
            run.meta,
        )
        return run_id

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
        tag_list = None if tags is None else list(tags)
        rows = await self._rows(
            ENQUEUE_MANY, job_name, list(args), queue, run_at, priority, tag_list, meta
        )
        return [row[0] for row in rows]

    # ---------------------------------------------------------------- workers
    async def define_jobs(self, jobs: Sequence[JobDefinition]) -> None:
        rows = [
            (
                j.job_name,
                j.queue,
                j.max_attempts,
                j.retry_behavior,
                j.retry_delay,
                j.retry_max_delay,
                j.retry_jitter,
                j.timeout,
                j.priority,
                j.concurrency_limit,
                j.keep_succeeded,
            )
            for j in jobs
        ]
        if rows:
            await self._use(lambda conn: conn.executemany(DEFINE_JOB, rows))  # one transaction

    async def register_worker(
        self, worker: str, queues: Sequence[str], concurrency: int, info: str
    ) -> None:
        await self._value(REGISTER, worker, list(queues), concurrency, info)

    async def unregister_worker(self, worker: str) -> bool:
        return bool(await self._value(UNREGISTER, worker))

    async def claim(
        self, worker: str, queues: Sequence[str], max_runs: int, lease: timedelta, strategy: str
    ) -> list[ClaimedRun]:
        rows = await self._rows(CLAIM, worker, list(queues), max_runs, lease, strategy)
        # tuple.__new__ straight from each record: _make would cost a Python call per run.
        new = tuple.__new__
        return [new(ClaimedRun, row) for row in rows]

    async def complete(
        self, worker: str, run_ids: Sequence[int], results: Sequence[str | None] | None
    ) -> int:
        results_param = None if results is None else list(results)
        completed: int = await self._value(COMPLETE, worker, list(run_ids), results_param)
        return completed

    async def fail(self, worker: str, run_id: int, error: str, retryable: bool) -> str | None:
        status: str | None = await self._value(FAIL, worker, run_id, _text(error), retryable)
        return status

    async def heartbeat(self, worker: str, run_ids: Sequence[int], lease: timedelta) -> list[int]:
        kept: list[int] = await self._value(HEARTBEAT, worker, list(run_ids), lease)
        return kept

    async def release(self, worker: str, run_ids: Sequence[int]) -> int:
        released: int = await self._value(RELEASE, worker, list(run_ids))
        return released

    async def log_many(
        self, worker: str, run_ids: Sequence[int], levels: Sequence[str], messages: Sequence[str]
    ) -> int:
        texts = [_text(m) for m in messages]
        written: int = await self._value(LOG_MANY, worker, list(run_ids), list(levels), texts)
        return written

    async def set_progress_many(
        self,
        worker: str,
        run_ids: Sequence[int],
        progress: Sequence[float],
        notes: Sequence[str | None],
    ) -> int:
        texts = [None if n is None else _text(n) for n in notes]
        updated: int = await self._value(
            SET_PROGRESS_MANY, worker, list(run_ids), list(progress), texts
        )
        return updated

    async def materialize_schedules(self) -> int:
        enqueued: int = await self._value(MATERIALIZE)
        return enqueued

    async def sync_schedules(
        self, owner: str, schedules: str, existing: str, orphaned: str
    ) -> list[tuple[str, str]]:
        rows = await self._rows(SYNC_SCHEDULES, owner, schedules, existing, orphaned)
        return [(row["name"], row["action"]) for row in rows]

    async def limits(self) -> Limits:
        return Limits(json.loads(await self._value(LIMITS)))

    # ---------------------------------------------------------------- operators
    async def cancel(self, run_id: int) -> bool:
        return bool(await self._value(CANCEL, run_id))

    async def retry(self, run_id: int) -> int:
        retried: int = await self._value(RETRY, run_id)
        return retried

    async def prune(self, older_than: timedelta | None, batch_size: int) -> int:
        removed: int = await self._value(PRUNE, older_than, batch_size)
        return removed

    async def sweep(self, batch_size: int) -> int | None:
        removed: int | None = await self._value(SWEEP, batch_size)
        return removed

    async def set_queue(
        self,
        queue: str,
        priority: int | None,
        weight: int | None,
        concurrency_limit: int | None,
        lag_slo: timedelta | None = None,
    ) -> None:
        await self._value(SET_QUEUE, queue, priority, weight, concurrency_limit, lag_slo)

    async def pause_queue(self, queue: str) -> None:
        await self._value(PAUSE_QUEUE, queue)

    async def resume_queue(self, queue: str) -> None:
        await self._value(RESUME_QUEUE, queue)

    async def define_schedule(self, schedule: ScheduleDefinition) -> datetime | None:
        s = schedule
        next_run: datetime | None = await self._value(
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
        return next_run

    async def set_schedule_enabled(self, name: str, enabled: bool) -> datetime | None:
        next_run: datetime | None = await self._value(SET_SCHEDULE_ENABLED, name, enabled)
        return next_run

    async def update_schedule_cron(
        self, name: str, cron: str, timezone: str | None
    ) -> datetime | None:
        next_run: datetime | None = await self._value(UPDATE_SCHEDULE_CRON, name, cron, timezone)
        return next_run

    async def run_schedule_now(self, name: str) -> int:
        run_id: int = await self._value(RUN_SCHEDULE_NOW, name)
        return run_id

    async def cron_preview(
        self, cron: str, after: datetime, timezone: str, count: int
    ) -> list[datetime]:
        return [row[0] for row in await self._rows(CRON_PREVIEW, cron, after, timezone, count)]

    # ---------------------------------------------------------------- reading
    async def get_run(self, run_id: int) -> Run | None:
        row = await self._row(GET_RUN, run_id)
        return None if row is None else _run(row)

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
        return [_run(row) for row in rows]

    async def content_indexes(self) -> frozenset[tuple[str, str]]:
        """The (table, column) pairs of runs and run_history with a GIN index on
        args or meta, as read at most CONTENT_INDEXES_TTL seconds ago."""
        now = time.monotonic()
        if now - self._content_indexes_read >= CONTENT_INDEXES_TTL:
            rows = await self._rows(CONTENT_INDEXES, list(ARMS), list(CONTENT_COLUMNS))
            self._content_indexes = frozenset((row[0], row[1]) for row in rows)
            self._content_indexes_read = now
        return self._content_indexes

    async def _search_statement(self, q: RunSearch) -> tuple[str, list[list[str]]]:
        """The search's statement and its prefilter parameters ($14, $15).

        A search by content without an index reads every run of the window
        either way; the prefilter is added only where an index can answer it
        (the driver asks the catalog which), so those who create none pay
        nothing, not even an @> per row.  The prefilter uses the first pair of
        a column that has candidates: one selective index condition is enough
        to find the few runs, and the ->> comparisons check all pairs."""
        if not (q.args or q.meta) or q.run_id is not None:
            return SEARCH_RUNS, []
        indexed = await self.content_indexes()
        if not indexed:
            return SEARCH_RUNS_BY_CONTENT, []
        columns: list[str] = []
        candidates: list[list[str]] = []
        for column, pairs in (("args", q.args), ("meta", q.meta)):
            if not any((arm, column) in indexed for arm in ARMS):
                continue
            found = next(
                (c for c in (content_candidates(k, v) for k, v in pairs) if c is not None), None
            )
            if found is not None:
                columns.append(column)
                candidates.append(found)
        # An arm is prefiltered only if its table indexes every column used.
        live, history = (all((arm, c) in indexed for c in columns) for arm in ARMS)
        if not columns or not (live or history):
            return SEARCH_RUNS_BY_CONTENT, []
        return search_runs_prefiltered(tuple(columns), live, history), candidates

    async def search_runs(self, search: RunSearch) -> list[Run]:
        q = search
        statement, candidates = await self._search_statement(q)
        rows = await self._rows(
            statement,
            q.status,
            q.job_name,
            q.queue,
            q.tag,
            q.worker,
            q.run_id,
            [_text(k) for k, _ in q.args],
            [_text(v) for _, v in q.args],
            [_text(k) for k, _ in q.meta],
            q.finished_since,
            [_text(v) for _, v in q.meta],
            q.before_id,
            q.max_runs,
            *candidates,
        )
        return [_run(row) for row in rows]

    async def outcome_counts(self, window: timedelta, buckets: int) -> list[OutcomeCount]:
        width = window.total_seconds() / buckets
        rows = await self._rows(OUTCOME_COUNTS, window, width, buckets)
        return [OutcomeCount(*row) for row in rows]

    async def may_execute(self, operations: Sequence[str]) -> frozenset[str]:
        known = [o for o in operations if o in ROUTINES]
        rows = await self._rows(MAY_EXECUTE, known, [ROUTINES[o] for o in known])
        return frozenset(row[0] for row in rows)

    async def get_logs(self, run_id: int) -> list[LogLine]:
        return [LogLine(*row) for row in await self._rows(GET_LOGS, run_id)]

    async def attempt_errors(self, run_id: int) -> list[AttemptError]:
        return [AttemptError(*row) for row in await self._rows(ATTEMPT_ERRORS, run_id)]

    async def dependency_tree(self, run_id: int) -> list[TreeNode]:
        return [TreeNode(*row) for row in await self._rows(DEPENDENCY_TREE, run_id)]

    async def explain_run(self, run_id: int) -> list[Explanation]:
        return [Explanation(*row) for row in await self._rows(EXPLAIN_RUN, run_id)]

    async def queue_stats(self) -> list[QueueStats]:
        return [QueueStats(*row) for row in await self._rows(QUEUE_STATS)]

    async def slo_status(self) -> list[SloStatus]:
        return [SloStatus(*row) for row in await self._rows(SLO_STATUS)]

    async def worker_status(self) -> list[WorkerStatus]:
        rows = await self._rows(WORKER_STATUS)
        return [WorkerStatus(**{**row, "info": _json(row["info"]) or {}}) for row in rows]

    async def schedule_status(self) -> list[ScheduleStatus]:
        rows = await self._rows(SCHEDULE_STATUS)
        return [ScheduleStatus(**{**row, "args": _json(row["args"])}) for row in rows]

    async def health(self) -> Health:
        return Health(*(await self._row(HEALTH) or ()))

    async def metrics_text(self) -> str:
        return str(await self._value(METRICS_TEXT))

    async def schema_version(self) -> str | None:
        return await self._use(installed_version)
