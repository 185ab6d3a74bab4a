"""Runs that depend on other runs: waiting, release, failure cascades, races."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import asyncpg
import pytest

from tests.conftest import Connect
from tests.helpers import T0, claim, define, expect_error, set_clock, status_of


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    await define(db, "step", queue="q", max_attempts=1)
    return db


async def enqueue(db: asyncpg.Connection, *parents: int) -> int:
    run_id: int = await db.fetchval(
        "SELECT durable.enqueue('step', depends_on => $1)", list(parents) or None
    )
    return run_id


async def run(db: asyncpg.Connection, run_id: int, ok: bool = True) -> None:
    """Claim exactly this run and finish it."""
    rows = await claim(db, "w", ["q"], max_runs=100)
    ids = [r["run_id"] for r in rows]
    assert run_id in ids, (run_id, ids)
    others = [i for i in ids if i != run_id]
    if others:
        await db.fetchval("SELECT durable.release('w', $1)", others)
    if ok:
        assert await db.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", run_id) == 1
    else:
        assert await db.fetchval("SELECT durable.fail('w', $1, 'boom', false)", run_id) == "failed"


async def statuses(db: asyncpg.Connection, *ids: int) -> list[str | None]:
    return [await status_of(db, i) for i in ids]


async def test_a_chain_runs_in_order(ready: asyncpg.Connection) -> None:
    a = await enqueue(ready)
    b = await enqueue(ready, a)
    c = await enqueue(ready, b)
    assert await statuses(ready, a, b, c) == ["pending", "waiting", "waiting"]
    assert [r["run_id"] for r in await claim(ready, "other", ["q"], 10)] == [a]
    await ready.fetchval("SELECT durable.release('other', ARRAY[$1]::bigint[])", a)
    await run(ready, a)
    assert await statuses(ready, b, c) == ["pending", "waiting"]
    await run(ready, b)
    assert await statuses(ready, c) == ["pending"]
    row = await ready.fetchrow("SELECT depends_on FROM durable.all_runs WHERE run_id = $1", c)
    assert row is not None and row["depends_on"] == [b]


async def test_a_diamond_waits_for_both_parents_in_the_completing_transaction(
    ready: asyncpg.Connection,
) -> None:
    a = await enqueue(ready)
    b = await enqueue(ready, a)
    c = await enqueue(ready, a)
    d = await enqueue(ready, b, c, b)  # a duplicate parent counts once
    await run(ready, a)
    assert await statuses(ready, b, c, d) == ["pending", "pending", "waiting"]
    await run(ready, b)
    assert await statuses(ready, d) == ["waiting"]
    [row] = await claim(ready, "w", ["q"])
    assert row["run_id"] == c
    async with ready.transaction():
        await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", c)
        # pending already inside the transaction that completed the last parent
        assert await status_of(ready, d) == "pending"
    tree = await ready.fetch("SELECT run_id, depth FROM durable.dependency_tree($1)", b)
    assert {(r["run_id"], r["depth"]) for r in tree} == {(a, -1), (b, 0), (d, 1)}
    tree = await ready.fetch("SELECT run_id, depth FROM durable.dependency_tree($1)", a)
    assert {(r["run_id"], r["depth"]) for r in tree} == {(a, 0), (b, 1), (c, 1), (d, 2)}


async def test_the_tree_reads_live_and_finished_runs_row_by_row(
    ready: asyncpg.Connection,
) -> None:
    # durable.dependency_tree looks each run up by id, live or in history: every
    # column as durable.all_runs has it, each run once at its shortest distance.
    a = await enqueue(ready)
    b = await enqueue(ready, a)
    c = await enqueue(ready, a, b)  # a is its parent directly and through b
    d = await enqueue(ready, c)
    await run(ready, a)  # a in history; b pending, c and d waiting

    async def tree(run_id: int) -> list[tuple[object, ...]]:
        rows = await ready.fetch(
            "SELECT * FROM durable.dependency_tree($1) ORDER BY depth, run_id", run_id
        )
        return [tuple(r) for r in rows]

    async def rows(*at: tuple[int, int]) -> list[tuple[object, ...]]:
        found = []
        for run_id, depth in at:
            r = await ready.fetchrow(
                "SELECT depends_on, job_name, status, error FROM durable.all_runs"
                " WHERE run_id = $1",
                run_id,
            )
            assert r is not None
            found.append((run_id, depth, *r))
        return found

    assert await tree(c) == await rows((a, -1), (b, -1), (c, 0), (d, 1))
    assert await tree(a) == await rows((a, 0), (b, 1), (c, 1), (d, 2))
    assert await tree(d) == await rows((a, -2), (b, -2), (c, -1), (d, 0))
    assert await tree(10**15) == []


async def test_a_failed_parent_cancels_its_descendants(ready: asyncpg.Connection) -> None:
    a = await enqueue(ready)
    b = await enqueue(ready, a)
    c = await enqueue(ready, a)
    d = await enqueue(ready, b, c)
    unrelated = await enqueue(ready)
    await run(ready, a, ok=False)
    rows = await ready.fetch(
        "SELECT run_id, status, error FROM durable.all_runs WHERE run_id = ANY($1) ORDER BY 1",
        [b, c, d, unrelated],
    )
    assert [(r["run_id"], r["status"], r["error"]) for r in rows] == [
        (b, "cancelled", f"dependency {a} failed"),
        (c, "cancelled", f"dependency {a} failed"),
        (d, "cancelled", f"dependency {b} cancelled"),
        (unrelated, "pending", None),
    ]


async def test_a_cancelled_parent_and_a_long_cascade(ready: asyncpg.Connection) -> None:
    chain = [await enqueue(ready)]
    for _ in range(300):  # deeper than recursion would allow
        chain.append(await enqueue(ready, chain[-1]))
    assert await ready.fetchval("SELECT durable.cancel($1)", chain[0]) is True
    counts = await ready.fetch(
        "SELECT status, count(*) FROM durable.all_runs WHERE run_id = ANY($1) GROUP BY 1", chain
    )
    assert {r["status"]: r["count"] for r in counts} == {"cancelled": 301}
    assert (
        await ready.fetchval("SELECT error FROM durable.all_runs WHERE run_id = $1", chain[-1])
        == f"dependency {chain[-2]} cancelled"
    )


async def test_parents_already_finished(ready: asyncpg.Connection) -> None:
    done = await enqueue(ready)
    await run(ready, done)
    failed = await enqueue(ready)
    await run(ready, failed, ok=False)
    child = await enqueue(ready, done)
    assert await status_of(ready, child) == "pending"
    doomed = await enqueue(ready, done, failed)
    row = await ready.fetchrow(
        "SELECT status, error FROM durable.all_runs WHERE run_id = $1", doomed
    )
    assert row is not None and (row["status"], row["error"]) == (
        "cancelled",
        f"dependency {failed} failed",
    )


async def test_unknown_parents_are_errors_and_change_nothing(ready: asyncpg.Connection) -> None:
    a = await enqueue(ready)
    await expect_error(
        ready,
        "DS004",
        "SELECT durable.enqueue('step', depends_on => ARRAY[$1::bigint, 424242])",
        a,
        match="unknown run 424242 in depends_on",
    )
    # A run can only depend on runs that exist already, so no cycle can be
    # built: the id it would get itself is unknown at enqueue time.
    next_id = await ready.fetchval("SELECT last_value + 1 FROM durable.run_id_seq")
    await expect_error(
        ready,
        "DS004",
        "SELECT durable.enqueue('step', depends_on => ARRAY[$1::bigint])",
        next_id,
        match=str(next_id),
    )


async def test_retry_respects_dependencies(ready: asyncpg.Connection) -> None:
    a = await enqueue(ready)
    b = await enqueue(ready, a)
    await run(ready, a, ok=False)
    assert await status_of(ready, b) == "cancelled"
    await expect_error(
        ready, "DS005", "SELECT durable.retry($1)", b, match=f"dependency {a} failed"
    )
    assert await ready.fetchval("SELECT durable.retry($1)", a) == a
    assert await ready.fetchval("SELECT durable.retry($1)", b) == b
    assert await statuses(ready, a, b) == ["pending", "waiting"]
    await run(ready, a)
    assert await status_of(ready, b) == "pending"


async def test_parents_finishing_at_once_release_their_child(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    """Two parents of one child complete in two concurrent transactions: the
    child's row lock serialises the count-down, so it never stays waiting."""
    other = await connect()
    await set_clock(other, T0)
    for _ in range(30):
        a = await enqueue(ready)
        b = await enqueue(ready)
        child = await enqueue(ready, a, b)
        got = {r["run_id"] for r in await claim(ready, "w", ["q"], 10)}
        assert {a, b} <= got
        await asyncio.gather(
            ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", a),
            other.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", b),
        )
        assert await status_of(ready, child) == "pending"
        [row] = await claim(ready, "w", ["q"])
        await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", row["run_id"])


