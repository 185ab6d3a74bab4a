"""Hostile input to SQLite's named blocks (sql/sqlite/queries.sql), called as any program
would call them: every parameter bound to a value of any type (texts with quotes, SQL,
NULs and control characters; numbers at and past every edge; malformed, deep and huge
JSON; blobs; NULL).  The property, as tests/test_hostile.py states it for PostgreSQL:

* the block works, and the names it was given come back exactly as sent; or
* it raises the engine's error (a DS code, ``DurableError``) — never another error
  (SQLite's own "datatype mismatch", "malformed JSON", a Python exception), and
* a call that fails writes nothing: every durable_ table is as it was.

The file holds a little of everything (runs in every state, a paused queue, limits, a
schedule, a worker); examples that succeed change it, which later examples then meet.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from durablesql import driver as drivers
from durablesql.driver import ConnectOptions, NewRun, ScheduleDefinition
from durablesql.driver.sqlite.connection import run_block
from durablesql.driver.sqlite.queries import blocks
from durablesql.errors import DurableError
from tests import hostile_strategies as hs
from tests.conformance.conftest import LEASE, T0, job
from tests.sqlite.engine import Engine, install

HOSTILE = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Every block a caller may run (setup_connection is the driver's own).
CALLED = sorted(name for name in blocks() if name != "setup_connection")


async def build_scene(dsn: str) -> None:
    db = await drivers.connect(dsn, ConnectOptions(single=True))
    try:
        await db.set_fake_now(T0)
        await db.define_jobs([job(), job("other", queue="held", concurrency_limit=2)])
        await db.enqueue(NewRun("job", unique_key="u1", concurrency_key="k", tags=["t"]))
        ids = await db.enqueue_many("job", ["{}"] * 4)
        await db.register_worker("w", ["default"], 2, '{"pid": 1}')
        await db.claim("w", ["default"], 3, LEASE, "priority")
        await db.complete("w", [ids[0]], ['{"ok": true}'])
        await db.fail("w", ids[1], "broke", False)
        await db.enqueue(NewRun("job", depends_on=[ids[2]]))
        await db.pause_queue("held")
        await db.set_queue("default", 1, 2, 5)
        await db.define_schedule(ScheduleDefinition("nightly", "job", "0 3 * * *"))
    finally:
        await db.close()


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path = tmp_path_factory.mktemp("hostile") / "app.db"
    asyncio.run(build_scene(install(path)))
    engine = Engine(str(path))
    yield engine
    engine.close()


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every durable_ table (and the id counter), as it is."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND (name LIKE 'durable%' OR name = 'sqlite_sequence') ORDER BY name"
        )
    ]
    return {t: [tuple(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY 1')] for t in tables}


INTS = (0, 1, -1, 2**31 - 1, 2**31, -(2**31) - 1, 2**63 - 1, -(2**63), 2**64, 10**30)
values = st.one_of(
    st.none(),
    hs.names(),
    st.sampled_from(hs.SPECIAL_NAMES),
    st.sampled_from(INTS),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    hs.json_texts(),
    st.lists(st.one_of(st.integers(-5, 50), hs.names(), st.none()), max_size=4).map(json.dumps),
    st.binary(max_size=8),
    st.sampled_from(("2030-01-01 00:00:00.000", "2030-13-01", "now", "0 0 * * *", "UTC")),
)


def params_of(name: str) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({p: values for p in blocks()[name].params})


@pytest.mark.parametrize("name", CALLED)
def test_block_takes_hostile_input(scene: Engine, name: str) -> None:
    block = blocks()[name]

    @HOSTILE
    @given(params=params_of(name))
    def check(params: dict[str, Any]) -> None:
        before = dump(scene.conn)
        try:
            run_block(scene.conn, scene.functions, block, [params])
        except DurableError:
            assert not scene.conn.in_transaction
            assert dump(scene.conn) == before, f"{name} failed but wrote: {params!r}"
        except Exception as exc:
            raise AssertionError(f"{name}({params!r}) raised {type(exc).__name__}: {exc}") from exc

    check()
    assert scene.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@HOSTILE
@given(job_name=hs.names(), queue=hs.names(), key=hs.names(512), tag=hs.names())
def test_names_come_back_exactly(
    scene: Engine, job_name: str, queue: str, key: str, tag: str
) -> None:
    """Accepted names are stored as sent: never trimmed, folded or cut."""
    conn, functions = scene.conn, scene.functions
    define = {p: None for p in blocks()["define_job"].params} | {"job_name": job_name}
    try:
        run_block(conn, functions, blocks()["define_job"], [define])
    except DurableError:
        return
    enqueue = {p: None for p in blocks()["enqueue"].params} | {
        "job_name": job_name,
        "queue": queue,
        "concurrency_key": key,
        "tags": json.dumps([tag]),
    }
    try:
        [(run_id,)] = run_block(conn, functions, blocks()["enqueue"], [enqueue])
    except DurableError:
        return
    row = conn.execute(
        "SELECT job_name, queue, concurrency_key, tags FROM durable_all_runs WHERE run_id = ?",
        (run_id,),
    ).fetchone()
    assert tuple(row) == (job_name, queue, key, json.dumps([tag]))


def test_a_failed_block_inside_the_callers_transaction_undoes_only_itself(
    tmp_path: Path,
) -> None:
    """On a connection of the caller's that is in a transaction, a block runs as a
    SAVEPOINT: its failure leaves the caller's own writes (and transaction) alone."""
    engine = Engine(str(tmp_path / "own.db"))
    install_conn = engine.conn
    from durablesql.driver.sqlite.migrate import migrate

    migrate(install_conn)
    conn = engine.conn
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO orders DEFAULT VALUES")
    bad = {p: None for p in blocks()["enqueue"].params} | {"job_name": "nope"}
    with pytest.raises(DurableError, match="unknown job 'nope'"):
        run_block(conn, engine.functions, blocks()["enqueue"], [bad])
    assert conn.in_transaction
    conn.execute("COMMIT")
    assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM durable_runs").fetchone()[0] == 0
    engine.close()
