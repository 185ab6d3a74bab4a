"""The CLI on MariaDB/MySQL, unchanged: the operator's commands through the MySQL
driver (the checks are in tests/polling_dialects.py; the worker command is in
test_worker_mysql.py)."""

from __future__ import annotations

from tests import polling_dialects as checks


def test_operator_commands_on_mariadb(mysql_dsn: str) -> None:
    checks.operator_commands(mysql_dsn)


def test_bad_input_is_one_line_on_mariadb(mysql_dsn: str) -> None:
    checks.bad_input_is_one_line(mysql_dsn)
