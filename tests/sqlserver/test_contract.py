"""The SQL Server port against PostgreSQL's contract, read statically from both
schema files: the same public routines, with the same parameter names in the same
order, granted to the same roles; the same views, with the same columns in the same
order, readable by the same roles; claim's columns; and every call and query the
driver makes names a procedure of the port with its parameters, all of them, in
order, or a view's columns."""

from __future__ import annotations

import re

import pytest

from tests.sqlserver.tsql_schema import (
    POSTGRES,
    ROLES,
    SQLSERVER,
    postgres_grants,
    postgres_routines,
    postgres_view_grants,
    postgres_views,
    select_names,
    top_level_parts,
    tsql_grants,
    tsql_routines,
    tsql_view_grants,
    tsql_views,
)

# PostgreSQL routines a role may execute that the port has no counterpart for, and why.
ABSENT = {
    # The fake clock is read by durable.read_clock (a procedure: a T-SQL function
    # cannot raise the DS001 a non-owner's clock must give).
    "fake_clock": "by design",
}


def public_names() -> set[str]:
    return set().union(*postgres_grants().values())


def test_the_static_readers_find_the_schemas() -> None:
    pg, ms = postgres_routines(), tsql_routines()
    assert pg["enqueue"][:3] == ["job_name", "args", "queue"]
    assert pg["lock_parents"] == ["depends_on"]  # OUT parameters left out
    assert ms["claim"] == ["worker", "queues", "max_runs", "lease", "strategy"]
    assert ms["now"] == [] and ms["bound"] == ["name"]
    assert len(public_names()) > 35


@pytest.mark.parametrize("name", sorted(public_names() - set(ABSENT)))
def test_each_public_routine_has_postgres_parameters(name: str) -> None:
    ms = tsql_routines()
    assert name in ms, f"durable.{name} is missing from sql/sqlserver/schema.sql"
    assert ms[name] == postgres_routines()[name]


def test_nothing_else_is_absent() -> None:
    assert set(ABSENT) <= public_names()
    assert not set(ABSENT) & set(tsql_routines())


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_what_it_gets_on_postgres(role: str) -> None:
    expected = postgres_grants()[role] - set(ABSENT)
    assert tsql_grants()[role] == expected


def test_the_drivers_calls_match_the_procedures() -> None:
    from durablesql.driver.sqlserver import operations

    ms = tsql_routines()
    calls = {
        name: value
        for name, value in vars(operations).items()
        if name.isupper() and isinstance(value, str) and value.startswith("EXEC durable.")
    }
    assert len(calls) > 30
    for constant, text in calls.items():
        m = re.fullmatch(r"EXEC durable\.(\w+)((?: @\w+ = %s,?)*)", text)
        assert m, (constant, text)
        procedure, passed = m.group(1), re.findall(r"@(\w+)", m.group(2))
        assert passed == ms[procedure], constant


def test_the_view_reader_finds_the_views() -> None:
    assert postgres_views()["log_lines"][:2] == ["run_id", "log_id"]
    assert tsql_views()["queue_stats"][4] == "oldest_due_age"
    assert "slo_status" in postgres_view_grants()["durable_producer"]


@pytest.mark.parametrize("name", sorted(set().union(*postgres_view_grants().values())))
def test_each_granted_view_has_postgres_columns(name: str) -> None:
    ms = tsql_views()
    assert name in ms, f"view durable.{name} is missing from sql/sqlserver/schema.sql"
    assert ms[name] == postgres_views()[name]


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reads_the_views_it_reads_on_postgres(role: str) -> None:
    assert tsql_view_grants()[role] == postgres_view_grants()[role]


def test_claim_returns_the_columns_of_postgres_claimed_run() -> None:
    # PostgreSQL's claim returns SETOF durable.claimed_run; the port's result set is
    # the last SELECT of durable.claim, which must give the same columns in order.
    pg = POSTGRES.read_text(encoding="utf-8")
    body = re.search(r"CREATE TYPE durable\.claimed_run AS \((.*?)\n\);", pg, re.S)
    assert body
    code = re.sub(r"--[^\n]*", "", body.group(1))
    expected = [part.split()[0] for part in top_level_parts(code)]
    assert expected[-1] == "traceparent"
    ms = SQLSERVER.read_text(encoding="utf-8")
    claim = re.search(r"^CREATE PROCEDURE durable\.claim\n(.*?)^GO$", ms, re.M | re.S)
    assert claim
    last = re.findall(r"^    SELECT (.*?)\n    FROM ", claim.group(1), re.M | re.S)[-1]
    assert select_names(last) == expected


def test_the_drivers_view_queries_name_the_views_columns() -> None:
    from durablesql.driver.sqlserver import operations

    views = tsql_views()
    queries = {
        name: value
        for name, value in vars(operations).items()
        if name.isupper() and isinstance(value, str) and " FROM durable." in value
    }
    assert {"SLO_STATUS", "ATTEMPT_ERRORS"} <= set(queries)
    # OUTCOME_COUNTS selects what it computes (its column references are checked by
    # test_driver_dashboard_sql); a batch may first DECLARE its parameters.
    computed = {"OUTCOME_COUNTS"}
    for constant, text in queries.items():
        m = re.fullmatch(
            r"(?:DECLARE [^;]*; )*SELECT (?:TOP \(@\w+\) )?(.*?) FROM durable\.(\w+)(?: .*)?",
            text,
        )
        assert m, (constant, text)
        assert m.group(2) in views, constant
        if constant not in computed:
            assert set(select_names(m.group(1))) <= set(views[m.group(2)]), constant


def test_metrics_text_has_postgres_metrics_and_help_lines() -> None:
    pg = re.findall(
        r"\((\d+), '(durablesql_\w+)',\s*'([^']*)'\)", POSTGRES.read_text(encoding="utf-8")
    )
    ms = re.findall(
        r"SELECT (\d+), N'(durablesql_\w+)',\s*N'([^']*)'", SQLSERVER.read_text(encoding="utf-8")
    )
    assert len(pg) == 11 and "durablesql_queue_within_slo" in {name for _, name, _ in pg}
    assert ms == pg


@pytest.mark.parametrize(
    "text",
    [
        "traceparent must be 00-<32 hex>-<16 hex>-<2 hex> (W3C), got ",
        "set_queue options must be a JSON object, got ",
        "unknown set_queue option ",
        ": use concurrency_limit, lag_slo, priority, weight",
        "set_queue option ",
        " must be ",
        "a number of seconds",
        "an integer",
        ", got ",
    ],
)
def test_0016s_messages_are_postgres_texts(text: str) -> None:
    # Each piece PostgreSQL's 0016 raises with is in the port's schema, as a literal.
    pg = (POSTGRES.parent / "migrations" / "0016_traces_and_objectives.sql").read_text()
    assert text in pg
    ms = SQLSERVER.read_text(encoding="utf-8")
    assert f"N'{text}" in ms  # (a literal, or the start of one)
