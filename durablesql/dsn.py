"""Where the database is: an explicit DSN, DURABLESQL_DSN, or the embedded server."""

from __future__ import annotations

import os

ENV_VAR = "DURABLESQL_DSN"


def resolve_dsn(dsn: str | None) -> str:
    """The DSN given, else $DURABLESQL_DSN, else the embedded server (started on demand)."""
    if dsn:
        return dsn
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return from_env
    from durablesql import embedded

    return embedded.start()
