"""Hostile input on MariaDB: every public routine of sql/mysql/schema.sql works or fails
cleanly (issue 15, "Bad input": tests/test_hostile.py's cases, run against MariaDB).

The property, for random and crafted values of every parameter (tests/hostile_strategies.py's
generators, put in the port's terms: arrays are JSON arrays, intervals are seconds, times
are UTC DATETIME(6) text):

* the call works, and the names it was given (job, queue, worker, tag, unique and
  concurrency keys, schedule, owner, cron and zone, log lines and notes) come back byte
  for byte (utf8mb4) from the tables and views; or
* it fails with errno 1644 (a SIGNAL), a DS SQLSTATE and a message of 1 to 128
  characters; or
* it fails with one of MariaDB's own data-conversion errors (CONVERSION_ERRNOS) while
  MariaDB converts an argument to its parameter's type: where PostgreSQL gives a
  22xxx while casting ``%s::text::integer``.  That is decided by asking the server:
  the same value, passed to a function of ours whose one parameter has the routine's
  parameter type (information_schema.parameters), must fail with the same errno
  (``probe``).  The same errno from inside a routine, with every argument converting
  cleanly, is a bug;
* never 1213 (deadlock), never another errno (1054, 1064, 1305, a 1366 from inside a
  routine, ...), never a hang (max_statement_time: 1969; a lock wait: 1205);
* nothing written by a call that fails: a digest of every table of ``durable`` (the
  time-zone data excepted) after the failure equals the base state's.

Values always travel as query parameters (PyMySQL escapes them; nothing is formatted
into SQL).  Each example runs in a transaction rolled back afterwards, on a database
holding a little of everything (runs in every state, a limited queue, a paused queue,
schedules), built once for the module.  The routines work under a savepoint of the
caller's transaction (begin_work) and never commit in one.

Where the two engines answer the same input differently, DIFFERENCES says how, and
test_differences pins MariaDB's side.  Violations found and not fixed would be listed
in KNOWN (none are: the four this file found are fixed).  HOSTILE_STATS=1 (with -s)
prints how often each routine worked or failed with each code.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from tests import hostile_strategies as hs
from tests.mysql.server import MySQLTestServer

pymysql = pytest.importorskip("pymysql")

# The sql_mode the engine's routines are created with (sql/mysql/schema.sql's first SET):
# the probe functions get it too, so they convert an argument exactly as a routine does.
ENGINE_SQL_MODE = (
    "STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
    "NO_ENGINE_SUBSTITUTION"
)
SCRATCH = "durablesql_hostile"  # the probe functions' database
STATEMENT_TIMEOUT_S = 5

# MariaDB's errors while converting a value to a parameter's type (strict mode), the
# counterpart of PostgreSQL's 22P02/22003/22007/22008/22001 on ``%s::text::type``:
CONVERSION_ERRNOS = {
    1264: "out of range (2147483648 for INT, 1e400 for DOUBLE, 300 for BOOLEAN)",
    1265: "data truncated ('1 hour' or '0x10' for a number)",
    1292: "incorrect datetime value ('abc', '2030-02-30', an offset such as +00)",
    1366: "incorrect integer/double/string value ('abc', 'NaN'; a TEXT cut inside a character)",
    1406: "data too long (more than 65,535 bytes for a TEXT parameter)",
}
ER_SIGNAL = 1644

HYPOTHESIS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=False,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)


# ============================================================================ known violations


@dataclass(frozen=True)
class Known:
    """A violation found by this file, not fixed yet."""

    routine: str
    errno: int
    message: str  # a regular expression its message matches today
    reason: str


KNOWN: dict[str, Known] = {
    # Every violation this file found has been fixed in sql/mysql/schema.sql; their
    # reproducers are cases of tests/mysql/test_engine_core.py's
    # test_hostile_input_gets_postgresqls_code_and_text_and_writes_nothing:
    # * a value of 65,535 bytes quoted into a message: 1406 (lit, raise_error, ...);
    # * cron_next/cron_preview with after '0000-00-00' or '2030-00-10': 1292;
    # * enqueue/enqueue_many took a run_at with a zero part for NULL (due at once);
    # * enqueue ignored a depends_on that is no JSON array (the run did not wait).
}


def known_violation(routine: str, errno: int, message: str) -> str | None:
    if os.environ.get("HOSTILE_STRICT"):
        return None
    for key, known in KNOWN.items():
        if (
            known.routine == routine
            and known.errno == errno
            and re.search(known.message, message, re.DOTALL)
        ):
            return key
    return None


# ============================================================================ wire values


def wire(value: Any) -> Any:
    """A value as PyMySQL sends it: lists and dicts as JSON text, non-finite floats as
    text (MariaDB has no NaN; PyMySQL refuses to send one)."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def short(value: Any, limit: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} chars)"


# ============================================================================ the harness


@dataclass
class Failure:
    errno: int
    sqlstate: str | None
    message: str  # as the client got it
    length: int  # of the text the routine gave SIGNAL (MESSAGE_TEXT), in characters


@dataclass
class Outcome:
    rows: list[tuple[Any, ...]] | None
    error: Failure | None


@dataclass
class Base:
    """The committed state every example starts from."""

    leased: int = 0  # leased by 'w', with a waiting child
    leased_w2: int = 0  # a limited job's run, leased by 'w2'
    expiring: int = 0  # leased by 'w3' for 1 µs: expired, attempts left
    cancelling: int = 0  # leased by 'w', cancellation requested
    pending: int = 0  # unique_key 'uk', concurrency_key 'ck'
    limited_pending: int = 0
    waiting: int = 0
    failed: int = 0
    cancelled: int = 0
    succeeded: int = 0
    blocked: int = 0  # its parent failed: cancelled at once
    ids: list[int] = field(default_factory=list)
    max_id: int = 0
    digest: dict[str, Any] = field(default_factory=dict)


