"""Runs that depend on other runs: waiting, release on success, cancellation cascades."""

from __future__ import annotations

import pytest

from durablesql.driver import Driver, NewRun
from durablesql.errors import InvalidState, UnknownRun
from tests.conformance.conftest import (
    all_runs,
    claim,
    claim_ids,
    claim_one,
    later,
    run_of,
    stats_of,
    status_of,
)


async def child_of(d: Driver, *parents: int) -> int:
    return await d.enqueue(NewRun("job", depends_on=list(parents)))


async def finish(d: Driver, run_id: int, ok: bool = True) -> None:
    """Claim and complete (or fail for good) this run, which must be the next due one."""
    assert await claim_one(d, "w") == run_id
    if ok:
        assert await d.complete("w", [run_id], None) == 1
    else:
        assert await d.fail("w", run_id, "broke", False) == "failed"


async def test_a_child_waits_until_every_parent_succeeded(ready: Driver) -> None:
    p1, p2 = await ready.enqueue_many("job", ["{}"] * 2)
    child = await child_of(ready, p1, p2)
    run = await run_of(ready, child)
    assert run.status == "waiting" and run.depends_on == [p1, p2]
    stats = await stats_of(ready, "default")
    assert (stats.waiting, stats.pending) == (1, 2)
    await finish(ready, p1)
    assert await status_of(ready, child) == "waiting"
    assert await claim_ids(ready, max_runs=10) == [p2]  # not the waiting child
    assert await ready.complete("w", [p2], None) == 1
    assert await status_of(ready, child) == "pending"
    assert await claim_ids(ready) == [child]


async def test_a_failed_parent_cancels_the_child_and_grandchild(ready: Driver) -> None:
    parent = await ready.enqueue(NewRun("job"))
    child = await child_of(ready, parent)
    grandchild = await child_of(ready, child)
    await ready.set_fake_now(later(minutes=1))
    await finish(ready, parent, ok=False)
    run = await run_of(ready, child)
    assert (run.status, run.error) == ("cancelled", f"dependency {parent} failed")
    assert run.finished_at == later(minutes=1) and run.attempt == 0
    run = await run_of(ready, grandchild)
    assert (run.status, run.error) == ("cancelled", f"dependency {child} cancelled")
    assert await claim(ready) == []


async def test_a_cancelled_parent_cancels_its_child(ready: Driver) -> None:
    parent, other = await ready.enqueue_many("job", ["{}"] * 2)
    child = await child_of(ready, other, parent)
    assert await ready.cancel(parent) is True
    run = await run_of(ready, child)
    assert (run.status, run.error) == ("cancelled", f"dependency {parent} cancelled")
    assert await status_of(ready, other) == "pending"


async def test_parents_already_finished_decide_at_enqueue(ready: Driver) -> None:
    good, bad = await ready.enqueue_many("job", ["{}"] * 2)
    await finish(ready, good)
    await finish(ready, bad, ok=False)
    assert await status_of(ready, await child_of(ready, good)) == "pending"
    doomed = await run_of(ready, await child_of(ready, good, bad))
    assert (doomed.status, doomed.error) == ("cancelled", f"dependency {bad} failed")


async def test_retrying_a_child_needs_its_failed_parent_retried_first(ready: Driver) -> None:
    parent = await ready.enqueue(NewRun("job"))
    child = await child_of(ready, parent)
    await finish(ready, parent, ok=False)
    with pytest.raises(InvalidState):
        await ready.retry(child)
    assert await status_of(ready, child) == "cancelled"
    assert await ready.retry(parent) == parent
    assert await ready.retry(child) == child
    assert await status_of(ready, child) == "waiting"
    await finish(ready, parent)
    assert await status_of(ready, child) == "pending"


async def test_dependency_tree_gives_depths(ready: Driver) -> None:
    p1, p2 = await ready.enqueue_many("job", ["{}"] * 2)
    child = await child_of(ready, p1, p2)
    grandchild = await child_of(ready, child)
    tree = await ready.dependency_tree(child)
    assert [(n.run_id, n.depth) for n in tree] == [(p1, -1), (p2, -1), (child, 0), (grandchild, 1)]
    assert [n.status for n in tree] == ["pending", "pending", "waiting", "waiting"]
    assert tree[2].depends_on == [p1, p2] and tree[3].depends_on == [child]
    assert {n.job_name for n in tree} == {"job"}
    from_root = await ready.dependency_tree(p1)
    assert [(n.run_id, n.depth) for n in from_root] == [(p1, 0), (child, 1), (grandchild, 2)]
    assert await ready.dependency_tree(10**9) == []


async def test_depends_on_an_unknown_run_is_rejected(ready: Driver) -> None:
    parent = await ready.enqueue(NewRun("job"))
    with pytest.raises(UnknownRun):
        await child_of(ready, parent, 10**9)
    assert [r.run_id for r in await all_runs(ready)] == [parent]
