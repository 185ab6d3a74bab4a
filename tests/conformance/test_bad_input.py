"""A rejected call raises the right class and changes nothing anyone can see."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest

from durablesql.driver import Driver, NewRun, ScheduleDefinition
from durablesql.errors import (
    ArgsTooLarge,
    DurableError,
    InvalidArgument,
    InvalidCron,
    InvalidName,
    InvalidState,
    UnknownJob,
    UnknownQueue,
    UnknownRun,
)
from tests.conformance.conftest import LEASE, claim, claim_one, job, later, visible

Call = Callable[[Driver], Awaitable[object]]

BAD_CALLS: list[tuple[str, Call, type[DurableError]]] = [
    ("args-not-an-object", lambda d: d.enqueue(NewRun("job", "[]")), InvalidArgument),
    ("args-a-string", lambda d: d.enqueue(NewRun("job", '"x"')), InvalidArgument),
    (
        "args-too-large",
        lambda d: d.enqueue(NewRun("job", '{"x": "' + "a" * 1_100_000 + '"}')),
        ArgsTooLarge,
    ),
    (
        "one-bad-args-in-a-batch",
        lambda d: d.enqueue_many("job", ["{}", "[]", "{}"]),
        InvalidArgument,
    ),
    ("empty-job-name", lambda d: d.define_jobs([job("")]), InvalidName),
    (
        "one-bad-job-in-a-batch",
        lambda d: d.define_jobs([job("fine", queue="newq"), job("", queue="newq")]),
        InvalidName,
    ),
    ("unknown-job", lambda d: d.enqueue(NewRun("nope", queue="brand-new")), UnknownJob),
    ("unknown-job-many", lambda d: d.enqueue_many("nope", ["{}"]), UnknownJob),
    ("empty-queue-name", lambda d: d.enqueue(NewRun("job", queue="")), InvalidName),
    ("max-attempts-0", lambda d: d.enqueue(NewRun("job", max_attempts=0)), InvalidArgument),
    ("unknown-parent", lambda d: d.enqueue(NewRun("job", depends_on=[10**9])), UnknownRun),
    ("negative-weight", lambda d: d.set_queue("default", None, -1, None), InvalidArgument),
    ("weight-0", lambda d: d.set_queue("newq", None, 0, None), InvalidArgument),
    ("negative-limit", lambda d: d.set_queue("default", None, None, -1), InvalidArgument),
    ("max-runs-0", lambda d: claim(d, "w9", max_runs=0), InvalidArgument),
    ("bad-strategy", lambda d: claim(d, "w9", strategy="fastest"), InvalidArgument),
    ("zero-lease", lambda d: claim(d, "w9", lease=timedelta(0)), InvalidArgument),
    ("pause-unknown-queue", lambda d: d.pause_queue("nope"), UnknownQueue),
    ("resume-unknown-queue", lambda d: d.resume_queue("nope"), UnknownQueue),
    ("zero-heartbeat-lease", lambda d: d.heartbeat("w", [2], timedelta(0)), InvalidArgument),
    (
        "log-arrays-of-other-lengths",
        lambda d: d.log_many("w", [2], ["info", "info"], ["a"]),
        InvalidArgument,
    ),
    (
        "progress-over-one",
        lambda d: d.set_progress_many("w", [2, 2], [0.5, 1.5], [None, None]),
        InvalidArgument,
    ),
    ("cancel-unknown-run", lambda d: d.cancel(10**9), UnknownRun),
    ("retry-a-pending-run", lambda d: d.retry(1), InvalidState),
    (
        "bad-cron",
        lambda d: d.define_schedule(ScheduleDefinition("s", "job", "every minute")),
        InvalidCron,
    ),
    ("register-concurrency-0", lambda d: d.register_worker("w9", ["q"], 0, "{}"), InvalidArgument),
    ("negative-retention", lambda d: d.prune(timedelta(days=-1), 10), InvalidArgument),
]


@pytest.fixture
async def scene(db: Driver) -> Driver:
    """Something of everything: runs in every status, a paused queue, a schedule, a worker."""
    await db.define_jobs([job(), job("other", queue="held")])
    pending = await db.enqueue(NewRun("job"))  # run 1: the oldest, and left pending
    assert pending == 1
    leased, done, failed = await db.enqueue_many("job", ["{}"] * 3, run_at=later(seconds=-1))
    await db.register_worker("w", ["default"], 2, '{"pid": 1}')
    assert [c.run_id for c in await claim(db, "w", max_runs=3)] == [leased, done, failed]
    await db.complete("w", [done], ['["ok"]'])
    await db.fail("w", failed, "broke", False)
    await db.enqueue(NewRun("job", depends_on=[leased]))  # waiting
    await db.enqueue(NewRun("job", run_at=later(hours=1), tags=["later"]))
    await db.enqueue(NewRun("other"))
    await db.pause_queue("held")
    await db.set_queue("default", 2, 3, 5)
    await db.define_schedule(ScheduleDefinition("nightly", "job", "0 3 * * *"))
    await db.heartbeat("w", [leased], LEASE)
    return db


async def test_bad_calls_raise_the_right_error_and_change_nothing(scene: Driver) -> None:
    """Every case runs (one database for all); the failure lists each case that went wrong."""
    before = await visible(scene)
    assert all(before), "the scene should hold runs, queues, schedules and workers"
    wrong: list[str] = []
    for name, call, error in BAD_CALLS:
        try:
            await call(scene)
        except error:
            pass
        except Exception as exc:
            wrong.append(f"{name}: raised {type(exc).__name__} ({exc}), not {error.__name__}")
        else:
            wrong.append(f"{name}: accepted, not {error.__name__}")
        after = await visible(scene)
        if after != before:
            parts = ("runs", "queue_stats", "schedule_status", "worker_status")
            changed = [part for part, b, a in zip(parts, before, after, strict=True) if a != b]
            wrong.append(f"{name}: changed {', '.join(changed)}")
            before = after
    assert not wrong, "\n".join(wrong)
    # The rejected batch of job definitions left none of them behind either ...
    with pytest.raises(UnknownJob):
        await scene.enqueue(NewRun("fine"))
    # ... and the engine works on as before.
    assert await claim_one(scene, "w2") == 1


async def test_a_value_out_of_range_is_invalid_and_named(scene: Driver) -> None:
    huge = 2**40
    before = await visible(scene)
    for call in (
        lambda d: d.enqueue(NewRun("job", priority=huge)),
        lambda d: d.set_queue("default", huge, None, None),
        lambda d: claim(d, "w9", max_runs=huge),
    ):
        with pytest.raises(InvalidArgument) as raised:
            await call(scene)
        assert str(huge) in str(raised.value), f"the message does not name it: {raised.value}"
    assert await visible(scene) == before
