"""Soak: a million no-op runs through two worker processes, watching memory and bloat.

A producer enqueues in batches (durable.enqueue_many) while the workers run, keeping
about --backlog live runs queued, until --jobs runs have been enqueued; every
--interval seconds it samples

* each worker's RSS (VmRSS in /proc/PID/status) — a leak shows as a steady climb;
* pg_total_relation_size('durable.runs') (heap + indexes + TOAST) and its heap
  alone, and n_live_tup / n_dead_tup from pg_stat_user_tables — every run is
  inserted, updated at least twice and deleted, so without (auto)vacuum the hot
  table and its indexes keep growing;
* throughput (runs finished since the previous sample).

After the last run it keeps sampling for --settle seconds (autovacuum visits each
database once per autovacuum_naptime, 60 s by default) and reports start/end/max RSS
and table size and whether durable.runs stayed flat.  `SHOW autovacuum` is part of
the result: on a server with autovacuum off the schema's per-table settings have no
effect and the table only grows.

Server: $DURABLESQL_BENCH_DSN / $DURABLESQL_TEST_DSN (a fresh database on it), or with
--private a pgserver PostgreSQL of its own with the default settings (autovacuum on).

Usage: python benchmarks/soak.py [--quick] [--jobs N] [--private] [--interval S]
Writes benchmarks/results/soak.json (--quick: soak-quick.json).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
from common import ROOT, fresh_database, parser, save, server, server_facts, table

JOB, QUEUE = "noop", "bench"  # benchmarks/bench_app.py

SAMPLE_SQL = """
SELECT (SELECT count(*) FROM durable.runs) AS live,
       pg_total_relation_size('durable.runs') AS total_bytes,
       pg_relation_size('durable.runs') AS heap_bytes,
       pg_indexes_size('durable.runs') AS index_bytes,
       s.n_live_tup, s.n_dead_tup, s.autovacuum_count, s.vacuum_count,
       s.last_autovacuum
