"""The embedded default: a PostgreSQL that needs no server, from the `pgserver` package.

Its data lives in a folder (``DURABLESQL_DATA_DIR``, default
``$XDG_DATA_HOME/durablesql/pgdata``, i.e. ``~/.local/share/durablesql/pgdata``),
so jobs survive a restart.  The server listens on a Unix socket only and stops
when the last process using it exits.  Running as root, pgserver runs the
server as an unprivileged system user it creates (PostgreSQL refuses root).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from durablesql.errors import ConfigurationError

_servers: dict[Path, Any] = {}
_uris: set[str] = set()


def is_embedded(dsn: str) -> bool:
    """True for a DSN this process got from start()."""
    return dsn in _uris


def data_dir() -> Path:
    configured = os.environ.get("DURABLESQL_DATA_DIR")
    if configured:
        return Path(configured).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "durablesql" / "pgdata"


def available() -> bool:
    try:
        import pgserver  # noqa: F401
    except ImportError:
        return False
    return True


def start(path: Path | None = None, *, cleanup: str | None = "stop") -> str:
    """Start (or reuse) the embedded server and return its DSN."""
    try:
        import pgserver
    except ImportError as exc:
        raise ConfigurationError(
            "no DURABLESQL_DSN is set and the embedded database is not installed: "
            "set DURABLESQL_DSN=postgresql://… or pip install 'durablesql[embedded]'"
        ) from exc
    folder = (path or data_dir()).expanduser().resolve()
    if folder not in _servers:
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            _servers[folder] = pgserver.get_server(folder, cleanup_mode=cleanup)  # type: ignore[attr-defined]
        except Exception as exc:
            raise ConfigurationError(
                f"could not start the embedded PostgreSQL in {folder}: {exc}"
            ) from exc
    uri: str = _servers[folder].get_uri()
    _uris.add(uri)
    return uri