@dataclass
class Db:
    conn: Any
    base: Base
    signatures: dict[str, tuple[str, list[tuple[str, str]]]]  # routine: (kind, [(param, dtd)])
    probes: dict[str, str]  # dtd: the probe function taking it
    digest_sql: str
    tolerate: bool = True

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        with self.conn.cursor() as cur:
            cur.execute(sql, params or None)
            out = list(cur.fetchall())
            while cur.nextset():
                pass
        return out

    def one(self, sql: str, *params: Any) -> Any:
        found = self.rows(sql, *params)
        return found[0][0] if found else None

    def row(self, sql: str, *params: Any) -> tuple[Any, ...] | None:
        found = self.rows(sql, *params)
        return found[0] if found else None

    def digest(self) -> dict[str, Any]:
        row = self.row(self.digest_sql)
        assert row is not None
        return dict(zip(DIGEST_NAMES, row, strict=True))

    def failure(self, exc: Exception) -> Failure:
        """The error's errno, and for a SIGNAL its SQLSTATE and the length of its text."""
        errno = exc.args[0] if exc.args and isinstance(exc.args[0], int) else -1
        message = str(exc.args[1]) if len(exc.args) > 1 else str(exc)
        state, length = self.signal() if errno == ER_SIGNAL else (None, len(message))
        return Failure(errno, state, message, length)

    def signal(self) -> tuple[str | None, int]:
        """The SIGNAL's SQLSTATE (PyMySQL drops it) and the length of its MESSAGE_TEXT.

        Asked of the server: notes may come before the SIGNAL's condition and the
        routines' stack after it, and GET DIAGNOSTICS leaves the diagnostics area alone
        (see tests/mysql/test_engine_core.error_of).  The length is the text's own: on
        the wire MariaDB writes a control character of it as \\XXXX and a character
        outside utf8mb3 as '?'."""
        with self.conn.cursor() as cur:
            cur.execute("GET DIAGNOSTICS @hostile_n = NUMBER")
            cur.execute("SELECT @hostile_n")
            n = min(int(cur.fetchone()[0] or 0), 8)
            for i in range(1, n + 1):
                cur.execute(
                    f"GET DIAGNOSTICS CONDITION {i} @hostile_s{i} = RETURNED_SQLSTATE,"
                    f" @hostile_e{i} = MYSQL_ERRNO, @hostile_m{i} = MESSAGE_TEXT"
                )
            cur.execute(
                "SELECT @hostile_n, "
                + ", ".join(
                    f"@hostile_s{i}, @hostile_e{i}, CHAR_LENGTH(@hostile_m{i})"
                    for i in range(1, n + 1)
                )
            )
            found = cur.fetchone()
        for i in range(n):
            state, errno, length = found[1 + 3 * i : 4 + 3 * i]
            if errno is not None and int(errno) == ER_SIGNAL:
                text = state.decode() if isinstance(state, bytes) else str(state)
                return text, int(length or 0)
        return None, 0

    def probe(self, dtd: str, value: Any) -> int | None:
        """The errno MariaDB gives converting `value` to a parameter of type `dtd`, or None."""
        try:
            self.rows(f"SELECT {SCRATCH}.{self.probes[dtd]}(%s)", wire(value))
        except pymysql.err.MySQLError as exc:
            return int(exc.args[0])
        return None

    def violation(
        self, routine: str, failure: Failure, problem: str, sql: str, params: Any
    ) -> None:
        if self.tolerate and known_violation(routine, failure.errno, failure.message):
            return
        pytest.fail(
            f"durable.{routine}: {problem}\n  errno {failure.errno} SQLSTATE {failure.sqlstate}:"
            f" {short(failure.message, 400)}\n  SQL: {sql}\n  params: {short(params, 600)}",
            pytrace=False,
        )

    def call(self, routine: str, args: dict[str, Any]) -> Outcome:
        """Call a routine with every parameter (a missing one: NULL, its default) as a query
        parameter, and judge a failure; the caller judges a success."""
        kind, params = self.signatures[routine]
        unknown = set(args) - {name for name, _ in params}
        assert not unknown, f"durable.{routine} has no parameter {unknown}"
        values = [wire(args.get(name)) for name, _ in params]
        marks = ", ".join(["%s"] * len(params))
        sql = (
            f"SELECT durable.{routine}({marks})"
            if kind == "FUNCTION"
            else (f"CALL durable.{routine}({marks})")
        )
        try:
            rows = self.rows(sql, *values)
        except pymysql.err.MySQLError as exc:
            failure = self.failure(exc)
            count_outcome(f"{routine}: {failure.sqlstate or failure.errno}")
            problems = [p for p in [self.judge(routine, failure, args)] if p]
            if failure.errno not in (1213, 1205) and self.digest() != self.base.digest:
                problems.append("partial write: the failed call changed the database")
            if problems:
                self.violation(routine, failure, "; ".join(problems), sql, values)
            return Outcome(None, failure)
        count_outcome(f"{routine}: ok")
        return Outcome(rows, None)

    def judge(self, routine: str, failure: Failure, args: dict[str, Any]) -> str | None:
        """None when the error is an acceptable way to fail, else what is wrong with it."""
        errno, state, message = failure.errno, failure.sqlstate, failure.message
        if errno == ER_SIGNAL:
            if state is None or not re.fullmatch(r"DS\d{3}", state):
                return f"a SIGNAL with SQLSTATE {state}, not a DS code"
            if not message.strip() or failure.length == 0:
                return "a DS error without a message"
            if failure.length > 128:
                return f"a message of {failure.length} characters (the limit is 128)"
            return None
        if errno == 1213:
            return "a deadlock (1213)"
        if errno in (1969, 1205, 3024):
            return f"it hung (errno {errno}: statement or lock wait timeout)"
        if errno in CONVERSION_ERRNOS:
            _, params = self.signatures[routine]
            converting = {
                name: self.probe(dtd, args[name])
                for name, dtd in params
                if args.get(name) is not None
            }
            if errno in converting.values():
                return None  # MariaDB converting an argument, before the routine runs
            return f"errno {errno} inside the routine (every argument converts: {converting})"
        return f"errno {errno} is not a DS error"


OUTCOMES: Counter[str] = Counter()


def count_outcome(outcome: str) -> None:
    """Count outcomes: HOSTILE_STATS=1 prints them at the end of the module (pytest -s)."""
    OUTCOMES[outcome] += 1
    if currently_in_test_context():
        event(outcome)


# ============================================================================ the database

BIG_TABLES = ("tz_zones", "tz_transitions")  # reference data no routine writes
DIGEST_NAMES: list[str] = []


