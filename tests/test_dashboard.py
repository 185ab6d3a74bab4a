"""The dashboard's routes, through httpx against the ASGI app on the test database.

Roles come from real logins (a producer sees no buttons and gets 403 for a forged
POST), CSRF from the page, searches from runs written through the engine; every
refused or hostile request is checked to have written nothing (a snapshot of
every table before and after).
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote_plus

import asyncpg
import httpx
import pytest
from typer.testing import CliRunner

from durablesql.cli import cli
from durablesql.dashboard import create_app
from durablesql.dashboard.attempts import attempt_rows
from durablesql.dashboard.live import Hub, changes
from durablesql.driver import AttemptError, Driver, RunSearch
from tests.helpers import claim, define, set_clock, snapshot
from tests.server import Server
from tests.sqlite.engine import install

Client = httpx.AsyncClient
Open = Callable[..., Awaitable[Client]]
BUTTONS = re.compile(r"<button>(Cancel|Retry|Pause|Resume)</button>")


@asynccontextmanager
async def dashboard(dsn: str, **options: object) -> AsyncIterator[Client]:
    app = create_app(dsn, **options)  # type: ignore[arg-type]
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://dash") as client:
            yield client


def csrf_of(page: str) -> str:
    found = re.search(r'<meta name="csrf-token" content="([^"]+)">', page)
    assert found, "the page carries no CSRF token"
    return found.group(1)


@pytest.fixture
async def login_dsn(server: Server, db: asyncpg.Connection) -> AsyncIterator[Callable[[str], str]]:
    """login_dsn('durable_producer') → the DSN of a fresh LOGIN role granted only that."""
    made: list[str] = []
    dbname = await db.fetchval("SELECT current_database()")

    def make(role: str) -> str:
        user = f"t_dash_{role}_{uuid.uuid4().hex[:6]}"
        made.append(user)
        return user

    async def create(role: str) -> str:
        user = make(role)
        await db.execute(f"CREATE ROLE \"{user}\" LOGIN PASSWORD 'pw'")
        await db.execute(f'GRANT {role} TO "{user}"')
        return server.dsn(dbname, user=user)

    created: dict[str, str] = {}
    for role in ("durable_producer", "durable_admin"):
        created[role] = await create(role)
    yield created.__getitem__
    for user in made:
        await db.execute(f'DROP OWNED BY "{user}"')
        await db.execute(f'DROP ROLE "{user}"')


async def enqueue(db: asyncpg.Connection, args: str = "{}", **params: object) -> int:
    names = "".join(f", {k} => ${i + 3}" for i, k in enumerate(params))
    run_id: int = await db.fetchval(
        f"SELECT durable.enqueue($1, $2::jsonb{names})", "job", args, *params.values()
    )
    return run_id


async def failed_run(db: asyncpg.Connection, args: str = "{}", **params: object) -> int:
    run_id = await enqueue(db, args, max_attempts=1, **params)
    await claim(db, "w1", ["q"])
    await db.execute("SELECT durable.fail('w1', $1, 'boom', false)", run_id)
    return run_id


@pytest.fixture
async def jobs(db: asyncpg.Connection) -> asyncpg.Connection:
    await define(db, "job", queue="q")
    return db


async def test_pages_render_for_an_admin_with_its_buttons(
    dsn: str, jobs: asyncpg.Connection
) -> None:
    pending = await enqueue(jobs, '{"order": 17}', tags=["billing"])
    async with dashboard(dsn) as client:
        for path in ("/", "/runs", f"/runs/{pending}", "/schedules", "/workers", "/health"):
            page = await client.get(path)
            assert page.status_code == 200, (path, page.text[:500])
            assert "text/html" in page.headers["content-type"]
        overview = (await client.get("/")).text
        assert 'data-queue="q"' in overview and "<button>Pause</button>" in overview
        run = (await client.get(f"/runs/{pending}")).text
        assert "<button>Cancel</button>" in run and '"order": 17' in run
        cookie = (await client.get("/")).headers.get("set-cookie")
        assert cookie is None  # the session is kept, not made again
        static = await client.get("/static/htmx.min.js")
        assert static.status_code == 200 and "Zero-Clause BSD" in static.text


async def test_the_session_cookie_is_same_site_and_http_only(dsn: str, jobs: object) -> None:
    async with dashboard(dsn) as client:
        cookie = (await client.get("/")).headers["set-cookie"]
    assert "SameSite=Strict" in cookie and "HttpOnly" in cookie


async def test_a_post_needs_the_csrf_token_and_then_pauses(
    dsn: str, jobs: asyncpg.Connection
) -> None:
    await enqueue(jobs)
    async with dashboard(dsn) as client:
        token = csrf_of((await client.get("/")).text)
        before = await snapshot(jobs)
        for form in ({"queue": "q"}, {"queue": "q", "csrf": "forged"}, {"queue": "q", "csrf": ""}):
            refused = await client.post("/queues/pause", data=form)
            assert refused.status_code == 403 and "CSRF" in refused.text
        assert await snapshot(jobs) == before
        wrong_method = await client.get("/queues/pause")
        assert wrong_method.status_code == 405
        done = await client.post("/queues/pause", data={"queue": "q", "csrf": token})
        assert done.status_code == 303 and done.headers["location"] == "/"
        assert await jobs.fetchval("SELECT paused FROM durable.queue_stats WHERE queue = 'q'")
        overview = (await client.get("/")).text
        assert "queue q paused" in overview and "<button>Resume</button>" in overview
        header = await client.post(
            "/queues/resume", data={"queue": "q"}, headers={"X-CSRF-Token": token}
        )
        assert header.status_code == 303
        assert not await jobs.fetchval("SELECT paused FROM durable.queue_stats WHERE queue = 'q'")


async def test_a_producer_sees_no_buttons_and_a_forged_post_is_403(
    dsn: str, jobs: asyncpg.Connection, login_dsn: Callable[[str], str]
) -> None:
    failed = await failed_run(jobs)
    pending = await enqueue(jobs)
    async with dashboard(login_dsn("durable_producer")) as client:
        paths = ("/", "/runs", f"/runs/{pending}", f"/runs/{failed}")
        pages = [(await client.get(p)).text for p in paths]
        assert all(not BUTTONS.search(p) for p in pages), "a producer sees an action button"
        assert "/runs/retry" in pages[1]  # (the form is there; its button is not)
        token = csrf_of(pages[0])
        before = await snapshot(jobs)
        for path, form in (
            ("/queues/pause", {"queue": "q"}),
            (f"/runs/{pending}/cancel", {}),
            (f"/runs/{failed}/retry", {}),
            ("/runs/retry", {"run_id": str(failed), "confirm": "yes"}),
            ("/schedules/run", {"name": "x"}),
        ):
            refused = await client.post(path, data={**form, "csrf": token})
            assert refused.status_code == 403, (path, refused.text[:300])
            assert "may not execute" in refused.text and "Traceback" not in refused.text
        assert await snapshot(jobs) == before
    async with dashboard(login_dsn("durable_admin")) as client:
        page = (await client.get(f"/runs/{pending}")).text
        assert "<button>Cancel</button>" in page
        done = await client.post(f"/runs/{pending}/cancel", data={"csrf": csrf_of(page)})
        assert done.status_code == 303
    status = await jobs.fetchval("SELECT status FROM durable.all_runs WHERE run_id = $1", pending)
    assert status == "cancelled"


async def test_search_terms_find_exactly_their_runs(dsn: str, jobs: asyncpg.Connection) -> None:
    wanted = await failed_run(jobs, '{"order": 17}', tags=["billing"], meta='{"customer": 42}')
    await failed_run(jobs, '{"order": 18}', tags=["billing"], meta='{"customer": 42}')
    await failed_run(jobs, '{"order": "17"}', tags=["other"], meta='{"customer": 42}')
    await enqueue(jobs, '{"order": 17}', tags=["billing"], meta='{"customer": 42}')
    async with dashboard(dsn) as client:

        async def ids(q: str) -> list[int]:
            page = await client.get("/runs", params={"q": q})
            assert page.status_code == 200, page.text[:500]
            return [int(i) for i in re.findall(r'data-run="(\d+)"', page.text)]

        assert await ids(
            "status:failed job:job queue:q tag:billing meta.customer:42 args.order:17 worker:w1"
        ) == [wanted]
        assert await ids(f"id:{wanted}") == [wanted]
        assert len(await ids("args.order:17")) == 3  # the number, the string, the pending one
        assert await ids('meta.customer:"42"') != []
        assert await ids("status:failed tag:nope") == []


async def test_status_filter_links_keep_the_other_terms(dsn: str, jobs: asyncpg.Connection) -> None:
    failed = await failed_run(jobs, '{"order": 17}', tags=["billing"])
    await enqueue(jobs, '{"order": 17}', tags=["billing"])  # pending
    await enqueue(jobs, '{"order": 18}', tags=["billing"])  # another order
    async with dashboard(dsn) as client:
        page = (await client.get("/runs", params={"q": "args.order:17 status:pending"})).text
        links = dict(re.findall(r'<a href="/runs\?q=([^&"]*)&amp;range=24h">([a-z]+)</a>', page))
        assert "<strong>pending</strong>" in page and "pending" not in links.values()
        by_label = {label: query for query, label in links.items()}
        assert unquote_plus(by_label["failed"]) == "args.order:17 status:failed"
        assert unquote_plus(by_label["any"]) == "args.order:17"
        shown = (await client.get(f"/runs?q={by_label['failed']}&range=24h")).text
    assert re.findall(r'<tr data-run="(\d+)">', shown) == [str(failed)]


HOSTILE = [
    'args.x:"\'; DROP TABLE durable.runs; --"',
    "meta.k):1",
    'job:"$$ OR 1=1 $$"',
    'queue:"q\\\\" tag:a\\;b',
    "tag:%",
    'job:"ü̈ñí©ødé 🚀"',
    "meta.🚀:ü̈",
    "args.\"a b\":'c d'",
]
BAD = [
    ("id:99999999999999999999999", "whole number"),
    ("id:-3", "whole number"),
    ("id:1e9", "whole number"),
    ("status:done", "unknown status"),
    ("DROP TABLE", "unknown search term"),
    ('job:"unclosed', "cannot read"),
    ("meta.k'):1", "cannot read"),
    ("queue:q\\", "cannot read"),
    ("nothing:here", "unknown search key"),
    ("job:" + "x" * 600, "too long"),
]


async def test_hostile_searches_are_parameters_or_clear_400s(
    dsn: str, jobs: asyncpg.Connection
) -> None:
    await failed_run(jobs, '{"order": 17}')
    before = await snapshot(jobs)
    async with dashboard(dsn) as client:
        for q in HOSTILE:
            page = await client.get("/runs", params={"q": q})
            assert page.status_code == 200 and "No runs match." in page.text, q
        for q, message in BAD:
            page = await client.get("/runs", params={"q": q})
            assert page.status_code == 400 and message in page.text, (q, page.text[:400])
        for path in ("/runs/99999999999999999999", "/runs/-1", "/runs/%F0%9F%9A%80", "/runs/0"):
            page = await client.get(path)
            assert page.status_code == 404 and "Traceback" not in page.text, path
        page = await client.get("/runs", params={"before": "1; select"})
        assert page.status_code == 400
        page = await client.get("/runs", params={"range": "forever"})
        assert page.status_code == 400 and "unknown time window" in page.text
    assert await snapshot(jobs) == before


async def test_bad_form_values_are_400s_that_write_nothing(
    dsn: str, jobs: asyncpg.Connection
) -> None:
    failed = await failed_run(jobs)
    before = await snapshot(jobs)
    async with dashboard(dsn) as client:
        token = csrf_of((await client.get("/")).text)
        cases = [
            ("/queues/settings", {"queue": "q", "weight": "0"}),
            ("/queues/settings", {"queue": "q", "priority": "9" * 30}),
            ("/queues/settings", {"queue": "q", "concurrency_limit": "-1"}),
            ("/queues/pause", {"queue": "nope'; --"}),
            ("/runs/retry", {"run_id": [str(failed)] * 101, "confirm": "yes"}),
            ("/runs/retry", {"run_id": str(failed)}),  # not confirmed
            ("/runs/retry", {"run_id": "1 OR 1=1", "confirm": "yes"}),
            ("/runs/99999999999999999999/cancel", {}),
            ("/schedules/cron", {"name": "none", "cron": "not a cron"}),
        ]
        for path, form in cases:
            page = await client.post(path, data={**form, "csrf": token})
            assert 400 <= page.status_code < 500, (path, form, page.status_code)
            assert "Traceback" not in page.text and 'class="error"' in page.text
    assert await snapshot(jobs) == before


async def test_history_outside_the_window_is_not_searched_but_found_by_id(
    dsn: str, jobs: asyncpg.Connection
) -> None:
    old = await failed_run(jobs)
    await jobs.execute(
        "UPDATE durable.run_history SET finished_at = finished_at - interval '3 days'"
        " WHERE run_id = $1",
        old,
    )
    new = await failed_run(jobs)
    async with dashboard(dsn) as client:
        day = (await client.get("/runs", params={"q": "status:failed"})).text
        week = (await client.get("/runs", params={"q": "status:failed", "range": "7d"})).text
        by_id = (await client.get("/runs", params={"q": f"id:{old}"})).text
    assert f'data-run="{new}"' in day and f'data-run="{old}"' not in day
    assert f'data-run="{old}"' in week and f'data-run="{old}"' in by_id


async def test_keyset_pages_cover_every_run_once(dsn: str, jobs: asyncpg.Connection) -> None:
    ids = await jobs.fetchval(
        "SELECT array_agg(x)"
        " FROM durable.enqueue_many('job', array_fill('{}'::jsonb, ARRAY[120])) x"
    )
    seen: list[int] = []
    async with dashboard(dsn) as client:
        url: str | None = "/runs"
        while url:
            page = (await client.get(url)).text
            seen += [int(i) for i in re.findall(r'data-run="(\d+)"', page)]
            found = re.search(r'rel="next" href="([^"]+)"', page)
            url = found.group(1).replace("&amp;", "&") if found else None
    assert seen == sorted(ids, reverse=True)


async def test_the_run_page_explains_a_paused_queue(dsn: str, jobs: asyncpg.Connection) -> None:
    await jobs.execute("SELECT durable.pause_queue('q')")
    run_id = await enqueue(jobs)
    async with dashboard(dsn) as client:
        page = (await client.get(f"/runs/{run_id}")).text
        tree = await client.get(f"/runs/{run_id}/tree")
    assert 'data-code="queue_paused"' in page and "paused" in page
    assert tree.status_code == 200 and "No parents and no children." in tree.text


async def test_the_run_page_shows_every_attempts_error(dsn: str, jobs: asyncpg.Connection) -> None:
    """Attempt 1 fails, attempt 2's lease runs out and a claim takes the run again,
    attempt 3 fails for good; after a retry, attempt 1 fails again."""
    t0 = datetime(2030, 1, 1, tzinfo=UTC)
    run_id = await enqueue(jobs, max_attempts=3)
    for step, (worker, error) in enumerate([("w1", "<b>first</b>"), ("w2", None), ("w3", "third")]):
        await set_clock(jobs, t0 + timedelta(hours=step))
        assert [r["run_id"] for r in await claim(jobs, worker, ["q"])] == [run_id]
        if error is not None:
            await jobs.execute(
                "SELECT durable.fail($1, $2, $3, $4)", worker, run_id, error, step < 2
            )
    await jobs.execute("SELECT durable.retry($1)", run_id)
    await claim(jobs, "w4", ["q"])
    await jobs.execute("SELECT durable.fail('w4', $1, 'round two', true)", run_id)
    async with dashboard(dsn) as client:
        page = (await client.get(f"/runs/{run_id}")).text
    table = page[page.index('<table class="attempts">') :]
    table = table[: table.index("</table>")]
    rows = re.findall(r'<tr class="([a-z-]+)"><td>#(\d+)</td>', table)
    assert rows == [("retrying", "1"), ("lease-expired", "2"), ("failed", "3"), ("retrying", "1")]
    assert "&lt;b&gt;first&lt;/b&gt;" in table and "<b>first</b>" not in table  # escaped
    assert table.count("retried: the attempts count again") == 1
    assert "its lease expired and another claim took the run" in table


def test_a_terminal_attempt_ends_its_round_even_when_the_next_number_grows() -> None:
    """Round one failed at attempt 1; after retry(), attempt 1 was lost and attempt 2
    failed: the numbers grow, yet attempt 2 belongs to a new round."""
    at = datetime(2030, 1, 1, tzinfo=UTC)
    rows = attempt_rows(
        [AttemptError(at, 1, "failed", "no", "w1"), AttemptError(at, 2, "retrying", "again", "w2")]
    )
    assert [(r.attempt, r.outcome, r.first_of_round) for r in rows] == [
        (1, "failed", False),
        (1, "lease expired", True),
        (2, "retrying", False),
    ]


async def test_outcome_counts_and_the_chart(
    dsn: str, jobs: asyncpg.Connection, driver: Driver
) -> None:
    await failed_run(jobs)
    await failed_run(jobs)
    counts = await driver.outcome_counts(timedelta(hours=1), 12)
    assert [(c.bucket, c.status, c.count) for c in counts] == [(11, "failed", 2)]
    async with dashboard(dsn) as client:
        page = (await client.get("/")).text
    assert "2 runs in the last hour" in page


async def test_may_execute_follows_the_grants(
    login_dsn: Callable[[str], str], jobs: object
) -> None:
    from durablesql import driver as drivers

    wanted = ["cancel", "retry", "pause_queue", "enqueue", "no_such_operation"]
    for role, expected in (
        ("durable_producer", {"enqueue"}),
        ("durable_admin", {"cancel", "retry", "pause_queue", "enqueue"}),
    ):
        found = await drivers.connect(login_dsn(role))
        try:
            assert await found.may_execute(wanted) == expected
        finally:
            await found.close()


async def test_live_changes_follow_notify(driver: Driver, jobs: asyncpg.Connection) -> None:
    hub = Hub(driver)
    stream = changes(hub)
    try:
        assert await anext(stream) == "event: hello\ndata: push\n\n"
        pending = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(0.3)
        assert not pending.done()
        await enqueue(jobs)  # as a psql session would: NOTIFY durable
        assert await asyncio.wait_for(pending, 3) == "event: change\ndata: \n\n"
    finally:
        await stream.aclose()
        await hub.close()


async def test_sign_in_with_a_database_user(
    dsn: str, jobs: asyncpg.Connection, login_dsn: Callable[[str], str]
) -> None:
    producer = httpx.URL(login_dsn("durable_producer")).username
    async with dashboard(dsn, login=True) as client:
        first = await client.get("/")
        assert first.status_code == 303 and first.headers["location"] == "/login"
        page = (await client.get("/login")).text
        token = csrf_of(page)
        form = {"user": producer, "password": "pw"}
        assert (await client.post("/login", data=form)).status_code == 403
        signed = await client.post("/login", data={**form, "csrf": token})
        assert signed.status_code == 303
        overview = (await client.get("/")).text
        assert producer in overview and not BUTTONS.search(overview)
        refused = await client.post("/queues/pause", data={"queue": "q", "csrf": csrf_of(overview)})
        assert refused.status_code == 403
        bad = await client.post(
            "/login", data={"user": "no_such_user_x", "password": "pw", "csrf": csrf_of(overview)}
        )
        assert bad.status_code == 401 and 'class="error"' in bad.text
        # The refused name is put back in the form: escaped, never markup of the page.
        hostile = '"><script>alert(1)</script>'
        bad = await client.post(
            "/login", data={"user": hostile, "password": "pw", "csrf": csrf_of(overview)}
        )
        assert bad.status_code == 401 and "<script>alert(1)" not in bad.text
        assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in bad.text


def test_the_cli_refuses_another_address_without_login() -> None:
    result = CliRunner().invoke(cli, ["dashboard", "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "error: refusing to serve the dashboard on 0.0.0.0 without --login (only loopback is open)"
    )


async def test_search_runs_through_the_driver(driver: Driver, jobs: asyncpg.Connection) -> None:
    a = await enqueue(jobs, '{"k": "ü \'x\'"}', tags=["t"])
    await enqueue(jobs, '{"k": "other"}')
    found = await driver.search_runs(
        RunSearch(args=(("k", "ü 'x'"),), finished_since=datetime.now(UTC) - timedelta(days=1))
    )
    assert [r.run_id for r in found] == [a]
    assert await driver.search_runs(RunSearch(tag="t", before_id=a)) == []


async def test_pages_and_search_on_mariadb_mysql(mysql_dsn: str) -> None:
    """The same pages through the MariaDB/MySQL driver (polling instead of NOTIFY)."""
    await pages_and_search_by_polling(mysql_dsn)


async def test_pages_and_search_on_a_sqlite_file(tmp_path: Path) -> None:
    """The same pages through the SQLite driver (polling; no roles: every button)."""
    await pages_and_search_by_polling(install(tmp_path / "dash.db"))


async def pages_and_search_by_polling(dsn: str) -> None:
    """Every page, a search and a hostile one, through a driver that polls for changes."""
    from durablesql import driver as drivers
    from durablesql.driver import JobDefinition, NewRun

    found = await drivers.connect(dsn)
    try:
        one = timedelta(seconds=1)
        await found.define_jobs([JobDefinition("job", "q", 1, "fixed", one, one, 0, None, 0, None)])
        wanted = await found.enqueue(NewRun("job", '{"order": 17}', tags=["billing"]))
        await found.enqueue(NewRun("job", '{"order": 18}', tags=["billing"]))
        assert "cancel" in await found.may_execute(["cancel", "no_such_operation"])
        stream = changes(Hub(found))
        assert await anext(stream) == "event: hello\ndata: poll\n\n"
        await stream.aclose()
    finally:
        await found.close()
    async with dashboard(dsn) as client:
        for path in ("/", "/runs", f"/runs/{wanted}", "/schedules", "/workers", "/health"):
            assert (await client.get(path)).status_code == 200, path
        page = (await client.get("/runs", params={"q": "tag:billing args.order:17"})).text
        assert re.findall(r'data-run="(\d+)"', page) == [str(wanted)]
        hostile = await client.get("/runs", params={"q": 'args."\');x":"\'\\""'})
        assert hostile.status_code == 200 and "No runs match." in hostile.text


async def test_schedule_and_queue_admin_from_the_pages(dsn: str, jobs: asyncpg.Connection) -> None:
    await jobs.execute(
        "SELECT durable.define_schedule('nightly', 'job', '0 2 * * *', 'Europe/Berlin')"
    )
    async with dashboard(dsn) as client:
        page = (await client.get("/schedules")).text
        token = csrf_of(page)
        assert 'data-schedule="nightly"' in page and "<button>Disable</button>" in page
        assert page.count("CET") + page.count("CEST") == 5  # the next five fires, local time

        async def post(path: str, **form: str) -> httpx.Response:
            return await client.post(path, data={**form, "csrf": token})

        assert (await post("/schedules/disable", name="nightly")).status_code == 303
        assert "schedule nightly disabled" in (await client.get("/schedules")).text
        assert (await post("/schedules/enable", name="nightly")).status_code == 303
        assert (await post("/schedules/cron", name="nightly", cron="30 3 * * *")).status_code == 303
        ran = await post("/schedules/run", name="nightly")
        assert ran.status_code == 303
        assert "enqueued run" in (await client.get("/schedules")).text
        unknown = await post("/schedules/run", name="no such schedule")
        assert unknown.status_code == 404 and 'class="error"' in unknown.text
        settings = await post("/queues/settings", queue="q", weight="3", lag_slo="60")
        assert settings.status_code == 303
    row = await jobs.fetchrow(
        "SELECT cron, enabled FROM durable.schedule_status WHERE name = 'nightly'"
    )
    assert tuple(row) == ("30 3 * * *", True)
    assert await jobs.fetchval("SELECT weight FROM durable.queue_stats WHERE queue = 'q'") == 3
    assert await jobs.fetchval("SELECT lag_slo FROM durable.slo_status WHERE queue = 'q'") == (
        timedelta(seconds=60)
    )


async def test_fires_across_a_daylight_saving_change_are_marked(
    driver: Driver, jobs: asyncpg.Connection
) -> None:
    from durablesql.dashboard.pages import fires

    await jobs.execute(
        "SELECT durable.define_schedule('dst', 'job', '30 2 * * *', 'Europe/Berlin')"
    )
    (schedule,) = [s for s in await driver.schedule_status() if s.name == "dst"]
    after = datetime(2027, 3, 26, 12, tzinfo=UTC)
    times = await driver.cron_preview(schedule.cron, after, schedule.timezone, 4)
    marked = fires(schedule, times, before=after)
    notes = [f["note"] for f in marked]
    # 27 March 02:30 CET; on the 28th 02:30 does not exist: it fires at 03:30 CEST.
    assert notes[0] is None and notes[1] is not None and "UTC+01:00 → UTC+02:00" in notes[1]
    assert notes[2:] == [None, None]
    assert marked[1]["local"].strftime("%H:%M") == "03:30"


async def test_args_can_be_hidden_per_job(dsn: str, jobs: asyncpg.Connection) -> None:
    run_id = await enqueue(jobs, '{"card": "4111 1111 1111 1111"}')
    async with dashboard(dsn, hide_args=["job"]) as client:
        page = (await client.get(f"/runs/{run_id}")).text
    assert "4111" not in page and "hidden for this job" in page


async def test_mounted_in_another_app_links_and_redirects_stay_inside(
    dsn: str, jobs: asyncpg.Connection
) -> None:
    from starlette.applications import Starlette
    from starlette.routing import Mount

    inner = create_app(dsn)
    outer = Starlette(routes=[Mount("/jobs", app=inner)])
    run_id = await enqueue(jobs)
    transport = httpx.ASGITransport(app=outer)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://host") as client:
            page = (await client.get("/jobs/")).text  # connects on this first request
            assert 'href="/jobs/runs"' in page and 'src="/jobs/static/htmx.min.js"' in page
            assert 'action="/jobs/queues/pause"' in page and 'data-events="/jobs/events"' in page
            assert 'hx-get="/jobs/"' in page
            run = (await client.get(f"/jobs/runs/{run_id}")).text
            assert f'hx-get="/jobs/runs/{run_id}"' in run
            done = await client.post(
                "/jobs/queues/pause", data={"queue": "q", "csrf": csrf_of(page)}
            )
            assert done.status_code == 303 and done.headers["location"] == "/jobs/"
            assert (await client.get("/jobs/static/dashboard.js")).status_code == 200
    finally:
        await inner.state.dashboard.stop()


async def test_a_page_query_over_its_time_is_a_503_and_cancelled_on_the_server(
    dsn: str, db: asyncpg.Connection
) -> None:
    """statement_timeout is the server's own (PostgreSQL cancels the query), so a page
    blocked behind a lock answers 503 in about that time and leaves nothing running."""
    await define(db, "job", queue="q")
    async with dashboard(dsn, statement_timeout=0.3) as client:
        assert (await client.get("/")).status_code == 200
        async with db.transaction():
            await db.execute("LOCK TABLE durable.queues IN ACCESS EXCLUSIVE MODE")
            page = await asyncio.wait_for(client.get("/"), 10)
        assert page.status_code == 503, page.text
        assert "statement timeout" in page.text  # the server cancelled it, not the client
        assert (await client.get("/")).status_code == 200  # the lock is gone
    stuck = await db.fetchval(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        " AND state = 'active' AND query LIKE '%durable%' AND pid <> pg_backend_pid()"
    )
    assert stuck == 0
