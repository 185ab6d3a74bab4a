"""The engine's contract, exercised through the driver interface, for every dialect.

``engine`` is parametrised over DIALECTS: each test gets a fresh database with the
schema installed (MariaDB/MySQL: the server's one ``durable`` database, emptied
back to its installed state) and opens drivers on it with ``await engine.driver()`` (one
connection each, so that a fake clock — ``await db.set_fake_now(at)`` — belongs to
that driver alone; two drivers are two racing clients).  A dialect whose server
does not answer skips, saying why.  The dialect issues add their entries here.

The tests use nothing but the driver interface (no SQL, no database driver, no
tables); the helpers below keep them short: ``ready`` (a client with ``job()``
defined), ``claim``/``leased_run``/``enqueue_n``, ``visible`` (all the interface
shows, to prove a rejected call changed nothing), ``race_claims`` (rounds of
racing claimers) and ``listening`` (push notices; skips where a dialect has none).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from durablesql import driver as drivers
from durablesql.driver import (
    ClaimedRun,
    ConnectOptions,
    Driver,
    JobDefinition,
    NewRun,
    Notice,
    Operations,
    QueueStats,
    Run,
    ScheduleStatus,
    WorkerStatus,
)
from tests.server import Server
from tests.sqlserver.server import SKIP_REASON, MSSQLTestServer, configured_dsn

# SQL Server takes part when $DURABLESQL_TEST_MSSQL_DSN is set; otherwise its cases
# skip by a mark, before any fixture of theirs is set up (so the skip costs nothing).
DIALECTS = [
    "postgres",
    "mysql",
    "sqlite",
    pytest.param(
        "sqlserver", marks=pytest.mark.skipif(configured_dsn() is None, reason=SKIP_REASON)
    ),
]
T0 = datetime(2030, 1, 1, tzinfo=UTC)
LEASE = timedelta(seconds=30)


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

    async def drivers(self, count: int, at: datetime | None = T0) -> list[Driver]:
        """`count` racing clients, their clocks at `at`."""
        return [await self.driver(at) for _ in range(count)]


def later(**delta: float) -> datetime:
    """T0 moved on by a timedelta's keywords: later(seconds=30)."""
    return T0 + timedelta(**delta)


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


class PostgresClones:
    """Fresh databases cloned from the session's template (schema installed), made ahead
    of need in background threads: a CREATE DATABASE costs more than most tests here, and
    several run at once.  Each test still gets a database no other test touched."""

    AHEAD = 3

    def __init__(self, server: Server, template: str) -> None:
        self.server = server
        self.template = template
        self.names = (f"{template}_c{n}" for n in itertools.count())
        self.threads = ThreadPoolExecutor(self.AHEAD, thread_name_prefix="clones")
        self.ahead: deque[Future[str]] = deque()
        self.dropping: list[Future[None]] = []

    def _admin(self, statement: sql.Composed) -> None:
        with psycopg.connect(self.server.dsn("postgres"), autocommit=True) as conn:
            conn.execute(statement)

    def _create(self, name: str) -> str:
        self._admin(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(self.template)
            )
        )
        return name

    def _drop(self, name: str) -> None:
        self._admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def take(self) -> str:
        """A fresh database's name (it is dropped by give_back)."""
        while len(self.ahead) <= self.AHEAD:
            self.ahead.append(self.threads.submit(self._create, next(self.names)))
        return self.ahead.popleft().result()

    def give_back(self, name: str) -> None:
        self.dropping.append(self.threads.submit(self._drop, name))

    def close(self) -> None:
        names = [f.result() for f in self.ahead]
        for name in names:
            self.give_back(name)
        for dropping in self.dropping:
            dropping.result()
        self.threads.shutdown()


@pytest.fixture(scope="session")
def postgres_clones(request: pytest.FixtureRequest) -> Iterator[PostgresClones]:
    # The session's template database, the schema installed (tests/conftest.py).
    template = request.getfixturevalue("postgresql_template")
    server = Server(template.host, template.port, template.user, template.password, "template")
    clones = PostgresClones(server, template.template_dbname)
    yield clones
    clones.close()


@pytest.fixture
async def sqlite_dsn(tmp_path: Path) -> str:
    """A new SQLite file with the schema installed."""
    dsn = f"sqlite:///{tmp_path / 'durable.db'}"
    installer = await drivers.connect(dsn, ConnectOptions(single=True))
    try:
        await installer.migrate()
    finally:
        await installer.close()
    return dsn


@pytest.fixture(scope="session")
def mssql_server() -> MSSQLTestServer:
    """The SQL Server at $DURABLESQL_TEST_MSSQL_DSN, its database created afresh with
    the engine installed (once a session)."""
    dsn = configured_dsn()
    if dsn is None:  # (the skipif mark already skipped the SQL Server cases)
        pytest.skip(SKIP_REASON)
    found = MSSQLTestServer(dsn)
    found.prepare()
    return found


