"""The runs page's search box: ``status:failed job:send-email args.order:17`` → a RunSearch.

The text is split into terms (double quotes keep spaces: ``meta.customer:"Acme Ltd"``);
each term is ``key:value`` with a known key, and every value becomes a bound
parameter of the driver's search, never SQL text.  Anything else is a SearchError
whose message says what was wrong, for the page to show.
"""

from __future__ import annotations

import shlex
from dataclasses import replace
from datetime import datetime, timedelta

from durablesql.driver import RunSearch

STATUSES = ("waiting", "pending", "leased", "succeeded", "failed", "cancelled")
# The window of history a search reads (live runs are always searched).
WINDOWS = {
    "1h": timedelta(hours=1),
    "24h": timedelta(days=1),
    "7d": timedelta(days=7),
    "30d": timedelta(days=30),
}
DEFAULT_WINDOW = "24h"
FIELDS = {"status": "status", "job": "job_name", "queue": "queue", "tag": "tag", "worker": "worker"}
MAX_TERMS = 20
MAX_TEXT = 2000
MAX_VALUE = 512  # the engine's longest name or key
BIGINT_MAX = 2**63 - 1
SYNTAX = "status: job: queue: tag: worker: id: args.KEY: meta.KEY:"


class SearchError(ValueError):
    """A search the dashboard cannot run; str() is the sentence to show."""


def positive_id(text: str, what: str = "id") -> int:
    """A run id from a person's text: a whole number from 1 to 2^63-1, else SearchError."""
    value = text.strip()
    if not value.isascii() or not value.isdigit() or not 0 < int(value) <= BIGINT_MAX:
        raise SearchError(f"{what} must be a whole number from 1 to {BIGINT_MAX}, got {text!r}")
    return int(value)


def parse(text: str) -> RunSearch:
    """The RunSearch a search box's text asks for (SearchError when it cannot be read)."""
    if len(text) > MAX_TEXT:
        raise SearchError(f"the search is too long ({len(text)} characters; at most {MAX_TEXT})")
    if "\x00" in text:
        raise SearchError("the search holds a NUL character")
    try:
        terms = shlex.split(text, posix=True)
    except ValueError as exc:
        raise SearchError(f"cannot read the search: {exc}") from None
    if len(terms) > MAX_TERMS:
        raise SearchError(f"too many search terms ({len(terms)}; at most {MAX_TERMS})")
    found: dict[str, object] = {}
    args: list[tuple[str, str]] = []
    meta: list[tuple[str, str]] = []
    for term in terms:
        key, colon, value = term.partition(":")
        if not colon or not key:
            raise SearchError(f"unknown search term {term!r}: use {SYNTAX}")
        if len(value) > MAX_VALUE:
            raise SearchError(f"the value of {key}: is too long (at most {MAX_VALUE} characters)")
        name = "run_id" if key == "id" else FIELDS.get(key)
        if name is not None and name in found:
            raise SearchError(f"{key}: is given twice")
        if key == "status":
            if value not in STATUSES:
                raise SearchError(f"unknown status {value!r}: use {', '.join(STATUSES)}")
            found["status"] = value
        elif key in FIELDS:
            if not value:
                raise SearchError(f"{key}: needs a value")
            found[FIELDS[key]] = value
        elif key == "id":
            found["run_id"] = positive_id(value)
        elif key.startswith(("args.", "meta.")):
            path_key = key.partition(".")[2]
            if not path_key:
                raise SearchError(f"{key}: needs a key after the dot, as in args.order:17")
            (args if key.startswith("args.") else meta).append((path_key, value))
        else:
            raise SearchError(f"unknown search key {key!r}: use {SYNTAX}")
    return RunSearch(args=tuple(args), meta=tuple(meta), **found)  # type: ignore[arg-type]


def with_term(text: str, key: str, value: str | None) -> str:
    """The search text with its `key:` term replaced by key:value (removed for None),
    for the filter links above the results.  Text that cannot be read is left alone
    but for the new term: the page shows its error anyway."""
    try:
        terms = [t for t in shlex.split(text, posix=True) if t.partition(":")[0] != key]
    except ValueError:
        return text
    if value is not None:
        terms.append(f"{key}:{value}")
    return shlex.join(terms)


def bounded(
    search: RunSearch, window: str, now: datetime, before: int | None, page: int
) -> RunSearch:
    """The search within a window of history ending at `now`, one page of it.
    A search by id looks at all history (one index probe per partition)."""
    if window not in WINDOWS:
        raise SearchError(f"unknown time window {window!r}: use {', '.join(WINDOWS)}")
    since = None if search.run_id is not None else now - WINDOWS[window]
    return replace(search, finished_since=since, before_id=before, max_runs=page + 1)
