"""Which PostgreSQL the tests use: a server that answers, or an embedded one.

1. ``DURABLESQL_TEST_DSN`` (default ``postgresql://postgres@127.0.0.1:5432/postgres``)
   when a server answers there;
2. otherwise a throw-away server started from the binaries the ``pgserver``
   pip package ships (no system PostgreSQL needed), deleted at exit.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlparse

import psycopg

DEFAULT_TEST_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"


@dataclass(frozen=True)
class Server:
    host: str  # a hostname or a Unix-socket directory
    port: int
    user: str
    password: str | None
    origin: str  # what the test run reports

    def dsn(self, dbname: str, user: str | None = None) -> str:
        """A URI for ``dbname`` on this server, as ``user`` (default: the admin user)."""
        password = self.password if user is None else None
        auth = quote(user or self.user) + (f":{quote(password)}" if password else "")
        if self.host.startswith("/"):
            return f"postgresql://{auth}@/{dbname}?host={quote(self.host)}&port={self.port}"
        return f"postgresql://{auth}@{self.host}:{self.port}/{dbname}"


def _from_dsn(dsn: str, origin: str) -> Server:
    url = urlparse(dsn)
    query = parse_qs(url.query)
    host = query.get("host", [url.hostname or "127.0.0.1"])[0]
    port = int(query.get("port", [url.port or 5432])[0])
    return Server(host, port, url.username or "postgres", url.password, origin)


def _answers(server: Server) -> bool:
    try:
        with psycopg.connect(server.dsn("postgres"), connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def _start_embedded() -> Server:
    import pgserver

    folder = tempfile.mkdtemp(prefix="durablesql-test-pg-")
    atexit.register(shutil.rmtree, folder, True)
    handle = pgserver.get_server(folder, cleanup_mode="delete")
    return _from_dsn(handle.get_uri(), f"embedded PostgreSQL (pgserver) in {folder}")


def resolve() -> Server:
    dsn = os.environ.get("DURABLESQL_TEST_DSN", DEFAULT_TEST_DSN)
    server = _from_dsn(dsn, f"PostgreSQL server at {dsn}")
    if _answers(server):
        return server
    return _start_embedded()
