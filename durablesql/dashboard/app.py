"""create_app: the dashboard as a Starlette ASGI app, to serve or to mount."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from durablesql.dashboard import actions, pages
from durablesql.dashboard.sessions import SessionMiddleware
from durablesql.dashboard.state import HERE, Dashboard, NotSignedIn, error_status, log, redirect
from durablesql.dsn import resolve_dsn
from durablesql.errors import DurableError, PermissionDenied


def create_app(
    dsn: str | None = None,
    *,
    login: bool = False,
    hide_args: Iterable[str] = (),
    statement_timeout: float = 5.0,
) -> Starlette:
    """The dashboard on the database `dsn` names (default: $DURABLESQL_DSN).

    Without `login` every page and action runs as the DSN's user; with it people
    sign in with their own database user and password (the DSN then gives only the
    host and database), and each action runs as them.  `hide_args`: jobs whose args
    and results the pages never show.  `statement_timeout`: seconds any one query
    of a page may take."""
    dash = Dashboard(
        dsn=resolve_dsn(dsn),
        login=login,
        hide_args=frozenset(hide_args),
        statement_timeout=statement_timeout,
    )

    def login_page(
        request: Request, error: str | None = None, entered: str = "", status: int = 200
    ) -> Response:
        """The sign-in form; a refused sign-in keeps the user name typed (never the
        password), so that a mistyped password is all there is to type again."""
        return dash.render(request, "login.html", {"error": error, "entered": entered}, status)

    async def sign_in_page(request: Request) -> Response:
        if not dash.login:
            return redirect(request, "/")
        return login_page(request)

    async def sign_in(request: Request) -> Response:
        if not dash.login:
            return dash.problem(request, 404, "this dashboard has no sign-in (--login is off)")
        if not await dash.csrf_ok(request):
            return dash.problem(request, 403, "missing or wrong CSRF token: reload the page")
        form = await request.form()
        user, password = form.get("user"), form.get("password")
        if not isinstance(user, str) or not user or not isinstance(password, str):
            return login_page(request, "user is missing", status=400)
        try:
            await dash.sign_in(dash.session(request), user, password)
        except DurableError as exc:
            return login_page(request, exc.message, user, 401)
        except Exception:
            log.info("sign-in failed for %r", user, exc_info=True)
            return login_page(request, "cannot sign in", user, 401)
        return redirect(request, "/")

    async def sign_out(request: Request) -> Response:
        if not await dash.csrf_ok(request):
            return dash.problem(request, 403, "missing or wrong CSRF token: reload the page")
        await dash.sign_out(dash.session(request))
        return redirect(request, "/login" if dash.login else "/")

    async def not_signed_in(request: Request, _exc: Exception) -> Response:
        if request.method == "GET" and not request.url.path.endswith("/events"):
            return redirect(request, "/login")
        return dash.problem(request, 403, "sign in first")

    async def timeout(request: Request, _exc: Exception) -> Response:
        return dash.problem(
            request, 503, f"the database did not answer within {dash.statement_timeout:g} s"
        )

    async def database_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DurableError)
        if isinstance(exc.__cause__, TimeoutError):  # the page query's timeout
            return await timeout(request, exc)
        status = error_status(exc) if not isinstance(exc, PermissionDenied) else 403
        if status == 400:
            status = 503  # a page's read failed: not the person's doing
        return dash.problem(request, status, exc.message)

    routes: list[BaseRoute] = [Route(p, h, methods=["GET"]) for p, h in pages.register(dash)]
    routes += [Route(p, h, methods=["POST"]) for p, h in actions.register(dash)]
    routes += [
        Route("/login", sign_in_page, methods=["GET"]),
        Route("/login", sign_in, methods=["POST"]),
        Route("/logout", sign_out, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await dash.start()
        try:
            yield
        finally:
            await dash.stop()

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[Middleware(SessionMiddleware, store=dash.sessions)],
        exception_handlers={
            NotSignedIn: not_signed_in,
            DurableError: database_error,
            TimeoutError: timeout,
        },
    )
    app.state.dashboard = dash
    return app
