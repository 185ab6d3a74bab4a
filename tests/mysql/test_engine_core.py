"""The MariaDB/MySQL engine (sql/mysql/schema.sql), called directly in SQL.

Each test starts from an empty engine: the schema is installed once per
module (dropping any `durable` database on the server), and the tables are
emptied before every test.  The server is DURABLESQL_TEST_MYSQL_DSN
(default mysql://root@127.0.0.1:3306/test); the tests skip when none answers.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

from tests.mysql.sqlfile import split

pymysql = pytest.importorskip("pymysql")

SCHEMA = pathlib.Path(__file__).resolve().parents[2] / "sql" / "mysql" / "schema.sql"
TABLES = (
    "runs",
    "run_history",
    "dependencies",
    "run_logs",
    "run_errors",
    "workers",
    "jobs",
    "queues",
    "locks",
)


def connect_args() -> dict[str, Any]:
    dsn = os.environ.get("DURABLESQL_TEST_MYSQL_DSN", "mysql://root@127.0.0.1:3306/test")
    u = urllib.parse.urlsplit(dsn)
    return {
        "host": u.hostname or "127.0.0.1",
        "port": u.port or 3306,
        "user": urllib.parse.unquote(u.username or "root"),
        "password": urllib.parse.unquote(u.password or ""),
        "charset": "utf8mb4",
        "autocommit": True,
        "init_command": "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED",
    }


def connect() -> Any:
    return pymysql.connect(**connect_args())


def statements(text: str) -> Iterator[str]:
    """The statements of an install file, as the mariadb client splits them."""
    yield from split(text)


def install(conn: Any) -> None:
    with conn.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS durable")
        for stmt in statements(SCHEMA.read_text()):
            cur.execute(stmt)
        # The install set these for its own routines; the tests use defaults.
        cur.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")


@pytest.fixture(scope="module")
def installed() -> None:
    try:
        conn = connect()
    except pymysql.err.OperationalError as exc:
        pytest.skip(f"no MariaDB/MySQL server answers at DURABLESQL_TEST_MYSQL_DSN: {exc}")
    install(conn)
    conn.close()


@pytest.fixture
def db(installed: None) -> Iterator[Any]:
    conn = connect()
    with conn.cursor() as cur:
        for table in TABLES:
            cur.execute(f"DELETE FROM durable.{table}")
        for table in ("runs", "run_logs"):
            cur.execute(f"ALTER TABLE durable.{table} AUTO_INCREMENT = 1")
        cur.execute("INSERT INTO durable.locks (kind, name) VALUES ('sweep', 'retention')")
        cur.execute("SET @durable_fake_now = NULL")
    yield conn
    conn.close()


# --- helpers ----------------------------------------------------------------


def one(conn: Any, sql: str, *args: Any) -> Any:
    with conn.cursor() as cur:
        cur.execute(sql, args or None)
        row = cur.fetchone()
        while cur.nextset():
            pass
    return None if row is None else row[0]


def rows(conn: Any, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with conn.cursor() as cur:
        cur.execute(sql, args or None)
        out = list(cur.fetchall())
        while cur.nextset():
            pass
    return out


def define_job(conn: Any, name: str, **kw: Any) -> None:
    keys = [
        "queue",
        "max_attempts",
        "retry_behavior",
        "retry_delay",
        "retry_max_delay",
        "retry_jitter",
        "timeout",
        "priority",
        "concurrency_limit",
        "keep_succeeded",
    ]
    one(
        conn,
        "SELECT durable.define_job(%s" + ", %s" * len(keys) + ")",
        name,
        *[kw.get(k) for k in keys],
    )


ENQUEUE_KEYS = [
    "queue",
    "run_at",
    "priority",
    "max_attempts",
    "unique_key",
    "concurrency_key",
    "depends_on",
    "tags",
    "timeout",
    "meta",
]


def enqueue(conn: Any, job: str, args: Any = None, **kw: Any) -> int:
    values = []
    for k in ENQUEUE_KEYS:
        v = kw.get(k)
        if k in ("depends_on", "tags", "meta") and v is not None:
            v = json.dumps(v)
        values.append(v)
    a = None if args is None else (args if isinstance(args, str) else json.dumps(args))
    return int(one(conn, "SELECT durable.enqueue(%s, %s" + ", %s" * 10 + ")", job, a, *values))


def claim(
    conn: Any,
    worker: str = "w1",
    queues: list[str] | None = None,
    max_runs: int | None = 10,
    lease: float | None = 30,
    strategy: str | None = None,
) -> list[tuple[Any, ...]]:
    q = None if queues is None else json.dumps(queues)
    return rows(
        conn, "CALL durable.claim(%s, %s, %s, %s, %s)", worker, q, max_runs, lease, strategy
    )


def claim_ids(conn: Any, *a: Any, **kw: Any) -> list[int]:
    return [r[0] for r in claim(conn, *a, **kw)]


def complete(conn: Any, worker: str, ids: list[int], results: list[Any] | None = None) -> int:
    r = None if results is None else json.dumps(results)
    return int(one(conn, "SELECT durable.complete(%s, %s, %s)", worker, json.dumps(ids), r))


def status(conn: Any, run_id: int) -> Any:
    return one(conn, "SELECT status FROM durable.all_runs WHERE run_id = %s", run_id)


def set_clock(conn: Any, at: str | None) -> None:
    one(conn, "SET @durable_fake_now = %s", at)


def error_of(conn: Any, sql: str, *args: Any) -> tuple[str, str]:
    """(SQLSTATE, message) of the error a statement raises."""
    with pytest.raises(pymysql.err.MySQLError) as info:
        rows(conn, sql, *args)
    assert info.value.args[0] == 1644, info.value.args
    # The error is not always condition 1: notes come before it (calling a
    # routine named like a native function, such as durable.log) and, on
    # MariaDB 10.11, after it (the routines' stack).  GET DIAGNOSTICS leaves
    # the diagnostics area alone; any other statement, or asking for a
    # condition past the last, replaces it.
    found: list[tuple[str, int]] = []
    with conn.cursor() as cur:
        cur.execute("GET DIAGNOSTICS @n = NUMBER")
        for i in range(1, 21):
            cur.execute(
                f"GET DIAGNOSTICS CONDITION {i} @s{i} = RETURNED_SQLSTATE, @e{i} = MYSQL_ERRNO"
            )
        cur.execute("SELECT @n")
        n = int(cur.fetchone()[0])
        for j in range(1, min(n, 20) + 1):
            cur.execute(f"SELECT @s{j}, @e{j}")
            s, e = cur.fetchone()
            found.append((str(s), int(e)))
    state = next(s for s, e in found if e == 1644)
    return state, str(info.value.args[1])


def counts(conn: Any) -> tuple[int, ...]:
    return tuple(int(one(conn, f"SELECT COUNT(*) FROM durable.{t}")) for t in TABLES)


# --- install ----------------------------------------------------------------


def test_install_records_the_postgresql_version(db: Any) -> None:
    # The port keeps PostgreSQL's migration numbers and names.
    newest = max(p.stem for p in (SCHEMA.parents[1] / "postgres" / "migrations").glob("[0-9]*.sql"))
    assert newest == "0017_attempt_errors"
    assert one(db, "SELECT durable.schema_version()") == newest
    assert one(db, "SELECT MAX(version) FROM durable.migrations") == int(newest[:4])
    assert one(db, "SELECT JSON_VALUE(durable.limits(), '$.max_name_length')") == "128"
    collation = one(
        db,
        "SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
        " WHERE SCHEMA_NAME = 'durable'",
    )
    assert collation == "utf8mb4_bin"


def test_a_second_install_fails_without_changing_anything(db: Any) -> None:
    define_job(db, "j")
    with pytest.raises(pymysql.err.MySQLError), db.cursor() as cur:
        for stmt in statements(SCHEMA.read_text()):
            cur.execute(stmt)
    assert one(db, "SELECT COUNT(*) FROM durable.jobs") == 1


# --- claim order and strategies ---------------------------------------------


def test_claim_order_priority_then_run_at_then_id(db: Any) -> None:
    define_job(db, "j")
    set_clock(db, "2030-01-01 00:00:00")
    a = enqueue(db, "j", run_at="2029-12-31 00:00:02")
    b = enqueue(db, "j", run_at="2029-12-31 00:00:01")
    c = enqueue(db, "j", priority=5, run_at="2029-12-31 00:00:03")
    d = enqueue(db, "j", run_at="2029-12-31 00:00:01")
    later = enqueue(db, "j", run_at="2030-01-01 00:00:01")
    got = claim(db, max_runs=10)
    assert [r[0] for r in got] == [c, b, d, a]
    assert all(r[4] == 1 for r in got)  # attempt
    assert status(db, later) == "pending"


def test_strict_fills_from_the_first_queue_and_paused_queues_give_nothing(db: Any) -> None:
    define_job(db, "a", queue="qa")
    define_job(db, "b", queue="qb")
    b_ids = [enqueue(db, "b") for _ in range(3)]
    a_ids = [enqueue(db, "a") for _ in range(2)]
    got = claim_ids(db, queues=["qa", "qb"], max_runs=3, strategy="strict")
    assert got == a_ids + b_ids[:1]
    one(db, "SELECT durable.pause_queue('qb')")
    assert claim_ids(db, queues=["qb"]) == []
    one(db, "SELECT durable.resume_queue('qb')")
    assert claim_ids(db, queues=["qb"]) == b_ids[1:]


def test_weighted_gives_every_queue_a_share(db: Any) -> None:
    define_job(db, "a", queue="qa")
    define_job(db, "b", queue="qb")
    one(db, "SELECT durable.set_queue('qa', NULL, 3, NULL)")
    for _ in range(200):
        enqueue(db, "a")
        enqueue(db, "b")
    got = claim(db, queues=["qa", "qb"], max_runs=100, strategy="weighted")
    share_a = sum(1 for r in got if r[2] == "qa")
    assert len(got) == 100
    assert 60 <= share_a <= 90  # expected 75


def test_priority_across_queues(db: Any) -> None:
    define_job(db, "a", queue="qa")
    define_job(db, "b", queue="qb")
    low = enqueue(db, "a")
    high = enqueue(db, "b", priority=9)
    assert claim_ids(db, queues=["qa", "qb"], max_runs=1) == [high]
    assert claim_ids(db, max_runs=5) == [low]


def empty(conn: Any) -> None:
    """Back to the installed state, as the db fixture leaves it."""
    with conn.cursor() as cur:
        for table in TABLES:
            cur.execute(f"DELETE FROM durable.{table}")
        for table in ("runs", "run_logs"):
            cur.execute(f"ALTER TABLE durable.{table} AUTO_INCREMENT = 1")
        cur.execute("INSERT INTO durable.locks (kind, name) VALUES ('sweep', 'retention')")
        cur.execute("SET @durable_fake_now = NULL")


def expired_and_pending(conn: Any, variant: str) -> dict[str, int]:
    """Runs a1..a3 (queue qa), b1..b3 (qb), priorities a2 = a3 = 5, b1 = 3,
    b3 = 1, a1 = b2 = 0, all due at the same time; a2 and b1 leased by w1
    with leases that have run out, the others pending.  variant: 'plain',
    'queue_limit' (qa: 2, so one more may start), 'job_limit' (job a: 2) or
    'keyed' (b2 and b3 share a concurrency key)."""
    define_job(conn, "a", queue="qa", concurrency_limit=2 if variant == "job_limit" else None)
    define_job(conn, "b", queue="qb")
    if variant == "queue_limit":
        one(conn, "SELECT durable.set_queue('qa', NULL, NULL, 2)")
    key = "k" if variant == "keyed" else None
    set_clock(conn, "2030-01-01 00:00:00")
    ids = {
        "a1": enqueue(conn, "a"),
        "a2": enqueue(conn, "a", priority=5),
        "b1": enqueue(conn, "b", priority=3),
        "b2": enqueue(conn, "b", concurrency_key=key),
    }
    assert claim_ids(conn, "w1", max_runs=2, lease=10) == [ids["a2"], ids["b1"]]
    ids["a3"] = enqueue(conn, "a", priority=5)
    ids["b3"] = enqueue(conn, "b", priority=1, concurrency_key=key)
    set_clock(conn, "2030-01-01 00:00:20")
    return ids


@pytest.mark.parametrize("variant", ["plain", "queue_limit", "job_limit", "keyed"])
@pytest.mark.parametrize("strategy", ["priority", "strict", "weighted"])
@pytest.mark.parametrize("queues", [["qb", "qa"], ["qa"]], ids=["two_queues", "one_queue"])
def test_a_claim_takes_at_most_max_runs_of_expired_and_pending_runs_in_claim_order(
    db: Any, variant: str, strategy: str, queues: list[str]
) -> None:
    # Expired leases and pending runs merged in claim order (higher priority,
    # earlier run_at, lower id), then cut to max_runs, as on PostgreSQL.
    if queues == ["qa"]:
        scanned = ["a2", "a3", "a1"]  # what the scans find, in claim order
    elif strategy == "strict":
        scanned = ["b1", "b3", "b2", "a2", "a3", "a1"]
    else:
        scanned = ["a2", "a3", "b1", "b3", "a1", "b2"]
    allowed = {  # what may be leased
        "plain": set(scanned),
        "queue_limit": set(scanned) - {"a1"},
        "job_limit": set(scanned) - {"a1"},
        "keyed": set(scanned) - {"b2"},
    }[variant]
    if variant == "queue_limit":
        scanned = [x for x in scanned if x != "a1"]  # capped before the scan
    for n in (1, 3, 10):
        empty(db)
        ids = expired_and_pending(db, variant)
        name = {v: k for k, v in ids.items()}
        got = [name[i] for i in claim_ids(db, "w2", queues=queues, max_runs=n, strategy=strategy)]
        assert len(got) <= n, (n, got)
        assert len(set(got)) == len(got), got
        assert set(got) <= allowed, (n, got)
        if strategy != "weighted":
            # One round: a run dropped for its key or its job's limit is not
            # replaced in this claim (PostgreSQL looks again).
            assert got == [x for x in scanned[:n] if x in allowed], (n, got)
        else:
            assert got == sorted(got, key=scanned.index), (n, got)
            for q in ("a", "b"):  # each queue's share is its head
                mine = [x for x in got if x[0] == q]
                assert mine == [x for x in scanned if x[0] == q and x in allowed][: len(mine)]
            if variant in ("plain", "queue_limit"):
                assert len(got) == min(n, len(scanned)), (n, got)
        # Whatever was taken is leased by w2 now, the rest untouched.
        for key, run_id in ids.items():
            held = one(db, "SELECT worker FROM durable.runs WHERE run_id = %s", run_id)
            if key in got:
                assert held == "w2"
            else:
                assert held == ("w1" if key in ("a2", "b1") else None), (n, key, got)


# --- limits and keys ----------------------------------------------------------


def test_queue_and_job_limits_and_one_leased_run_per_key(db: Any) -> None:
    define_job(db, "q", queue="limited")
    one(db, "SELECT durable.set_queue('limited', NULL, NULL, 2)")
    define_job(db, "j", concurrency_limit=3)
    define_job(db, "k")
    q_ids = [enqueue(db, "q") for _ in range(5)]
    j_ids = [enqueue(db, "j") for _ in range(5)]
    k_ids = [enqueue(db, "k", concurrency_key=f"key{i % 2}") for i in range(6)]
    got = claim_ids(db, max_runs=100)
    assert len([i for i in got if i in q_ids]) == 2
    assert len([i for i in got if i in j_ids]) == 3
    assert sorted(i for i in got if i in k_ids) == k_ids[:2]
    assert claim_ids(db, "w2", max_runs=100) == []
    # Completing frees the slots, in claim order.
    assert complete(db, "w1", got) == len(got)
    got2 = claim_ids(db, "w2", max_runs=100)
    assert len([i for i in got2 if i in q_ids]) == 2
    assert sorted(i for i in got2 if i in k_ids) == k_ids[2:4]
    # The limit is removed with 0.
    one(db, "SELECT durable.set_queue('limited', NULL, NULL, 0)")
    assert len([i for i in claim_ids(db, "w3", max_runs=100) if i in q_ids]) == 1


# --- retries, leases and the fake clock ---------------------------------------


def test_fixed_and_backoff_retry_delays_with_clamp(db: Any) -> None:
    define_job(db, "fixed", max_attempts=3, retry_delay=10)
    define_job(
        db, "backoff", max_attempts=5, retry_behavior="backoff", retry_delay=10, retry_max_delay=25
    )
    set_clock(db, "2030-01-01 00:00:00")
    f = enqueue(db, "fixed")
    b = enqueue(db, "backoff")
    assert sorted(claim_ids(db)) == [f, b]
    assert one(db, "SELECT durable.fail('w1', %s, 'oops', NULL)", f) == "pending"
    assert one(db, "SELECT durable.fail('w1', %s, 'oops', NULL)", b) == "pending"
    assert (
        str(one(db, "SELECT run_at FROM durable.runs WHERE run_id = %s", f))
        == "2030-01-01 00:00:10"
    )
    assert (
        str(one(db, "SELECT run_at FROM durable.runs WHERE run_id = %s", b))
        == "2030-01-01 00:00:10"
    )
    assert claim_ids(db) == []
    set_clock(db, "2030-01-01 00:00:10")
    assert sorted(claim_ids(db)) == [f, b]
    one(db, "SELECT durable.fail('w1', %s, 'oops', NULL)", b)  # attempt 2: 20 s
    assert (
        str(one(db, "SELECT run_at FROM durable.runs WHERE run_id = %s", b))
        == "2030-01-01 00:00:30"
    )
    set_clock(db, "2030-01-01 00:00:30")
    assert b in claim_ids(db)
    one(db, "SELECT durable.fail('w1', %s, 'oops', NULL)", b)  # attempt 3: 40 s, clamped to 25
    assert (
        str(one(db, "SELECT run_at FROM durable.runs WHERE run_id = %s", b))
        == "2030-01-01 00:00:55"
    )
    # Not retryable: failed at once; the error is kept.
    assert one(db, "SELECT durable.fail('w1', %s, 'fatal', FALSE)", f) == "failed"
    assert rows(db, "SELECT status, error, attempt FROM durable.all_runs WHERE run_id = %s", f) == [
        ("failed", "fatal", 2)
    ]
    # Someone else's run: NULL, nothing changes.
    assert one(db, "SELECT durable.fail('intruder', %s, 'x', NULL)", b) is None


def test_expired_leases_are_reclaimed_and_spent_ones_fail(db: Any) -> None:
    define_job(db, "j", max_attempts=2)
    set_clock(db, "2030-01-01 00:00:00")
    r = enqueue(db, "j")
    assert claim_ids(db, "w1", lease=10) == [r]
    set_clock(db, "2030-01-01 00:00:05")
    assert claim_ids(db, "w2") == []
    # heartbeat extends an expired lease nobody took
    set_clock(db, "2030-01-01 00:00:11")
    assert rows(db, "CALL durable.heartbeat('w1', %s, 10)", json.dumps([r])) == [(r,)]
    set_clock(db, "2030-01-01 00:00:22")
    got = claim(db, "w2", lease=10)
    assert [(x[0], x[4]) for x in got] == [(r, 2)]
    assert rows(db, "CALL durable.heartbeat('w1', %s, 10)", json.dumps([r])) == []
    assert complete(db, "w1", [r]) == 0
    set_clock(db, "2030-01-01 00:01:00")
    assert claim_ids(db, "w3") == []
    assert rows(db, "SELECT status, error FROM durable.all_runs WHERE run_id = %s", r) == [
        ("failed", "lease expired on attempt 2 of 2: worker w2 did not finish or heartbeat")
    ]


# --- cancel, retry, release -------------------------------------------------


def test_cancel_pending_and_leased_runs(db: Any) -> None:
    define_job(db, "j")
    p = enqueue(db, "j")
    assert one(db, "SELECT durable.cancel(%s)", p) == 1
    assert rows(db, "SELECT status, error FROM durable.all_runs WHERE run_id = %s", p) == [
        ("cancelled", "cancelled by durable.cancel()")
    ]
    assert one(db, "SELECT durable.cancel(%s)", p) == 0
    s, m = error_of(db, "SELECT durable.cancel(424242)")
    assert (s, m) == ("DS004", "unknown run 424242")

    leased = enqueue(db, "j")
    other = enqueue(db, "j")
    assert claim_ids(db) == [leased, other]
    assert one(db, "SELECT durable.cancel(%s)", leased) == 1
    assert rows(db, "CALL durable.heartbeat('w1', %s, 30)", json.dumps([leased, other])) == [
        (other,)
    ]
    assert one(db, "SELECT durable.fail('w1', %s, 'stopped', NULL)", leased) == "cancelled"
    assert status(db, leased) == "cancelled"
    # retry puts the same id back; a live run cannot be retried
    assert one(db, "SELECT durable.retry(%s)", leased) == leased
    assert rows(db, "SELECT status, attempt FROM durable.runs WHERE run_id = %s", leased) == [
        ("pending", 0)
    ]
    assert error_of(db, "SELECT durable.retry(%s)", leased) == (
        "DS005",
        f"run {leased} is pending; only failed or cancelled runs can be retried",
    )
    # release gives the attempt back
    assert one(db, "SELECT durable.`release`('w1', %s)", json.dumps([other])) == 1
    assert rows(db, "SELECT status, attempt FROM durable.runs WHERE run_id = %s", other) == [
        ("pending", 0)
    ]


def test_a_cancelled_leased_run_whose_worker_vanished_ends_cancelled(db: Any) -> None:
    define_job(db, "j")
    set_clock(db, "2030-01-01 00:00:00")
    r = enqueue(db, "j")
    claim_ids(db, lease=5)
    one(db, "SELECT durable.cancel(%s)", r)
    set_clock(db, "2030-01-01 00:00:06")
    assert claim_ids(db, "w2") == []
    assert rows(db, "SELECT status, error FROM durable.all_runs WHERE run_id = %s", r) == [
        ("cancelled", "cancelled; worker w1 did not stop the handler before its lease expired")
    ]


# --- dependencies ------------------------------------------------------------


def test_dependencies_wait_release_and_cascade(db: Any) -> None:
    define_job(db, "j", max_attempts=1)
    p1 = enqueue(db, "j")
    p2 = enqueue(db, "j")
    child = enqueue(db, "j", depends_on=[p1, p2])
    grandchild = enqueue(db, "j", depends_on=[child])
    assert status(db, child) == "waiting"
    assert claim_ids(db, max_runs=10) == [p1, p2]
    complete(db, "w1", [p1])
    assert rows(db, "SELECT status, waiting_on FROM durable.runs WHERE run_id = %s", child) == [
        ("waiting", 1)
    ]
    complete(db, "w1", [p2])
    assert status(db, child) == "pending"
    assert claim_ids(db) == [child]
    assert one(db, "SELECT durable.fail('w1', %s, 'broken', NULL)", child) == "failed"
    assert rows(db, "SELECT status, error FROM durable.all_runs WHERE run_id = %s", grandchild) == [
        ("cancelled", f"dependency {child} failed")
    ]
    tree = rows(db, "CALL durable.dependency_tree(%s)", child)
    assert [(r[0], r[1]) for r in tree] == [(p1, -1), (p2, -1), (child, 0), (grandchild, 1)]
    # A child of a failed parent is cancelled at once; an unknown parent is DS004.
    late = enqueue(db, "j", depends_on=[child])
    assert rows(db, "SELECT status, error FROM durable.all_runs WHERE run_id = %s", late) == [
        ("cancelled", f"dependency {child} failed")
    ]
    before = counts(db)
    assert error_of(
        db,
        "SELECT durable.enqueue('j', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '[999999]',"
        " NULL, NULL, NULL)",
    ) == ("DS004", "unknown run 999999 in depends_on")
    assert counts(db) == before


# --- keep_succeeded, unique keys, results -------------------------------------


def test_keep_succeeded_false_deletes_succeeded_runs_only(db: Any) -> None:
    define_job(db, "gone", keep_succeeded=False, max_attempts=1)
    a, b = enqueue(db, "gone"), enqueue(db, "gone")
    claim_ids(db)
    assert complete(db, "w1", [a], [{"x": 1}]) == 1
    one(db, "SELECT durable.fail('w1', %s, 'no', NULL)", b)
    assert status(db, a) is None
    assert status(db, b) == "failed"


def test_unique_key_returns_the_live_run_and_results_are_kept(db: Any) -> None:
    define_job(db, "j")
    a = enqueue(db, "j", unique_key="u")
    assert enqueue(db, "j", unique_key="u") == a
    assert one(db, "SELECT COUNT(*) FROM durable.runs") == 1
    claim_ids(db)
    assert complete(db, "w1", [a, a], [{"ok": True}, {"ignored": 1}]) == 1
    assert json.loads(one(db, "SELECT result FROM durable.all_runs WHERE run_id = %s", a)) == {
        "ok": True
    }
    assert enqueue(db, "j", unique_key="u") != a  # the key is free once the run ended


def test_enqueue_many_and_enqueue_opts(db: Any) -> None:
    define_job(db, "j")
    ids = [
        r[0]
        for r in rows(
            db,
            "CALL durable.enqueue_many('j', %s, 'other', NULL, 3, '[\"t\"]', NULL)",
            json.dumps([{"n": i} for i in range(5)]),
        )
    ]
    assert ids == sorted(ids) and len(ids) == 5
    got = rows(
        db,
        "SELECT run_id, JSON_VALUE(args, '$.n'), queue, priority FROM durable.runs ORDER BY run_id",
    )
    assert [(g[1], g[2], g[3]) for g in got] == [(str(i), "other", 3) for i in range(5)]
    r = one(
        db,
        "SELECT durable.enqueue_opts('j', '{}', %s)",
        json.dumps(
            {
                "queue": "q9",
                "priority": 4,
                "unique_key": "uk",
                "run_at": "2030-01-01T00:00:00Z",
                "tags": ["a"],
                "timeout": 1.5,
                "meta": {"m": 1},
                "depends_on": None,
            }
        ),
    )
    assert rows(
        db,
        "SELECT queue, priority, unique_key, run_at, timeout FROM durable.runs WHERE run_id = %s",
        r,
    )[0][:3] == ("q9", 4, "uk")


# --- enqueue_opts (tests/test_enqueue.py's, on MariaDB/MySQL) ------------------


def define_send_email(conn: Any) -> None:
    """As tests/test_enqueue.py's `ready`: send-email on queue emails, priority 3."""
    define_job(conn, "send-email", queue="emails", priority=3)
    set_clock(conn, "2030-01-01 00:00:00")


