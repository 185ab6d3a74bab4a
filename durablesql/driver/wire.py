"""Values as the ports without native arrays or intervals carry them (MariaDB/MySQL,
SQLite): intervals as seconds, arrays as JSON text, booleans as 0/1."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta
from decimal import Decimal
from typing import Any


def seconds(interval: timedelta | None) -> float | None:
    return None if interval is None else interval.total_seconds()


def json_array(values: Iterable[Any] | None) -> str | None:
    """A JSON array of plain values (ids, names, numbers), or NULL."""
    return None if values is None else json.dumps(list(values), ensure_ascii=False)


def json_texts(texts: Iterable[str | None]) -> str:
    """A JSON array of JSON texts, joined as they are (None: JSON null)."""
    return "[" + ",".join("null" if t is None else t for t in texts) + "]"


def flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def interval(value: float | Decimal | None) -> timedelta | None:
    return None if value is None else timedelta(seconds=float(value))


def decoded(text: str | bytes | None) -> Any:
    return None if text is None else json.loads(text)
