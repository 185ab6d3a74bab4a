"""App: the job registry, the decorator, and the producer/operator shortcuts."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from durablesql import client
from durablesql import driver as drivers
from durablesql.driver import (
    AttemptError,
    ConnectOptions,
    Driver,
    JobDefinition,
    LogLine,
    Operations,
    Run,
)
from durablesql.dsn import resolve_dsn, resolve_pooler
from durablesql.errors import ConfigurationError, InvalidArgument, PermissionDenied, UnknownRun
from durablesql.events import (
    DEFAULT_QUEUE_SIZE,
    Middleware,
    Subscription,
    matching,
    subscription,
)
from durablesql.resilient import Resilient
from durablesql.retry import Fixed, RetryPolicy, Seconds, to_timedelta
from durablesql.schedules import ScheduleSpec, ScheduleSync, as_json
from durablesql.waiter import DoneListener

if TYPE_CHECKING:
    from durablesql.worker import Worker

Handler = Callable[..., Any]
H = TypeVar("H", bound=Handler)
Obs = TypeVar("Obs", bound=Callable[..., Any])
M = TypeVar("M", bound=Callable[..., Any])


@dataclass(frozen=True)
class JobSpec:
    """A job as registered in Python: its handler and what define_job() stores."""

    name: str
    handler: Handler
    queue: str = "default"
    max_attempts: int = 3
    retry: RetryPolicy = field(default_factory=Fixed)
    timeout: timedelta | None = None
    priority: int = 0
    concurrency_limit: int | None = None
    keep_succeeded: bool = True
    event_args: bool = False  # events of its runs carry their args
    is_async: bool = field(init=False)  # decided once, not per run

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_async", inspect.iscoroutinefunction(self.handler))

    def definition(self) -> JobDefinition:
        behavior, delay, max_delay, jitter = self.retry.sql_params()
        return JobDefinition(
            self.name,
            self.queue,
            self.max_attempts,
            behavior,
            delay,
            max_delay,
            jitter,
            self.timeout,
            self.priority,
            self.concurrency_limit,
            self.keep_succeeded,
        )


class JobRegistry:
    """A set of jobs.  Modules can declare their own and an App includes them."""

    def __init__(self) -> None:
        self.jobs: dict[str, JobSpec] = {}
        self.schedules: dict[str, ScheduleSpec] = {}

    def job(
        self,
        name: str,
        *,
        queue: str = "default",
        max_attempts: int = 3,
        retry: RetryPolicy | None = None,
        timeout: Seconds | None = None,
        priority: int = 0,
        concurrency_limit: int | None = None,
        keep_succeeded: bool = True,
        cron: str | None = None,
        timezone: str = "UTC",
        event_args: bool = False,
    ) -> Callable[[H], H]:
        """Register ``async def handler(ctx, args)`` or ``def handler(ctx, args)``.

        ``concurrency_limit``: at most this many runs of the job at once, across
        all workers (None: no limit).  ``keep_succeeded=False``: a run that
        succeeds is deleted rather than kept in the history (no result, no row in
        ``all_runs``; failed and cancelled runs are always kept) — a queue rather
        than a log, and a faster one.  ``cron``/``timezone``: also run the job on
        this schedule (a schedule named after the job, with empty args; use
        :meth:`schedule` for more).  ``event_args=True``: the events of its runs
        (``@app.on``) carry the run's args (by default they do not).
        """
        if not isinstance(name, str) or not name:
            raise InvalidArgument(f"job name must be a non-empty string, got {name!r}")
        # Conversions fail here, at the decorator; value ranges are checked by
        # durable.define_job (the single source of those rules).
        policy = retry if retry is not None else Fixed()
        policy.sql_params()
        limit = None if timeout is None else to_timedelta(timeout, "timeout")
        if not isinstance(keep_succeeded, bool):
            raise InvalidArgument(f"keep_succeeded must be True or False, got {keep_succeeded!r}")
        if not isinstance(event_args, bool):
            raise InvalidArgument(f"event_args must be True or False, got {event_args!r}")

        def decorate(handler: H) -> H:
            if not callable(handler):
                raise InvalidArgument(f"job {name!r}: handler must be callable")
            spec = JobSpec(
                name=name,
                handler=handler,
                queue=queue,
                max_attempts=max_attempts,
                retry=policy,
                timeout=limit,
                priority=priority,
                concurrency_limit=concurrency_limit,
                keep_succeeded=keep_succeeded,
                event_args=event_args,
            )
            self._add(spec)
            if cron is not None:
                self.schedule(name, name, cron, timezone=timezone)
            return handler

        if cron is not None:
            ScheduleSpec(name, name, cron, timezone)  # a bad cron or zone fails here
        return decorate

    def schedule(
        self,
        name: str,
        job_name: str,
        cron: str,
        *,
        timezone: str = "UTC",
        args: Mapping[str, Any] | None = None,
        queue: str | None = None,
        enabled: bool = True,
        allow_concurrent: bool = False,
        catch_up: str = "skip_missed",
    ) -> ScheduleSpec:
        """Declare a recurring schedule; workers register it at start-up."""
        spec = ScheduleSpec(
            name=name,
            job_name=job_name,
            cron=cron,
            timezone=timezone,
            args=dict(args or {}),
            queue=queue,
            enabled=enabled,
            allow_concurrent=allow_concurrent,
            catch_up=catch_up,
        )
        self._add_schedule(spec)
        return spec

    def _add_schedule(self, spec: ScheduleSpec) -> None:
        existing = self.schedules.get(spec.name)
        if existing is not None and existing != spec:
            raise ConfigurationError(f"schedule {spec.name!r} is declared twice")
        self.schedules[spec.name] = spec

    def _add(self, spec: JobSpec) -> None:
        existing = self.jobs.get(spec.name)
        if existing is not None and existing.handler is not spec.handler:
            raise ConfigurationError(f"job {spec.name!r} is registered twice")
        self.jobs[spec.name] = spec

    def include(self, target: JobRegistry | str) -> None:
        """Add the jobs of another registry, or of modules found by import path.

        ``"pkg.jobs"`` imports the module (and, for a package, its submodules)
        and adds every JobRegistry they define; ``"pkg.jobs:registry"`` adds
        that one object.  Modules that decorate with this app's ``@app.job``
        register themselves just by being imported.
        """
        if isinstance(target, JobRegistry):
            if target is not self:
                for spec in target.jobs.values():
                    self._add(spec)
                for schedule in target.schedules.values():
                    self._add_schedule(schedule)
            return
        module_path, _, attr = target.partition(":")
        module = _import(module_path)
        if attr:
            registry = getattr(module, attr, None)
            if not isinstance(registry, JobRegistry):
                raise ConfigurationError(f"{target!r} is not a JobRegistry")
            self.include(registry)
            return
        for mod in _walk(module):
            for value in list(vars(mod).values()):
                if isinstance(value, JobRegistry) and value is not self:
                    self.include(value)

    @property
    def queues(self) -> list[str]:
        return sorted({spec.queue for spec in self.jobs.values()})


def _import(path: str) -> ModuleType:
    try:
        return importlib.import_module(path)
    except ImportError as exc:
        raise ConfigurationError(f"cannot import {path!r}: {exc}") from exc


def _walk(module: ModuleType) -> list[ModuleType]:
    found = [module]
    if hasattr(module, "__path__"):
        for info in pkgutil.walk_packages(module.__path__, prefix=module.__name__ + "."):
            found.append(_import(info.name))
    return found


class App(JobRegistry):
    """The jobs of an application plus a driver (a small pool) to enqueue and inspect.

    ``App(dsn=None)`` reads ``DURABLESQL_DSN``; with neither, the embedded
    database is used (if the ``embedded`` extra is installed).  ``name`` owns
    the schedules this app registers (programs sharing a database need
    different names, or each would disable the other's schedules as orphans);
    ``schedule_sync`` says how a worker reconciles them at start-up.

    ``pooler="transaction"`` (default: ``$DURABLESQL_POOLER``) says the DSN
    points at a transaction-mode pooler such as PgBouncer with ``pool_mode =
    transaction``: connections cache no statements and keep no session state,
    :meth:`wait` polls instead of listening, and this app's workers poll too.
    Assign ``app.pooler`` before the first use to change it.
    """

    def __init__(
        self,
        dsn: str | None = None,
        *,
        include: Sequence[str] = (),
        name: str = "default",
        schedule_sync: ScheduleSync | None = None,
        pooler: str | None = None,
    ) -> None:
        super().__init__()
        self.name = name
        self.pooler = resolve_pooler(pooler)
        self.schedule_sync = schedule_sync or ScheduleSync()
        self._dsn = dsn
        self._driver: Driver | None = None
        self._driver_lock = asyncio.Lock()
        self._done_listener: DoneListener | None = None
        self._defined = False
        self._calls = Resilient()
        self.observers: list[Subscription] = []
        self.middlewares: list[Middleware] = []
        self.dropped_events = 0  # events dropped by this app's workers (a full observer queue)
        for target in include:
            self.include(target)

    def on(self, pattern: str, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> Callable[[Obs], Obs]:
        """Observe events: ``@app.on("run.failed")``, ``@app.on("run.*")``, ``@app.on("*")``
        on ``def f(event)`` or ``async def f(event)`` (see ``durablesql.events``).

        Each worker gives the observer a queue of ``queue_size`` events; what
        does not fit is dropped and counted (``app.dropped_events``).
        """
        names = matching(pattern)

        def decorate(function: Obs) -> Obs:
            self.observers.append(subscription(function, names, queue_size))
            return function

        return decorate

    def on_dead(self, function: Obs) -> Obs:
        """``@app.on_dead``: called with the ``run.failed`` event when a run has failed
        for the last time (its own queue, like an observer; errors are logged)."""
        self.observers.append(subscription(function, frozenset({"run.failed"}), DEFAULT_QUEUE_SIZE))
        return function

    def middleware(self, function: M) -> M:
        """``@app.middleware`` on ``async def mw(ctx, args, call_next)`` returning
        ``await call_next(ctx, args)`` or a result of its own.  Several compose in
        registration order, the first outermost; the job's timeout and
        cancellation apply to the whole chain."""
        if not inspect.iscoroutinefunction(function):
            raise InvalidArgument("middleware must be an async def mw(ctx, args, call_next)")
        self.middlewares.append(function)
        return function

    @property
    def dsn(self) -> str:
        if self._dsn is None:
            self._dsn = resolve_dsn(None)
        return self._dsn

    async def driver(self) -> Driver:
        """The app's driver, on a small pool (connected, and the schema checked, on first use)."""
        async with self._driver_lock:
            if self._driver is None:
                options = ConnectOptions(application_name="durablesql app", pooler=self.pooler)
                found = await drivers.connect(self.dsn, options)
                try:
                    await found.ensure_schema()
                except BaseException:
                    await found.close()
                    raise
                self._driver = found
            return self._driver

    async def close(self) -> None:
        if self._done_listener is not None:
            await self._done_listener.close()
            self._done_listener = None
        if self._driver is not None:
            await self._driver.close()
            self._driver = None

    async def __aenter__(self) -> App:
        await self.driver()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def _ops(self, connection: object | None) -> Operations:
        return drivers.operations(connection) if connection is not None else await self.driver()

    async def _producer(self, job_name: str, connection: object | None) -> Operations:
        """Where an enqueue goes; first makes sure this app's jobs are defined.

        Definitions go through the app's own driver, not the caller's connection,
        so an enqueue inside the caller's transaction never depends on them.  A
        producer whose role may not define jobs (durable_producer) leaves that
        to its workers.
        """
        if job_name in self.jobs and not self._defined:
            try:
                await self.define_jobs()
            except PermissionDenied:
                self._defined = True  # the workers define them at start-up
        return await self._ops(connection)

    async def migrate(self) -> list[str]:
        return await (await self.driver()).migrate()

    async def define_jobs(self, connection: object | None = None) -> None:
        """Upsert every registered job with durable.define_job (workers do this at start)."""
        ops = await self._ops(connection)
        await ops.define_jobs([spec.definition() for spec in self.jobs.values()])
        self._defined = True

    async def sync_schedules(self, connection: object | None = None) -> list[tuple[str, str]]:
        """Register this app's schedules (durable.sync_schedules, as workers do at start)."""
        if not self._defined:
            await self.define_jobs(connection)  # a schedule needs its job defined
        ops = await self._ops(connection)
        policy = self.schedule_sync
        return await ops.sync_schedules(
            self.name, as_json(list(self.schedules.values())), policy.existing, policy.orphaned
        )

    async def enqueue(
        self,
        job_name: str,
        args: Mapping[str, Any] | None = None,
        *,
        connection: object | None = None,
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
        """Enqueue one run.  With ``connection=`` it joins that connection's transaction."""
        return await client.enqueue(
            await self._producer(job_name, connection),
            job_name,
            args,
            queue=queue,
            run_at=run_at,
            priority=priority,
            max_attempts=max_attempts,
            unique_key=unique_key,
            concurrency_key=concurrency_key,
            depends_on=depends_on,
            tags=tags,
            timeout=timeout,
            meta=meta,
            job_queue=self._queue_of(job_name),
        )

    def _queue_of(self, job_name: str) -> str | None:
        spec = self.jobs.get(job_name)
        return None if spec is None else spec.queue

    async def enqueue_many(
        self,
        job_name: str,
        args_list: Sequence[Mapping[str, Any]],
        *,
        connection: object | None = None,
        queue: str | None = None,
        run_at: datetime | None = None,
        priority: int | None = None,
        tags: Sequence[str] | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> list[int]:
        return await client.enqueue_many(
            await self._producer(job_name, connection),
            job_name,
            args_list,
            queue=queue,
            run_at=run_at,
            priority=priority,
            tags=tags,
            meta=meta,
            job_queue=self._queue_of(job_name),
        )

    async def cancel(self, run_id: int, *, connection: object | None = None) -> bool:
        return await client.cancel(await self._ops(connection), run_id)

    async def retry(self, run_id: int, *, connection: object | None = None) -> int:
        return await client.retry(await self._ops(connection), run_id)

    async def get_run(self, run_id: int, *, connection: object | None = None) -> Run | None:
        return await client.get_run(await self._ops(connection), run_id)

    async def get_logs(self, run_id: int, *, connection: object | None = None) -> list[LogLine]:
        return await client.get_logs(await self._ops(connection), run_id)

    async def attempt_errors(
        self, run_id: int, *, connection: object | None = None
    ) -> list[AttemptError]:
        return await client.attempt_errors(await self._ops(connection), run_id)

    async def set_queue(
        self,
        queue: str,
        *,
        priority: int | None = None,
        weight: int | None = None,
        concurrency_limit: int | None = None,
        lag_slo: Seconds | None = None,
    ) -> None:
        """Upsert a queue's settings (None: unchanged; concurrency_limit=0: no limit;
        lag_slo: the lag objective, 0 removes it)."""
        await client.set_queue(
            await self.driver(),
            queue,
            priority=priority,
            weight=weight,
            concurrency_limit=concurrency_limit,
            lag_slo=lag_slo,
        )

    async def pause_queue(self, queue: str) -> None:
        await client.pause_queue(await self.driver(), queue)

    async def resume_queue(self, queue: str) -> None:
        await client.resume_queue(await self.driver(), queue)

    async def wait(
        self, run_id: int, *, timeout: float | None = None, poll_interval: float | None = None
    ) -> Run:
        """Wait until the run is terminal and return it (TimeoutError after `timeout` s).

        Wakes on the engine's notice that the run is done, re-reading the run
        every ``poll_interval`` seconds as well (default 5).  Where nothing is
        pushed (behind a transaction-mode pooler) it only polls, by default every
        0.5 s.  A lost connection is retried until the timeout.
        """
        if poll_interval is not None and not poll_interval > 0:
            raise InvalidArgument(f"poll_interval must be > 0 seconds, got {poll_interval}")
        found: list[Run] = []
        driver = await self.driver()

        async def is_done() -> bool:
            run = await self._calls.call("wait", driver.get_run, run_id)
            if run is None:
                if found and not self._keeps(found[0].job_name):
                    # Seen live, gone now: a job with keep_succeeded=False deletes
                    # a run that succeeds (failed and cancelled ones are kept).
                    found[:] = [vanished_success(found[0])]
                    return True
                raise UnknownRun(
                    f"unknown run {run_id} (a run of a job with keep_succeeded=False"
                    " leaves no row once it has succeeded)"
                )
            found[:] = [run]
            return run.is_terminal

        if self._done_listener is None:
            self._done_listener = DoneListener(driver)
        await asyncio.wait_for(self._done_listener.wait(run_id, is_done, poll_interval), timeout)
        return found[0]

    def _keeps(self, job_name: str) -> bool:
        spec = self.jobs.get(job_name)
        return spec is None or spec.keep_succeeded

    def worker(self, **options: Any) -> Worker:
        from durablesql.worker import Worker

        return Worker(self, **options)

    def run_worker(self, **options: Any) -> None:
        """Run a worker in this thread until SIGINT/SIGTERM (a graceful shutdown)."""
        from durablesql import eventloop

        eventloop.run(self.worker(**options).run(install_signal_handlers=True))


def vanished_success(last_seen: Run) -> Run:
    """What wait() returns for a run of a job with keep_succeeded=False that
    succeeded and was deleted: its last live state, succeeded, with no result
    and finished_at the moment the waiter noticed."""
    return dataclasses.replace(
        last_seen, status="succeeded", result=None, error=None, finished_at=datetime.now(UTC)
    )
