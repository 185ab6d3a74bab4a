"""The operations layer: one method per durable.* function or view the Python layer uses.

Every module above this seam (client, app, worker, cli, dashboard) calls these
methods and nothing else; each dialect implements them in
``durablesql/driver/<dialect>/``, which alone holds SQL text and imports a
database driver.  A method is one call of the engine, never logic of its own:
what happens to a run is decided in the database.

``Operations`` runs on something that executes statements: a driver's own pool,
or (``Driver.on(connection)``) a connection of the caller's, so that an enqueue
joins the caller's transaction.  ``Driver`` adds what a pool owner needs: the
schema, push notifications, capabilities, closing.

Errors come out as ``durablesql.errors`` classes, whatever the dialect:
``DurableError`` subclasses for the engine's DS codes, ``PermissionDenied``,
``ConnectionLost`` (and other ``Transient`` errors worth retrying as they are).
"""

from __future__ import annotations

import abc
import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from durablesql.driver.records import (
    AttemptError,
    ClaimedRun,
    Explanation,
    Health,
    JobDefinition,
    Limits,
    LogLine,
    NewRun,
    Notice,
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
from durablesql.errors import ConfigurationError, SchemaNotInstalled


@dataclass(frozen=True)
class Capabilities:
    """What a dialect can do; callers branch on these, never on the dialect's name."""

    push_wakeups: bool  # wake-ups, cancellations, completions pushed (else: poll with jitter)
    partitions: bool  # history partitioned by month: prune drops whole partitions
    roles: bool  # durable_producer / durable_worker / durable_admin, EXECUTE grants
    transactional_enqueue: bool  # enqueue on the caller's connection joins its transaction
    async_commit: bool  # the worker's bookkeeping can commit without waiting for the flush


@dataclass(frozen=True)
class ConnectOptions:
    """How to connect; a dialect ignores what it has no use for."""

    application_name: str = "durablesql"
    max_connections: int = 4
    # The worker's own bookkeeping (claim, complete, fail, heartbeat, release)
    # need not wait for the flush: a crash can then undo it, and the runs run
    # again, as after a worker crash (at-least-once).
    async_commit: bool = False
    # "transaction": the DSN is a transaction-mode pooler (PgBouncer): no
    # session state, no statement cache, no push notifications.
    pooler: str | None = None
    statement_timeout: float | None = None  # seconds a single call may take
    # ... and the server cancels it then (PostgreSQL's statement_timeout, not behind a
    # pooler), instead of only the client giving up: for readers such as the dashboard.
    server_timeout: bool = False
    single: bool = False  # one connection for a few calls (a CLI command)


class Listening(abc.ABC):
    """An open subscription to push notifications; ``lost`` is set if it drops."""

    lost: asyncio.Event

    @abc.abstractmethod
    async def close(self) -> None: ...


class Operations(abc.ABC):
    """The engine's calls, on one executor (a pool or a caller's connection)."""

    # ---------------------------------------------------------------- producers
    @abc.abstractmethod
    async def enqueue(self, run: NewRun) -> int:
        """durable.enqueue: the new run's id, or the live run's holding its unique_key."""

    @abc.abstractmethod
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
        """durable.enqueue_many: one run per JSON args text, ids in the same order."""

    # ---------------------------------------------------------------- workers
    @abc.abstractmethod
    async def define_jobs(self, jobs: Sequence[JobDefinition]) -> None:
        """durable.define_job for each, in one transaction."""

    @abc.abstractmethod
    async def register_worker(
        self, worker: str, queues: Sequence[str], concurrency: int, info: str
    ) -> None:
        """durable.register_worker (info: a JSON object, as text)."""

    @abc.abstractmethod
    async def unregister_worker(self, worker: str) -> bool:
        """durable.unregister_worker."""

    @abc.abstractmethod
    async def claim(
        self, worker: str, queues: Sequence[str], max_runs: int, lease: timedelta, strategy: str
    ) -> list[ClaimedRun]:
        """durable.claim: the runs leased to `worker`, in the order to start them."""

    @abc.abstractmethod
    async def complete(
        self, worker: str, run_ids: Sequence[int], results: Sequence[str | None] | None
    ) -> int:
        """durable.complete: how many of run_ids were still the worker's and succeeded."""

    @abc.abstractmethod
    async def fail(self, worker: str, run_id: int, error: str, retryable: bool) -> str | None:
        """durable.fail: the run's new status, or None when it was not the worker's."""

    @abc.abstractmethod
    async def heartbeat(self, worker: str, run_ids: Sequence[int], lease: timedelta) -> list[int]:
        """durable.heartbeat: the ids whose leases were extended (the rest are lost)."""

    @abc.abstractmethod
    async def release(self, worker: str, run_ids: Sequence[int]) -> int:
        """durable.release: give back runs that never started."""

    @abc.abstractmethod
    async def log_many(
        self, worker: str, run_ids: Sequence[int], levels: Sequence[str], messages: Sequence[str]
    ) -> int:
        """durable.log_many: lines of runs the worker holds, in order; how many were kept."""

    @abc.abstractmethod
    async def set_progress_many(
        self,
        worker: str,
        run_ids: Sequence[int],
        progress: Sequence[float],
        notes: Sequence[str | None],
    ) -> int:
        """durable.set_progress_many: the last value per run counts."""

    @abc.abstractmethod
    async def materialize_schedules(self) -> int:
        """durable.materialize_schedules: how many runs the due slots enqueued."""

    @abc.abstractmethod
    async def sync_schedules(
        self, owner: str, schedules: str, existing: str, orphaned: str
    ) -> list[tuple[str, str]]:
        """durable.sync_schedules (schedules: a JSON array, as text): (name, action) pairs."""

    @abc.abstractmethod
    async def limits(self) -> Limits:
        """durable.limits()."""

    # ---------------------------------------------------------------- operators
    @abc.abstractmethod
    async def cancel(self, run_id: int) -> bool:
        """durable.cancel."""

    @abc.abstractmethod
    async def retry(self, run_id: int) -> int:
        """durable.retry."""

    @abc.abstractmethod
    async def prune(self, older_than: timedelta | None, batch_size: int) -> int:
        """durable.prune: how many runs it removed (call until 0)."""

    @abc.abstractmethod
    async def sweep(self, batch_size: int) -> int | None:
        """durable.sweep: one batch of retention (the `retention` setting) under a
        fleet-wide try-lock; None when another session is sweeping."""

    @abc.abstractmethod
    async def set_queue(
        self,
        queue: str,
        priority: int | None,
        weight: int | None,
        concurrency_limit: int | None,
        lag_slo: timedelta | None = None,
    ) -> None:
        """durable.set_queue (lag_slo: the queue's lag objective; None leaves it,
        zero removes it)."""

    @abc.abstractmethod
    async def pause_queue(self, queue: str) -> None:
        """durable.pause_queue."""

    @abc.abstractmethod
    async def resume_queue(self, queue: str) -> None:
        """durable.resume_queue."""

    @abc.abstractmethod
    async def define_schedule(self, schedule: ScheduleDefinition) -> datetime | None:
        """durable.define_schedule: the next run time (None when disabled)."""

    @abc.abstractmethod
    async def set_schedule_enabled(self, name: str, enabled: bool) -> datetime | None:
        """durable.set_schedule_enabled: the next run time."""

    @abc.abstractmethod
    async def update_schedule_cron(
        self, name: str, cron: str, timezone: str | None
    ) -> datetime | None:
        """durable.update_schedule_cron: the next run time."""

    @abc.abstractmethod
    async def run_schedule_now(self, name: str) -> int:
        """durable.run_schedule_now."""

    @abc.abstractmethod
    async def cron_preview(
        self, cron: str, after: datetime, timezone: str, count: int
    ) -> list[datetime]:
        """durable.cron_preview: the next `count` fire times, by the engine's rule."""

    # ---------------------------------------------------------------- reading
    @abc.abstractmethod
    async def get_run(self, run_id: int) -> Run | None:
        """durable.all_runs, one run."""

    @abc.abstractmethod
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
        """durable.list_runs: newest first."""

    @abc.abstractmethod
    async def search_runs(self, search: RunSearch) -> list[Run]:
        """durable.all_runs filtered by every field of `search` that is set (each a bound
        parameter), history only within its time bound; newest first."""

    @abc.abstractmethod
    async def outcome_counts(self, window: timedelta, buckets: int) -> list[OutcomeCount]:
        """How many runs ended with each terminal status in each of `buckets` equal
        slices of the last `window` (history only; slices without runs are left out)."""

    @abc.abstractmethod
    async def may_execute(self, operations: Sequence[str]) -> frozenset[str]:
        """Which of these operations (names of methods of this interface, such as
        ``cancel`` or ``pause_queue``) the login may call, as the database's grants
        say; a name the dialect does not know is never in the answer.  SQLite has no
        logins or grants: there every operation of this interface is allowed."""

    @abc.abstractmethod
    async def get_logs(self, run_id: int) -> list[LogLine]:
        """durable.log_lines of one run, oldest first."""

    @abc.abstractmethod
    async def attempt_errors(self, run_id: int) -> list[AttemptError]:
        """durable.attempt_errors of one run, oldest first: one row per attempt that
        ended in an error (fail(), or a lease that expired with no attempts left).
        A retry() starts the attempt count again and keeps the rows before it; a
        lease that expired and was claimed again leaves no row (its attempt number
        is skipped).  Empty for an unknown run."""

    @abc.abstractmethod
    async def dependency_tree(self, run_id: int) -> list[TreeNode]:
        """durable.dependency_tree, by depth then id."""

    @abc.abstractmethod
    async def explain_run(self, run_id: int) -> list[Explanation]:
        """durable.explain_run: every reason the run is not running, in order (or
        one row `claimable`); UnknownRunError (DS004) for an unknown id."""

    @abc.abstractmethod
    async def queue_stats(self) -> list[QueueStats]:
        """durable.queue_stats, by queue."""

    @abc.abstractmethod
    async def slo_status(self) -> list[SloStatus]:
        """durable.slo_status, by queue (every queue; lag_slo None where none is set)."""

    @abc.abstractmethod
    async def worker_status(self) -> list[WorkerStatus]:
        """durable.worker_status, by worker."""

    @abc.abstractmethod
    async def schedule_status(self) -> list[ScheduleStatus]:
        """durable.schedule_status, by name."""

    @abc.abstractmethod
    async def health(self) -> Health:
        """durable.health()."""

    @abc.abstractmethod
    async def metrics_text(self) -> str:
        """durable.metrics_text(): the per-database metrics as Prometheus text
        exposition format (gauges labelled only by queue and state)."""

    @abc.abstractmethod
    async def schema_version(self) -> str | None:
        """durable.schema_version(), or None when the schema is not installed."""


class Driver(Operations):
    """A dialect's operations on a pool of its own, plus what the pool's owner needs."""

    dialect: str
    capabilities: Capabilities
    native: str  # what on() takes, as its error says: "an asyncpg connection (or pool)"

    @abc.abstractmethod
    def wrap(self, connection: object) -> Operations | None:
        """The operations on a native connection of this dialect, None for anything else."""

    def on(self, connection: object) -> Operations:
        """The operations on a connection of the caller's (its transaction, if any)."""
        found = self.wrap(connection)
        if found is None:
            raise ConfigurationError(
                f"connection= must be {self.native} for a {self.dialect} DSN,"
                f" got {type(connection).__name__}"
            )
        return found

    @abc.abstractmethod
    async def migrate(self) -> list[str]:
        """Install or upgrade the schema; the names of the migrations applied."""

    @property
    @abc.abstractmethod
    def owns_database(self) -> bool:
        """True for a database this process created (the embedded one): ours to set up."""

    @abc.abstractmethod
    async def listen(self, kinds: frozenset[str], on_notice: Callable[[Notice], None]) -> Listening:
        """Subscribe to push notifications of these kinds (``wake``, ``cancel``, ``done``);
        only when ``capabilities.push_wakeups``."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Close the pool (and nothing the caller owns)."""

    @abc.abstractmethod
    async def set_fake_now(self, at: datetime | None) -> None:
        """Move durable.now() on this driver's connection to `at` (None: real time again),
        for tests.  A single-connection driver only (``ConnectOptions(single=True)``),
        and only as the schema's owner: in anyone else's session the engine refuses."""

    async def notes(self) -> list[str]:
        """Facts about this connection worth a line in a worker's start-up log."""
        return []

    async def ensure_schema(self) -> None:
        """The schema must be there: kept current on a database of our own, else an error."""
        if self.owns_database:
            await self.migrate()
        elif await self.schema_version() is None:
            raise SchemaNotInstalled()
