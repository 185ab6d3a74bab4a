"""The MariaDB/MySQL the tests use: ``$DURABLESQL_TEST_MYSQL_DSN``, default
``mysql://root@127.0.0.1:3306/test`` (CI's server; develop on a private one, see
/work/notes or the README).  The login must be able to create databases and roles.

``MySQLTestServer.prepare()`` (once per session) drops the database ``durable``,
installs ``sql/mysql/schema.sql`` through the driver's own migrator, keeps a copy
of every table that the install filled (settings, migrations, …) in the database
``durablesql_test`` and writes ``durablesql_test.reset()``, a procedure that puts
``durable`` back as installed: every table emptied, its AUTO_INCREMENT back at 1,
the installed rows restored.  ``reset()`` is one CALL per test, fast enough to run
before each one.  Tables the install filled with more than BIG rows (the time-zone
data) are reference data no test changes: they are left alone.

Nothing here imports asyncmy at module level: without it the tests skip, saying so.
"""

from __future__ import annotations

import asyncio
import os
import socket
from dataclasses import dataclass
from typing import Any

ENV_VAR = "DURABLESQL_TEST_MYSQL_DSN"
DEFAULT_DSN = "mysql://root@127.0.0.1:3306/test"
SEED = "durablesql_test"
BIG = 20_000


def test_dsn() -> str:
    return os.environ.get(ENV_VAR) or DEFAULT_DSN


@dataclass
class MySQLTestServer:
    dsn: str
    unavailable: str | None = None  # why the tests skip, when they do
    prepared: bool = False

    @classmethod
    def find(cls) -> MySQLTestServer:
        dsn = test_dsn()
        try:
            import asyncmy  # noqa: F401
        except ImportError:
            return cls(dsn, "asyncmy is not installed (pip install -e '.[dev]' or '.[mysql]')")
        from durablesql.driver.mysql.dsn import describe, parse_dsn

        kwargs = parse_dsn(dsn)
        where = describe(kwargs)
        if "unix_socket" not in kwargs:
            try:
                with socket.create_connection((kwargs["host"], kwargs["port"]), timeout=1):
                    pass
            except OSError as exc:
                return cls(dsn, f"no MariaDB/MySQL answers at {where} (${ENV_VAR}): {exc}")
        return cls(dsn)

    def admin_kwargs(self) -> dict[str, Any]:
        from durablesql.driver.mysql.dsn import parse_dsn

        kwargs = parse_dsn(self.dsn)
        kwargs.pop("database", None)
        return {**kwargs, "autocommit": True, "init_command": "SET SESSION sql_notes = 0"}

    async def _execute(self, *statements: str) -> list[tuple[Any, ...]]:
        import asyncmy

        conn = await asyncmy.connect(**self.admin_kwargs())
        rows: list[tuple[Any, ...]] = []
        try:
            async with conn.cursor() as cur:
                for statement in statements:
                    await cur.execute(statement)
                    rows = list(await cur.fetchall())
                    while await cur.nextset():
                        pass
        finally:
            conn.close()
        return rows

    def execute(self, *statements: str) -> list[tuple[Any, ...]]:
        """Run statements as the DSN's login on a connection of their own; the last
        one's rows."""
        return asyncio.run(self._execute(*statements))

    def prepare(self) -> None:
        """A fresh install of the engine, and the reset procedure (once a session)."""
        if self.prepared:
            return
        from durablesql.driver.mysql.dsn import parse_dsn

        database = parse_dsn(self.dsn).get("database")
        statements = ["DROP DATABASE IF EXISTS durable", f"DROP DATABASE IF EXISTS {SEED}"]
        if database and database not in ("durable", SEED):
            statements.append(f"CREATE DATABASE IF NOT EXISTS `{database}`")
        try:
            self.execute(*statements)
        except Exception as exc:
            self.unavailable = f"cannot prepare MariaDB/MySQL at {self.dsn}: {exc}"
            return
        asyncio.run(self._install())
        self.execute(f"CREATE DATABASE {SEED}", *self._reset_procedure())
        self.prepared = True

    async def _install(self) -> None:
        from durablesql import driver as drivers

        found = await drivers.connect(self.dsn, drivers.ConnectOptions(single=True))
        try:
            await found.migrate()
        finally:
            await found.close()

    def _reset_procedure(self) -> list[str]:
        tables = self.execute(
            "SELECT table_name, table_rows, auto_increment FROM information_schema.tables"
            " WHERE table_schema = 'durable' AND table_type = 'BASE TABLE' ORDER BY table_name"
        )
        body = ["SET FOREIGN_KEY_CHECKS = 0;"]
        copies = []
        for name, _, auto_increment in tables:
            (rows,) = self.execute(f"SELECT COUNT(*) FROM durable.`{name}`")[0]
            if rows > BIG:
                continue
            body.append(f"DELETE FROM durable.`{name}`;")
            if auto_increment is not None:
                body.append(f"ALTER TABLE durable.`{name}` AUTO_INCREMENT = 1;")
            if rows:
                columns = ", ".join(
                    f"`{c}`"
                    for (c,) in self.execute(
                        "SELECT column_name FROM information_schema.columns"
                        f" WHERE table_schema = 'durable' AND table_name = '{name}'"
                        " AND extra NOT LIKE '%GENERATED%' ORDER BY ordinal_position"
                    )
                )
                copies.append(f"CREATE TABLE {SEED}.`{name}` AS SELECT * FROM durable.`{name}`")
                body.append(
                    f"INSERT INTO durable.`{name}` ({columns})"
                    f" SELECT {columns} FROM {SEED}.`{name}`;"
                )
        body.append("SET FOREIGN_KEY_CHECKS = 1;")
        procedure = f"CREATE PROCEDURE {SEED}.reset() BEGIN\n" + "\n".join(body) + "\nEND"
        return [*copies, procedure]

    def reset(self) -> None:
        """durable as installed (one CALL)."""
        self.execute(f"CALL {SEED}.reset()")
