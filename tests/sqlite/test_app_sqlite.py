"""The App on SQLite beyond the worker: an enqueue that joins the application's own
transaction on its own sqlite3 connection (commit keeps the run, rollback drops it with
the application's rows), and ``sqlite:///:memory:``, one database shared by the
process's drivers and gone with the last of them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from durablesql import App, JobContext
from durablesql import driver as drivers
from durablesql.driver import ConnectOptions, NewRun
from durablesql.errors import UnknownJob
from tests.conformance.conftest import job
from tests.workers import running


async def test_enqueue_joins_the_applications_transaction(sqlite_dsn: str, tmp_path: Path) -> None:
    app = App(dsn=sqlite_dsn)

    @app.job("ship")
    async def ship(ctx: JobContext, args: dict[str, Any]) -> None:
        return None

    await app.define_jobs()
    conn = sqlite3.connect(tmp_path / "app.db", isolation_level=None)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, item TEXT)")

    conn.execute("BEGIN")
    conn.execute("INSERT INTO orders (item) VALUES ('kept')")
    kept = await app.enqueue("ship", {"order": 1}, connection=conn)
    conn.execute("COMMIT")

    conn.execute("BEGIN")
    conn.execute("INSERT INTO orders (item) VALUES ('dropped')")
    dropped = await app.enqueue("ship", {"order": 2}, connection=conn)
    conn.execute("ROLLBACK")

    conn.execute("BEGIN")
    conn.execute("INSERT INTO orders (item) VALUES ('still here')")
    with pytest.raises(UnknownJob):  # a failed enqueue undoes itself, not the caller's work
        await app.enqueue("nope", {}, connection=conn)
    conn.execute("COMMIT")

    assert [r[0] for r in conn.execute("SELECT item FROM orders ORDER BY id")] == [
        "kept",
        "still here",
    ]
    ops = await app.driver()
    assert (await ops.get_run(kept)) is not None
    assert await ops.get_run(dropped) is None
    conn.close()
    await app.close()


async def test_memory_is_one_database_for_the_process() -> None:
    dsn = "sqlite:///:memory:"
    app = App(dsn=dsn)

    @app.job("echo")
    async def echo(ctx: JobContext, args: dict[str, Any]) -> Any:
        return args

    async with running(app):
        run_id = await app.enqueue("echo", {"x": 1})
        run = await app.wait(run_id, timeout=30)
        assert run.status == "succeeded" and run.result == {"x": 1}
        other = await drivers.connect(dsn, ConnectOptions(single=True))
        assert (await other.get_run(run_id)) is not None  # the same database
        await other.close()
    await app.close()
    # The last driver closed: the next one starts from nothing.
    fresh = await drivers.connect(dsn, ConnectOptions(single=True))
    await fresh.migrate()
    assert await fresh.list_runs() == []
    await fresh.define_jobs([job()])
    assert await fresh.enqueue(NewRun("job")) == 1
    await fresh.close()