FROM pg_stat_user_tables s WHERE s.relid = 'durable.runs'::regclass
"""


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        return None
    return None


async def start_worker(dsn: str, name: str, options: list[str]) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DURABLESQL_DSN": dsn,
        "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'benchmarks'}",
    }
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "durablesql.cli", "worker", "bench_app:app"),
            *("--queues", QUEUE, "--name", name, "--log-level", "WARNING", *options),
        ],
        cwd=ROOT / "benchmarks",
        env=env,
    )
    conn = await asyncpg.connect(dsn)
    try:
        while not await conn.fetchval(
            "SELECT count(*) FROM durable.worker_status WHERE worker = $1", name
        ):
            if proc.poll() is not None:
                raise RuntimeError(f"worker {name} exited during start-up")
            await asyncio.sleep(0.05)
    finally:
        await conn.close()
    return proc


@contextlib.asynccontextmanager
async def private_database(settings: dict[str, str]) -> AsyncIterator[str]:
    """A pgserver PostgreSQL of our own (default settings but `settings`), with the schema."""
    import pgserver

    from durablesql.driver.postgres.migrate import migrate

    folder = tempfile.mkdtemp(prefix="durablesql-soak-pg-")
    handle = await asyncio.to_thread(pgserver.get_server, folder, cleanup_mode="delete")
    try:
        uri = handle.get_uri()
        conn = await asyncpg.connect(uri)
        for name, value in settings.items():
            await conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
        await conn.execute("SELECT pg_reload_conf()")
        await migrate(conn)
        await conn.close()
        yield uri
    finally:
        handle.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


class Soak:
    def __init__(self, dsn: str, args: Any) -> None:
        self.dsn = dsn
        self.args = args
        self.enqueued = 0
        self.samples: list[dict[str, Any]] = []
        self.workers: list[subprocess.Popen[bytes]] = []

    async def produce(self) -> None:
        conn = await asyncpg.connect(self.dsn)
        try:
            while self.enqueued < self.args.jobs:
                live = await conn.fetchval("SELECT count(*) FROM durable.runs")
                room = self.args.backlog - live
                if room < self.args.batch // 2:
                    await asyncio.sleep(0.01)
                    continue
                n = min(self.args.batch, room, self.args.jobs - self.enqueued)
                await conn.execute(
                    "SELECT count(*) FROM durable.enqueue_many($1, array_fill('{}'::jsonb,"
                    " ARRAY[$2::int]))",
                    JOB,
                    n,
                )
                self.enqueued += n
        finally:
            await conn.close()

    async def sample(self, conn: asyncpg.Connection, t0: float, phase: str) -> dict[str, Any]:
        row = await conn.fetchrow(SAMPLE_SQL)
        assert row is not None
        now = time.monotonic()
        done = self.enqueued - row["live"]
        prev = self.samples[-1] if self.samples else None
        rate = (done - prev["done"]) / (now - t0 - prev["t"]) if prev else 0.0
        s = {
            "t": now - t0,
            "phase": phase,
            "enqueued": self.enqueued,
            "done": done,
            "jobs_per_s": rate,
            "rss_mb": [rss_mb(p.pid) for p in self.workers],
            **dict(row),
            "last_autovacuum": str(row["last_autovacuum"] or ""),
        }
        self.samples.append(s)
        if self.args.verbose:
            print(_line(s), flush=True)
        return s

    async def run(self) -> dict[str, Any]:
        a = self.args
        conn = await asyncpg.connect(self.dsn)
        try:
            await conn.execute("SELECT durable.define_job($1, queue => $2)", JOB, QUEUE)
            await conn.execute("VACUUM ANALYZE durable.runs")
            await asyncio.sleep(1.0)  # let the statistics settle for the first sample
            options = ["--concurrency", str(a.concurrency), "--max-batch", str(a.max_batch)]
            t0 = time.monotonic()
            await self.sample(conn, t0, "start")
            for i in range(a.workers):
                self.workers.append(await start_worker(self.dsn, f"soak-{i + 1}", options))
            producing_since = time.monotonic() - t0
            producer = asyncio.create_task(self.produce())
            last = time.monotonic()
            while True:
                await asyncio.sleep(min(0.2, a.interval))
                if producer.done():
                    producer.result()  # raises the producer's error
                for p in self.workers:
                    if p.poll() is not None:
                        raise RuntimeError(f"a worker exited with {p.returncode}")
                finished = producer.done() and not await conn.fetchval(
                    "SELECT count(*) FROM durable.runs"
                )
                if finished or time.monotonic() - last >= a.interval:
                    await self.sample(conn, t0, "run")
                    last = time.monotonic()
                if finished:
                    break
            run_seconds = self.samples[-1]["t"] - producing_since
            # The workers stay up (idle, polling) while autovacuum catches up.
            settle_end = time.monotonic() + a.settle
            while time.monotonic() < settle_end:
                await asyncio.sleep(min(a.interval, max(settle_end - time.monotonic(), 0.01)))
                await self.sample(conn, t0, "settle")
            for p in self.workers:
                p.send_signal(signal.SIGTERM)
            codes = [p.wait(60) for p in self.workers]
            history = await conn.fetchrow(
                "SELECT count(*) AS n, count(*) FILTER (WHERE status = 'succeeded') AS ok,"
                " pg_total_relation_size('durable.run_history') AS hist_partitioned_bytes"
                " FROM durable.run_history"
            )
            history_bytes = await conn.fetchval(
                "SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0)"
                " FROM pg_inherits WHERE inhparent = 'durable.run_history'::regclass"
            )
            assert history is not None
            facts = await server_facts(self.dsn)
            facts["autovacuum_naptime"] = await conn.fetchval("SHOW autovacuum_naptime")
        finally:
            for p in self.workers:
                if p.poll() is None:
                    p.kill()
            await conn.close()
        return summarize(self.samples, run_seconds, facts, codes, history, history_bytes, a)


def _mb(b: float) -> str:
    return f"{b / 1048576:.1f}"


def _line(s: dict[str, Any]) -> str:
    rss = "/".join("-" if r is None else f"{r:.0f}" for r in s["rss_mb"]) or "-"
    return (
        f"{s['t']:7.1f}s {s['phase']:<6} done {s['done']:>9,} {s['jobs_per_s']:>8,.0f}/s"
        f"  rss {rss} MB  runs {_mb(s['total_bytes'])} MB (heap {_mb(s['heap_bytes'])})"
        f"  live {s['n_live_tup']:,} dead {s['n_dead_tup']:,} autovac {s['autovacuum_count']}"
    )


def summarize(
    samples: list[dict[str, Any]],
    run_seconds: float,
    facts: dict[str, str],
    codes: list[int],
    history: Any,
    history_bytes: int,
    a: Any,
) -> dict[str, Any]:
    running = [s for s in samples if s["phase"] == "run"]
    first, end_run, last = samples[0], running[-1], samples[-1]
    n_workers = len(end_run["rss_mb"])
    rss = [
        [s["rss_mb"][i] for s in samples[1:] if s["rss_mb"][i] is not None]
        for i in range(n_workers)
    ]
    # "Flat": over the second half of the run, durable.runs does not keep growing.
    half = [s for s in running if s["done"] >= a.jobs / 2] or running
    first_half_max = max(
        (s["total_bytes"] for s in running if s["done"] < a.jobs / 2),
        default=half[0]["total_bytes"],
    )
    size_max = max(s["total_bytes"] for s in samples)
    grew = end_run["total_bytes"] > 1.25 * max(first_half_max, 1)
    autovacuums = last["autovacuum_count"] - first["autovacuum_count"]
    if not grew:
        verdict = "flat"
    elif facts["autovacuum"] != "on":
        verdict = "growing (autovacuum is off)"
    elif autovacuums == 0:
        verdict = (
            "growing, but autovacuum never visited: the run is shorter than"
            f" autovacuum_naptime ({facts['autovacuum_naptime']})"
        )
    else:
        verdict = "growing although autovacuum ran"
    rates = [s["jobs_per_s"] for s in running[1:]]
    result = {
        "when": datetime.now(UTC).isoformat(),
        "server": facts,
        "jobs": a.jobs,
        "workers": n_workers,
        "worker_options": {"concurrency": a.concurrency, "max_batch": a.max_batch},
        "backlog": a.backlog,
        "batch": a.batch,
        "run_seconds": run_seconds,  # first enqueue (workers up) → last run finished
        "jobs_per_s": a.jobs / run_seconds,
        "jobs_per_s_samples": {
            "min": min(rates, default=0),
            "max": max(rates, default=0),
            "first": rates[0] if rates else 0,
            "last": rates[-1] if rates else 0,
        },
        "worker_exit_codes": codes,
        "succeeded": history["ok"],
        "history_rows": history["n"],
        "history_bytes": history_bytes,
        "rss_mb": [{"start": r[0], "end": r[-1], "max": max(r)} if r else {} for r in rss],
        "runs_total_bytes": {
            "start": first["total_bytes"],
            "end_of_run": end_run["total_bytes"],
            "after_settle": last["total_bytes"],
            "max": size_max,
            "first_half_max": first_half_max,
        },
        "runs_heap_bytes": {
            "start": first["heap_bytes"],
            "end_of_run": end_run["heap_bytes"],
            "after_settle": last["heap_bytes"],
            "max": max(s["heap_bytes"] for s in samples),
        },
        "runs_index_bytes": {
            "start": first["index_bytes"],
            "end_of_run": end_run["index_bytes"],
            "after_settle": last["index_bytes"],
            "max": max(s["index_bytes"] for s in samples),
        },
        "dead_tuples": {
            "max": max(s["n_dead_tup"] for s in samples),
            "end_of_run": end_run["n_dead_tup"],
            "after_settle": last["n_dead_tup"],
        },
        "autovacuum_runs": autovacuums,
        "flat": not grew,
        "verdict": verdict,
        "samples": samples,
    }
    return result


def report(r: dict[str, Any], origin: str) -> str:
    f = r["server"]
    tb, hb, ib = r["runs_total_bytes"], r["runs_heap_bytes"], r["runs_index_bytes"]
    rows = [
        ["runs", f"{r['jobs']:,} no-op runs, {r['succeeded']:,} succeeded", ""],
        [
            "throughput",
            f"{r['jobs_per_s']:,.0f} jobs/s over {r['run_seconds']:.0f}s",
            f"samples {r['jobs_per_s_samples']['min']:,.0f}–{r['jobs_per_s_samples']['max']:,.0f};"
            f" first {r['jobs_per_s_samples']['first']:,.0f}, last"
            f" {r['jobs_per_s_samples']['last']:,.0f}",
        ],
    ]
    for i, m in enumerate(r["rss_mb"]):
        if m:
            rows.append(
                [
                    f"worker {i + 1} RSS",
                    f"start {m['start']:.0f} MB, end {m['end']:.0f} MB, max {m['max']:.0f} MB",
                    "",
                ]
            )
    for label, d in (("durable.runs total", tb), ("  heap", hb), ("  indexes", ib)):
        rows.append(
            [
                label,
                f"start {_mb(d['start'])} MB, end of run {_mb(d['end_of_run'])} MB,"
                f" max {_mb(d['max'])} MB",
                f"after settle {_mb(d['after_settle'])} MB",
            ]
        )
    rows.append(
        [
            "dead tuples",
            f"max {r['dead_tuples']['max']:,}, end of run {r['dead_tuples']['end_of_run']:,}",
            f"after settle {r['dead_tuples']['after_settle']:,};"
            f" autovacuum ran {r['autovacuum_runs']}x",
        ]
    )
    rows.append(
        [
            "durable.runs flat?",
            r["verdict"],
            f"autovacuum = {f['autovacuum']}",
        ]
    )
    head = (
        f"soak on {origin}, PostgreSQL {f['server_version']} (autovacuum={f['autovacuum']},"
        f" autovacuum_naptime={f['autovacuum_naptime']}, fsync={f['fsync']},"
        f" synchronous_commit={f['synchronous_commit']});"
        f" {r['workers']} workers --concurrency {r['worker_options']['concurrency']}"
        f" --max-batch {r['worker_options']['max_batch']}, backlog ≈ {r['backlog']:,}"
    )
    notes = []
    if f["autovacuum"] != "on":
        notes.append(
            "note: autovacuum is off on this server, so the schema's per-table autovacuum"
            " settings do nothing and only manual VACUUM would reclaim durable.runs"
        )
    return "\n".join([head, table(rows, ["", "result", ""]), *notes])


async def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--jobs", type=int, default=None, help="default 1,000,000 (--quick: 20,000)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--concurrency", type=int, default=100)
    p.add_argument("--max-batch", type=int, default=100)
    p.add_argument("--batch", type=int, default=1000, help="runs per enqueue_many")
    p.add_argument("--backlog", type=int, default=10_000, help="live runs kept queued")
    p.add_argument("--interval", type=float, default=None, help="seconds between samples")
    p.add_argument("--settle", type=float, default=None, help="seconds sampled after the run")
    p.add_argument("--private", action="store_true", help="a pgserver server of its own")
    p.add_argument(
        "--autovacuum-naptime",
        default=None,
        help="with --private: set autovacuum_naptime (e.g. 5s; PostgreSQL's default is 1min)",
    )
    p.add_argument("--quiet", dest="verbose", action="store_false")
    a = p.parse_args()
    a.jobs = a.jobs or (20_000 if a.quick else 1_000_000)
    a.interval = a.interval or (0.5 if a.quick else 5.0)
    a.settle = a.settle if a.settle is not None else (2.0 if a.quick else 75.0)

    if a.private:
        settings = {}
        if a.autovacuum_naptime:
            settings["autovacuum_naptime"] = a.autovacuum_naptime
        shown = ", ".join(f"{k} = {v}" for k, v in settings.items())
        origin = f"a private pgserver PostgreSQL (default settings{'; ' + shown if shown else ''})"
        async with private_database(settings) as dsn:
            result = await Soak(dsn, a).run()
    else:
        srv = server()
        origin = srv.origin
        async with fresh_database(srv) as dsn:
            result = await Soak(dsn, a).run()
    result["origin"] = origin
    print(report(result, origin))
    path = save("soak-quick" if a.quick else "soak", result)
    print(f"saved {path.relative_to(ROOT)}")
    if result["succeeded"] != a.jobs or any(result["worker_exit_codes"]):
        sys.exit(1)


if __name__ == "__main__":
    asyncio.run(main())
