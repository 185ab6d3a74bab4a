"""SQLite's part of 0016 that the conformance suite cannot reach through the driver
interface: the connection's traceparent (``set_traceparent`` / ``durable_set_traceparent``,
SQLite's SET LOCAL durable.traceparent), the ``set_queue_opts`` block and its hostile
input, the exact metrics lines, and the upgrade of a file installed at 0015.  The
driver-level behaviour (meta, claim, set_queue, slo_status) is in
tests/conformance/test_traces_and_objectives.py."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from durablesql import driver as drivers
from durablesql.driver import ConnectOptions, NewRun
from durablesql.driver.sqlite.connection import run_block
from durablesql.driver.sqlite.migrate import migrate
from durablesql.driver.sqlite.queries import blocks, statements
from durablesql.errors import DurableError, InvalidArgument
from tests.conformance.conftest import LEASE, job
from tests.helpers import schema_at
from tests.sqlite.engine import Engine

TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
OTHER = "00-11111111111111111111111111111111-2222222222222222-00"
BAD_TRACES = [
    "garbage",
    TRACE.upper(),
    TRACE + "-extra",
    TRACE + "\n",
    TRACE[:20] + "\x00" + TRACE[21:],
    "00-" + "0" * 32 + "-b7ad6b7169203331-01",
    "00-0af7651916cd43dd8448eb211c80319c-" + "0" * 16 + "-01",
    "ff" + TRACE[2:],
    "0",
]
# The commit that merged the SQLite port: its schema.sql is version 15.
VERSION_15 = "ba97d4e"


def block(engine: Engine, name: str, **given: Any) -> list[Any]:
    """Run a named block as any program would: parameters left out are NULL."""
    params = dict.fromkeys(blocks()[name].params) | given
    return [tuple(r) for r in run_block(engine.conn, engine.functions, blocks()[name], [params])]


@pytest.fixture
def engine(tmp_path: Path) -> Any:
    found = Engine(str(tmp_path / "app.db"))
    migrate(found.conn)
    block(found, "set_fake_now", at="2030-01-01 00:00:00.000")
    block(found, "define_job", job_name="job")
    yield found
    found.close()


def enqueue(engine: Engine, meta: object = None) -> int:
    return int(block(engine, "enqueue", job_name="job", meta=meta)[0][0])


def enqueue_many(engine: Engine, meta: object = None) -> int:
    return int(block(engine, "enqueue_many", job_name="job", args="[{}]", meta=meta)[0][0])


def meta_of(engine: Engine, run_id: int) -> Any:
    found = engine.conn.execute("SELECT meta FROM durable_runs WHERE run_id = ?", (run_id,))
    text = found.fetchone()[0]
    return None if text is None else json.loads(text)


def count_runs(engine: Engine) -> int:
    return int(engine.conn.execute("SELECT count(*) FROM durable_runs").fetchone()[0])


# ---------------------------------------------------------------------------- traces
def test_the_connections_traceparent_is_stored_by_every_enqueue(engine: Engine) -> None:
    block(engine, "set_traceparent", traceparent=TRACE)
    one = enqueue(engine, '{"who": 1}')
    many = enqueue_many(engine)
    block(engine, "set_traceparent", traceparent=None)  # as a producer does when done
    after = enqueue(engine)
    assert meta_of(engine, one) == {"who": 1, "traceparent": TRACE}
    assert meta_of(engine, many) == {"traceparent": TRACE}
    assert meta_of(engine, after) is None  # no meta at all, as without the setting
    claimed = block(engine, "claim", worker="w", queues='["default"]', max_runs=10, lease=30)
    # claim's columns: PostgreSQL's claimed_run (traceparent last), then claim_order
    assert {r[0]: r[10] for r in claimed} == {one: TRACE, many: TRACE, after: None}


def test_a_traceparent_in_meta_wins_over_the_connections(engine: Engine) -> None:
    block(engine, "set_traceparent", traceparent=TRACE)
    given = json.dumps({"traceparent": OTHER})
    assert meta_of(engine, enqueue(engine, given)) == {"traceparent": OTHER}
    assert meta_of(engine, enqueue_many(engine, given)) == {"traceparent": OTHER}


@pytest.mark.parametrize("none", [None, ""])
def test_null_or_empty_means_none(engine: Engine, none: str | None) -> None:
    block(engine, "set_traceparent", traceparent=none)
    assert meta_of(engine, enqueue(engine)) is None
    assert meta_of(engine, enqueue_many(engine, '{"a": 1}')) == {"a": 1}


@pytest.mark.parametrize("bad", [*BAD_TRACES, 42, b"\x00", 1.5])
def test_set_traceparent_refuses_a_malformed_one(engine: Engine, bad: object) -> None:
    with pytest.raises(InvalidArgument, match=re.escape("traceparent must be 00-<32 hex>")):
        block(engine, "set_traceparent", traceparent=bad)
    assert engine.functions.traceparent is None


@pytest.mark.parametrize("bad", [*BAD_TRACES, 42])
def test_a_malformed_one_set_directly_is_ds001_at_enqueue_and_nothing_is_written(
    engine: Engine, bad: object
) -> None:
    # durable_set_traceparent() holds anything; enqueue checks it, as PostgreSQL's
    # enqueue checks SET LOCAL durable.traceparent.
    engine.conn.execute("SELECT durable_set_traceparent(?)", (bad,))
    before = count_runs(engine)
    for call in (enqueue, enqueue_many):
        with pytest.raises(InvalidArgument) as raised:
            call(engine)
        assert raised.value.sqlstate == "DS001"
        assert raised.value.message.startswith(
            "traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got "
        )
    assert count_runs(engine) == before
    engine.conn.execute("SELECT durable_set_traceparent(NULL)")
    assert meta_of(engine, enqueue(engine)) is None


def test_a_malformed_traceparent_in_meta_is_named_as_postgresql_names_it(engine: Engine) -> None:
    for value, shown in ((42, "'42'"), (None, "'null'"), ("x" * 300, "'" + "x" * 100 + "'")):
        with pytest.raises(InvalidArgument) as raised:
            enqueue(engine, json.dumps({"traceparent": value}))
        assert raised.value.message == (
            "traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got " + shown
        )


async def test_the_setting_reaches_an_enqueue_on_the_applications_own_connection(
    tmp_path: Path,
) -> None:
    """The driver's enqueue(connection=conn) runs on the caller's connection, so the
    traceparent that connection holds is the one stored."""
    dsn = f"sqlite:///{tmp_path / 'own.db'}"
    db = await drivers.connect(dsn, ConnectOptions(single=True))
    try:
        await db.migrate()
        await db.define_jobs([job()])
        conn = sqlite3.connect(tmp_path / "own.db", isolation_level=None)
        ops = db.on(conn)  # registers the functions on conn
        conn.execute("SELECT durable_set_traceparent(?)", (TRACE,))
        traced = await ops.enqueue(NewRun("job"))
        conn.execute("SELECT durable_set_traceparent(NULL)")
        plain = await ops.enqueue(NewRun("job"))
        got = {
            c.run_id: c.traceparent for c in await db.claim("w", ["default"], 5, LEASE, "priority")
        }
        assert got == {traced: TRACE, plain: None}
        conn.close()
    finally:
        await db.close()


# ---------------------------------------------------------------------------- objectives
def queue_row(engine: Engine, queue: str = "mail") -> tuple[Any, ...] | None:
    found = engine.conn.execute(
        "SELECT priority, weight, concurrency_limit, lag_slo FROM durable_queues WHERE queue = ?",
        (queue,),
    ).fetchone()
    return None if found is None else tuple(found)


def test_set_queue_opts_sets_what_it_names_and_leaves_the_rest(engine: Engine) -> None:
    block(engine, "set_queue_opts", queue="mail", options='{"weight": 3, "lag_slo": 30}')
    assert queue_row(engine) == (0, 3, None, 30.0)
    block(engine, "set_queue_opts", queue="mail", options='{"priority": 2.0, "lag_slo": null}')
    assert queue_row(engine) == (2, 3, None, 30.0)
    block(engine, "set_queue_opts", queue="mail", options=None)
    block(engine, "set_queue_opts", queue="mail", options='{"concurrency_limit": 4}')
    assert queue_row(engine) == (2, 3, 4, 30.0)
    block(engine, "set_queue_opts", queue="mail", options='{"concurrency_limit": 0, "lag_slo": 0}')
    assert queue_row(engine) == (2, 3, None, None)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            '{"colour": 1}',
            "unknown set_queue option 'colour': use concurrency_limit, lag_slo, priority, weight",
        ),
        (
            '{"it\'s": 1, "zz": 2}',
            "unknown set_queue option 'it''s': use concurrency_limit, lag_slo, priority, weight",
        ),
        ('{"weight": "3"}', 'set_queue option weight must be an integer, got "3"'),
        ('{"weight": 2.5}', "set_queue option weight must be an integer, got 2.5"),
        (
            '{"priority": 2147483648}',
            "set_queue option priority must be an integer, got 2147483648",
        ),
        ('{"priority": true}', "set_queue option priority must be an integer, got true"),
        ('{"lag_slo": [30]}', "set_queue option lag_slo must be a number of seconds, got [30]"),
        # (PostgreSQL prints the number as 10000000000000)
        (
            '{"lag_slo": 1e13}',
            "set_queue option lag_slo must be a number of seconds, got 10000000000000.0",
        ),
        (
            '{"lag_slo": -1}',
            "lag_slo must be zero or positive and at most 10 years, got -1.0 seconds",
        ),
        (
            '{"lag_slo": 315576001}',
            "lag_slo must be zero or positive and at most 10 years, got 315576001.0 seconds",
        ),
        ('{"weight": 0}', "weight must be between 1 and 1000000, got 0"),
        ("[1, 2]", "set_queue options must be a JSON object, got [1,2]"),
        ("{nope", "set_queue options must be a JSON object, got text that is not JSON"),
        (b"{}", "set_queue options must be a JSON object, got blob"),
        (7, "set_queue options must be a JSON object, got integer"),
    ],
)
def test_set_queue_opts_refuses_bad_options_and_writes_nothing(
    engine: Engine, options: object, message: str
) -> None:
    block(engine, "set_queue_opts", queue="mail", options='{"lag_slo": 30}')
    with pytest.raises(InvalidArgument) as raised:
        block(engine, "set_queue_opts", queue="mail", options=options)
    assert (raised.value.sqlstate, raised.value.message) == ("DS001", message)
    assert queue_row(engine) == (0, 1, None, 30.0)


KEYS = st.sampled_from(["priority", "weight", "concurrency_limit", "lag_slo", "x", "", "LAG_SLO"])
JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
)


@settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(options=st.dictionaries(KEYS, JSON_VALUES, max_size=4))
def test_set_queue_opts_takes_hostile_options(engine: Engine, options: dict[str, Any]) -> None:
    """Any object of any keys and values: set (and then as set_queue with the same values
    would set it), or a DS error and nothing written."""
    before = queue_row(engine)
    try:
        block(engine, "set_queue_opts", queue="mail", options=json.dumps(options))
    except DurableError:
        assert queue_row(engine) == before
        assert not engine.conn.in_transaction
        return
    row = queue_row(engine)
    assert row is not None
    for key, at in (("priority", 0), ("weight", 1)):
        if options.get(key) is not None:
            assert row[at] == options[key]
    if options.get("lag_slo") is not None:
        assert row[3] == (options["lag_slo"] or None)


def test_metrics_text_prints_the_objectives_as_postgresql_does(engine: Engine) -> None:
    block(engine, "set_queue", queue="mail", lag_slo=30)
    block(engine, "set_queue", queue="plain")
    for _ in range(3):
        enqueue(engine)
    block(engine, "set_queue", queue="default", lag_slo=0.25)
    block(engine, "set_fake_now", at="2030-01-01 00:00:00.200")
    block(engine, "claim", worker="w", queues='["default"]', max_runs=2, lease=30)
    block(engine, "set_fake_now", at="2030-01-01 00:00:00.300")
    block(engine, "claim", worker="w", queues='["default"]', max_runs=1, lease=30)
    text = block(engine, "metrics_text")[0][0]
    lines = [line for line in text.splitlines() if "slo" in line]
    assert lines == [
        "# HELP durablesql_queue_lag_slo_seconds The lag objective of a queue (only queues"
        " that have one).",
        "# TYPE durablesql_queue_lag_slo_seconds gauge",
        'durablesql_queue_lag_slo_seconds{queue="default"} 0.250000',
        'durablesql_queue_lag_slo_seconds{queue="mail"} 30.000000',
        "# HELP durablesql_queue_within_slo 1 when the oldest due run of a queue has waited no"
        " longer than its objective, else 0.",
        "# TYPE durablesql_queue_within_slo gauge",
        'durablesql_queue_within_slo{queue="default"} 1',
        'durablesql_queue_within_slo{queue="mail"} 1',
        "# HELP durablesql_queue_started_within_slo_ratio Share of the runs of a queue started"
        " in the last hour that started within its objective.",
        "# TYPE durablesql_queue_started_within_slo_ratio gauge",
        'durablesql_queue_started_within_slo_ratio{queue="default"} 0.666667',
    ]


def test_a_start_exactly_at_the_objective_is_within_it(engine: Engine) -> None:
    block(engine, "set_queue", queue="default", lag_slo=0.5)
    enqueue(engine)
    enqueue(engine)
    block(engine, "set_fake_now", at="2030-01-01 00:00:00.500")
    block(engine, "claim", worker="w", queues='["default"]', max_runs=1, lease=30)
    [row] = block(engine, "slo_status")
    assert row == ("default", 0.5, 0.5, 1, 1, 1, 1.0)
    block(engine, "set_fake_now", at="2030-01-01 00:00:00.501")
    [row] = block(engine, "slo_status")
    assert row[2:4] == (0.501, 0)


# ---------------------------------------------------------------------------- migration
def old_schema(rev: str) -> str:
    return schema_at(rev, "sqlite")


def normalised(sql: str) -> str:
    """A definition without comments or layout (ALTER TABLE … ADD COLUMN appends its
    column to the stored CREATE TABLE text as written, not as schema.sql lays it out)."""
    sql = re.sub(r"--[^\n]*", " ", sql)
    sql = re.sub(r"\s+", " ", sql)
    return re.sub(r"\s*([(),])\s*", r"\1", sql).strip()


def catalog(conn: sqlite3.Connection) -> dict[str, Any]:
    objects = {
        (kind, name): normalised(sql)
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master"
            " WHERE name LIKE 'durable%' AND sql IS NOT NULL"
        )
    }
    columns = {
        table: [tuple(c) for c in conn.execute(f"PRAGMA table_xinfo('{table}')")]
        for kind, table in objects
        if kind == "table"
    }
    indexes = {
        table: sorted(tuple(i) for i in conn.execute(f"PRAGMA index_list('{table}')"))
        for kind, table in objects
        if kind == "table"
    }
    return {"objects": objects, "columns": columns, "indexes": indexes}


def test_a_file_at_0015_migrates_to_a_fresh_installs_schema_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    old = Engine(str(tmp_path / "old.db"))
    old.conn.execute("BEGIN")
    for statement in statements(old_schema(VERSION_15)):
        old.conn.execute(statement)
    old.conn.execute("COMMIT")
    assert block(old, "schema_version") == [("0015_metrics_text",)]
    # Data of the 0015 engine (its own set_queue had four parameters).
    old.conn.execute(
        "INSERT INTO durable_queues (queue, created_at, priority, weight, concurrency_limit)"
        " VALUES ('mail', '2030-01-01 00:00:00.000', 2, 3, 4)"
    )
    block(old, "set_fake_now", at="2030-01-01 00:00:00.000")
    block(old, "define_job", job_name="job", queue="mail")
    kept = enqueue(old, json.dumps({"traceparent": TRACE}))
    before = {
        t: [tuple(r) for r in old.conn.execute(f"SELECT * FROM {t} ORDER BY 1")]
        for t in ("durable_runs", "durable_jobs")
    }

    # 0017 follows (tests/sqlite/test_attempt_errors_sqlite.py upgrades from 0016).
    assert migrate(old.conn) == ["0016_traces_and_objectives", "0017_attempt_errors"]
    assert migrate(old.conn) == []
    fresh = Engine(str(tmp_path / "fresh.db"))
    migrate(fresh.conn)
    assert catalog(old.conn) == catalog(fresh.conn)
    versions = [r[0] for r in old.conn.execute("SELECT version FROM durable_migrations")]
    assert versions == [15, 16, 17]

    # The data is there, and the upgraded file runs 0016's blocks.
    for table, rows in before.items():
        assert [tuple(r) for r in old.conn.execute(f"SELECT * FROM {table} ORDER BY 1")] == rows
    assert queue_row(old) == (2, 3, 4, None)
    block(old, "set_queue", queue="mail", lag_slo=60)
    assert block(old, "slo_status") == [("mail", 60.0, 0.0, 1, 0, 0, None)]
    claimed = block(old, "claim", worker="w", queues='["mail"]', max_runs=1, lease=30)
    assert [(r[0], r[10]) for r in claimed] == [(kept, TRACE)]
    assert block(old, "schema_version") == [("0017_attempt_errors",)]
    old.close()
    fresh.close()


def test_a_failed_migration_leaves_the_file_at_its_version(tmp_path: Path) -> None:
    """All of an upgrade commits or none of it: a file whose queues table already has the
    column (made by hand) fails the ALTER TABLE and stays at 0015, untouched."""
    old = Engine(str(tmp_path / "old.db"))
    for statement in statements(old_schema(VERSION_15)):
        old.conn.execute(statement)
    old.conn.execute("ALTER TABLE durable_queues ADD COLUMN lag_slo REAL")
    with pytest.raises(sqlite3.OperationalError, match="duplicate column"):
        migrate(old.conn)
    assert not old.conn.in_transaction
    assert block(old, "schema_version") == [("0015_metrics_text",)]
    assert (
        old.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'durable_slo_status'"
        ).fetchone()[0]
        == 0
    )
    old.close()
