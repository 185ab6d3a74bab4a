"""The SQL Server the conformance suite uses when ``$DURABLESQL_TEST_MSSQL_DSN`` is
set (``mssql://sa:PASSWORD@127.0.0.1:1433/durablesql_test``): the login must be
able to create and drop that database.  Unset, every SQL Server case skips with
"skipped: no SQL Server" before any set-up runs (see tests/conformance/conftest.py).

NOT YET RUN: no SQL Server could run where this was written.

``MSSQLTestServer.prepare()`` (once per session) drops and creates the DSN's
database and installs ``sql/sqlserver/schema.sql`` through the driver's own
migrator; ``reset()`` (before each test) empties every table the tests fill and
puts the settings and the identity counters back as installed.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass

from durablesql.driver import ConnectOptions, connect

ENV_VAR = "DURABLESQL_TEST_MSSQL_DSN"
SKIP_REASON = "skipped: no SQL Server"
# Emptied before each test (children before parents; settings put back below).
TABLES = (
    "run_logs",
    "run_errors",
    "dependencies",
    "run_history",
    "runs",
    "schedules",
    "workers",
    "jobs",
    "queues",
)
# The tables above with an identity column.
IDENTITY_TABLES = ("runs", "run_logs", "run_errors")
RESET = (
    "".join(f"DELETE FROM durable.{table};" for table in TABLES)
    # Identities back to 1.  (RESEED 0 on a table that never had a row would make the
    # first id 0: those are left alone.)
    + "".join(
        f"IF (SELECT c.last_value FROM sys.identity_columns AS c"
        f" WHERE c.object_id = OBJECT_ID(N'durable.{table}')) IS NOT NULL"
        f" DBCC CHECKIDENT ('durable.{table}', RESEED, 0) WITH NO_INFOMSGS;"
        for table in IDENTITY_TABLES
    )
    # Settings changed by a test go back to the installed values.
    + "UPDATE s SET s.value = v.value FROM durable.settings AS s"
    " INNER JOIN (VALUES (N'retention', N'2592000'), (N'max_args_bytes', N'1048576'),"
    " (N'max_attempts', N'3'), (N'retry_behavior', N'fixed'), (N'retry_delay', N'5'),"
    " (N'retry_max_delay', N'3600'), (N'retry_jitter', N'0'), (N'long_transaction', N'300'),"
    " (N'dead_runs_warning', N'100000')) AS v (name, value) ON v.name = s.name"
    " WHERE s.value <> v.value;"
)


def configured_dsn() -> str | None:
    return os.environ.get(ENV_VAR) or None


@dataclass
class MSSQLTestServer:
    dsn: str

    def _admin(self, sql: str, database: str = "master") -> None:
        import pymssql

        from durablesql.driver.sqlserver import connect_kwargs

        kwargs = connect_kwargs(self.dsn, ConnectOptions()) | {"database": database}
        conn = pymssql.connect(**kwargs)
        try:
            cur = conn.cursor()
            cur.execute(sql)
        finally:
            conn.close()

    @property
    def database(self) -> str:
        from durablesql.driver.sqlserver.dsn import parse_dsn

        name = parse_dsn(self.dsn).get("database")
        if not name:
            raise RuntimeError(f"${ENV_VAR} must name a database the tests may drop")
        return str(name)

    def prepare(self) -> None:
        name = self.database.replace("]", "]]")
        self._admin(
            f"IF DB_ID(N'{name}') IS NOT NULL BEGIN"
            f" ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;"
            f" DROP DATABASE [{name}]; END; CREATE DATABASE [{name}];"
        )

        async def install() -> None:
            driver = await connect(self.dsn, ConnectOptions(single=True))
            try:
                await driver.migrate()
            finally:
                await driver.close()

        asyncio.run(install())

    def reset(self) -> None:
        self._admin(RESET, self.database)
