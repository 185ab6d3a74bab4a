"""Chaos driver: worker processes under kill -9, terminated backends and a server restart.

N runs of ``chaos-work`` (tests/chaos_jobs.py; each execution recorded in
``chaos_executions``) are processed by several ``durablesql worker`` processes while
this driver, at random moments (random points of the run's progress):

* ``kill -9``s a worker and starts a replacement;
* terminates the workers' backends with ``pg_terminate_backend`` (all workers' or
  one worker's: its claim/complete pool, its LISTEN connection, its handlers' pool);
* restarts PostgreSQL once (only with a server of its own: ``restart`` given);
* enqueues a poison run whose handler SIGKILLs its own worker on every attempt.

Workers that die are replaced (the ones the poison job killed too).  Afterwards it
waits until every run is terminal and checks, from the database alone:

* every run is terminal exactly once: one row in durable.run_history, none left in
  durable.runs; none lost; none leased past its lease (sampled during the run too);
* attempts never exceed max_attempts (in history, in executions, sampled live);
* every chaos-work run succeeded, with a finished execution by the worker that
  completed it;
* an execution superseded by another one of the same run belongs to a worker process
  that died (killed by the driver or by the poison job), or was running while
  PostgreSQL restarted (its lease ran out while the server was away); anything
  else is reported as a problem;
* the poison run ended ``failed`` after exactly max_attempts executions, each in a
  process it killed, with the error saying its lease expired, while other runs
  kept finishing.

Used by tests/test_chaos.py (about 2,000 runs) and by ``python -m tests.chaos``
(default 50,000 runs on a private pgserver server it may restart; ``--dsn`` for an
existing server, without the restart).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg

from durablesql.driver.postgres.errors import is_connection_error
from durablesql.driver.postgres.migrate import installed_version, migrate
from tests import chaos_jobs
from tests.workers import ROOT, spawn_worker


@dataclass
class Config:
    jobs: int = 2000
    workers: int = 3
    concurrency: int = 8
    lease: float = 3.0  # short, so expired leases are reclaimed within the run
    kills: int = 6
    terminations: int = 6
    # SIGSTOP a worker for pause_for seconds (> lease), then SIGCONT: a hung worker
    # whose leases run out while it still holds its runs (fencing: its late
    # completions must be refused)
    pauses: int = 1
    pause_for: float = 7.0
    restart: bool = True  # once, if the caller can restart the server
    poison: bool = True
    sleep: tuple[float, float] = (0.005, 0.05)  # handler duration, seconds (uniform)
    min_gap: float = 0.5  # seconds between two chaos events
    stuck_after: float = 30.0  # a leased run this long past its lease is a problem
    settle_timeout: float = 120.0  # after the last event, for every run to be terminal
    seed: int | None = None
    verbose: bool = True
    keep_logs: bool = False  # keep the workers' logs even when nothing went wrong
    # Also terminate the backends of workers still starting up (not yet in
    # durable.worker_status): such a worker exits 1 instead of retrying.
    terminate_starting: bool = False


@dataclass
class Death:
    pid: int
    name: str
    at: float  # epoch seconds
    cause: str  # "kill" (by the driver), "self-kill" (poison), "exit N", "startup during restart"


@dataclass
class Report:
    config: dict[str, Any]
    runs: int = 0  # chaos-work runs (+ the poison run, counted apart)
    wall_seconds: float = 0.0  # workers started → every run terminal (the poison run included)
    work_seconds: float = 0.0  # workers started → the last chaos-work run terminal
    jobs_per_second: float = 0.0  # chaos-work runs / work_seconds
    kills: int = 0
    self_kills: int = 0  # worker processes the poison job killed
    spawned: int = 0  # worker processes started, replacements included
    terminations: int = 0  # pg_terminate_backend rounds
    pauses: int = 0  # SIGSTOP … SIGCONT of a worker, past its lease
    backends_terminated: int = 0
    restarts: int = 0
    restart_seconds: float = 0.0  # how long pg_ctl restart took
    executions: int = 0
    duplicate_executions: int = 0  # executions beyond one per run (chaos-work runs)
    duplicates_by_reason: dict[str, int] = field(default_factory=dict)
    duplicates: list[dict[str, Any]] = field(default_factory=list)  # the first 1,000, in detail
    runs_executed_more_than_once: int = 0
    runs_with_more_than_one_attempt: int = 0
    attempts_without_execution: int = 0  # claimed, never started (the claimer died first)
    unstarted_attempts: list[dict[str, Any]] = field(default_factory=list)  # the first 200
    max_attempt: int = 0
    max_overdue_lease_seconds: float = 0.0  # longest a leased run stayed past its lease
    poison: dict[str, Any] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[int] = field(default_factory=list)  # runs finished in each second of the run
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(self.duplicates_by_reason.items()))
        p = self.poison
        lines = [
            f"runs                  {self.runs:,} chaos-work + {1 if p else 0} poison;"
            f" statuses {dict(sorted(self.statuses.items()))}",
            f"workers               {self.config['workers']} at a time x concurrency"
            f" {self.config['concurrency']}, lease {self.config['lease']:g}s;"
            f" {self.spawned} processes started",
            f"kill -9 by the driver {self.kills}",
            f"killed by the poison  {self.self_kills}",
            f"pg_terminate_backend  {self.terminations} rounds,"
            f" {self.backends_terminated} backends",
            f"SIGSTOP past lease    {self.pauses}"
            + (f" ({self.config['pause_for']:g}s each)" if self.pauses else ""),
            f"PostgreSQL restarts   {self.restarts}"
            + (f" (pg_ctl restart took {self.restart_seconds:.1f}s)" if self.restarts else ""),
            f"executions            {self.executions:,}; runs executed more than once:"
            f" {self.runs_executed_more_than_once}; duplicate executions:"
            f" {self.duplicate_executions}" + (f" ({reasons})" if reasons else ""),
            f"attempts              max {self.max_attempt}; runs with more than one attempt:"
            f" {self.runs_with_more_than_one_attempt}; attempts claimed but never started:"
            f" {self.attempts_without_execution}",
            f"longest overdue lease {self.max_overdue_lease_seconds:.1f}s (sampled)",
        ]
        if p:
            lines.append(
                f"poison run            {p.get('status')} after {p.get('attempt')} attempts,"
                f" {p.get('executions')} executions in {p.get('seconds', 0):.1f}s;"
                f" {p.get('others_finished_meanwhile', 0):,} other runs finished meanwhile;"
                f" error: {p.get('error')}"
            )
        lines.append(
            f"wall time             {self.wall_seconds:.1f}s until every run was terminal;"
            f" the {self.runs:,} chaos-work runs took {self.work_seconds:.1f}s:"
            f" {self.jobs_per_second:,.0f} jobs/s"
        )
        lines.append(
            "problems              " + ("none" if not self.problems else f"{len(self.problems)}:")
        )
        lines.extend(f"  - {problem}" for problem in self.problems[:40])
        if len(self.problems) > 40:
            lines.append(f"  … {len(self.problems) - 40} more")
        return "\n".join(lines)


# ---------------------------------------------------------------------- workers


@dataclass
class WorkerProc:
    name: str
    proc: subprocess.Popen[bytes]
    started: float  # epoch
    log_path: Path

    @property
    def pid(self) -> int:
        return self.proc.pid


class Fleet:
    """The worker processes: started, killed, replaced when they die."""

    def __init__(self, dsn: str, config: Config, log_dir: Path) -> None:
        self.dsn = dsn
        self.config = config
        self.log_dir = log_dir
        self.alive: dict[int, WorkerProc] = {}
        self.deaths: list[Death] = []
        self.killed: set[int] = set()  # by us
        self.seq = 0
        self.spawned = 0
        self.restart_window: tuple[float, float] | None = None  # epoch seconds
        self.paused: dict[int, list[tuple[float, float]]] = {}  # pid → [(SIGSTOP, SIGCONT)]

    def spawn(self) -> WorkerProc:
        self.seq += 1
        name = f"chaos-{self.seq}"
        log_path = self.log_dir / f"{name}.log"
        with log_path.open("wb") as out:
            proc = spawn_worker(
                self.dsn,
                "tests.chaos_jobs:app",
                "--name",
                name,
                "--lease",
                str(self.config.lease),
                "--concurrency",
                str(self.config.concurrency),
                "--poll-interval",
                "0.2",
                "--schedule-interval",
                "0",
                "--log-level",
                "WARNING",
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        worker = WorkerProc(name, proc, time.time(), log_path)
        self.alive[proc.pid] = worker
        self.spawned += 1
        return worker

    def pause(self, worker: WorkerProc, seconds: float) -> None:
        """SIGSTOP now, SIGCONT `seconds` later (from the event loop)."""
        pid = worker.pid
        begin = time.time()
        os.kill(pid, signal.SIGSTOP)
        self.paused.setdefault(pid, []).append((begin, begin + seconds))

        def resume() -> None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)

        asyncio.get_running_loop().call_later(seconds, resume)

    def kill(self, worker: WorkerProc) -> None:
        self.killed.add(worker.pid)
        os.kill(worker.pid, signal.SIGKILL)

    def reap(self) -> list[Death]:
        """Record the processes that exited since the last call."""
        found = []
        for pid, worker in list(self.alive.items()):
            code = worker.proc.poll()
            if code is None:
                continue
            del self.alive[pid]
            if pid in self.killed:
                cause = "kill"
            elif code == -signal.SIGKILL:
                cause = "self-kill"
            elif self.restart_window and worker.started <= self.restart_window[1] + 1:
                cause = "startup during restart"  # could not connect; replaced
            else:
                cause = f"exit {code}"
            death = Death(pid, worker.name, time.time(), cause)
            self.deaths.append(death)
            found.append(death)
        return found

    def top_up(self) -> None:
        while len(self.alive) < self.config.workers:
            self.spawn()

    def stop_all(self, timeout: float = 60) -> dict[str, int | None]:
        """SIGTERM (a graceful shutdown) every live worker; their exit codes."""
        for worker in self.alive.values():
            with contextlib.suppress(ProcessLookupError):
                worker.proc.send_signal(signal.SIGCONT)  # in case it is paused
                worker.proc.send_signal(signal.SIGTERM)
        codes: dict[str, int | None] = {}
        deadline = time.monotonic() + timeout
        for worker in self.alive.values():
            try:
                codes[worker.name] = worker.proc.wait(max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                worker.proc.kill()
                worker.proc.wait()
                codes[worker.name] = None
        self.alive.clear()
        return codes


# ---------------------------------------------------------------------- database


class Monitor:
    """The driver's own connection; reconnects across terminations and the restart."""

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self.conn: asyncpg.Connection | None = None

    async def _get(self) -> asyncpg.Connection:
        if self.conn is None or self.conn.is_closed():
            self.conn = await asyncpg.connect(
                self.dsn, server_settings={"application_name": "chaos driver"}
            )
        return self.conn

    async def call(self, method: str, sql: str, *args: Any, retry_for: float = 60) -> Any:
        deadline = time.monotonic() + retry_for
        while True:
            try:
                conn = await self._get()
                return await getattr(conn, method)(sql, *args)
            except Exception as exc:
                if not is_connection_error(exc) or time.monotonic() > deadline:
                    raise
                if self.conn is not None:
                    self.conn.terminate()
                    self.conn = None
                await asyncio.sleep(0.1)

    async def fetch(self, sql: str, *args: Any) -> list[asyncpg.Record]:
        result: list[asyncpg.Record] = await self.call("fetch", sql, *args)
        return result

    async def fetchrow(self, sql: str, *args: Any) -> asyncpg.Record | None:
        result: asyncpg.Record | None = await self.call("fetchrow", sql, *args)
        return result

    async def fetchval(self, sql: str, *args: Any) -> Any:
        return await self.call("fetchval", sql, *args)

    async def close(self) -> None:
        if self.conn is not None and not self.conn.is_closed():
            await self.conn.close()


