"""A producer with no client library continues a trace: SET LOCAL durable.traceparent
before durable.enqueue (0016).  The driver-level behaviour (meta, claim) is in
tests/conformance/test_traces_and_objectives.py."""

from __future__ import annotations

import asyncpg
import pytest

from tests.helpers import T0, define, expect_error, set_clock

TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
OTHER = "00-11111111111111111111111111111111-2222222222222222-00"


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    await define(db, "job")
    return db


async def traceparent_of(db: asyncpg.Connection, run_id: int) -> str | None:
    found: str | None = await db.fetchval(
        "SELECT meta->>'traceparent' FROM durable.all_runs WHERE run_id = $1", run_id
    )
    return found


async def test_set_local_traceparent_is_stored_by_enqueue_and_enqueue_many(
    ready: asyncpg.Connection,
) -> None:
    async with ready.transaction():
        await ready.execute(f"SET LOCAL durable.traceparent = '{TRACE}'")
        one = await ready.fetchval("SELECT durable.enqueue('job', meta => '{\"who\": 1}')")
        many = await ready.fetch("SELECT * FROM durable.enqueue_many('job', ARRAY['{}'::jsonb])")
    after = await ready.fetchval("SELECT durable.enqueue('job')")  # SET LOCAL has ended
    assert await traceparent_of(ready, one) == TRACE
    assert await ready.fetchval("SELECT meta->>'who' FROM durable.all_runs WHERE run_id = $1", one)
    assert await traceparent_of(ready, many[0][0]) == TRACE
    assert await traceparent_of(ready, after) is None
    claimed = await ready.fetch("SELECT run_id, traceparent FROM durable.claim('w', NULL, 10)")
    assert {r["run_id"]: r["traceparent"] for r in claimed} == {
        one: TRACE,
        many[0][0]: TRACE,
        after: None,
    }


async def test_a_traceparent_in_meta_wins_over_the_session_setting(
    ready: asyncpg.Connection,
) -> None:
    async with ready.transaction():
        await ready.execute(f"SET LOCAL durable.traceparent = '{TRACE}'")
        run_id = await ready.fetchval(
            "SELECT durable.enqueue('job', meta => $1::jsonb)", f'{{"traceparent": "{OTHER}"}}'
        )
    assert await traceparent_of(ready, run_id) == OTHER


async def test_enqueue_opts_takes_the_session_setting_too(
    ready: asyncpg.Connection,
) -> None:
    async with ready.transaction():
        await ready.execute(f"SET LOCAL durable.traceparent = '{TRACE}'")
        run_id = await ready.fetchval(
            "SELECT durable.enqueue_opts('job', '{}', '{\"priority\": 2}')"
        )
    assert await traceparent_of(ready, run_id) == TRACE


@pytest.mark.parametrize(
    "bad", ["garbage", TRACE.upper(), TRACE + "-extra", "00-" + "0" * 32 + "-b7ad6b7169203331-01"]
)
async def test_a_malformed_session_traceparent_is_ds001_and_nothing_is_written(
    ready: asyncpg.Connection, bad: str
) -> None:
    # Set for the session (SET LOCAL would end with the failed statement's transaction).
    await ready.execute("SELECT set_config('durable.traceparent', $1, false)", bad)
    for sql in (
        "SELECT durable.enqueue('job')",
        "SELECT * FROM durable.enqueue_many('job', ARRAY['{}'::jsonb])",
        "SELECT durable.enqueue_opts('job', '{}', '{}')",
    ):
        await expect_error(ready, "DS001", sql, match="traceparent must be 00-<32 hex>")
    await ready.execute("RESET durable.traceparent")
    assert await ready.fetchval("SELECT durable.enqueue('job')") == 1


async def test_an_empty_session_traceparent_means_none(ready: asyncpg.Connection) -> None:
    async with ready.transaction():
        await ready.execute("SET LOCAL durable.traceparent = ''")
        run_id = await ready.fetchval("SELECT durable.enqueue('job')")
    assert await traceparent_of(ready, run_id) is None
