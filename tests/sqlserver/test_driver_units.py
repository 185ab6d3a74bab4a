"""The SQL Server driver's pure parts, no server needed: the DSN, the error mapping
(every DS code, from the error number and from the message's prefix), the splitting
of a sqlcmd script on its GO lines, the values sent, and what set_queue, claim and
slo_status send and make of the rows they get (with the query method stubbed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

pytest.importorskip("pymssql", reason="pymssql is not installed (pip install -e '.[sqlserver]')")

import pymssql

from durablesql import errors
from durablesql.driver import EXTRAS, NATIVE, SCHEMES, dialect_module
from durablesql.driver.interface import ConnectOptions
from durablesql.driver.records import AttemptError, SloStatus
from durablesql.driver.sqlfiles import schema_sql
from durablesql.driver.sqlserver import connect_kwargs
from durablesql.driver.sqlserver.dsn import describe, parse_dsn
from durablesql.driver.sqlserver.errors import code_of, message_of, translate
from durablesql.driver.sqlserver.migrate import split
from durablesql.driver.sqlserver.operations import (
    ATTEMPT_ERRORS,
    SET_QUEUE,
    SLO_STATUS,
    MSOperations,
    call,
    sent,
)
from durablesql.driver.values import Row

# What DB-Lib appends to every server message pymssql hands on.
DBLIB = (
    "\nDB-Lib error message 20018, severity 16:\n"
    "General SQL Server error: Check messages from the SQL Server\n"
)


def server_error(
    number: int, text: str, cls: type[Exception] = pymssql.OperationalError
) -> Exception:
    """A pymssql DB-API error as pymssql raises it: args[0] = (number, message bytes)."""
    return cls((number, (text + DBLIB).encode()))


# ---------------------------------------------------------------------------- DSNs
def test_the_scheme_picks_the_sqlserver_driver() -> None:
    assert SCHEMES["mssql"] == "durablesql.driver.sqlserver"
    assert dialect_module("mssql://sa:pw@db/app") == "durablesql.driver.sqlserver"
    assert dialect_module("MSSQL://sa:pw@db/app") == "durablesql.driver.sqlserver"
    assert EXTRAS["durablesql.driver.sqlserver"] == ("pymssql", "sqlserver")
    assert NATIVE["pymssql"] == "durablesql.driver.sqlserver"


def test_a_full_dsn() -> None:
    found = parse_dsn(
        "mssql://app%40corp:p%3Ass@db.example:1444/shop?login_timeout=2.5&encryption=Require"
        "&tds_version=7.3"
    )
    assert found == {
        "server": "db.example",
        "port": "1444",
        "user": "app@corp",
        "password": "p:ss",
        "database": "shop",
        "login_timeout": 2,
        "tds_version": "7.3",
        "encryption": "require",
    }
    assert describe(found) == "app@corp@db.example:1444/shop"


def test_defaults() -> None:
    found = parse_dsn("mssql://sa@/")
    assert found["server"] == "127.0.0.1" and found["port"] == "1433"
    assert found["password"] == "" and "database" not in found
    assert found["tds_version"] == "7.4" and found["login_timeout"] == 15


@pytest.mark.parametrize(
    ("dsn", "says"),
    [
        ("mysql://sa@db/app", "not a SQL Server DSN"),
        ("mssql://db/app", "names its login"),
        ("mssql://sa@db:notaport/app", "bad port"),
        ("mssql://sa@db/a/b", "one database"),
        ("mssql://sa@db/app?login_timeout=soon", "login_timeout"),
        ("mssql://sa@db/app?tds_version=8.0", "tds_version"),
        ("mssql://sa@db/app?encryption=maybe", "encryption"),
        ("mssql://sa@db/app?sslmode=require", "unknown DSN option 'sslmode'"),
    ],
)
def test_bad_dsns_say_what_is_wrong(dsn: str, says: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=says):
        parse_dsn(dsn)


def test_the_password_never_shows() -> None:
    with pytest.raises(errors.ConfigurationError) as raised:
        parse_dsn("mssql://sa:s3cret@db/app?bogus=1")
    assert "s3cret" not in str(raised.value)
    assert "s3cret" not in describe(parse_dsn("mssql://sa:s3cret@db/app"))


def test_connect_keywords_hold_the_session_and_the_options() -> None:
    found = connect_kwargs(
        "mssql://sa:pw@db/app", ConnectOptions(application_name="w1", statement_timeout=2.4)
    )
    assert found["autocommit"] is True and found["appname"] == "w1" and found["timeout"] == 2
    session = found["conn_properties"]
    assert "READ COMMITTED" in session and "XACT_ABORT OFF" in session
    assert "timeout" not in connect_kwargs("mssql://sa:pw@db/app", ConnectOptions())


# ---------------------------------------------------------------------------- errors
CODES = sorted(errors.BY_SQLSTATE.items())


def test_every_code_is_covered() -> None:
    assert [code for code, _ in CODES] == [f"DS{n:03d}" for n in range(1, 14)]


@pytest.mark.parametrize(("code", "cls"), CODES)
def test_a_throw_maps_to_the_codes_class(code: str, cls: type[errors.DurableError]) -> None:
    number = 50000 + int(code[2:])
    found = translate(server_error(number, f"{code}: the engine said so"))
    assert type(found) is cls
    assert isinstance(found, errors.DurableError)
    assert found.sqlstate == code and found.message == "the engine said so"


@pytest.mark.parametrize(("code", "cls"), CODES)
def test_the_number_alone_is_enough(code: str, cls: type[errors.DurableError]) -> None:
    found = translate(server_error(50000 + int(code[2:]), "the engine said so"))
    assert type(found) is cls and found.sqlstate == code


@pytest.mark.parametrize(("code", "cls"), CODES)
def test_the_prefix_alone_is_enough(code: str, cls: type[errors.DurableError]) -> None:
    # A caller's own procedure that catches the engine's error and raises it again with
    # RAISERROR(ERROR_MESSAGE(), 16, 1) keeps the text and loses the number (50000).
    found = translate(server_error(50000, f"{code}: rethrown by a caller"))
    assert type(found) is cls and found.message == "rethrown by a caller"


def test_the_prefix_wins_over_the_number() -> None:
    assert code_of(50004, "DS001: x") == "DS001"
    assert code_of(50004, "no prefix") == "DS004"
    assert code_of(50000, "no prefix") is None
    assert code_of(2812, "Could not find stored procedure 'durable.x'.") is None


def test_the_message_loses_db_libs_notes() -> None:
    exc = server_error(50004, "DS004: unknown run 5")
    assert message_of(exc) == "DS004: unknown run 5"
    assert str(translate(exc)) == "unknown run 5"


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (server_error(20009, "Unable to connect: server unavailable"), errors.ConnectionLost),
        (server_error(18456, "Login failed for user 'sa'."), errors.ConnectionLost),
        (pymssql.InterfaceError("Connection is closed."), errors.ConnectionLost),
        (server_error(1205, "Transaction (Process ID 52) was deadlocked"), errors.Transient),
        (server_error(1222, "Lock request time out period exceeded."), errors.Transient),
        (
            server_error(229, "The EXECUTE permission was denied on the object 'cancel'"),
            errors.PermissionDenied,
        ),
        (
            server_error(2812, "Could not find stored procedure 'durable.enqueue'."),
            errors.SchemaNotInstalled,
        ),
        (
            server_error(8114, "Error converting data type nvarchar to bigint."),
            errors.InvalidArgument,
        ),
        (
            server_error(241, "Conversion failed when converting date and/or time"),
            errors.InvalidArgument,
        ),
    ],
)
def test_server_errors_map_to_their_classes(exc: Exception, cls: type[Exception]) -> None:
    assert type(translate(exc)) is cls


def test_a_bug_stays_what_it_is() -> None:
    syntax = server_error(102, "Incorrect syntax near 'FROM'.", pymssql.ProgrammingError)
    assert translate(syntax) is syntax
    missing = server_error(2812, "Could not find stored procedure 'dbo.other'.")
    assert translate(missing) is missing  # not the engine's: not "schema not installed"
    other = ValueError("x")
    assert translate(other) is other


# ---------------------------------------------------------------------------- scripts
def test_split_cuts_on_go_lines_only() -> None:
    script = "SELECT 1;\nGO\nSELECT 'GO';\n  go  \nSELECT 2 AS going;\nGO -- done\n\nGO\n"
    assert split(script) == ["SELECT 1;", "SELECT 'GO';", "SELECT 2 AS going;"]


def test_the_install_script_is_one_transaction_in_batches() -> None:
    batches = split(schema_sql("sqlserver"))
    assert batches[0].endswith("BEGIN TRANSACTION;")
    assert batches[-1].endswith("COMMIT TRANSACTION;")
    assert sum(b.startswith(("CREATE PROCEDURE", "-- ")) for b in batches) > 40
    # sqlcmd's rule: a CREATE PROCEDURE/FUNCTION/VIEW/TRIGGER starts its batch.
    for batch in batches:
        code = "\n".join(line for line in batch.splitlines() if not line.startswith("--"))
        for kind in ("PROCEDURE", "FUNCTION", "VIEW", "TRIGGER"):
            if f"CREATE {kind}" in code:
                assert code.lstrip().startswith(f"CREATE {kind}"), code[:120]


# ---------------------------------------------------------------------------- values
def test_calls_name_every_parameter() -> None:
    assert call("cancel", "run_id") == "EXEC durable.cancel @run_id = %s"
    assert call("health") == "EXEC durable.health"
    assert call("fail", "worker", "run_id") == "EXEC durable.fail @worker = %s, @run_id = %s"


def test_times_are_sent_as_utc_text() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert sent(datetime(2030, 1, 1, 2, 0, 0, 5, tzinfo=plus_two)) == "2030-01-01 00:00:00.000005"
    assert sent(datetime(2030, 1, 1, tzinfo=UTC)) == "2030-01-01 00:00:00.000000"
    assert sent(None) is None
    with pytest.raises(errors.InvalidArgument, match="aware"):
        sent(datetime(2030, 1, 1))


def test_the_cli_prints_the_sqlserver_install_script() -> None:
    from typer.testing import CliRunner

    from durablesql.cli import cli

    result = CliRunner().invoke(cli, ["sql", "--dialect", "sqlserver"], env={"DURABLESQL_DSN": ""})
    assert result.exit_code == 0 and result.output == schema_sql("sqlserver")
    assert CliRunner().invoke(cli, ["sql", "--dialect", "mssql"]).output == result.output


# ---------------------------------------------------------------------------- 0016
class Recording(MSOperations):
    """The driver with its one query method replaced: records what it would send and
    answers with rows as pymssql gives them (datetime2 naive UTC, bit as bool,
    decimal as Decimal)."""

    def __init__(self, rows: list[Row]) -> None:
        super().__init__(None)  # type: ignore[arg-type]  # (never used: _rows is replaced)
        self.sent: list[tuple[str, tuple[Any, ...]]] = []
        self.answer = rows

    async def _rows(self, sql: str, *args: Any) -> list[Row]:
        self.sent.append((sql, args))
        return self.answer


async def test_set_queue_sends_the_lag_objective_in_seconds() -> None:
    ops = Recording([])
    await ops.set_queue("mail", None, 3, None, lag_slo=timedelta(minutes=1, milliseconds=500))
    await ops.set_queue("mail", 1, None, 0)
    assert ops.sent == [
        (SET_QUEUE, ("mail", None, 3, None, 60.5)),
        (SET_QUEUE, ("mail", 1, None, 0, None)),  # NULL: the objective is left as it is
    ]
    assert SET_QUEUE.endswith("@concurrency_limit = %s, @lag_slo = %s")


async def test_claim_hands_on_the_runs_traceparent() -> None:
    at = datetime(2030, 1, 1, 0, 0, 0)
    row: Row = {
        "run_id": 7, "job_name": "j", "queue": "q", "args": "{}", "attempt": 1,
        "max_attempts": 3, "run_at": at, "lease_expires_at": at + timedelta(seconds=30),
        "timeout": None, "priority": 0,
        "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    }  # fmt: skip
    ops = Recording([row, {**row, "run_id": 8, "traceparent": None}])
    runs = await ops.claim("w1", ["q"], 2, timedelta(seconds=30), "priority")
    assert [r.traceparent for r in runs] == [row["traceparent"], None]
    assert runs[0].run_at == at.replace(tzinfo=UTC)


async def test_slo_status_reads_seconds_bits_and_counts() -> None:
    mail: Row = {
        "queue": "mail", "lag_slo": 30.0, "oldest_due_age": Decimal("12.50000000"),
        "within_slo": True, "started_last_hour": 4, "started_within_slo": 3,
        "share_within_slo": 0.75,
    }  # fmt: skip
    other: Row = dict.fromkeys(mail, None) | {"queue": "other"}
    ops = Recording([mail, other])
    assert ops.sent == []
    got = await ops.slo_status()
    assert ops.sent == [(SLO_STATUS, ())]
    assert got == [
        SloStatus("mail", timedelta(seconds=30), timedelta(seconds=12.5), True, 4, 3, 0.75),
        SloStatus("other", None, None, None, None, None, None),
    ]


# ---------------------------------------------------------------------------- 0017
async def test_attempt_errors_reads_one_runs_rows_in_order_as_utc() -> None:
    # The order is the query's (error_id: the order the attempts ended in); the
    # driver keeps it and makes pymssql's naive datetime2 an aware UTC time.
    at = datetime(2030, 1, 1, 0, 0, 1)
    rows: list[Row] = [
        {"failed_at": at, "attempt": 1, "outcome": "retrying", "error": "boom", "worker": "w1"},
        {"failed_at": at + timedelta(seconds=10), "attempt": 2, "outcome": "failed",
         "error": "lease expired on attempt 2 of 2: worker w2 did not finish or heartbeat",
         "worker": "w2"},
    ]  # fmt: skip
    ops = Recording(rows)
    got = await ops.attempt_errors(42)
    assert ops.sent == [(ATTEMPT_ERRORS, (42,))]
    assert ATTEMPT_ERRORS.endswith(
        "FROM durable.attempt_errors WHERE run_id = %s ORDER BY error_id"
    )
    assert got == [
        AttemptError(at.replace(tzinfo=UTC), 1, "retrying", "boom", "w1"),
        AttemptError(
            (at + timedelta(seconds=10)).replace(tzinfo=UTC), 2, "failed", rows[1]["error"], "w2"
        ),
    ]
    assert await Recording([]).attempt_errors(10**9) == []
