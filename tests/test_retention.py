"""keep_succeeded (a queue rather than a log) and the workers' retention sweep, in SQL."""

from __future__ import annotations

from datetime import timedelta

import asyncpg
import pytest

from tests.conftest import Connect
from tests.helpers import T0, claim, define, expect_error, set_clock


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    await define(db, "kept", queue="q", max_attempts=1)
    await define(db, "unkept", queue="q", max_attempts=1, keep_succeeded=False)
    return db


async def leased(conn: asyncpg.Connection, job: str, n: int = 1, **params: object) -> list[int]:
    names = "".join(f", {key} => ${i + 2}" for i, key in enumerate(params))
    for _ in range(n):
        await conn.fetchval(f"SELECT durable.enqueue($1{names})", job, *params.values())
    return [r["run_id"] for r in await claim(conn, "w", ["q"], max_runs=n)]


async def history(conn: asyncpg.Connection) -> dict[int, str]:
    rows = await conn.fetch("SELECT run_id, status FROM durable.run_history")
    return {r["run_id"]: r["status"] for r in rows}


async def test_unkept_successes_leave_no_row_and_still_count(ready: asyncpg.Connection) -> None:
    unkept = await leased(ready, "unkept", 3)
    kept = await leased(ready, "kept", 2)
    n = await ready.fetchval(
        "SELECT durable.complete('w', $1, $2::text[]::jsonb[])",
        unkept + kept,
        ['{"r": 1}'] * 5,
    )
    assert n == 5
    assert await ready.fetchval("SELECT count(*) FROM durable.runs") == 0
    assert await history(ready) == {run_id: "succeeded" for run_id in kept}
    assert (
        await ready.fetchval("SELECT count(*) FROM durable.all_runs WHERE run_id = ANY($1)", unkept)
        == 0
    )


async def test_unkept_jobs_still_keep_failed_and_cancelled_runs(
    ready: asyncpg.Connection,
) -> None:
    [failed] = await leased(ready, "unkept")
    assert await ready.fetchval("SELECT durable.fail('w', $1, 'boom')", failed) is not None
    [cancelled] = await leased(ready, "unkept")
    assert await ready.fetchval("SELECT durable.cancel($1)", cancelled) is True
    assert await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", cancelled) == 0
    waiting = await ready.fetchval(
        "SELECT durable.enqueue('unkept', run_at => $1)", T0 + timedelta(days=1)
    )
    assert await ready.fetchval("SELECT durable.cancel($1)", waiting) is True
    assert await history(ready) == {failed: "failed", cancelled: "cancelled", waiting: "cancelled"}


async def test_an_unkept_parent_still_releases_its_children(ready: asyncpg.Connection) -> None:
    [parent] = await leased(ready, "unkept")
    child = await ready.fetchval(
        "SELECT durable.enqueue('kept', depends_on => ARRAY[$1]::bigint[])", parent
    )
    assert await ready.fetchval("SELECT status FROM durable.runs WHERE run_id = $1", child) == (
        "waiting"
    )
    await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", parent)
    assert await ready.fetchval("SELECT status FROM durable.runs WHERE run_id = $1", child) == (
        "pending"
    )


async def test_keep_succeeded_is_part_of_the_definition(ready: asyncpg.Connection) -> None:
    async def keep(job: str) -> bool:
        value = await ready.fetchval(
            "SELECT keep_succeeded FROM durable.jobs WHERE job_name = $1", job
        )
        assert isinstance(value, bool)
        return value

    assert await keep("kept") is True and await keep("unkept") is False
    # A new definition without it goes back to the default, as every option does;
    # an explicit NULL means the default too.
    await define(ready, "unkept", queue="q")
    assert await keep("unkept") is True
    await define(ready, "unkept", queue="q", keep_succeeded=False)
    await ready.execute("SELECT durable.define_job('unkept', keep_succeeded => NULL)")
    assert await keep("unkept") is True
    await expect_error(
        ready, "22P02", "SELECT durable.define_job('unkept', keep_succeeded => 'sometimes')"
    )


async def finished_long_ago(conn: asyncpg.Connection, n: int) -> None:
    """n succeeded runs, finished 40 days before T0 (retention is 30 days by default)."""
    await set_clock(conn, T0 - timedelta(days=40))
    ids = await leased(conn, "kept", n)
    await conn.fetchval("SELECT durable.complete('w', $1)", ids)
    await set_clock(conn, T0)


async def test_sweep_prunes_in_batches_by_the_retention_setting(ready: asyncpg.Connection) -> None:
    await finished_long_ago(ready, 7)
    recent = await leased(ready, "kept", 2)
    await ready.fetchval("SELECT durable.complete('w', $1)", recent)
    removed = [await ready.fetchval("SELECT durable.sweep(3)")]
    while removed[-1]:
        removed.append(await ready.fetchval("SELECT durable.sweep(3)"))
    assert sum(removed) == 7 and removed[-1] == 0
    assert all(n <= 3 for n in removed) or removed[0] == 7  # a whole old month drops at once
    assert set(await history(ready)) == set(recent)


async def test_one_sweeper_at_a_time_and_never_a_wait(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    await finished_long_ago(ready, 4)
    other = await connect()
    await set_clock(other, T0)
    async with other.transaction():
        assert await other.fetchval("SELECT durable.sweep(2)") is not None
        # The first sweeper's transaction is still open: the second does not wait.
        assert await ready.fetchval("SELECT durable.sweep(2)") is None
    assert await ready.fetchval("SELECT durable.sweep(1000)") is not None


async def test_sweep_bad_batch_size(ready: asyncpg.Connection) -> None:
    for bad in (0, -5, 2_000_000):
        await expect_error(ready, "DS001", f"SELECT durable.sweep({bad})", match=str(bad))