def digest_query(conn: Any) -> str:
    """One query: per table of durable, its row count and two checksums of its rows."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT table_name, GROUP_CONCAT(CONCAT('`', column_name, '`')"
            " ORDER BY ordinal_position) FROM information_schema.columns"
            " WHERE table_schema = 'durable' AND table_name IN (SELECT table_name"
            " FROM information_schema.tables WHERE table_schema = 'durable'"
            " AND table_type = 'BASE TABLE') GROUP BY table_name ORDER BY table_name"
        )
        tables = [(t, c) for t, c in cur.fetchall() if t not in BIG_TABLES]
    parts = []
    DIGEST_NAMES.clear()
    for table, columns in tables:
        row = f"MD5(JSON_ARRAY({columns}))"
        parts.append(
            f"(SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32({row})), 0), ':',"
            f" COALESCE(BIT_XOR(CONV(LEFT({row}, 16), 16, 10)), 0)) FROM durable.`{table}`)"
        )
        DIGEST_NAMES.append(table)
    return "SELECT " + ", ".join(parts)


def connect(server: MySQLTestServer) -> Any:
    kwargs = server.admin_kwargs()
    kwargs.pop("init_command", None)
    kwargs.pop("autocommit", None)
    if "database" in kwargs:
        kwargs["db"] = kwargs.pop("database")
    conn = pymysql.connect(**kwargs, autocommit=True)
    mariadb = "mariadb" in conn.get_server_info().lower()
    isolation = "tx_isolation" if mariadb else "transaction_isolation"
    timeout = (
        f"max_statement_time = {STATEMENT_TIMEOUT_S}"
        if mariadb
        else f"max_execution_time = {STATEMENT_TIMEOUT_S * 1000}"
    )
    with conn.cursor() as cur:
        # As the driver's sessions (durablesql/driver/mysql), with a statement timeout.
        cur.execute(
            f"SET SESSION {isolation} = 'READ-COMMITTED', time_zone = '+00:00', sql_notes = 0,"
            f" innodb_lock_wait_timeout = 2, {timeout}, @durable_fake_now = NULL"
        )
    return conn


def signatures(conn: Any) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT r.routine_name, r.routine_type, p.parameter_name, p.dtd_identifier"
            " FROM information_schema.routines r LEFT JOIN information_schema.parameters p"
            " ON p.specific_schema = r.routine_schema AND p.specific_name = r.routine_name"
            " AND p.ordinal_position > 0"
            " WHERE r.routine_schema = 'durable' ORDER BY r.routine_name, p.ordinal_position"
        )
        found: dict[str, tuple[str, list[tuple[str, str]]]] = {}
        for name, kind, param, dtd in cur.fetchall():
            entry = found.setdefault(name, (kind, []))
            if param is not None:
                entry[1].append((param, dtd))
    return found


def make_probes(conn: Any, sigs: dict[str, tuple[str, list[tuple[str, str]]]]) -> dict[str, str]:
    """A function per parameter type, created as the engine creates its routines."""
    dtds = sorted({dtd for _, params in sigs.values() for _, dtd in params})
    probes = {dtd: f"p{i}" for i, dtd in enumerate(dtds)}
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {SCRATCH}")
        cur.execute(f"CREATE DATABASE {SCRATCH} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
        cur.execute("SET @hostile_mode = @@session.sql_mode")
        cur.execute(f"SET SESSION sql_mode = '{ENGINE_SQL_MODE}'")
        for dtd, name in probes.items():
            charset = (
                " CHARACTER SET utf8mb4" if re.match(r"(long|medium)?text|varchar", dtd) else ""
            )
            cur.execute(
                f"CREATE FUNCTION {SCRATCH}.{name}(v {dtd}{charset}) RETURNS INT"
                " DETERMINISTIC NO SQL RETURN v IS NULL"
            )
        cur.execute("SET SESSION sql_mode = @hostile_mode")
    return probes


def build_base(db: Db) -> Base:
    b = Base()
    call = db.call

    def ok(routine: str, **args: Any) -> list[tuple[Any, ...]]:
        out = call(routine, args)
        assert out.rows is not None, (routine, args, out.error)
        return out.rows

    def run(**args: Any) -> int:
        return int(ok("enqueue", **args)[0][0])

    ok("define_job", job_name="job", queue="q1", max_attempts=3)
    ok("define_job", job_name="limited", queue="q2", concurrency_limit=1)
    ok("define_job", job_name="backoff", queue="q4", retry_behavior="backoff")
    ok("set_queue", queue="q3", concurrency_limit=2, weight=3, priority=5)
    ok("set_queue", queue="paused")
    ok("pause_queue", queue="paused")
    ok("register_worker", worker="w", queues=["q1", "q2"], concurrency=4, info='{"host": "x"}')

    first = [run(job_name="job") for _ in range(3)]
    ok("claim", worker="w", queues=["q1"], max_runs=3, lease=86400)
    b.leased, b.failed, b.succeeded = first
    ok("complete", worker="w", run_ids=[b.succeeded])
    ok("fail", worker="w", run_id=b.failed, error="boom", retryable=False)
    b.waiting = run(job_name="job", depends_on=[b.leased])
    b.blocked = run(job_name="job", depends_on=[b.failed])
    b.leased_w2 = run(job_name="limited")
    ok("claim", worker="w2", queues=["q2"], max_runs=1, lease=86400)
    b.limited_pending = run(job_name="limited")
    b.cancelling = run(job_name="job", queue="q3")
    ok("claim", worker="w", queues=["q3"], max_runs=1, lease=86400)
    ok("cancel", run_id=b.cancelling)
    b.expiring = run(job_name="backoff")
    ok("claim", worker="w3", queues=["q4"], max_runs=1, lease=0.000001)
    b.pending = run(
        job_name="job", unique_key="uk", concurrency_key="ck", tags=["t"], meta='{"m": 1}'
    )
    later = db.one("SELECT durable.now() + INTERVAL 1 HOUR")
    b.cancelled = run(job_name="job", run_at=later)
    ok("cancel", run_id=b.cancelled)
    run(job_name="job", queue="paused")
    run(job_name="job", run_at=db.one("SELECT durable.now() + INTERVAL 1 DAY"), priority=9)

    ok("define_schedule", name="every5", job_name="job", cron="*/5 * * * *")
    ok("define_schedule", name="due", job_name="job", cron="* * * * *", timezone="Europe/Berlin")
    ok(
        "define_schedule",
        name="catchup",
        job_name="job",
        cron="* * * * *",
        catch_up="catch_up",
        allow_concurrent=True,
    )
    ok("define_schedule", name="off", job_name="job", cron="0 0 * * *", enabled=False)
    ok(
        "sync_schedules",
        owner="owner",
        schedules='[{"name": "synced", "job_name": "job", "cron": "0 * * * *"}]',
    )
    db.rows(
        "UPDATE durable.schedules SET next_run_at = durable.now() - INTERVAL 10 MINUTE"
        " WHERE name IN ('due', 'catchup')"
    )
    b.ids = [r[0] for r in db.rows("SELECT run_id FROM durable.all_runs ORDER BY 1")]
    b.max_id = max(b.ids)
    return b


@pytest.fixture(scope="module")
def hostile_db(mysql_server: MySQLTestServer) -> Iterator[Db]:
    """The engine as installed plus the base state, committed; every example rolls back."""
    mysql_server.reset()
    conn = connect(mysql_server)
    try:
        sigs = signatures(conn)
        db = Db(conn, Base(), sigs, make_probes(conn, sigs), digest_query(conn), tolerate=False)
        db.base = build_base(db)
        db.base.digest = db.digest()
        yield db
        if os.environ.get("HOSTILE_STATS"):
            for outcome, n in sorted(OUTCOMES.items()):
                print(f"{n:6d}  {outcome}")
    finally:
        try:
            with conn.cursor() as cur:
                cur.execute("ROLLBACK")
                cur.execute(f"DROP DATABASE IF EXISTS {SCRATCH}")
        finally:
            conn.close()
        mysql_server.reset()


@pytest.fixture
def db(hostile_db: Db) -> Iterator[Db]:
    hostile_db.tolerate = True
    yield hostile_db
    hostile_db.rows("ROLLBACK")


@contextmanager
def transaction(db: Db) -> Iterator[None]:
    """One example's transaction, rolled back: every example starts from the base state."""
    db.rows("START TRANSACTION")
    try:
        yield
    finally:
        db.rows("ROLLBACK")


# ============================================================================ values


@dataclass(frozen=True)
class Param:
    name: str
    good: st.SearchStrategy[Any]  # values the routine should accept
    bad: st.SearchStrategy[Any]  # hostile values
    required: bool = False  # (no defaults on MariaDB: NULL is the default of the others)

    def normal(self) -> st.SearchStrategy[Any]:
        return self.good if self.required else st.none() | self.good

    def hostile(self) -> st.SearchStrategy[Any]:
        return st.one_of(st.none(), self.bad, self.good)


@st.composite
def arguments(draw: st.DrawFn, params: list[Param]) -> dict[str, Any]:
    """A few parameters (any number, mostly one to three) hostile, the others plausible."""
    hostile = draw(st.sets(st.sampled_from([p.name for p in params]), max_size=len(params)))
    return {p.name: draw(p.hostile() if p.name in hostile else p.normal()) for p in params}


# Intervals are seconds (DOUBLE): PostgreSQL's interval edges as numbers, and interval
# text (a conversion error here, as a malformed interval literal is there).
SECONDS = (
    *(0, -1, 0.000001, -0.000001, 0.0000005, 30, 3600, 86400, 315576000, 315576000.000001),
    *(315576001, 31557600000, 5.6e15, -5.6e15, 1e308, -1e308, 2**63, 10**40, 1e-300, -0.0),
    *("NaN", "Infinity", "-Infinity", "1e999", "1 hour", "00:00:05", "abc", "", "P1D"),
)


