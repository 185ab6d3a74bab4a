"""Two checkouts of durablesql, measured alternately in one session: before and after.

A change's cost is judged against the version before it on the same machine in the
same minutes, since a single round on a small VM swings by ±20%.  Each round runs
one benchmark script from every checkout in turn (the order rotates from round to
round), each with that checkout's own venv and schema, and reads the result file
the script writes; the summary is the median and range per checkout, and the median
of the per-round ratios against the first checkout.

  worker    bench_worker.py --rounds 1 --concurrency 500 --max-batch 500
            (throughput of 100,000 no-op runs, then one latency run)
  latency   bench_worker.py --only latency --rounds 1
  compare   bench_compare.py --systems durablesql,pgqueuer --rounds 1, from
            benchmarks/.venv (`make bench-venv` in each checkout); PgQueuer, the same
            in both, shows how far the machine alone moves the figures

Usage: python benchmarks/ab.py {worker,latency,compare} --rounds N NAME=DIR NAME=DIR ...
e.g.   python benchmarks/ab.py worker --rounds 10 before=../durablesql-old after=.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
from pathlib import Path
from typing import Any

RUNS: dict[str, tuple[str, list[str], str]] = {
    "worker": (
        ".venv",
        [
            *("benchmarks/bench_worker.py", "--rounds", "1"),
            *("--concurrency", "500"),
            "--max-batch",
            "500",
        ],
        "bench_worker",
    ),
    "latency": (
        ".venv",
        ["benchmarks/bench_worker.py", "--only", "latency", "--rounds", "1"],
        "bench_worker",
    ),
    "compare": (
        "benchmarks/.venv",
        ["benchmarks/bench_compare.py", "--systems", "durablesql,pgqueuer", "--rounds", "1"],
        "compare",
    ),
}


def figures(what: str, result: dict[str, Any]) -> dict[str, float]:
    """The numbers of one result file, flat."""
    if what == "compare":
        found: dict[str, float] = {}
        for measurement, per_system in result["results"].items():
            for system, rounds in per_system.items():
                if measurement == "latency":
                    for q in ("p50", "p95", "p99"):
                        found[f"latency {system} {q} ms"] = rounds[0][q]
                else:
                    found[f"{measurement} {system} /s"] = rounds[0]["value"]
        return found
    commit = result["latency_ms"][0]["from_commit"]
    found = {f"latency {q} ms": commit[q] for q in ("p50", "p95", "p99")}
    if result["throughput_jobs_per_s"]:
        found["throughput jobs/s"] = result["throughput_jobs_per_s"][0]
    return found


def run(what: str, root: Path) -> dict[str, float]:
    venv, args, stem = RUNS[what]
    done = subprocess.run(
        [str(root / venv / "bin" / "python"), *args], cwd=root, capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(f"{root}: {' '.join(args)} failed:\n{done.stdout[-2000:]}{done.stderr}")
    return figures(what, json.loads((root / "benchmarks" / "results" / f"{stem}.json").read_text()))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("what", choices=sorted(RUNS))
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("sides", nargs="+", metavar="NAME=DIR")
    args = p.parse_args()
    sides = {name: Path(path).resolve() for name, path in (s.split("=", 1) for s in args.sides)}
    names = list(sides)
    seen: dict[str, list[dict[str, float]]] = {name: [] for name in names}
    for r in range(args.rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            seen[name].append(run(args.what, sides[name]))
            print(f"round {r + 1}/{args.rounds}: {name} done", flush=True)
    first = names[0]
    for key in seen[first][0]:
        cells = []
        for name in names:
            values = [f[key] for f in seen[name]]
            middle, low, high = statistics.median(values), min(values), max(values)
            cell = f"{name} {middle:,.2f} ({low:,.2f}–{high:,.2f})"
            if name != first:
                ratios = [a[key] / b[key] for a, b in zip(seen[name], seen[first], strict=True)]
                cell += f" ×{statistics.median(ratios):.2f}"
            cells.append(cell)
        print(f"{key:32} " + "   ".join(cells))
    print(f"×: median of the per-round ratios against {first}")


if __name__ == "__main__":
    main()
