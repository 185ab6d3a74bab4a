"""What the worker does on a clock: renew its leases, enqueue due schedule slots,
sweep old runs away, and look at the database's health."""

from __future__ import annotations

import logging
import random
import time
from typing import TYPE_CHECKING

from durablesql.notices import wait_event

if TYPE_CHECKING:
    from durablesql.worker.worker import Worker

log = logging.getLogger("durablesql.worker")
HEALTH_INTERVAL = 60.0
# Runs removed per durable.sweep call: each call is a short transaction of its
# own, so completions never wait long behind a sweep.
SWEEP_BATCH = 1000


class Ticks:
    def __init__(self, worker: Worker) -> None:
        self.w = worker
        self.state = worker.state

    @property
    def heartbeat_interval(self) -> float:
        return max(self.w.lease.total_seconds() / 2, 0.25)

    async def renew(self, ids: list[int]) -> list[int]:
        """Extend these runs' leases; the ids still ours, marked as renewed."""
        w = self.w
        sent = time.monotonic()
        kept = await w.calls.call("heartbeat", w.driver.heartbeat, w.name, ids, w.lease)
        for run_id in kept:
            if (held := self.state.held.get(run_id)) is not None:
                held.renewed = sent
        return kept

    async def heartbeat_loop(self) -> None:
        """Every lease/2, one heartbeat for every held run; a run missing from its
        answer was cancelled or lost, and its handler is stopped."""
        closed = self.state.closed
        while not closed.is_set():
            await wait_event(closed, self.heartbeat_interval)
            if closed.is_set():
                return
            ids = list(self.state.held)
            try:
                kept = await self.renew(ids)
            except Exception:
                log.exception("heartbeat failed")
                continue
            for run_id in set(ids).difference(kept):
                held = self.state.held.get(run_id)
                if held is not None and not held.finished:  # (completion reports those)
                    self.w.runner.stop(held, "lost")

    async def health_loop(self) -> None:
        """Once a minute: log durable.health's warning (dead rows piling up in the
        hot table, a long transaction pinning them), once per distinct warning."""
        last: str | None = None
        closed = self.state.closed
        while not closed.is_set():
            await wait_event(closed, HEALTH_INTERVAL)
            if closed.is_set():
                return
            try:
                health = await self.w.calls.call(
                    "health", self.w.driver.health, until=self.state.stopping
                )
            except Exception as exc:
                log.debug("durable.health failed: %s", exc)
                continue
            if health.warning and health.warning != last:
                log.warning("%s", health.warning)
            last = health.warning

    async def schedule_loop(self) -> None:
        """Every schedule_interval, enqueue the due slots of every schedule.  Any
        number of workers may do so at once: each slot is enqueued exactly once."""
        closed, stopping = self.state.closed, self.state.stopping
        while not closed.is_set():
            try:
                n = await self.w.calls.call(
                    "materialize", self.w.driver.materialize_schedules, until=stopping
                )
                if n:
                    log.debug("enqueued %d scheduled runs", n)
                    self.w.emit_worker("schedule.materialized", count=n)
            except Exception as exc:
                if stopping.is_set():
                    return
                log.warning("materializing schedules failed: %s", exc)
            await wait_event(closed, self.w.schedule_interval)

    async def sweep_loop(self) -> None:
        """Every retention_sweep seconds, remove finished runs older than the
        `retention` setting, one short batch after another.  One session of the
        whole fleet sweeps at a time (durable.sweep's try-lock): a worker that
        finds another sweeping skips this turn rather than wait."""
        closed, stopping = self.state.closed, self.state.stopping
        # The first sweep comes soon after start-up, at a random moment so that
        # a fleet started together does not queue up on the lock.
        delay = random.uniform(0.05, 0.15) * self.w.retention_sweep
        while not closed.is_set():
            await wait_event(closed, delay)
            if closed.is_set():
                return
            delay = self.w.retention_sweep
            try:
                await self.sweep()
            except Exception as exc:
                if stopping.is_set():
                    return
                log.warning("retention sweep failed: %s", exc)

    async def sweep(self) -> int | None:
        """One sweep: the runs removed, or None when another session was sweeping."""
        w, stopping = self.w, self.state.stopping
        started, removed, batches = time.monotonic(), 0, 0
        while not stopping.is_set():
            n = await w.calls.call("sweep", w.driver.sweep, SWEEP_BATCH, until=stopping)
            if n is None:
                if batches == 0:
                    log.debug("retention sweep: another session is sweeping")
                    return None
                break
            removed, batches = removed + n, batches + 1
            if n == 0:
                break
        if removed:
            log.info(
                "retention sweep removed %d finished runs older than the retention setting"
                " (%d batches, %.1f s)",
                removed,
                batches,
                time.monotonic() - started,
            )
        return removed
