"""What every system's adapter provides to bench_compare.py, and what their handlers share.

An adapter knows, for one job system: how to install its schema in an empty database,
how a producer enqueues one job and a batch of jobs on one connection, which command
runs its worker with given settings, and which SQL tells how far a run has got
(from that system's own tables: nothing in the workers reports to the benchmark except
the latency handler, which records when it started in a side table).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal

import asyncpg

BENCHMARKS = Path(__file__).resolve().parent.parent
ROOT = BENCHMARKS.parent

# The same small JSON object for every job of every system; latency jobs add "seq".
PAYLOAD: dict[str, Any] = {"to": "user@example.com", "template": "welcome", "n": 1}

# The database a worker process works on, for the adapters' worker-side code.
DSN_ENV = "BENCH_PEER_DSN"

# Handler start times of latency jobs, written by the handlers themselves.
STAMPS_DDL = "CREATE TABLE bench_stamps (seq integer PRIMARY KEY, started float8 NOT NULL)"

Profile = Literal["default", "tuned"]


@dataclass(frozen=True)
class WorkerCommand:
    argv: list[str]
    env: dict[str, str]
    settings: dict[str, Any]  # what the report says about this worker


@dataclass(frozen=True)
class Span:
    """A throughput run as the system's own tables recorded it (epoch seconds)."""

    done: int
    first_start: float
    first_done: float
    last_done: float


class Producer(ABC):
    """Enqueues on one connection; every call is its own transaction."""

    @abstractmethod
    async def enqueue(self, job: str, args: dict[str, Any]) -> None: ...

    @abstractmethod
    async def enqueue_batch(self, job: str, args: Sequence[dict[str, Any]]) -> None: ...

    @abstractmethod
    async def close(self) -> None: ...


class Peer(ABC):
    """One job system. Jobs: "noop" (does nothing) and "stamp" (records its start)."""

    key: ClassVar[str]  # as in --systems and the JSON
    label: ClassVar[str]  # as printed
    distribution: ClassVar[str]  # pip name, for its version
    batch_api: str = ""  # what enqueue_batch calls, as the report says it
    note: str = ""  # anything the report should say about how it was driven

    @abstractmethod
    async def install(self, dsn: str, profile: Profile) -> None:
        """Create the schema (and job definitions) in an empty database."""

    @abstractmethod
    async def producer(self, dsn: str) -> Producer: ...

    @abstractmethod
    def worker(self, dsn: str, profile: Profile) -> WorkerCommand: ...

    @abstractmethod
    async def remaining(self, conn: asyncpg.Connection) -> int:
        """Jobs not finished yet."""

    @abstractmethod
    async def span(self, conn: asyncpg.Connection) -> Span: ...

    async def ready(self, conn: asyncpg.Connection) -> bool:
        """Whether a started worker is up; the latency warm-up job proves it anyway."""
        return True


def python_env(dsn: str, **extra: str) -> dict[str, str]:
    """Environment of a worker process: the database, and the adapters importable."""
    path = os.pathsep.join([str(BENCHMARKS), str(ROOT)])
    return {**os.environ, DSN_ENV: dsn, "PYTHONPATH": path, **extra}


def python(*argv: str) -> list[str]:
    return [sys.executable, *argv]


async def span_from(conn: asyncpg.Connection, sql: str) -> Span:
    row = await conn.fetchrow(sql)
    assert row is not None and row["done"], "no finished job recorded"
    return Span(
        done=row["done"],
        first_start=row["first_start"].timestamp(),
        first_done=row["first_done"].timestamp(),
        last_done=row["last_done"].timestamp(),
    )


# --- worker side: the latency handlers of all three systems call this ---------------

_stamps: asyncpg.Connection | None = None
_stamps_lock = asyncio.Lock()


async def record_start(seq: int, started: float) -> None:
    """Store a latency job's handler start time (taken by the caller on entry)."""
    global _stamps
    async with _stamps_lock:
        if _stamps is None:
            _stamps = await asyncpg.connect(os.environ[DSN_ENV])
        await _stamps.execute("INSERT INTO bench_stamps VALUES ($1, $2)", seq, started)


def now() -> float:
    return time.time()  # wall clock: compared with the producer's, on the same machine
