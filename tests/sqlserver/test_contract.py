"""The SQL Server port against PostgreSQL's contract, read statically from both
schema files: the same public routines, with the same parameter names in the same
order, granted to the same roles; and every call the driver makes names a procedure
of the port with its parameters, all of them, in order."""

from __future__ import annotations

import re

import pytest

from tests.sqlserver.tsql_schema import (
    ROLES,
    postgres_grants,
    postgres_routines,
    tsql_grants,
    tsql_routines,
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