@pytest.fixture(params=DIALECTS)
def database(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(dialect, DSN of a fresh database with the schema installed)."""
    if request.param == "postgres":
        clones: PostgresClones = request.getfixturevalue("postgres_clones")
        name = clones.take()
        yield "postgres", clones.server.dsn(name)
        clones.give_back(name)
        return
    if request.param == "mysql":
        # One server-wide `durable` database, put back as installed before each test.
        yield "mysql", request.getfixturevalue("mysql_dsn")
        return
    if request.param == "sqlite":
        # A fresh file per test, the schema installed by the driver's own migrate.
        yield "sqlite", request.getfixturevalue("sqlite_dsn")
        return
    if request.param == "sqlserver":
        # One database for the session, emptied back to its installed state.
        server: MSSQLTestServer = request.getfixturevalue("mssql_server")
        server.reset()
        yield "sqlserver", server.dsn
        return
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


@pytest.fixture
async def ready(db: Driver) -> Driver:
    """One client, its clock at T0, with `job()` defined (queue "default")."""
    await db.define_jobs([job()])
    return db


# ---------------------------------------------------------------------------- calls
async def claim(
    d: Operations,
    worker: str = "w",
    queues: Sequence[str] = ("default",),
    max_runs: int = 1,
    *,
    lease: timedelta = LEASE,
    strategy: str = "priority",
) -> list[ClaimedRun]:
    return await d.claim(worker, queues, max_runs, lease, strategy)


async def claim_ids(
    d: Operations, worker: str = "w", queues: Sequence[str] = ("default",), max_runs: int = 1
) -> list[int]:
    return [c.run_id for c in await claim(d, worker, queues, max_runs)]


async def claim_one(d: Operations, worker: str = "w", queues: Sequence[str] = ("default",)) -> int:
    """Claim exactly one run (the test expects one to be due) and return its id."""
    found = await claim(d, worker, queues)
    assert len(found) == 1, found
    return found[0].run_id


async def leased_run(d: Operations, worker: str = "w") -> int:
    """A new run of "job", due now and claimed by `worker` (nothing else may be due)."""
    run_id = await d.enqueue(NewRun("job"))
    assert await claim_one(d, worker) == run_id
    return run_id


async def enqueue_n(d: Operations, n: int, job_name: str = "job", **fields: object) -> list[int]:
    """n runs with args {"i": 0..n-1}, each one enqueue call (so any NewRun field may be set)."""
    return [
        await d.enqueue(NewRun(job_name, json.dumps({"i": i}), **fields))  # type: ignore[arg-type]
        for i in range(n)
    ]


async def run_of(d: Operations, run_id: int) -> Run:
    found = await d.get_run(run_id)
    assert found is not None, f"run {run_id} not found"
    return found


async def status_of(d: Operations, run_id: int) -> str:
    return (await run_of(d, run_id)).status


async def all_runs(d: Operations, **filters: str) -> list[Run]:
    return await d.list_runs(max_runs=10000, **filters)  # type: ignore[arg-type]


async def stats_of(d: Operations, queue: str) -> QueueStats:
    found = [s for s in await d.queue_stats() if s.queue == queue]
    assert len(found) == 1, f"queue {queue!r} not in queue_stats"
    return found[0]


Visible = tuple[list[Run], list[QueueStats], list[ScheduleStatus], list[WorkerStatus]]


async def visible(d: Operations) -> Visible:
    """All the interface shows of the engine's state: runs, queues, schedules, workers."""
    return (
        await all_runs(d),
        await d.queue_stats(),
        await d.schedule_status(),
        await d.worker_status(),
    )


async def race_claims(
    clients: Sequence[Driver],
    queues: Sequence[str],
    rounds: int,
    check: Callable[[list[Run]], None],
    strategy: str = "priority",
    seed: int = 7,
) -> int:
    """Rounds of every client claiming at once (random batch sizes); after each round
    `check` sees the leased runs, then about half of them complete.  Every claim must
    answer at once (a busy limit or key is skipped, never waited on).  Returns how many
    runs were claimed in all."""
    rng = random.Random(seed)
    claimed = 0
    for _ in range(rounds):
        async with asyncio.timeout(10):
            batches = await asyncio.gather(
                *(
                    claim(c, f"w{i}", queues, rng.randint(1, 6), strategy=strategy)
                    for i, c in enumerate(clients)
                )
            )
        claimed += sum(len(b) for b in batches)
        leased = await all_runs(clients[0], status="leased")
        check(leased)
        for run in leased:
            if rng.random() < 0.5:
                assert run.worker is not None
                assert await clients[0].complete(run.worker, [run.run_id], None) == 1
    return claimed


# ---------------------------------------------------------------------------- notices
@dataclass
class Heard:
    """The notices a listen() callback received, and a way to wait for one."""

    notices: list[Notice] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def __call__(self, notice: Notice) -> None:
        self.notices.append(notice)
        self.arrived.set()

    def of(self, kind: str) -> list[Notice]:
        return [n for n in self.notices if n.kind == kind]

    async def until(self, found: Callable[[], bool], timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            while not found():
                self.arrived.clear()
                await self.arrived.wait()


@contextlib.asynccontextmanager
async def listening(d: Driver, *kinds: str) -> AsyncIterator[Heard]:
    """Notices of these kinds while the block runs; skips where the dialect pushes none."""
    if not d.capabilities.push_wakeups:
        pytest.skip(f"{d.dialect} pushes no notices (capabilities.push_wakeups is false)")
    heard = Heard()
    subscription = await d.listen(frozenset(kinds), heard)
    try:
        yield heard
    finally:
        await subscription.close()
