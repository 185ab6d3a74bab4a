"""The dashboard's state: how to reach the database, sessions, and per-request helpers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from durablesql import driver as drivers
from durablesql.dashboard.live import Hub
from durablesql.dashboard.sessions import CSRF_FIELD, CSRF_HEADER, Session, SessionStore
from durablesql.driver import ConnectOptions, Driver
from durablesql.errors import (
    DurableError,
    PermissionDenied,
    UnknownQueue,
    UnknownRun,
    UnknownSchedule,
)

log = logging.getLogger("durablesql.dashboard")
HERE = Path(__file__).parent

# Operations behind the buttons: each shown only where the login may execute it.
ACTIONS = (
    "cancel",
    "retry",
    "pause_queue",
    "resume_queue",
    "set_queue",
    "set_schedule_enabled",
    "update_schedule_cron",
    "run_schedule_now",
)


class NotSignedIn(Exception):
    pass


def with_user(dsn: str, user: str, password: str) -> str:
    """The DSN with another user and password (both URL-quoted), host and database kept."""
    parts = urlsplit(dsn)
    host = parts.netloc.rpartition("@")[2]
    auth = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    return urlunsplit(parts._replace(netloc=f"{auth}@{host}"))


@dataclass
class Dashboard:
    dsn: str
    login: bool = False
    hide_args: frozenset[str] = frozenset()
    statement_timeout: float = 5.0
    sessions: SessionStore = field(default_factory=SessionStore)
    driver: Driver | None = None  # without --login: the one the DSN names
    hubs: dict[int, Hub] = field(default_factory=dict)
    starting: asyncio.Lock = field(default_factory=asyncio.Lock)
    templates: Environment = field(
        default_factory=lambda: Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(["html"]),
        )
    )

    def options(self) -> ConnectOptions:
        return ConnectOptions(
            application_name="durablesql dashboard",
            max_connections=4,
            statement_timeout=self.statement_timeout,
            server_timeout=True,  # a page query over its time is cancelled on the server
        )

    async def start(self) -> None:
        """Connect (without --login); the lifespan calls it, or the first request does
        when the app is mounted in another (Starlette runs no mounted app's lifespan)."""
        async with self.starting:
            if not self.login and self.driver is None:
                found = await drivers.connect(self.dsn, self.options())
                try:
                    await found.ensure_schema()
                except BaseException:
                    await found.close()
                    raise
                self.driver = found

    async def stop(self) -> None:
        """Close every connection (the lifespan does; a host app mounting this one
        calls ``app.state.dashboard.stop()`` on its own shutdown)."""
        for hub in self.hubs.values():
            await hub.close()
        found = [s.driver for s in self.sessions.sessions.values() if s.driver is not None]
        if self.driver is not None:
            found.append(self.driver)
        for d in found:
            with contextlib.suppress(Exception):
                await d.close()

    async def sign_in(self, session: Session, user: str, password: str) -> None:
        """Connect as this database user (DurableError when the database says no)."""
        found = await drivers.connect(with_user(self.dsn, user, password), self.options())
        try:
            await found.schema_version()
        except BaseException:
            await found.close()
            raise
        await self.sign_out(session)
        session.user, session.driver = user, found
        self.sessions.rotate(session)

    async def sign_out(self, session: Session) -> None:
        old, session.driver, session.user = session.driver, None, None
        if old is not None:
            hub = self.hubs.pop(id(old), None)
            if hub is not None:
                await hub.close()
            await old.close()

    async def db(self, request: Request) -> Driver:
        session = self.session(request)
        if not self.login and self.driver is None:
            await self.start()
        found = session.driver if self.login else self.driver
        if found is None:
            raise NotSignedIn()
        return found

    def hub(self, driver: Driver) -> Hub:
        found = self.hubs.get(id(driver))
        if found is None:
            found = self.hubs[id(driver)] = Hub(driver)
        return found

    @staticmethod
    def session(request: Request) -> Session:
        found: Session = request.scope["session_state"]
        return found

    async def allowed(self, request: Request, wanted: Sequence[str] = ACTIONS) -> frozenset[str]:
        return await (await self.db(request)).may_execute(wanted)

    def render(
        self, request: Request, template: str, context: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        session = self.session(request)
        page = self.templates.get_template(template).render(
            request=request,
            base=base_of(request),
            path=here(request),
            csrf=session.csrf,
            csrf_field=CSRF_FIELD,
            user=session.user,
            login=self.login,
            flash=session.flash[:],
            hide_args=self.hide_args,
            utc=UTC,
            **context,
        )
        session.flash.clear()
        return HTMLResponse(page, status_code=status)

    def problem(self, request: Request, status: int, message: str) -> HTMLResponse:
        """A page saying what was wrong, with a 4xx status."""
        return self.render(request, "problem.html", {"status": status, "message": message}, status)

    async def csrf_ok(self, request: Request) -> bool:
        session = self.session(request)
        sent = request.headers.get(CSRF_HEADER)
        if sent is None:
            form = await request.form()
            value = form.get(CSRF_FIELD)
            sent = value if isinstance(value, str) else None
        return session.csrf_ok(sent)

    def back(self, request: Request, target: str, kind: str, message: str) -> Response:
        """Redirect (303) to a page of ours with a message for it to show."""
        self.session(request).flash.append((kind, message))
        return redirect(request, target)


def base_of(request: Request) -> str:
    """Where the app is mounted ("" at the root): every link and redirect starts with it."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def here(request: Request) -> str:
    """This page's path and query, within the app (without the mount point)."""
    path, base = request.url.path, base_of(request)
    if base and path.startswith(base):
        path = path[len(base) :] or "/"
    return path + (f"?{request.url.query}" if request.url.query else "")


def redirect(request: Request, target: str) -> RedirectResponse:
    """303 to a page of this app (anything but a path within it: the overview)."""
    safe = target if target.startswith("/") and not target.startswith("//") else "/"
    return RedirectResponse(base_of(request) + safe, status_code=303)


def error_status(exc: DurableError) -> int:
    """The HTTP status of an engine error an action met."""
    if isinstance(exc, PermissionDenied):
        return 403
    if isinstance(exc, UnknownRun | UnknownQueue | UnknownSchedule):
        return 404
    return 400