TERMINATE_SQL = """
SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid()
  AND application_name = ANY ($1::text[])
"""
LIVE_SQL = """
SELECT count(*) AS live,
       count(*) FILTER (WHERE status = 'leased') AS leased,
       coalesce(extract(epoch FROM max(now() - lease_expires_at)
                        FILTER (WHERE status = 'leased' AND lease_expires_at < now())), 0)
           AS overdue,
       count(*) FILTER (WHERE attempt > max_attempts) AS over_attempts
FROM durable.runs
"""


async def prepare(monitor: Monitor, config: Config, rng: random.Random) -> list[int]:
    conn = await monitor._get()
    if await installed_version(conn) is None:
        await migrate(conn)
    await conn.execute(chaos_jobs.TABLE_SQL)
    await chaos_jobs.app.define_jobs(conn)
    ids: list[int] = []
    lo, hi = config.sleep
    for start in range(0, config.jobs, 5000):
        n = min(5000, config.jobs - start)
        args = [json.dumps({"sleep": round(rng.uniform(lo, hi), 4)}) for _ in range(n)]
        rows = await conn.fetch(
            "SELECT id FROM durable.enqueue_many('chaos-work', $1::text[]::jsonb[]) AS id", args
        )
        ids.extend(r["id"] for r in rows)
    return ids


