"""The harness itself: a driver per client, a fake clock per driver."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from durablesql.driver import Driver, NewRun
from durablesql.errors import ConfigurationError
from tests.conformance.conftest import T0, Engine, job


async def test_each_driver_keeps_its_own_clock(engine: Engine, db: Driver) -> None:
    await db.define_jobs([job()])
    other = await engine.driver(T0 + timedelta(days=1))
    run_id = await db.enqueue(NewRun("job"))
    run = await other.get_run(run_id)
    assert run is not None and run.created_at == T0 and run.status == "pending"


async def test_the_clock_can_go_back_to_real_time(engine: Engine) -> None:
    real = await engine.driver(None)
    await real.define_jobs([job()])
    ran_at = datetime.now(UTC)
    run = await real.get_run(await real.enqueue(NewRun("job")))
    assert run is not None and abs(run.created_at - ran_at) < timedelta(minutes=1)
    await real.set_fake_now(T0)
    run = await real.get_run(await real.enqueue(NewRun("job")))
    assert run is not None and run.created_at == T0
    await real.set_fake_now(None)
    run = await real.get_run(await real.enqueue(NewRun("job")))
    assert run is not None and abs(run.created_at - datetime.now(UTC)) < timedelta(minutes=1)


async def test_schema_version_is_the_newest_migration(db: Driver) -> None:
    # The ports keep PostgreSQL's migration numbers.
    migrations = Path(__file__).parents[2] / "sql" / "postgres" / "migrations"
    newest = max(p.name.split("_")[0] for p in migrations.glob("[0-9]*.sql"))
    version = await db.schema_version()
    assert version is not None and version.split("_")[0] == newest


async def test_a_connection_of_another_kind_is_refused_by_name(db: Driver) -> None:
    with pytest.raises(ConfigurationError) as refused:
        db.on(object())
    assert str(refused.value) == (
        f"connection= must be {db.native} for a {db.dialect} DSN, got object"
    )
