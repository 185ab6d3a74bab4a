"""``mysql://`` and ``mariadb://`` DSNs as asyncmy's connect() keywords.

    mysql://USER[:PASSWORD]@HOST[:PORT][/DATABASE][?OPTIONS]
    mariadb://root@127.0.0.1:3306/app?connect_timeout=5
    mysql://app:secret@/app?unix_socket=/run/mysqld/mysqld.sock

The engine's objects live in the database ``durable`` whatever the DSN names: a
database in the DSN is only the session's default.  USER defaults to the login
name (as the ``mariadb`` client does), HOST to 127.0.0.1, PORT to 3306; the
user and password are percent-decoded.  OPTIONS: ``unix_socket`` (or
``socket``), ``connect_timeout`` (seconds), ``ssl`` (``true``: TLS, the
server's certificate checked against the system's CAs; ``false``: none),
``ssl_ca`` (a CA file, implies ``ssl``).  The character set is always utf8mb4.
"""

from __future__ import annotations

import getpass
import ssl
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from durablesql.errors import ConfigurationError

SCHEMES = ("mysql", "mariadb")
DEFAULT_PORT = 3306
OPTIONS = ("unix_socket", "socket", "connect_timeout", "ssl", "ssl_ca")
TRUE = ("1", "true", "yes", "on", "require", "required")
FALSE = ("0", "false", "no", "off", "disable", "disabled")


def parse_dsn(dsn: str) -> dict[str, Any]:
    """asyncmy.connect keywords for a DSN (without the password in any error)."""
    parts = urlsplit(dsn)
    if parts.scheme.lower() not in SCHEMES:
        raise ConfigurationError(f"not a MySQL/MariaDB DSN: {parts.scheme}:// (use mysql://)")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise ConfigurationError(f"bad port in the DSN: {exc}") from None
    found: dict[str, Any] = {
        "host": parts.hostname or "127.0.0.1",
        "port": port,
        "user": unquote(parts.username) if parts.username else getpass.getuser(),
        "password": unquote(parts.password) if parts.password else "",
        "charset": "utf8mb4",
    }
    database = unquote(parts.path.lstrip("/"))
    if "/" in database:
        raise ConfigurationError(f"a DSN names one database, got {database!r}")
    if database:
        found["database"] = database
    want_ssl: bool | None = None
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key in ("unix_socket", "socket"):
            found["unix_socket"] = value
        elif key == "connect_timeout":
            try:
                found["connect_timeout"] = max(1, round(float(value)))
            except ValueError:
                raise ConfigurationError(
                    f"connect_timeout must be a number of seconds, got {value!r}"
                ) from None
        elif key == "ssl":
            if value.lower() not in TRUE + FALSE:
                raise ConfigurationError(f"ssl must be true or false, got {value!r}")
            want_ssl = value.lower() in TRUE
        elif key == "ssl_ca":
            found["ssl"] = ssl.create_default_context(cafile=value)
        else:
            known = ", ".join(OPTIONS)
            raise ConfigurationError(f"unknown DSN option {key!r} (known: {known})")
    if want_ssl and "ssl" not in found:
        found["ssl"] = ssl.create_default_context()
    elif want_ssl is False:
        found.pop("ssl", None)
    return found


def describe(kwargs: dict[str, Any]) -> str:
    """Where a DSN points, for messages (no password)."""
    where = kwargs.get("unix_socket") or f"{kwargs['host']}:{kwargs['port']}"
    return f"{kwargs['user']}@{where}"
