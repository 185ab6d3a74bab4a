"""durable.explain_run on MariaDB/MySQL: the scenarios of tests/test_explain_run.py,
each checked against durable.claim."""

from __future__ import annotations

import json
from typing import Any

import pytest

pymysql = pytest.importorskip("pymysql")

from tests.mysql.test_engine_core import (  # noqa: E402
    claim,
    claim_ids,
    complete,
    db,  # noqa: F401  (fixture)
    define_job,
    enqueue,
    error_of,
    installed,  # noqa: F401  (fixture)
    one,
    rows,
    set_clock,
)

T0 = "2030-01-01 00:00:00"
Rows = list[tuple[str, str]]


@pytest.fixture
def ready(db: Any) -> Any:  # noqa: F811
    set_clock(db, T0)
    define_job(db, "job", queue="q")
    register(db, "w", ["q"])
    return db


def register(conn: Any, worker: str, queues: list[str] | None) -> None:
    q = None if queues is None else json.dumps(queues)
    one(conn, "SELECT durable.register_worker(%s, %s, 4, NULL)", worker, q)


def explain(conn: Any, run_id: int | None) -> Rows:
    return [(str(c), str(r)) for c, r in rows(conn, "CALL durable.explain_run(%s)", run_id)]


def codes(conn: Any, run_id: int) -> list[str]:
    return [code for code, _ in explain(conn, run_id)]


def would_claim(conn: Any, queue: str = "q") -> set[int]:
    """What the next claim of `queue` takes, rolled back."""
    one(conn, "BEGIN")
    try:
        return set(claim_ids(conn, "probe", [queue], 100))
    finally:
        one(conn, "ROLLBACK")


def agrees_with_claim(conn: Any, run_id: int, queue: str = "q") -> None:
    claimable = "claimable" in codes(conn, run_id)
    assert (run_id in would_claim(conn, queue)) == claimable


def test_a_due_run_is_claimable_and_the_next_claim_takes_it(ready: Any) -> None:
    run_id = enqueue(ready, "job")
    assert explain(ready, run_id) == [("claimable", "claimable now")]
    assert claim_ids(ready, "w", ["q"], 1) == [run_id]


def test_not_due_until_run_at(ready: Any) -> None:
    run_id = enqueue(ready, "job", run_at="2030-01-01 01:00:00")
    assert explain(ready, run_id) == [("not_due", "not due until 2030-01-01 01:00:00+00")]
    assert would_claim(ready) == set()
    set_clock(ready, "2030-01-01 01:00:00")
    register(ready, "w", ["q"])
    assert codes(ready, run_id) == ["claimable"]
    assert would_claim(ready) == {run_id}


def test_waiting_on_parents_names_them_and_their_states(ready: Any) -> None:
    done = enqueue(ready, "job")
    assert claim_ids(ready, "w", ["q"], 1) == [done]
    complete(ready, "w", [done])
    pending = enqueue(ready, "job", run_at="2030-01-01 01:00:00")
    leased = enqueue(ready, "job")
    claim(ready, "w", ["q"], 1)
    child = enqueue(ready, "job", depends_on=[done, pending, leased])
    assert explain(ready, child) == [
        ("waiting_on_parents", f"waiting on 2 of 3 parents: {pending} (pending), {leased} (leased)")
    ]
    agrees_with_claim(ready, child)


def test_queue_paused(ready: Any) -> None:
    run_id = enqueue(ready, "job")
    one(ready, "SELECT durable.pause_queue('q')")
    assert explain(ready, run_id) == [("queue_paused", "queue q is paused")]
    agrees_with_claim(ready, run_id)
    one(ready, "SELECT durable.resume_queue('q')")
    assert codes(ready, run_id) == ["claimable"]
    agrees_with_claim(ready, run_id)


def test_queue_limit_names_the_runs_holding_it(ready: Any) -> None:
    one(ready, "SELECT durable.set_queue('q', NULL, NULL, 2)")
    first, second, third = [enqueue(ready, "job") for _ in range(3)]
    assert set(claim_ids(ready, "w", ["q"], 2)) == {first, second}
    assert explain(ready, third) == [
        ("queue_limit", f"queue q is at its concurrency limit of 2, held by runs {first}, {second}")
    ]
    agrees_with_claim(ready, third)
    complete(ready, "w", [first])
    assert codes(ready, third) == ["claimable"]
    agrees_with_claim(ready, third)


