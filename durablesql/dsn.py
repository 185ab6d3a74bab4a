"""Where the database is: an explicit DSN, DURABLESQL_DSN, or the embedded server;
and whether a transaction-mode connection pooler (PgBouncer) stands in between."""

from __future__ import annotations

import os

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
    from durablesql.driver import embedded_dsn

    return embedded_dsn()


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