def test_enqueue_opts_takes_every_option_as_a_json_key(db: Any) -> None:
    define_send_email(db)
    parent = enqueue(db, "send-email")
    options = {
        "queue": "other",
        "run_at": "2030-01-01T00:05:00",  # no offset: UTC
        "priority": 9,
        "max_attempts": 2,
        "unique_key": "u1",
        "concurrency_key": "c1",
        "depends_on": [parent],
        "tags": ["a", "b"],
        "timeout": 1.5,
        "meta": {"who": "go-service"},
    }
    run_id = one(
        db,
        "SELECT durable.enqueue_opts('send-email', %s, %s)",
        json.dumps({"to": "a@b.c"}),
        json.dumps(options),
    )
    got = rows(
        db,
        "SELECT args, queue, priority, max_attempts, run_at, unique_key, concurrency_key,"
        " depends_on, status, tags, timeout, meta FROM durable.runs WHERE run_id = %s",
        run_id,
    )[0]
    assert json.loads(got[0]) == {"to": "a@b.c"}
    assert got[1:4] == ("other", 9, 2)
    assert str(got[4]) == "2030-01-01 00:05:00"
    assert got[5:7] == ("u1", "c1")
    assert json.loads(got[7]) == [parent] and got[8] == "waiting"
    assert json.loads(got[9]) == ["a", "b"] and got[10] == 1.5
    assert json.loads(got[11]) == {"who": "go-service"}
    # An offset is kept; JSON null and a missing key mean the job's defaults.
    later = one(
        db,
        "SELECT durable.enqueue_opts('send-email', '{}', "
        """'{"run_at": "2030-01-01T02:00:00+02:00", "priority": null}')""",
    )
    got = rows(db, "SELECT run_at, priority, queue FROM durable.runs WHERE run_id = %s", later)
    assert [(str(a), b, c) for a, b, c in got] == [("2030-01-01 00:00:00", 3, "emails")]
    assert one(db, "SELECT durable.enqueue_opts('send-email', NULL, NULL)") > later


