"""The CLI on a sqlite:// file, unchanged: the operator's commands through the SQLite
driver (the checks are in tests/polling_dialects.py; the worker command is in
test_worker_sqlite.py)."""

from __future__ import annotations

from tests import polling_dialects as checks


def test_operator_commands_on_sqlite(sqlite_dsn: str) -> None:
    checks.operator_commands(sqlite_dsn)


def test_bad_input_is_one_line_on_sqlite(sqlite_dsn: str) -> None:
    checks.bad_input_is_one_line(sqlite_dsn)
