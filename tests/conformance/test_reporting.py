"""What handlers report (logs, progress), what the engine accepts (limits), and what
readers see: list_runs, queue_stats, worker_status; prune."""

from __future__ import annotations

from datetime import timedelta

import pytest

from durablesql.driver import Driver, NewRun
from durablesql.errors import InvalidArgument, InvalidName
from tests.conformance.conftest import (
    T0,
    Engine,
    all_runs,
    claim,
    claim_one,
    job,
    later,
    leased_run,
    run_of,
    stats_of,
)


# ---------------------------------------------------------------------------- logs
async def test_log_many_keeps_the_order_of_the_lines(ready: Driver) -> None:
    a, b = await ready.enqueue_many("job", ["{}"] * 2)
    await claim(ready, "w", max_runs=2)
    await ready.set_fake_now(later(seconds=4))
    written = await ready.log_many(
        "w", [a, b, a, a], ["info", "debug", "error", "warning"], ["one", "x", "two", "three"]
    )
    assert written == 4
    lines = await ready.get_logs(a)
    assert [(x.level, x.message) for x in lines] == [
        ("info", "one"),
        ("error", "two"),
        ("warning", "three"),
    ]
    assert {(x.worker, x.attempt, x.logged_at) for x in lines} == {("w", 1, later(seconds=4))}
    assert [x.message for x in await ready.get_logs(b)] == ["x"]
    assert await ready.get_logs(10**9) == []


async def test_log_lines_of_runs_the_worker_does_not_hold_are_dropped(
    engine: Engine, ready: Driver
) -> None:
    lost, pending = await ready.enqueue_many("job", ["{}"] * 2)
    await claim_one(ready, "w1")
    other = await engine.driver(later(seconds=31))
    assert await claim_one(other, "w2") == lost  # w1's lease ran out
    written = await ready.log_many("w1", [lost, pending], ["info", "info"], ["late", "never"])
    assert written == 0
    assert await other.log_many("w2", [lost, pending], ["info", "info"], ["mine", "no"]) == 1
    assert [(x.message, x.worker, x.attempt) for x in await ready.get_logs(lost)] == [
        ("mine", "w2", 2)
    ]
    assert await ready.get_logs(pending) == []


async def test_a_bad_level_anywhere_rejects_the_whole_batch(ready: Driver) -> None:
    run_id = await leased_run(ready, "w")
    assert await ready.log_many("w", [run_id], ["info"], ["kept"]) == 1
    for bad in ("critical", "INFO", ""):
        with pytest.raises(InvalidArgument):
            await ready.log_many("w", [run_id] * 3, ["info", bad, "debug"], ["a", "b", "c"])
    assert [x.message for x in await ready.get_logs(run_id)] == ["kept"]


async def test_limits_name_the_accepted_words_and_sizes(ready: Driver) -> None:
    limits = await ready.limits()
    assert limits.log_levels == ["debug", "info", "warning", "error"]
    assert limits.claim_strategies == ["priority", "strict", "weighted"]
    for key in ("max_log_message", "max_progress_note", "max_claim_runs", "max_list_runs"):
        assert isinstance(limits.values[key], int) and limits.values[key] > 0, key
    run_id = await leased_run(ready, "w")
    # Every listed level is accepted, and the engine holds to the sizes it states.
    levels = limits.log_levels
    assert await ready.log_many("w", [run_id] * len(levels), levels, levels) == len(levels)
    longest = "x" * limits.max_log_message
    assert await ready.log_many("w", [run_id], ["info"], [longest]) == 1
    with pytest.raises(InvalidArgument):
        await ready.log_many("w", [run_id], ["info"], [longest + "x"])
    assert "fatal" not in levels
    with pytest.raises(InvalidArgument):
        await ready.log_many("w", [run_id], ["fatal"], ["no"])
    note = "n" * limits.max_progress_note
    assert await ready.set_progress_many("w", [run_id], [0.5], [note]) == 1
    with pytest.raises(InvalidArgument):
        await ready.set_progress_many("w", [run_id], [0.6], [note + "n"])
    assert (await run_of(ready, run_id)).progress == 0.5
    for strategy in limits.claim_strategies:
        assert await claim(ready, "w", strategy=strategy) == []
    most = limits.values["max_claim_runs"]
    assert await claim(ready, "w", max_runs=most) == []
    with pytest.raises(InvalidArgument):
        await claim(ready, "w", max_runs=most + 1)
    longest_name = "j" * limits.values["max_name_length"]
    await ready.define_jobs([job(longest_name)])
    with pytest.raises(InvalidName):
        await ready.define_jobs([job(longest_name + "j")])
    longest_key = "k" * limits.values["max_key_length"]
    assert await ready.enqueue(NewRun("job", unique_key=longest_key)) > run_id
    with pytest.raises(InvalidName):
        await ready.enqueue(NewRun("job", concurrency_key=longest_key + "k"))