@pytest.mark.parametrize(
    ("run_at", "utc"),
    [
        ("2030-01-01T12:00:00Z", "2030-01-01 12:00:00"),
        ("2030-01-01t12:00:00z", "2030-01-01 12:00:00"),
        ("2030-01-01 12:00:00", "2030-01-01 12:00:00"),
        ("2030-01-01T12:00", "2030-01-01 12:00:00"),
        ("2030-01-01", "2030-01-01 00:00:00"),
        ("2030-01-01T12:00:00+02:00", "2030-01-01 10:00:00"),
        ("2030-01-01T12:00:00-0530", "2030-01-01 17:30:00"),
        ("2030-01-01T12:00:00+05", "2030-01-01 07:00:00"),
        ("2030-01-01T01:00:00+02:00", "2029-12-31 23:00:00"),
        ("2030-01-01T12:00:00.1234567Z", "2030-01-01 12:00:00.123457"),
        ("2030-01-01T24:00:00", "2030-01-02 00:00:00"),
        ("20300101T120000Z", "2030-01-01 12:00:00"),
        (" 2030-01-01T12:00:00 +02:00 ", "2030-01-01 10:00:00"),
    ],
)
def test_enqueue_opts_takes_run_at_in_iso_8601_utc_or_with_an_offset(
    db: Any, run_at: str, utc: str
) -> None:
    define_send_email(db)
    sql = "SELECT durable.enqueue_opts('send-email', NULL, %s)"
    run_id = one(db, sql, json.dumps({"run_at": run_at}))
    got = one(db, "SELECT run_at FROM durable.runs WHERE run_id = %s", run_id)
    assert str(got).rstrip("0").rstrip(".") == utc.rstrip("0").rstrip(".")


