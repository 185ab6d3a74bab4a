"""`durablesql …`: typer commands, each a thin sync wrapper over the async code.

Every command that needs the database takes ``--dsn`` (env ``DURABLESQL_DSN``);
without one it uses the embedded database (installing the schema there on first
use).  Each opens one connection through the driver its DSN names, and calls
the engine's functions and views: never a table.  User errors print one line on
stderr and exit 1 (usage errors: 2).

The one-shot commands cache no prepared statements (each runs a statement or
two), so they work as well through a transaction-mode pooler such as PgBouncer;
only ``worker`` needs to be told (``--pooler transaction``).
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import json
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from typer._click.exceptions import ClickException  # typer carries its own click
from typer.core import TyperGroup

from durablesql import __version__, client, eventloop
from durablesql import driver as drivers
from durablesql.driver import ConnectOptions, Driver, ScheduleDefinition
from durablesql.driver.sqlfiles import migrations, schema_sql
from durablesql.dsn import ENV_VAR, POOLER_ENV_VAR, resolve_dsn
from durablesql.errors import ConfigurationError, DurableError, Transient
from durablesql.schedules import ScheduleSpec

T = TypeVar("T")


def one_line(text: str) -> str:
    """A message on one line: names may hold line breaks (they are stored as given)."""
    return " ".join(text.replace("\r", "\\r").replace("\n", "\\n").split(" "))


def given_value(args: Sequence[str], exc: Exception) -> str | None:
    """The value a user gave the option a usage error is about (``--opt V`` or
    ``--opt=V``), so that the one-line error names it."""
    opts = getattr(getattr(exc, "param", None), "opts", None) or []
    for i, arg in enumerate(args):
        for opt in opts:
            if arg == opt and i + 1 < len(args):
                return args[i + 1]
            if arg.startswith(opt + "="):
                return arg[len(opt) + 1 :]
    return None


class OneLineErrors(TyperGroup):
    """Usage errors (a bad option value, a missing argument) as one ``error: …`` line
    with exit 2, like every other user error, instead of click's framed message."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            rv = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except ClickException as exc:
            message = exc.format_message()
            given = given_value(sys.argv[1:] if args is None else list(args), exc)
            if given is not None and given not in message:
                message += f", got {given!r}"
            typer.echo(f"error: {one_line(message)}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("error: aborted", err=True)
            sys.exit(1)
        if not standalone_mode:
            return rv
        sys.exit(rv if isinstance(rv, int) else 0)


cli = typer.Typer(
    cls=OneLineErrors,
    name="durablesql",
    help="durablesql: a durable job engine whose logic lives in PostgreSQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
runs_cli = typer.Typer(help="Inspect and act on runs.", no_args_is_help=True)
cli.add_typer(runs_cli, name="runs")
queues_cli = typer.Typer(help="Inspect and configure queues.", no_args_is_help=True)
cli.add_typer(queues_cli, name="queues")
schedules_cli = typer.Typer(help="Recurring schedules.", no_args_is_help=True)
cli.add_typer(schedules_cli, name="schedules")

DsnOption = Annotated[
    str | None,
    typer.Option(
        "--dsn",
        envvar=ENV_VAR,
        help="PostgreSQL DSN (default: $DURABLESQL_DSN, else the embedded database).",
        show_envvar=True,
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"error: {one_line(message)}", err=True)
    raise typer.Exit(code)


def run(coro: Awaitable[T]) -> T:
    """Run async code; user errors become one line on stderr and a non-zero exit."""
    try:
        return eventloop.run(coro)  # type: ignore[arg-type]
    except DurableError as exc:
        fail(exc.message)


async def open_driver(dsn: str | None) -> Driver:
    """One connection, through the driver the DSN names (an error if it cannot connect)."""
    options = ConnectOptions(application_name="durablesql cli", single=True)
    return await drivers.connect(resolve_dsn(dsn), options)


@asynccontextmanager
async def connect(dsn: str | None) -> AsyncIterator[Driver]:
    found = await open_driver(dsn)
    try:
        await found.ensure_schema()
        yield found
    finally:
        await found.close()


def with_driver(dsn: str | None, action: Callable[[Driver], Awaitable[T]]) -> T:
    async def go() -> T:
        async with connect(dsn) as found:
            return await action(found)

    return run(go())


def print_table(rows: Sequence[Any], columns: Sequence[str]) -> None:
    """Records (dataclasses) as a table of the given columns."""
    if not rows:
        typer.echo("(none)")
        return
    cells = [list(columns)] + [[_cell(getattr(row, c)) for c in columns] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    for n, line in enumerate(cells):
        typer.echo("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        if n == 0:
            typer.echo("  ".join("-" * w for w in widths))


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, timedelta):
        return f"{value.total_seconds():.1f}s"
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


# ---------------------------------------------------------------------- schema


# `durablesql sql --dialect X`: the folder of sql/ each name means.
SQL_DIALECTS = {
    "postgres": "postgres",
    "postgresql": "postgres",
    "mysql": "mysql",
    "mariadb": "mysql",
    "sqlite": "sqlite",
    "sqlserver": "sqlserver",
    "mssql": "sqlserver",
}


@cli.command("sql")
def sql_command(
    dialect: Annotated[
        str,
        typer.Option(
            "--dialect",
            help="postgres (default), mysql (also for MariaDB: `mariadb < file`), sqlserver"
            " (`sqlcmd -b -i file`) or sqlite (the tables and views; the operations are in"
            " sql/sqlite/queries.sql).",
        ),
    ] = "postgres",
) -> None:
    """Print the install SQL (sql/<dialect>/schema.sql) without connecting."""
    folder = SQL_DIALECTS.get(dialect.lower())
    if folder is None:
        fail(f"unknown dialect {dialect!r}: use " + " or ".join(sorted(SQL_DIALECTS)), code=2)
    typer.echo(schema_sql(folder), nl=False)


@cli.command("migrate")
def migrate_command(dsn: DsnOption = None) -> None:
    """Install the schema, or apply the migrations it lacks (a no-op when current)."""

    async def go() -> tuple[list[str], str | None]:
        found = await open_driver(dsn)
        try:
            return await found.migrate(), await found.schema_version()
        finally:
            await found.close()

    applied, current = run(go())
    if applied:
        typer.echo("applied: " + ", ".join(applied))
    else:
        typer.echo(f"already at {current or migrations()[-1].name}")


@cli.command("version")
def version_command(dsn: DsnOption = None) -> None:
    """Print the package and schema versions (the installed one when --dsn is given)."""
    typer.echo(f"durablesql {__version__}")
    typer.echo(f"schema shipped: {migrations()[-1].name}")
    if dsn:

        async def go() -> str | None:
            found = await open_driver(dsn)
            try:
                return await found.schema_version()
            finally:
                await found.close()

        typer.echo(f"schema installed: {run(go()) or 'none'}")


# ---------------------------------------------------------------------- producing


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is out of range for a JSON number")
    return value


def _parse_json_object(text: str, option: str = "--args") -> dict[str, Any]:
    try:
        value = json.loads(text, parse_constant=_not_json, parse_float=_finite)
    except (json.JSONDecodeError, ValueError) as exc:
        fail(f"{option} is not valid JSON: {exc}", 2)
    except RecursionError:
        fail(f"{option} is nested too deeply", 2)
    if not isinstance(value, dict):
        fail(f"{option} must be a JSON object, got {type(value).__name__}", 2)
    return value


def _parse_time(text: str | None, option: str = "--run-at") -> datetime | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        fail(f"{option} must be an ISO 8601 time like 2030-01-01T09:00:00+00:00, got {text!r}", 2)
    if value.tzinfo is None:
        fail(f"{option} needs a UTC offset (e.g. {text}+00:00)", 2)
    return value


@cli.command("enqueue")
def enqueue_command(
    job: Annotated[str, typer.Argument(help="Job name.")],
    args: Annotated[str, typer.Option("--args", help="JSON object.")] = "{}",
    run_at: Annotated[str | None, typer.Option(help="ISO 8601 time with offset.")] = None,
    queue: Annotated[str | None, typer.Option(help="Queue (default: the job's).")] = None,
    priority: Annotated[int | None, typer.Option(help="Higher runs first.")] = None,
    max_attempts: Annotated[int | None, typer.Option(help="Attempts incl. the first.")] = None,
    unique_key: Annotated[str | None, typer.Option(help="At most one live run per key.")] = None,
    concurrency_key: Annotated[
        str | None, typer.Option(help="At most one running run per key.")
    ] = None,
    depends_on: Annotated[
        list[int] | None, typer.Option(help="Parent run id (repeatable): wait for it.")
    ] = None,
    tag: Annotated[list[str] | None, typer.Option(help="Tag (repeatable).")] = None,
    meta: Annotated[str | None, typer.Option(help="JSON object of metadata.")] = None,
    dsn: DsnOption = None,
) -> None:
    """Enqueue a run of JOB; prints its id."""
    parsed_args = _parse_json_object(args)
    parsed_meta = None if meta is None else _parse_json_object(meta, "--meta")
    when = _parse_time(run_at)
    run_id = with_driver(
        dsn,
        lambda db: client.enqueue(
            db,
            job,
            parsed_args,
            queue=queue,
            run_at=when,
            priority=priority,
            max_attempts=max_attempts,
            unique_key=unique_key,
            concurrency_key=concurrency_key,
            depends_on=depends_on,
            tags=tag,
            meta=parsed_meta,
        ),
    )
    typer.echo(run_id)


# ---------------------------------------------------------------------- inspecting


@cli.command("status")
def status_command(dsn: DsnOption = None) -> None:
    """Queue statistics (durable.queue_stats), and durable.health's warning if any."""

    async def go(db: Driver) -> tuple[list[Any], str | None]:
        return await db.queue_stats(), await client.health_warning(db)

    rows, warning = with_driver(dsn, go)
    print_table(rows, ["queue", "pending", "due", "leased", "oldest_due_age", "paused"])
    if warning:
        typer.echo(f"warning: {warning}", err=True)


@cli.command("workers")
def workers_command(dsn: DsnOption = None) -> None:
    """Registered workers (durable.worker_status)."""
    rows = with_driver(dsn, lambda db: db.worker_status())
    print_table(rows, ["worker", "queues", "concurrency", "leased", "started_at", "last_seen"])


@cli.command("metrics")
def metrics_command(
    port: Annotated[
        int, typer.Option(min=0, max=65535, help="TCP port for GET /metrics (0: any free one).")
    ] = 9464,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    once: Annotated[
        bool, typer.Option("--once", help="Print durable.metrics_text() and exit.")
    ] = False,
    dsn: DsnOption = None,
) -> None:
    """Serve the database's metrics (durable.metrics_text(), Prometheus text) on
    http://HOST:PORT/metrics until SIGINT/SIGTERM."""
    if once:
        typer.echo(with_driver(dsn, lambda db: db.metrics_text()), nl=False)
        return
    from durablesql.metrics_http import DatabaseMetrics, serve

    async def open_checked() -> Driver:
        found = await open_driver(dsn)
        try:
            await found.ensure_schema()
        except BaseException:
            await found.close()
            raise
        return found

    async def go() -> None:
        source = DatabaseMetrics(open_checked)
        await source.text()  # a bad DSN or a missing schema is an error now, not at a scrape

        def started(bound_host: str, bound_port: int) -> None:
            typer.echo(f"serving http://{bound_host}:{bound_port}/metrics", err=True)

        task = asyncio.ensure_future(serve(source, host, port, started))
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, task.cancel)
        try:
            await task
        except asyncio.CancelledError:
            return  # SIGINT/SIGTERM: a clean exit
        except OSError as exc:
            await source.close()
            reason = os.strerror(exc.errno).lower() if exc.errno else str(exc)
            fail(f"cannot listen on {host}:{port}: {reason}")
        finally:
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(signum)

    run(go())


@runs_cli.command("list")
def runs_list(
    status: Annotated[str | None, typer.Option(help="waiting, pending, leased, failed, …")] = None,
    job: Annotated[str | None, typer.Option(help="Job name.")] = None,
    queue: Annotated[str | None, typer.Option(help="Queue name.")] = None,
    tag: Annotated[str | None, typer.Option(help="Runs carrying this tag.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many (durable.limits()).")] = 50,
    dsn: DsnOption = None,
) -> None:
    """The newest runs, filtered (durable.list_runs)."""
    found = with_driver(
        dsn,
        lambda db: client.list_runs(
            db, status=status, job_name=job, queue=queue, tag=tag, limit=limit
        ),
    )
    columns = ["run_id", "job_name", "queue", "status", "attempt", "run_at", "finished_at"]
    print_table(found, [*columns, "tags", "error"])


@runs_cli.command("show")
def runs_show(run_id: int, dsn: DsnOption = None) -> None:
    """Everything about one run: status, result, error, attempts, dependencies, logs."""

    async def go(db: Driver) -> tuple[Any, list[Any], list[Any]]:
        return await db.get_run(run_id), await db.attempt_errors(run_id), await db.get_logs(run_id)

    found, errors, lines = with_driver(dsn, go)
    if found is None:
        fail(f"unknown run {run_id}")
    for key, value in dataclasses.asdict(found).items():
        shown = json.dumps(value) if key in ("args", "result", "meta") else _cell(value)
        typer.echo(f"{key:>15}: {shown}")
    typer.echo(f"{'attempt errors':>15}: {len(errors) or '-'}")
    for e in errors:
        typer.echo(f"  {_cell(e.failed_at)} attempt {e.attempt} {e.worker} {e.outcome}: {e.error}")
    typer.echo(f"{'logs':>15}: {len(lines) or '-'}")
    for line in lines:
        typer.echo(
            f"  {_cell(line.logged_at)} attempt {line.attempt} {line.level:<7} {line.message}"
        )


@runs_cli.command("tree")
def runs_tree(run_id: int, dsn: DsnOption = None) -> None:
    """A run's dependency tree: ancestors (depth < 0), the run, descendants."""
    rows = with_driver(dsn, lambda db: db.dependency_tree(run_id))
    if not rows:
        fail(f"unknown run {run_id}")
    print_table(rows, ["depth", "run_id", "job_name", "status", "depends_on", "error"])


@runs_cli.command("why")
def runs_why(run_id: int, dsn: DsnOption = None) -> None:
    """Why a run is not running: one `code: reason` line per reason (durable.explain_run)."""
    for found in with_driver(dsn, lambda db: db.explain_run(run_id)):
        typer.echo(f"{found.code}: {found.reason}")


@runs_cli.command("cancel")
def runs_cancel(run_id: int, dsn: DsnOption = None) -> None:
    """Cancel a run (a running one is stopped by its worker)."""
    if with_driver(dsn, lambda db: db.cancel(run_id)):
        typer.echo(f"run {run_id} cancelled (a running handler is being stopped)")
    else:
        typer.echo(f"run {run_id} had already finished; nothing to cancel")


@runs_cli.command("retry")
def runs_retry(run_id: int, dsn: DsnOption = None) -> None:
    """Put a failed or cancelled run back in its queue (same id)."""
    with_driver(dsn, lambda db: db.retry(run_id))
    typer.echo(f"run {run_id} is pending again")


@queues_cli.command("list")
def queues_list(dsn: DsnOption = None) -> None:
    """Every queue with its counts and settings (durable.queue_stats)."""
    columns = ["queue", "pending", "due", "leased", "waiting", "paused", "priority", "weight"]
    print_table(with_driver(dsn, lambda db: db.queue_stats()), [*columns, "concurrency_limit"])


@queues_cli.command("set")
def queues_set(
    queue: str,
    priority: Annotated[int | None, typer.Option(help="Order under --strategy strict.")] = None,
    weight: Annotated[int | None, typer.Option(help="Share under --strategy weighted.")] = None,
    concurrency_limit: Annotated[
        int | None, typer.Option(help="Most running runs at once; 0 removes the limit.")
    ] = None,
    lag_slo: Annotated[
        float | None,
        typer.Option(
            help="Lag objective in seconds: a due run should start within it; 0 removes it."
        ),
    ] = None,
    dsn: DsnOption = None,
) -> None:
    """Create a queue or change its settings (options left out stay as they are)."""
    with_driver(
        dsn,
        lambda db: client.set_queue(
            db, queue, priority=priority, weight=weight,
            concurrency_limit=concurrency_limit, lag_slo=lag_slo,
        ),
    )  # fmt: skip
    typer.echo(f"queue {queue} updated")


@queues_cli.command("slo")
def queues_slo(dsn: DsnOption = None) -> None:
    """Each queue's lag now and over the last hour against its objective (durable.slo_status)."""
    columns = ["queue", "lag_slo", "oldest_due_age", "within_slo", "started_last_hour"]
    print_table(
        with_driver(dsn, lambda db: db.slo_status()),
        [*columns, "started_within_slo", "share_within_slo"],
    )


@queues_cli.command("pause")
def queues_pause(queue: str, dsn: DsnOption = None) -> None:
    """Stop claiming from a queue (it still accepts runs)."""
    with_driver(dsn, lambda db: db.pause_queue(queue))
    typer.echo(f"queue {queue} paused")


@queues_cli.command("resume")
def queues_resume(queue: str, dsn: DsnOption = None) -> None:
    """Claim from a paused queue again."""
    with_driver(dsn, lambda db: db.resume_queue(queue))
    typer.echo(f"queue {queue} resumed")


# ---------------------------------------------------------------------- schedules


@schedules_cli.command("list")
def schedules_list(dsn: DsnOption = None) -> None:
    """Every schedule with its next and last run (durable.schedule_status)."""
    rows = with_driver(dsn, lambda db: db.schedule_status())
    columns = ["name", "job_name", "cron", "timezone", "enabled", "next_run_at", "last_run_at"]
    print_table(rows, [*columns, "last_run_id", "last_run_status"])


def _next_run(name: str, next_run: datetime | None) -> None:
    when = _cell(next_run) if next_run is not None else "none (disabled)"
    typer.echo(f"schedule {name}: next run {when}")


@schedules_cli.command("enable")
def schedules_enable(name: str, dsn: DsnOption = None) -> None:
    """Enable a schedule; its next slot is computed from now."""
    _next_run(name, with_driver(dsn, lambda db: db.set_schedule_enabled(name, True)))


@schedules_cli.command("disable")
def schedules_disable(name: str, dsn: DsnOption = None) -> None:
    """Disable a schedule (no next run until enabled)."""
    _next_run(name, with_driver(dsn, lambda db: db.set_schedule_enabled(name, False)))


@schedules_cli.command("set-cron")
def schedules_set_cron(
    name: str,
    cron: Annotated[str, typer.Argument(help='e.g. "0 2 * * *"')],
    tz: Annotated[str | None, typer.Option("--tz", help="IANA zone (default: keep).")] = None,
    dsn: DsnOption = None,
) -> None:
    """Change a schedule's cron expression (and time zone)."""
    _next_run(name, with_driver(dsn, lambda db: db.update_schedule_cron(name, cron, tz)))


@schedules_cli.command("run-now")
def schedules_run_now(name: str, dsn: DsnOption = None) -> None:
    """Enqueue an ad-hoc run of a schedule (its cron is not touched); prints the run id."""
    typer.echo(with_driver(dsn, lambda db: db.run_schedule_now(name)))


@schedules_cli.command("define")
def schedules_define(
    name: str,
    job: str,
    cron: Annotated[str, typer.Argument(help='e.g. "*/5 * * * *"')],
    tz: Annotated[str, typer.Option("--tz", help="IANA zone.")] = "UTC",
    args: Annotated[str, typer.Option("--args", help="JSON object.")] = "{}",
    queue: Annotated[str | None, typer.Option(help="Queue (default: the job's).")] = None,
    disabled: Annotated[bool, typer.Option("--disabled", help="Create it disabled.")] = False,
    allow_concurrent: Annotated[
        bool, typer.Option("--allow-concurrent", help="Start a slot while a run is live.")
    ] = False,
    catch_up: Annotated[str, typer.Option(help="skip_missed or catch_up.")] = "skip_missed",
    dsn: DsnOption = None,
) -> None:
    """Create or replace a schedule (durable.define_schedule)."""
    definition = ScheduleDefinition(
        name,
        job,
        cron,
        tz,
        json.dumps(_parse_json_object(args)),
        queue,
        not disabled,
        allow_concurrent,
        catch_up,
    )
    _next_run(name, with_driver(dsn, lambda db: db.define_schedule(definition)))


@schedules_cli.command("next")
def schedules_next(
    cron: Annotated[str, typer.Argument(help='e.g. "0 2 * * *"')],
    tz: Annotated[str, typer.Option("--tz", help="IANA zone.")] = "UTC",
    count: Annotated[int, typer.Option(help="How many fire times.")] = 5,
    after: Annotated[str | None, typer.Option(help="ISO 8601 time (default: now).")] = None,
    dsn: DsnOption = None,
) -> None:
    """Preview the next fire times by the database's rule (durable.cron_preview); with
    no database given or reachable, offline with croniter, and says so."""
    start = _parse_time(after, "--after") or datetime.now(UTC)

    async def ask() -> list[datetime] | None:
        try:
            found = await open_driver(dsn)
        except Transient as exc:
            typer.echo(f"note: {exc.message}", err=True)
            return None
        try:
            return await found.cron_preview(cron, start, tz, count)
        finally:
            await found.close()

    times = run(ask()) if dsn else None
    if times is None:
        from durablesql.cron import preview

        try:
            ScheduleSpec("preview", "preview", cron, tz)  # the offline checks
            times = preview(cron, tz, after=start, count=count)
        except DurableError as exc:
            fail(exc.message)
        typer.echo(
            "note: previewed offline with croniter, which may differ from the database"
            " near daylight-saving changes (give --dsn to ask the database)",
            err=True,
        )
    for when in times:
        typer.echo(when.isoformat())


@cli.command("prune")
def prune_command(
    older_than: Annotated[
        float | None, typer.Option(help="Seconds (default: the retention setting).")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Runs per batch.")] = 1000,
    dsn: DsnOption = None,
) -> None:
    """Remove terminal runs older than the retention (loops until nothing is left)."""

    async def go(db: Driver) -> int:
        total = 0
        while removed := await client.prune(db, older_than, batch_size):
            total += removed
        return total

    typer.echo(f"removed {with_driver(dsn, go)} runs")


# ---------------------------------------------------------------------- working


def load_app(target: str) -> Any:
    from durablesql.app import App

    module_name, _, attr = target.partition(":")
    if not module_name:
        raise ConfigurationError(f"expected MODULE:ATTR, got {target!r}")
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ConfigurationError(f"cannot import {module_name!r}: {exc}") from exc
    app = getattr(module, attr or "app", None)
    if not isinstance(app, App):
        raise ConfigurationError(f"{target!r} is not a durablesql App")
    return app


@cli.command("worker")
def worker_command(
    target: Annotated[str, typer.Argument(metavar="MODULE:ATTR", help="The App to run.")],
    queues: Annotated[
        str | None, typer.Option(help="Comma-separated (default: the app's job queues).")
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Handlers at once.")] = 10,
    lease: Annotated[float, typer.Option(min=1, help="Lease in seconds.")] = 30.0,
    shutdown_timeout: Annotated[
        float, typer.Option(min=0, help="Seconds to wait for handlers on shutdown.")
    ] = 30.0,
    poll_interval: Annotated[float, typer.Option(min=0.01, help="Seconds between polls.")] = 1.0,
    poll_jitter: Annotated[float, typer.Option(min=0, max=0.99, help="± ratio.")] = 0.1,
    max_batch: Annotated[int, typer.Option(min=1, help="Most runs per claim.")] = 100,
    prefetch: Annotated[int, typer.Option(min=0, help="Runs claimed ahead of free slots.")] = 0,
    strategy: Annotated[
        str, typer.Option(help="How to claim across queues: priority, strict or weighted.")
    ] = "priority",
    schedule_interval: Annotated[
        float, typer.Option(min=0, help="Seconds between schedule ticks (0: off).")
    ] = 1.0,
    retention_sweep: Annotated[
        float,
        typer.Option(
            help="Seconds between retention sweeps: finished runs older than the"
            " 'retention' setting are removed, one worker of the fleet at a time (0: off).",
        ),
    ] = 300.0,
    name: Annotated[str | None, typer.Option(help="Worker name (default: host-pid).")] = None,
    synchronous_commit: Annotated[
        bool,
        typer.Option(help="Wait for the WAL flush on the worker's own commits (slower)."),
    ] = False,
    pooler: Annotated[
        str | None,
        typer.Option(
            envvar=POOLER_ENV_VAR,
            show_envvar=True,
            help="'transaction' when --dsn is a transaction-mode pooler (PgBouncer"
            " pool_mode = transaction): the worker polls instead of LISTEN."
            " Default: the app's, else 'none'.",
        ),
    ] = None,
    metrics_port: Annotated[
        int | None,
        typer.Option(
            min=0,
            max=65535,
            help="Serve GET /metrics on this port: the worker's own metrics, then the"
            " database's (durable.metrics_text()).",
        ),
    ] = None,
    metrics_host: Annotated[
        str, typer.Option(help="Address for --metrics-port to listen on.")
    ] = "127.0.0.1",
    database_metrics: Annotated[
        bool,
        typer.Option(
            help="Add the database's metrics to --metrics-port (turn off on all workers"
            " but one, or sum them with max() across workers).",
        ),
    ] = True,
    log_level: Annotated[str, typer.Option(help="DEBUG, INFO, WARNING.")] = "INFO",
    dsn: DsnOption = None,
) -> None:
    """Run a worker until SIGINT/SIGTERM; exits 0 after a graceful shutdown."""
    logging.basicConfig(
        level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        app = load_app(target)
        if pooler is not None:
            from durablesql.dsn import resolve_pooler

            app.pooler = resolve_pooler(pooler)  # handlers enqueueing through app too
        worker = app.worker(
            queues=[q for q in queues.split(",") if q] if queues else None,
            concurrency=concurrency,
            lease=lease,
            shutdown_timeout=shutdown_timeout,
            poll_interval=poll_interval,
            poll_jitter=poll_jitter,
            max_batch=max_batch,
            prefetch=prefetch,
            name=name,
            synchronous_commit=synchronous_commit,
            strategy=strategy,
            schedule_interval=schedule_interval,
            retention_sweep=retention_sweep,
            dsn=dsn,
            pooler=pooler,
            metrics_port=metrics_port,
            metrics_host=metrics_host,
            database_metrics=database_metrics,
        )
    except DurableError as exc:
        fail(exc.message)
    run(worker.run(install_signal_handlers=True))


def loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@cli.command("dashboard")
def dashboard_command(
    host: Annotated[
        str, typer.Option(help="Address to listen on; another than loopback needs --login.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8088,
    login: Annotated[
        bool,
        typer.Option(
            "--login",
            help="People sign in with their own database user; each action runs as them.",
        ),
    ] = False,
    hide_args: Annotated[
        list[str] | None,
        typer.Option("--hide-args", metavar="JOB", help="Never show this job's args (repeat)."),
    ] = None,
    dsn: DsnOption = None,
) -> None:
    """Serve the web dashboard (extra `dashboard`) on http://HOST:PORT until SIGINT."""
    if not loopback(host) and not login:
        fail(f"refusing to serve the dashboard on {host} without --login (only loopback is open)")
    try:
        import uvicorn

        from durablesql.dashboard import create_app
    except ImportError as exc:
        fail(f"the dashboard needs its extra: pip install 'durablesql[dashboard]' ({exc})")
    resolved = resolve_dsn(dsn)
    if not login:
        with_driver(resolved, lambda db: db.ensure_schema())  # a bad DSN: one line, now
    app = create_app(resolved, login=login, hide_args=hide_args or ())
    typer.echo(f"serving http://{host}:{port}/", err=True)
    # Open event streams never end by themselves: give them a second on shutdown.
    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=1
    )
    server = uvicorn.Server(config)
    server.run()
    if not server.started:
        fail(f"cannot listen on {host}:{port}")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
