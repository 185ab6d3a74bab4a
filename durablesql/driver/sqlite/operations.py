"""Every operation the Python layer calls, as a named block of sql/sqlite/queries.sql.

Each method names its block and passes the parameters (PostgreSQL's names);
what happens to a run is decided by the SQL.  On the way in: times as UTC text,
intervals as seconds, arrays as JSON; on the way out the reverse.  Rows that
SQLite returns in no particular order (an UPDATE … RETURNING) are put in the
order the block states: a claim by the ``claim_order`` it wrote, a heartbeat
by id.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

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
from durablesql.driver.sqlite.connection import Params
from durablesql.driver.sqlite.functions import from_text, to_text
from durablesql.driver.values import decoded, flag, interval, json_array, json_texts, seconds
from durablesql.errors import SchemaNotInstalled

# Every operation of the interface: what may_execute answers for (no grants on SQLite).
OPERATIONS = frozenset(Operations.__abstractmethods__)


class Runner(Protocol):
    """Runs a named block once per parameter set, in one transaction."""

    async def run(self, name: str, each: Sequence[Params]) -> list[sqlite3.Row]: ...


# ---------------------------------------------------------------- values in
def when(at: datetime | None) -> str | None:
    return None if at is None else to_text(at)


# ---------------------------------------------------------------- values out
def time_of(text: str | None) -> datetime | None:
    return None if text is None else from_text(text)


def _run(row: sqlite3.Row) -> Run:
    values = dict(row)
    for key in ("run_at", "created_at"):
        values[key] = from_text(values[key])
    for key in ("started_at", "finished_at"):
        values[key] = time_of(values[key])
    for key in ("args", "result", "tags", "depends_on", "meta"):
        values[key] = decoded(values[key])
    return Run(**values)


class SQLiteOperations(Operations):
    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    async def _rows(self, block: str, /, **params: Any) -> list[sqlite3.Row]:
        return await self._runner.run(block, [params])

    async def _value(self, block: str, /, **params: Any) -> Any:
        rows = await self._rows(block, **params)
        return rows[0][0] if rows else None

    # ---------------------------------------------------------------- producers
    async def enqueue(self, run: NewRun) -> int:
        run_id = await self._value(
            "enqueue",
            job_name=run.job_name,
            args=run.args,
            queue=run.queue,
            run_at=when(run.run_at),
            priority=run.priority,
            max_attempts=run.max_attempts,
            unique_key=run.unique_key,
            concurrency_key=run.concurrency_key,
            depends_on=json_array(run.depends_on),
            tags=json_array(run.tags),
            timeout=seconds(run.timeout),
            meta=run.meta,
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
            "enqueue_many",
            job_name=job_name,
            args=json_texts(args),
            queue=queue,
            run_at=when(run_at),
            priority=priority,
            tags=json_array(tags),
            meta=meta,
        )
        return [int(row[0]) for row in rows]

    # ---------------------------------------------------------------- workers
    async def define_jobs(self, jobs: Sequence[JobDefinition]) -> None:
        if not jobs:
            return
        await self._runner.run(
            "define_job",
            [
                {
                    "job_name": j.job_name,
                    "queue": j.queue,
                    "max_attempts": j.max_attempts,
                    "retry_behavior": j.retry_behavior,
                    "retry_delay": seconds(j.retry_delay),
                    "retry_max_delay": seconds(j.retry_max_delay),
                    "retry_jitter": j.retry_jitter,
                    "timeout": seconds(j.timeout),
                    "priority": j.priority,
                    "concurrency_limit": j.concurrency_limit,
                    "keep_succeeded": flag(j.keep_succeeded),
                }
                for j in jobs
            ],
        )

    async def register_worker(
        self, worker: str, queues: Sequence[str], concurrency: int, info: str
    ) -> None:
        await self._rows(
            "register_worker",
            worker=worker,
            queues=json_array(queues),
            concurrency=concurrency,
            info=info,
        )

    async def unregister_worker(self, worker: str) -> bool:
        return bool(await self._value("unregister_worker", worker=worker))

    async def claim(
        self, worker: str, queues: Sequence[str], max_runs: int, lease: timedelta, strategy: str
    ) -> list[ClaimedRun]:
        rows = await self._rows(
            "claim",
            worker=worker,
            queues=json_array(queues),
            max_runs=max_runs,
            lease=seconds(lease),
            strategy=strategy,
        )
        rows.sort(key=lambda row: row[11])  # claim_order
        # A batch shares its lease end (and often its due time): parse each text once.
        times: dict[str, datetime] = {}

        def at(text: str) -> datetime:
            found = times.get(text)
            if found is None:
                found = times[text] = from_text(text)
            return found

        new = tuple.__new__
        return [
            new(
                ClaimedRun,
                (
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    at(r[6]),
                    at(r[7]),
                    None if r[8] is None else timedelta(seconds=r[8]),
                    r[9],
                    r[10],
                ),
            )
            for r in rows
        ]

    async def complete(
        self, worker: str, run_ids: Sequence[int], results: Sequence[str | None] | None
    ) -> int:
        done = await self._value(
            "complete",
            worker=worker,
            run_ids=json_array(run_ids),
            results=None if results is None else json_texts(results),
        )
        return int(done or 0)

    async def fail(self, worker: str, run_id: int, error: str, retryable: bool) -> str | None:
        status: str | None = await self._value(
            "fail", worker=worker, run_id=run_id, error=error, retryable=flag(retryable)
        )
        return status

    async def heartbeat(self, worker: str, run_ids: Sequence[int], lease: timedelta) -> list[int]:
        rows = await self._rows(
            "heartbeat", worker=worker, run_ids=json_array(run_ids), lease=seconds(lease)
        )
        return sorted(int(row[0]) for row in rows)

    async def release(self, worker: str, run_ids: Sequence[int]) -> int:
        return int(await self._value("release", worker=worker, run_ids=json_array(run_ids)) or 0)

    async def log_many(
        self, worker: str, run_ids: Sequence[int], levels: Sequence[str], messages: Sequence[str]
    ) -> int:
        written = await self._value(
            "log_many",
            worker=worker,
            run_ids=json_array(run_ids),
            levels=json_array(levels),
            messages=json_array(messages),
        )
        return int(written or 0)

    async def set_progress_many(
        self,
        worker: str,
        run_ids: Sequence[int],
        progress: Sequence[float],
        notes: Sequence[str | None],
    ) -> int:
        updated = await self._value(
            "set_progress_many",
            worker=worker,
            run_ids=json_array(run_ids),
            progress=json_array(progress),
            notes=json_array(notes),
        )
        return int(updated or 0)

    async def materialize_schedules(self) -> int:
        return int(await self._value("materialize_schedules") or 0)

    async def sync_schedules(
        self, owner: str, schedules: str, existing: str, orphaned: str
    ) -> list[tuple[str, str]]:
        rows = await self._rows(
            "sync_schedules", owner=owner, schedules=schedules, existing=existing, orphaned=orphaned
        )
        return [(row[0], row[1]) for row in rows]

    async def limits(self) -> Limits:
        return Limits(decoded(await self._value("limits")))

    # ---------------------------------------------------------------- operators
    async def cancel(self, run_id: int) -> bool:
        return bool(await self._value("cancel", run_id=run_id))

    async def retry(self, run_id: int) -> int:
        return int(await self._value("retry", run_id=run_id))

    async def prune(self, older_than: timedelta | None, batch_size: int) -> int:
        removed = await self._value("prune", older_than=seconds(older_than), batch_size=batch_size)
        return int(removed or 0)

    async def sweep(self, batch_size: int) -> int | None:
        # One writer at a time: SQLite needs no try-lock to keep sweeps apart.
        return await self.prune(None, batch_size)

    async def set_queue(
        self,
        queue: str,
        priority: int | None,
        weight: int | None,
        concurrency_limit: int | None,
        lag_slo: timedelta | None = None,
    ) -> None:
        await self._rows(
            "set_queue",
            queue=queue,
            priority=priority,
            weight=weight,
            concurrency_limit=concurrency_limit,
            lag_slo=seconds(lag_slo),
        )

    async def pause_queue(self, queue: str) -> None:
        await self._rows("pause_queue", queue=queue)

    async def resume_queue(self, queue: str) -> None:
        await self._rows("resume_queue", queue=queue)

    async def define_schedule(self, schedule: ScheduleDefinition) -> datetime | None:
        s = schedule
        return time_of(
            await self._value(
                "define_schedule",
                name=s.name,
                job_name=s.job_name,
                cron=s.cron,
                timezone=s.timezone,
                args=s.args,
                queue=s.queue,
                enabled=flag(s.enabled),
                allow_concurrent=flag(s.allow_concurrent),
                catch_up=s.catch_up,
            )
        )

    async def set_schedule_enabled(self, name: str, enabled: bool) -> datetime | None:
        return time_of(await self._value("set_schedule_enabled", name=name, enabled=flag(enabled)))

    async def update_schedule_cron(
        self, name: str, cron: str, timezone: str | None
    ) -> datetime | None:
        return time_of(
            await self._value("update_schedule_cron", name=name, cron=cron, timezone=timezone)
        )

    async def run_schedule_now(self, name: str) -> int:
        return int(await self._value("run_schedule_now", name=name))

    async def cron_preview(
        self, cron: str, after: datetime, timezone: str, count: int
    ) -> list[datetime]:
        rows = await self._rows(
            "cron_preview", cron=cron, after=when(after), timezone=timezone, count=count
        )
        return [from_text(row[0]) for row in rows]

    # ---------------------------------------------------------------- reading
    async def get_run(self, run_id: int) -> Run | None:
        rows = await self._rows("get_run", run_id=run_id)
        return _run(rows[0]) if rows else None

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
        rows = await self._rows(
            "list_runs",
            status=status,
            job_name=job_name,
            queue=queue,
            tag=tag,
            max_runs=max_runs,
            before_id=before_id,
        )
        return [_run(row) for row in rows]

    async def search_runs(self, search: RunSearch) -> list[Run]:
        q = search
        rows = await self._rows(
            "search_runs",
            status=q.status,
            job_name=q.job_name,
            queue=q.queue,
            tag=q.tag,
            worker=q.worker,
            run_id=q.run_id,
            args=json_array([list(pair) for pair in q.args]),
            meta=json_array([list(pair) for pair in q.meta]),
            finished_since=when(q.finished_since),
            before_id=q.before_id,
            max_runs=q.max_runs,
        )
        return [_run(row) for row in rows]

    async def outcome_counts(self, window: timedelta, buckets: int) -> list[OutcomeCount]:
        window_ms = window // timedelta(milliseconds=1)  # checked by the block
        rows = await self._rows("outcome_counts", window_ms=window_ms, buckets=buckets)
        return [OutcomeCount(r[0], r[1], r[2]) for r in rows]

    async def may_execute(self, operations: Sequence[str]) -> frozenset[str]:
        """SQLite has no logins or grants: whoever can open the file may call every
        operation, so the answer is every name asked that is an operation of the
        interface (an unknown name is never in it)."""
        return frozenset(o for o in operations if o in OPERATIONS)

    async def get_logs(self, run_id: int) -> list[LogLine]:
        return [
            LogLine(from_text(r[0]), r[1], r[2], r[3], r[4])
            for r in await self._rows("get_logs", run_id=run_id)
        ]

    async def attempt_errors(self, run_id: int) -> list[AttemptError]:
        return [
            AttemptError(from_text(r[0]), r[1], r[2], r[3], r[4])
            for r in await self._rows("attempt_errors", run_id=run_id)
        ]

    async def dependency_tree(self, run_id: int) -> list[TreeNode]:
        return [
            TreeNode(r[0], r[1], decoded(r[2]), r[3], r[4], r[5])
            for r in await self._rows("dependency_tree", run_id=run_id)
        ]

    async def explain_run(self, run_id: int) -> list[Explanation]:
        return [Explanation(r[0], r[1]) for r in await self._rows("explain_run", run_id=run_id)]

    async def queue_stats(self) -> list[QueueStats]:
        return [
            QueueStats(
                queue=r[0],
                pending=r[1],
                due=r[2],
                leased=r[3],
                oldest_due_age=interval(r[4]),
                paused=bool(r[5]),
                waiting=r[6],
                priority=r[7],
                weight=r[8],
                concurrency_limit=r[9],
            )
            for r in await self._rows("queue_stats")
        ]

    async def slo_status(self) -> list[SloStatus]:
        return [
            SloStatus(
                queue=r[0],
                lag_slo=interval(r[1]),
                oldest_due_age=interval(r[2]),
                within_slo=None if r[3] is None else bool(r[3]),
                started_last_hour=r[4],
                started_within_slo=r[5],
                share_within_slo=r[6],
            )
            for r in await self._rows("slo_status")
        ]

    async def worker_status(self) -> list[WorkerStatus]:
        return [
            WorkerStatus(
                worker=r[0],
                queues=decoded(r[1]),
                concurrency=r[2],
                started_at=from_text(r[3]),
                last_seen=from_text(r[4]),
                leased=r[5],
                info=decoded(r[6]) or {},
            )
            for r in await self._rows("worker_status")
        ]

    async def schedule_status(self) -> list[ScheduleStatus]:
        found = []
        for row in await self._rows("schedule_status"):
            values = dict(row)
            for key in ("next_run_at", "last_run_at", "last_skipped_at"):
                values[key] = time_of(values[key])
            for key in ("created_at", "updated_at"):
                values[key] = from_text(values[key])
            values["args"] = decoded(values["args"])
            values["enabled"] = bool(values["enabled"])
            values["allow_concurrent"] = bool(values["allow_concurrent"])
            found.append(ScheduleStatus(**values))
        return found

    async def health(self) -> Health:
        rows = await self._rows("health")
        return Health(**dict(rows[0]))

    async def metrics_text(self) -> str:
        return str(await self._value("metrics_text"))

    async def schema_version(self) -> str | None:
        try:
            version: str | None = await self._value("schema_version")
        except SchemaNotInstalled:
            return None
        return version