def test_job_limit_names_the_runs_holding_it(ready: Any) -> None:
    define_job(ready, "limited", queue="q", concurrency_limit=1)
    first, second = [enqueue(ready, "limited") for _ in range(2)]
    other = enqueue(ready, "job")
    assert claim_ids(ready, "w", ["q"], 1) == [first]
    assert explain(ready, second) == [
        ("job_limit", f"job limited is at its concurrency limit of 1, held by runs {first}")
    ]
    agrees_with_claim(ready, second)
    assert codes(ready, other) == ["claimable"]
    assert would_claim(ready) == {other}


def test_key_busy_names_the_holder_its_worker_and_the_lease_left(ready: Any) -> None:
    holder = enqueue(ready, "job", concurrency_key="acct-7")
    blocked = enqueue(ready, "job", concurrency_key="acct-7")
    assert claim_ids(ready, "w", ["q"], 1) == [holder]
    assert explain(ready, blocked) == [
        (
            "key_busy",
            f"concurrency key acct-7 held by run {holder} on worker w (lease ends in 30 s)",
        )
    ]
    agrees_with_claim(ready, blocked)
    set_clock(ready, "2030-01-01 00:00:20")
    assert explain(ready, blocked)[0][1].endswith("(lease ends in 10 s)")


def test_leased_by_a_live_worker_and_by_one_last_seen_long_ago(ready: Any) -> None:
    run_id = enqueue(ready, "job")
    claim(ready, "w", ["q"], 1, 600)
    assert explain(ready, run_id) == [("leased", "leased by worker w until 2030-01-01 00:10:00+00")]
    agrees_with_claim(ready, run_id)
    set_clock(ready, "2030-01-01 00:05:00")
    assert explain(ready, run_id) == [
        (
            "leased",
            "leased by worker w, last seen at 2030-01-01 00:00:00+00"
            " (reclaimable at 2030-01-01 00:10:00+00)",
        ),
        (
            "no_worker",
            "no live worker serves queue q (none registered for it was seen in the last 2 minutes)",
        ),
    ]
    agrees_with_claim(ready, run_id)
    other = enqueue(ready, "job")
    claim(ready, "ghost", ["q"], 1, 60)
    assert explain(ready, other)[0] == (
        "leased",
        "leased by worker ghost, not registered (reclaimable at 2030-01-01 00:06:00+00)",
    )


def test_an_expired_lease_with_attempts_left_is_claimable(ready: Any) -> None:
    run_id = enqueue(ready, "job")
    claim(ready, "w", ["q"], 1)
    set_clock(ready, "2030-01-01 00:00:31")
    register(ready, "w2", ["q"])
    assert explain(ready, run_id) == [
        ("claimable", "claimable now: the lease of worker w expired at 2030-01-01 00:00:30+00")
    ]
    agrees_with_claim(ready, run_id)
    one(ready, "SELECT durable.pause_queue('q')")
    assert codes(ready, run_id) == ["queue_paused"]
    agrees_with_claim(ready, run_id)


def test_an_expired_lease_with_no_attempts_left_is_failed_by_the_next_claim(ready: Any) -> None:
    define_job(ready, "once", queue="q", max_attempts=1)
    run_id = enqueue(ready, "once")
    claim(ready, "w", ["q"], 1)
    set_clock(ready, "2030-01-01 00:00:31")
    register(ready, "w", ["q"])
    assert explain(ready, run_id) == [
        (
            "leased",
            "lease of worker w expired at 2030-01-01 00:00:30+00 on attempt 1 of 1:"
            " the next claim fails it",
        )
    ]
    agrees_with_claim(ready, run_id)
    claim(ready, "w", ["q"], 1)
    assert codes(ready, run_id) == ["terminal"]


def test_cancel_requested(ready: Any) -> None:
    run_id = enqueue(ready, "job")
    claim(ready, "w", ["q"], 1)
    set_clock(ready, "2030-01-01 00:00:05")
    register(ready, "w", ["q"])
    one(ready, "SELECT durable.cancel(%s)", run_id)
    assert explain(ready, run_id) == [
        ("leased", "leased by worker w until 2030-01-01 00:00:30+00"),
        (
            "cancel_requested",
            "cancel requested at 2030-01-01 00:00:05+00: worker w must stop the handler",
        ),
    ]
    agrees_with_claim(ready, run_id)
    set_clock(ready, "2030-01-01 00:00:31")
    register(ready, "w", ["q"])
    assert explain(ready, run_id) == [
        (
            "cancel_requested",
            "cancel requested at 2030-01-01 00:00:05+00; the lease of worker w expired at"
            " 2030-01-01 00:00:30+00: the next claim cancels it",
        )
    ]
    agrees_with_claim(ready, run_id)