def test_enqueue_opts_takes_integral_numbers_however_written(db: Any) -> None:
    define_send_email(db)
    parent = enqueue(db, "send-email")
    options = {"priority": 1e2, "max_attempts": 2.0, "depends_on": [float(parent)]}
    text = json.dumps(options).replace("100.0", "1e2")
    run_id = one(db, "SELECT durable.enqueue_opts('send-email', NULL, %s)", text)
    got = rows(
        db, "SELECT priority, max_attempts, depends_on FROM durable.runs WHERE run_id = %s", run_id
    )
    assert got[0][:2] == (100, 2) and json.loads(got[0][2]) == [parent]


UNKNOWN = (
    ": use queue, run_at, priority, max_attempts, unique_key, concurrency_key, depends_on,"
    " tags, timeout or meta"
)


def fitted(message: str) -> str:
    """PostgreSQL's text in MySQL's 128 characters (cut, with an ellipsis)."""
    return message if len(message) <= 128 else message[:127] + "…"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ('{"prio": 1}', fitted("unknown enqueue option 'prio'" + UNKNOWN)),
        ('{"it\'s": 1}', fitted("unknown enqueue option 'it''s'" + UNKNOWN)),
        ('{"' + "k" * 50 + '": 1}', fitted("unknown enqueue option '" + "k" * 40 + "'" + UNKNOWN)),
        ('{"Priority": 1}', fitted("unknown enqueue option 'Priority'" + UNKNOWN)),
        ('{"priority": "high"}', 'enqueue option priority must be an integer, got "high"'),
        ('{"priority": 1.5}', "enqueue option priority must be an integer, got 1.5"),
        ('{"priority": true}', "enqueue option priority must be an integer, got true"),
        ('{"priority": 2147483648}', "enqueue option priority must be an integer, got 2147483648"),
        (
            '{"max_attempts": 3000000000}',
            "enqueue option max_attempts must be an integer, got 3000000000",
        ),
        (
            '{"max_attempts": -2147483649}',
            "enqueue option max_attempts must be an integer, got -2147483649",
        ),
        ('{"queue": 7}', "enqueue option queue must be a string, got 7"),
        ('{"queue": ["q"]}', 'enqueue option queue must be a string, got ["q"]'),
        ('{"unique_key": false}', "enqueue option unique_key must be a string, got false"),
        ('{"concurrency_key": {}}', "enqueue option concurrency_key must be a string, got {}"),
        ('{"run_at": 5}', "enqueue option run_at must be a string, got 5"),
        ('{"tags": ["a", 1]}', 'enqueue option tags must be an array of strings, got ["a", 1]'),
        ('{"tags":["a",1]}', 'enqueue option tags must be an array of strings, got ["a", 1]'),
        ('{"tags": "a"}', 'enqueue option tags must be an array of strings, got "a"'),
        ('{"tags": [null]}', "enqueue option tags must be an array of strings, got [null]"),
        ('{"depends_on": [0]}', "enqueue option depends_on must be an array of integers, got [0]"),
        ('{"depends_on": "1"}', 'enqueue option depends_on must be an array of integers, got "1"'),
        (
            '{"depends_on": [1.5]}',
            "enqueue option depends_on must be an array of integers, got [1.5]",
        ),
        (
            '{"depends_on": ["1"]}',
            'enqueue option depends_on must be an array of integers, got ["1"]',
        ),
        (
            '{"depends_on": [9223372036854775808]}',
            "enqueue option depends_on must be an array of integers, got [9223372036854775808]",
        ),
        ('{"timeout": "30s"}', 'enqueue option timeout must be a number, got "30s"'),
        ('{"meta": [1]}', "enqueue option meta must be an object, got [1]"),
        ('{"meta": "x"}', 'enqueue option meta must be an object, got "x"'),
        (
            '{"priority": {"c":1,"a":2,"bb":[1,2]}}',
            'enqueue option priority must be an integer, got {"a": 2, "c": 1, "bb": [1, 2]}',
        ),
        (
            '{"priority": "' + "x" * 60 + '"}',
            'enqueue option priority must be an integer, got "' + "x" * 39,
        ),
        ('{"run_at": "soon"}', "enqueue option run_at must be an ISO 8601 time, got 'soon'"),
        ('{"run_at": ""}', "enqueue option run_at must be an ISO 8601 time, got ''"),
        ('{"run_at": "it\'s"}', "enqueue option run_at must be an ISO 8601 time, got 'it''s'"),
        (
            '{"run_at": "2030-02-30T00:00:00"}',
            "enqueue option run_at must be an ISO 8601 time, got '2030-02-30T00:00:00'",
        ),
        (
            '{"run_at": "2030-01-01T25:00:00"}',
            "enqueue option run_at must be an ISO 8601 time, got '2030-01-01T25:00:00'",
        ),
        (
            '{"run_at": "2030-01-01T00:00:00+16:00"}',
            "enqueue option run_at must be an ISO 8601 time, got '2030-01-01T00:00:00+16:00'",
        ),
        (
            '{"run_at": "' + "2" * 60 + '"}',
            "enqueue option run_at must be an ISO 8601 time, got '" + "2" * 40 + "'",
        ),
        # The first bad key in jsonb's order (shorter keys first) is named.
        ('{"priority": "x", "queue": 1}', "enqueue option queue must be a string, got 1"),
        ('{"priority": "x", "zzz": 1}', fitted("unknown enqueue option 'zzz'" + UNKNOWN)),
        ("[1]", "options must be a JSON object, got array"),
        ("null", "options must be a JSON object, got null"),
        ('"x"', "options must be a JSON object, got string"),
    ],
)
def test_enqueue_opts_rejects_unknown_keys_and_wrong_types_with_postgresqls_texts(
    db: Any, options: str, message: str
) -> None:
    define_send_email(db)
    before = counts(db)
    sql = "SELECT durable.enqueue_opts('send-email', '{}', %s)"
    assert error_of(db, sql, options) == ("DS001", message)
    assert counts(db) == before


