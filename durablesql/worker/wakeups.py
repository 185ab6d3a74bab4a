"""Wake-up and cancel notices, where the database pushes them.

A wake-up for one of the worker's queues ends the claim loop's sleep; a cancel
for a run it holds stops that run's handler at once (without notices, the next
heartbeat finds it, within lease/2).  While the subscription is being
re-opened notices may be missed, so each re-opening wakes the claim loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from durablesql.driver import Notice
from durablesql.notices import keep_listening

if TYPE_CHECKING:
    from durablesql.worker.worker import Worker


class Wakeups:
    def __init__(self, worker: Worker) -> None:
        self.w = worker
        self.state = worker.state
        self._queues: frozenset[str] = frozenset(worker.queues)

    def on_notice(self, notice: Notice) -> None:
        if notice.kind == "wake":
            if notice.queue in self._queues:
                self.state.wake.set()
            return
        for run_id in notice.run_ids:  # "cancel"
            held = self.state.held.get(run_id)
            if held is not None and not held.finished:
                self.w.runner.stop(held, "cancelled")

    async def loop(self) -> None:
        await keep_listening(
            self.w.driver,
            frozenset({"wake", "cancel"}),
            self.on_notice,
            self.state.wake.set,
            self.state.closed,
            self.w.calls.max_delay,
        )
