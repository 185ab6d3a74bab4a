"""Fixtures for the MariaDB/MySQL tests (tests/conftest.py has the server's):

* ``mysql_dsn``: the test server's DSN, its ``durable`` database put back as
  installed (every table emptied, AUTO_INCREMENT at 1, installed rows restored);
* ``mysql_driver``: a durablesql driver on it, one connection (``set_fake_now``
  moves its clock alone), closed after the test;
* ``mysql_raw``: a plain asyncmy connection (autocommit, as the driver's sessions:
  READ COMMITTED, UTC) for tests of the engine in SQL.

Every test here skips, saying why, when no MariaDB/MySQL answers at
$DURABLESQL_TEST_MYSQL_DSN (default mysql://root@127.0.0.1:3306/test) or asyncmy is
not installed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from durablesql.driver import Driver
from tests.mysql.server import MySQLTestServer
from tests.workers import looking


@pytest.fixture
async def mysql_driver(mysql_dsn: str) -> AsyncIterator[Driver]:
    async with looking(mysql_dsn) as found:
        yield found


@pytest.fixture
async def mysql_raw(mysql_dsn: str, mysql_server: MySQLTestServer) -> AsyncIterator[Any]:
    import asyncmy

    conn = await asyncmy.connect(**mysql_server.admin_kwargs())
    async with conn.cursor() as cur:
        await cur.execute("SET SESSION time_zone = '+00:00'")
        await cur.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED")
    yield conn
    conn.close()
