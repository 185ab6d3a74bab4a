"""Least-privilege roles: log in as each role and prove what it can and cannot do."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import asyncpg
import pytest

from tests.helpers import define
from tests.server import Server

Login = Callable[[str], Awaitable[asyncpg.Connection]]


@pytest.fixture
async def login(server: Server, db: asyncpg.Connection) -> AsyncIterator[Login]:
    """login('durable_producer') → a connection as a fresh LOGIN role granted only that role."""
    created: list[str] = []
    opened: list[asyncpg.Connection] = []
    dbname = await db.fetchval("SELECT current_database()")

    async def open_as(granted: str) -> asyncpg.Connection:
        user = f"t_{granted}_{uuid.uuid4().hex[:8]}"
        await db.execute(f'CREATE ROLE "{user}" LOGIN')
        if granted != "nobody":
            await db.execute(f'GRANT {granted} TO "{user}"')
        created.append(user)
        conn = await asyncpg.connect(host=server.host, port=server.port, user=user, database=dbname)
        opened.append(conn)
        return conn

    await define(db, "job", queue="q")
    yield open_as
    for conn in opened:
        await conn.close()
    for user in created:
        await db.execute(f'DROP OWNED BY "{user}"')
        await db.execute(f'DROP ROLE "{user}"')


async def denied(conn: asyncpg.Connection, sql: str, *args: object) -> None:
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await conn.execute(sql, *args) if not args else await conn.fetch(sql, *args)


PRODUCER_CAN = [
    "SELECT durable.enqueue('job', '{\"a\": 1}')",
    "SELECT * FROM durable.enqueue_many('job', ARRAY['{}']::jsonb[])",
    "SELECT count(*) FROM durable.all_runs",
    "SELECT count(*) FROM durable.queue_stats",
    "SELECT count(*) FROM durable.worker_status",
    "SELECT count(*) FROM durable.schedule_status",
    "SELECT count(*) FROM durable.log_lines",
    "SELECT durable.now(), durable.schema_version()",
    "SELECT durable.cron_next('0 2 * * *', now(), 'Europe/Berlin')",
    "SELECT * FROM durable.dependency_tree(1)",
    "SELECT * FROM durable.explain_run(1)",
    "SELECT * FROM durable.health()",
    "SELECT durable.metrics_text()",
    "SELECT count(*) FROM durable.slo_status",
]
WORKER_CAN = [
    "SELECT durable.register_worker('w', ARRAY['q'], 2)",
    "SELECT durable.define_job('job2', queue => 'q')",
    "SELECT durable.define_schedule('s', 'job', '0 2 * * *')",
    "SELECT * FROM durable.sync_schedules('app', '[]')",
    "SELECT * FROM durable.claim('w', ARRAY['q'], 10)",
    "SELECT durable.complete('w', ARRAY[1]::bigint[])",
    "SELECT durable.fail('w', 2, 'boom')",
    "SELECT durable.heartbeat('w', ARRAY[3]::bigint[])",
    "SELECT durable.release('w', ARRAY[3]::bigint[])",
    "SELECT durable.log('w', 3, 'info', 'hi')",
    "SELECT durable.set_progress('w', 3, 0.5)",
    "SELECT durable.materialize_schedules()",
    "SELECT durable.prune()",
    "CALL durable.prune_all()",
    "SELECT durable.unregister_worker('w')",
]
ADMIN_CAN = [
    "SELECT durable.set_queue('q', weight => 2)",
    "SELECT durable.set_queue_opts('q', '{\"lag_slo\": 30}')",
    "SELECT durable.pause_queue('q')",
    "SELECT durable.resume_queue('q')",
    "SELECT durable.cancel(3)",
    "SELECT durable.retry(3)",
    "SELECT durable.set_schedule_enabled('s', false)",
    "SELECT durable.update_schedule_cron('s', '0 3 * * *')",
    "SELECT durable.run_schedule_now('s')",
]
TABLES = [
    "SELECT * FROM durable.runs",
    "UPDATE durable.runs SET priority = 99",
    "DELETE FROM durable.run_history",
    "INSERT INTO durable.jobs (job_name) VALUES ('x')",
    "UPDATE durable.settings SET value = '1' WHERE name = 'max_attempts'",
    "SELECT * FROM durable.run_logs",
    "SELECT * FROM durable.schedules",
    "SELECT nextval('durable.run_id_seq')",
]
INTERNALS = [
    "SELECT durable.finish_runs(ARRAY[1]::bigint[], 'succeeded')",
    "SELECT durable.bound('max_name_length')",
    "SELECT durable.check_name('x', 'y')",
    "SELECT durable.settle_expired(now())",
    "SELECT durable.cron_parse('* * * * *')",
]


async def test_each_role_can_do_exactly_its_part(login: Login, db: asyncpg.Connection) -> None:
    producer = await login("durable_producer")
    worker = await login("durable_worker")
    admin = await login("durable_admin")
    for sql in PRODUCER_CAN:
        await producer.execute(sql)
    assert await db.fetchval("SELECT count(*) FROM durable.runs") == 2
    await producer.execute("SELECT durable.enqueue('job')")
    for sql in WORKER_CAN[:4]:
        await worker.execute(sql)
    # The worker does its job on runs the producer sent.
    for sql in PRODUCER_CAN[:2]:
        await worker.execute(sql)
    for sql in WORKER_CAN[4:]:
        await worker.execute(sql)
    for sql in ADMIN_CAN + PRODUCER_CAN + WORKER_CAN:
        await admin.execute(sql)
    # What each one may not do.
    for sql in WORKER_CAN + ADMIN_CAN:
        await denied(producer, sql)
    for sql in ADMIN_CAN:
        await denied(worker, sql)
    for conn in (producer, worker, admin):
        for sql in TABLES + INTERNALS:
            await denied(conn, sql)


# Who may execute what, by role (each role also has, through membership, the
# rights of the roles above it).  Every other routine in the schema is an
# internal helper that only the owner may execute.
EXECUTE_GRANTS = {
    "durable_producer": {
        "now", "fake_clock", "schema_version", "cron_next", "enqueue", "enqueue_many",
        "dependency_tree", "health", "list_runs", "cron_preview", "limits", "enqueue_opts",
        "explain_run", "metrics_text",
    },
    "durable_worker": {
        "register_worker", "unregister_worker", "define_job", "define_schedule",
        "sync_schedules", "claim", "complete", "fail", "heartbeat", "release", "log",
        "log_many", "set_progress", "set_progress_many", "materialize_schedules", "prune", "sweep",
        "prune_all",
    },
    "durable_admin": {
        "set_queue", "set_queue_opts", "pause_queue", "resume_queue", "cancel", "retry",
        "set_schedule_enabled", "update_schedule_cron", "run_schedule_now",
    },
}  # fmt: skip


async def test_every_routine_grants_execute_exactly_as_listed(db: asyncpg.Connection) -> None:
    """The whole catalog, so that a routine a migration adds is caught too: the
    grantees of EXECUTE on each routine are its owner plus the roles listed for
    it above, never PUBLIC (which a new function gets unless it is revoked)."""
    rows = await db.fetch(
        "SELECT p.oid::regprocedure::text AS f, p.proname,"
        "       array_agg(CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END)"
        "           FILTER (WHERE a.grantee <> p.proowner) AS grantees"
        " FROM pg_proc p"
        " CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
        " WHERE p.pronamespace = 'durable'::regnamespace AND a.privilege_type = 'EXECUTE'"
        " GROUP BY p.oid, p.proname, p.proowner"
    )
    assert len(rows) == await db.fetchval(
        "SELECT count(*) FROM pg_proc WHERE pronamespace = 'durable'::regnamespace"
    ), "a routine its owner may not execute"
    wrong: dict[str, list[str]] = {}
    for row in rows:
        expected = {role for role, names in EXECUTE_GRANTS.items() if row["proname"] in names}
        if set(row["grantees"] or []) != expected:
            wrong[row["f"]] = sorted(row["grantees"] or [])
    assert wrong == {}, wrong
    listed = set[str]().union(*EXECUTE_GRANTS.values())
    assert listed <= {row["proname"] for row in rows}, "a listed routine does not exist"


async def test_schema_defaults_do_not_close_new_functions(
    login: Login, db: asyncpg.Connection
) -> None:
    """Why the test above reads the whole catalog: PostgreSQL lets PUBLIC execute
    a new function, and a schema's default privileges cannot revoke that, so a
    function a migration creates in durable is open to every role with USAGE on
    the schema until that migration revokes it explicitly."""
    await db.execute("CREATE FUNCTION durable.t_trap() RETURNS integer LANGUAGE sql AS 'SELECT 1'")
    producer = await login("durable_producer")
    assert await producer.fetchval("SELECT durable.t_trap()") == 1


async def test_a_role_without_grants_can_do_nothing(login: Login) -> None:
    outsider = await login("nobody")
    for sql in [*PRODUCER_CAN[:1], "SELECT durable.now()", "SELECT * FROM durable.all_runs"]:
        await denied(outsider, sql)


async def test_nothing_is_executable_by_public_and_entry_points_are_pinned(
    db: asyncpg.Connection,
) -> None:
    public = await db.fetch(
        "SELECT p.oid::regprocedure::text AS f FROM pg_proc p"
        " WHERE p.pronamespace = 'durable'::regnamespace"
        "   AND EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner)))"
        "               a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')"
    )
    assert public == []
    granted = await db.fetch(
        "SELECT p.oid::regprocedure::text AS f, p.prosecdef, p.proconfig, p.prokind"
        " FROM pg_proc p WHERE p.pronamespace = 'durable'::regnamespace"
        "   AND (has_function_privilege('durable_producer', p.oid, 'EXECUTE')"
        "        OR has_function_privilege('durable_worker', p.oid, 'EXECUTE')"
        "        OR has_function_privilege('durable_admin', p.oid, 'EXECUTE'))"
    )
    assert {row["f"].split("(")[0].removeprefix("durable.") for row in granted} == set[str]().union(
        *EXECUTE_GRANTS.values()
    )
    for row in granted:
        if row["f"] in (
            "durable.now()",
            "durable.limits()",
            "durable.fake_clock()",
            "durable.prune_all(interval,integer)",
        ):
            # now() and limits() read no table (and stay inlinable), fake_clock() checks
            # the session user itself; prune_all commits between batches,
            # which a procedure with a SET clause may not.
            assert not row["prosecdef"], row["f"]
            continue
        assert row["prosecdef"], row["f"]
        assert "search_path=pg_catalog, pg_temp" in (row["proconfig"] or []), row["f"]
    # Tables: the owner only.
    for role in ("durable_producer", "durable_worker", "durable_admin"):
        tables = await db.fetch(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'durable'::regnamespace"
            " AND c.relkind IN ('r', 'p', 'S')"
            " AND (has_table_privilege($1, c.oid, 'SELECT')"
            "      OR has_table_privilege($1, c.oid, 'INSERT,UPDATE,DELETE,TRUNCATE'))",
            role,
        )
        assert tables == [], (role, tables)


async def test_shadowing_through_search_path_changes_nothing(
    login: Login, db: asyncpg.Connection
) -> None:
    """A producer with a schema of its own puts look-alikes of what the functions
    use first on its search_path (and in pg_temp): none of them is ever called."""
    producer = await login("durable_producer")
    user = await producer.fetchval("SELECT current_user")
    await db.execute(f'CREATE SCHEMA evil AUTHORIZATION "{user}"')
    await producer.execute("CREATE TABLE evil.calls (what text)")
    for name, args, ret in [
        ("now", "", "timestamptz"),
        ("format", "text, VARIADIC text[]", "text"),
        ("jsonb_typeof", "jsonb", "text"),
        ("pg_notify", "text, text", "void"),
        ("length", "text", "integer"),
        ("isfinite", "timestamptz", "boolean"),
    ]:
        body = f"INSERT INTO evil.calls VALUES ('{name}'); SELECT NULL::{ret}"
        if ret == "void":
            body = f"INSERT INTO evil.calls VALUES ('{name}')"
        await producer.execute(
            f"CREATE FUNCTION evil.{name}({args}) RETURNS {ret} LANGUAGE sql AS $${body}$$"
        )
        await producer.execute(
            f"CREATE FUNCTION pg_temp.{name}({args}) RETURNS {ret} LANGUAGE sql AS $${body}$$"
        )
    await producer.execute(
        "CREATE FUNCTION evil.texteq_evil(text, text) RETURNS boolean LANGUAGE sql AS"
        " $$INSERT INTO evil.calls VALUES ('='); SELECT true$$"
    )
    await producer.execute(
        "CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.texteq_evil)"
    )
    await producer.execute("SET search_path = pg_temp, evil, pg_catalog")
    run_id = await producer.fetchval("SELECT durable.enqueue('job', '{\"x\": 1}', queue => 'q')")
    await producer.fetch("SELECT * FROM durable.enqueue_many('job', ARRAY['{}']::jsonb[])")
    await producer.fetchval("SELECT durable.cron_next('*/5 * * * *', durable.now(), 'UTC')")
    assert await producer.fetchval("SELECT count(*) FROM evil.calls") == 0
    assert await db.fetchval("SELECT args->>'x' FROM durable.runs WHERE run_id = $1", run_id) == "1"


async def test_python_app_and_cli_work_as_a_producer(
    login: Login, server: Server, db: asyncpg.Connection
) -> None:
    from durablesql import App, JobContext

    producer = await login("durable_producer")
    user = await producer.fetchval("SELECT current_user")
    producer_dsn = server.dsn(await db.fetchval("SELECT current_database()"), user=user)
    app = App(dsn=producer_dsn)

    @app.job("job", queue="q")
    async def job(ctx: JobContext, args: dict[str, object]) -> None:
        return None

    # define_job is a worker's right: the producer's app enqueues without it.
    run_id = await app.enqueue("job", {"n": 1})
    run = await app.get_run(run_id)
    assert run is not None and run.status == "pending"
    await app.close()


async def test_only_the_owner_may_move_the_clock(login: Login, db: asyncpg.Connection) -> None:
    worker = await login("durable_worker")
    await db.execute("SELECT durable.enqueue('job', queue => 'q')")
    await worker.execute("SET durable.fake_now = '2099-01-01 00:00:00+00'")
    with pytest.raises(asyncpg.PostgresError, match="may not move the clock") as info:
        await worker.fetch("SELECT * FROM durable.claim('w', ARRAY['q'])")
    assert info.value.sqlstate == "DS001"
    await worker.execute("RESET durable.fake_now")
    assert len(await worker.fetch("SELECT * FROM durable.claim('w', ARRAY['q'])")) == 1
