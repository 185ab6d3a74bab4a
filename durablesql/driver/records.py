"""What crosses the driver seam: small typed records, the same for every dialect.

Inputs that carry JSON carry it as text (a dialect stores it as it likes);
outputs carry it decoded.  Times are aware datetimes, intervals timedeltas.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple


class ClaimedRun(NamedTuple):
    """One run a claim handed out (durable.claimed_run).  A tuple, not a dataclass:
    the worker builds tens of thousands a second."""

    run_id: int
    job_name: str
    queue: str
    args: str  # JSON text: decoded only when the handler runs
    attempt: int
    max_attempts: int
    run_at: datetime
    lease_expires_at: datetime
    timeout: timedelta | None
    priority: int
    # The W3C traceparent the run was enqueued under (meta->>'traceparent'), so the
    # worker's span continues the producer's trace; None when there was none.
    traceparent: str | None = None


@dataclass(frozen=True, slots=True)
class SloStatus:
    """One row of durable.slo_status: a queue's lag now and over the last hour
    against its objective (None where the queue has no objective or no runs)."""

    queue: str
    lag_slo: timedelta | None
    oldest_due_age: timedelta | None
    within_slo: bool | None
    started_last_hour: int | None
    started_within_slo: int | None
    share_within_slo: float | None


@dataclass(frozen=True, slots=True)
class NewRun:
    """durable.enqueue's parameters (None: the job's default)."""

    job_name: str
    args: str = "{}"  # a JSON object, as text
    queue: str | None = None
    run_at: datetime | None = None
    priority: int | None = None
    max_attempts: int | None = None
    unique_key: str | None = None
    concurrency_key: str | None = None
    depends_on: Sequence[int] | None = None
    tags: Sequence[str] | None = None
    timeout: timedelta | None = None
    meta: str | None = None  # a JSON object, as text


@dataclass(frozen=True, slots=True)
class JobDefinition:
    """durable.define_job's parameters."""

    job_name: str
    queue: str
    max_attempts: int
    retry_behavior: str
    retry_delay: timedelta
    retry_max_delay: timedelta
    retry_jitter: float
    timeout: timedelta | None
    priority: int
    concurrency_limit: int | None
    keep_succeeded: bool = True  # False: a run that succeeds leaves no row behind


@dataclass(frozen=True, slots=True)
class ScheduleDefinition:
    """durable.define_schedule's parameters."""

    name: str
    job_name: str
    cron: str
    timezone: str = "UTC"
    args: str = "{}"  # a JSON object, as text
    queue: str | None = None
    enabled: bool = True
    allow_concurrent: bool = False
    catch_up: str = "skip_missed"


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
        """Succeeded, failed or cancelled: a run has an end time exactly then."""
        return self.finished_at is not None


@dataclass(frozen=True, slots=True)
class RunSearch:
    """What durable.all_runs is searched by (each field a bound parameter; None: any).

    Live runs are always searched; finished ones only when they finished at or after
    ``finished_since`` (None: all history), so that history outside the window --
    whole partitions on PostgreSQL -- is never read.  ``args`` and ``meta`` hold
    (top-level key, value) pairs matched against the key's value as text
    (``17`` matches the number 17 and the string "17").  Newest first; ``before_id``
    pages on (runs with a smaller id)."""

    status: str | None = None
    job_name: str | None = None
    queue: str | None = None
    tag: str | None = None
    worker: str | None = None
    run_id: int | None = None
    args: tuple[tuple[str, str], ...] = ()
    meta: tuple[tuple[str, str], ...] = ()
    finished_since: datetime | None = None
    before_id: int | None = None
    max_runs: int = 50


@dataclass(frozen=True, slots=True)
class OutcomeCount:
    """Runs that ended with ``status`` in bucket ``bucket`` (0 = the oldest) of a window
    that ends now (durable.now()), as history holds them."""

    bucket: int
    status: str
    count: int


@dataclass(frozen=True, slots=True)
class LogLine:
    """One line a handler logged (durable.log_lines)."""

    logged_at: datetime
    attempt: int
    level: str
    message: str
    worker: str


@dataclass(frozen=True, slots=True)
class AttemptError:
    """One attempt of a run that ended in an error (durable.attempt_errors): the error
    durable.fail() was given, or the engine's own when a lease expired with no attempts
    left, and what it led to: ``retrying`` (back to pending after the retry delay),
    ``failed`` or ``cancelled`` (its cancellation had been requested)."""

    failed_at: datetime
    attempt: int
    outcome: str
    error: str
    worker: str


@dataclass(frozen=True, slots=True)
class TreeNode:
    """One run of durable.dependency_tree: depth < 0 ancestors, 0 the run, > 0 descendants."""

    run_id: int
    depth: int
    depends_on: list[int] | None
    job_name: str
    status: str
    error: str | None


@dataclass(frozen=True, slots=True)
class Explanation:
    """One row of durable.explain_run: a reason the run is not running (code) and a
    sentence naming the values (reason); code `claimable` when nothing holds it back."""

    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class QueueStats:
    """One row of durable.queue_stats."""

    queue: str
    pending: int
    due: int
    leased: int
    oldest_due_age: timedelta | None
    paused: bool
    waiting: int
    priority: int
    weight: int
    concurrency_limit: int | None


@dataclass(frozen=True, slots=True)
class WorkerStatus:
    """One row of durable.worker_status."""

    worker: str
    queues: list[str] | None
    concurrency: int
    started_at: datetime
    last_seen: datetime
    leased: int
    info: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ScheduleStatus:
    """One row of durable.schedule_status."""

    name: str
    job_name: str
    cron: str
    timezone: str
    enabled: bool
    allow_concurrent: bool
    catch_up: str
    next_run_at: datetime | None
    last_run_at: datetime | None
    last_run_id: int | None
    last_run_status: str | None
    last_skipped_at: datetime | None
    args: dict[str, Any]
    queue: str | None
    origin: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Health:
    """durable.health(): the hot table's dead rows and the oldest open transaction."""

    live_runs: int | None
    dead_runs: int | None
    last_vacuum: datetime | None
    oldest_xact_pid: int | None
    oldest_xact_age: timedelta | None
    oldest_xact_user: str | None
    oldest_xact_application: str | None
    oldest_xact_state: str | None
    warning: str | None


@dataclass(frozen=True, slots=True)
class Limits:
    """durable.limits(): the bounds and words the engine accepts, read from the database
    so that no client keeps a copy.  ``values`` holds every key, new ones included."""

    values: dict[str, Any]

    @property
    def log_levels(self) -> list[str]:
        return list(self.values["log_levels"])

    @property
    def claim_strategies(self) -> list[str]:
        return list(self.values["claim_strategies"])

    @property
    def max_log_message(self) -> int:
        return int(self.values["max_log_message"])

    @property
    def max_progress_note(self) -> int:
        return int(self.values["max_progress_note"])


class Notice(NamedTuple):
    """A push notification from the engine.

    kind ``wake``: due runs in ``queue``; ``cancel``: ``run_ids`` (one) was cancelled
    while leased; ``done``: ``run_ids`` became terminal.
    """

    kind: str
    queue: str | None = None
    run_ids: tuple[int, ...] = ()
