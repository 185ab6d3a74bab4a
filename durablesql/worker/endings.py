"""How a held run leaves the worker: complete, fail or release.

Every path forgets the run *before* the call that ends it is sent (see
``state``): after ``fail`` schedules a retry due at once, or after ``release``,
the run may be claimed again — by this worker too — before the call returns.
Finished runs are completed in batches by one ``complete`` call; one result the
database cannot store does not sink the others.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from durablesql.driver import Run
from durablesql.errors import Transient
from durablesql.worker.state import Held

if TYPE_CHECKING:
    from durablesql.worker.worker import Worker

log = logging.getLogger("durablesql.worker")

# Errors longer than this are cut (the database keeps what it is given).
MAX_ERROR_CHARS = 65536
# An attempt's outcome from what durable.fail returned (None: not ours any more).
OUTCOME_OF_FAIL = {"pending": "retrying", "failed": "failed", "cancelled": "cancelled"}


class Endings:
    def __init__(self, worker: Worker) -> None:
        self.w = worker
        self.state = worker.state
        self.done: list[Held] = []  # handlers that returned: to be completed
        self.done_event = asyncio.Event()

    def succeeded(self, held: Held) -> None:
        held.finished = True
        self.done.append(held)
        self.done_event.set()

    async def complete_loop(self) -> None:
        while True:
            await self.done_event.wait()
            self.done_event.clear()
            while self.done:
                batch = self.done[: self.w.complete_batch]
                del self.done[: len(batch)]
                await self._complete(batch)
            if self.state.closed.is_set() and not self.done:
                return

    async def _complete(self, batch: list[Held]) -> None:
        await self.w.reports.flush()  # a run's log lines land before it ends
        ids = [held.run_id for held in batch]
        results = [held.result_json for held in batch]
        # A completed run cannot be claimed again: forgotten once the call returns,
        # so that the heartbeat keeps renewing it while the call is retried.
        try:
            n = await self.w.calls.call(
                "complete",
                self.w.driver.complete,
                self.w.name,
                ids,
                None if all(r is None for r in results) else results,
            )
        except Exception as exc:
            if len(batch) > 1 and not isinstance(exc, Transient):
                # One bad result must not sink the others: complete them one by one.
                for held in batch:
                    await self._complete([held])
                return
            log.error("could not complete run %s: %s", ids if len(ids) > 1 else ids[0], exc)
            for held in batch:
                self.state.forget(held)
                if not isinstance(exc, Transient):
                    self.state.spawn(self.fail(held, f"result could not be stored: {exc}", False))
            return
        for held in batch:
            self.state.forget(held)
        self.state.stats.succeeded += n
        if self.w.observing.observed:
            if n == len(batch):
                emit = "run.succeeded" in self.w.events.wanted
                for held in batch:
                    if emit:
                        self.w.emit("run.succeeded", held, duration=held.duration)
                    self.w.observing.ended(held, "succeeded")
            else:  # which were not ours any more: read them (rare, and only when observed)
                self.state.spawn(self._look_up(batch))
        if n < len(ids):
            log.warning(
                "%d of %d finished runs were no longer held by %s (lease lost or cancelled)",
                len(ids) - n,
                len(ids),
                self.w.name,
            )

    async def fail(self, held: Held, error: str, retryable: bool) -> None:
        await self.w.reports.flush()
        self.state.forget(held)
        try:
            status = await self.w.calls.call(
                "fail",
                self.w.driver.fail,
                self.w.name,
                held.run_id,
                error[:MAX_ERROR_CHARS],
                retryable,
            )
        except Exception:
            log.exception(
                "could not record the failure of run %d; its lease will expire", held.run_id
            )
            return
        if status is None:
            self.state.stats.stopped += 1
        else:
            self.state.stats.failed += 1
            held.ctx.logger.info("attempt failed (%s): now %s", error.splitlines()[0][:200], status)
        if self.w.observing.observed:
            await self._failed(held, error, status)

    async def _failed(self, held: Held, error: str, status: str | None) -> None:
        """The events and outcome of a failed attempt, from what durable.fail returned."""
        wanted, duration = self.w.events.wanted, held.duration
        self.w.observing.ended(held, OUTCOME_OF_FAIL.get(status or "", "lease_lost"), error)
        if status == "pending":
            if "run.retrying" in wanted:
                # durable.fail does not return the next run time: one read, only when
                # someone observes run.retrying, off the claim loop.
                run = await self._get(held.run_id)
                after = None if run is None or run.status != "pending" else run.run_at
                self.w.emit(
                    "run.retrying", held, error=error, status=status, next_run_at=after,
                    duration=duration,
                )  # fmt: skip
        elif status in ("failed", "cancelled"):
            if f"run.{status}" in wanted:
                self.w.emit(f"run.{status}", held, error=error, status=status, duration=duration)
        else:  # not ours any more: the lease was lost (or the run reclaimed)
            if "run.lease_lost" in wanted:
                self.w.emit("run.lease_lost", held, error=error, duration=duration)
            if "run.failed" in wanted and held.ctx.attempt >= held.ctx.max_attempts:
                await self._look_up([held])  # its last attempt: failed by the lease's expiry?

    async def _get(self, run_id: int) -> Run | None:
        try:
            return await self.w.calls.call("get_run", self.w.driver.get_run, run_id)
        except Exception as exc:
            log.warning("could not read run %d for its event: %s", run_id, exc)
            return None

    async def _look_up(self, batch: list[Held]) -> None:
        """Runs whose ending was not ours: their events from their state now."""
        for held in batch:
            run = await self._get(held.run_id)
            status = "succeeded" if run is None else run.status  # (keep_succeeded=False)
            error = None if run is None else run.error
            if status in ("succeeded", "failed", "cancelled"):
                if f"run.{status}" in self.w.events.wanted:
                    self.w.emit(f"run.{status}", held, error=error, status=status)
            elif "run.lease_lost" in self.w.events.wanted:
                self.w.emit("run.lease_lost", held, duration=held.duration)
            if held.finished:  # (from _failed, whose call counted the attempt already)
                ended = status if status in ("succeeded", "failed", "cancelled") else None
                self.w.observing.ended(held, ended or "lease_lost", error)

    def release(self, held: Held, reason: str) -> None:
        """Give back a run that was claimed but not started (cancelled or lost meanwhile)."""
        self.state.forget(held)
        name = "run.cancelled" if reason == "cancelled" else "run.lease_lost"
        if name in self.w.events.wanted:
            self.w.emit(name, held)
        # release() ends a cancelled run as cancelled, and ignores a run that is not ours.
        self.state.spawn(
            self.w.calls.call("release", self.w.driver.release, self.w.name, [held.run_id])
        )

    async def release_unstarted(self, deadline: float) -> None:
        """Shutting down: runs claimed but never started go straight back to the queue."""
        unstarted = list(self.state.ready)
        self.state.ready.clear()
        for held in unstarted:
            self.state.forget(held)
        if not unstarted:
            return
        ids = [h.run_id for h in unstarted]
        try:
            n = await self.w.calls.call(
                "release",
                self.w.driver.release,
                self.w.name,
                ids,
                deadline=deadline,
                until=self.state.force,
            )
            log.info("released %d unstarted runs", n)
            if "run.released" in self.w.events.wanted:
                for held in unstarted:
                    self.w.emit("run.released", held)
        except Exception as exc:
            log.warning(
                "could not release %d unstarted runs (%s); their leases will expire", len(ids), exc
            )
