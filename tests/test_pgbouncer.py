"""Behind PgBouncer in transaction mode: a real worker process, app.wait(), the migrator.

Uses the machine's pgbouncer binary (Debian: ``apt-get install pgbouncer``) and
skips when there is none.  Each test starts its own PgBouncer on a free port of
127.0.0.1, in front of its own test database, with ``pool_mode = transaction``
and ``server_round_robin = 1``, so that one client's consecutive statements
really do run on different server connections.
"""

from __future__ import annotations

import asyncio
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import asyncpg
import psycopg
import pytest

from durablesql import App, Fixed, JobContext
from durablesql.driver import operations
from durablesql.driver.sqlfiles import migrations
from durablesql.errors import ConfigurationError
from tests.server import Server
from tests.workers import ROOT, wait_terminal

PGBOUNCER = shutil.which("pgbouncer") or next(
    (p for p in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if os.access(p, os.X_OK)), None
)
NEEDS_PGBOUNCER = pytest.mark.skipif(
    PGBOUNCER is None,
    reason="pgbouncer is not installed (Debian/Ubuntu: apt-get install -y pgbouncer)",
)

# The worker process imports this module for its jobs (tests.test_pgbouncer:app).
app = App(name="pgbouncer-test")


@app.job("pgb-ok", queue="pgb")
async def ok(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
    return {"n": args["n"]}


@app.job("pgb-flaky", queue="pgb", max_attempts=3, retry=Fixed(delay=0))
async def flaky(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
    if ctx.attempt < 3:
        raise RuntimeError(f"flaky attempt {ctx.attempt}")
    return {"attempts": ctx.attempt}


@app.job("pgb-doomed", queue="pgb", max_attempts=2, retry=Fixed(delay=0))
async def doomed(ctx: JobContext, args: dict[str, Any]) -> None:
    raise RuntimeError("always fails")


def _stamp(folder: Path, name: str) -> None:
    """Write time.time() into folder/name, all at once (a rename)."""
    part = folder / f".{name}"
    part.write_text(str(time.time()))
    part.rename(folder / name)


@app.job("pgb-block", queue="pgb")
async def block(ctx: JobContext, args: dict[str, Any]) -> None:
    folder = Path(args["dir"])
    _stamp(folder, "started")
    try:
        await asyncio.sleep(120)
    except asyncio.CancelledError:
        _stamp(folder, "stopped")
        raise


# ---------------------------------------------------------------------- PgBouncer


@dataclass
class Bouncer:
    port: int
    user: str
    dbname: str  # the test's database; "<dbname>_async" is the same with asynchronous commits
    log: Path

    def dsn(self, dbname: str | None = None) -> str:
        return f"postgresql://{quote(self.user)}@127.0.0.1:{self.port}/{dbname or self.dbname}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _run_as(server: Server) -> list[str]:
    """PgBouncer refuses to run as root: switch to the owner of the server's socket
    directory (so it can reach a Unix socket), else to nobody."""
    if os.geteuid() != 0:
        return []
    user = "nobody"
    if server.host.startswith("/"):
        user = pwd.getpwuid(os.stat(server.host).st_uid).pw_name
    return ["-u", user]


def _server_conninfo(server: Server, dbname: str | None = None) -> str:
    parts = [f"host={server.host}", f"port={server.port}", f"user={server.user}"]
    if server.password:
        parts.append(f"password={server.password}")
    if dbname:
        parts.append(f"dbname={dbname}")
    return " ".join(parts)


@pytest.fixture
def bouncer(dsn: str, server: Server) -> Iterator[Bouncer]:
    assert PGBOUNCER is not None
    dbname = urlparse(dsn).path.lstrip("/")
    folder = Path(tempfile.mkdtemp(prefix="durablesql-pgbouncer-"))
    folder.chmod(0o755)  # readable by the unprivileged user it runs as
    port = _free_port()
    (folder / "users.txt").write_text(f'"{server.user}" ""\n')
    (folder / "pgbouncer.ini").write_text(
        f"""\
[databases]
{dbname}_async = {_server_conninfo(server, dbname)} connect_query='SET synchronous_commit = off'
* = {_server_conninfo(server)}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = trust
auth_file = {folder}/users.txt
pool_mode = transaction
default_pool_size = 4
server_round_robin = 1
"""
    )
    for name in ("users.txt", "pgbouncer.ini"):
        (folder / name).chmod(0o644)
    log = folder / "pgbouncer.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [PGBOUNCER, *_run_as(server), str(folder / "pgbouncer.ini")],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    handle = Bouncer(port, server.user, dbname, log)
    try:
        _wait_until_it_answers(handle, proc)
        yield handle
    finally:
        proc.send_signal(signal.SIGINT)  # shut down once clients are done; SIGTERM after 5 s
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(folder, ignore_errors=True)


def _wait_until_it_answers(bouncer: Bouncer, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"pgbouncer exited with {proc.returncode}:\n{bouncer.log.read_text()}")
        try:
            with psycopg.connect(bouncer.dsn(), connect_timeout=2) as conn:
                conn.execute("SELECT 1")  # PgBouncer reached the server too
                return
        except psycopg.Error:
            time.sleep(0.1)
    pytest.fail(f"pgbouncer did not answer within 15 s:\n{bouncer.log.read_text()}")


@pytest.fixture
async def direct(dsn: str) -> AsyncIterator[asyncpg.Connection]:
    """A connection to the test database itself, past PgBouncer (for checks)."""
    conn = await asyncpg.connect(dsn)
    yield conn
    await conn.close()


def _cli_env(dsn: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DURABLESQL_POOLER"}
    return {**env, "DURABLESQL_DSN": dsn, "PYTHONPATH": str(ROOT)}


def _spawn(dsn: str, log: Path, *options: str) -> subprocess.Popen[bytes]:
    """`durablesql worker tests.test_pgbouncer:app OPTIONS…`, its output in `log`."""
    command = [sys.executable, "-m", "durablesql.cli", "worker", "tests.test_pgbouncer:app"]
    with log.open("wb") as out:
        return subprocess.Popen(
            [*command, *options],
            cwd=ROOT,
            env=_cli_env(dsn),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )


def _text(path: Path) -> str:
    return path.read_text(errors="replace") if path.exists() else ""


async def _wait_for_text(
    path: Path, text: str, proc: subprocess.Popen[bytes], timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while text not in _text(path):
        if proc.poll() is not None:
            pytest.fail(f"the worker exited with {proc.returncode}:\n{_text(path)}")
        if time.monotonic() > deadline:
            pytest.fail(f"{text!r} not in the worker's log after {timeout} s:\n{_text(path)}")
        await asyncio.sleep(0.05)


async def _wait_for_stamp(path: Path, timeout: float) -> float:
    """The time.time() a handler wrote into the file, once it is there."""
    deadline = time.monotonic() + timeout
    while not (stamp := _text(path)):
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        await asyncio.sleep(0.02)
    return float(stamp)


# ---------------------------------------------------------------------- tests


def test_the_pooler_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    """One switch: App(pooler=…) or $DURABLESQL_POOLER; workers take the app's."""
    monkeypatch.delenv("DURABLESQL_POOLER", raising=False)
    assert App("postgresql://x@127.0.0.1/x").pooler is None
    assert App("postgresql://x@127.0.0.1/x", pooler="transaction").pooler == "transaction"
    monkeypatch.setenv("DURABLESQL_POOLER", "transaction")
    pooled = App("postgresql://x@127.0.0.1/x")
    pooled.job("j")(ok)
    assert pooled.pooler == "transaction"
    assert App("postgresql://x@127.0.0.1/x", pooler="none").pooler is None
    worker = pooled.worker()
    assert worker.pooler == "transaction" and not worker.listen
    assert pooled.worker(pooler="none").listen is not False  # where the database pushes
    with pytest.raises(ConfigurationError, match="no NOTIFY reaches"):
        pooled.worker(listen=True)
    with pytest.raises(ConfigurationError, match="use 'transaction' when the DSN points"):
        App("postgresql://x@127.0.0.1/x", pooler="pgbouncer")


@NEEDS_PGBOUNCER
async def test_statements_of_one_client_move_between_server_connections(
    bouncer: Bouncer,
) -> None:
    """The set-up really pools by transaction: session state would not stick."""
    conns = [await asyncpg.connect(bouncer.dsn(), statement_cache_size=0) for _ in range(3)]
    try:
        await asyncio.gather(*(c.execute("SELECT pg_sleep(0.2)") for c in conns))  # 3 servers
        pids = {await conns[0].fetchval("SELECT pg_backend_pid()") for _ in range(6)}
        assert len(pids) > 1, pids
    finally:
        for c in conns:
            await c.close()


@NEEDS_PGBOUNCER
async def test_a_worker_behind_pgbouncer(
    bouncer: Bouncer, direct: asyncpg.Connection, tmp_path: Path
) -> None:
    started = time.monotonic()
    log = tmp_path / "worker.log"
    # The worker goes through the alias whose server connections PgBouncer sets to
    # synchronous_commit = off (connect_query): the README's recipe for asynchronous commits.
    proc = _spawn(
        bouncer.dsn(f"{bouncer.dbname}_async"),
        log,
        "--pooler",
        "transaction",
        "--concurrency",
        "20",
        "--poll-interval",
        "0.2",
        "--lease",
        "3",
        "--shutdown-timeout",
        "5",
    )
    producer = App(bouncer.dsn(), pooler="transaction")
    producer.include(app)
    try:
        await _wait_for_text(log, "behind a transaction-mode pooler", proc, timeout=20)

        # A running run, cancelled: without NOTIFY the heartbeat (lease/2 = 1.5 s) tells.
        blocker = await producer.enqueue("pgb-block", {"dir": str(tmp_path)})
        await _wait_for_stamp(tmp_path / "started", timeout=10)
        cancelled_at = time.time()
        assert await producer.cancel(blocker)
        stopped_at = await _wait_for_stamp(tmp_path / "stopped", timeout=10)
        cancel_latency = stopped_at - cancelled_at
        assert cancel_latency < 1.5 + 2.0, cancel_latency
        assert (await producer.wait(blocker, timeout=10)).status == "cancelled"

        # A few hundred runs, enqueued through PgBouncer one by one and in bulk.
        singles = [await producer.enqueue("pgb-ok", {"n": n}) for n in range(30)]
        bulk = await producer.enqueue_many("pgb-ok", [{"n": n} for n in range(30, 280)])
        flakies = [await producer.enqueue("pgb-flaky") for _ in range(20)]
        doomed_ids = [await producer.enqueue("pgb-doomed") for _ in range(5)]
        every = [*singles, *bulk, *flakies, *doomed_ids]

        # app.wait() through PgBouncer: it polls (no NOTIFY reaches it).
        waited = await asyncio.gather(
            *(producer.wait(r, timeout=30) for r in (singles[-1], bulk[-1], flakies[0]))
        )
        assert [w.status for w in waited] == ["succeeded"] * 3
        assert waited[1].result == {"n": 279} and waited[2].result == {"attempts": 3}
        doomed_run = await producer.wait(doomed_ids[0], timeout=30)
        assert doomed_run.status == "failed" and doomed_run.attempt == 2
        assert "always fails" in (doomed_run.error or "")

        statuses = await wait_terminal(operations(direct), every, timeout=30)
        expected = {r: "succeeded" for r in [*singles, *bulk, *flakies]}
        expected.update({r: "failed" for r in doomed_ids})
        assert statuses == expected
        rows = await direct.fetch(
            "SELECT run_id, attempt, result FROM durable.all_runs WHERE run_id = ANY($1)",
            [*singles, *bulk, *flakies],
        )
        attempts = {r["run_id"]: r["attempt"] for r in rows}
        assert {attempts[r] for r in flakies} == {3}
        assert {attempts[r] for r in [*singles, *bulk]} == {1}

        # One more, timed: claim polling (0.2 s) plus app.wait polling (0.5 s).
        t0 = time.monotonic()
        last = await producer.enqueue("pgb-ok", {"n": -1})
        assert (await producer.wait(last, timeout=10)).result == {"n": -1}
        wait_latency = time.monotonic() - t0
        assert wait_latency < 3, wait_latency
    finally:
        await producer.close()
        proc.send_signal(signal.SIGTERM)
        try:
            code = await asyncio.to_thread(proc.wait, 20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
    text = _text(log)
    assert code == 0, text
    pooler_lines = [
        line for line in text.splitlines() if "behind a transaction-mode pooler" in line
    ]
    polling = [line for line in text.splitlines() if "no push notifications" in line]
    assert len(pooler_lines) == 1 and len(polling) == 1, text
    assert "polling every 0.2s" in polling[0] and "heartbeat (every 1.5s)" in polling[0]
    assert "commits are asynchronous" in pooler_lines[0]  # the alias's connect_query
    assert " ERROR " not in text and "prepared statement" not in text, text
    assert f"worker {socket.gethostname()}-{proc.pid} stopped" in text, text
    print(  # shown with -s: what the README quotes
        f"\ncancel latency {cancel_latency:.2f}s, enqueue→wait {wait_latency:.2f}s,"
        f" test {time.monotonic() - started:.1f}s"
    )


@NEEDS_PGBOUNCER
async def test_without_the_pooler_switch_the_worker_says_why(
    bouncer: Bouncer, tmp_path: Path
) -> None:
    # By default the worker asks for synchronous_commit = off at connect: PgBouncer refuses.
    log = tmp_path / "worker.log"
    proc = _spawn(bouncer.dsn(), log, "--lease", "3")
    code = await asyncio.to_thread(proc.wait, 30)
    lines = [line for line in _text(log).splitlines() if line.strip()]
    assert code == 1, lines
    assert lines[-1] == (
        "error: cannot connect to the database: unsupported startup parameter:"
        " synchronous_commit (behind PgBouncer in transaction mode? use --pooler transaction)"
    ), lines
    assert "Traceback" not in _text(log)

    # With --synchronous-commit it connects, but asyncpg's cached (named) statements
    # go missing as its calls move between server connections: nothing is claimed,
    # and the worker says once what to do.
    conns = [await asyncpg.connect(bouncer.dsn(), statement_cache_size=0) for _ in range(3)]
    try:
        await asyncio.gather(*(c.execute("SELECT pg_sleep(0.2)") for c in conns))  # 3 servers
    finally:
        for c in conns:
            await c.close()
    log = tmp_path / "worker-sync.log"
    proc = _spawn(bouncer.dsn(), log, "--synchronous-commit", "--poll-interval", "0.1")
    try:
        await _wait_for_text(log, "run the worker with --pooler transaction", proc, timeout=20)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(proc.wait, 20)
    text = _text(log)
    assert code == 0, text
    assert text.count("run the worker with --pooler transaction") == 1, text
    assert "prepared statement" in text and "claim failed" in text, text


@NEEDS_PGBOUNCER
async def test_migrate_through_pgbouncer(bouncer: Bouncer, server: Server) -> None:
    """`durablesql migrate` through the pooler: installs, migrates, two at once, no lock left."""
    fresh = f"durablesql_pgb_{uuid.uuid4().hex[:10]}"
    chain = f"{fresh}_chain"
    names = [m.name for m in migrations()]

    async def migrate(dbname: str) -> tuple[int, str]:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "durablesql.cli",
            "migrate",
            cwd=ROOT,
            env=_cli_env(bouncer.dsn(dbname)),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        out, _ = await asyncio.wait_for(proc.communicate(), 60)
        return await proc.wait(), out.decode().strip()

    admin = await asyncpg.connect(server.dsn("postgres"))
    try:
        for dbname in (fresh, chain):
            await admin.execute(f'CREATE DATABASE "{dbname}"')
        # Two migrators at once on an empty database: one installs, the other waits
        # for its transaction-scoped lock and then finds nothing to do.
        both = sorted(await asyncio.gather(migrate(fresh), migrate(fresh)))
        assert both == [
            (0, f"already at {names[-1]}"),
            (0, "applied: " + ", ".join(names)),
        ], both

        # An older install: the migrations it lacks, one transaction each.
        older = await asyncpg.connect(server.dsn(chain))
        try:
            await older.execute(migrations()[0].sql)
        finally:
            await older.close()
        assert await migrate(chain) == (0, "applied: " + ", ".join(names[1:]))

        for dbname in (fresh, chain):
            conn = await asyncpg.connect(server.dsn(dbname))
            try:
                assert await conn.fetchval("SELECT durable.schema_version()") == names[-1]
            finally:
                await conn.close()
            # Transaction-scoped: nothing stays behind on PgBouncer's server connections.
            locks = await admin.fetchval(
                "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                " WHERE l.locktype = 'advisory' AND d.datname = $1",
                dbname,
            )
            assert locks == 0
    finally:
        for dbname in (fresh, chain):
            await admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
                dbname,
            )
            await admin.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
        await admin.close()
