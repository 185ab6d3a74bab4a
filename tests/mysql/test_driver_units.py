"""The MySQL driver's pure parts, no server needed: DSNs, the error mapping, the
splitting of a client script on its DELIMITER lines."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime, timedelta, timezone

import pytest

pytest.importorskip("asyncmy", reason="asyncmy is not installed (pip install -e '.[mysql]')")

import asyncmy.errors

from durablesql import errors
from durablesql.driver import SCHEMES, dialect_module
from durablesql.driver.interface import ConnectOptions
from durablesql.driver.mysql import session_setup
from durablesql.driver.mysql.dsn import parse_dsn
from durablesql.driver.mysql.errors import translate
from durablesql.driver.mysql.migrate import split
from durablesql.driver.mysql.operations import json_texts, seconds, when


# ---------------------------------------------------------------------------- DSNs
def test_both_schemes_pick_the_mysql_driver() -> None:
    assert SCHEMES["mysql"] == SCHEMES["mariadb"] == "durablesql.driver.mysql"
    assert dialect_module("mariadb://root@db/app") == "durablesql.driver.mysql"
    assert dialect_module("MySQL://root@db/app") == "durablesql.driver.mysql"


def test_a_full_dsn() -> None:
    found = parse_dsn("mysql://app%40corp:p%3Ass@db.example:3310/shop?connect_timeout=2.5")
    assert found == {
        "host": "db.example",
        "port": 3310,
        "user": "app@corp",
        "password": "p:ss",
        "database": "shop",
        "charset": "utf8mb4",
        "connect_timeout": 2,
    }


def test_defaults_and_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "alice")
    found = parse_dsn("mariadb://?unix_socket=/run/mysqld/mysqld.sock")
    assert found["user"] == "alice" and found["host"] == "127.0.0.1" and found["port"] == 3306
    assert found["unix_socket"] == "/run/mysqld/mysqld.sock" and "database" not in found
    assert parse_dsn("mysql://root@h/")["password"] == ""


def test_tls() -> None:
    assert isinstance(parse_dsn("mysql://root@h/?ssl=true")["ssl"], ssl.SSLContext)
    assert "ssl" not in parse_dsn("mysql://root@h/?ssl=false")


@pytest.mark.parametrize(
    ("dsn", "says"),
    [
        ("mysql://root@h/?charset=latin1", "unknown DSN option 'charset'"),
        ("mysql://root@h/?ssl=maybe", "ssl must be true or false"),
        ("mysql://root@h/?connect_timeout=soon", "connect_timeout must be a number"),
        ("mysql://root@h:port/", "bad port"),
        ("mysql://root@h/a/b", "one database"),
        ("postgresql://root@h/", "not a MySQL/MariaDB DSN"),
    ],
)
def test_bad_dsns_say_what_is_wrong(dsn: str, says: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=says):
        parse_dsn(dsn)


def test_session_setup_names_each_servers_variable() -> None:
    options = ConnectOptions(statement_timeout=2)
    maria = session_setup("5.5.5-10.11.6-MariaDB-0+deb12u1", options)
    assert "tx_isolation = 'READ-COMMITTED'" in maria and "max_statement_time = 2.0" in maria
    mysql = session_setup("8.0.36", ConnectOptions())
    assert "transaction_isolation = 'READ-COMMITTED'" in mysql
    assert "time_zone = '+00:00'" in mysql and "max_statement_time" not in mysql
    assert "sql_notes = 0" in mysql


# ---------------------------------------------------------------------------- values
def test_values_cross_as_the_engine_takes_them() -> None:
    berlin = timezone(timedelta(hours=1))
    assert when(datetime(2030, 1, 1, 1, tzinfo=berlin)) == datetime(2030, 1, 1)
    assert when(None) is None
    with pytest.raises(errors.InvalidArgument, match="aware"):
        when(datetime(2030, 1, 1))
    assert seconds(timedelta(minutes=1, microseconds=500)) == 60.0005
    assert json_texts(['{"a": 1}', None, "{}"]) == '[{"a": 1},null,{}]'
    assert datetime(2030, 1, 1, tzinfo=UTC).tzinfo is UTC


# ---------------------------------------------------------------------------- errors
def server_error(
    cls: type[asyncmy.errors.MySQLError], errno: int, message: str, sqlstate: str | None
) -> asyncmy.errors.MySQLError:
    exc = cls(errno, message)
    exc.sqlstate = sqlstate
    return exc


OPERATIONAL = asyncmy.errors.OperationalError


@pytest.mark.parametrize(
    ("errno", "sqlstate", "expected"),
    [
        (1644, "DS001", errors.InvalidArgument),
        (1644, "DS004", errors.UnknownRun),
        (1644, "DS013", errors.UnknownSchedule),
        (1644, "DS099", errors.DurableError),  # a code of the class not known here
        (1213, "40001", errors.Transient),  # deadlock
        (1205, "HY000", errors.Transient),  # lock wait timeout
        (1370, "42000", errors.PermissionDenied),  # EXECUTE denied
        (1142, "42000", errors.PermissionDenied),  # table access denied
        (2013, None, errors.ConnectionLost),
        (2006, None, errors.ConnectionLost),
        (1927, "70100", errors.ConnectionLost),  # connection killed
        (1406, "22001", errors.InvalidArgument),  # data too long
        (1264, "22003", errors.InvalidArgument),  # out of range
    ],
)
def test_server_errors_map_to_durablesql_classes(
    errno: int, sqlstate: str | None, expected: type[errors.DurableError]
) -> None:
    found = translate(server_error(OPERATIONAL, errno, "the text", sqlstate))
    assert type(found) is expected
    assert isinstance(found, errors.DurableError) and found.message.endswith("the text")
    if sqlstate and sqlstate.startswith("DS"):
        assert found.sqlstate == sqlstate


def test_a_sqlstate_recovered_by_the_caller_counts() -> None:
    # PyMySQL-style exceptions carry no SQLSTATE: the driver asks GET DIAGNOSTICS.
    exc = server_error(OPERATIONAL, 1644, "queue must not be empty", None)
    assert type(translate(exc)) is OPERATIONAL  # not guessed from the text
    assert type(translate(exc, "DS002")) is errors.InvalidName


def test_a_missing_engine_and_bugs() -> None:
    missing = server_error(OPERATIONAL, 1305, "FUNCTION durable.enqueue does not exist", "42000")
    assert isinstance(translate(missing), errors.SchemaNotInstalled)
    syntax = server_error(asyncmy.errors.ProgrammingError, 1064, "syntax", "42000")
    assert translate(syntax) is syntax  # a bug stays itself
    other_signal = server_error(OPERATIONAL, 1644, "user code", "45000")
    assert translate(other_signal) is other_signal
    assert isinstance(translate(ConnectionResetError()), errors.ConnectionLost)


# ---------------------------------------------------------------------------- scripts
SCRIPT = """-- a comment with a ' quote and a ; semicolon
CREATE DATABASE IF NOT EXISTS durable; # another; comment
/* a block; comment */
SELECT 'a;b', "c;d", `e;f`, 'it''s', 'back\\\\slash\\';x' ;
DELIMITER $$
CREATE FUNCTION durable.f() RETURNS INT
BEGIN
  DECLARE x INT DEFAULT 1; -- inside
  RETURN x; /*! 50000 executable */
END$$
delimiter ;
SELECT 1;
SELECT 2"""


def test_a_client_script_is_split_as_the_client_does() -> None:
    assert split(SCRIPT) == [
        "CREATE DATABASE IF NOT EXISTS durable",
        "SELECT 'a;b', \"c;d\", `e;f`, 'it''s', 'back\\\\slash\\';x'",
        "CREATE FUNCTION durable.f() RETURNS INT\nBEGIN\n  DECLARE x INT DEFAULT 1; \n"
        "  RETURN x; /*! 50000 executable */\nEND",
        "SELECT 1",
        "SELECT 2",
    ]