# ---------------------------------------------------------------------------- progress
async def test_set_progress_many_keeps_the_last_value_per_run(ready: Driver) -> None:
    a, b, other = await ready.enqueue_many("job", ["{}"] * 3)
    await claim(ready, "w", max_runs=2)
    updated = await ready.set_progress_many(
        "w", [a, b, a, other], [0.25, 0.5, 0.75, 0.125], ["start", None, "most", "no"]
    )
    assert updated == 2  # runs, not values; `other` is not w's
    run = await run_of(ready, a)
    assert (run.progress, run.progress_note) == (0.75, "most")
    run = await run_of(ready, b)
    assert (run.progress, run.progress_note) == (0.5, None)
    run = await run_of(ready, other)
    assert (run.progress, run.progress_note) == (None, None)
    with pytest.raises(InvalidArgument):
        await ready.set_progress_many("w", [a, b], [0.9, 1.5], [None, None])
    assert (await run_of(ready, a)).progress == 0.75
    assert await ready.complete("w", [a], None) == 1
    assert (await run_of(ready, a)).progress == 0.75  # kept in history


# ---------------------------------------------------------------------------- list_runs
async def test_list_runs_filters(db: Driver) -> None:
    await db.define_jobs([job(), job("other", queue="q2")])
    red = await db.enqueue(NewRun("job", tags=["red"]))
    blue = await db.enqueue(NewRun("job", tags=["blue", "red2"]))
    other = await db.enqueue(NewRun("other", tags=["red"]))
    assert await claim_one(db, "w") == red
    await db.complete("w", [red], None)

    async def ids(**filters: str) -> list[int]:
        return [r.run_id for r in await all_runs(db, **filters)]

    assert await ids() == [other, blue, red]  # newest first
    assert await ids(status="succeeded") == [red]
    assert await ids(status="pending") == [other, blue]
    assert await ids(job_name="other") == [other]
    assert await ids(queue="default") == [blue, red]
    assert await ids(tag="red") == [other, red]  # a whole tag, not a prefix
    assert await ids(tag="red", job_name="job") == [red]
    assert await ids(status="failed") == []
    terminal = set((await db.limits()).values["terminal_statuses"])
    assert terminal == {"succeeded", "failed", "cancelled"}
    assert all(r.is_terminal == (r.status in terminal) for r in await all_runs(db))
    with pytest.raises(InvalidArgument):
        await db.list_runs(status="done")


async def test_list_runs_pages_with_before_id(ready: Driver) -> None:
    ids = await ready.enqueue_many("job", ["{}"] * 25)
    newest_first = ids[::-1]
    assert [r.run_id for r in await ready.list_runs()] == newest_first  # default: up to 50
    pages: list[list[int]] = []
    before: int | None = None
    while True:
        page = [r.run_id for r in await ready.list_runs(max_runs=10, before_id=before)]
        if not page:
            break
        pages.append(page)
        before = page[-1]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert [i for p in pages for i in p] == newest_first
    with pytest.raises(InvalidArgument):
        await ready.list_runs(max_runs=0)


# ---------------------------------------------------------------------------- queue_stats
async def test_queue_stats_counts(ready: Driver) -> None:
    await ready.enqueue_many("job", ["{}"] * 3, run_at=later(minutes=-10))
    await ready.enqueue_many("job", ["{}"] * 2)
    future = await ready.enqueue(NewRun("job", run_at=later(hours=1)))
    await ready.enqueue(NewRun("job", depends_on=[future]))
    await ready.set_queue("quiet", 4, 2, 9)
    assert len(await claim(ready, "w", max_runs=2)) == 2
    stats = await stats_of(ready, "default")
    assert (stats.pending, stats.due, stats.leased, stats.waiting) == (4, 3, 2, 1)
    assert stats.oldest_due_age == timedelta(minutes=10) and not stats.paused
    assert (stats.priority, stats.weight, stats.concurrency_limit) == (0, 1, None)
    quiet = await stats_of(ready, "quiet")
    assert (quiet.pending, quiet.due, quiet.leased, quiet.waiting) == (0, 0, 0, 0)
    assert quiet.oldest_due_age is None
    assert (quiet.priority, quiet.weight, quiet.concurrency_limit) == (4, 2, 9)
    assert [s.queue for s in await ready.queue_stats()] == ["default", "quiet"]


