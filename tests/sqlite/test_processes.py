"""Several processes on one SQLite file: racing claimers never share a run and never see
"database is locked"; a claimer killed with kill -9 mid-claim leaves the file intact,
unlocked and consistent (its transaction is rolled back, or committed whole)."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from durablesql.driver import Driver
from tests.conformance.conftest import LEASE, job
from tests.workers import ROOT

PROCESSES = 4
RUNS = 10_000


def claimer(dsn: str, worker: str, seed: int, *options: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "tests.sqlite.claimer", dsn, worker, str(seed), *options]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def claimed_ids(output: str) -> list[int]:
    return [
        int(x)
        for line in output.splitlines()
        if line.startswith("claimed ")
        for x in line.split()[1:]
    ]


async def test_four_processes_claim_thousands_of_runs_each_exactly_once(
    sqlite_dsn: str, sqlite_driver: Driver, tmp_path: Path
) -> None:
    await sqlite_driver.define_jobs([job()])
    ids: list[int] = []
    for _ in range(RUNS // 1000):
        ids += await sqlite_driver.enqueue_many("job", ["{}"] * 1000)
    go = tmp_path / "go"
    procs = [claimer(sqlite_dsn, f"p{n}", n, "--go", str(go)) for n in range(PROCESSES)]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline() == "ready\n"
    go.touch()
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0] * PROCESSES, outputs
    errors = [line for out in outputs for line in out.splitlines() if not line.startswith("claim")]
    assert errors == [], errors[:5]  # no "database is locked", no short complete
    seen = [i for out in outputs for i in claimed_ids(out)]
    twice = [i for i, n in Counter(seen).items() if n > 1]
    assert twice == [], f"{len(twice)} runs handed out twice"
    assert sorted(seen) == ids
    shares = [len(claimed_ids(out)) for out in outputs]
    # SQLite's busy handler is not fair (a writer that waits sleeps, and one that just
    # committed may go again first): every process races, not every one need win.
    assert sum(n > 0 for n in shares) >= 2, f"no race: {shares}"
    stats = next(s for s in await sqlite_driver.queue_stats() if s.queue == "default")
    assert (stats.pending, stats.leased) == (0, 0)
    succeeded = await sqlite_driver.list_runs(status="succeeded", max_runs=10000)
    assert len(succeeded) == RUNS and {r.attempt for r in succeeded} == {1}


def check_file(path: Path) -> dict[str, int]:
    """The file after a crash: intact, writable at once, every leased run whole."""
    conn = sqlite3.connect(path, timeout=0.5, isolation_level=None)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        started = time.monotonic()
        conn.execute("BEGIN IMMEDIATE")  # no lock left behind by the dead process
        conn.execute("ROLLBACK")
        assert time.monotonic() - started < 0.5
        broken = conn.execute(
            "SELECT count(*) FROM durable_runs WHERE status = 'leased'"
            " AND (worker IS NULL OR lease_expires_at IS NULL OR attempt < 1"
            "      OR claim_order IS NULL)"
            " OR (status = 'pending' AND (worker IS NOT NULL OR attempt <> 0))"
        ).fetchone()[0]
        assert broken == 0
        return dict(conn.execute("SELECT status, count(*) FROM durable_runs GROUP BY status"))
    finally:
        conn.close()


async def test_a_claimer_killed_mid_claim_leaves_the_file_usable(
    sqlite_dsn: str, sqlite_driver: Driver, tmp_path: Path
) -> None:
    path = tmp_path / "app.db"
    await sqlite_driver.define_jobs([job()])
    total = 20_000
    for _ in range(total // 1000):
        await sqlite_driver.enqueue_many("job", ["{}"] * 1000)
    for round_ in range(5):
        proc = claimer(sqlite_dsn, f"doomed{round_}", round_, "--forever", "--lease", "0.05")
        assert proc.stdout is not None
        first = proc.stdout.readline()  # it is claiming (leases expire at once: it goes on)
        assert first.startswith("claimed"), first + proc.stdout.read()
        await asyncio.sleep(0.05 + 0.03 * round_)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        counts = check_file(path)
        assert sum(counts.values()) == total
        # The engine goes on where it stopped: a claim answers at once.
        got = await sqlite_driver.claim("after", ["default"], 10, LEASE, "priority")
        assert len(got) == 10
        assert await sqlite_driver.complete("after", [c.run_id for c in got], None) == 10
