"""The dashboard's reads on SQLite with hostile search terms: an args/meta key is the
member's exact name (json_each's key, never a JSON path), so quotes, dots, ``$``,
brackets, backslashes, NULs and any unicode find exactly the member of that name, or
nothing; no search writes anything, and a bad call fails with the engine's error."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from durablesql import driver as drivers
from durablesql.driver import ConnectOptions, Driver, NewRun, RunSearch
from durablesql.driver.interface import Operations
from durablesql.errors import DurableError
from tests.conformance.conftest import job
from tests.sqlite.test_hostile_sqlite import dump

# Keys a JSON path would read as something else, and values likewise.
HOSTILE_KEYS = [
    "a.b", 'a"b', '"', "$", "$.a", "a[0]", "[0]", "*", "'; DROP TABLE durable_runs; --",
    "a\\b", "\\u0061", "ü", "日本", "🙂", "", " ", "a\x00b", "\t\n", "a" * 600,
]  # fmt: skip
HOSTILE_VALUES = ["x'y", 'x"y', "17", "1e3", "null", "true", "ü \\ 🙂", "", "a\x00b"]


def file_of(sqlite_dsn: str) -> Path:
    return Path(sqlite_dsn.removeprefix("sqlite:///"))


def snapshot(sqlite_dsn: str) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(file_of(sqlite_dsn))
    try:
        return dump(conn)
    finally:
        conn.close()


async def ids(d: Driver, **fields: object) -> list[int]:
    return [r.run_id for r in await d.search_runs(RunSearch(**fields))]  # type: ignore[arg-type]


async def test_each_hostile_key_finds_exactly_its_own_member(
    sqlite_driver: Driver, sqlite_dsn: str
) -> None:
    await sqlite_driver.define_jobs([job()])
    made = {}
    for n, key in enumerate(HOSTILE_KEYS):
        args = json.dumps({key: f"v{n}", "a": {"b": "nested"}, "other": n})
        made[key] = await sqlite_driver.enqueue(NewRun("job", args, meta=json.dumps({key: n})))
    before = snapshot(sqlite_dsn)
    for n, key in enumerate(HOSTILE_KEYS):
        assert await ids(sqlite_driver, args=((key, f"v{n}"),)) == [made[key]], repr(key)
        assert await ids(sqlite_driver, meta=((key, str(n)),)) == [made[key]], repr(key)
        assert await ids(sqlite_driver, args=((key, f"v{n + 1}"),)) == [], repr(key)
    # a path is only a name: "a.b" is not the member b of a, "$" not the document
    assert await ids(sqlite_driver, args=(("a.b", "nested"),)) == []
    assert await ids(sqlite_driver, args=(("$.other", "0"),)) == []
    assert snapshot(sqlite_dsn) == before


async def test_values_match_as_text(sqlite_driver: Driver) -> None:
    await sqlite_driver.define_jobs([job()])
    run = await sqlite_driver.enqueue(
        NewRun("job", json.dumps({"n": 17, "f": 1.5, "t": True, "z": None, "o": {"k": [1]}}))
    )
    for key, value in [("n", "17"), ("f", "1.5"), ("t", "true"), ("o", '{"k":[1]}')]:
        assert await ids(sqlite_driver, args=((key, value),)) == [run], key
    assert await ids(sqlite_driver, args=(("z", "null"),)) == []  # JSON null: no text
    assert await ids(sqlite_driver, args=(("t", "1"),)) == []
    assert await ids(sqlite_driver, args=(("n", "17"), ("n", "18"))) == []  # all must match


@settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    key=st.one_of(st.sampled_from(HOSTILE_KEYS), st.text(max_size=40)),
    value=st.one_of(st.sampled_from(HOSTILE_VALUES), st.text(max_size=40)),
    text=st.one_of(st.none(), st.text(max_size=40)),
)
def test_any_search_term_reads_and_writes_nothing(
    sqlite_dsn: str, key: str, value: str, text: str | None
) -> None:
    async def search() -> None:
        db = await drivers.connect(sqlite_dsn, ConnectOptions(single=True))
        try:
            found = await db.search_runs(
                RunSearch(
                    status=text, job_name=text, queue=text, tag=text, worker=text,
                    args=((key, value),), meta=((value, key),),
                )
            )  # fmt: skip
            assert found == []  # the installed file holds no runs
        finally:
            await db.close()

    before = snapshot(sqlite_dsn)
    asyncio.run(search())
    assert snapshot(sqlite_dsn) == before


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"max_runs": 0}, "max_runs must be between 1 and 10000"),
        ({"max_runs": 10**6}, "max_runs must be between 1 and 10000"),
    ],
)
async def test_bad_searches_fail_clearly(
    sqlite_driver: Driver, sqlite_dsn: str, fields: dict[str, object], says: str
) -> None:
    before = snapshot(sqlite_dsn)
    with pytest.raises(DurableError, match=says):
        await sqlite_driver.search_runs(RunSearch(**fields))  # type: ignore[arg-type]
    assert snapshot(sqlite_dsn) == before


@pytest.mark.parametrize(
    ("window", "buckets", "says"),
    [
        (timedelta(0), 12, "window_ms must be between 1"),
        (timedelta(hours=-1), 12, "window_ms must be between 1"),
        (timedelta(hours=1), 0, "buckets must be between 1 and 10000"),
    ],
)
async def test_bad_outcome_windows_fail_clearly(
    sqlite_driver: Driver, window: timedelta, buckets: int, says: str
) -> None:
    with pytest.raises(DurableError, match=says):
        await sqlite_driver.outcome_counts(window, buckets)


async def test_every_operation_is_allowed_and_nothing_else(sqlite_driver: Driver) -> None:
    every = sorted(Operations.__abstractmethods__)
    assert await sqlite_driver.may_execute([*every, "drop_everything", "", "CANCEL"]) == set(every)
    assert await sqlite_driver.may_execute(["cancel", "cancel"]) == {"cancel"}
