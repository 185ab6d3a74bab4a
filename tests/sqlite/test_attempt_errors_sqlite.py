"""SQLite's part of 0017 that the conformance suite cannot reach through the driver
interface: the rows the blocks write as any program runs them (claim ending several
expired leases at once, a cancelled one, a run whose earlier attempt already left a
row), and the upgrade of a file installed at 0016.  The driver-level behaviour (fail,
an expired lease, retry, prune) is in tests/conformance/test_attempt_errors.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from durablesql.driver.sqlite.migrate import migrate
from durablesql.driver.sqlite.queries import statements
from tests.helpers import schema_at
from tests.sqlite.engine import Engine
from tests.sqlite.test_traces_objectives_sqlite import block, catalog

# The commit that ported 0016 to SQLite: its schema.sql is version 16.
VERSION_16 = "ee87a79"
START = "2030-01-01 00:00:00.000"
EXPIRED = "2030-01-01 00:01:00.000"  # past a 30 s lease taken at START


@pytest.fixture
def engine(tmp_path: Path) -> Any:
    found = Engine(str(tmp_path / "app.db"))
    migrate(found.conn)
    block(found, "set_fake_now", at=START)
    yield found
    found.close()


def enqueue(engine: Engine, job: str = "job") -> int:
    return int(block(engine, "enqueue", job_name=job)[0][0])


def claim(engine: Engine, worker: str, max_runs: int = 10) -> list[int]:
    rows = block(engine, "claim", worker=worker, queues='["default"]', max_runs=max_runs, lease=30)
    return sorted(r[0] for r in rows)


def errors(engine: Engine, run_id: int) -> list[tuple[Any, ...]]:
    return block(engine, "attempt_errors", run_id=run_id)


def run_end(engine: Engine, run_id: int) -> tuple[Any, ...]:
    found = engine.conn.execute(
        "SELECT status, error, finished_at FROM durable_runs WHERE run_id = ?", (run_id,)
    )
    return tuple(found.fetchone())


def test_one_claim_ends_every_expired_lease_and_each_run_takes_its_own_row(
    engine: Engine,
) -> None:
    block(engine, "define_job", job_name="job", max_attempts=1)
    failed, cancelled, live = enqueue(engine), enqueue(engine), enqueue(engine)
    assert claim(engine, "w1", max_runs=2) == [failed, cancelled]
    assert block(engine, "cancel", run_id=cancelled) == [(1,)]  # leased: asks w1 to stop
    block(engine, "set_fake_now", at=EXPIRED)
    assert claim(engine, "w2") == [live]  # and the claim settles the two expired leases
    lease_text = "lease expired on attempt 1 of 1: worker w1 did not finish or heartbeat"
    cancel_text = "cancelled; worker w1 did not stop the handler before its lease expired"
    assert errors(engine, failed) == [(EXPIRED, 1, "failed", lease_text, "w1")]
    assert errors(engine, cancelled) == [(EXPIRED, 1, "cancelled", cancel_text, "w1")]
    # The run's status, error and end are the row's.
    assert run_end(engine, failed) == ("failed", lease_text, EXPIRED)
    assert run_end(engine, cancelled) == ("cancelled", cancel_text, EXPIRED)
    assert errors(engine, live) == []
    # A later claim finds nothing more to settle: no second row.
    block(engine, "set_fake_now", at="2030-01-01 00:02:00.000")
    claim(engine, "w3")
    assert len(errors(engine, failed)) == 1 and len(errors(engine, cancelled)) == 1


def test_an_expired_last_attempt_after_a_failed_one_keeps_both_rows(engine: Engine) -> None:
    """The claim's UPDATE reads the rows it added (ids above its mark), not a run's
    latest row of any age: the earlier retrying row stays as it was."""
    block(engine, "define_job", job_name="job", max_attempts=2, retry_delay=0)
    run_id = enqueue(engine)
    assert claim(engine, "w1") == [run_id]
    assert block(engine, "fail", worker="w1", run_id=run_id, error="boom", retryable=1) == [
        ("pending",)
    ]
    assert claim(engine, "w2") == [run_id]
    block(engine, "set_fake_now", at=EXPIRED)
    assert claim(engine, "w3") == []
    lease_text = "lease expired on attempt 2 of 2: worker w2 did not finish or heartbeat"
    assert errors(engine, run_id) == [
        (START, 1, "retrying", "boom", "w1"),
        (EXPIRED, 2, "failed", lease_text, "w2"),
    ]
    assert run_end(engine, run_id) == ("failed", lease_text, EXPIRED)


def test_fail_without_an_error_message_records_the_runs_text(engine: Engine) -> None:
    block(engine, "define_job", job_name="job")
    run_id = enqueue(engine)
    claim(engine, "w")
    assert block(engine, "fail", worker="w", run_id=run_id, error=None, retryable=0) == [
        ("failed",)
    ]
    text = "failed without an error message"
    assert errors(engine, run_id) == [(START, 1, "failed", text, "w")]
    assert run_end(engine, run_id) == ("failed", text, START)


def test_the_table_refuses_an_unknown_outcome(engine: Engine) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        engine.conn.execute(
            "INSERT INTO durable_run_errors (run_id, attempt, worker, error, outcome, failed_at)"
            " VALUES (1, 1, 'w', 'e', 'lost', ?)",
            (START,),
        )


# ---------------------------------------------------------------------------- migration
FAILED_ONCE = (
    "INSERT INTO durable_runs (job_name, queue, status, args, priority, run_at, attempt,"
    " max_attempts, error, created_at)"
    " VALUES ('job', 'default', 'pending', '{}', 0, ?, 1, 3, 'lost before 0017', ?)"
    " RETURNING run_id"
)


def install_16(path: Path) -> Engine:
    old = Engine(str(path))
    old.conn.execute("BEGIN")
    for statement in statements(schema_at(VERSION_16, "sqlite")):
        old.conn.execute(statement)
    old.conn.execute("COMMIT")
    assert block(old, "schema_version") == [("0016_traces_and_objectives",)]
    return old


def test_a_file_at_0016_migrates_to_a_fresh_installs_schema_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    old = install_16(tmp_path / "old.db")
    # A run of the 0016 engine that failed once, before there was anywhere to keep it.
    block(old, "set_fake_now", at=START)
    block(old, "define_job", job_name="job", retry_delay=0)
    old.conn.execute("BEGIN")
    # (written by hand: today's fail block needs the table 0017 adds)
    run_id = int(old.conn.execute(FAILED_ONCE, (START, START)).fetchone()[0])
    old.conn.execute("COMMIT")
    before = [tuple(r) for r in old.conn.execute("SELECT * FROM durable_runs ORDER BY 1")]

    assert migrate(old.conn) == ["0017_attempt_errors"]
    assert migrate(old.conn) == []
    fresh = Engine(str(tmp_path / "fresh.db"))
    migrate(fresh.conn)
    assert catalog(old.conn) == catalog(fresh.conn)
    versions = [r[0] for r in old.conn.execute("SELECT version FROM durable_migrations")]
    assert versions == [16, 17]
    assert block(old, "schema_version") == [("0017_attempt_errors",)]

    # The data is there (the earlier error stays on the run only), and the upgraded
    # file runs 0017's blocks: fail writes a row, prune removes it with its run.
    assert [tuple(r) for r in old.conn.execute("SELECT * FROM durable_runs ORDER BY 1")] == before
    assert errors(old, run_id) == []
    assert claim(old, "w") == [run_id]
    assert block(old, "fail", worker="w", run_id=run_id, error="boom", retryable=0) == [("failed",)]
    assert errors(old, run_id) == [(START, 2, "failed", "boom", "w")]
    block(old, "set_fake_now", at="2030-03-01 00:00:00.000")
    assert block(old, "prune", older_than=86400, batch_size=10) == [(1,)]
    assert errors(old, run_id) == []
    old.close()
    fresh.close()


def test_a_failed_migration_leaves_the_file_at_0016(tmp_path: Path) -> None:
    """All of an upgrade commits or none of it: a file that already has a table of that
    name (made by hand) fails the CREATE TABLE and stays at 0016, without the view."""
    old = install_16(tmp_path / "old.db")
    old.conn.execute("CREATE TABLE durable_run_errors (x)")
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        migrate(old.conn)
    assert not old.conn.in_transaction
    assert block(old, "schema_version") == [("0016_traces_and_objectives",)]
    views = "SELECT count(*) FROM sqlite_master WHERE name = 'durable_attempt_errors'"
    assert old.conn.execute(views).fetchone()[0] == 0
    old.close()