# ---------------------------------------------------------------------- the run


async def run_chaos(
    dsn: str,
    config: Config,
    restart: Callable[[], None] | None = None,
    log: Callable[[str], None] = print,
) -> Report:
    """Run the chaos against the database at `dsn`; `restart` restarts its server."""
    rng = random.Random(config.seed)
    report = Report(config={**asdict(config), "seed": config.seed})
    say = log if config.verbose else (lambda _msg: None)
    log_dir = Path(tempfile.mkdtemp(prefix="durablesql-chaos-logs-"))
    monitor = Monitor(dsn)
    fleet = Fleet(dsn, config, log_dir)
    keep_logs = config.keep_logs
    try:
        ids = await prepare(monitor, config, rng)
        report.runs = len(ids)
        say(f"chaos: {len(ids):,} runs enqueued; worker logs in {log_dir}")

        # The plan: each event fires once progress (terminal runs / all runs) passes its mark.
        plan: list[tuple[float, str]] = [
            (rng.uniform(0.03, 0.9), "kill") for _ in range(config.kills)
        ]
        plan += [(rng.uniform(0.03, 0.95), "terminate") for _ in range(config.terminations)]
        plan += [(rng.uniform(0.1, 0.8), "pause") for _ in range(config.pauses)]
        if config.restart and restart is not None:
            plan.append((rng.uniform(0.3, 0.6), "restart"))
        if config.poison:
            plan.append((0.05, "poison"))
        plan.sort()

        started = time.time()
        fleet.top_up()
        total = len(ids)
        poison_id: int | None = None
        last_event = 0.0
        settle_deadline: float | None = None
        over_attempts_seen = False
        while True:
            for death in fleet.reap():
                if death.cause.startswith("exit"):
                    keep_logs = True
                    report.problems.append(
                        f"worker {death.name} (pid {death.pid}) exited unexpectedly"
                        f" ({death.cause}); log: {log_dir / (death.name + '.log')}"
                    )
            fleet.top_up()

            row = await monitor.fetchrow(LIVE_SQL)
            assert row is not None
            report.max_overdue_lease_seconds = max(
                report.max_overdue_lease_seconds, float(row["overdue"])
            )
            if row["over_attempts"] and not over_attempts_seen:
                over_attempts_seen = True
                report.problems.append(
                    f"{row['over_attempts']} live runs with attempt > max_attempts"
                )
            progress = (total - row["live"]) / total

            if plan and progress >= plan[0][0] and time.monotonic() - last_event >= config.min_gap:
                _, kind = plan[0]
                done = await _fire(kind, fleet, monitor, report, rng, restart, say)
                if done:
                    plan.pop(0)
                    last_event = time.monotonic()
                    if kind == "poison":
                        poison_id = report.poison["run_id"]
                        total += 1
                    if kind == "restart":
                        fleet.top_up()
                continue

            if row["live"] == 0 and not plan:
                break
            if not plan:
                settle_deadline = settle_deadline or time.monotonic() + config.settle_timeout
                if time.monotonic() > settle_deadline:
                    report.problems.append(
                        f"{row['live']} runs still live {config.settle_timeout:g}s after"
                        " the last chaos event"
                    )
                    break
            await asyncio.sleep(0.1)

        if report.max_overdue_lease_seconds > config.stuck_after:
            report.problems.append(
                f"a run stayed leased {report.max_overdue_lease_seconds:.1f}s past its lease"
            )
        report.wall_seconds = time.time() - started
        last_work = await monitor.fetchval(
            "SELECT extract(epoch FROM max(finished_at)) FROM durable.run_history"
            " WHERE job_name = 'chaos-work'"
        )
        report.work_seconds = float(last_work or time.time()) - started
        report.jobs_per_second = report.runs / max(report.work_seconds, 1e-9)
        say(f"chaos: every run terminal after {report.wall_seconds:.1f}s; stopping the workers")
        fleet.reap()
        # A replacement still starting up would die of SIGTERM before it handles it.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(30):
                while True:
                    registered = await _registered(monitor)
                    if all(w.name in registered for w in fleet.alive.values()):
                        break
                    await asyncio.sleep(0.1)
        for name, code in fleet.stop_all().items():
            if code != 0:
                report.problems.append(f"worker {name} did not shut down cleanly (exit {code})")
        report.spawned = fleet.spawned
        report.kills = sum(1 for d in fleet.deaths if d.cause == "kill")
        report.self_kills = sum(1 for d in fleet.deaths if d.cause == "self-kill")
        await verify(monitor, ids, poison_id, fleet, config, report)
        if report.problems:
            keep_logs = True
        return report
    finally:
        if fleet.alive:
            fleet.stop_all(timeout=10)
        await monitor.close()
        if keep_logs:
            log(f"chaos: worker logs kept in {log_dir}")
        else:
            shutil.rmtree(log_dir, ignore_errors=True)


