"""The SQL shipped with the package: each dialect's install script and migrations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_MIGRATION_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def sql_dir(dialect: str = "postgres") -> Path:
    """The folder holding the SQL: inside the installed wheel, or the source checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "sql" / dialect, package.parent / "sql" / dialect):
        if (candidate / "schema.sql").is_file():
            return candidate
    raise FileNotFoundError(f"durablesql SQL files for {dialect!r} not found next to {package}")


def schema_sql(dialect: str = "postgres") -> str:
    """The install script: what `durablesql sql` prints."""
    return (sql_dir(dialect) / "schema.sql").read_text(encoding="utf-8")


def migrations(dialect: str = "postgres") -> list[Migration]:
    """The numbered files of sql/<dialect>/migrations/, oldest first (none: no folder)."""
    folder = sql_dir(dialect) / "migrations"
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        match = _MIGRATION_FILE.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path.stem, path))
    return found
