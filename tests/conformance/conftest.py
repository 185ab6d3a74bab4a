"""The engine's contract, exercised through the driver interface, for every dialect.

``engine`` is parametrised over DIALECTS: each test gets a fresh database with the
schema installed and opens drivers on it with ``await engine.driver()`` (one
connection each, so that a fake clock — ``await db.set_fake_now(at)`` — belongs to
that driver alone; two drivers are two racing clients).  A dialect whose server
does not answer skips, saying why.  The dialect issues add their entries here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

import pytest

from durablesql import driver as drivers
from durablesql.driver import ConnectOptions, Driver, JobDefinition

DIALECTS = ["postgres"]
T0 = datetime(2030, 1, 1, tzinfo=UTC)


@dataclass
class Engine:
    dialect: str
    dsn: str
    opened: list[Driver] = field(default_factory=list)

    async def driver(self, at: datetime | None = T0) -> Driver:
        """A new client of the engine, its clock at `at` (None: real time)."""
        found = await drivers.connect(self.dsn, ConnectOptions(single=True))
        self.opened.append(found)
        if at is not None:
            await found.set_fake_now(at)
        return found


def job(name: str = "job", **changes: object) -> JobDefinition:
    """A job definition with define_job's defaults, changed where given."""
    default = JobDefinition(
        job_name=name,
        queue="default",
        max_attempts=3,
        retry_behavior="fixed",
        retry_delay=timedelta(seconds=5),
        retry_max_delay=timedelta(hours=1),
        retry_jitter=0.0,
        timeout=None,
        priority=0,
        concurrency_limit=None,
    )
    return replace(default, **changes)  # type: ignore[arg-type]


@pytest.fixture(params=DIALECTS)
def database(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(dialect, DSN of a fresh database with the schema installed)."""
    if request.param == "postgres":
        return "postgres", request.getfixturevalue("dsn")  # a clone of the template
    pytest.skip(f"no conformance set-up for {request.param}")  # pragma: no cover


@pytest.fixture
async def engine(database: tuple[str, str]) -> AsyncIterator[Engine]:
    found = Engine(*database)
    yield found
    for opened in found.opened:
        await opened.close()


@pytest.fixture
async def db(engine: Engine) -> Driver:
    """One client, its clock at T0."""
    return await engine.driver()
