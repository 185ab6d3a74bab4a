"""A producer with no client library continues a trace on MariaDB/MySQL: SET
@durable_traceparent around its enqueues (PostgreSQL's SET LOCAL durable.traceparent;
tests/test_traceparent_sql.py).  The driver-level behaviour (meta, claim) is in
tests/conformance/test_traces_and_objectives.py."""

from __future__ import annotations

import json
from typing import Any

import pytest

pymysql = pytest.importorskip("pymysql")

from tests.mysql.test_engine_core import (  # noqa: E402
    claim,
    counts,
    db,  # noqa: F401  (fixture)
    define_job,
    enqueue,
    error_of,
    installed,  # noqa: F401  (fixture)
    one,
    rows,
    set_clock,
)

TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
OTHER = "00-11111111111111111111111111111111-2222222222222222-00"
ENQUEUE_MANY = "CALL durable.enqueue_many('job', '[{}]', NULL, NULL, NULL, NULL, %s)"
ENQUEUE_OPTS = "SELECT durable.enqueue_opts('job', '{}', %s)"


@pytest.fixture
def ready(db: Any) -> Any:  # noqa: F811
    set_clock(db, "2030-01-01 00:00:00")
    define_job(db, "job")
    yield db
    one(db, "SET @durable_traceparent = NULL")


def traced(conn: Any, value: str | None) -> None:
    one(conn, "SET @durable_traceparent = %s", value)


def meta_of(conn: Any, run_id: int) -> Any:
    found = one(conn, "SELECT meta FROM durable.all_runs WHERE run_id = %s", run_id)
    return None if found is None else json.loads(found)


def traceparent_of(conn: Any, run_id: int) -> Any:
    return one(
        conn,
        "SELECT JSON_VALUE(meta, '$.traceparent') FROM durable.all_runs WHERE run_id = %s",
        run_id,
    )


def test_the_session_traceparent_is_stored_by_every_enqueue(ready: Any) -> None:
    traced(ready, TRACE)
    one_id = enqueue(ready, "job", meta={"who": 1})
    many = rows(ready, ENQUEUE_MANY, None)[0][0]
    opts = one(ready, ENQUEUE_OPTS, '{"priority": 2}')
    traced(ready, None)  # as a producer does once it has enqueued
    after = enqueue(ready, "job")
    assert meta_of(ready, one_id) == {"who": 1, "traceparent": TRACE}
    assert [traceparent_of(ready, i) for i in (many, opts, after)] == [TRACE, TRACE, None]
    assert meta_of(ready, after) is None  # no meta at all, as without the variable
    claimed = {r[0]: r[-1] for r in claim(ready, "w", None, 10)}
    assert claimed == {one_id: TRACE, many: TRACE, opts: TRACE, after: None}


def test_a_traceparent_in_meta_wins_over_the_session(ready: Any) -> None:
    traced(ready, TRACE)
    given = json.dumps({"traceparent": OTHER})
    one_id = enqueue(ready, "job", meta={"traceparent": OTHER})
    many = rows(ready, ENQUEUE_MANY, given)[0][0]
    opts = one(ready, ENQUEUE_OPTS, json.dumps({"meta": {"traceparent": OTHER}}))
    assert [traceparent_of(ready, i) for i in (one_id, many, opts)] == [OTHER] * 3


@pytest.mark.parametrize(
    "bad",
    [
        "garbage",
        TRACE.upper(),
        TRACE + "-extra",
        TRACE + "\n",
        "00-" + "0" * 32 + "-b7ad6b7169203331-01",
        "ff" + TRACE[2:],
        "0",
    ],
)
def test_a_malformed_session_traceparent_is_ds001_and_nothing_is_written(
    ready: Any, bad: str
) -> None:
    traced(ready, bad)
    before = counts(ready)
    for sql, args in (
        ("SELECT durable.enqueue('job', NULL" + ", NULL" * 10 + ")", ()),
        (ENQUEUE_MANY, (None,)),
        (ENQUEUE_OPTS, ("{}",)),
    ):
        state, message = error_of(ready, sql, *args)
        assert state == "DS001"
        assert message.startswith("traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got '")
        assert len(message) <= 128
    assert counts(ready) == before
    traced(ready, None)
    assert enqueue(ready, "job") == 1


def test_a_long_malformed_traceparent_is_named_within_128_characters(ready: Any) -> None:
    traced(ready, "x" * 300)
    _, message = error_of(ready, "SELECT durable.enqueue('job', NULL" + ", NULL" * 10 + ")")
    # PostgreSQL's text names the first 100 characters; cut to 127 and an ellipsis here.
    whole = "traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got '" + "x" * 100 + "'"
    assert message == whole[:127] + "…"


def test_a_malformed_traceparent_in_meta_is_refused_without_the_variable(ready: Any) -> None:
    state, message = error_of(
        ready,
        "SELECT durable.enqueue('job', NULL" + ", NULL" * 9 + ", %s)",
        json.dumps({"traceparent": 42}),
    )
    assert (state, message) == (
        "DS001",
        "traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got '42'",
    )


@pytest.mark.parametrize("none", [None, ""])
def test_null_or_empty_means_none(ready: Any, none: str | None) -> None:
    traced(ready, none)
    run_id = enqueue(ready, "job")
    many = rows(ready, ENQUEUE_MANY, '{"a": 1}')[0][0]
    assert meta_of(ready, run_id) is None
    assert meta_of(ready, many) == {"a": 1}