def seconds() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(SECONDS),
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(-(2**40), 2**40),
        st.sampled_from(hs.INTERVALS),
    )


# Times are UTC DATETIME(6) text; PostgreSQL's timestamptz literals (infinity, offsets,
# BC) are conversion errors here, and MariaDB's own edges join them.
MARIADB_TIMES = (
    *("0000-00-00 00:00:00", "0000-00-00", "0001-01-01 00:00:00", "1000-01-01 00:00:00"),
    *("1969-12-31 23:59:59.999999", "1970-01-01 00:00:00", "2038-01-19 03:14:08"),
    *("9999-12-31 23:59:59.999999", "9999-12-31 23:59:59", "9999-12-31", "9999-12-31 23:59"),
    *("2030-02-30 00:00:00", "2030-01-01 24:00:00", "2030-00-10", "2030-01-00 00:00:00"),
    *("2030-06-15T12:00:00", "2030-06-15 12:00:00.1234567", "20300615120000", 20300615, 0),
    *("2030-06-15 12:00:00Z", "2030-13-01", "10000-01-01 00:00:00", "2030-6-5 1:2:3"),
)


def times() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(MARIADB_TIMES),
        st.sampled_from(hs.TIMESTAMPS),
        st.datetimes().map(lambda d: d.isoformat(" ")),
        st.integers(1, 9999).map(lambda y: f"{y:04d}-06-15 12:00:00"),
    )


GOOD_TIMES = ("2020-01-01 00:00:00", "2030-06-15 12:00:00", "2024-02-29 23:59:59.999999")
BOOLS = (*hs.BOOLS, -1, 2, 127, 128, 300, 1.5, "1", "0")
REALS = (*hs.REAL_TEXTS, 1e308, -1e308, 1e-320, 2**63, 10**40)


def reals() -> st.SearchStrategy[Any]:
    return st.one_of(st.sampled_from(REALS), hs.reals())


# JSON arrays, hostile: lists of anything (nested, with nulls), JSON that is no array,
# text that is no JSON, and PostgreSQL's array literals.
RAW_ARRAYS = (
    *hs.RAW_ARRAYS,
    *("[]", "[null]", "[[1,2],[3,4]]", "[1,", '{"a":1}', '"x"', "1", "null", "[1.5]", '["1"]'),
    *("[1e2]", "[-1]", "[9223372036854775808]", "[-9223372036854775809]", "[1e400]", "[true]"),
    *("", "[1] x", "[" * 40 + "]" * 40, "[0x10]"),
)


def arrays(elements: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        hs.arrays(elements).filter(lambda v: isinstance(v, list)),
        st.lists(hs.json_values, max_size=3),
        st.sampled_from(RAW_ARRAYS),
    )


def texts_of(*limits: int) -> st.SearchStrategy[str]:
    """Free text with lengths around the limits, in characters and (TEXT holds 65,535
    bytes) in bytes: 'é' is two."""
    return st.one_of(
        hs.texts(*limits),
        st.builds(hs.exact_length, st.sampled_from(("é", "\U0001f642")), st.sampled_from(limits)),
    )


# ============================================================================ verifications

Verify = Callable[[Db, dict[str, Any], Outcome], None]


@dataclass
class Spec:
    params: list[Param]
    verify: Verify | None = None
    examples: int = 25


def given_or(args: dict[str, Any], name: str, default: Any = None) -> Any:
    value = args.get(name)
    return default if value is None else value


def utf8(value: Any) -> Any:
    """The bytes a text argument arrives as (a list or dict: its JSON text)."""
    value = wire(value)
    return value.encode() if isinstance(value, str) else value


def as_list(value: Any) -> list[Any] | None:
    """The JSON array a parameter held, as the routine read it (None: not an array)."""
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        try:
            found = json.loads(value)
        except ValueError:
            return None
        return found if isinstance(found, list) else None
    return None


def json_equal(stored: Any, sent: Any) -> bool:
    if isinstance(stored, bytes):
        stored = stored.decode()
    if stored == sent:
        return True
    try:
        return bool(json.loads(stored) == json.loads(sent))
    except (TypeError, ValueError):
        return False


def verify_define_job(db: Db, a: dict[str, Any], out: Outcome) -> None:
    row = db.row(
        "SELECT CAST(job_name AS BINARY), CAST(queue AS BINARY), keep_succeeded"
        " FROM durable.jobs WHERE job_name = %s",
        a["job_name"],
    )
    assert row is not None and row[0] == utf8(a["job_name"]), row
    assert row[1] == utf8(given_or(a, "queue", "default")), row
    assert db.one("SELECT COUNT(*) FROM durable.queues WHERE queue = %s", row[1].decode()) == 1


