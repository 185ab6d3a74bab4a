"""durablesql side by side with PgQueuer and Procrastinate, on the same PostgreSQL.

Each measurement of each system runs in a fresh database that the system's own schema
install created, dropped afterwards; within a round every system does one measurement
before any does the next, and the order of the systems rotates from round to round.
The same small JSON object is every job's payload; handlers do nothing.

  single   enqueues/s, one connection, each enqueue its own transaction (after 10 unmeasured);
  batch    jobs/s enqueued 1,000 per call with each system's batch API;
  default  jobs/s processing N pre-queued jobs, one worker process with the system's
           default settings, started after the jobs are queued (then VACUUM ANALYZE and
           CHECKPOINT) and stopped once all are done.  The rate is N / (last completion -
           first claim), both as the system's own tables record them (durablesql:
           run_history; PgQueuer: pgqueuer_log; Procrastinate: procrastinate_events);
  tuned    the same with the system's best documented tuning for throughput;
  latency  an idle worker (default settings) is running; jobs are enqueued one at a time,
           20 ms apart; latency = the handler's first statement (time.time() in the
           worker, written to a side table) minus the moment the producer's enqueue call
           returned, i.e. committed (time.time() here).  One warm-up job first.

Ratios: durablesql ÷ peer for rates, peer ÷ durablesql for latencies (> 1: durablesql
better), the median of the per-round ratios, with their range.

Run it in benchmarks/.venv (`make bench-compare`), which has the peers installed;
they are never dependencies of durablesql.
Usage: python benchmarks/bench_compare.py [--quick] [--rounds N] [--systems a,b] [--only m,n]
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import platform
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import asyncpg
from common import (
    RESULTS,
    ROOT,
    fresh_database,
    median,
    parser,
    percentile,
    server,
    server_facts,
    table,
)
from peers.base import PAYLOAD, STAMPS_DDL, Peer, Profile, WorkerCommand
from peers.durablesql_adapter import Durablesql
from peers.pgqueuer_adapter import TUNED_BATCH_SIZE, Pgqueuer
from peers.procrastinate_adapter import TUNED_CONCURRENCY, Procrastinate

from tests.server import Server  # importable once common has put the repo on sys.path

MEASUREMENTS = ("single", "batch", "default", "tuned", "latency")
BATCH = 1000
TUNING_DOCS = {
    "durablesql": "README.md, Performance: --concurrency 500 --max-batch 500, and --prefetch 500",
    "pgqueuer": "docs/guides/performance-tuning.md: increase batch_size for short jobs (no"
    " number given: 1,000 was the fastest in sweeps); `pgq autovac` from its checklist",
    "procrastinate": "docs/howto/production/concurrency.md (--concurrency=30); docs/discussions.md"
    ' "Mind the size of your PostgreSQL pool" (pool = concurrency + 1)',
}


@dataclass(frozen=True)
class Sizes:
    single: int
    batches: int
    jobs: int
    latency: int


FULL = Sizes(single=2000, batches=20, jobs=50_000, latency=300)
QUICK = Sizes(single=200, batches=3, jobs=2000, latency=30)


# --- the measurements ---------------------------------------------------------------


async def checkpoint(conn: asyncpg.Connection) -> None:
    """Start each timed phase right after a checkpoint (as bench_sql.py does)."""
    with contextlib.suppress(asyncpg.InsufficientPrivilegeError):
        await conn.execute("CHECKPOINT")


async def single(peer: Peer, dsn: str, n: int) -> dict[str, Any]:
    producer = await peer.producer(dsn)
    try:
        for _ in range(10):
            await producer.enqueue("noop", PAYLOAD)
        conn = await asyncpg.connect(dsn)
        await checkpoint(conn)
        await conn.close()
        start = time.perf_counter()
        for _ in range(n):
            await producer.enqueue("noop", PAYLOAD)
        seconds = time.perf_counter() - start
    finally:
        await producer.close()
    return {"value": n / seconds, "jobs": n, "seconds": seconds}


async def batch(peer: Peer, dsn: str, calls: int) -> dict[str, Any]:
    docs = [PAYLOAD] * BATCH
    producer = await peer.producer(dsn)
    try:
        await producer.enqueue_batch("noop", docs)  # unmeasured, as for single
        conn = await asyncpg.connect(dsn)
        await checkpoint(conn)
        await conn.close()
        start = time.perf_counter()
        for _ in range(calls):
            await producer.enqueue_batch("noop", docs)
        seconds = time.perf_counter() - start
    finally:
        await producer.close()
    return {
        "value": calls * BATCH / seconds,
        "calls_per_s": calls / seconds,
        "calls": calls,
        "api": peer.batch_api,
    }


class WorkerFailed(RuntimeError):
    pass


def spawn(peer: Peer, command: WorkerCommand) -> tuple[subprocess.Popen[bytes], Path]:
    """Start a worker process; its output goes to a log file."""
    log = Path(tempfile.mkstemp(prefix=f"bench-compare-{peer.key}-", suffix=".log")[1])
    with log.open("wb") as out:
        proc = subprocess.Popen(
            command.argv, cwd=ROOT / "benchmarks", env=command.env, stdout=out, stderr=out
        )
    return proc, log


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def tail(log: Path, lines: int = 15) -> str:
    return "\n  ".join(log.read_text(errors="replace").strip().splitlines()[-lines:])


@contextlib.asynccontextmanager
async def running(peer: Peer, command: WorkerCommand) -> AsyncIterator[subprocess.Popen[bytes]]:
    """The worker process for the block, stopped with SIGTERM after it.

    Its log is deleted unless something failed."""
    proc, log = spawn(peer, command)
    try:
        yield proc
    except WorkerFailed as exc:
        raise WorkerFailed(f"{exc}; worker output ({log}):\n  {tail(log)}") from None
    finally:
        stop(proc)
    log.unlink()


async def wait_until(
    check: Callable[[], Awaitable[bool]],
    proc: subprocess.Popen[bytes],
    timeout: float,
    what: str,
    interval: float = 0.1,
) -> None:
    deadline = time.monotonic() + timeout
    while not await check():
        if proc.poll() is not None:
            raise WorkerFailed(f"the worker exited with {proc.returncode} while {what}")
        if time.monotonic() > deadline:
            raise WorkerFailed(f"timed out after {timeout:.0f} s while {what}")
        await asyncio.sleep(interval)


async def throughput(
    peer: Peer, dsn: str, n: int, profile: Profile, timeout: float
) -> dict[str, Any]:
    producer = await peer.producer(dsn)
    try:
        for start in range(0, n, BATCH):
            await producer.enqueue_batch("noop", [PAYLOAD] * min(BATCH, n - start))
    finally:
        await producer.close()
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("VACUUM ANALYZE")
        await checkpoint(conn)
        command = peer.worker(dsn, profile)
        started = time.monotonic()
        async with running(peer, command) as proc:

            async def all_done() -> bool:
                return await peer.remaining(conn) == 0

            await wait_until(all_done, proc, timeout, f"processing {n:,} jobs")
            wall = time.monotonic() - started
        span = await peer.span(conn)
    finally:
        await conn.close()
    if span.done != n:
        raise RuntimeError(f"{span.done} jobs recorded as done, expected {n}")
    return {
        "value": n / (span.last_done - span.first_start),
        "first_claim_to_last_completion_s": span.last_done - span.first_start,
        "first_to_last_completion_s": span.last_done - span.first_done,
        "worker_start_to_all_done_s": wall,
        "worker_exit_code": proc.returncode,
        "settings": command.settings,
    }


async def latency(peer: Peer, dsn: str, n: int) -> dict[str, Any]:
    conn = await asyncpg.connect(dsn)
    await conn.execute(STAMPS_DDL)
    producer = await peer.producer(dsn)
    issued: dict[int, tuple[float, float]] = {}
    command = peer.worker(dsn, "default")

    async def stamped(count: int) -> bool:
        return bool(await conn.fetchval("SELECT count(*) FROM bench_stamps") >= count)

    try:
        async with running(peer, command) as proc:

            async def ready() -> bool:
                return await peer.ready(conn)

            await wait_until(ready, proc, 60, "starting")
            await producer.enqueue("stamp", {**PAYLOAD, "seq": 0})  # warm-up
            await wait_until(lambda: stamped(1), proc, 60, "running the warm-up job")
            await asyncio.sleep(1.0)  # idle
            for seq in range(1, n + 1):
                called = time.time()
                await producer.enqueue("stamp", {**PAYLOAD, "seq": seq})
                issued[seq] = (called, time.time())
                await asyncio.sleep(0.02)
            await wait_until(lambda: stamped(n + 1), proc, 60, f"running {n} latency jobs")
        rows = await conn.fetch("SELECT seq, started FROM bench_stamps WHERE seq > 0")
    finally:
        await producer.close()
        await conn.close()
    from_commit = [(r["started"] - issued[r["seq"]][1]) * 1000 for r in rows]
    from_call = [(r["started"] - issued[r["seq"]][0]) * 1000 for r in rows]
    return {
        **percentiles(from_commit),
        "from_call": percentiles(from_call),
        "jobs": n,
        "settings": command.settings,
    }


def percentiles(values: list[float]) -> dict[str, float]:
    return {f"p{q}": percentile(values, q) for q in (50, 95, 99)} | {"max": max(values)}


async def measure(
    srv: Server, peer: Peer, what: str, sizes: Sizes, timeout: float
) -> dict[str, Any]:
    profile: Profile = "tuned" if what == "tuned" else "default"
    async with fresh_database(srv, install=False) as dsn:
        await peer.install(dsn, profile)
        if what == "single":
            return await single(peer, dsn, sizes.single)
        if what == "batch":
            return await batch(peer, dsn, sizes.batches)
        if what in ("default", "tuned"):
            return await throughput(peer, dsn, sizes.jobs, profile, timeout)
        return await latency(peer, dsn, sizes.latency)


# --- the summary ----------------------------------------------------------------------


@dataclass(frozen=True)
class Metric:
    key: str
    measurement: str
    field: str
    label: str
    unit: str
    higher_is_better: bool


def metrics(sizes: Sizes) -> list[Metric]:
    rates = [
        ("single", "single enqueue, own transaction"),
        ("batch", f"batched enqueue, {BATCH:,} per call"),
        ("default", f"{sizes.jobs:,} pre-queued no-op jobs, default worker settings"),
        ("tuned", f"{sizes.jobs:,} pre-queued no-op jobs, best documented tuning"),
    ]
    out = [Metric(m, m, "value", label, "jobs/s", True) for m, label in rates]
    for q in ("p50", "p95", "p99"):
        label = f"enqueue committed → handler start, {q}, idle worker"
        out.append(Metric(f"latency_{q}", "latency", q, label, "ms", False))
    return out


def values(results: dict[str, Any], metric: Metric, system: str) -> list[float | None]:
    return [
        None if "error" in r else r[metric.field]
        for r in results.get(metric.measurement, {}).get(system, [])
    ]


def spread(xs: list[float]) -> dict[str, float] | None:
    return {"median": median(xs), "min": min(xs), "max": max(xs)} if xs else None


def summarise(
    results: dict[str, Any], systems: list[Peer], sizes: Sizes
) -> dict[str, dict[str, Any]]:
    summary: dict[str, dict[str, Any]] = {}
    for metric in metrics(sizes):
        if metric.measurement not in results:
            continue
        ours = values(results, metric, "durablesql")
        row: dict[str, Any] = {"label": metric.label, "unit": metric.unit, "systems": {}}
        for peer in systems:
            theirs = values(results, metric, peer.key)
            row["systems"][peer.key] = spread([x for x in theirs if x is not None])
            if peer.key == "durablesql":
                continue
            pairs = [(o, t) for o, t in zip(ours, theirs, strict=False) if o and t]
            ratios = [o / t if metric.higher_is_better else t / o for o, t in pairs]
            row.setdefault("ratios", {})[peer.key] = spread(ratios)
        summary[metric.key] = row
    return summary


def number(x: float, unit: str) -> str:
    return f"{x:,.2f}" if unit == "ms" else f"{x:,.0f}"


def cell(s: dict[str, float] | None, unit: str, ratio: bool = False) -> str:
    if s is None:
        return "—"

    def show(x: float) -> str:
        return f"{x:.2f}" if ratio else number(x, unit)

    text = show(s["median"]) + ("×" if ratio else "")
    if s["min"] != s["max"]:
        text += f" ({show(s['min'])}–{show(s['max'])})"
    return text


def render_table(summary: dict[str, dict[str, Any]], systems: list[Peer]) -> str:
    ours = any(p.key == "durablesql" for p in systems)
    peers = [p for p in systems if p.key != "durablesql"] if ours else []
    headers = ["measurement", "unit", *[p.label for p in systems]]
    headers += [f"durablesql vs {p.label}" for p in peers]
    rows = []
    for row in summary.values():
        line = [row["label"], row["unit"]]
        line += [cell(row["systems"].get(p.key), row["unit"]) for p in systems]
        line += [cell(row.get("ratios", {}).get(p.key), "", ratio=True) for p in peers]
        rows.append(line)
    return table(rows, headers)


def chart(summary: dict[str, dict[str, Any]], systems: list[Peer], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rates = [k for k, r in summary.items() if r["unit"] == "jobs/s"]
    lats = [k for k, r in summary.items() if r["unit"] == "ms"]
    fig, axes = plt.subplots(
        1, 2, figsize=(14, 5.5), gridspec_kw={"width_ratios": [max(len(rates), 1), 3]}
    )
    width = 0.8 / len(systems)
    for ax, keys, log in ((axes[0], rates, True), (axes[1], lats, False)):
        for i, peer in enumerate(systems):
            xs, heights, low, high = [], [], [], []
            for j, key in enumerate(keys):
                s = summary[key]["systems"].get(peer.key)
                if s is None:
                    continue
                xs.append(j + (i - (len(systems) - 1) / 2) * width)
                heights.append(s["median"])
                low.append(s["median"] - s["min"])
                high.append(s["max"] - s["median"])
            bars = ax.bar(xs, heights, width, yerr=[low, high], capsize=3, label=peer.label)
            fmt = "{:,.0f}" if log else "{:.1f}"
            ax.bar_label(bars, [fmt.format(h) for h in heights], fontsize=7, padding=2)
        ax.set_xticks(range(len(keys)))
        names = {
            "single": "single\nenqueue",
            "batch": f"batched\nenqueue ×{BATCH}",
            "default": "processing,\ndefault worker",
            "tuned": "processing,\ntuned worker",
        }
        ax.set_xticklabels([names.get(k, k.removeprefix("latency_")) for k in keys])
        if log and rates:  # (a run of --only latency has no rates to scale)
            ax.set_yscale("log")
            ax.set_ylabel("jobs/s (log scale; higher is better)")
            ax.set_title("Rates (median, bars: range over rounds)")
        else:
            ax.set_ylabel("ms (lower is better)")
            ax.set_title("Enqueue committed → handler start, idle worker")
        ax.grid(axis="y", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def markdown(report: dict[str, Any], rendered: str, systems: list[Peer]) -> str:
    lines = [
        "# durablesql vs PgQueuer vs Procrastinate"
        + (" (quick: tiny sizes, not real figures)" if report["quick"] else ""),
        "",
        f"{report['when']}; {report['rounds']} round(s); PostgreSQL"
        f" {report['server']['server_version']} (fsync {report['server']['fsync']},"
        f" synchronous_commit {report['server']['synchronous_commit']}, autovacuum"
        f" {report['server']['autovacuum']}, shared_buffers"
        f" {report['server']['shared_buffers']}); {report['host']}.",
        "",
        rendered,
        "",
        "Cells: median over rounds (range). Ratios: durablesql ÷ peer for rates,"
        " peer ÷ durablesql for latencies, so > 1 means durablesql is better.",
        "",
        "## Versions",
        "",
        *[f"- {name} {version}" for name, version in report["versions"].items()],
        "",
        "## Settings",
        "",
    ]
    for peer in systems:
        s = report["settings"][peer.key]
        lines += [
            f"**{peer.label}** — batch API: `{s['batch_api']}`; tuning documented in"
            f" {s['tuning_documented_in']}",
            "",
        ]
        for profile in ("default", "tuned"):
            lines.append(f"- {profile} worker:")
            lines += [f"  - {k}: {v}" for k, v in s[profile].items()]
        lines.append("")
    lines += ["## Notes", "", *[f"- {n}" for n in report["notes"]], ""]
    lines += ["## Method", "", (__doc__ or "").split("\n\n", 1)[1].split("Run it in")[0].strip()]
    return "\n".join(lines) + "\n"


# --- main -----------------------------------------------------------------------------


def notes(facts: dict[str, str], systems: list[Peer]) -> list[str]:
    out = [
        "latency runs each system's worker with its default settings",
        *[f"{p.label}: {p.note}" for p in systems if p.note],
    ]
    if facts["autovacuum"] == "off":
        out.append(
            "autovacuum is off on this server: per-table autovacuum options (durablesql's"
            " schema, `pgq autovac`) have no effect; dead rows of the queue tables are only"
            " removed by the VACUUM ANALYZE before each processing run"
        )
    return out


def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in ("durablesql", "pgqueuer", "procrastinate", "asyncpg", "psycopg", "psycopg-pool"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    )
    if commit.returncode == 0:
        out["durablesql"] += f" (git {commit.stdout.strip()})"
    return out


async def main() -> None:
    p = parser(__doc__ or "")
    p.set_defaults(rounds=None)
    p.add_argument("--systems", default="durablesql,pgqueuer,procrastinate")
    p.add_argument("--only", default=",".join(MEASUREMENTS), help="measurements to run")
    p.add_argument("--jobs", type=int, help="pre-queued jobs for default/tuned")
    p.add_argument("--pgqueuer-batch-size", type=int, default=TUNED_BATCH_SIZE)
    p.add_argument("--procrastinate-concurrency", type=int, default=TUNED_CONCURRENCY)
    p.add_argument("--timeout", type=float, default=900, help="seconds per processing run")
    args = p.parse_args()
    rounds: int = args.rounds or (1 if args.quick else 3)
    sizes = QUICK if args.quick else FULL
    if args.jobs:
        sizes = Sizes(sizes.single, sizes.batches, args.jobs, sizes.latency)
    every: dict[str, Peer] = {
        "durablesql": Durablesql(),
        "pgqueuer": Pgqueuer(args.pgqueuer_batch_size),
        "procrastinate": Procrastinate(args.procrastinate_concurrency),
    }
    systems = [every[k] for k in args.systems.split(",")]
    chosen = [m for m in MEASUREMENTS if m in args.only.split(",")]

    srv = server()
    async with fresh_database(srv, install=False) as dsn:
        facts = await server_facts(dsn)
    print(
        f"bench_compare: {srv.origin}, PostgreSQL {facts['server_version']}, {rounds} round(s),"
        f" sizes {sizes}{' (quick: tiny sizes, noisy, not real figures)' if args.quick else ''}",
        flush=True,
    )
    results: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for r in range(rounds):
        order = systems[r % len(systems) :] + systems[: r % len(systems)]
        for what in chosen:
            for peer in order:
                try:
                    result = await measure(srv, peer, what, sizes, args.timeout)
                except Exception as exc:
                    result = {"error": f"{type(exc).__name__}: {exc}"}
                    shown = f"FAILED {result['error']}"
                else:
                    unit = "ms p50" if what == "latency" else "jobs/s"
                    shown = f"{result['p50' if what == 'latency' else 'value']:,.1f} {unit}"
                results.setdefault(what, {}).setdefault(peer.key, []).append(result)
                print(f"  round {r + 1}/{rounds}  {what:<8} {peer.label:<14} {shown}", flush=True)

    summary = summarise(results, systems, sizes)
    rendered = render_table(summary, systems)
    print()
    print(rendered)
    print(
        "cells: median over rounds (range); ratios: durablesql ÷ peer for rates,"
        " peer ÷ durablesql for latencies (> 1: durablesql better)"
    )
    settings: dict[str, Any] = {}
    for peer in systems:
        settings[peer.key] = {
            "batch_api": peer.batch_api,
            "note": peer.note,
            "tuning_documented_in": TUNING_DOCS[peer.key],
            "default": peer.worker("DSN", "default").settings,
            "tuned": peer.worker("DSN", "tuned").settings,
        }
        print(f"{peer.label}: batch API {peer.batch_api}")
        for profile in ("default", "tuned"):
            print(f"  {profile}: {settings[peer.key][profile]['command']}")
    for line in notes(facts, systems):
        print(f"note: {line}")
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "rounds": rounds,
        "sizes": sizes.__dict__,
        "server": facts,
        "host": f"{platform.machine()}, {platform.system()} {platform.release()}",
        "versions": versions(),
        "settings": settings,
        "notes": notes(facts, systems),
        "summary": summary,
        "results": results,
    }
    for name, version in report["versions"].items():
        print(f"{name} {version}", end="; " if name != "psycopg-pool" else "\n")
    RESULTS.mkdir(exist_ok=True)
    stem = "compare-quick" if args.quick else "compare"
    (RESULTS / f"{stem}.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
    (RESULTS / f"{stem}.md").write_text(markdown(report, rendered, systems))
    title = (
        f"durablesql {metadata.version('durablesql')}"
        f" vs PgQueuer {report['versions']['pgqueuer']}"
        f" vs Procrastinate {report['versions']['procrastinate']},"
        f" PostgreSQL {facts['server_version']},"
        f" {rounds} round(s){' — QUICK, not real figures' if args.quick else ''}"
    )
    chart(summary, systems, RESULTS / f"{stem}.png", title)
    print(f"saved benchmarks/results/{stem}.json, .md, .png")
    if any("error" in r for per in results.values() for rs in per.values() for r in rs):
        sys.exit(1)


if __name__ == "__main__":
    asyncio.run(main())
