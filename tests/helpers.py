"""Small helpers shared by the SQL tests."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest

T0 = datetime(2030, 1, 1, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[1]


def schema_at(rev: str, dialect: str) -> str:
    """sql/<dialect>/schema.sql as it was at git revision `rev` (the install an upgrade
    test migrates); the test skips, saying why, without git or that history."""
    if shutil.which("git") is None:
        pytest.skip(f"git is not installed: the older schema comes from git history ({rev})")
    found = subprocess.run(
        ["git", "show", f"{rev}:sql/{dialect}/schema.sql"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if found.returncode != 0:
        pytest.skip(f"git history without {rev} (a shallow clone or no checkout): {found.stderr}")
    return found.stdout


async def set_clock(conn: asyncpg.Connection, at: datetime) -> None:
    """Move this session's durable.now() (the pinned fake-clock setting)."""
    await conn.execute(f"SET durable.fake_now = '{at.isoformat()}'")


async def define(conn: asyncpg.Connection, name: str = "job", **params: Any) -> None:
    names = ", ".join(f"{key} => ${i + 2}" for i, key in enumerate(params))
    sql = f"SELECT durable.define_job($1{', ' if params else ''}{names})"
    await conn.execute(sql, name, *params.values())


async def snapshot(conn: asyncpg.Connection) -> dict[str, Any]:
    """Everything a bad call could have written: row counts and a digest of each table."""
    tables = [
        *("runs", "run_history", "jobs", "queues", "workers", "settings", "run_logs"),
        *("dependencies", "schedules"),
    ]
    out = {}
    for table in tables:
        out[table] = await conn.fetchval(
            f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
            f"FROM durable.{table} t"
        )
    out["seq"] = await conn.fetchval("SELECT last_value FROM durable.run_id_seq")
    return out


async def expect_error(
    conn: asyncpg.Connection, sqlstate: str, sql: str, *args: Any, match: str | None = None
) -> str:
    """Run sql, expect a DS error with this SQLSTATE, and prove nothing changed."""
    before = await snapshot(conn)
    with pytest.raises(asyncpg.PostgresError) as info:
        await conn.execute(sql, *args) if not args else await conn.fetch(sql, *args)
    assert info.value.sqlstate == sqlstate, (info.value.sqlstate, str(info.value))
    message = str(info.value)
    if match is not None:
        assert match in message, message
    assert await snapshot(conn) == before, "a rejected call changed the database"
    return message


async def status_of(conn: asyncpg.Connection, run_id: int) -> str | None:
    status: str | None = await conn.fetchval(
        "SELECT status FROM durable.all_runs WHERE run_id = $1", run_id
    )
    return status


async def claim(
    conn: asyncpg.Connection,
    worker: str,
    queues: list[str] | None = None,
    max_runs: int = 1,
    lease: timedelta = timedelta(seconds=30),
) -> list[asyncpg.Record]:
    return await conn.fetch(
        "SELECT * FROM durable.claim($1, $2, $3, $4)", worker, queues, max_runs, lease
    )


async def gather(*aws: Any) -> list[Any]:
    return list(await asyncio.gather(*aws))