async def test_a_child_enqueued_while_its_parent_completes_is_never_stranded(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    producer = await connect()
    await set_clock(producer, T0)
    for i in range(40):
        parent = await enqueue(ready)
        [row] = await claim(ready, "w", ["q"])
        assert row["run_id"] == parent
        if i % 2:
            child, _ = await asyncio.gather(
                enqueue(producer, parent),
                ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", parent),
            )
        else:
            _, child = await asyncio.gather(
                ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", parent),
                enqueue(producer, parent),
            )
        assert await status_of(ready, child) == "pending", i
        await run(ready, child)


async def test_a_childs_open_transaction_does_not_block_its_parents_worker(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    """The child locks its live parent FOR KEY SHARE: heartbeats and retries of
    the parent go on; only its completion waits for the child to commit."""
    parent = await enqueue(ready)
    [row] = await claim(ready, "w", ["q"], lease=timedelta(seconds=30))
    producer = await connect()
    await set_clock(producer, T0)
    tx = producer.transaction()
    await tx.start()
    child = await enqueue(producer, parent)
    await ready.execute("SET statement_timeout = '2s'")
    assert await ready.fetchval("SELECT durable.heartbeat('w', ARRAY[$1]::bigint[])", parent) == [
        parent
    ]
    await ready.execute("SELECT durable.set_progress('w', $1, 0.5)", parent)
    completing = asyncio.ensure_future(
        ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", row["run_id"])
    )
    await asyncio.sleep(0.3)
    assert not completing.done()  # waits for the child's transaction ...
    await tx.commit()
    assert await completing == 1  # ... and then releases it
    assert await status_of(ready, child) == "pending"
