"""The SQL Server driver's threads: pymssql blocks, so every call runs in a thread, and
a call whose task is cancelled leaves a thread still using its connection.  These tests
run the pool and the single-connection path on a stand-in resource (the code under test
only lends, waits for and closes connections: it never looks inside one)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

pytest.importorskip("pymssql", reason="pymssql is not installed (pip install -e '.[sqlserver]')")

from durablesql.driver.sqlserver.operations import MSOperations, Pool


class Resource:
    """What the pool lends: something that can be closed."""

    def __init__(self) -> None:
        self.closed = threading.Event()

    def close(self) -> None:
        self.closed.set()


async def abandon(run: Any) -> threading.Event:
    """Start run(work) on a task, cancel the task while work blocks in its thread, and
    return the event that lets the thread finish."""
    started, go_on = threading.Event(), threading.Event()

    def work(conn: Any) -> Any:
        started.set()
        assert go_on.wait(10)
        return conn

    call = asyncio.create_task(run(work))
    assert await asyncio.to_thread(started.wait, 10)
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
    return go_on


async def test_a_cancelled_call_closes_its_connection_and_the_pool_lends_another() -> None:
    made: list[Resource] = []

    def connect() -> Any:
        made.append(Resource())
        return made[-1]

    pool = Pool(connect, 1)
    go_on = await abandon(pool.run)
    # The thread still holds the first connection: the next call gets a new one.
    assert await pool.run(lambda conn: conn) is made[1]
    assert not made[0].closed.is_set()
    go_on.set()
    assert await asyncio.to_thread(made[0].closed.wait, 10)  # closed once its thread ended
    assert await pool.run(lambda conn: conn) is made[1]  # the good one is lent again
    pool.close()
    assert made[1].closed.is_set()


async def test_one_connection_waits_for_an_abandoned_call() -> None:
    conn = Resource()
    ops = MSOperations(conn)  # type: ignore[arg-type]  # (a stand-in, see above)
    go_on = await abandon(ops._use)
    second = asyncio.create_task(ops._use(lambda c: c))
    await asyncio.sleep(0.2)
    assert not second.done()  # the abandoned thread still uses the connection
    go_on.set()
    assert await asyncio.wait_for(second, 10) is conn
    assert not conn.closed.is_set()  # the caller's connection: never closed by the driver
