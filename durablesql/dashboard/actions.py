"""The writes (POST only): each needs the page's CSRF token, and the login's right to
execute the routine behind it (the database's grants, asked first; a 403 otherwise).

Every value a person typed is checked here for its shape (a 400 with a sentence
when it is wrong) and passed to the driver as a parameter; the engine checks the
rest and its DS errors come back as 4xx pages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from durablesql.dashboard.search import SearchError, positive_id
from durablesql.dashboard.state import Dashboard, error_status
from durablesql.driver import Driver
from durablesql.errors import DurableError

BULK_MAX = 100  # runs one bulk retry may touch
INT_MAX = 2**31 - 1


class FormError(ValueError):
    pass


def text(form: FormData, name: str, required: bool = True) -> str | None:
    value = form.get(name)
    if not isinstance(value, str) or value == "":
        if required:
            raise FormError(f"{name} is missing")
        return None
    if "\x00" in value:
        raise FormError(f"{name} holds a NUL character")
    return value


def whole(form: FormData, name: str, low: int = 0, high: int = INT_MAX) -> int | None:
    value = text(form, name, required=False)
    if value is None:
        return None
    value = value.strip()
    if not value.isascii() or not value.lstrip("-").isdigit() or not low <= int(value) <= high:
        raise FormError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    return int(value)


Work = Callable[[Request, Driver, FormData], Awaitable[str]]


def register(dash: Dashboard) -> list[tuple[str, Any]]:
    def action(operation: str, work: Work, target: Callable[[Request, FormData], str]) -> Any:
        async def handle(request: Request) -> Response:
            if not await dash.csrf_ok(request):
                return dash.problem(
                    request, 403, "missing or wrong CSRF token: reload the page and try again"
                )
            db = await dash.db(request)
            if operation not in await db.may_execute([operation]):
                return dash.problem(request, 403, f"this login may not execute durable.{operation}")
            form = await request.form()
            try:
                message = await work(request, db, form)
            except (FormError, SearchError) as exc:
                return dash.problem(request, 400, str(exc))
            except DurableError as exc:
                return dash.problem(request, error_status(exc), exc.message)
            return dash.back(request, target(request, form), "ok", message)

        return handle

    def run_id(request: Request) -> int:
        return positive_id(request.path_params["run_id"], "a run id")

    def to_run(request: Request, _form: FormData) -> str:
        return f"/runs/{request.path_params['run_id']}"

    def to_overview(_request: Request, _form: FormData) -> str:
        return "/"

    def to_schedules(_request: Request, _form: FormData) -> str:
        return "/schedules"

    def to_runs(_request: Request, form: FormData) -> str:
        back = form.get("next")
        return back if isinstance(back, str) and back.startswith("/runs") else "/runs"

    async def cancel(request: Request, db: Driver, _form: FormData) -> str:
        rid = run_id(request)
        done = await db.cancel(rid)
        return f"run {rid} cancelled" if done else f"run {rid} had already ended"

    async def retry(request: Request, db: Driver, _form: FormData) -> str:
        rid = run_id(request)
        await db.retry(rid)
        return f"run {rid} is pending again"

    async def retry_many(_request: Request, db: Driver, form: FormData) -> str:
        ids = [positive_id(str(v), "a run id") for v in form.getlist("run_id")]
        if not ids:
            raise FormError("no runs were chosen")
        if len(ids) > BULK_MAX:
            raise FormError(f"at most {BULK_MAX} runs at once, got {len(ids)}")
        if form.get("confirm") != "yes":
            raise FormError("a bulk retry must be confirmed")
        retried, refused = [], []
        for rid in dict.fromkeys(ids):
            try:
                await db.retry(rid)
                retried.append(rid)
            except DurableError as exc:
                refused.append(f"{rid} ({exc.message})")
        note = f"; not retried: {', '.join(refused)}" if refused else ""
        return f"{len(retried)} run(s) pending again{note}"

    async def pause(_request: Request, db: Driver, form: FormData) -> str:
        queue = text(form, "queue") or ""
        await db.pause_queue(queue)
        return f"queue {queue} paused"

    async def resume(_request: Request, db: Driver, form: FormData) -> str:
        queue = text(form, "queue") or ""
        await db.resume_queue(queue)
        return f"queue {queue} resumed"

    async def settings(_request: Request, db: Driver, form: FormData) -> str:
        queue = text(form, "queue") or ""
        slo = whole(form, "lag_slo", 0, 10**8)
        await db.set_queue(
            queue,
            whole(form, "priority", -INT_MAX, INT_MAX),
            whole(form, "weight", 1),
            whole(form, "concurrency_limit"),
            None if slo is None else timedelta(seconds=slo),
        )
        return f"queue {queue} updated"

    def enabled(value: bool) -> Work:
        async def work(_request: Request, db: Driver, form: FormData) -> str:
            name = text(form, "name") or ""
            await db.set_schedule_enabled(name, value)
            return f"schedule {name} {'enabled' if value else 'disabled'}"

        return work

    async def run_now(_request: Request, db: Driver, form: FormData) -> str:
        name = text(form, "name") or ""
        rid = await db.run_schedule_now(name)
        return f"schedule {name} enqueued run {rid}"

    async def set_cron(_request: Request, db: Driver, form: FormData) -> str:
        name = text(form, "name") or ""
        cron = text(form, "cron") or ""
        await db.update_schedule_cron(name, cron, text(form, "timezone", required=False))
        return f"schedule {name} now runs at {cron}"

    return [
        ("/runs/{run_id}/cancel", action("cancel", cancel, to_run)),
        ("/runs/{run_id}/retry", action("retry", retry, to_run)),
        ("/runs/retry", action("retry", retry_many, to_runs)),
        ("/queues/pause", action("pause_queue", pause, to_overview)),
        ("/queues/resume", action("resume_queue", resume, to_overview)),
        ("/queues/settings", action("set_queue", settings, to_overview)),
        ("/schedules/enable", action("set_schedule_enabled", enabled(True), to_schedules)),
        ("/schedules/disable", action("set_schedule_enabled", enabled(False), to_schedules)),
        ("/schedules/run", action("run_schedule_now", run_now, to_schedules)),
        ("/schedules/cron", action("update_schedule_cron", set_cron, to_schedules)),
    ]
