"""Push notices (where the dialect has them): wake-ups, cancellations, completions.

Notices arrive in commit order, so once a later call's notice is in, an earlier call's
missing notice is known to be missing: no test waits for something not to happen.
"""

from __future__ import annotations

from durablesql.driver import Driver, NewRun
from tests.conformance.conftest import claim, claim_one, later, listening


async def test_a_due_run_wakes_its_queue(ready: Driver) -> None:
    async with listening(ready, "wake") as heard:
        await ready.enqueue(NewRun("job", queue="future", run_at=later(minutes=1)))
        await ready.enqueue_many("job", ["{}"] * 5, queue="batch")
        await ready.enqueue(NewRun("job", queue="now"))
        await heard.until(lambda: any(n.queue == "now" for n in heard.notices))
    queues = [n.queue for n in heard.of("wake")]
    assert "future" not in queues  # not due: nobody to wake
    assert queues.count("batch") == 1  # once per queue per statement
    assert {n.kind for n in heard.notices} == {"wake"}


async def test_runs_becoming_claimable_wake_their_queue(ready: Driver) -> None:
    """Not only new runs: a resumed queue, a freed limit, a released child."""
    await ready.enqueue(NewRun("job", queue="paused"))
    await ready.pause_queue("paused")
    await ready.set_queue("limited", None, None, 1)
    await ready.enqueue_many("job", ["{}"] * 2, queue="limited")
    [slot] = await claim(ready, "w", ["limited"])
    parent = await ready.enqueue(NewRun("job", queue="parents"))
    await ready.enqueue(NewRun("job", queue="children", depends_on=[parent]))
    async with listening(ready, "wake") as heard:

        async def wakes(queue: str) -> None:
            await heard.until(lambda: any(n.queue == queue for n in heard.notices))

        await ready.resume_queue("paused")
        await wakes("paused")
        assert await ready.complete("w", [slot.run_id], None) == 1
        await wakes("limited")
        assert await claim_one(ready, "w", ["parents"]) == parent
        assert await ready.complete("w", [parent], None) == 1
        await wakes("children")


async def test_cancelling_a_leased_run_tells_its_owner(ready: Driver) -> None:
    pending = await ready.enqueue(NewRun("job", run_at=later(minutes=1)))
    leased = await ready.enqueue(NewRun("job"))
    assert await claim_one(ready, "w") == leased
    async with listening(ready, "cancel") as heard:
        assert await ready.cancel(pending) is True  # nobody runs it: nobody to tell
        assert await ready.cancel(leased) is True
        await heard.until(lambda: bool(heard.notices))
        assert [(n.kind, n.run_ids) for n in heard.notices] == [("cancel", (leased,))]


async def test_runs_that_end_are_announced(ready: Driver) -> None:
    async with listening(ready, "done") as heard:
        ok1, ok2, retried, failed, cancelled = await ready.enqueue_many("job", ["{}"] * 5)
        await claim(ready, "w", max_runs=4)
        assert await ready.fail("w", retried, "again", True) == "pending"  # not over
        assert await ready.complete("w", [ok1, ok2], None) == 2
        assert await ready.fail("w", failed, "broke", False) == "failed"
        assert await ready.cancel(cancelled) is True

        def announced() -> set[int]:
            return {i for n in heard.notices for i in n.run_ids}

        await heard.until(lambda: cancelled in announced())
    assert announced() == {ok1, ok2, failed, cancelled}
    assert {n.kind for n in heard.notices} == {"done"}
    # One call that ends several runs announces them together.
    assert any(set(n.run_ids) == {ok1, ok2} for n in heard.notices)
