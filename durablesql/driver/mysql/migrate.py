"""Install and migrate the durable database on MariaDB/MySQL.

``sql/mysql/schema.sql`` is written for the ``mariadb``/``mysql`` command-line
client (``mariadb < sql/mysql/schema.sql``): statements end with ``;`` except
between ``DELIMITER $$`` and ``DELIMITER ;``, where routine bodies hold ``;`` of
their own.  ``split`` cuts the file the way the client does (quotes, comments and
``DELIMITER`` lines understood), and each statement is sent as it is.

DDL commits implicitly on MariaDB/MySQL, so an install cannot be one
transaction as on PostgreSQL: installers take the server-wide named lock
``durablesql.migrate`` (``GET_LOCK``) and decide under it, so two of them never
interleave and the second finds the work done.  A fresh server gets
``schema.sql`` (the current version in one file, which records itself in
``durable.migrations``); an older install gets the numbered files of
``sql/mysql/migrations/`` it lacks.

With binary logging on, MySQL and MariaDB refuse to create stored functions
from a login without SUPER unless ``log_bin_trust_function_creators`` is on
(error 1418): checked first, and said exactly what to set.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator

import asyncmy

from durablesql.driver.mysql.errors import MISSING_ERRNOS, errno_of
from durablesql.driver.sqlfiles import Migration, migrations, schema_sql
from durablesql.errors import ConfigurationError, DurableError

DIALECT = "mysql"
LOCK = "durablesql.migrate"
LOCK_WAIT = 120  # seconds an installer waits for another one to finish
# The server's answer to a function created with binary logging on and
# log_bin_trust_function_creators off.
ER_BINLOG_UNSAFE_ROUTINE = 1418
ER_BINLOG_CREATE_ROUTINE_NEED_SUPER = 1419
TRUST_FUNCTION_CREATORS = (
    "binary logging is on (log_bin = ON) and log_bin_trust_function_creators is OFF, so"
    " the server refuses to create the engine's stored functions (error 1418). As an"
    " administrator run: SET GLOBAL log_bin_trust_function_creators = 1; and add"
    " log_bin_trust_function_creators = 1 under [mysqld] in the server's configuration"
    " so that it survives a restart; then run durablesql migrate again"
)
_DELIMITER = re.compile(r"[ \t]*delimiter[ \t]+(\S+)[ \t]*(?:\r?\n|$)", re.IGNORECASE)


def split(text: str) -> list[str]:
    """The statements of a script for the mariadb client, without their delimiters.

    Line comments (``-- ``, ``#``) and plain block comments are dropped, as the
    client does by default; ``/*! … */`` and ``/*M! … */`` stay (the server reads
    them).  A ``DELIMITER x`` line at the start of a statement changes the delimiter.
    """
    statements: list[str] = []
    delimiter = ";"
    current: list[str] = []
    started = False  # current holds more than whitespace
    i, n = 0, len(text)

    def finish() -> None:
        statement = "".join(current).strip()
        if statement:
            statements.append(statement)
        current.clear()

    while i < n:
        if not started and (i == 0 or text[i - 1] == "\n"):
            found = _DELIMITER.match(text, i)
            if found:
                delimiter = found.group(1)
                current.clear()
                i = found.end()
                continue
        # Copy ordinary characters up to the next one that may matter, at once.
        special = re.compile("[\n'\"`#/-]|" + re.escape(delimiter))
        found_special = special.search(text, i)
        stop = n if found_special is None else found_special.start()
        if stop > i:
            chunk = text[i:stop]
            current.append(chunk)
            started = started or not chunk.isspace()
            i = stop
            continue
        c = text[i]
        if text.startswith(delimiter, i):
            finish()
            started = False
            i += len(delimiter)
        elif c in "'\"`":
            j = i + 1
            while j < n:
                if text[j] == "\\" and c != "`":
                    j += 2
                    continue
                if text[j] == c:
                    if j + 1 < n and text[j + 1] == c:  # a doubled quote
                        j += 2
                        continue
                    break
                j += 1
            current.append(text[i : j + 1])
            started = True
            i = j + 1
        elif c == "#" or (text.startswith("--", i) and (i + 2 >= n or text[i + 2].isspace())):
            end = text.find("\n", i)
            i = n if end < 0 else end  # the newline itself stays
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            if text.startswith(("/*!", "/*M!", "/*+"), i):
                current.append(text[i:end])
                started = True
            else:
                current.append(" ")
            i = end
        else:
            current.append(c)
            started = started or not c.isspace()
            i += 1
    finish()
    return statements


async def installed_version(conn: asyncmy.Connection) -> str | None:
    """Name of the newest applied migration, or None when the engine is absent.

    Asked of ``durable.schema_version()`` rather than of information_schema, which
    shows a login only the objects it holds rights on (a durable_admin has EXECUTE
    and no table right)."""
    try:
        async with conn.cursor() as cur:
            await cur.execute("SELECT durable.schema_version()")
            row = await cur.fetchone()
    except asyncmy.errors.Error as exc:
        if errno_of(exc) in MISSING_ERRNOS:
            return None
        raise
    return None if row is None or row[0] is None else str(row[0])


async def _scalar(conn: asyncmy.Connection, sql: str) -> object:
    async with conn.cursor() as cur:
        await cur.execute(sql)
        row = await cur.fetchone()
        while await cur.nextset():
            pass
    return None if row is None else row[0]


async def check_binary_logging(conn: asyncmy.Connection) -> None:
    """Refuse early, saying what to set, where the server would refuse half-way."""
    async with conn.cursor() as cur:
        await cur.execute("SELECT @@GLOBAL.log_bin, @@GLOBAL.log_bin_trust_function_creators")
        row = await cur.fetchone()
    if row is not None and int(row[0] or 0) and not int(row[1] or 0):
        raise ConfigurationError(TRUST_FUNCTION_CREATORS)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """asyncmy logs each warning of a statement; an install's (``DROP … IF EXISTS`` of
    nothing, ``now`` named like a native function) are expected, and not shown."""
    logger = logging.getLogger("asyncmy")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


async def run_script(conn: asyncmy.Connection, text: str) -> None:
    """Each statement of a client script in turn (results read and dropped)."""
    with _quiet():
        await _run_script(conn, text)


async def _run_script(conn: asyncmy.Connection, text: str) -> None:
    async with conn.cursor() as cur:
        for statement in split(text):
            try:
                await cur.execute(statement)
            except asyncmy.errors.Error as exc:
                if errno_of(exc) in (ER_BINLOG_UNSAFE_ROUTINE, ER_BINLOG_CREATE_ROUTINE_NEED_SUPER):
                    raise ConfigurationError(TRUST_FUNCTION_CREATORS) from exc
                raise
            await cur.fetchall()
            while await cur.nextset():
                pass


def _number(version: str) -> int:
    try:
        return int(version[:4])
    except ValueError:
        raise DurableError(f"unexpected schema version {version!r} in durable.migrations") from None


async def migrate(conn: asyncmy.Connection) -> list[str]:
    """Bring the engine to the newest version; the names of what it applied."""
    got = await _scalar(conn, f"SELECT GET_LOCK('{LOCK}', {LOCK_WAIT})")
    if got != 1:
        raise DurableError(
            f"another installer has held the lock {LOCK!r} for {LOCK_WAIT} s: try again later"
        )
    try:
        version = await installed_version(conn)
        if version is None:
            await check_binary_logging(conn)
            await run_script(conn, schema_sql(DIALECT))
            installed = await installed_version(conn)
            if installed is None:
                raise DurableError(
                    "sql/mysql/schema.sql ran but durable.schema_version() is missing"
                )
            return [installed]
        pending: list[Migration] = [m for m in migrations(DIALECT) if m.version > _number(version)]
        if pending:
            await check_binary_logging(conn)
        for migration in pending:
            await run_script(conn, migration.sql)
        return [m.name for m in pending]
    finally:
        if conn.connected:
            await _scalar(conn, f"SELECT RELEASE_LOCK('{LOCK}')")