async def _registered(monitor: Monitor) -> set[str]:
    return {r[0] for r in await monitor.fetch("SELECT worker FROM durable.worker_status")}


async def _fire(
    kind: str,
    fleet: Fleet,
    monitor: Monitor,
    report: Report,
    rng: random.Random,
    restart: Callable[[], None] | None,
    say: Callable[[str], None],
) -> bool:
    """Carry out one event; False to try again on the next tick."""
    now = time.time()
    if kind == "kill":
        ready = [w for w in fleet.alive.values() if now - w.started > 1.0]
        if not ready:
            return False
        victim = rng.choice(ready)
        fleet.kill(victim)
        report.events.append({"at": now, "kind": "kill", "worker": victim.name, "pid": victim.pid})
        say(f"chaos: kill -9 {victim.name} (pid {victim.pid})")
        return True
    if kind == "terminate":
        # Workers still starting up are left alone unless asked: a worker whose
        # connection drops during start-up exits 1 instead of retrying (reported).
        registered = await _registered(monitor)
        targets = [
            w
            for w in fleet.alive.values()
            if fleet.config.terminate_starting or w.name in registered
        ]
        if not targets:
            return False
        if rng.random() < 0.5:
            targets = [rng.choice(targets)]
            target = targets[0].name
        else:
            target = f"all {len(targets)} workers"
        names = [
            name
            for w in targets
            for name in (
                f"durablesql worker {w.name}"[:63],
                f"durablesql listen {w.name}"[:63],
                f"chaos handler {w.pid}",
            )
        ]
        n = await monitor.fetchval(TERMINATE_SQL, names)
        report.terminations += 1
        report.backends_terminated += n
        report.events.append({"at": now, "kind": "terminate", "target": target, "backends": n})
        say(f"chaos: pg_terminate_backend of {target}: {n} backends")
        return True
    if kind == "restart":
        assert restart is not None
        # Not while a worker is starting up (it would fail to connect and exit).
        registered = await _registered(monitor)
        if any(w.name not in registered for w in fleet.alive.values()):
            return False
        begin = time.time()
        await asyncio.to_thread(restart)
        end = time.time()
        fleet.restart_window = (begin, end)
        report.restarts += 1
        report.restart_seconds = end - begin
        report.events.append({"at": begin, "kind": "restart", "seconds": end - begin})
        say(f"chaos: PostgreSQL restarted in {end - begin:.1f}s")
        return True
    if kind == "pause":
        ready = [
            w for w in fleet.alive.values() if now - w.started > 1.0 and w.pid not in fleet.paused
        ]
        if not ready:
            return False
        victim = rng.choice(ready)
        fleet.pause(victim, fleet.config.pause_for)
        report.pauses += 1
        report.events.append({"at": now, "kind": "pause", "worker": victim.name, "pid": victim.pid})
        say(f"chaos: SIGSTOP {victim.name} (pid {victim.pid}) for {fleet.config.pause_for:g}s")
        return True
    if kind == "poison":
        # A higher priority puts it at the head of the queue (and of the expired
        # leases): it is claimed at once and its attempts overlap the bulk of the run.
        run_id = await monitor.fetchval("SELECT durable.enqueue('chaos-poison', priority => 10)")
        report.poison = {"run_id": run_id, "enqueued_at": now}
        report.events.append({"at": now, "kind": "poison", "run_id": run_id})
        say(f"chaos: poison run {run_id} enqueued")
        return True
    raise ValueError(kind)


