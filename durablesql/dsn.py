"""Where the database is: an explicit DSN, DURABLESQL_DSN, or the embedded server;
and whether a transaction-mode connection pooler (PgBouncer) stands in between."""

from __future__ import annotations

import os
from typing import Any

from durablesql.errors import ConfigurationError

ENV_VAR = "DURABLESQL_DSN"
POOLER_ENV_VAR = "DURABLESQL_POOLER"
# The one pooler mode that needs anything: consecutive statements of a client
# may run on different server connections (PgBouncer's pool_mode = transaction).
TRANSACTION = "transaction"


def resolve_dsn(dsn: str | None) -> str:
    """The DSN given, else $DURABLESQL_DSN, else the embedded server (started on demand)."""
    if dsn:
        return dsn
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return from_env
    from durablesql import embedded

    return embedded.start()


def resolve_pooler(pooler: str | None) -> str | None:
    """The pooler given, else $DURABLESQL_POOLER: ``"transaction"``, or None (direct).

    ``"transaction"``: the DSN points at a transaction-mode pooler, so no
    session state may be relied on (prepared statements by name, LISTEN,
    session settings).  ``"none"`` or empty: connected to PostgreSQL itself, or
    through a session-mode pooler, which needs nothing.
    """
    value = os.environ.get(POOLER_ENV_VAR, "") if pooler is None else pooler
    value = value.strip().lower()
    if value in ("", "none"):
        return None
    if value == TRANSACTION:
        return TRANSACTION
    raise ConfigurationError(
        f"unknown pooler {value!r}: use 'transaction' when the DSN points at a"
        " transaction-mode pooler (PgBouncer pool_mode = transaction), 'none' otherwise"
        " (a session-mode pooler needs nothing)"
    )


def connect_options(pooler: str | None) -> dict[str, Any]:
    """asyncpg options for connections that go through ``pooler``.

    Behind a transaction-mode pooler asyncpg must not cache statements: it
    names them, and a named statement lives on one server connection while
    the next call may run on another (``prepared statement "__asyncpg_stmt_1__"
    already exists`` / ``does not exist``).  Uncached statements are unnamed,
    and asyncpg keeps their Parse/Bind/Execute in one Sync, which PgBouncer
    pins to one server connection.
    """
    return {"statement_cache_size": 0} if pooler is not None else {}