def test_enqueue_opts_checks_what_enqueue_checks(db: Any) -> None:
    define_send_email(db)
    before = counts(db)
    sql = "SELECT durable.enqueue_opts(%s, '{}', %s)"
    assert error_of(db, sql, "send-email", '{"timeout": -1}')[0] == "DS001"
    assert error_of(db, sql, "nope", "{}") == (
        "DS003",
        "unknown job 'nope': define it with durable.define_job() first",
    )
    assert error_of(db, sql, "日本", "{}") == (
        "DS003",
        "unknown job '日本': define it with durable.define_job() first",
    )
    assert counts(db) == before


# --- hostile input -------------------------------------------------------------

NULLS11 = ", NULL" * 10


@pytest.mark.parametrize(
    ("sql", "code", "text"),
    [
        (
            "SELECT durable.define_job('', NULL" + ", NULL" * 9 + ")",
            "DS002",
            "job name must not be empty",
        ),
        (
            "SELECT durable.define_job(NULL, NULL" + ", NULL" * 9 + ")",
            "DS002",
            "job name must not be null",
        ),
        (
            "SELECT durable.define_job(CONCAT('a', CHAR(9), 'b'), NULL" + ", NULL" * 9 + ")",
            "DS002",
            "job name 'a\tb' contains a control character",
        ),
        (
            "SELECT durable.define_job(REPEAT('x', 200), NULL" + ", NULL" * 9 + ")",
            "DS002",
            "job name '" + "x" * 40 + "…' is 200 characters long; the limit is 128",
        ),
        (
            "SELECT durable.define_job('j', NULL, 0" + ", NULL" * 8 + ")",
            "DS001",
            "max_attempts must be between 1 and 10000, got 0",
        ),
        (
            "SELECT durable.define_job('j', NULL, NULL, 'linear'" + ", NULL" * 7 + ")",
            "DS001",
            "retry_behavior must be fixed or backoff, got 'linear'",
        ),
        (
            "SELECT durable.define_job('j', NULL, NULL, NULL, NULL, NULL, 2" + ", NULL" * 4 + ")",
            "DS001",
            "retry_jitter must be between 0 and 1, got 2",
        ),
        (
            "SELECT durable.enqueue('nope', NULL" + NULLS11 + ")",
            "DS003",
            "unknown job 'nope': define it with durable.define_job() first",
        ),
        (
            "SELECT durable.enqueue('日本 🚀', NULL" + NULLS11 + ")",
            "DS003",
            "unknown job '日本 ?': define it with durable.define_job() first",  # (utf8mb3)
        ),
        (
            "SELECT durable.enqueue('known', '[1, 2]'" + NULLS11 + ")",
            "DS001",
            "args must be a JSON object, got array",
        ),
        (
            "SELECT durable.enqueue('known', '\"s\"'" + NULLS11 + ")",
            "DS001",
            "args must be a JSON object, got string",
        ),
        (
            "SELECT durable.enqueue('known', NULL, NULL, NULL, NULL, 0" + ", NULL" * 6 + ")",
            "DS001",
            "max_attempts must be between 1 and 10000, got 0",
        ),
        (
            "SELECT durable.enqueue('known', NULL, 'bad\nqueue'" + ", NULL" * 9 + ")",
            "DS002",
            "queue name 'bad\nqueue' contains a control character",
        ),
        (
            "SELECT durable.enqueue('known', NULL, NULL, NULL, NULL, NULL, REPEAT('k', 600)"
            + ", NULL" * 5
            + ")",
            "DS002",
            "unique_key '" + "k" * 40 + "…' is 600 characters long; the limit is 512",
        ),
        (
            "SELECT durable.enqueue('known', NULL" + ", NULL" * 8 + ", -1, NULL)",
            "DS001",
            "timeout must be positive and at most 10 years, got -1",
        ),
        (
            "CALL durable.claim('w', NULL, 0, NULL, NULL)",
            "DS001",
            "max_runs must be between 1 and 10000, got 0",
        ),
        (
            "CALL durable.claim('w', NULL, NULL, NULL, 'random')",
            "DS001",
            "unknown claim strategy 'random': use priority, strict or weighted",
        ),
        (
            "CALL durable.claim('', NULL, NULL, NULL, NULL)",
            "DS002",
            "worker name must not be empty",
        ),
        (
            "CALL durable.claim('w', '[[\"a\"]]', NULL, NULL, NULL)",
            "DS001",
            "queues must be a one-dimensional array of queue names",
        ),
        (
            "SELECT durable.set_queue('q', NULL, 0, NULL)",
            "DS001",
            "weight must be between 1 and 1000000, got 0",
        ),
        (
            "SELECT durable.set_queue('q', NULL, NULL, -1)",
            "DS001",
            "concurrency_limit must be between 0 and 1000000, got -1",
        ),
        ("SELECT durable.pause_queue('nowhere')", "DS010", "unknown queue 'nowhere'"),
        (
            "SELECT durable.log('w', 1, 'loud', 'x')",
            "DS001",
            "log level must be debug, info, warning or error, got 'loud'",
        ),
        (
            "SELECT durable.set_progress('w', 1, 1.5, NULL)",
            "DS001",
            "progress must be between 0 and 1, got 1.5",
        ),
        ("SELECT durable.retry(31337)", "DS004", "unknown run 31337"),
        (
            "SELECT durable.prune(NULL, 0)",
            "DS001",
            "batch_size must be between 1 and 1000000, got 0",
        ),
        (
            "UPDATE durable.settings SET value = 'soon' WHERE name = 'retention'",
            "DS009",
            "invalid value 'soon' for setting 'retention'",
        ),
        (
            "INSERT INTO durable.settings VALUES ('colour', 'red', 'x')",
            "DS009",
            "unknown setting 'colour'",
        ),
        (
            "CALL durable.list_runs('lost', NULL, NULL, NULL, NULL, NULL)",
            "DS001",
            "unknown run status 'lost': use waiting, pending, leased, succeeded, failed"
            " or cancelled",
        ),
        # A value of 65,535 bytes (the most a TEXT argument holds), quoted in the
        # message: more than a TEXT holds (1406 inside the routine, before LONGTEXT).
        (
            "SELECT durable.pause_queue(REPEAT('x', 65535))",
            "DS010",
            ("unknown queue '" + "x" * 65535)[:128],
        ),
        (
            "SELECT durable.define_job('j', NULL, NULL, REPEAT(CHAR(39), 65535)"
            + ", NULL" * 7
            + ")",
            "DS001",
            ("retry_behavior must be fixed or backoff, got '" + "''" * 65535)[:128],
        ),
        (
            "CALL durable.claim('w', NULL, NULL, NULL, REPEAT(CHAR(92), 65535))",
            "DS001",
            ("unknown claim strategy E'" + "\\\\" * 65535)[:128],
        ),
        (
            "SELECT durable.cron_next(REPEAT('x', 65535), UTC_TIMESTAMP(), NULL)",
            "DS011",
            "cron '" + "x" * 40 + "…' has 1 field; expected 5 (minute hour day-of-month month"
            " day-of-week) or 6 (sec…",
        ),
        # A date with a zero part passes the session's sql_mode, not the routines' (1292).
        (
            "SELECT durable.cron_next('* * * * *', '0000-00-00', NULL)",
            "DS001",
            "after must lie between 1000-01-02 and 9990-01-01 UTC, got 0000-00-00 00:00:00.000000",
        ),
        (
            "CALL durable.cron_preview('* * * * *', '2030-00-10 12:00:00', NULL, NULL)",
            "DS001",
            "after must lie between 1000-01-02 and 9990-01-01 UTC, got 2030-00-10 12:00:00.000000",
        ),
        # A zero date ran at once (COALESCE took it for NULL): refused, as 'infinity' is.
        (
            "SELECT durable.enqueue('known', NULL, NULL, '0000-00-00'" + ", NULL" * 8 + ")",
            "DS001",
            "run_at must be a finite time, got 0000-00-00 00:00:00.000000",
        ),
        (
            "CALL durable.enqueue_many('known', '[{}]', NULL, '2030-01-00', NULL, NULL, NULL)",
            "DS001",
            "run_at must be a finite time, got 2030-01-00 00:00:00.000000",
        ),
        # depends_on that is no JSON array was ignored: the run did not wait.
        *(
            (
                "SELECT durable.enqueue('known'" + ", NULL" * 7 + f", '{deps}', NULL, NULL, NULL)",
                "DS001",
                "depends_on must be a one-dimensional array of run ids",
            )
            for deps in ('{"a": 1}', "{}", "not json", "[1,", "[" * 40 + "]" * 40)
        ),
    ],
)
def test_hostile_input_gets_postgresqls_code_and_text_and_writes_nothing(
    db: Any, sql: str, code: str, text: str
) -> None:
    define_job(db, "known")
    before = counts(db)
    assert error_of(db, sql) == (code, text)
    assert counts(db) == before
    assert len(text) <= 128