# ---------------------------------------------------------------------- the checks


def _epoch(value: datetime | None) -> float | None:
    return None if value is None else value.timestamp()


async def verify(
    monitor: Monitor,
    ids: list[int],
    poison_id: int | None,
    fleet: Fleet,
    config: Config,
    report: Report,
) -> None:
    problems = report.problems
    all_ids = [*ids, *([poison_id] if poison_id is not None else [])]
    live = await monitor.fetch(
        "SELECT run_id, status, attempt, max_attempts, worker, lease_expires_at"
        " FROM durable.runs ORDER BY run_id"
    )
    for r in live[:20]:
        problems.append(
            f"run {r['run_id']} still live: {r['status']}, attempt {r['attempt']}"
            f"/{r['max_attempts']}, worker {r['worker']}, lease until {r['lease_expires_at']}"
        )
    if len(live) > 20:
        problems.append(f"… {len(live) - 20} more runs still live")

    history = await monitor.fetch(
        "SELECT run_id, job_name, status, attempt, max_attempts, error, worker,"
        " started_at, finished_at FROM durable.run_history WHERE run_id = ANY ($1::bigint[])",
        all_ids,
    )
    per_run = Counter(r["run_id"] for r in history)
    lost = set(all_ids) - set(per_run)
    if lost:
        problems.append(f"{len(lost)} runs lost (neither live nor in history): {sorted(lost)[:20]}")
    twice = {run_id: n for run_id, n in per_run.items() if n > 1}
    if twice:
        problems.append(
            f"{len(twice)} runs terminal more than once: {dict(list(twice.items())[:20])}"
        )
    final = {r["run_id"]: r for r in history}
    report.statuses = dict(Counter(r["status"] for r in history if r["run_id"] != poison_id))
    over = [r["run_id"] for r in history if r["attempt"] > r["max_attempts"]]
    if over:
        problems.append(f"{len(over)} runs with attempt > max_attempts: {over[:20]}")
    report.max_attempt = max((r["attempt"] for r in history), default=0)
    report.runs_with_more_than_one_attempt = sum(
        1 for r in history if r["attempt"] > 1 and r["run_id"] != poison_id
    )
    wrong = [
        (r["run_id"], r["status"], r["error"])
        for r in history
        if r["run_id"] != poison_id and r["status"] != "succeeded"
    ]
    for run_id, status, error in wrong[:20]:
        problems.append(f"run {run_id} ended {status}: {error}")

    executions = await monitor.fetch(
        "SELECT run_id, attempt, pid, worker, job_name, started_at, finished_at, stopped_at"
        " FROM chaos_executions ORDER BY run_id, started_at"
    )
    report.executions = len(executions)
    by_run: dict[int, list[asyncpg.Record]] = defaultdict(list)
    for e in executions:
        by_run[e["run_id"]].append(e)
        if e["attempt"] > (
            chaos_jobs.POISON_MAX_ATTEMPTS
            if e["job_name"] == "chaos-poison"
            else chaos_jobs.WORK_MAX_ATTEMPTS
        ):
            problems.append(f"run {e['run_id']} executed at attempt {e['attempt']}")
    never = [run_id for run_id in ids if run_id not in by_run]
    if never:
        problems.append(f"{len(never)} runs never executed: {never[:20]}")
    # Attempts claimed but never started: the claimer died (or lost the claim's
    # reply) before the handler recorded its start; the lease then ran out.
    for run_id in ids:
        end = final.get(run_id)
        if end is not None:
            started = {e["attempt"] for e in by_run.get(run_id, [])}
            missing = [k for k in range(1, end["attempt"] + 1) if k not in started]
            report.attempts_without_execution += len(missing)
            if missing and len(report.unstarted_attempts) < 200:
                report.unstarted_attempts.append(
                    {
                        "run_id": run_id,
                        "missing": missing,
                        "final_attempt": end["attempt"],
                        "executions": [_row(x) for x in by_run.get(run_id, [])],
                    }
                )

    died = {d.pid: d for d in fleet.deaths}
    window = fleet.restart_window
    lease = config.lease
    reasons: Counter[str] = Counter()
    for run_id in ids:
        runs = by_run.get(run_id, [])
        end = final.get(run_id)
        if end is None or not runs:
            continue
        if end["status"] == "succeeded":
            winners = [e for e in runs if e["worker"] == end["worker"] and e["finished_at"]]
            if not winners:
                problems.append(
                    f"run {run_id} succeeded (worker {end['worker']}) without a finished"
                    f" execution by that worker: {[dict(e) for e in runs]}"
                )
                continue
            winner = max(winners, key=lambda e: e["attempt"])
        else:
            winner = runs[-1]
        if len(runs) > 1:
            report.runs_executed_more_than_once += 1
        for e in runs:
            if e is winner:
                continue
            why = _explain(e, runs, died, window, fleet.paused, lease)
            if why is None:
                problems.append(
                    f"run {run_id} executed again although the process of an earlier"
                    f" execution did not die and PostgreSQL was not restarting:"
                    f" {[_row(x) for x in runs]}; completed by {end['worker']}"
                    f" at attempt {end['attempt']}; nearest events:"
                    f" {_nearest(report.events, _epoch(e['started_at']) or 0)}"
                )
                why = "UNEXPLAINED"
            reasons[why] += 1
            if len(report.duplicates) < 1000:
                death = died.get(e["pid"])
                report.duplicates.append(
                    {
                        "run_id": run_id,
                        "reason": why,
                        "superseded": _row(e),
                        "death": None if death is None else f"{death.cause} at {_hms(death.at)}",
                        "executions": [_row(x) for x in runs],
                    }
                )
    report.duplicates_by_reason = dict(reasons)
    first = min((_epoch(r["finished_at"]) or 0 for r in history), default=0.0)
    if history:
        last = max(_epoch(r["finished_at"]) or 0 for r in history)
        report.timeline = [0] * (int(last - first) + 1)
        for r in history:
            report.timeline[int((_epoch(r["finished_at"]) or 0) - first)] += 1
    report.duplicate_executions = sum(reasons.values())

    if poison_id is not None:
        await _verify_poison(
            monitor, poison_id, final.get(poison_id), by_run.get(poison_id, []), died, report
        )


