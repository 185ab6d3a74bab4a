"""Running a handler: its args, its timeout, its thread (for a plain ``def``), and
stopping it when its run is cancelled, its lease is lost or the worker shuts down."""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from durablesql import tracing
from durablesql.events import compose
from durablesql.worker.state import Held, Outcome

if TYPE_CHECKING:
    from durablesql.app import JobSpec
    from durablesql.worker.worker import Worker

log = logging.getLogger("durablesql.worker")

# The outcome of a handler task that ended in a way we did not foresee.
LOST_TRACK: Outcome = ("the worker lost track of the handler (see its log)", True)


class JobTimeout(Exception):
    """The job's own timeout expired (as opposed to a TimeoutError the handler raised)."""


class Runner:
    def __init__(self, worker: Worker) -> None:
        self.w = worker
        self.state = worker.state

    async def execute(self, held: Held) -> None:
        held.started = True
        outcome: Outcome = LOST_TRACK
        try:
            # Claimed longer ago than most of a lease with no renewal since (the
            # process was frozen, the loop blocked): another worker may have the
            # run by now, so make sure before starting the handler.
            if time.monotonic() - held.renewed > 0.8 * self.w.lease.total_seconds() and (
                held.run_id not in await self.w.ticks.renew([held.run_id])
            ):
                held.ctx.logger.warning("its lease ran out before it started: not starting it")
                held.stop_reason = "lost"
                outcome = self.stopped_outcome(held)
                return
            if self.w.observing.observed:
                self.w.observing.started(held)
            if held.span is None:
                outcome = await self._run_handler(held)
            else:
                token = tracing.attach(held.span)
                try:
                    outcome = await self._run_handler(held)
                finally:
                    tracing.detach(token)
        except asyncio.CancelledError as exc:
            task = asyncio.current_task()
            if held.stop_reason is not None and task is not None:
                task.uncancel()  # we interrupted it on purpose
                outcome = self.stopped_outcome(held)
            elif task is not None and task.cancelling() == 0:
                # The handler raised CancelledError itself: an ordinary failure.
                outcome = (str(exc) or "the handler raised CancelledError", True)
            else:
                outcome = self.stopped_outcome(held)  # the event loop is going away
                raise
        except Exception as exc:  # a bug in the worker itself
            log.exception("worker error running run %d", held.run_id)
            outcome = (f"worker error: {exc!r}", True)
        finally:
            self.settle(held, outcome)

    async def _run_handler(self, held: Held) -> Outcome:
        """Run the handler; None on success (result kept on held), else (error, retryable)."""
        spec = self.w.app.jobs.get(held.ctx.job_name)
        if spec is None:
            return (f"no handler for job {held.ctx.job_name!r} on worker {self.w.name}", True)
        try:
            result = await self._invoke(spec, held)
        except JobTimeout:
            seconds = held.timeout.total_seconds() if held.timeout else 0
            return (f"timed out after {seconds:g}s (job timeout)", True)
        except Exception as exc:
            held.ctx.logger.warning("handler raised %s", type(exc).__name__, exc_info=True)
            return (str(exc) or type(exc).__name__, True)
        if result is not None:
            try:
                held.result_json = json.dumps(result, separators=(",", ":"), allow_nan=False)
            except (TypeError, ValueError) as exc:
                return (f"result is not JSON-serialisable: {exc}", False)
        return None

    async def _invoke(self, spec: JobSpec, held: Held) -> Any:
        args = {} if held.args_json == "{}" else json.loads(held.args_json)
        threads = self.w.threads
        middlewares = self.w.app.middlewares
        awaitable: Awaitable[Any]
        if middlewares:
            # Middleware runs on the loop around the handler call (still in its thread).
            awaitable = compose(middlewares, partial(self._call, spec, held))(held.ctx, args)
        elif spec.is_async:
            awaitable = spec.handler(held.ctx, args)  # (no extra frame on the common path)
        else:
            awaitable = self._call(spec, held, held.ctx, args)
        try:
            if held.timeout is None:
                return await awaitable
            limit = asyncio.timeout(held.timeout.total_seconds())
            try:
                async with limit:
                    return await awaitable
            except TimeoutError:
                if limit.expired():
                    held.ctx._request_cancel("timeout")
                    raise JobTimeout() from None
                raise  # the handler's own TimeoutError: an ordinary failure
        finally:
            if held.call is not None and threads is not None:
                # If we stopped waiting before the call returned (timeout, cancel,
                # lost lease), the thread cannot be stopped: it runs out on its
                # own and a fresh thread takes its place.  A finished call: no-op.
                threads.abandon(held.call)

    async def _call(self, spec: JobSpec, held: Held, ctx: Any, args: Any) -> Any:
        """The handler itself, innermost in the middleware chain."""
        if spec.is_async:
            return await spec.handler(ctx, args)
        assert self.w.threads is not None
        if held.call is not None:
            self.w.threads.abandon(held.call)  # a middleware calls the handler again
        held.call = self.w.threads.submit(*self._in_thread(spec, held), ctx, args)
        return await held.call.future

    @staticmethod
    def _in_thread(spec: JobSpec, held: Held) -> tuple[Callable[..., Any], ...]:
        """What a handler thread calls: the handler, in a copy of this task's context
        when its attempt is traced (the span is current in the thread too)."""
        if held.span is None:
            return (spec.handler,)
        return (contextvars.copy_context().run, spec.handler)

    def settle(self, held: Held, outcome: Outcome) -> None:
        """A handler is over: free its slot, queue its completion or report its failure."""
        if held.settled:
            return
        held.settled = True
        if self.w.observing.observed:
            held.ended = time.monotonic()
        self.state.running -= 1
        if self.state.ready:
            self.w.claimer.dispatch()
        else:
            self.state.wake.set()
        if outcome is None:
            self.w.endings.succeeded(held)
        else:
            self.state.spawn(self.w.endings.fail(held, *outcome))

    def stopped_outcome(self, held: Held) -> tuple[str, bool]:
        if held.stop_reason == "cancelled":
            return ("cancelled while running", False)
        if held.stop_reason == "lost":
            # durable.fail is a no-op unless the run is still ours (then it was cancelled).
            return ("handler stopped: the run was cancelled or its lease was lost", False)
        return (f"worker {self.w.name} shut down before the handler finished", True)

    def stop(self, held: Held, reason: str) -> None:
        """The run was cancelled or its lease lost: give it back if it never started,
        else interrupt its handler."""
        if reason == "cancelled":
            held.ctx.logger.info("run cancelled; stopping the handler")
        if held in self.state.ready:
            self.state.ready.remove(held)
            self.w.endings.release(held, reason)
            return
        if reason == "lost":
            held.ctx.logger.warning("lease lost or run cancelled; stopping the handler")
        self.interrupt(held, reason)

    def interrupt(self, held: Held, reason: str) -> None:
        """Stop a handler: cancel its task; a sync handler sees ctx.cancelled."""
        if held.stop_reason is None:
            held.stop_reason = reason
        held.ctx._request_cancel(reason)
        if held.task is not None and not held.task.done():
            held.task.cancel()
            if not held.started:
                # Cancelled before its first step, the body never runs: settle here.
                self.settle(held, self.stopped_outcome(held))
