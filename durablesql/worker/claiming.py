"""Claiming runs and starting them in free slots.

The loop asks ``claim`` for as many runs as there are free slots (plus
``prefetch``, at most ``max_batch``), holds them, and starts as many as slots
allow.  When a claim came back full and there is room, the next claim is sent
before this batch starts, so its round trip overlaps the handlers; when it
came back short, the loop sleeps until a wake-up (a notice for one of its
queues, a freed slot, a reconnect, stop) or the poll interval ± jitter.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from typing import TYPE_CHECKING

from durablesql.context import JobContext
from durablesql.driver import ClaimedRun
from durablesql.notices import wait_event
from durablesql.worker.state import Held

if TYPE_CHECKING:
    from durablesql.worker.worker import Worker

log = logging.getLogger("durablesql.worker")
Claimed = tuple[list[ClaimedRun], float]


class Claimer:
    def __init__(self, worker: Worker) -> None:
        self.w = worker
        self.state = worker.state

    def wants(self) -> int:
        w, state = self.w, self.state
        return min(w.max_batch, w.concurrency + w.prefetch - state.running - len(state.ready))

    async def claim(self, want: int) -> Claimed:
        """The runs claimed, and when the claim was sent (their leases are no older)."""
        w = self.w
        self.state.wake.clear()
        sent = time.monotonic()
        found = await w.calls.call(
            "claim",
            w.driver.claim,
            w.name,
            w.queues,
            want,
            w.lease,
            w.strategy,
            until=self.state.stopping,
        )
        return found, sent

    async def loop(self) -> None:
        state = self.state
        loop = asyncio.get_running_loop()
        in_flight: asyncio.Task[Claimed] | None = None
        asked = 0
        backoff = 0.1
        while not state.stopping.is_set():
            try:
                if in_flight is None:
                    asked = self.wants()
                    if asked <= 0:
                        state.wake.clear()
                        if self.wants() <= 0 and not state.stopping.is_set():
                            await state.wake.wait()
                        continue
                    # Awaited here, not in a task of its own: after a wake-up the
                    # claim is on the wire one loop iteration sooner.
                    found, sent = await self.claim(asked)
                else:
                    found, sent = await in_flight
            except Exception as exc:
                in_flight = None
                if state.stopping.is_set():
                    break
                # Not a connection problem (those are retried by the call itself):
                # log it and keep the worker alive.
                log.error("claim failed: %s; trying again in %.1fs", exc, backoff)
                await wait_event(state.stopping, backoff)
                backoff = min(backoff * 2, self.w.calls.max_delay)
                continue
            in_flight = None
            backoff = 0.1
            self.hold(found, sent)
            full = len(found) == asked
            if full and (asked := self.wants()) > 0 and not state.stopping.is_set():
                in_flight = loop.create_task(self.claim(asked))
                await asyncio.sleep(0)
            self.dispatch()
            if not full and not state.stopping.is_set():
                jitter = random.uniform(1 - self.w.poll_jitter, 1 + self.w.poll_jitter)
                await wait_event(state.wake, self.w.poll_interval * jitter)
        if in_flight is not None:
            with contextlib.suppress(Exception):
                self.hold(*await in_flight)  # then released as unstarted by the shutdown

    def hold(self, found: list[ClaimedRun], sent: float) -> None:
        held_runs, ready, name = self.state.held, self.state.ready, self.w.name
        reports = self.w.reports
        observed = "run.claimed" in self.w.events.wanted
        metrics = self.w.observing.metrics
        if metrics is not None and found:
            metrics.claim(len(found))
        # Unpacked, not read by attribute: this loop runs for every run claimed.
        for run in found:
            run_id, job_name, queue, args, attempt, max_attempts, run_at, _, timeout, _, tp = run
            if run_id in held_runs:
                # Our own lease expired (the loop was blocked, or the database
                # away) and we reclaimed the run.  The execution we already have
                # goes on and completes it; starting a second one would run it twice.
                continue
            ctx = JobContext(run_id, job_name, queue, attempt, max_attempts, run_at, name, reports)
            held = Held(ctx, args, timeout)
            held.renewed = sent
            held.traceparent = tp
            held_runs[run_id] = held
            ready.append(held)
            if observed:
                self.w.emit("run.claimed", held)
            if metrics is not None:
                metrics.claimed_one(queue)
        self.state.stats.claimed += len(found)

    def dispatch(self) -> None:
        """Start ready runs in the free slots."""
        state, w = self.state, self.w
        create_task = asyncio.get_running_loop().create_task
        while state.ready and state.running < w.concurrency and not state.stopping.is_set():
            held = state.ready.popleft()
            state.running += 1
            held.task = create_task(w.runner.execute(held))