def _how_it_ended(finished: float | None, stopped: float | None) -> str:
    """What became of an execution that lost its lease."""
    if finished is None and stopped is None:
        return "handler never finished"
    return "handler stopped" if stopped is not None else "completion refused"


def _explain(
    e: asyncpg.Record,
    runs: list[asyncpg.Record],
    died: dict[int, Death],
    window: tuple[float, float] | None,
    paused: dict[int, list[tuple[float, float]]],
    lease: float,
) -> str | None:
    """Why an execution was superseded by another of the same run, or None."""
    death = died.get(e["pid"])
    started = _epoch(e["started_at"]) or 0.0
    finished = _epoch(e["finished_at"])
    stopped = _epoch(e["stopped_at"])
    # the execution that took over: the next one to start
    later = [_epoch(x["started_at"]) or 0.0 for x in runs if x is not e]
    later = [t for t in later if t >= started]
    next_start = min(later) if later else None
    if (
        death is not None
        and death.cause in ("kill", "self-kill")
        and death.at >= started - 1
        and (next_start is None or next_start >= death.at - 0.5)
    ):
        who = "kill -9" if death.cause == "kill" else "poison self-kill"
        if finished is None and stopped is None:
            return f"{who} mid-handler"
        if finished is not None and stopped is None and death.at - finished <= lease:
            return f"{who} after the handler returned, before its completion committed"
        # otherwise the process died later, for nothing to do with this execution
    for begin, end in paused.get(e["pid"], []):
        # stopped (past its lease) while it ran this execution, or was about to complete it
        if (
            started <= end
            and (finished is None or finished >= begin - 0.5)
            and next_start is not None
            and next_start >= begin
        ):
            how = _how_it_ended(finished, stopped)
            return f"worker hung past its lease (SIGSTOP; {how})"
        # claimed just before it froze, started just after it thawed: the claim's
        # reply (or the dispatch) came after the lease had run out, maybe after
        # another worker had already finished the run (see the report)
        if end < started <= end + 2.0:
            return "worker hung past its lease (SIGSTOP; a run claimed before, started after)"
    if window is not None:
        begin, end = window
        # running at some point between a lease before the restart and two leases after it
        if (
            started <= end + 2 * lease
            and (finished is None or finished >= begin - lease)
            and next_start is not None
            and next_start >= begin
        ):
            how = _how_it_ended(finished, stopped)
            return f"lease expired while PostgreSQL restarted ({how})"
    return None


