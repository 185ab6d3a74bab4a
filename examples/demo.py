"""durablesql demo: `make demo`.

Starts the embedded PostgreSQL (or uses $DURABLESQL_DSN), installs the schema,
enqueues example runs from Python *and* from plain SQL — one waits for another
(a dependency), one is started from a cron schedule — runs a worker until every
run has finished, prints each run's final status, and exits 0 when every run
ended as the example intends (one is meant to fail: it shows retries, and its
dependent run is cancelled with it).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import sys
from typing import Any

import asyncpg

from durablesql import App, Backoff, Fixed, JobContext
from durablesql.dsn import resolve_dsn

app = App()


@app.job("send-welcome-email", queue="emails", max_attempts=5, retry=Backoff(initial=1, max=30))
async def send_welcome_email(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
    await asyncio.sleep(0.05)  # talking to the mail service
    ctx.logger.info("welcome mail sent to %s", args["to"])
    return {"sent_to": args["to"]}


@app.job("resize-image", queue="media", timeout=10)
def resize_image(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
    # A plain `def` runs in a thread pool: CPU or blocking work is fine here.
    digest = hashlib.sha256(args["path"].encode() * 20_000).hexdigest()[:12]
    ctx.logger.info("resized %s to %dpx", args["path"], args["width"])
    return {"path": args["path"], "width": args["width"], "etag": digest}


@app.job("charge-card", queue="billing", max_attempts=3, retry=Fixed(delay=0.5))
async def charge_card(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
    if ctx.attempt == 1:
        raise ConnectionError("card network timed out")  # retried by the SQL, 0.5 s later
    ctx.logger.info("charged %s cents on attempt %d", args["cents"], ctx.attempt)
    return {"charged": args["cents"]}


@app.job("import-legacy-data", queue="billing", max_attempts=2, retry=Fixed(delay=0.2))
async def import_legacy_data(ctx: JobContext, args: dict[str, Any]) -> None:
    raise RuntimeError("legacy API answered 503")  # fails every attempt: ends 'failed'


@app.job("send-receipt", queue="billing")
async def send_receipt(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
    # Enqueued with depends_on: it waited until the charge succeeded.
    ctx.log(f"receipt for order {args['order']}")  # kept in durable.run_logs
    return {"receipt_for": args["order"]}


@app.job("nightly-report", queue="reports", cron="0 2 * * *", timezone="Europe/Berlin")
async def nightly_report(ctx: JobContext, args: dict[str, Any]) -> dict[str, Any]:
    for step in range(1, 5):
        ctx.progress(step / 4, f"section {step} of 4")
        await asyncio.sleep(0.01)
    return {"sections": 4}


EXPECTED = {
    "send-welcome-email": "succeeded",
    "resize-image": "succeeded",
    "charge-card": "succeeded",
    "import-legacy-data": "failed",
    "send-receipt": "succeeded",  # after charge-card
    "nightly-report": "succeeded",  # run now from its schedule
}
EXPECTED_DEPENDENT_OF_FAILED = "cancelled"  # a receipt for the failed import

FROM_SQL = [
    'SELECT durable.enqueue(\'resize-image\', \'{"path": "cat.png", "width": 640}\')',
    "SELECT durable.enqueue('send-welcome-email', '{\"to\": \"sql@example.com\"}', priority => 10)",
]


class OneLine(logging.Formatter):
    """The demo shows handler messages only; a worker's log would keep tracebacks."""

    def formatException(self, ei: Any) -> str:
        return ""

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = ""
        return super().format(record).rstrip()


async def main() -> int:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(OneLine("    %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    for noisy in ("durablesql.worker", "pgserver"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    where = "DURABLESQL_DSN" if os.environ.get("DURABLESQL_DSN") else "embedded PostgreSQL"
    print(f"durablesql demo — database: {where}")
    dsn = resolve_dsn(None)
    async with app:
        applied = await app.migrate()
        print(f"schema: {'installed ' + ', '.join(applied) if applied else 'up to date'}")
        await app.define_jobs()

        origin: dict[int, str] = {}
        print("enqueue from Python:")
        for run_id in await app.enqueue_many(
            "send-welcome-email", [{"to": "ada@example.com"}, {"to": "grace@example.com"}]
        ):
            origin[run_id] = "python"
        charge = await app.enqueue("charge-card", {"cents": 1999})
        origin[charge] = "python"
        legacy = await app.enqueue("import-legacy-data", {"batch": 7})
        origin[legacy] = "python"
        # Waits (status 'waiting') until the charge has succeeded.
        origin[await app.enqueue("send-receipt", {"order": 17}, depends_on=[charge])] = "python"
        # Its parent will fail: it is cancelled with 'dependency <id> failed'.
        doomed = await app.enqueue("send-receipt", {"order": 18}, depends_on=[legacy])
        origin[doomed] = "python"
        print(f"    {len(origin)} runs")

        print("enqueue from plain SQL (any language can do this):")
        conn = await asyncpg.connect(dsn)
        try:
            for statement in FROM_SQL:
                print(f"    {statement}")
                origin[await conn.fetchval(statement)] = "sql"
        finally:
            await conn.close()

        print("a schedule, registered from @app.job(cron=...), started by hand:")
        await app.sync_schedules()
        conn = await asyncpg.connect(dsn)
        try:
            row = await conn.fetchrow(
                "SELECT cron, timezone, next_run_at FROM durable.schedule_status"
                " WHERE name = 'nightly-report'"
            )
            assert row is not None
            print(f"    nightly-report: {row['cron']} {row['timezone']}, next {row['next_run_at']}")
            origin[await conn.fetchval("SELECT durable.run_schedule_now('nightly-report')")] = "sql"
            print("    SELECT durable.run_schedule_now('nightly-report')")
        finally:
            await conn.close()

        print("worker running:")
        worker = app.worker(concurrency=4, poll_interval=0.2, lease=10)
        worker_task = asyncio.create_task(worker.run())
        try:
            runs = await asyncio.gather(*(app.wait(i, timeout=60) for i in origin))
        finally:
            worker.stop()
            await worker_task

    print("\nfinal status:")
    header = f"    {'run':>5}  {'job':<20} {'from':<7} {'status':<10} {'attempts':<9} outcome"
    print(header)
    print("    " + "-" * (len(header) - 4))
    ok = True
    for run in sorted(runs, key=lambda r: r.run_id):
        outcome = run.result if run.status == "succeeded" else run.error
        print(
            f"    {run.run_id:>5}  {run.job_name:<20} {origin[run.run_id]:<7} {run.status:<10}"
            f" {run.attempt}/{run.max_attempts:<7} {outcome}"
        )
        expected = EXPECTED_DEPENDENT_OF_FAILED if run.run_id == doomed else EXPECTED[run.job_name]
        ok = ok and run.status == expected
    print("\nevery run finished as intended" if ok else "\nsome runs did not end as intended")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
