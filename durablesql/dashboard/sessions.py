"""Sessions and CSRF: a random token in a same-site cookie, kept in memory.

A session holds the CSRF token its pages carry (every POST must send it back, as a
form field or the ``X-CSRF-Token`` header) and, with ``--login``, the signed-in
person's own database connection.  Nothing but the token travels in the cookie.
"""

from __future__ import annotations

import contextlib
import hmac
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any

from durablesql.driver import Driver

COOKIE = "durablesql_session"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
IDLE = 8 * 3600.0  # seconds a session lives unused

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass
class Session:
    token: str
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    user: str | None = None  # --login: the database user signed in
    driver: Driver | None = None  # --login: that user's own connections
    flash: list[tuple[str, str]] = field(default_factory=list)  # (kind, message)
    used: float = field(default_factory=time.monotonic)

    def csrf_ok(self, sent: str | None) -> bool:
        return bool(sent) and hmac.compare_digest(self.csrf.encode(), str(sent).encode())


class SessionStore:
    def __init__(self) -> None:
        self.sessions: dict[str, Session] = {}

    def get(self, token: str | None) -> Session | None:
        found = self.sessions.get(token or "")
        if found is not None:
            found.used = time.monotonic()
        return found

    def new(self) -> Session:
        session = Session(secrets.token_urlsafe(32))
        self.sessions[session.token] = session
        return session

    def rotate(self, session: Session) -> Session:
        """The same session under a new token and CSRF token (after signing in)."""
        self.sessions.pop(session.token, None)
        session.token = secrets.token_urlsafe(32)
        session.csrf = secrets.token_urlsafe(32)
        self.sessions[session.token] = session
        return session

    def expire(self) -> list[Session]:
        """Forget sessions unused for IDLE seconds; the caller closes their drivers."""
        now = time.monotonic()
        old = [s for s in self.sessions.values() if now - s.used > IDLE]
        for s in old:
            del self.sessions[s.token]
        return old


def cookie_header(token: str) -> bytes:
    return f"{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict".encode()


class SessionMiddleware:
    """Puts the request's Session in scope["session_state"], making one (and setting its
    cookie on the response) when the request brought none that is known."""

    def __init__(self, app: ASGIApp, store: SessionStore) -> None:
        self.app = app
        self.store = store

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cookies: SimpleCookie = SimpleCookie()
        for name, value in scope.get("headers", ()):
            if name == b"cookie":
                with contextlib.suppress(Exception):  # unreadable: a new session
                    cookies.load(value.decode("latin-1"))
        morsel = cookies.get(COOKIE)
        session = self.store.get(morsel.value if morsel else None)
        sent_token = session.token if session is not None else None
        if session is None:
            for old in self.store.expire():
                if old.driver is not None:
                    with contextlib.suppress(Exception):
                        await old.driver.close()
            session = self.store.new()
        scope["session_state"] = session

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and session.token != sent_token:
                headers = list(message.get("headers", ()))
                headers.append((b"set-cookie", cookie_header(session.token)))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_cookie)
