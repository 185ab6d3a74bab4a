"""What only the MySQL driver does, on the test server: its sessions, migrate, errors
recovered with their DS codes, the caller's connection and transaction, the CLI's
install SQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from typer.testing import CliRunner

from durablesql import driver as drivers
from durablesql.cli import cli
from durablesql.driver import ConnectOptions, Driver, NewRun
from durablesql.driver.sqlfiles import schema_sql
from durablesql.errors import (
    ConfigurationError,
    ConnectionLost,
    InvalidArgument,
    NotSupported,
    UnknownJob,
    UnknownRun,
)
from tests.conformance.conftest import job


def test_sql_prints_the_mysql_install_script_without_connecting() -> None:
    result = CliRunner().invoke(cli, ["sql", "--dialect", "mysql"], env={"DURABLESQL_DSN": ""})
    assert result.exit_code == 0 and result.output == schema_sql("mysql")
    assert "CREATE DATABASE IF NOT EXISTS durable" in result.output
    assert CliRunner().invoke(cli, ["sql", "--dialect", "mariadb"]).output == result.output
    bad = CliRunner().invoke(cli, ["sql", "--dialect", "oracle"])
    assert bad.exit_code == 2 and "unknown dialect 'oracle'" in bad.output


async def test_sessions_are_read_committed_utc_utf8mb4(mysql_dsn: str) -> None:
    for options in (ConnectOptions(single=True), ConnectOptions(max_connections=2)):
        found = await drivers.connect(mysql_dsn, options)
        try:
            rows = await found._rows(  # type: ignore[attr-defined]
                "SELECT @@tx_isolation AS i, @@time_zone AS z, @@character_set_client AS c,"
                " @@autocommit AS a"
            )
        finally:
            await found.close()
        assert rows == [{"i": "READ-COMMITTED", "z": "+00:00", "c": "utf8mb4", "a": 1}]


async def test_capabilities_and_what_is_not_there(mysql_dsn: str) -> None:
    pooled = await drivers.connect(mysql_dsn, ConnectOptions(max_connections=2))
    try:
        caps = pooled.capabilities
        assert (caps.push_wakeups, caps.partitions, caps.roles) == (False, False, True)
        assert caps.transactional_enqueue and pooled.dialect == "mysql"
        with pytest.raises(NotSupported):
            await pooled.listen(frozenset({"wake"}), lambda notice: None)
        with pytest.raises(NotSupported, match="single"):
            await pooled.set_fake_now(datetime(2030, 1, 1, tzinfo=UTC))
        (note,) = await pooled.notes()
        assert "polls" in note and ("MariaDB" in note or "MySQL" in note)
    finally:
        await pooled.close()


async def test_migrate_again_is_a_no_op(mysql_driver: Driver) -> None:
    version = await mysql_driver.schema_version()
    assert version is not None and version[:4].isdigit()
    assert await mysql_driver.migrate() == []
    assert await mysql_driver.schema_version() == version


async def test_engine_errors_keep_their_ds_code(mysql_driver: Driver) -> None:
    with pytest.raises(UnknownJob) as unknown:
        await mysql_driver.enqueue(NewRun("nope"))
    assert unknown.value.sqlstate == "DS003" and "nope" in unknown.value.message
    with pytest.raises(UnknownRun):
        await mysql_driver.cancel(10**9)
    with pytest.raises(InvalidArgument):
        await mysql_driver.define_jobs([job("j", max_attempts=0)])
    # The connection is still good after errors.
    await mysql_driver.define_jobs([job("j")])
    assert await mysql_driver.enqueue(NewRun("j")) > 0


async def test_an_enqueue_joins_the_callers_transaction(
    mysql_driver: Driver, mysql_raw: Any
) -> None:
    await mysql_driver.define_jobs([job("j")])
    ops = mysql_driver.on(mysql_raw)
    assert drivers.operations(mysql_raw) is not None
    await mysql_raw.begin()
    kept = await ops.enqueue(NewRun("j"))
    await mysql_raw.commit()
    await mysql_raw.begin()
    dropped = await ops.enqueue(NewRun("j", '{"rolled": "back"}'))
    assert (await ops.get_run(dropped)) is not None  # visible inside the transaction
    await ops.define_jobs([job("inside")])  # joins it too (no COMMIT of its own)
    await mysql_raw.rollback()
    assert await mysql_driver.get_run(kept) is not None
    assert await mysql_driver.get_run(dropped) is None
    assert [s.queue for s in await mysql_driver.queue_stats()] == ["default"]
    with pytest.raises(ConfigurationError):
        mysql_driver.on(object())


async def test_an_unreachable_server_is_connection_lost() -> None:
    with pytest.raises(ConnectionLost, match=r"cannot connect to root@127\.0\.0\.1:1\b"):
        await drivers.connect("mysql://root@127.0.0.1:1/?connect_timeout=1")
