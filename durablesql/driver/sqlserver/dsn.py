"""``mssql://`` DSNs as pymssql's connect() keywords.

    mssql://USER[:PASSWORD]@HOST[:PORT][/DATABASE][?OPTIONS]
    mssql://app:secret@db.example:1433/shop?login_timeout=5&encryption=require

The engine's objects live in the schema ``durable`` of the DSN's database (the
login's default database when the DSN names none).  HOST defaults to 127.0.0.1,
PORT to 1433; USER and PASSWORD are percent-decoded and required (SQL Server
logins; Windows and Entra ID authentication are not offered by this DSN form).
OPTIONS: ``login_timeout`` (seconds to connect, default 15), ``tds_version``
(default 7.4, the protocol of SQL Server 2012 and later: it carries datetime2),
``encryption`` (``off``, ``request`` or ``require``; pymssql's default otherwise).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from durablesql.errors import ConfigurationError

SCHEME = "mssql"
DEFAULT_PORT = 1433
DEFAULT_LOGIN_TIMEOUT = 15
OPTIONS = ("login_timeout", "tds_version", "encryption")
TDS_VERSIONS = ("7.0", "7.1", "7.2", "7.3", "7.4")
ENCRYPTION = ("off", "request", "require")


def parse_dsn(dsn: str) -> dict[str, Any]:
    """pymssql.connect keywords for a DSN (without the password in any error)."""
    parts = urlsplit(dsn)
    if parts.scheme.lower() != SCHEME:
        raise ConfigurationError(f"not a SQL Server DSN: {parts.scheme}:// (use mssql://)")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise ConfigurationError(f"bad port in the DSN: {exc}") from None
    if not parts.username:
        raise ConfigurationError("a SQL Server DSN names its login: mssql://USER:PASSWORD@HOST/DB")
    found: dict[str, Any] = {
        "server": parts.hostname or "127.0.0.1",
        "port": str(port),  # pymssql takes the port as text
        "user": unquote(parts.username),
        "password": unquote(parts.password) if parts.password else "",
        "login_timeout": DEFAULT_LOGIN_TIMEOUT,
        "tds_version": "7.4",
    }
    database = unquote(parts.path.lstrip("/"))
    if "/" in database:
        raise ConfigurationError(f"a DSN names one database, got {database!r}")
    if database:
        found["database"] = database
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "login_timeout":
            try:
                found["login_timeout"] = max(1, round(float(value)))
            except ValueError:
                raise ConfigurationError(
                    f"login_timeout must be a number of seconds, got {value!r}"
                ) from None
        elif key == "tds_version":
            if value not in TDS_VERSIONS:
                raise ConfigurationError(
                    f"tds_version must be one of {', '.join(TDS_VERSIONS)}, got {value!r}"
                )
            found["tds_version"] = value
        elif key == "encryption":
            if value.lower() not in ENCRYPTION:
                raise ConfigurationError(
                    f"encryption must be one of {', '.join(ENCRYPTION)}, got {value!r}"
                )
            found["encryption"] = value.lower()
        else:
            raise ConfigurationError(f"unknown DSN option {key!r} (known: {', '.join(OPTIONS)})")
    return found


def describe(kwargs: dict[str, Any]) -> str:
    """Where a DSN points, for messages (no password)."""
    database = kwargs.get("database")
    where = f"{kwargs['user']}@{kwargs['server']}:{kwargs['port']}"
    return f"{where}/{database}" if database else where
