"""The dashboard in a real headless Chromium (Debian's ``chromium`` driven by Python
Playwright pinned to the release built for it; ``make e2e`` installs both).

Each test serves the dashboard with uvicorn on the test database, runs a real worker
where claims matter, and acts as a person does: clicks, waits for the page to
change by itself (server-sent events, no reload).  With DURABLESQL_SCREENSHOTS=DIR
the pages are saved there (the README's screenshots).  Without Chromium or
Playwright every test skips and says which is missing.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from durablesql import App, JobContext
from durablesql.dashboard.state import with_user
from tests.helpers import define
from tests.mysql.server import MySQLTestServer
from tests.server import Server
from tests.workers import looking, running

pytestmark = pytest.mark.e2e
CHROMIUM = os.environ.get("DURABLESQL_CHROMIUM", "/usr/bin/chromium")
SHOTS = os.environ.get("DURABLESQL_SCREENSHOTS")
WAIT = 15_000  # ms a page may take to change by itself
Page = Any


def screenshot_dir() -> Path | None:
    if not SHOTS:
        return None
    found = Path(SHOTS)
    found.mkdir(parents=True, exist_ok=True)
    return found


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.skip("Python Playwright is not installed (make e2e installs the pinned release)")
    if not (os.access(CHROMIUM, os.X_OK) or shutil.which(CHROMIUM)):
        pytest.skip(f"no Chromium at {CHROMIUM} (make e2e runs apt-get install chromium)")
    async with async_playwright() as p:
        found = await p.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            yield found
        finally:
            await found.close()


@asynccontextmanager
async def serving(dsn: str, **options: Any) -> AsyncIterator[str]:
    """The dashboard on a free loopback port for the block; its base URL."""
    import uvicorn

    from durablesql.dashboard import create_app

    app = create_app(dsn, **options)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", timeout_graceful_shutdown=1
    )
    server = uvicorn.Server(config)
    task = asyncio.ensure_future(server.serve())
    async with asyncio.timeout(10):
        while not server.started:
            await asyncio.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 10)


OpenPage = Callable[..., Awaitable[Page]]


@pytest.fixture
async def page_at(browser: Any) -> AsyncIterator[OpenPage]:
    contexts: list[Any] = []

    async def open_page(url: str, live: str | None = "(pushed)") -> Page:
        """A new browser (its own cookies) at url, once its event stream says `live`:
        "(pushed)" on PostgreSQL, "(polling)" on MariaDB/MySQL, None not to wait (the
        sign-in page, whose stream is refused until someone signs in)."""
        context = await browser.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        page = await context.new_page()
        page.on("dialog", lambda dialog: asyncio.ensure_future(dialog.accept()))
        await page.goto(url)
        if live is not None:
            await page.wait_for_function(f"document.body.dataset.live === {live!r}", timeout=WAIT)
        return page

    yield open_page
    for context in contexts:
        await context.close()


async def shot(page: Page, name: str) -> None:
    where = screenshot_dir()
    if where is not None:
        await page.screenshot(path=str(where / f"{name}.png"), full_page=True)


def e2e_app(dsn: str) -> App:
    app = App(dsn=dsn)

    @app.job("quick", queue="e2e")
    async def quick(ctx: JobContext, args: dict[str, Any]) -> str:
        await asyncio.sleep(0.05)
        return "ok"

    @app.job("sleepy", queue="e2e")
    async def sleepy(ctx: JobContext, args: dict[str, Any]) -> None:
        await asyncio.sleep(120)

    return app


@pytest.fixture
async def reports(db: asyncpg.Connection) -> asyncpg.Connection:
    """The test database (as its owner) with a job `report` in queue `reports`."""
    await define(db, "report", queue="reports")
    return db


@pytest.fixture
async def runs_page(
    dsn: str, reports: asyncpg.Connection, page_at: OpenPage
) -> AsyncIterator[Page]:
    """The runs page, open in the browser on a dashboard served for the test."""
    async with serving(dsn) as base:
        yield await page_at(base + "/runs")


async def enqueue(db: asyncpg.Connection, job: str, args: str = "{}") -> int:
    """As a psql session would: one statement, committed."""
    run_id: int = await db.fetchval("SELECT durable.enqueue($1, $2::jsonb)", job, args)
    return run_id


async def status(db: asyncpg.Connection, run_id: int) -> str:
    found: str = await db.fetchval("SELECT status FROM durable.all_runs WHERE run_id = $1", run_id)
    return found


async def test_pause_a_queue_and_see_claims_stop(
    dsn: str, db: asyncpg.Connection, page_at: OpenPage
) -> None:
    async with serving(dsn) as base, running(e2e_app(dsn), queues=["e2e"]):
        first = await enqueue(db, "quick")
        async with asyncio.timeout(10):  # the worker claims while the queue is open
            while await status(db, first) != "succeeded":
                await asyncio.sleep(0.05)
        page = await page_at(base + "/")
        row = page.locator('tr[data-queue="e2e"]')
        await row.get_by_role("button", name="Pause").click()
        await row.locator("td.paused", has_text="paused").wait_for(timeout=WAIT)
        held = [await enqueue(db, "quick", f'{{"n": {n}}}') for n in range(3)]
        # The page follows by itself: 3 pending, none leased, while the worker runs.
        await page.wait_for_function(
            """() => { const r = document.querySelector('tr[data-queue="e2e"]');
                       return r && r.children[1].textContent.trim() === '3'; }""",
            timeout=WAIT,
        )
        await asyncio.sleep(1.5)  # the worker polls and is woken: it claims nothing
        assert [await status(db, r) for r in held] == ["pending"] * 3
        await shot(page, "overview-paused")
        await row.get_by_role("button", name="Resume").click()
        await page.wait_for_function(
            """() => { const r = document.querySelector('tr[data-queue="e2e"]');
                       return r && r.children[1].textContent.trim() === '0'; }""",
            timeout=WAIT,
        )
        async with asyncio.timeout(10):  # claimed (pending 0 on the page), then done
            while [await status(db, r) for r in held] != ["succeeded"] * 3:
                await asyncio.sleep(0.05)


async def test_cancel_a_running_run(dsn: str, db: asyncpg.Connection, page_at: OpenPage) -> None:
    async with serving(dsn) as base, running(e2e_app(dsn), queues=["e2e"]):
        run_id = await enqueue(db, "sleepy")
        async with asyncio.timeout(10):
            while await status(db, run_id) != "leased":
                await asyncio.sleep(0.05)
        page = await page_at(f"{base}/runs/{run_id}")
        await page.locator("h1 .status", has_text="leased").wait_for(timeout=WAIT)
        await page.get_by_role("button", name="Cancel").click()  # confirm() accepted
        await page.locator("h1 .status", has_text="cancelled").wait_for(timeout=WAIT)
        assert await status(db, run_id) == "cancelled"
        assert await page.get_by_role("button", name="Cancel").count() == 0


async def test_a_run_enqueued_with_psql_appears_without_a_reload(
    runs_page: Page, reports: asyncpg.Connection
) -> None:
    page = runs_page
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    run_id = await enqueue(reports, "report", '{"order": 17}')
    await page.locator(f'tr[data-run="{run_id}"]').wait_for(timeout=WAIT)
    assert navigations == []  # htmx swapped the table in; the page was not reloaded
    await page.fill('input[name="q"]', "job:report args.order:17")
    await page.get_by_role("button", name="Search").click()
    await page.locator(f'tr[data-run="{run_id}"]').wait_for(timeout=WAIT)
    await shot(page, "runs-search")


async def test_a_producer_login_sees_no_buttons(
    dsn: str, reports: asyncpg.Connection, server: Server, page_at: OpenPage
) -> None:
    db = reports
    pending = await enqueue(db, "report")
    user = f"t_e2e_{uuid.uuid4().hex[:6]}"
    await db.execute(f'CREATE ROLE "{user}" LOGIN')
    await db.execute(f'GRANT durable_producer TO "{user}"')
    try:
        dbname = await db.fetchval("SELECT current_database()")
        async with serving(server.dsn(dbname, user=user)) as base:
            for path in ("/", "/runs", f"/runs/{pending}", "/schedules"):
                page = await page_at(base + path)
                for name in ("Cancel", "Retry", "Pause", "Resume"):
                    assert await page.get_by_role("button", name=name, exact=True).count() == 0
                await page.context.close()
    finally:
        await db.execute(f'DROP OWNED BY "{user}"')
        await db.execute(f'DROP ROLE "{user}"')


async def test_the_explainer_for_a_run_in_a_paused_queue(
    dsn: str, reports: asyncpg.Connection, page_at: OpenPage
) -> None:
    db = reports
    await db.execute("SELECT durable.pause_queue('reports')")
    run_id = await enqueue(db, "report", '{"order": 17}')
    async with serving(dsn) as base:
        page = await page_at(f"{base}/runs/{run_id}")
        reason = page.locator('li.explain[data-code="queue_paused"]')
        await reason.wait_for(timeout=WAIT)
        assert "paused" in (await reason.inner_text())
        await shot(page, "run-explained")


async def test_the_pause_switch_stops_live_updates(
    runs_page: Page, reports: asyncpg.Connection
) -> None:
    page = runs_page
    await page.uncheck("#live-switch")
    await page.wait_for_function("document.body.dataset.live === '(paused)'")
    run_id = await enqueue(reports, "report")
    await asyncio.sleep(2)  # a pushed change would have arrived by now
    assert await page.locator(f'tr[data-run="{run_id}"]').count() == 0
    await page.check("#live-switch")  # live again: the page catches up by itself
    await page.locator(f'tr[data-run="{run_id}"]').wait_for(timeout=WAIT)


# --login: people sign in with their own PostgreSQL user and password.


@pytest.fixture
async def people(reports: asyncpg.Connection) -> AsyncIterator[dict[str, tuple[str, str]]]:
    """Two real LOGIN roles with passwords (names unique to this run, since roles are
    the whole server's; dropped afterwards): {"admin": (user, password), "producer": …},
    members of durable_admin and durable_producer."""
    db = reports
    tag = uuid.uuid4().hex[:8]
    made: dict[str, tuple[str, str]] = {}
    try:
        for who in ("admin", "producer"):
            user, password = f"t_e2e_{who}_{tag}", secrets.token_hex(12)
            await db.execute(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{password}'")
            made[who] = (user, password)
            await db.execute(f'GRANT durable_{who} TO "{user}"')
        yield made
    finally:
        for user, _ in made.values():
            await db.execute(f'DROP OWNED BY "{user}"')
            await db.execute(f'DROP ROLE "{user}"')


async def record_who_pauses(db: asyncpg.Connection) -> None:
    """A trigger on durable.queues that writes down the session's login whenever a
    queue is paused or resumed.  durable.pause_queue is SECURITY DEFINER, so inside
    it current_user is the schema's owner; session_user is who connected: the proof
    that the dashboard acted as the person signed in, not as the DSN's user."""
    await db.execute(
        """
        CREATE TABLE public.e2e_pauses (login name, queue text, paused boolean);
        CREATE FUNCTION public.e2e_log_pause() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO public.e2e_pauses VALUES (session_user, NEW.queue, NEW.paused);
            RETURN NEW;
        END $$;
        CREATE TRIGGER e2e_log_pause AFTER UPDATE OF paused ON durable.queues
            FOR EACH ROW EXECUTE FUNCTION public.e2e_log_pause();
        """
    )


async def dashboard_logins(db: asyncpg.Connection) -> set[str]:
    """The logins of the dashboard's open connections to the test database."""
    rows = await db.fetch(
        "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database()"
        " AND application_name = 'durablesql dashboard'"
    )
    return {r["usename"] for r in rows}


async def until_logins(db: asyncpg.Connection, wanted: set[str]) -> None:
    """Wait until the dashboard's connections are exactly those logins' (a backend
    leaves pg_stat_activity a moment after its client closed it)."""
    async with asyncio.timeout(5):
        while await dashboard_logins(db) != wanted:
            await asyncio.sleep(0.05)


async def refuses(dsn: str) -> bool:
    """Whether PostgreSQL refuses this DSN's password (False: it let the login in)."""
    try:
        await (await asyncpg.connect(dsn)).close()
    except asyncpg.InvalidPasswordError:
        return True
    return False


async def sign_in(page: Page, user: str, password: str) -> None:
    await page.get_by_label("User").fill(user)
    await page.get_by_label("Password").fill(password)
    await page.get_by_role("button", name="Sign in").click()


async def test_sign_in_as_database_users_and_act_as_them(
    dsn: str,
    reports: asyncpg.Connection,
    people: dict[str, tuple[str, str]],
    page_at: OpenPage,
) -> None:
    db = reports
    await record_who_pauses(db)
    pending = await enqueue(db, "report")
    admin, admin_pw = people["admin"]
    producer, producer_pw = people["producer"]
    async with serving(dsn, login=True) as base:
        page = await page_at(base + "/", live=None)
        assert page.url == base + "/login"  # nobody signed in: every page leads here
        await page.get_by_role("heading", name="Sign in with your database user").wait_for()
        assert await dashboard_logins(db) == set()  # no connection before a sign-in
        # Nor a live switch, nor an event stream (refused before a sign-in, it would
        # be retried by the browser for as long as the page stays open).
        streams: list[str] = []
        page.on("request", lambda r: streams.append(r.url) if "/events" in r.url else None)
        assert await page.locator("#live-switch").count() == 0

        # Does this server check passwords for this address?  The shared test server
        # trusts 127.0.0.1 (pg_hba "trust"): PostgreSQL then lets in any existing role
        # whatever the password, so a wrong password is only tried where it is checked.
        checks_passwords = await refuses(with_user(dsn, admin, "wrong-" + admin_pw))

        # An unknown user: the database's own sentence on the page, still signing in.
        # (Checking passwords, PostgreSQL does not tell whether the role exists.)
        nobody = f"t_e2e_nobody_{uuid.uuid4().hex[:8]}"
        await sign_in(page, nobody, "not-a-password")
        refused = page.get_by_role("alert")
        await refused.wait_for(timeout=WAIT)
        assert (
            f'password authentication failed for user "{nobody}"'
            if checks_passwords
            else f'role "{nobody}" does not exist'
        ) in await refused.inner_text()
        assert page.url == base + "/login"
        assert "not-a-password" not in await page.content()
        assert await page.get_by_label("User").input_value() == nobody  # kept to retry
        assert await page.get_by_label("Password").input_value() == ""
        await shot(page, "sign-in-refused")
        assert streams == [] and await page.locator("#live-switch").count() == 0

        if checks_passwords:  # an admin's name with a wrong password: refused alike
            await sign_in(page, admin, "wrong-" + admin_pw)
            await (
                page.get_by_role("alert")
                .filter(has_text=f'password authentication failed for user "{admin}"')
                .wait_for(timeout=WAIT)
            )
            assert page.url == base + "/login"
            assert admin_pw not in await page.content()

        # The producer: a read-only dashboard, live on its own connections.
        await sign_in(page, producer, producer_pw)
        await page.wait_for_url(base + "/")
        await page.wait_for_function("document.body.dataset.live === '(pushed)'", timeout=WAIT)
        assert producer in await page.locator("header").inner_text()
        row = page.locator('tr[data-queue="reports"]')
        await row.wait_for()
        assert await page.get_by_role("button", name="Pause", exact=True).count() == 0
        await page.goto(f"{base}/runs/{pending}")
        await page.locator("h1 .status", has_text="pending").wait_for(timeout=WAIT)
        assert await page.get_by_role("button", name="Cancel", exact=True).count() == 0
        # What a page's own script could send anyway (with the page's CSRF token):
        # the database's grants refuse it, and nothing is written.
        forged = await page.evaluate(
            """async () => {
                const body = new URLSearchParams({queue: "reports"});
                const token = document.querySelector('meta[name="csrf-token"]').content;
                const r = await fetch("/queues/pause",
                    {method: "POST", body, headers: {"X-CSRF-Token": token}});
                return [r.status, await r.text()];
            }"""
        )
        assert forged[0] == 403 and "may not execute durable.pause_queue" in forged[1]
        assert await db.fetchval("SELECT count(*) FROM public.e2e_pauses") == 0
        await until_logins(db, {producer})  # the DSN's user never connected

        await page.get_by_role("button", name="Sign out").click()
        await page.wait_for_url(base + "/login")
        await until_logins(db, set())  # signing out closed the producer's connections
        await page.goto(base + "/")
        assert page.url == base + "/login"  # and the session is no longer signed in

        # The admin, in the same browser: buttons, and the pause runs as the admin.
        await sign_in(page, admin, admin_pw)
        await page.wait_for_url(base + "/")
        await page.wait_for_function("document.body.dataset.live === '(pushed)'", timeout=WAIT)
        row = page.locator('tr[data-queue="reports"]')
        await row.get_by_role("button", name="Pause").click()
        await row.locator("td.paused", has_text="paused").wait_for(timeout=WAIT)
        await page.get_by_text("queue reports paused").wait_for()
        assert await db.fetchval("SELECT paused FROM durable.queue_stats WHERE queue = 'reports'")
        logged = await db.fetch("SELECT login, queue, paused FROM public.e2e_pauses")
        assert [tuple(r) for r in logged] == [(admin, "reports", True)]
        await until_logins(db, {admin})

        await page.get_by_role("button", name="Sign out").click()
        await page.wait_for_url(base + "/login")
        await until_logins(db, set())


# MariaDB/MySQL: the same dashboard through the MySQL driver, which polls for changes.


async def mysql_one(mysql_server: MySQLTestServer, sql: str, *params: Any) -> Any:
    """One statement on a plain asyncmy connection of its own (autocommit), as a
    mariadb client session would send it; its first row's first value."""
    import asyncmy

    conn = await asyncmy.connect(**mysql_server.admin_kwargs())
    try:
        async with conn.cursor() as cur:
            await cur.execute(sql, params)
            row = await cur.fetchone()
    finally:
        conn.close()
    return row[0] if row else None


async def mysql_status(mysql_server: MySQLTestServer, run_id: int) -> str:
    found: str = await mysql_one(
        mysql_server, "SELECT status FROM durable.all_runs WHERE run_id = %s", run_id
    )
    return found


async def test_on_mariadb_pause_see_a_new_run_by_polling_and_cancel(
    mysql_dsn: str, mysql_server: MySQLTestServer, page_at: OpenPage
) -> None:
    from durablesql.driver import JobDefinition

    second = timedelta(seconds=1)
    async with looking(mysql_dsn) as found:
        await found.define_jobs(
            [JobDefinition("report", "reports", 1, "fixed", second, second, 0, None, 0, None)]
        )
    # durable.enqueue with all twelve parameters, the options NULL: as from the client.
    enqueue_sql = "SELECT durable.enqueue('report', %s" + ", NULL" * 10 + ")"
    async with serving(mysql_dsn) as base:
        page = await page_at(base + "/", live="(polling)")  # MariaDB pushes nothing
        row = page.locator('tr[data-queue="reports"]')
        await row.get_by_role("button", name="Pause").click()
        await row.locator("td.paused", has_text="paused").wait_for(timeout=WAIT)
        assert await mysql_one(
            mysql_server, "SELECT paused FROM durable.queues WHERE queue = 'reports'"
        )

        await page.get_by_role("link", name="Runs", exact=True).click()
        await page.wait_for_url(base + "/runs")
        await page.wait_for_function("document.body.dataset.live === '(polling)'", timeout=WAIT)
        navigations: list[str] = []
        page.on("framenavigated", lambda frame: navigations.append(frame.url))
        run_id = int(await mysql_one(mysql_server, enqueue_sql, '{"order": 17}'))
        new_row = page.locator(f'tr[data-run="{run_id}"]')
        await new_row.wait_for(timeout=WAIT)  # the stream's next comparison (2 s) saw it
        assert navigations == []  # swapped in by htmx, not reloaded
        assert await new_row.locator("td.status").inner_text() == "pending"  # paused queue

        await new_row.get_by_role("link", name=str(run_id)).click()
        await page.wait_for_url(f"{base}/runs/{run_id}")
        await page.locator("h1 .status", has_text="pending").wait_for(timeout=WAIT)
        await page.get_by_role("button", name="Cancel").click()  # confirm() accepted
        await page.locator("h1 .status", has_text="cancelled").wait_for(timeout=WAIT)
        assert await mysql_status(mysql_server, run_id) == "cancelled"
        assert await page.get_by_role("button", name="Cancel").count() == 0
