"""Shared by the benchmark scripts: a fresh database, timing, percentiles, output."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from durablesql.driver.postgres.migrate import migrate  # noqa: E402
from tests.server import Server, resolve  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
# The README's opt-in indexes for args and meta searches (section Dashboard, "An index
# for args and meta searches"), by name; bench_dashboard and bench_args_index make them.
CONTENT_INDEXES = {
    "run_history_args": "CREATE INDEX run_history_args ON durable.run_history"
    " USING gin (args jsonb_path_ops)",
    "run_history_meta": "CREATE INDEX run_history_meta ON durable.run_history"
    " USING gin (meta jsonb_path_ops)",
}


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--quick", action="store_true", help="small sizes (CI keeps the script alive)")
    p.add_argument("--rounds", type=int, default=3, help="repeat each measurement; report median")
    return p


def server() -> Server:
    """DURABLESQL_BENCH_DSN / DURABLESQL_TEST_DSN server, else an embedded one."""
    if "DURABLESQL_BENCH_DSN" in os.environ:
        os.environ["DURABLESQL_TEST_DSN"] = os.environ["DURABLESQL_BENCH_DSN"]
    return resolve()


@asynccontextmanager
async def fresh_database(srv: Server, install: bool = True) -> AsyncIterator[str]:
    name = f"durablesql_bench_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(srv.dsn("postgres"))
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        dsn = srv.dsn(name)
        if install:
            conn = await asyncpg.connect(dsn)
            await migrate(conn)
            await conn.close()
        yield dsn
    finally:
        await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", name
        )
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await admin.close()


async def server_facts(dsn: str) -> dict[str, str]:
    conn = await asyncpg.connect(dsn)
    try:
        facts = {"server_version": await conn.fetchval("SHOW server_version")}
        for name in ("synchronous_commit", "fsync", "shared_buffers", "autovacuum"):
            facts[name] = await conn.fetchval(f"SHOW {name}")
        return facts
    finally:
        await conn.close()


class Timer:
    def __enter__(self) -> Timer:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def table(rows: list[list[Any]], headers: list[str]) -> str:
    cells = [headers] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def save(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, default=str) + "\n")
    return path