def test_names_are_stored_byte_for_byte(db: Any) -> None:
    names = ["Émoji 🚀", "émoji 🚀", "Queue", "queue", "ﬁ", "fi", "a b "]
    for n in names:
        define_job(db, n, queue=n)
    assert sorted(r[0] for r in rows(db, "SELECT job_name FROM durable.jobs")) == sorted(names)
    assert sorted(r[0] for r in rows(db, "SELECT queue FROM durable.queues")) == sorted(names)
    r = enqueue(db, "Émoji 🚀", tags=["🚀"])
    assert claim(db, "wörker 🚀", queues=["émoji 🚀"]) == []
    got = claim(db, "wörker 🚀", queues=["Émoji 🚀"])
    assert [(g[0], g[1], g[2]) for g in got] == [(r, "Émoji 🚀", "Émoji 🚀")]


# --- transactions ------------------------------------------------------------


def test_a_procedure_inside_the_callers_transaction_commits_nothing(db: Any) -> None:
    define_job(db, "j")
    r = enqueue(db, "j")
    one(db, "CREATE DATABASE IF NOT EXISTS durable_test_scratch")
    one(db, "CREATE TABLE IF NOT EXISTS durable_test_scratch.t (x INT) ENGINE = InnoDB")
    one(db, "DELETE FROM durable_test_scratch.t")
    one(db, "START TRANSACTION")
    one(db, "INSERT INTO durable_test_scratch.t VALUES (1)")
    assert claim_ids(db) == [r]
    one(db, "ROLLBACK")
    assert one(db, "SELECT COUNT(*) FROM durable_test_scratch.t") == 0
    assert status(db, r) == "pending"
    # A START TRANSACTION that has not touched a table yet is seen too.
    one(db, "START TRANSACTION")
    assert claim_ids(db) == [r]
    one(db, "ROLLBACK")
    assert status(db, r) == "pending"
    # Without a transaction the claim commits on its own.
    assert claim_ids(db) == [r]
    other = connect()
    assert one(other, "SELECT status FROM durable.runs WHERE run_id = %s", r) == "leased"
    other.close()
    one(db, "DROP DATABASE durable_test_scratch")


def test_an_error_inside_the_callers_transaction_keeps_its_earlier_work(db: Any) -> None:
    define_job(db, "j")
    one(db, "START TRANSACTION")
    r = enqueue(db, "j")
    with pytest.raises(pymysql.err.MySQLError):
        rows(db, "CALL durable.enqueue_many('j', '[{}, 5]', NULL, NULL, NULL, NULL, NULL)")
    one(db, "COMMIT")
    assert status(db, r) == "pending"
    assert one(db, "SELECT COUNT(*) FROM durable.runs") == 1


# --- clock, reports, retention -------------------------------------------------