def test_no_worker_serves_the_queue(ready: Any) -> None:
    define_job(ready, "elsewhere", queue="lonely")
    run_id = enqueue(ready, "elsewhere")
    assert explain(ready, run_id) == [
        ("claimable", "claimable now"),
        (
            "no_worker",
            "no live worker serves queue lonely"
            " (none registered for it was seen in the last 2 minutes)",
        ),
    ]
    agrees_with_claim(ready, run_id, "lonely")
    register(ready, "any", None)
    assert codes(ready, run_id) == ["claimable"]
    set_clock(ready, "2030-01-01 00:02:01")
    assert codes(ready, run_id) == ["claimable", "no_worker"]
    rows(ready, "CALL durable.heartbeat('any', '[]', NULL)")
    assert codes(ready, run_id) == ["claimable"]


def test_every_reason_that_holds_in_order(ready: Any) -> None:
    define_job(ready, "limited", queue="q", concurrency_limit=1)
    one(ready, "SELECT durable.set_queue('q', NULL, NULL, 1)")
    holder = enqueue(ready, "limited", concurrency_key="k")
    claim(ready, "w", ["q"], 1)
    parent = enqueue(ready, "job")
    run_id = enqueue(
        ready, "limited", concurrency_key="k", depends_on=[parent], run_at="2030-01-01 01:00:00"
    )
    one(ready, "SELECT durable.pause_queue('q')")
    one(ready, "SELECT durable.unregister_worker('w')")
    assert codes(ready, run_id) == [
        "waiting_on_parents",
        "not_due",
        "queue_paused",
        "queue_limit",
        "job_limit",
        "key_busy",
        "no_worker",
    ]
    reasons = dict(explain(ready, run_id))
    assert str(holder) in reasons["queue_limit"] and str(holder) in reasons["key_busy"]
    agrees_with_claim(ready, run_id)


def test_terminal_runs_say_how_and_when_they_ended(ready: Any) -> None:
    done = enqueue(ready, "job")
    claim(ready, "w", ["q"], 1)
    set_clock(ready, "2030-01-01 00:00:03.5")
    complete(ready, "w", [done])
    assert explain(ready, done) == [("terminal", "succeeded at 2030-01-01 00:00:03.5+00")]
    cancelled = enqueue(ready, "job")
    one(ready, "SELECT durable.cancel(%s)", cancelled)
    assert explain(ready, cancelled) == [("terminal", "cancelled at 2030-01-01 00:00:03.5+00")]


def test_many_holders_are_cut_short_and_long_names_to_128_characters(ready: Any) -> None:
    queue = "q" * 120
    define_job(ready, "long", queue=queue)
    register(ready, "w2", [queue])
    one(ready, "SELECT durable.set_queue(%s, NULL, NULL, 7)", queue)
    ids = [enqueue(ready, "long") for _ in range(8)]
    claim(ready, "w", [queue], 7)
    ((code, reason),) = explain(ready, ids[-1])
    assert code == "queue_limit"
    assert reason == f"queue {queue} is at its concurrency limit of 7, held by runs {ids[0]}"[:128]
    one(ready, "SELECT durable.set_queue('q', NULL, NULL, 7)")
    ids = [enqueue(ready, "job") for _ in range(8)]
    claim(ready, "w", ["q"], 7)
    held = ", ".join(str(i) for i in ids[:5])
    assert explain(ready, ids[-1]) == [
        ("queue_limit", f"queue q is at its concurrency limit of 7, held by runs {held}, ...")
    ]


def test_unknown_run_is_ds004_and_writes_nothing(ready: Any) -> None:
    before = one(ready, "SELECT COUNT(*) FROM durable.runs")
    assert error_of(ready, "CALL durable.explain_run(424242)") == ("DS004", "unknown run 424242")
    assert error_of(ready, "CALL durable.explain_run(NULL)") == ("DS004", "unknown run NULL")
    assert one(ready, "SELECT COUNT(*) FROM durable.runs") == before
