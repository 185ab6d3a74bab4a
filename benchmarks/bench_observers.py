"""What observing a worker costs: throughput of N pre-queued no-op runs through one
worker process, with nothing observing it, and then with each kind of observer:

* observers: a slow sync observer (1 ms an event) and a failing async one, both
  on every event (bench_app.py, DURABLESQL_BENCH_OBSERVERS=1);
* metrics: the worker's own metrics, served on --metrics-port;
* tracing: OpenTelemetry with the SDK's TracerProvider and a processor that
  drops every span (the cost of making them, not of exporting them;
  DURABLESQL_BENCH_TRACING=1).

Configurations alternate within each round, so a slow moment of the machine
hits all of them; the ratio is each one's median against the baseline's.  The
worker process's CPU time per run (start-up excluded) is printed too: other load
on the machine disturbs it far less than the wall-clock rate, and "of baseline
(CPU)" is the throughput one CPU-bound worker would keep.

Usage: python benchmarks/bench_observers.py [--quick] [--rounds N] [--runs N]
"""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime

import asyncpg
from bench_worker import LAST_CPU, throughput
from common import ROOT, fresh_database, median, parser, save, server, server_facts, table

CONFIGS: dict[str, tuple[dict[str, str], list[str]]] = {
    "no observers": ({}, []),
    "slow + failing observers": ({"DURABLESQL_BENCH_OBSERVERS": "1"}, []),
    "slow observer only": ({"DURABLESQL_BENCH_OBSERVERS": "slow"}, []),
    "failing observer only": ({"DURABLESQL_BENCH_OBSERVERS": "failing"}, []),
    "metrics (--metrics-port)": ({}, ["--metrics-port", "0"]),
    "tracing (SDK, spans dropped)": ({"DURABLESQL_BENCH_TRACING": "1"}, []),
}


async def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--runs", type=int, default=10_000)
    p.add_argument("--only", help="comma-separated configurations (by their first word)")
    p.add_argument("--concurrency", type=int, default=100)
    args = p.parse_args()
    n = 2000 if args.quick else args.runs
    options = ["--concurrency", str(args.concurrency), "--max-batch", "100"]
    rates: dict[str, list[float]] = {name: [] for name in CONFIGS}
    srv = server()
    async with fresh_database(srv) as dsn:
        conn = await asyncpg.connect(dsn)
        await conn.execute("SELECT durable.define_job('noop', queue => 'bench')")
        await conn.execute("SELECT durable.define_job('stamp', queue => 'latency')")
        facts = await server_facts(dsn)
        await conn.close()
        chosen = {
            name: config
            for name, config in CONFIGS.items()
            if not args.only or name.split()[0] in args.only.split(",")
        }
        rates = {name: [] for name in chosen}
        cpu: dict[str, list[float]] = {name: [] for name in chosen}
        for _ in range(args.rounds):
            for name, (env, extra) in chosen.items():
                saved = {k: os.environ.get(k) for k in env}
                os.environ.update(env)
                try:
                    rate, _ = await throughput(dsn, n, [*options, *extra])
                finally:
                    for k, v in saved.items():
                        if v is None:
                            os.environ.pop(k, None)
                        else:
                            os.environ[k] = v
                rates[name].append(rate)
                cpu[name].append(LAST_CPU[0] / n * 1e6)

    def ratio(values: dict[str, list[float]], name: str) -> float:
        base = values.get("no observers")
        return median(values[name]) / median(base) if base else float("nan")

    rows = [
        [
            name,
            f"{median(r):,.0f} jobs/s",
            f"{ratio(rates, name):.0%}",
            f"{median(cpu[name]):.1f} µs",
            f"{1 / ratio(cpu, name):.0%}",
            ", ".join(f"{x:,.0f}" for x in r),
        ]
        for name, r in rates.items()
    ]
    print(
        f"observers' cost, {n:,} no-op runs, one worker ({' '.join(options)}),"
        f" {srv.origin}, PostgreSQL {facts['server_version']}{' (quick)' if args.quick else ''}"
    )
    print(
        table(
            rows,
            ["configuration", "median", "of baseline", "worker CPU a run", "of baseline (CPU)",
             "rounds"],
        )
    )  # fmt: skip
    if not args.quick:
        path = save(
            "bench_observers",
            {
                "when": datetime.now(UTC).isoformat(),
                "server": facts,
                "runs": n,
                "rates": rates,
                "worker_cpu_us_per_run": cpu,
            },
        )
        print(f"saved {path.relative_to(ROOT)}")


if __name__ == "__main__":
    asyncio.run(main())