def test_only_the_owner_may_move_the_clock(db: Any) -> None:
    # (Also at localhost: a fresh MariaDB's anonymous ''@'localhost' would
    # otherwise match first.)
    hosts = ("%", "localhost")
    for host in hosts:
        one(db, f"DROP USER IF EXISTS 'durable_clock_test'@'{host}'")
        one(db, f"CREATE USER 'durable_clock_test'@'{host}' IDENTIFIED BY 'pw'")
        one(db, f"GRANT durable_admin TO 'durable_clock_test'@'{host}'")
        one(db, f"SET DEFAULT ROLE durable_admin FOR 'durable_clock_test'@'{host}'")
    try:
        args = connect_args() | {"user": "durable_clock_test", "password": "pw"}
        other = pymysql.connect(**args)
        assert one(other, "SELECT durable.now() IS NOT NULL") == 1
        one(other, "SET @durable_fake_now = '2030-01-01 00:00:00'")
        state, message = error_of(other, "SELECT durable.now()")
        assert state == "DS001"
        assert message.startswith(
            "@durable_fake_now is set, but durable_clock_test may not move the clock"
        )
        with pytest.raises(pymysql.err.MySQLError):
            one(other, "SELECT COUNT(*) FROM durable.runs")  # no table rights
        other.close()
    finally:
        for host in hosts:
            one(db, f"DROP USER 'durable_clock_test'@'{host}'")


def test_a_producer_reads_attempt_errors_through_the_view_only(db: Any) -> None:
    # As durable.log_lines: the view is granted to durable_producer, the table to no role.
    define_job(db, "j")
    r = enqueue(db, "j")
    claim_ids(db)
    assert one(db, "SELECT durable.fail('w1', %s, 'boom', TRUE)", r) == "pending"
    hosts = ("%", "localhost")  # (localhost: see test_only_the_owner_may_move_the_clock)
    for host in hosts:
        one(db, f"DROP USER IF EXISTS 'durable_errors_test'@'{host}'")
        one(db, f"CREATE USER 'durable_errors_test'@'{host}' IDENTIFIED BY 'pw'")
        one(db, f"GRANT durable_producer TO 'durable_errors_test'@'{host}'")
        one(db, f"SET DEFAULT ROLE durable_producer FOR 'durable_errors_test'@'{host}'")
    try:
        args = connect_args() | {"user": "durable_errors_test", "password": "pw"}
        other = pymysql.connect(**args)
        assert rows(
            other, "SELECT attempt, outcome, error, worker FROM durable.attempt_errors"
        ) == [(1, "retrying", "boom", "w1")]
        with pytest.raises(pymysql.err.MySQLError):
            one(other, "SELECT COUNT(*) FROM durable.run_errors")  # no table rights
        other.close()
    finally:
        for host in hosts:
            one(db, f"DROP USER 'durable_errors_test'@'{host}'")


def test_logs_progress_and_views(db: Any) -> None:
    define_job(db, "j")
    r = enqueue(db, "j", tags=["t1"])
    claim_ids(db)
    assert one(db, "SELECT durable.log('w1', %s, 'info', 'hello')", r) == 1
    assert one(db, "SELECT durable.log('w2', %s, 'info', 'not mine')", r) == 0
    assert one(db, "SELECT durable.set_progress('w1', %s, 0.5, 'half')", r) == 1
    assert rows(db, "SELECT level, message FROM durable.log_lines WHERE run_id = %s", r) == [
        ("info", "hello")
    ]
    assert rows(
        db, "SELECT progress, progress_note FROM durable.all_runs WHERE run_id = %s", r
    ) == [(0.5, "half")]
    assert rows(db, "SELECT queue, pending, leased FROM durable.queue_stats") == [("default", 0, 1)]
    one(db, "SELECT durable.register_worker('w1', '[\"default\"]', 4, NULL)")
    assert rows(db, "SELECT worker, leased FROM durable.worker_status") == [("w1", 1)]
    assert [
        x[0] for x in rows(db, "CALL durable.list_runs(NULL, NULL, NULL, 't1', NULL, NULL)")
    ] == [r]
    health = rows(db, "CALL durable.health()")
    assert health[0][0] == 1


def test_prune_sweep_and_prune_all(db: Any) -> None:
    define_job(db, "j")
    set_clock(db, "2030-01-01 00:00:00")
    ids = [enqueue(db, "j") for _ in range(5)]
    claim_ids(db)
    complete(db, "w1", ids)
    one(db, "SELECT durable.log('w1', %s, 'info', 'x')", ids[0])
    set_clock(db, "2030-03-01 00:00:00")
    assert one(db, "SELECT durable.prune(86400, 2)") == 2
    assert one(db, "SELECT durable.sweep(1)") == 1
    assert rows(db, "CALL durable.prune_all(NULL, 1)") == [(2,)]
    assert one(db, "SELECT COUNT(*) FROM durable.run_history") == 0
    assert one(db, "SELECT durable.prune(NULL, NULL)") == 0
    # Another session holding the sweep lock: NULL, no wait.
    one(db, "START TRANSACTION")
    assert one(db, "SELECT durable.sweep(NULL)") == 0
    other = connect()
    assert one(other, "SELECT durable.sweep(NULL)") is None
    other.close()
    one(db, "COMMIT")
    assert re.match(r"\d+", str(one(db, "SELECT durable.sweep(NULL)")))


# --- schedules -----------------------------------------------------------------


def test_an_unknown_time_zone_is_refused_for_a_disabled_schedule_too(db: Any) -> None:
    # The zone was checked with DO, which clears the error of what it evaluates: a
    # disabled schedule (no next run computed) kept a zone no cron_next can read.
    one(db, "DELETE FROM durable.schedules")
    define_job(db, "tick")
    define = (
        "SELECT durable.define_schedule('s', 'tick', '* * * * *', %s, NULL, NULL, FALSE,"
        " NULL, NULL)"
    )
    assert error_of(db, define, "Mars/Olympus")[0] == "DS012"
    assert one(db, define, "UTC") is None
    update = "SELECT durable.update_schedule_cron('s', '0 9 * * *', 'Mars/Olympus')"
    assert error_of(db, update)[0] == "DS012"
    assert rows(db, "SELECT name, cron, timezone FROM durable.schedules") == [
        ("s", "* * * * *", "UTC")
    ]


def test_schedules_materialize_skip_and_catch_up(db: Any) -> None:
    one(db, "DELETE FROM durable.schedules")
    define_job(db, "tick")
    set_clock(db, "2030-01-01 00:00:30")
    nxt = one(
        db,
        "SELECT durable.define_schedule('every-minute', 'tick', '* * * * *', NULL, '{\"a\": 1}',"
        " NULL, NULL, NULL, NULL)",
    )
    assert str(nxt) == "2030-01-01 00:01:00"
    set_clock(db, "2030-01-01 00:05:10")
    assert one(db, "SELECT durable.materialize_schedules(NULL)") == 1  # skip_missed: one run
    got = rows(db, "SELECT next_run_at, last_run_at, last_run_status FROM durable.schedule_status")
    assert [(str(a), str(b), c) for a, b, c in got] == [
        ("2030-01-01 00:06:00", "2030-01-01 00:01:00", "pending")
    ]
    # run_schedule_now returns the live run (allow_concurrent false)
    live = one(db, "SELECT last_run_id FROM durable.schedules")
    assert one(db, "SELECT durable.run_schedule_now('every-minute')") == live
    meta = json.loads(one(db, "SELECT meta FROM durable.runs WHERE run_id = %s", live))
    assert meta["schedule"] == "every-minute"
    assert one(db, "SELECT durable.set_schedule_enabled('every-minute', FALSE)") is None
    sql = "SELECT durable.update_schedule_cron('every-minute', '0 9 * * *', 'Europe/Berlin')"
    assert one(db, sql) is None  # disabled: no next run
    sql = "SELECT durable.set_schedule_enabled('every-minute', TRUE)"
    assert str(one(db, sql)) == "2030-01-01 08:00:00"
    assert error_of(db, "SELECT durable.run_schedule_now('nope')") == (
        "DS013",
        "unknown schedule 'nope'",
    )
    sql = (
        "SELECT durable.define_schedule('x', 'tick', '* * * * *', 'Mars/Base'" + ", NULL" * 5 + ")"
    )
    assert error_of(db, sql)[0] == "DS012"
    sql = "SELECT durable.define_schedule('x', 'tick', 'bad', NULL" + ", NULL" * 5 + ")"
    assert error_of(db, sql)[0] == "DS011"
    # catch_up with allow_concurrent: every missed slot
    one(
        db,
        "SELECT durable.define_schedule('catchy', 'tick', '*/10 * * * *', NULL, NULL, NULL, NULL,"
        " TRUE, 'catch_up')",
    )
    set_clock(db, "2030-01-01 01:00:05")
    assert one(db, "SELECT durable.materialize_schedules(NULL)") == 6
    assert str(one(db, "SELECT next_run_at FROM durable.schedules WHERE name = 'catchy'")) == (
        "2030-01-01 01:10:00"
    )