def _hms(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%H:%M:%S.%f")[:-3]


def _row(e: asyncpg.Record) -> str:
    fin = e["finished_at"].strftime("%H:%M:%S.%f")[:-3] if e["finished_at"] else "-"
    stop = f" stopped {e['stopped_at'].strftime('%H:%M:%S.%f')[:-3]}" if e["stopped_at"] else ""
    return (
        f"attempt {e['attempt']} pid {e['pid']} {e['worker']}"
        f" {e['started_at'].strftime('%H:%M:%S.%f')[:-3]}→{fin}{stop}"
    )


def _nearest(events: list[dict[str, Any]], at: float) -> list[str]:
    near = sorted(events, key=lambda ev: abs(ev["at"] - at))[:2]
    return [
        f"{ev['kind']} {ev['at'] - at:+.2f}s {ev.get('worker', ev.get('target', ''))}"
        for ev in near
    ]


async def _verify_poison(
    monitor: Monitor,
    poison_id: int,
    end: asyncpg.Record | None,
    runs: list[asyncpg.Record],
    died: dict[int, Death],
    report: Report,
) -> None:
    problems = report.problems
    info = report.poison
    info["executions"] = len(runs)
    if end is None:
        problems.append(f"poison run {poison_id} did not end")
        return
    info.update(status=end["status"], attempt=end["attempt"], error=end["error"])
    m = chaos_jobs.POISON_MAX_ATTEMPTS
    if end["status"] != "failed" or end["attempt"] != m:
        problems.append(
            f"poison run ended {end['status']} at attempt {end['attempt']} (expected failed at {m})"
        )
    if not (end["error"] or "").startswith(f"lease expired on attempt {m} of {m}"):
        problems.append(f"poison run error does not say its lease expired: {end['error']!r}")
    if len(runs) != m or sorted(e["attempt"] for e in runs) != list(range(1, m + 1)):
        problems.append(f"poison run executed {[_row(e) for e in runs]} (expected attempts 1..{m})")
    for e in runs:
        d = died.get(e["pid"])
        if d is None or d.cause != "self-kill":
            problems.append(f"poison execution {_row(e)}: its process did not die by its own kill")
    if runs:
        first = runs[0]["started_at"]
        info["seconds"] = (end["finished_at"] - first).total_seconds()
        info["others_finished_meanwhile"] = await monitor.fetchval(
            "SELECT count(*) FROM durable.run_history"
            " WHERE run_id <> $1 AND finished_at BETWEEN $2 AND $3",
            poison_id,
            first,
            end["finished_at"],
        )
        if not info["others_finished_meanwhile"]:
            problems.append("no other run finished while the poison run was being retried")
    info.pop("enqueued_at", None)


# ---------------------------------------------------------------------- a private server


@contextlib.contextmanager
def private_server(
    mode: str = "fast", downtime: float = 0.0
) -> Iterator[tuple[str, Callable[[], None]]]:
    """A pgserver PostgreSQL of our own, which we may restart: (uri, restart).

    restart() stops the server (pg_ctl -m `mode`: fast, or immediate — a crash, so
    the workers' asynchronous commits of the last moments are undone), leaves it down
    for `downtime` seconds, and starts it again with the options it ran with.
    """
    import shlex

    import pgserver
    from pgserver._commands import pg_ctl

    folder = tempfile.mkdtemp(prefix="durablesql-chaos-pg-")
    handle = pgserver.get_server(folder, cleanup_mode="delete")
    pgdata = Path(handle.pgdata)

    def restart() -> None:
        options = shlex.split((pgdata / "postmaster.opts").read_text())[1:]
        pg_ctl(["-w", "-m", mode, "stop"], pgdata=pgdata, user=handle.system_user)
        time.sleep(downtime)
        pg_ctl(
            ["-w", "-l", str(pgdata / "log"), "-o", shlex.join(options), "start"],
            pgdata=pgdata,
            user=handle.system_user,
        )

    try:
        yield handle.get_uri(), restart
    finally:
        handle.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


async def _fresh_database(dsn: str) -> tuple[str, Callable[[], Any]]:
    """A new database on the server at `dsn`; returns its DSN and an async dropper."""
    from urllib.parse import urlparse, urlunparse

    name = f"durablesql_chaos_{os.getpid()}_{int(time.time())}"
    admin = await asyncpg.connect(dsn)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    url = urlparse(dsn)
    fresh = urlunparse(url._replace(path=f"/{name}"))

    async def drop() -> None:
        conn = await asyncpg.connect(dsn)
        try:
            await conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", name
            )
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        finally:
            await conn.close()

    return fresh, drop


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--jobs", type=int, default=50_000)
    p.add_argument("--workers", type=int, default=3)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--lease", type=float, default=3.0)
    p.add_argument("--kills", type=int, default=None, help="default: jobs / 1,000 (at least 5)")
    p.add_argument("--terminations", type=int, default=None, help="default: as --kills")
    p.add_argument("--pauses", type=int, default=None, help="default: --kills / 10 (at least 1)")
    p.add_argument("--sleep-ms", default="5,50", help="handler duration range, ms (uniform)")
    p.add_argument("--no-restart", action="store_true")
    p.add_argument("--restart-mode", choices=["fast", "immediate"], default="fast")
    p.add_argument("--downtime", type=float, default=5.0, help="seconds the server stays down")
    p.add_argument("--no-poison", action="store_true")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--keep-logs", action="store_true", help="keep the workers' logs")
    p.add_argument(
        "--terminate-starting",
        action="store_true",
        help="also terminate backends of workers still starting up (they exit 1: a known issue)",
    )
    p.add_argument(
        "--dsn",
        default=None,
        help="a server to use (a fresh database is created on it; no restart);"
        " default: a private pgserver server, restarted once",
    )
    p.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "chaos.json"))
    a = p.parse_args(argv)
    events = a.kills if a.kills is not None else max(5, a.jobs // 1000)
    seed = a.seed if a.seed is not None else random.randrange(1 << 30)
    lo, hi = (float(x) / 1000 for x in a.sleep_ms.split(","))
    config = Config(
        jobs=a.jobs,
        sleep=(lo, hi),
        workers=a.workers,
        concurrency=a.concurrency,
        lease=a.lease,
        kills=events,
        terminations=a.terminations if a.terminations is not None else events,
        pauses=a.pauses if a.pauses is not None else max(1, events // 10),
        pause_for=2.5 * a.lease,
        restart=not a.no_restart and a.dsn is None,
        poison=not a.no_poison,
        settle_timeout=max(120.0, a.jobs / 100),
        seed=seed,
        keep_logs=a.keep_logs,
        terminate_starting=a.terminate_starting,
    )

    async def go() -> Report:
        if a.dsn is not None:
            fresh, drop = await _fresh_database(a.dsn)
            try:
                return await run_chaos(fresh, config)
            finally:
                await drop()
        with private_server(a.restart_mode, a.downtime) as (uri, restart):
            print(f"chaos: private PostgreSQL at {uri}", flush=True)
            return await run_chaos(uri, config, restart)

    report = asyncio.run(go())
    print(report.summary())
    print(f"seed {seed}")
    path = Path(a.json)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(report), indent=2, default=str) + "\n")
    print(f"wrote {path}")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
