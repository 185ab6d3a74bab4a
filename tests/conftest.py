"""Fixtures: each test gets its own database, cloned from a template holding the schema."""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import asyncpg
import psycopg
import pytest
from pytest_postgresql import factories

from durablesql.driver import Driver
from durablesql.driver.postgres.migrate import migrate
from tests.mysql.server import MySQLTestServer
from tests.server import Server, resolve
from tests.workers import looking

SERVER: Server = resolve()


def pytest_report_header() -> str:
    return f"durablesql tests run on: {SERVER.origin}"


def install_schema(
    host: str, port: int, user: str, dbname: str, password: str | None, **_: Any
) -> None:
    """pytest-postgresql loader: the template gets the schema through our own migrator."""

    async def run() -> None:
        conn = await asyncpg.connect(SERVER.dsn(dbname))
        try:
            await migrate(conn)
        finally:
            await conn.close()

    asyncio.run(run())


postgresql_template = factories.postgresql_noproc(
    host=SERVER.host,
    port=SERVER.port,
    user=SERVER.user,
    password=SERVER.password,
    # One name per test process, so that parallel runs never share a template.
    dbname=f"durablesql_test_{os.getpid()}",
    load=[install_schema],
)
postgresql = factories.postgresql("postgresql_template")


@pytest.fixture(scope="session")
def mysql_server() -> MySQLTestServer:
    """The MariaDB/MySQL at $DURABLESQL_TEST_MYSQL_DSN with the engine freshly installed
    (once a session); skips, saying why, when none answers or asyncmy is missing."""
    found = MySQLTestServer.find()
    if found.unavailable is None:
        found.prepare()
    if found.unavailable is not None:
        pytest.skip(found.unavailable)
    return found


@pytest.fixture
def mysql_dsn(mysql_server: MySQLTestServer) -> str:
    """The DSN of the MariaDB/MySQL test server, its `durable` database as installed."""
    mysql_server.reset()
    return mysql_server.dsn


@pytest.fixture
def server() -> Server:
    return SERVER


@pytest.fixture
def dsn(postgresql: psycopg.Connection) -> str:
    """A DSN for this test's own database (cloned from the template)."""
    dbname = postgresql.info.dbname
    postgresql.close()
    return SERVER.dsn(dbname)


Connect = Callable[..., Awaitable[asyncpg.Connection]]


@pytest.fixture
async def connect(dsn: str) -> AsyncIterator[Connect]:
    """Open extra connections to the test database; all are closed afterwards."""
    opened: list[asyncpg.Connection] = []

    async def open_connection(**kwargs: Any) -> asyncpg.Connection:
        conn = await asyncpg.connect(dsn, **kwargs)
        opened.append(conn)
        return conn

    yield open_connection
    for conn in opened:
        if not conn.is_closed():
            conn.terminate()


@pytest.fixture
async def db(connect: Connect) -> asyncpg.Connection:
    return await connect()


@pytest.fixture
async def driver(dsn: str) -> AsyncIterator[Driver]:
    """A durablesql driver on the test database, for tests of the Python API to look
    through (one connection: ``set_fake_now`` moves its clock alone)."""
    async with looking(dsn) as found:
        yield found


@dataclass
class PrivateServer:
    """A PostgreSQL of one test's own (from pgserver), which it may stop or restart."""

    uri: str
    restart: Callable[[], None]
    stop: Callable[[], None]


@pytest.fixture
def private_server() -> Iterator[PrivateServer]:
    import pgserver
    from pgserver._commands import pg_ctl

    folder = tempfile.mkdtemp(prefix="durablesql-private-")
    handle = pgserver.get_server(folder, cleanup_mode="delete")

    def ctl(*args: str) -> None:
        pg_ctl(["-w", *args], pgdata=handle.pgdata, user=handle.system_user)

    try:
        yield PrivateServer(
            uri=handle.get_uri(),
            restart=lambda: ctl("-m", "fast", "restart"),
            stop=lambda: ctl("-m", "fast", "stop"),
        )
    finally:
        handle.cleanup()