def test_sync_schedules(db: Any) -> None:
    one(db, "DELETE FROM durable.schedules")
    define_job(db, "tick")
    decl = [
        {"name": "a", "job_name": "tick", "cron": "0 * * * *"},
        {"name": "b", "job_name": "tick", "cron": "0 0 * * *", "timezone": "Europe/Berlin"},
    ]
    got = rows(db, "CALL durable.sync_schedules('app', %s, NULL, NULL)", json.dumps(decl))
    assert got == [("a", "created"), ("b", "created")]
    got = rows(db, "CALL durable.sync_schedules('app', %s, NULL, NULL)", json.dumps(decl[:1]))
    assert got == [("a", "kept"), ("b", "disabled")]
    got = rows(
        db, "CALL durable.sync_schedules('app', %s, 'update_from_code', 'ignore')", json.dumps(decl)
    )
    assert got == [("a", "updated"), ("b", "updated")]
    assert rows(db, "SELECT name, enabled, origin FROM durable.schedules ORDER BY name") == [
        ("a", 1, "app"),
        ("b", 1, "app"),
    ]


# --- warnings -----------------------------------------------------------------


def test_no_routine_leaves_a_warning(db: Any) -> None:
    # asyncmy logs every warning a statement leaves ("No data - zero rows
    # fetched" from a SELECT ... INTO or a cursor that found nothing, ...):
    # each routine, called in the common cases, must leave none.
    def call(sql: str, *args: Any) -> None:
        rows(db, sql, *args)
        assert rows(db, "SHOW WARNINGS") == [], sql

    one(db, "SET SESSION sql_notes = 0")  # as the driver does: notes are not recorded
    one(db, "DELETE FROM durable.schedules")
    set_clock(db, "2030-01-01 00:00:00")
    call("SELECT durable.now(), durable.schema_version(), durable.limits()")
    call("CALL durable.health()")
    call("SELECT durable.metrics_text()")
    call("CALL durable.claim('w', NULL, 5, 30, NULL)")  # nothing there at all
    call("SELECT durable.define_job('j', NULL, 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)")
    call("SELECT durable.define_job('k', 'qk', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, FALSE)")
    call("SELECT durable.set_queue('qk', 1, 2, 3)")
    call("SELECT durable.pause_queue('qk'), durable.resume_queue('qk')")
    call("SELECT durable.register_worker('w', '[\"default\", \"qk\"]', 4, '{}')")
    for strategy in ("priority", "strict", "weighted"):
        call("CALL durable.claim('w', '[\"default\", \"qk\"]', 5, 30, %s)", strategy)
    call("SELECT durable.enqueue('j', '{}'" + NULLS11 + ")")
    call("SELECT durable.enqueue('j', '{}', NULL, NULL, 1, 3, 'u', 'c', NULL, '[\"t\"]', 5, '{}')")
    call("SELECT durable.enqueue('j', '{}', NULL, NULL, 1, 3, 'u', 'c', NULL, NULL, NULL, NULL)")
    call("SELECT durable.enqueue_opts('j', '{}', '{\"priority\": 2, \"depends_on\": [1]}')")
    call("SELECT durable.enqueue_opts('k', NULL, NULL)")
    call("CALL durable.enqueue_many('k', '[{}, {}]', NULL, NULL, NULL, NULL, NULL)")
    call("CALL durable.dependency_tree(3)")
    for strategy in ("priority", "strict", "weighted"):
        call("CALL durable.claim('w', '[\"qk\", \"default\"]', 1, 10, %s)", strategy)
    call("CALL durable.claim('w', NULL, 10, 10, NULL)")
    call("CALL durable.claim('w', '[\"default\"]', 10, 10, NULL)")
    call("CALL durable.heartbeat('w', '[1, 2, 999]', 30)")
    call("SELECT durable.log('w', 1, 'info', 'hi'), durable.log('w', 999, 'info', 'no')")
    call("SELECT durable.log_many('w', '[1, 2]', '[\"info\", \"debug\"]', '[\"a\", \"b\"]')")
    call(
        "SELECT durable.set_progress('w', 1, 0.5, 'half'), durable.set_progress('w', 999, 1, NULL)"
    )
    call("SELECT durable.set_progress_many('w', '[1, 2]', '[0.1, 0.2]', NULL)")
    call("SELECT * FROM durable.all_runs")
    call("SELECT * FROM durable.queue_stats")
    call("SELECT * FROM durable.worker_status")
    call("SELECT * FROM durable.log_lines")
    call("CALL durable.list_runs(NULL, NULL, NULL, NULL, NULL, NULL)")
    call("CALL durable.list_runs('leased', 'j', 'default', 't', 5, 100)")
    call("SELECT durable.complete('w', '[1, 999]', '[{\"ok\": 1}, null]')")
    call("SELECT durable.fail('w', 2, 'boom', TRUE), durable.fail('w', 999, 'x', NULL)")
    call("SELECT durable.`release`('w', '[4, 999]')")
    call("SELECT durable.cancel(3)")
    call("SELECT durable.retry(3)")
    call("SELECT durable.cancel(5)")
    call("CALL durable.claim('w', '[\"nowhere\"]', 10, 10, 'strict')")
    call(
        "SELECT durable.enqueue('j', NULL, NULL, '2030-02-01', NULL, NULL, NULL, 'c2', '[2]',"
        " NULL, NULL, NULL)"
    )
    call("CALL durable.claim('w', '[\"default\"]', 10, 10, NULL)")
    call("SELECT durable.fail('w', 2, 'fatal', FALSE)")  # its dependant is cancelled
    call("SELECT durable.log_many('nobody', '[1, 2]', '[\"info\", \"debug\"]', '[\"a\", \"b\"]')")
    set_clock(db, "2030-01-01 00:10:00")
    call("CALL durable.claim('w2', NULL, 10, 10, NULL)")  # expired leases, spent ones
    call("CALL durable.claim('w2', NULL, 10, 10, NULL)")
    call("SELECT * FROM durable.attempt_errors")
    call("CALL durable.health()")
    call(
        "SELECT durable.define_schedule('s', 'j', '*/5 * * * *', 'Europe/Berlin', NULL, NULL,"
        " NULL, NULL, NULL)"
    )
    call("SELECT durable.materialize_schedules(NULL)")
    call("SELECT durable.run_schedule_now('s')")
    call("SELECT durable.set_schedule_enabled('s', FALSE), durable.set_schedule_enabled('s', TRUE)")
    call("SELECT durable.update_schedule_cron('s', '0 9 * * 1', NULL)")
    call("SELECT * FROM durable.schedule_status")
    call("SELECT durable.metrics_text()")
    decl = json.dumps([{"name": "s2", "job_name": "j", "cron": "0 * * * *"}])
    call("CALL durable.sync_schedules('app', %s, NULL, NULL)", decl)
    call("CALL durable.sync_schedules('app', '[]', 'update_from_code', 'disable')")
    call("SELECT durable.cron_next('0 9 * * *', '2030-03-31 00:00:00', 'Europe/Berlin')")
    call("SELECT durable.cron_next('0 0 29 2 *', '2030-01-01', NULL)")
    call("CALL durable.cron_preview('*/15 * * * *', '2030-03-10 05:00', 'America/New_York', 3)")
    set_clock(db, "2031-01-01 00:00:00")
    call("SELECT durable.prune(1, 100), durable.prune(1, 100)")
    call("CALL durable.prune_all(1, 100)")
    call("SELECT durable.sweep(100), durable.sweep(NULL)")
    call("SELECT durable.unregister_worker('w'), durable.unregister_worker('nobody')")
    call("CALL durable.claim('w3', NULL, 10, 10, NULL)")