# ---------------------------------------------------------------------------- workers
async def test_worker_status_follows_registration(ready: Driver) -> None:
    assert await ready.worker_status() == []
    await ready.register_worker("w1", ["default", "q2"], 4, '{"host": "h1"}')
    run_id = await leased_run(ready, "w1")
    await claim(ready, "unregistered")  # claiming needs no registration
    [row] = await ready.worker_status()
    assert (row.worker, row.queues, row.concurrency, row.leased) == ("w1", ["default", "q2"], 4, 1)
    assert (row.started_at, row.last_seen, row.info) == (T0, T0, {"host": "h1"})
    await ready.set_fake_now(later(seconds=10))
    await ready.heartbeat("w1", [run_id], timedelta(seconds=30))
    [row] = await ready.worker_status()
    assert (row.started_at, row.last_seen) == (T0, later(seconds=10))
    assert await ready.unregister_worker("w1") is True
    assert await ready.worker_status() == []
    assert await ready.unregister_worker("w1") is False


# ---------------------------------------------------------------------------- prune
async def test_prune_removes_terminal_runs_older_than_the_cutoff(ready: Driver) -> None:
    old = await ready.enqueue_many("job", ["{}"] * 5)
    await claim(ready, "w", max_runs=4)
    assert await ready.log_many("w", [old[0]], ["info"], ["old news"]) == 1
    await ready.complete("w", old[:3], None)
    await ready.fail("w", old[3], "x", False)
    await ready.cancel(old[4])
    await ready.set_fake_now(later(days=20))
    recent = await ready.enqueue(NewRun("job"))
    await claim_one(ready, "w")
    await ready.complete("w", [recent], None)
    live = await ready.enqueue(NewRun("job", run_at=T0))

    await ready.set_fake_now(later(days=29))
    assert await ready.prune(timedelta(days=30), 1000) == 0  # cut-off a day before T0
    await ready.set_fake_now(later(days=45))  # cut-off T0 + 15 days: the first five
    removed = []
    while n := await ready.prune(timedelta(days=30), 2):
        assert n <= 2
        removed.append(n)
    assert sum(removed) == 5
    for run_id in old:
        assert await ready.get_run(run_id) is None
    assert await ready.get_logs(old[0]) == []  # its log lines went with it
    assert (await run_of(ready, recent)).status == "succeeded"
    assert (await run_of(ready, live)).status == "pending"
    assert await ready.prune(None, 1000) == 0  # retention (30 days) spares `recent`
    await ready.set_fake_now(later(days=51))
    assert await ready.prune(None, 1000) == 1
    assert [r.run_id for r in await all_runs(ready)] == [live]


async def test_prune_removes_whole_months_and_finishing_goes_on(ready: Driver) -> None:
    ids = await ready.enqueue_many("job", ["{}"] * 3)
    await claim(ready, "w", max_runs=3)
    await ready.complete("w", ids, None)
    await ready.set_fake_now(later(days=70))  # January 2030 lies wholly before the cut-off
    removed = 0
    while n := await ready.prune(timedelta(days=30), 1):
        removed += n
    assert removed == 3 and await all_runs(ready) == []
    await ready.set_fake_now(later(days=1))  # back in that month: runs still finish there
    assert await ready.complete("w", [await leased_run(ready)], None) == 1


async def test_prune_forgets_workers_long_gone_that_hold_nothing(ready: Driver) -> None:
    await ready.register_worker("gone", ["default"], 1, "{}")
    await ready.register_worker("holding", ["default"], 1, "{}")
    await leased_run(ready, "holding")
    await ready.set_fake_now(later(days=40))
    await ready.register_worker("fresh", ["default"], 1, "{}")
    assert await ready.prune(timedelta(days=30), 1000) == 0
    assert [w.worker for w in await ready.worker_status()] == ["fresh", "holding"]
