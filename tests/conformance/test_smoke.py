"""The harness itself: a driver per client, a fake clock per driver."""

from __future__ import annotations

from datetime import timedelta

from durablesql.driver import Driver, NewRun
from tests.conformance.conftest import T0, Engine, job


async def test_each_driver_keeps_its_own_clock(engine: Engine, db: Driver) -> None:
    await db.define_jobs([job()])
    other = await engine.driver(T0 + timedelta(days=1))
    run_id = await db.enqueue(NewRun("job"))
    run = await other.get_run(run_id)
    assert run is not None and run.created_at == T0 and run.status == "pending"
