"""The pages (GET): each reads through the driver and renders a template."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from durablesql.dashboard.attempts import attempt_rows
from durablesql.dashboard.live import changes
from durablesql.dashboard.search import (
    DEFAULT_WINDOW,
    STATUSES,
    SYNTAX,
    WINDOWS,
    SearchError,
    bounded,
    parse,
    positive_id,
    with_term,
)
from durablesql.dashboard.state import Dashboard
from durablesql.driver import OutcomeCount, ScheduleStatus

PAGE = 50
CHART_WINDOW = timedelta(hours=1)
CHART_BUCKETS = 12
OUTCOMES = ("succeeded", "failed", "cancelled")
LOG_TAIL = 200
PREVIEW = 5


def chart(counts: list[OutcomeCount]) -> list[dict[str, int]]:
    """One dict per bucket, oldest first: status → count (and total)."""
    keys = (*OUTCOMES, "total")
    buckets: list[dict[str, int]] = [dict.fromkeys(keys, 0) for _ in range(CHART_BUCKETS)]
    for c in counts:
        if 0 <= c.bucket < CHART_BUCKETS and c.status in OUTCOMES:
            buckets[c.bucket][c.status] += c.count
            buckets[c.bucket]["total"] += c.count
    return buckets


def fires(
    schedule: ScheduleStatus, times: list[datetime], before: datetime | None = None
) -> list[dict[str, Any]]:
    """The next fire times, each with its local time and a note where the zone's UTC
    offset differs from the one before it (`before`: now), so a slot that a
    daylight-saving change shifted (or that follows a skipped hour) is marked."""
    try:
        zone = ZoneInfo(schedule.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    found = []
    last = (before or datetime.now(UTC)).astimezone(zone).utcoffset()
    for at in times:
        local = at.astimezone(zone)
        offset = local.utcoffset()
        note = None
        if offset != last and last is not None and offset is not None:
            change = f"UTC{fmt_offset(last)} → UTC{fmt_offset(offset)}"
            note = f"after a daylight-saving change ({change})"
        found.append({"at": at, "local": local, "note": note})
        last = offset
    return found


def fmt_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def register(dash: Dashboard) -> list[tuple[str, Any]]:
    async def overview(request: Request) -> Response:
        db = await dash.db(request)
        stats, slo, outcomes, workers, health, allowed = await asyncio.gather(
            db.queue_stats(),
            db.slo_status(),
            db.outcome_counts(CHART_WINDOW, CHART_BUCKETS),
            db.worker_status(),
            db.health(),
            dash.allowed(request),
        )
        return dash.render(
            request,
            "overview.html",
            {
                "queues": stats,
                "slo": {s.queue: s for s in slo},
                "chart": chart(outcomes),
                "chart_max": max([1, *(b["total"] for b in chart(outcomes))]),
                "workers": workers,
                "health": health,
                "can": allowed,
            },
        )

    async def runs(request: Request) -> Response:
        db = await dash.db(request)
        text = request.query_params.get("q", "")
        window = request.query_params.get("range", DEFAULT_WINDOW)
        before_text = request.query_params.get("before")
        context: dict[str, Any] = {
            "q": text,
            "window": window,
            "windows": list(WINDOWS),
            "syntax": SYNTAX,
            "statuses": [(s, with_term(text, "status", s)) for s in (None, *STATUSES)],
            "status": None,
            "runs": [],
            "more": None,
            "error": None,
        }
        try:
            before = None if not before_text else positive_id(before_text, "before")
            search = bounded(parse(text), window, datetime.now(UTC), before, PAGE)
            context["status"] = search.status
        except SearchError as exc:
            context["error"] = str(exc)
            return dash.render(request, "runs.html", context, 400)
        found, allowed = await asyncio.gather(db.search_runs(search), dash.allowed(request))
        context["runs"] = found[:PAGE]
        context["more"] = found[PAGE - 1].run_id if len(found) > PAGE else None
        context["can"] = allowed
        return dash.render(request, "runs.html", context)

    async def run(request: Request) -> Response:
        db = await dash.db(request)
        try:
            run_id = positive_id(request.path_params["run_id"], "a run id")
        except SearchError as exc:
            return dash.problem(request, 404, str(exc))
        found = await db.get_run(run_id)
        if found is None:
            return dash.problem(request, 404, f"no run {run_id}")
        logs, errors, why, allowed = await asyncio.gather(
            db.get_logs(run_id),
            db.attempt_errors(run_id),
            db.explain_run(run_id),
            dash.allowed(request),
        )
        return dash.render(
            request,
            "run.html",
            {
                "run": found,
                "logs": logs[-LOG_TAIL:],
                "log_count": len(logs),
                "attempts": attempt_rows(errors),
                "why": why,
                "can": allowed,
            },
        )

    async def tree(request: Request) -> Response:
        """The dependency tree, on demand: durable.dependency_tree reads all history
        (seconds on a large one), so the run's page does not wait for it."""
        try:
            run_id = positive_id(request.path_params["run_id"], "a run id")
        except SearchError as exc:
            return dash.problem(request, 404, str(exc))
        found = await (await dash.db(request)).dependency_tree(run_id)
        return dash.render(request, "tree.html", {"tree": found, "run_id": run_id})

    async def schedules(request: Request) -> Response:
        db = await dash.db(request)
        found, allowed = await asyncio.gather(db.schedule_status(), dash.allowed(request))
        now = datetime.now(UTC)
        previews = await asyncio.gather(
            *(db.cron_preview(s.cron, now, s.timezone, PREVIEW) for s in found)
        )
        rows = [(s, fires(s, times)) for s, times in zip(found, previews, strict=True)]
        return dash.render(request, "schedules.html", {"schedules": rows, "can": allowed})

    async def workers(request: Request) -> Response:
        found = await (await dash.db(request)).worker_status()
        return dash.render(request, "workers.html", {"workers": found})

    async def health(request: Request) -> Response:
        found = await (await dash.db(request)).health()
        return dash.render(request, "health.html", {"health": found})

    async def events(request: Request) -> Response:
        db = await dash.db(request)
        return StreamingResponse(
            changes(dash.hub(db)),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    return [
        ("/", overview),
        ("/runs", runs),
        ("/runs/{run_id}", run),
        ("/runs/{run_id}/tree", tree),
        ("/schedules", schedules),
        ("/workers", workers),
        ("/health", health),
        ("/events", events),
    ]
