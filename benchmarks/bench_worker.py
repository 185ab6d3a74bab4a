"""The Python worker end to end: throughput, latency, memory.

* throughput: N pre-queued no-op runs, one worker process (`durablesql worker`);
  jobs/s = N / (last finished_at - first started_at), read from the database;
* latency: an idle worker; 500 runs enqueued 20 ms apart, one transaction each;
  handler start (wall clock in the worker) minus the moment the producer issued
  durable.enqueue, and minus the moment that call returned, i.e. committed
  (wall clock in this process; same machine);
* memory: the worker's peak RSS during the throughput run at concurrency 100.

Usage: python benchmarks/bench_worker.py [--quick] [--concurrency N] [--max-batch N]
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
from common import (
    ROOT,
    fresh_database,
    median,
    parser,
    percentile,
    save,
    server,
    server_facts,
    table,
)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


# The worker's CPU seconds during the last throughput run (start-up excluded): a
# measure of its own cost that other load on the machine disturbs less than time.
LAST_CPU = [0.0]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def start_worker(dsn: str, queues: str, extra: list[str]) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DURABLESQL_DSN": dsn,
        "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'benchmarks'}",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "durablesql.cli",
            "worker",
            "bench_app:app",
            "--queues",
            queues,
            "--log-level",
            "WARNING",
            *extra,
        ],
        cwd=ROOT / "benchmarks",
        env=env,
    )
    conn = await asyncpg.connect(dsn)
    try:
        while not await conn.fetchval("SELECT count(*) FROM durable.worker_status"):
            if proc.poll() is not None:
                raise RuntimeError("the worker exited during start-up")
            await asyncio.sleep(0.05)
    finally:
        await conn.close()
    return proc


def stop_worker(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    if proc.wait(60) != 0:
        raise RuntimeError(f"worker exited with {proc.returncode}")


async def throughput(dsn: str, n: int, options: list[str]) -> tuple[float, float]:
    conn = await asyncpg.connect(dsn)
    await conn.execute("TRUNCATE durable.run_history")
    for _ in range(n // 1000):
        await conn.fetch(
            "SELECT durable.enqueue_many('noop', array_fill('{}'::jsonb, ARRAY[1000]))"
        )
    await conn.execute("VACUUM ANALYZE durable.runs")
    proc = await start_worker(dsn, "bench", options)
    peak = 0.0
    try:
        idle = cpu_seconds(proc.pid)
        while await conn.fetchval("SELECT count(*) FROM durable.runs WHERE queue = 'bench'"):
            peak = max(peak, rss_mb(proc.pid))
            await asyncio.sleep(0.2)
        peak = max(peak, rss_mb(proc.pid))
        LAST_CPU[0] = cpu_seconds(proc.pid) - idle
    finally:
        stop_worker(proc)
    seconds = await conn.fetchval(
        "SELECT extract(epoch FROM max(finished_at) - min(started_at)) FROM durable.run_history"
    )
    done = await conn.fetchval(
        "SELECT count(*) FROM durable.run_history WHERE status = 'succeeded'"
    )
    await conn.close()
    assert done == n, (done, n)
    return n / float(seconds), peak


async def latency(dsn: str, n: int, options: list[str]) -> tuple[list[float], list[float]]:
    """(from the enqueue call, from its commit) to handler start, in ms."""
    conn = await asyncpg.connect(dsn)
    proc = await start_worker(dsn, "latency", options)
    issued: dict[int, tuple[float, float]] = {}
    try:
        await asyncio.sleep(1.0)  # idle
        for _ in range(n):
            t0 = time.time()
            run_id = await conn.fetchval("SELECT durable.enqueue('stamp')")
            issued[run_id] = (t0, time.time())
            await asyncio.sleep(0.02)
        while await conn.fetchval("SELECT count(*) FROM durable.runs WHERE queue = 'latency'"):
            await asyncio.sleep(0.05)
    finally:
        stop_worker(proc)
    rows = await conn.fetch(
        "SELECT run_id, result::text::float8 AS t FROM durable.run_history"
        " WHERE run_id = ANY($1) AND status = 'succeeded'",
        list(issued),
    )
    await conn.close()
    assert len(rows) == n
    from_call = [(r["t"] - issued[r["run_id"]][0]) * 1000 for r in rows]
    from_commit = [(r["t"] - issued[r["run_id"]][1]) * 1000 for r in rows]
    return from_call, from_commit


async def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--concurrency", type=int, default=100)
    p.add_argument("--max-batch", type=int, default=100)
    p.add_argument("--extra", default="", help="more worker options, e.g. '--prefetch 100'")
    p.add_argument("--only", choices=["throughput", "latency"], help="run one part only")
    args = p.parse_args()
    n = 5000 if args.quick else 100_000
    n_latency = 50 if args.quick else 500
    options = [
        "--concurrency",
        str(args.concurrency),
        "--max-batch",
        str(args.max_batch),
        *args.extra.split(),
    ]
    srv = server()
    rates: list[float] = []
    peaks: list[float] = []
    latencies: list[tuple[list[float], list[float]]] = []
    async with fresh_database(srv) as dsn:
        conn = await asyncpg.connect(dsn)
        for name, queue in (("noop", "bench"), ("stamp", "latency")):
            await conn.execute("SELECT durable.define_job($1, queue => $2)", name, queue)
        facts = await server_facts(dsn)
        await conn.close()
        if args.only != "latency":
            for _ in range(args.rounds):
                rate, peak = await throughput(dsn, n, options)
                rates.append(rate)
                peaks.append(peak)
        if args.only != "throughput":
            # One latency run (500 samples) by default; --only latency repeats it.
            for _ in range(args.rounds if args.only == "latency" else 1):
                latencies.append(await latency(dsn, n_latency, ["--concurrency", "10"]))

    def pct(values: list[float]) -> dict[str, float]:
        return {f"p{q}": percentile(values, q) for q in (50, 95, 99)} | {"max": max(values)}

    def show(p: dict[str, float]) -> str:
        return f"p50 {p['p50']:.2f} ms, p95 {p['p95']:.2f} ms, p99 {p['p99']:.2f} ms"

    rows = []
    if rates:
        rows.append(
            [
                f"throughput, {n:,} pre-queued no-op runs (median of {args.rounds})",
                f"{median(rates):,.0f} jobs/s",
                ", ".join(f"{r:,.0f}" for r in rates),
            ]
        )
    commits = [pct(commit) for _, commit in latencies]
    calls = [pct(call) for call, _ in latencies]
    for label, runs in (
        (f"enqueue committed→handler start, {n_latency} runs 20 ms apart, idle worker", commits),
        ("enqueue called→handler start (adds the producer's own round trip + fsync)", calls),
    ):
        for k, run in enumerate(runs):
            rows.append(
                [label if k == 0 else "  (another run)", show(run), f"max {run['max']:.2f} ms"]
            )
    if peaks:
        rows.append(
            [
                f"worker peak RSS during throughput (concurrency {args.concurrency})",
                f"{max(peaks):.0f} MB",
                ", ".join(f"{x:.0f}" for x in peaks),
            ]
        )
    print(
        f"durablesql worker, {srv.origin}, PostgreSQL {facts['server_version']},"
        f" worker options: {' '.join(options)}{' (quick)' if args.quick else ''}"
    )
    print(table(rows, ["measurement", "result", "rounds"]))
    if not args.quick:
        path = save(
            "bench_worker",
            {
                "when": datetime.now(UTC).isoformat(),
                "server": facts,
                "options": options,
                "throughput_jobs_per_s": rates,
                "peak_rss_mb": peaks,
                "latency_ms": [
                    {"from_commit": c, "from_call": k} for c, k in zip(commits, calls, strict=True)
                ],
            },
        )
        print(f"saved {path.relative_to(ROOT)}")


if __name__ == "__main__":
    asyncio.run(main())
