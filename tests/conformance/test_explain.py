"""durable.explain_run through the driver: the same codes and sentences on every dialect."""

from __future__ import annotations

import pytest

from durablesql.driver import Driver, Explanation, NewRun
from durablesql.errors import UnknownRun
from tests.conformance.conftest import claim, claim_ids, later


async def codes(d: Driver, run_id: int) -> list[str]:
    return [e.code for e in await d.explain_run(run_id)]


async def test_each_reason_agrees_with_the_claim(ready: Driver) -> None:
    await ready.register_worker("w", ["default"], 4, "{}")
    due = await ready.enqueue(NewRun("job"))
    assert await ready.explain_run(due) == [Explanation("claimable", "claimable now")]
    assert await claim_ids(ready) == [due]
    assert await codes(ready, due) == ["leased"]

    future = await ready.enqueue(NewRun("job", run_at=later(hours=1)))
    assert await codes(ready, future) == ["not_due"]
    assert (await ready.explain_run(future))[0].reason.startswith(
        "not due until 2030-01-01 01:00:00"
    )

    keyed, blocked = [await ready.enqueue(NewRun("job", concurrency_key="k")) for _ in range(2)]
    assert await claim_ids(ready) == [keyed]
    assert await ready.explain_run(blocked) == [
        Explanation(
            "key_busy", f"concurrency key k held by run {keyed} on worker w (lease ends in 30 s)"
        )
    ]
    assert await claim(ready, max_runs=10) == []

    await ready.pause_queue("default")
    assert await codes(ready, blocked) == ["queue_paused", "key_busy"]
    await ready.resume_queue("default")

    assert await ready.unregister_worker("w")
    await ready.complete("w", [keyed], None)
    assert await ready.explain_run(blocked) == [
        Explanation("claimable", "claimable now"),
        Explanation(
            "no_worker",
            "no live worker serves queue default"
            " (none registered for it was seen in the last 2 minutes)",
        ),
    ]
    assert await claim_ids(ready) == [blocked]
    assert [e.code for e in await ready.explain_run(keyed)] == ["terminal"]
    assert (await ready.explain_run(keyed))[0].reason.startswith("succeeded at 2030-01-01 00:00:00")


async def test_an_unknown_run_is_unknown_run(ready: Driver) -> None:
    with pytest.raises(UnknownRun, match="unknown run 424242"):
        await ready.explain_run(424242)
