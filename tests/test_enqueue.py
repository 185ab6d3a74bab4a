"""durable.define_job, enqueue, enqueue_many: defaults, NOTIFY, unique keys, bad input."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import asyncpg
import pytest

from tests.conftest import Connect
from tests.helpers import T0, define, expect_error, set_clock


@pytest.fixture
async def ready(db: asyncpg.Connection) -> asyncpg.Connection:
    await set_clock(db, T0)
    await define(
        db, "send-email", queue="emails", max_attempts=5, priority=3, timeout=timedelta(seconds=30)
    )
    return db


async def test_enqueue_uses_the_job_definition(ready: asyncpg.Connection) -> None:
    run_id = await ready.fetchval("SELECT durable.enqueue('send-email', '{\"to\": \"a@b.c\"}')")
    row = await ready.fetchrow("SELECT * FROM durable.runs WHERE run_id = $1", run_id)
    assert row["status"] == "pending"
    assert row["queue"] == "emails"
    assert row["priority"] == 3
    assert row["max_attempts"] == 5
    assert row["attempt"] == 0
    assert row["timeout"] == timedelta(seconds=30)
    assert row["run_at"] == T0 and row["created_at"] == T0
    assert json.loads(row["args"]) == {"to": "a@b.c"}


async def test_enqueue_overrides_and_named_notation(ready: asyncpg.Connection) -> None:
    run_id = await ready.fetchval(
        "SELECT durable.enqueue('send-email', args => '{}', queue => 'bulk', priority => -1,"
        " run_at => $1, max_attempts => 1, tags => ARRAY['a','b'], timeout => '5 seconds')",
        T0 + timedelta(hours=1),
    )
    row = await ready.fetchrow("SELECT * FROM durable.all_runs WHERE run_id = $1", run_id)
    assert (row["queue"], row["priority"], row["max_attempts"]) == ("bulk", -1, 1)
    assert row["run_at"] == T0 + timedelta(hours=1)
    assert row["tags"] == ["a", "b"]
    assert await ready.fetchval("SELECT count(*) FROM durable.queues WHERE queue = 'bulk'") == 1


async def test_explicit_nulls_mean_defaults(ready: asyncpg.Connection) -> None:
    run_id = await ready.fetchval(
        "SELECT durable.enqueue('send-email', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
        " NULL, NULL)"
    )
    row = await ready.fetchrow("SELECT * FROM durable.runs WHERE run_id = $1", run_id)
    assert json.loads(row["args"]) == {}
    assert (row["queue"], row["priority"], row["max_attempts"], row["run_at"]) == (
        "emails",
        3,
        5,
        T0,
    )
    await ready.execute("SELECT durable.define_job('j2', NULL, NULL, NULL, NULL, NULL, NULL)")
    job = await ready.fetchrow("SELECT * FROM durable.jobs WHERE job_name = 'j2'")
    assert (job["queue"], job["max_attempts"], job["retry_behavior"]) == ("default", 3, "fixed")
    assert job["retry_delay"] == timedelta(seconds=5)
    assert job["retry_max_delay"] == timedelta(hours=1)


async def test_define_job_is_an_upsert(ready: asyncpg.Connection) -> None:
    await define(ready, "send-email", queue="mail2", max_attempts=9)
    job = await ready.fetchrow("SELECT * FROM durable.jobs WHERE job_name = 'send-email'")
    assert (job["queue"], job["max_attempts"], job["priority"]) == ("mail2", 9, 0)
    assert await ready.fetchval("SELECT count(*) FROM durable.jobs") == 1


async def test_enqueue_many_returns_ids_in_order(ready: asyncpg.Connection) -> None:
    docs = [json.dumps({"n": i}) for i in range(500)]
    ids = [
        r[0]
        for r in await ready.fetch(
            "SELECT * FROM durable.enqueue_many('send-email', $1::text[]::jsonb[], priority => 7)",
            docs,
        )
    ]
    assert len(ids) == 500 and ids == sorted(ids)
    rows = await ready.fetch(
        "SELECT run_id, args->>'n' AS n, priority FROM durable.runs ORDER BY run_id"
    )
    assert [int(r["n"]) for r in rows] == list(range(500))
    assert [r["run_id"] for r in rows] == ids
    assert {r["priority"] for r in rows} == {7}
    assert (
        await ready.fetchval(
            "SELECT count(*) FROM durable.enqueue_many('send-email', '{}'::jsonb[])"
        )
        == 0
    )


async def collect_notifications(conn: asyncpg.Connection) -> list[str]:
    got: list[str] = []
    await conn.add_listener("durable", lambda *a: got.append(a[3]))
    return got


async def test_due_runs_notify_once_per_queue_per_statement(
    ready: asyncpg.Connection, connect: Connect
) -> None:
    listener = await connect()
    got = await collect_notifications(listener)

    await ready.fetchval("SELECT durable.enqueue('send-email')")
    await ready.fetch(
        "SELECT * FROM durable.enqueue_many('send-email', $1::text[]::jsonb[])", ["{}"] * 10_000
    )
    await ready.fetch(
        "SELECT * FROM durable.enqueue_many('send-email', $1::text[]::jsonb[], queue => 'other')",
        ["{}"] * 3,
    )
    # a future run notifies nobody
    await ready.fetchval(
        "SELECT durable.enqueue('send-email', run_at => $1)", T0 + timedelta(days=1)
    )
    await listener.execute("SELECT 1")
    await asyncio.sleep(0.2)
    assert got == ["emails", "emails", "other"]
    assert await ready.fetchval("SELECT count(*) FROM durable.runs") == 10_005


async def test_unique_key_returns_the_live_run(ready: asyncpg.Connection) -> None:
    first = await ready.fetchval("SELECT durable.enqueue('send-email', unique_key => 'k1')")
    again = await ready.fetchval(
        "SELECT durable.enqueue('send-email', '{\"other\": 1}', unique_key => 'k1')"
    )
    assert again == first
    assert await ready.fetchval("SELECT count(*) FROM durable.runs") == 1
    # once terminal, the key is free again
    await ready.fetch("SELECT * FROM durable.claim('w', ARRAY['emails'])")
    assert await ready.fetchval("SELECT durable.complete('w', ARRAY[$1]::bigint[])", first) == 1
    third = await ready.fetchval("SELECT durable.enqueue('send-email', unique_key => 'k1')")
    assert third != first


@pytest.mark.parametrize("sessions", [2, 8])
async def test_unique_key_race(ready: asyncpg.Connection, connect: Connect, sessions: int) -> None:
    conns = [await connect() for _ in range(sessions)]
    for round_no in range(15):
        key = f"race-{round_no}"

        async def enqueue(conn: asyncpg.Connection, key: str = key) -> int:
            async with conn.transaction():
                run_id: int = await conn.fetchval(
                    "SELECT durable.enqueue('send-email', unique_key => $1)", key
                )
                await asyncio.sleep(0.01)  # hold the row so the others must wait for it
                return run_id

        ids = await asyncio.gather(*(enqueue(c) for c in conns))
        assert len(set(ids)) == 1
        assert (
            await ready.fetchval("SELECT count(*) FROM durable.runs WHERE unique_key = $1", key)
            == 1
        )


# ---------------------------------------------------------------- bad input

BAD_CALLS = [
    ("DS003", "SELECT durable.enqueue('no-such-job')", "no-such-job"),
    ("DS003", "SELECT durable.enqueue('send-email''; DROP TABLE durable.runs; --')", "DROP TABLE"),
    ("DS003", "SELECT durable.enqueue_many('nope', ARRAY['{}']::jsonb[])", "nope"),
    ("DS001", "SELECT durable.enqueue('send-email', '[1,2]')", "array"),
    ("DS001", "SELECT durable.enqueue('send-email', '\"text\"')", "string"),
    ("DS001", "SELECT durable.enqueue('send-email', 'null'::jsonb)", "null"),
    ("DS001", "SELECT durable.enqueue_many('send-email', ARRAY['{}', '3']::jsonb[])", "args[2]"),
    ("DS001", "SELECT durable.enqueue_many('send-email', ARRAY['{}', NULL]::jsonb[])", "args[2]"),
    ("DS001", "SELECT durable.enqueue('send-email', max_attempts => 0)", "got 0"),
    ("DS001", "SELECT durable.enqueue('send-email', max_attempts => -3)", "got -3"),
    ("DS001", "SELECT durable.enqueue('send-email', timeout => '-1 second')", "timeout"),
    ("DS001", "SELECT durable.enqueue('send-email', run_at => 'infinity')", "infinity"),
    ("DS002", "SELECT durable.enqueue('send-email', queue => '')", "must not be empty"),
    ("DS002", "SELECT durable.enqueue('send-email', queue => repeat('q', 129))", "129 characters"),
    ("DS002", "SELECT durable.enqueue('send-email', queue => E'a\\nb')", "control character"),
    ("DS002", "SELECT durable.enqueue('send-email', tags => ARRAY['ok', NULL])", "tag"),
    ("DS002", "SELECT durable.enqueue('send-email', unique_key => '')", "unique_key"),
    ("DS002", "SELECT durable.enqueue('send-email', concurrency_key => '')", "concurrency_key"),
    (
        "DS002",
        "SELECT durable.enqueue('send-email', concurrency_key => repeat('k', 513))",
        "513 characters",
    ),
    ("DS004", "SELECT durable.enqueue('send-email', depends_on => ARRAY[987654])", "987654"),
    (
        "DS001",
        "SELECT durable.enqueue('send-email', depends_on => ARRAY[NULL]::bigint[])",
        "depends_on",
    ),
    (
        "DS001",
        "SELECT durable.enqueue('send-email',"
        " depends_on => ARRAY(SELECT generate_series(1, 1001)::bigint))",
        "1000",
    ),
    ("DS001", "SELECT durable.enqueue('send-email', meta => '[1]')", "meta must be a JSON object"),
    ("DS001", "SELECT durable.define_job('j', concurrency_limit => -1)", "concurrency_limit"),
    ("DS001", "SELECT durable.define_job('j', max_attempts => 0)", "max_attempts"),
    ("DS001", "SELECT durable.define_job('j', max_attempts => 10001)", "10001"),
    ("DS001", "SELECT durable.define_job('j', retry_behavior => 'linear')", "linear"),
    ("DS001", "SELECT durable.define_job('j', retry_delay => '-5 seconds')", "retry_delay"),
    ("DS001", "SELECT durable.define_job('j', retry_max_delay => '-1 day')", "retry_max_delay"),
    ("DS001", "SELECT durable.define_job('j', retry_delay => '11 years')", "10 years"),
    ("DS001", "SELECT durable.define_job('j', retry_jitter => 1.5)", "1.5"),
    ("DS001", "SELECT durable.define_job('j', retry_jitter => 'NaN')", "NaN"),
    ("DS001", "SELECT durable.define_job('j', timeout => '0 seconds')", "timeout"),
    ("DS002", "SELECT durable.define_job('')", "job name must not be empty"),
    ("DS002", "SELECT durable.define_job(NULL)", "job name must not be null"),
    ("DS002", "SELECT durable.define_job('j', queue => repeat('x', 500))", "500 characters"),
    ("DS010", "SELECT durable.pause_queue('no-such-queue')", "no-such-queue"),
    ("DS009", "UPDATE durable.settings SET value = 'soon' WHERE name = 'retention'", "soon"),
    (
        "DS009",
        "UPDATE durable.settings SET value = '1023' WHERE name = 'max_args_bytes'",
        "max_args_bytes",
    ),
    ("DS009", "INSERT INTO durable.settings VALUES ('colour', 'blue', 'x')", "colour"),
]


@pytest.mark.parametrize(("sqlstate", "sql", "named"), BAD_CALLS)
async def test_bad_input_is_rejected_and_changes_nothing(
    ready: asyncpg.Connection, sqlstate: str, sql: str, named: str
) -> None:
    await ready.fetchval("SELECT durable.enqueue('send-email')")  # something to protect
    await expect_error(ready, sqlstate, sql, match=named)


async def test_args_size_limit_is_a_setting(ready: asyncpg.Connection) -> None:
    big = json.dumps({"blob": "x" * 5000})
    await ready.fetchval("SELECT durable.enqueue('send-email', $1::text::jsonb)", big)
    await ready.execute("UPDATE durable.settings SET value = '2000' WHERE name = 'max_args_bytes'")
    await expect_error(
        ready,
        "DS006",
        "SELECT durable.enqueue('send-email', $1::text::jsonb)",
        big,
        match="max_args_bytes",
    )
    await expect_error(
        ready,
        "DS006",
        "SELECT durable.enqueue_many('send-email', ARRAY['{}', $1::text]::jsonb[])",
        big,
        match="args[2]",
    )


async def test_names_are_stored_exactly(ready: asyncpg.Connection) -> None:
    odd = "  spaced 'quoted\" ; DROP TABLE x; -- ünïcødé 🚀 "
    await define(ready, odd, queue=odd)
    run_id = await ready.fetchval("SELECT durable.enqueue($1)", odd)
    row = await ready.fetchrow("SELECT job_name, queue FROM durable.runs WHERE run_id = $1", run_id)
    assert (row["job_name"], row["queue"]) == (odd, odd)


# ---------------------------------------------------------------- enqueue_opts


async def test_enqueue_opts_takes_every_option_as_a_json_key(ready: asyncpg.Connection) -> None:
    parent = await ready.fetchval("SELECT durable.enqueue('send-email')")
    run_id = await ready.fetchval(
        "SELECT durable.enqueue_opts('send-email', $1::jsonb, $2::jsonb)",
        json.dumps({"to": "a@b.c"}),
        json.dumps(
            {
                "queue": "other",
                "run_at": "2030-01-01T00:05:00",  # no offset: UTC
                "priority": 9,
                "max_attempts": 2,
                "unique_key": "u1",
                "concurrency_key": "c1",
                "depends_on": [parent],
                "tags": ["a", "b"],
                "timeout": 1.5,
                "meta": {"who": "go-service"},
            }
        ),
    )
    row = await ready.fetchrow("SELECT * FROM durable.runs WHERE run_id = $1", run_id)
    assert json.loads(row["args"]) == {"to": "a@b.c"}
    assert (row["queue"], row["priority"], row["max_attempts"]) == ("other", 9, 2)
    assert row["run_at"] == T0 + timedelta(minutes=5)
    assert (row["unique_key"], row["concurrency_key"]) == ("u1", "c1")
    assert row["depends_on"] == [parent] and row["status"] == "waiting"
    assert row["tags"] == ["a", "b"] and row["timeout"] == timedelta(seconds=1.5)
    assert json.loads(row["meta"]) == {"who": "go-service"}
    # An offset is kept; JSON null and a missing key mean the job's defaults.
    later = await ready.fetchval(
        "SELECT durable.enqueue_opts('send-email', '{}', "
        """'{"run_at": "2030-01-01T02:00:00+02:00", "priority": null}')"""
    )
    row = await ready.fetchrow(
        "SELECT run_at, priority, queue FROM durable.runs WHERE run_id = $1", later
    )
    assert (row["run_at"], row["priority"], row["queue"]) == (T0, 3, "emails")
    assert await ready.fetchval("SELECT durable.enqueue_opts('send-email', NULL, NULL)") > later


async def test_enqueue_opts_rejects_unknown_keys_and_wrong_types(ready: asyncpg.Connection) -> None:
    bad = {
        '{"prio": 1}': "unknown enqueue option 'prio': use queue, run_at, priority",
        '{"priority": "high"}': 'enqueue option priority must be an integer, got "high"',
        '{"priority": 1.5}': "enqueue option priority must be an integer, got 1.5",
        '{"max_attempts": 3000000000}': "enqueue option max_attempts must be an integer, got",
        '{"queue": 7}': "enqueue option queue must be a string, got 7",
        '{"tags": ["a", 1]}': 'enqueue option tags must be an array of strings, got ["a", 1]',
        '{"depends_on": [0]}': "enqueue option depends_on must be an array of integers",
        '{"depends_on": "1"}': "enqueue option depends_on must be an array of integers",
        '{"timeout": "30s"}': 'enqueue option timeout must be a number, got "30s"',
        '{"meta": [1]}': "enqueue option meta must be an object, got [1]",
        '{"run_at": "soon"}': "enqueue option run_at must be an ISO 8601 time, got 'soon'",
        "[1]": "options must be a JSON object, got array",
    }
    for options, message in bad.items():
        await expect_error(
            ready,
            "DS001",
            "SELECT durable.enqueue_opts('send-email', '{}', $1::jsonb)",
            options,
            match=message,
        )
    # What enqueue itself checks is checked the same way.
    await expect_error(
        ready, "DS001", """SELECT durable.enqueue_opts('send-email', '{}', '{"timeout": -1}')"""
    )
    await expect_error(ready, "DS003", "SELECT durable.enqueue_opts('nope', '{}', '{}')")


async def test_enqueue_opts_reads_iso_8601_times_only(ready: asyncpg.Connection) -> None:
    await ready.execute("SET TimeZone = 'Europe/Berlin'")  # must not matter
    for text, at in {
        "2030-01-01": T0,
        "2030-01-01T00:00:00Z": T0,
        "2030-01-01 02:00:00+02:00": T0,
        "2030-01-01T05:30:00+0530": T0,
        "20300101T010000+01": T0,
        "20300101T000000Z": T0,
        "2030-01-01T00:00:01.5": T0 + timedelta(seconds=1.5),
    }.items():
        options = json.dumps({"run_at": text, "priority": 1.0, "depends_on": []})
        run_id = await ready.fetchval(
            "SELECT durable.enqueue_opts('send-email', '{}', $1::jsonb)", options
        )
        row = await ready.fetchrow(
            "SELECT run_at, priority FROM durable.runs WHERE run_id = $1", run_id
        )
        assert (row["run_at"], row["priority"]) == (at, 1), text
    for text in ("2030-1-1 0:0:0", "2030-01-01T00:00:00+02:30:00", "2030-13-01", "tomorrow"):
        await expect_error(
            ready,
            "DS001",
            "SELECT durable.enqueue_opts('send-email', '{}', $1::jsonb)",
            json.dumps({"run_at": text}),
            match="enqueue option run_at must be an ISO 8601 time",
        )
