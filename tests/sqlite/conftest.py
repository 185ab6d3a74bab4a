"""Fixtures for the SQLite tests:

* ``sqlite_dsn``: ``sqlite:///`` a new file in the test's tmp_path, the engine installed;
* ``sqlite_driver``: a durablesql driver on it, one connection (``set_fake_now`` moves
  its clock alone), closed after the test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from durablesql.driver import Driver
from tests.sqlite.engine import install
from tests.workers import looking


@pytest.fixture
def sqlite_dsn(tmp_path: Path) -> str:
    return install(tmp_path / "app.db")


@pytest.fixture
async def sqlite_driver(sqlite_dsn: str) -> AsyncIterator[Driver]:
    async with looking(sqlite_dsn) as found:
        yield found