def verify_enqueue(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    run_id = out.rows[0][0]
    row = db.row(
        "SELECT CAST(job_name AS BINARY), CAST(queue AS BINARY), CAST(unique_key AS BINARY),"
        " CAST(concurrency_key AS BINARY), tags, depends_on, args, meta"
        " FROM durable.all_runs WHERE run_id = %s",
        run_id,
    )
    assert row is not None
    job_name, queue, unique_key, concurrency_key, tags, depends_on, args, meta = row
    if given_or(a, "unique_key") is not None:
        assert unique_key == utf8(a["unique_key"])
    if run_id <= db.base.max_id:
        return  # the live run (of any job) that already held the unique key
    assert job_name == utf8(a["job_name"])
    job_queue = db.one("SELECT queue FROM durable.jobs WHERE job_name = %s", a["job_name"])
    assert queue == utf8(given_or(a, "queue", job_queue))
    assert unique_key == utf8(given_or(a, "unique_key"))
    assert concurrency_key == utf8(given_or(a, "concurrency_key"))
    sent_tags = as_list(a.get("tags"))
    if sent_tags:
        assert json.loads(tags) == sent_tags
    parents = as_list(a.get("depends_on"))
    if parents:
        assert sorted(json.loads(depends_on)) == sorted({int(p) for p in parents})
    assert json_equal(args, wire(given_or(a, "args", "{}"))), (args, a.get("args"))
    if given_or(a, "meta") is not None:
        assert json_equal(meta, wire(a["meta"])), (meta, a["meta"])


def verify_enqueue_opts(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    run_id = out.rows[0][0]
    row = db.row(
        "SELECT CAST(job_name AS BINARY), CAST(queue AS BINARY) FROM durable.all_runs"
        " WHERE run_id = %s",
        run_id,
    )
    assert row is not None
    if run_id > db.base.max_id:  # (else the live run holding the unique key)
        options = json.loads(a["options"]) if isinstance(a.get("options"), str) else {}
        assert row[0] == utf8(a["job_name"])
        if isinstance(options, dict) and isinstance(options.get("queue"), str):
            assert row[1] == utf8(options["queue"])


def verify_enqueue_many(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    ids = [r[0] for r in out.rows]
    docs = as_list(a.get("args"))
    if docs is None:
        return
    assert len(ids) == len(docs) and ids == sorted(ids)
    job_queue = db.one("SELECT queue FROM durable.jobs WHERE job_name = %s", a["job_name"])
    for run_id, doc in zip(ids, docs, strict=True):
        row = db.row(
            "SELECT CAST(job_name AS BINARY), CAST(queue AS BINARY), tags, args, meta"
            " FROM durable.runs WHERE run_id = %s",
            run_id,
        )
        assert row is not None
        assert row[0] == utf8(a["job_name"]) and row[1] == utf8(given_or(a, "queue", job_queue))
        sent_tags = as_list(a.get("tags"))
        if sent_tags:
            assert json.loads(row[2]) == sent_tags
        assert json.loads(row[3]) == doc
        if given_or(a, "meta") is not None:
            assert json_equal(row[4], wire(a["meta"]))


def verify_set_queue(db: Db, a: dict[str, Any], out: Outcome) -> None:
    stored = db.one("SELECT CAST(queue AS BINARY) FROM durable.queues WHERE queue = %s", a["queue"])
    assert stored == utf8(a["queue"])


def verify_paused(paused: bool) -> Verify:
    def verify(db: Db, a: dict[str, Any], out: Outcome) -> None:
        row = db.row(
            "SELECT CAST(queue AS BINARY), paused FROM durable.queues WHERE queue = %s",
            a["queue"],
        )
        assert row == (utf8(a["queue"]), int(paused))

    return verify


def verify_register_worker(db: Db, a: dict[str, Any], out: Outcome) -> None:
    row = db.row(
        "SELECT CAST(worker AS BINARY), queues, info FROM durable.workers WHERE worker = %s",
        a["worker"],
    )
    assert row is not None and row[0] == utf8(a["worker"])
    queues = as_list(a.get("queues"))
    if queues is not None:
        assert json.loads(row[1]) == queues
    assert json_equal(row[2], wire(given_or(a, "info", "{}")))


def verify_unregister_worker(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert db.one("SELECT COUNT(*) FROM durable.workers WHERE worker = %s", a["worker"]) == 0


def verify_claim(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    max_runs = given_or(a, "max_runs", 1)
    if isinstance(max_runs, int):
        assert len(out.rows) <= max_runs
    queues = as_list(a.get("queues"))
    for claimed in out.rows:
        row = db.row(
            "SELECT CAST(worker AS BINARY), status FROM durable.runs WHERE run_id = %s",
            claimed[0],
        )
        assert row == (utf8(a["worker"]), "leased")
        if queues:
            assert claimed[2] in queues


def ids_in(value: Any) -> set[str]:
    """The distinct elements of a JSON array argument (nested ones too, as JSON text)."""
    return {json.dumps(x) for x in as_list(value) or []}


def verify_count(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None and len(out.rows) == 1
    n = out.rows[0][0]
    assert 0 <= n <= len(ids_in(a.get("run_ids"))), n


def verify_fail(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    result = out.rows[0][0]
    assert result in (None, "pending", "failed", "cancelled")
    if result is not None:
        error = db.one(
            "SELECT CAST(error AS BINARY) FROM durable.all_runs WHERE run_id = %s", a["run_id"]
        )
        assert error == utf8(given_or(a, "error", "failed without an error message"))


def verify_heartbeat(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    kept = [r[0] for r in out.rows]
    assert len(kept) <= len(ids_in(a.get("run_ids"))) and set(kept) <= set(db.base.ids)


def verify_log(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    if out.rows[0][0]:
        row = db.row(
            "SELECT CAST(message AS BINARY), CAST(level AS BINARY), CAST(worker AS BINARY)"
            " FROM durable.log_lines ORDER BY log_id DESC LIMIT 1"
        )
        assert row == (utf8(a["message"]), utf8(a["level"]), utf8(a["worker"]))


def verify_set_progress(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    if out.rows[0][0]:
        note = db.one(
            "SELECT CAST(progress_note AS BINARY) FROM durable.runs WHERE run_id = %s",
            a["run_id"],
        )
        assert note == utf8(given_or(a, "note"))


def verify_list_runs(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    ids = [row[0] for row in out.rows]
    assert ids == sorted(ids, reverse=True)
    if isinstance(a.get("max_runs"), int):
        assert len(ids) <= a["max_runs"]
    if isinstance(a.get("before_id"), int):
        assert all(i < a["before_id"] for i in ids)


def verify_cron_preview(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    times = [row[0] for row in out.rows]
    if isinstance(given_or(a, "count", 5), int):
        assert len(times) == given_or(a, "count", 5)
    assert times == sorted(set(times))


def verify_define_schedule(db: Db, a: dict[str, Any], out: Outcome) -> None:
    row = db.row(
        "SELECT CAST(name AS BINARY), CAST(job_name AS BINARY), CAST(cron AS BINARY),"
        " CAST(timezone AS BINARY), CAST(queue AS BINARY) FROM durable.schedules"
        " WHERE name = %s",
        a["name"],
    )
    assert row == tuple(
        utf8(v)
        for v in (
            a["name"],
            a["job_name"],
            a["cron"],
            given_or(a, "timezone", "UTC"),
            given_or(a, "queue"),
        )
    )


def verify_update_schedule_cron(db: Db, a: dict[str, Any], out: Outcome) -> None:
    row = db.row(
        "SELECT CAST(name AS BINARY), CAST(cron AS BINARY) FROM durable.schedules WHERE name = %s",
        a["name"],
    )
    assert row == (utf8(a["name"]), utf8(a["cron"]))


def verify_run_schedule_now(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    run_id = out.rows[0][0]
    meta = db.one("SELECT meta FROM durable.all_runs WHERE run_id = %s", run_id)
    assert json.loads(meta)["schedule"] == a["name"]


def verify_sync_schedules(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    declared = json.loads(a["schedules"])
    looked_at = [name for name, action in out.rows if action != "disabled"]
    assert looked_at == [e["name"] for e in declared]
    for name in looked_at:
        origin = db.one(
            "SELECT CAST(origin AS BINARY) FROM durable.schedules WHERE name = %s", name
        )
        assert origin == utf8(a["owner"])


def verify_after(db: Db, a: dict[str, Any], out: Outcome) -> None:
    assert out.rows is not None
    answer = out.rows[0][0]
    if answer is not None:
        after = db.one("SELECT CAST(%s AS DATETIME(6))", wire(a["after"]))
        assert after is None or answer > after, (answer, after)


# ============================================================================ per-routine specs


def specs(b: Base) -> dict[str, Spec]:
    names = hs.names()
    good_names = st.sampled_from(("a", "\U0001f642", "'; --")) | hs.valid_names()

    def mostly(known: tuple[str, ...], other: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        """Names the base state holds three times in four, others the rest."""
        return st.integers(0, 3).flatmap(lambda i: st.sampled_from(known) if i else other)

    job = st.sampled_from(("job", "limited", "backoff"))
    queue = mostly(("q1", "q2", "q3", "paused", "default"), good_names)
    worker = mostly(("w", "w2", "w3"), good_names)
    schedule = mostly(("every5", "due", "catchup", "off", "synced"), good_names)
    run_id = st.sampled_from(b.ids)
    run_ids = st.lists(run_id, max_size=3)
    bad_run_id = hs.integers()
    bad_run_ids = arrays(st.sampled_from(b.ids) | st.sampled_from(hs.INT_EDGES))
    args = hs.json_objects.map(hs.dumps)
    jsons = hs.json_texts()
    ints = hs.integers()
    interval = st.sampled_from((1, 30, 3600, 86400, 5.5))
    when = st.sampled_from(GOOD_TIMES)
    cron = st.sampled_from(("* * * * *", "*/5 * * * *", "0 2 * * 1-5", "30 0 1 1 *", "0 0 29 2 *"))
    crons = hs.crons()
    zone = st.sampled_from(("UTC", "Europe/Berlin", "America/New_York", "Pacific/Apia"))
    zones = hs.time_zones()
    text = hs.plain_text
    texts = texts_of(1000, 65535, 65536, 100000)
    fraction = st.floats(0, 1)
    bools = st.booleans()
    level = st.sampled_from(("debug", "info", "warning", "error"))

    def P(name: str, good: Any, bad: Any) -> Param:
        return Param(name, good, bad)

    def R(name: str, good: Any, bad: Any) -> Param:
        return Param(name, good, bad, required=True)

    def enum(*values: str) -> st.SearchStrategy[str]:
        return st.sampled_from(values)

    entry_keys = {
        "job_name": (job, job | names | hs.json_values),
        "cron": (cron, crons | hs.json_values),
        "timezone": (zone, zones | hs.json_values),
        "args": (hs.json_objects, hs.json_values),
        "queue": (queue, names | hs.json_values),
        "enabled": (bools, st.sampled_from((None, "true", "off", 1, 0, 2, "maybe", [], {}))),
        "allow_concurrent": (bools, st.sampled_from((None, "yes", "x", 1.5, []))),
        "catch_up": (enum("skip_missed", "catch_up"), names | st.just(5)),
    }

    option_keys = {
        "queue": (queue, names | hs.json_values),
        "run_at": (enum("2030-06-15T12:00:00Z", "2020-01-01 00:00:00"), names | hs.json_values),
        "priority": (st.integers(-100, 100), hs.json_values),
        "max_attempts": (st.integers(1, 10000), hs.json_values),
        "unique_key": (st.just("uk") | hs.valid_names(512), hs.names(512) | hs.json_values),
        "concurrency_key": (st.just("ck") | hs.valid_names(512), hs.names(512) | hs.json_values),
        "tags": (st.lists(good_names, max_size=3), hs.json_values),
        "timeout": (st.floats(0.5, 3600), hs.json_values),
        "meta": (hs.json_objects, hs.json_values),
        "depends_on": (st.just([]), hs.json_values),
        "prio": (st.just(1), st.just(1)),  # no such option
    }
    queue_option_keys = {
        "priority": (st.integers(-100, 100), hs.json_values),
        "weight": (st.integers(1, 10), hs.json_values),
        "concurrency_limit": (st.integers(0, 10), hs.json_values),
        "lag_slo": (st.floats(0, 3600), hs.json_values),
        "prio": (st.just(1), st.just(1)),  # no such option
    }

    @st.composite
    def json_options(draw: st.DrawFn, keys: dict[str, Any], good: bool) -> Any:
        chosen = draw(st.sets(st.sampled_from(sorted(keys)), max_size=4))
        if good:
            chosen.discard("prio")
        return {key: draw(keys[key][0] if good else st.one_of(*keys[key])) for key in chosen}

    def options_of(keys: dict[str, Any]) -> tuple[Any, Any]:
        """(good, bad) JSON texts of an options object with these keys."""
        good = json_options(keys, True).map(hs.dumps)
        return good, json_options(keys, False).map(hs.dumps) | jsons

    @st.composite
    def schedule_entry(draw: st.DrawFn) -> Any:
        entry = {"name": draw(schedule), "job_name": "job", "cron": "* * * * *"}
        for key in draw(st.sets(st.sampled_from(sorted(entry_keys)))):
            good, bad = entry_keys[key]
            entry[key] = draw(st.one_of(good, bad, bad))
        if not draw(st.integers(0, 3)):
            entry["name"] = draw(names | hs.json_values)
        return entry if draw(st.integers(0, 9)) else draw(hs.json_values)

    good_schedules = st.lists(
        st.fixed_dictionaries({"name": schedule, "job_name": job, "cron": cron}), max_size=3
    ).map(hs.dumps)
    bad_schedules = st.lists(schedule_entry(), max_size=3).map(hs.dumps) | jsons

    return {
        "define_job": Spec(
            [
                R("job_name", job | good_names, names),
                P("queue", queue, names),
                P("max_attempts", st.integers(1, 10000), ints),
                P("retry_behavior", enum("fixed", "backoff"), names),
                P("retry_delay", interval, seconds()),
                P("retry_max_delay", interval, seconds()),
                P("retry_jitter", fraction, reals()),
                P("timeout", interval, seconds()),
                P("priority", st.integers(-100, 100), ints),
                P("concurrency_limit", st.integers(0, 5), ints),
                P("keep_succeeded", bools, st.sampled_from(BOOLS)),
            ],
            verify_define_job,
            examples=40,
        ),
        "enqueue": Spec(
            [
                R("job_name", job, names),
                P("args", args, jsons),
                P("queue", queue, names),
                P("run_at", when, times()),
                P("priority", st.integers(-100, 100), ints),
                P("max_attempts", st.integers(1, 10000), ints),
                P("unique_key", st.just("uk") | hs.valid_names(512), hs.names(512)),
                P("concurrency_key", st.just("ck") | hs.valid_names(512), hs.names(512)),
                P("depends_on", run_ids, bad_run_ids),
                P("tags", st.lists(good_names, max_size=3), arrays(names)),
                P("timeout", interval, seconds()),
                P("meta", args, jsons),
            ],
            verify_enqueue,
            examples=100,
        ),
        "enqueue_opts": Spec(
            [
                R("job_name", job, names),
                P("args", args, jsons),
                P("options", *options_of(option_keys)),
            ],
            verify_enqueue_opts,
            examples=80,
        ),
        "enqueue_many": Spec(
            [
                R("job_name", job, names),
                R("args", st.lists(hs.json_objects, max_size=3), arrays(hs.json_objects) | jsons),
                P("queue", queue, names),
                P("run_at", when, times()),
                P("priority", st.integers(-100, 100), ints),
                P("tags", st.lists(good_names, max_size=3), arrays(names)),
                P("meta", args, jsons),
            ],
            verify_enqueue_many,
            examples=50,
        ),
        "set_queue": Spec(
            [
                R("queue", queue, names),
                P("priority", st.integers(-100, 100), ints),
                P("weight", st.integers(1, 10), ints),
                P("concurrency_limit", st.integers(0, 10), ints),
            ],
            verify_set_queue,
        ),
        "set_queue_opts": Spec(
            [R("queue", queue, names), P("options", *options_of(queue_option_keys))],
            verify_set_queue,
        ),
        "pause_queue": Spec([R("queue", queue, names)], verify_paused(True), 15),
        "resume_queue": Spec([R("queue", queue, names)], verify_paused(False), 15),
        "register_worker": Spec(
            [
                R("worker", worker, names),
                R("queues", st.lists(queue, max_size=3) | st.none(), arrays(names)),
                R("concurrency", st.integers(1, 100), ints),
                P("info", args, jsons),
            ],
            verify_register_worker,
        ),
        "unregister_worker": Spec([R("worker", worker, names)], verify_unregister_worker, 15),
        "claim": Spec(
            [
                R("worker", worker, names),
                P("queues", st.lists(queue, max_size=3), arrays(queue | names)),
                P("max_runs", st.integers(1, 20), ints),
                P("lease", interval, seconds()),
                P("strategy", enum("priority", "strict", "weighted"), names),
            ],
            verify_claim,
            examples=60,
        ),
        "complete": Spec(
            [
                R("worker", worker, names),
                R("run_ids", run_ids, bad_run_ids),
                P("results", st.lists(hs.json_objects, max_size=3), arrays(hs.json_values)),
            ],
            verify_count,
            examples=40,
        ),
        "fail": Spec(
            [
                R("worker", worker, names),
                R("run_id", run_id, bad_run_id),
                R("error", text, texts),
                P("retryable", bools, st.sampled_from(BOOLS)),
            ],
            verify_fail,
        ),
        "heartbeat": Spec(
            [
                R("worker", worker, names),
                R("run_ids", run_ids, bad_run_ids),
                P("lease", interval, seconds()),
            ],
            verify_heartbeat,
        ),
        "release": Spec(
            [R("worker", worker, names), R("run_ids", run_ids, bad_run_ids)], verify_count
        ),
        "log": Spec(
            [
                R("worker", worker, names),
                R("run_id", run_id, bad_run_id),
                R("level", level, names),
                R("message", text, texts),
            ],
            verify_log,
        ),
        "log_many": Spec(
            [
                R("worker", worker, names),
                R("run_ids", run_ids, bad_run_ids),
                R("levels", st.lists(level, max_size=3), arrays(level | names)),
                R("messages", st.lists(text, max_size=3), arrays(texts)),
            ],
            verify_count,
        ),
        "set_progress": Spec(
            [
                R("worker", worker, names),
                R("run_id", run_id, bad_run_id),
                R("progress", fraction, reals()),
                P("note", text, texts),
            ],
            verify_set_progress,
        ),
        "set_progress_many": Spec(
            [
                R("worker", worker, names),
                R("run_ids", run_ids, bad_run_ids),
                R("progress", st.lists(fraction, max_size=3), arrays(reals())),
                P("notes", st.lists(text, max_size=3), arrays(texts)),
            ],
            verify_count,
        ),
        "cancel": Spec([R("run_id", run_id, bad_run_id)], examples=20),
        "retry": Spec([R("run_id", run_id, bad_run_id)], examples=20),
        "prune": Spec(
            [P("older_than", interval, seconds()), P("batch_size", st.integers(1, 1000), ints)],
            examples=20,
        ),
        "sweep": Spec([P("batch_size", st.integers(1, 1000), ints)], examples=15),
        "define_schedule": Spec(
            [
                R("name", schedule, names),
                R("job_name", job, names),
                R("cron", cron, crons),
                P("timezone", zone, zones),
                P("args", args, jsons),
                P("queue", queue, names),
                P("enabled", bools, st.sampled_from(BOOLS)),
                P("allow_concurrent", bools, st.sampled_from(BOOLS)),
                P("catch_up", enum("skip_missed", "catch_up"), names),
            ],
            verify_define_schedule,
            examples=60,
        ),
        "set_schedule_enabled": Spec(
            [R("name", schedule, names), R("enabled", bools, st.sampled_from(BOOLS))]
        ),
        "update_schedule_cron": Spec(
            [R("name", schedule, names), R("cron", cron, crons), P("timezone", zone, zones)],
            verify_update_schedule_cron,
        ),
        "run_schedule_now": Spec([R("name", schedule, names)], verify_run_schedule_now, 15),
        "materialize_schedules": Spec([P("now", when, times())], examples=25),
        "sync_schedules": Spec(
            [
                R("owner", st.just("owner") | good_names, names),
                R("schedules", good_schedules, bad_schedules),
                P("existing", enum("keep_database", "update_from_code"), names),
                P("orphaned", enum("disable", "ignore"), names),
            ],
            verify_sync_schedules,
            examples=50,
        ),
        "cron_next": Spec(
            [R("cron", cron, crons), R("after", when, times()), P("timezone", zone, zones)],
            verify_after,
            examples=60,
        ),
        "cron_preview": Spec(
            [
                R("cron", cron, crons),
                R("after", when, times()),
                P("timezone", zone, zones),
                P("count", st.integers(1, 20), ints),
            ],
            verify_cron_preview,
            examples=40,
        ),
        "dependency_tree": Spec([R("run_id", run_id, bad_run_id)], examples=15),
        "explain_run": Spec([R("run_id", run_id, bad_run_id)], examples=15),
        "list_runs": Spec(
            [
                P("status", enum("waiting", "pending", "leased", "failed"), names),
                P("job_name", job, names),
                P("queue", queue, names),
                P("tag", good_names, names),
                P("max_runs", st.integers(1, 20), ints),
                P("before_id", run_id, bad_run_id),
            ],
            verify_list_runs,
            examples=30,
        ),
        "health": Spec([], examples=1),
        "metrics_text": Spec([], examples=1),
    }


ROUTINES = sorted(specs(Base(ids=[1])))
# The public routines: what the roles may execute (sql/mysql/schema.sql, "Roles").
PUBLIC = {
    *("enqueue", "enqueue_opts", "enqueue_many", "define_job", "claim", "complete", "fail"),
    *("heartbeat", "release", "cancel", "retry", "log", "log_many", "set_progress"),
    *("set_progress_many", "set_queue", "pause_queue", "resume_queue", "register_worker"),
    *("unregister_worker", "define_schedule", "set_schedule_enabled", "update_schedule_cron"),
    *("run_schedule_now", "materialize_schedules", "sync_schedules", "cron_next"),
    *("cron_preview", "prune", "sweep", "dependency_tree", "list_runs", "health"),
    *("explain_run", "metrics_text", "set_queue_opts"),
}


def test_every_public_routine_has_a_spec(hostile_db: Db) -> None:
    assert set(ROUTINES) == PUBLIC
    for routine, spec in specs(hostile_db.base).items():
        _, params = hostile_db.signatures[routine]
        assert [p.name for p in spec.params] == [name for name, _ in params], routine


@pytest.mark.parametrize("routine", ROUTINES)
def test_routine_takes_hostile_input(db: Db, routine: str) -> None:
    spec = specs(db.base)[routine]
    if not spec.params:  # (health: test_null_for_every_parameter calls it)
        return

    @settings(HYPOTHESIS, max_examples=spec.examples)
    @given(args=arguments(spec.params))
    def check(args: dict[str, Any]) -> None:
        attempt(db, routine, spec, args)

    check()


def attempt(db: Db, routine: str, spec: Spec, args: dict[str, Any]) -> None:
    """One call in a transaction of its own, judged, and verified when it works."""
    with transaction(db):
        out = db.call(routine, args)
        if out.rows is not None and spec.verify is not None:
            spec.verify(db, args, out)


# One parameter at a time, every hostile value of its type, the others NULL (or, when
# required, a plausible value): a certain hit for what a random search may find rarely.
TEXT_SWEEP = (
    *hs.SPECIAL_NAMES,
    *hs.NUL_NAMES,
    hs.exact_length("\U0001f642", 129),
    hs.exact_length("e\u0301", 513),
    "x" * 65535,
    "x" * 65536,
    "\u00e9" * 32768,
    "\U0001f642" * 16384,
)
JSON_SWEEP = (
    *hs.RAW_JSON,
    *RAW_ARRAYS,
    *(hs.nested_json(n, kind) for n in (31, 32, 33, 1000, 100000) for kind in ("array", "object")),
    "[" + ",".join(["1"] * 1001) + "]",
    [[1, 2], [3, 4]],
    [None],
    [2**63 - 1],
    [-1, 0],
    ["x" * 129],
    [""],
)
SWEEP: dict[str, tuple[Any, ...]] = {
    "text": TEXT_SWEEP,
    "longtext": (*JSON_SWEEP, *TEXT_SWEEP),
    "int(11)": (*hs.INT_EDGES, *hs.INT_TEXTS),
    "bigint(20)": (*hs.INT_EDGES, *hs.INT_TEXTS),
    "double": (*SECONDS, *REALS),
    "datetime(6)": (*MARIADB_TIMES, *hs.TIMESTAMPS),
    "tinyint(1)": BOOLS,
}
ENTRY_SWEEP: dict[str, tuple[Any, ...]] = {
    "enabled": (None, "true", "maybe", 2, [], {}, 1.5),
    "allow_concurrent": (None, "yes", "maybe", [], {}),
    "catch_up": ("x", 5, None),
    "timezone": ("Nope/Zone", 5, None, []),
    "args": ([], "x", None, 5),
    "queue": ("", 5, [], "a\nb"),
    "job_name": (None, 5, "nope"),
    "cron": (5, None, "", []),
    "name": (5, None, "", "x" * 129, "a\nb"),
}
SCHEDULES_SWEEP = (
    *(
        hs.dumps([{"name": "swept", "job_name": "job", "cron": "* * * * *", key: value}])
        for key, values in ENTRY_SWEEP.items()
        for value in values
    ),
    *("[{}]", "[[]]", '["x"]', "[null]", '[{"job_name": "job"}]'),
)


def samples(b: Base) -> dict[str, Any]:
    """A plausible value for each required parameter, by name."""
    return {
        "job_name": "job",
        "args": "[{}]",
        "queue": "q1",
        "worker": "w",
        "queues": ["q1"],
        "concurrency": 2,
        "run_id": b.leased,
        "run_ids": [b.leased],
        "error": "boom",
        "level": "info",
        "message": "hello",
        "progress": 0.5,
        "levels": ["info"],
        "messages": ["hello"],
        "name": "every5",
        "cron": "*/5 * * * *",
        "enabled": True,
        "owner": "owner",
        "schedules": "[]",
        "after": GOOD_TIMES[1],
    }


@pytest.mark.parametrize("routine", ROUTINES)
def test_each_parameter_swept(db: Db, routine: str) -> None:
    spec = specs(db.base)[routine]
    _, params = db.signatures[routine]
    base = samples(db.base)
    required = {p.name: base[p.name] for p in spec.params if p.required}
    if routine == "enqueue_many":
        required["args"] = "[{}]"
    for name, dtd in params:
        values = list(SWEEP[dtd])
        if dtd == "bigint(20)":
            values += db.base.ids
        if name == "schedules":
            values += SCHEDULES_SWEEP
        for value in values:
            attempt(db, routine, spec, {**required, name: value})


@pytest.mark.parametrize("routine", ROUTINES)
def test_null_for_every_parameter(db: Db, routine: str) -> None:
    db.tolerate = False
    with transaction(db):
        db.call(routine, {})


# ============================================================================ differences


@dataclass(frozen=True)
class Difference:
    """The same input, two answers: PostgreSQL's (in words) and MariaDB's (pinned)."""

    what: str
    sql: str
    params: tuple[Any, ...]
    errno: int | None  # MariaDB: None (it works), 1644 (then sqlstate), or a conversion errno
    sqlstate: str | None
    postgresql: str


N = ", NULL"
DIFFERENCES = [
    Difference(
        "a name with NUL",
        "SELECT durable.define_job(%s" + N * 10 + ")",
        ("a\x00b",),
        1644,
        "DS002",
        "22021 while converting the argument (text holds no NUL); MariaDB takes the NUL"
        " and the name check refuses it (the client's copy of the text ends at the NUL)",
    ),
    Difference(
        "a name of 65,536 bytes",
        "SELECT durable.define_job(%s" + N * 10 + ")",
        ("x" * 65536,),
        1406,
        None,
        "DS002 (longer than 128 characters); MariaDB's TEXT parameter holds 65,535 bytes",
    ),
    Difference(
        "an error text of 65,536 bytes",
        "SELECT durable.fail('w', 1, %s, NULL)",
        ("x" * 65536,),
        1406,
        None,
        "stored (text has no limit); fail's error is a TEXT parameter here",
    ),
    Difference(
        "args nested 40 deep",
        "SELECT durable.enqueue('job', %s" + N * 10 + ")",
        ('{"a":' * 40 + "1" + "}" * 40,),
        1644,
        "DS001",
        "stored as sent (jsonb nests to thousands of levels, then 54001); MariaDB's JSON"
        " functions stop at 32 levels: 'args must be a JSON object, got invalid JSON'",
    ),
    Difference(
        "depends_on '{}'",
        "SELECT durable.enqueue('job'" + N * 7 + ", %s" + N * 3 + ")",
        ("{}",),
        1644,
        "DS001",
        "'{}' is an empty bigint[]: no parents; here it is a JSON object, no array",
    ),
    Difference(
        "an interval as text",
        "SELECT durable.define_job('j', NULL, NULL, NULL, %s" + N * 6 + ")",
        ("1 hour",),
        1265,
        None,
        "an interval; here intervals are seconds, and '1 hour' no number (data truncated)",
    ),
    Difference(
        "a time with an offset",
        "SELECT durable.enqueue('job', NULL, NULL, %s" + N * 8 + ")",
        ("2030-01-01 00:00:00+00",),
        1292,
        None,
        "a timestamptz; DATETIME(6) takes no offset (times are UTC)",
    ),
    Difference(
        "a date with a zero part",
        "SELECT durable.enqueue('job', NULL, NULL, %s" + N * 8 + ")",
        ("0000-00-00 00:00:00",),
        1644,
        "DS001",
        "22008 while converting; here the session's sql_mode lets it in and enqueue"
        " refuses it as PostgreSQL refuses infinity: 'run_at must be a finite time'",
    ),
    Difference(
        "materialize_schedules at a date with a zero part",
        "SELECT durable.materialize_schedules(%s)",
        ("0000-00-00 00:00:00",),
        None,
        None,
        "22008 while converting; here nothing is due at that time: 0 (no check of now)",
    ),
    Difference(
        "cron_next after year 1",
        "SELECT durable.cron_next('* * * * *', %s, NULL)",
        ("0001-01-01 00:00:00",),
        1644,
        "DS001",
        "a fire time; the port's cron takes 1000-01-02 to 9990-01-01 (DATETIME's range)",
    ),
    Difference(
        "NaN progress",
        "SELECT durable.set_progress('w', 1, %s, NULL)",
        ("NaN",),
        1366,
        None,
        "DS001 (NaN is a real, not between 0 and 1); DOUBLE has no NaN (incorrect value)",
    ),
]


@pytest.mark.parametrize("difference", DIFFERENCES, ids=[d.what for d in DIFFERENCES])
def test_differences(db: Db, difference: Difference) -> None:
    """MariaDB's side of each difference, pinned (every one an acceptable way to fail)."""
    with transaction(db):
        try:
            db.rows(difference.sql, *difference.params)
        except pymysql.err.MySQLError as exc:
            failure = db.failure(exc)
            assert (failure.errno, failure.sqlstate) == (difference.errno, difference.sqlstate)
            return
        assert difference.errno is None, "it worked"
