"""Queues as rows, claim strategies, and concurrency limits that hold under races."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from datetime import timedelta

import asyncpg
import pytest

from tests.conftest import Connect
from tests.helpers import T0, claim, define, expect_error, set_clock


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    for name in ("a", "b", "c"):
        await define(db, name, queue=f"q{name}")
    return db


async def enqueue_n(db: asyncpg.Connection, job: str, n: int, **params: object) -> list[int]:
    names = "".join(f", {key} => ${i + 3}" for i, key in enumerate(params))
    return [
        r[0]
        for r in await db.fetch(
            f"SELECT durable.enqueue($1{names}) FROM generate_series(1, $2)",
            job,
            n,
            *params.values(),
        )
    ]


async def queue_row(db: asyncpg.Connection, queue: str) -> dict[str, object]:
    row = await db.fetchrow(
        "SELECT priority, weight, concurrency_limit, paused FROM durable.queues WHERE queue = $1",
        queue,
    )
    assert row is not None
    return dict(row)


# ---------------------------------------------------------------------- set_queue


async def test_set_queue_upserts_and_null_leaves_settings(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.set_queue('fresh')")
    assert await queue_row(ready, "fresh") == {
        "priority": 0,
        "weight": 1,
        "concurrency_limit": None,
        "paused": False,
    }
    await ready.execute("SELECT durable.set_queue('fresh', priority => 5, weight => 3)")
    await ready.execute("SELECT durable.set_queue('fresh', concurrency_limit => 4)")
    assert await queue_row(ready, "fresh") == {
        "priority": 5,
        "weight": 3,
        "concurrency_limit": 4,
        "paused": False,
    }
    await ready.execute("SELECT durable.set_queue('fresh', concurrency_limit => 0)")
    row = await queue_row(ready, "fresh")
    assert row["concurrency_limit"] is None and row["weight"] == 3 and row["priority"] == 5
    stats = await ready.fetchrow("SELECT * FROM durable.queue_stats WHERE queue = 'fresh'")
    assert stats is not None and (stats["weight"], stats["priority"]) == (3, 5)


@pytest.mark.parametrize(
    ("sqlstate", "sql", "match"),
    [
        ("DS001", "SELECT durable.set_queue('qa', concurrency_limit => -1)", "got -1"),
        ("DS001", "SELECT durable.set_queue('qa', weight => 0)", "weight"),
        ("DS001", "SELECT durable.set_queue('qa', weight => -5)", "got -5"),
        ("DS001", "SELECT durable.set_queue('qa', weight => 1000001)", "1000001"),
        ("DS001", "SELECT durable.set_queue('qa', priority => 2000000)", "priority"),
        ("DS001", "SELECT durable.set_queue('qa', concurrency_limit => 1000001)", "1000001"),
        ("DS002", "SELECT durable.set_queue('')", "queue name"),
        ("DS002", "SELECT durable.set_queue(NULL)", "must not be null"),
        ("DS002", "SELECT durable.set_queue(repeat('x', 200))", "200 characters"),
        ("DS001", "SELECT * FROM durable.claim('w', strategy => 'fifo')", "'fifo'"),
        ("DS001", "SELECT * FROM durable.claim('w', strategy => '')", "strategy"),
        ("DS010", "SELECT durable.pause_queue('nope')", "nope"),
    ],
)
async def test_bad_queue_settings_change_nothing(
    ready: asyncpg.Connection, sqlstate: str, sql: str, match: str
) -> None:
    await expect_error(ready, sqlstate, sql, match=match)


async def test_paused_queue_accepts_runs_but_nothing_is_claimed(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.pause_queue('qa')")
    [run_id] = await enqueue_n(ready, "a", 1)
    assert await claim(ready, "w", ["qa"]) == []
    assert await claim(ready, "w", None, 10) == []
    stats = await ready.fetchrow("SELECT * FROM durable.queue_stats WHERE queue = 'qa'")
    assert stats is not None and stats["paused"] is True and stats["due"] == 1
    await ready.execute("SELECT durable.resume_queue('qa')")
    assert [r["run_id"] for r in await claim(ready, "w", ["qa"])] == [run_id]


# ---------------------------------------------------------------------- strategies


async def test_priority_strategy_orders_across_queues(ready: asyncpg.Connection) -> None:
    low = await enqueue_n(ready, "a", 2, priority=1)
    high = await enqueue_n(ready, "b", 2, priority=9)
    mid = await enqueue_n(ready, "c", 2, priority=5)
    got = await claim(ready, "w", ["qa", "qb", "qc"], max_runs=5)
    assert [r["run_id"] for r in got] == [*high, *mid, low[0]]


async def test_strict_strategy_takes_queues_in_the_order_given(ready: asyncpg.Connection) -> None:
    a = await enqueue_n(ready, "a", 3, priority=100)
    b = await enqueue_n(ready, "b", 2)
    c = await enqueue_n(ready, "c", 4)
    strict = "SELECT run_id FROM durable.claim('w', $1, $2, strategy => 'strict')"
    # b first (despite a's higher run priority), then c, then a.
    got = [r[0] for r in await ready.fetch(strict, ["qb", "qc", "qa"], 4)]
    assert got == [*b, *c[:2]]
    got = [r[0] for r in await ready.fetch(strict, ["qb", "qc", "qa"], 4)]
    assert got == [*c[2:], *a[:2]]
    # A later queue only when the earlier ones have nothing due.
    await enqueue_n(ready, "b", 1)
    got = [r[0] for r in await ready.fetch(strict, ["qb", "qa"], 1)]
    assert got != [a[2]]


async def test_strict_without_a_list_follows_queue_priority(ready: asyncpg.Connection) -> None:
    await ready.execute("SELECT durable.set_queue('qc', priority => 10)")
    await ready.execute("SELECT durable.set_queue('qa', priority => 5)")
    a = await enqueue_n(ready, "a", 2)
    b = await enqueue_n(ready, "b", 2)
    c = await enqueue_n(ready, "c", 2)
    got = [
        r[0]
        for r in await ready.fetch(
            "SELECT run_id FROM durable.claim('w', NULL, 5, strategy => 'strict')"
        )
    ]
    assert got == [*c, *a, b[0]]


async def weighted_counts(
    db: asyncpg.Connection, queues: list[str], max_runs: int, claims: int
) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _ in range(claims):
        rows = await db.fetch(
            "SELECT queue FROM durable.claim('w', $1, $2, strategy => 'weighted')",
            queues,
            max_runs,
        )
        counts.update(r["queue"] for r in rows)
    return counts


@pytest.mark.parametrize("max_runs", [1, 2, 10])
async def test_weighted_shares_follow_the_weights(ready: asyncpg.Connection, max_runs: int) -> None:
    """Weights 1:2:5 → expected shares 1/8, 2/8, 5/8, for batches smaller than the
    number of queues too.  Seeded, so the counted outcome is reproducible."""
    await ready.execute("SELECT setseed(0.42)")
    await ready.execute("SELECT durable.set_queue('qb', weight => 2)")
    await ready.execute("SELECT durable.set_queue('qc', weight => 5)")
    total = 1600
    for job in ("a", "b", "c"):
        await enqueue_n(ready, job, total)  # enough that no queue runs dry
    counts = await weighted_counts(ready, ["qa", "qb", "qc"], max_runs, total // max_runs)
    assert sum(counts.values()) == total
    for queue, share in (("qa", 1 / 8), ("qb", 2 / 8), ("qc", 5 / 8)):
        expected = total * share
        # Within 5 standard deviations of a binomial(total, share).
        assert abs(counts[queue] - expected) < 5 * (total * share * (1 - share)) ** 0.5, counts


async def test_weighted_starves_no_queue_and_refills_from_others(
    ready: asyncpg.Connection,
) -> None:
    await ready.execute("SELECT setseed(0.7)")
    await ready.execute("SELECT durable.set_queue('qb', weight => 200)")
    await enqueue_n(ready, "a", 50)
    b = await enqueue_n(ready, "b", 2000)
    counts = await weighted_counts(ready, ["qa", "qb"], 1, 2000)
    assert counts["qa"] > 0  # weight 1 against 200 still gets its turns (expected ≈ 10)
    # When a queue runs dry, its share goes to the others: a batch stays full.
    rest = await ready.fetch(
        "SELECT queue FROM durable.claim('w', ARRAY['qa', 'qb'], 100, strategy => 'weighted')"
    )
    assert len(rest) == 100 or len(b) - counts["qb"] + 50 - counts["qa"] < 100


async def test_paused_queues_are_left_out_of_every_strategy(ready: asyncpg.Connection) -> None:
    await enqueue_n(ready, "a", 3)
    b = await enqueue_n(ready, "b", 3)
    await ready.execute("SELECT durable.pause_queue('qa')")
    for strategy in ("priority", "strict", "weighted"):
        rows = await ready.fetch(
            "SELECT run_id FROM durable.claim('w', ARRAY['qa', 'qb'], 1, strategy => $1)",
            strategy,
        )
        assert rows[0][0] in b


# ---------------------------------------------------------------------- limits


async def leased_counts(db: asyncpg.Connection, column: str) -> dict[str, int]:
    rows = await db.fetch(
        f"SELECT {column} AS k, count(*) AS n FROM durable.runs WHERE status = 'leased'"
        f" AND {column} IS NOT NULL GROUP BY 1"
    )
    return {r["k"]: r["n"] for r in rows}


async def race_rounds(
    ready: asyncpg.Connection,
    connect: Connect,
    queues: list[str] | None,
    rounds: int,
    check: object,
    strategy: str = "priority",
) -> int:
    """Eight connections claim at the same moment, round after round; between
    rounds some leased runs complete.  `check` asserts the limit after each
    round.  Returns how many runs were claimed in all."""
    conns = [await connect() for _ in range(8)]
    for conn in conns:
        await set_clock(conn, T0)
    rng = random.Random(7)
    claimed = 0
    for _ in range(rounds):
        results = await asyncio.gather(
            *(
                conn.fetch(
                    "SELECT run_id FROM durable.claim($1, $2, $3, strategy => $4)",
                    f"w{i}",
                    queues,
                    rng.randint(1, 6),
                    strategy,
                )
                for i, conn in enumerate(conns)
            )
        )
        claimed += sum(len(r) for r in results)
        await check()  # type: ignore[operator]
        leased = await ready.fetch(
            "SELECT run_id, worker FROM durable.runs WHERE status = 'leased'"
        )
        for row in leased:
            if rng.random() < 0.5:
                await ready.fetchval(
                    "SELECT durable.complete($1, ARRAY[$2]::bigint[])", row["worker"], row["run_id"]
                )
    return claimed


async def test_queue_limit_holds_under_eight_racing_claimers(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    await ready.execute("SELECT durable.set_queue('qa', concurrency_limit => 3)")
    await enqueue_n(ready, "a", 400)
    await enqueue_n(ready, "b", 100)  # an unlimited queue served alongside

    async def check() -> None:
        assert (await leased_counts(ready, "queue")).get("qa", 0) <= 3

    claimed = await race_rounds(ready, connect, ["qa", "qb"], 60, check)
    assert claimed > 60  # the limit slowed the queue down; it did not stop it


async def test_job_limit_holds_under_eight_racing_claimers(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    await define(ready, "limited", queue="qa", concurrency_limit=2)
    await enqueue_n(ready, "limited", 200)
    await enqueue_n(ready, "a", 200)
    # The job's runs in another queue count towards the same limit.
    await enqueue_n(ready, "limited", 100, queue="qb")

    async def check() -> None:
        assert (await leased_counts(ready, "job_name")).get("limited", 0) <= 2

    for strategy in ("priority", "strict", "weighted"):
        await race_rounds(ready, connect, ["qa", "qb"], 20, check, strategy)
    started = await ready.fetchval(
        "SELECT count(*) FROM durable.all_runs WHERE job_name = 'limited' AND attempt > 0"
    )
    assert started > 5


async def test_concurrency_key_allows_one_leased_run_per_key_under_races(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    for key in ("k1", "k2", "k3"):
        await enqueue_n(ready, "a", 60, concurrency_key=key)
    await enqueue_n(ready, "a", 40)

    async def check() -> None:
        assert all(n == 1 for n in (await leased_counts(ready, "concurrency_key")).values())

    await race_rounds(ready, connect, ["qa"], 60, check)


async def test_a_key_backlog_does_not_block_other_runs(ready: asyncpg.Connection) -> None:
    """Head-of-line: 200 runs of one key in front of the queue must not hide the rest."""
    await enqueue_n(ready, "a", 200, concurrency_key="tenant-1")
    others = await enqueue_n(ready, "a", 5)
    tenant2 = await enqueue_n(ready, "a", 3, concurrency_key="tenant-2")
    first = await claim(ready, "w", ["qa"], 10)
    got = [r["run_id"] for r in first]
    assert len(got) == 7  # one of tenant-1, all five plain runs, one of tenant-2
    assert set(others) < set(got) and tenant2[0] in got
    second = [r["run_id"] for r in await claim(ready, "w", ["qa"], 10)]
    assert second == []  # both keys are busy


async def test_job_limit_at_the_head_does_not_block_other_jobs(ready: asyncpg.Connection) -> None:
    await define(ready, "limited", queue="qa", concurrency_limit=1)
    await enqueue_n(ready, "limited", 300)
    plain = await enqueue_n(ready, "a", 4)
    got = [r["run_id"] for r in await claim(ready, "w", ["qa"], 10)]
    assert len(got) == 5 and set(plain) < set(got)


async def test_an_expired_lease_is_reclaimed_even_at_the_limit(ready: asyncpg.Connection) -> None:
    """A full queue whose leaseholders all died must not wedge: their runs hold
    the slots, and reclaiming them does not need a free one."""
    await ready.execute("SELECT durable.set_queue('qa', concurrency_limit => 2)")
    ids = await enqueue_n(ready, "a", 4)
    assert len(await claim(ready, "dead", ["qa"], 4, lease=timedelta(seconds=10))) == 2
    assert await claim(ready, "w", ["qa"], 4) == []
    await set_clock(ready, T0 + timedelta(seconds=11))
    again = await claim(ready, "w", ["qa"], 4)
    assert sorted(r["run_id"] for r in again) == ids[:2]
    assert all(r["attempt"] == 2 for r in again)
    assert (await leased_counts(ready, "queue"))["qa"] == 2


async def test_raising_or_freeing_capacity_wakes_workers(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    listener = await connect()
    heard: list[str] = []
    await listener.add_listener("durable", lambda *a: heard.append(a[3]))
    await ready.execute("SELECT durable.set_queue('qa', concurrency_limit => 1)")
    await enqueue_n(ready, "a", 1, concurrency_key="k")
    [run] = await claim(ready, "w", ["qa"])
    heard.clear()
    await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", run["run_id"])
    await asyncio.sleep(0.2)
    assert "qa" in heard  # a limited run ended: its slot is free
    heard.clear()
    await ready.execute("SELECT durable.set_queue('qa', concurrency_limit => 5)")
    await asyncio.sleep(0.2)
    assert heard == ["qa"]


async def test_limits_do_not_change_the_unlimited_path(ready: asyncpg.Connection) -> None:
    """With a limited job defined, claims on a queue without its runs still take
    whole batches in priority order."""
    await define(ready, "limited", queue="qc", concurrency_limit=1)
    ids = await enqueue_n(ready, "a", 50)
    got = [r["run_id"] for r in await claim(ready, "w", ["qa"], 50)]
    assert got == ids


async def batched_race(
    ready: asyncpg.Connection,
    connect: Connect,
    queues: list[str],
    rounds: int,
    check: object,
    strategy: str = "priority",
) -> int:
    """Eight connections, each claiming a batch of 2-10 runs at the same
    moment and then completing about half of what it holds, round after round.
    Every claim and complete must succeed (no 40P01, no 23505); `check` asserts
    the limit after each round.  Returns how many runs were claimed."""
    conns = [await connect() for _ in range(8)]
    for conn in conns:
        await set_clock(conn, T0)
    rng = random.Random(14)
    held: list[list[int]] = [[] for _ in conns]
    claimed = 0

    async def turn(i: int, conn: asyncpg.Connection, batch: int, keep: float) -> int:
        rows = await conn.fetch(
            "SELECT run_id FROM durable.claim($1, $2, $3, strategy => $4)",
            f"w{i}",
            queues,
            batch,
            strategy,
        )
        held[i].extend(r[0] for r in rows)
        done = [run for run in held[i] if keep < 0.5 or run % 2]
        held[i] = [run for run in held[i] if run not in done]
        await conn.fetchval("SELECT durable.complete($1, $2::bigint[])", f"w{i}", done)
        return len(rows)

    for _ in range(rounds):
        got = await asyncio.gather(
            *(turn(i, c, rng.randint(2, 10), rng.random()) for i, c in enumerate(conns))
        )
        claimed += sum(got)
        await check()  # type: ignore[operator]
    return claimed


async def test_batched_claims_on_shared_keys_never_deadlock(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    """Two claimers leasing runs of two keys in opposite orders must not wait
    on each other's entry in the one-leased-run-per-key index: a busy key is
    skipped, never waited on."""
    for n in range(200):
        await enqueue_n(ready, "a", 1, concurrency_key=f"tenant-{n % 10}")

    async def check() -> None:
        assert all(n == 1 for n in (await leased_counts(ready, "concurrency_key")).values())

    claimed = await batched_race(ready, connect, ["qa"], 40, check)
    assert claimed > 100


async def test_batched_claims_under_job_and_queue_limits_never_deadlock(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    await define(ready, "limited", queue="qa", concurrency_limit=3)
    await ready.execute("SELECT durable.set_queue('qb', concurrency_limit => 4)")
    for n in range(150):
        await enqueue_n(ready, "limited", 1, concurrency_key=f"tenant-{n % 10}")
        await enqueue_n(ready, "b", 1, concurrency_key=f"tenant-{n % 7}")
    await enqueue_n(ready, "a", 150)

    async def check() -> None:
        assert (await leased_counts(ready, "job_name")).get("limited", 0) <= 3
        assert (await leased_counts(ready, "queue")).get("qb", 0) <= 4
        assert all(n == 1 for n in (await leased_counts(ready, "concurrency_key")).values())

    for strategy in ("priority", "strict", "weighted"):
        await batched_race(ready, connect, ["qa", "qb"], 15, check, strategy)
