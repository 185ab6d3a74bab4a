"""A transaction left open elsewhere: what it does to the hot table and the
claim, and what durable.health says about it."""

from __future__ import annotations

import asyncio
import re

import asyncpg
import pytest

from tests.conftest import Connect
from tests.helpers import define, expect_error

HEAD_QUERY = (
    "EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT)"
    " SELECT run_id FROM durable.runs WHERE status = 'pending' AND queue = 'q'"
    " AND run_at <= now() ORDER BY priority DESC, run_at, run_id LIMIT 10"
)


async def buffers(db: asyncpg.Connection) -> int:
    """Pages the claim's index scan touches to find the head of the queue."""
    plan = "\n".join(r[0] for r in await db.fetch(HEAD_QUERY))
    execution = plan.split("Planning")[0]  # the scan's buffers, not the planner's
    return sum(int(n) for n in re.findall(r"(?:hit|read)=(\d+)", execution))


async def churn(db: asyncpg.Connection, n: int) -> None:
    """n runs enqueued, claimed and completed: n dead rows at the head of the queue."""
    await db.fetch("SELECT durable.enqueue_many('job', array_fill('{}'::jsonb, ARRAY[$1::int]))", n)
    while rows := await db.fetch("SELECT run_id FROM durable.claim('w', ARRAY['q'], 500)"):
        await db.fetchval("SELECT durable.complete('w', $1)", [r[0] for r in rows])


async def test_a_long_transaction_pins_dead_runs_and_health_names_it(
    db: asyncpg.Connection, connect: Connect
) -> None:
    await define(db, "job", queue="q")
    await db.execute("UPDATE durable.settings SET value = '1000' WHERE name = 'dead_runs_warning'")
    assert (await db.fetchrow("SELECT * FROM durable.health()"))["warning"] is None

    report = await connect(server_settings={"application_name": "monthly report"})
    long_tx = report.transaction(isolation="repeatable_read")
    await long_tx.start()
    await report.fetchval("SELECT count(*) FROM durable.all_runs")  # takes its snapshot
    pid = report.get_server_pid()

    await churn(db, 5000)
    await db.fetch("SELECT durable.enqueue_many('job', array_fill('{}'::jsonb, ARRAY[10]))")
    await db.execute("VACUUM durable.runs")  # can remove nothing the report might still see
    health = await db.fetchrow("SELECT * FROM durable.health()")
    assert health["dead_runs"] >= 5000
    assert (
        health["oldest_xact_pid"] == pid and health["oldest_xact_application"] == "monthly report"
    )
    assert f"the transaction of pid {pid}" in health["warning"]
    assert "'monthly report'" in health["warning"] and "claims slow down" in health["warning"]
    pinned = await buffers(db)

    await long_tx.rollback()
    await db.execute("VACUUM durable.runs")
    health = await db.fetchrow("SELECT * FROM durable.health()")
    assert health["dead_runs"] < 1000 and health["warning"] is None
    freed = await buffers(db)
    # The claim walked past every dead entry while the snapshot was held.
    assert pinned > 10 * freed, (pinned, freed)


async def test_a_transaction_open_too_long_is_named_before_rows_pile_up(
    db: asyncpg.Connection, connect: Connect
) -> None:
    await db.execute(
        "UPDATE durable.settings SET value = '1 microsecond' WHERE name = 'long_transaction'"
    )
    idle = await connect(server_settings={"application_name": "forgotten psql"})
    # A snapshot held open (REPEATABLE READ): it pins vacuum's horizon.
    await idle.execute("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT 1")
    warning = await db.fetchval("SELECT warning FROM durable.health()")
    assert (
        warning is not None and "'forgotten psql'" in warning and "idle in transaction" in warning
    )
    await idle.execute("ROLLBACK")
    assert await db.fetchval("SELECT warning FROM durable.health()") is None


async def test_health_settings_are_validated(db: asyncpg.Connection) -> None:
    for name, value in [
        ("long_transaction", "0"),
        ("long_transaction", "soon"),
        ("dead_runs_warning", "0"),
        ("dead_runs_warning", "-5"),
    ]:
        await expect_error(
            db,
            "DS009",
            "UPDATE durable.settings SET value = $2 WHERE name = $1",
            name,
            value,
            match=name,
        )


async def test_the_worker_and_the_cli_report_it(
    dsn: str,
    db: asyncpg.Connection,
    connect: Connect,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from typer.testing import CliRunner

    from durablesql import App
    from durablesql.cli import cli
    from durablesql.worker import ticks
    from tests.workers import running, wait_for

    await db.execute(
        "UPDATE durable.settings SET value = '1 microsecond' WHERE name = 'long_transaction'"
    )
    idle = await connect(server_settings={"application_name": "stuck report"})
    await idle.execute("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT 1")
    monkeypatch.setattr(ticks, "HEALTH_INTERVAL", 0.2)
    app = App(dsn=dsn)
    app.job("noop", queue="h")(_noop)
    caplog.set_level("WARNING", logger="durablesql.worker")
    async with running(app):
        await wait_for(lambda: _logged(caplog, "'stuck report'"), timeout=10)
    await app.close()
    result = await asyncio.to_thread(CliRunner().invoke, cli, ["status", "--dsn", dsn])
    assert result.exit_code == 0
    assert "warning: the transaction of pid" in result.output and "stuck report" in result.output
    await idle.execute("ROLLBACK")


async def _noop(ctx: object, args: object) -> None:
    return None


async def _logged(caplog: pytest.LogCaptureFixture, text: str) -> bool:
    return any(text in r.getMessage() for r in caplog.records)
