"""A run's attempts as its page tells them: every recorded error (durable.attempt_errors),
split into the rounds that retry() starts, with the attempts that left no error (a lease
that expired and was claimed again) filled in between."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from durablesql.driver import AttemptError

LOST = "lease expired"
ROUND_ENDS = frozenset({"failed", "cancelled"})


@dataclass(frozen=True, slots=True)
class AttemptRow:
    attempt: int
    outcome: str  # retrying, failed, cancelled, or LOST (no row: derived from the numbering)
    error: str | None
    worker: str | None
    failed_at: datetime | None
    first_of_round: bool  # a retry() came before it (not said of the first round)


def attempt_rows(errors: Sequence[AttemptError]) -> list[AttemptRow]:
    """Rows in the order the attempts ended.  Within one round the attempt number only
    grows, and a failed or cancelled attempt ends the round; so a number that does not
    grow, or any row after a terminal one, starts the next round (after a retry()).
    A number skipped within a round is an attempt whose lease expired and that another
    claim took again: the engine records nothing then (the claim is the hot path)."""
    rows: list[AttemptRow] = []
    previous: AttemptError | None = None
    for e in errors:
        new_round = previous is not None and (
            e.attempt <= previous.attempt or previous.outcome in ROUND_ENDS
        )
        seen = 0 if previous is None or new_round else previous.attempt
        for lost in range(seen + 1, e.attempt):
            rows.append(AttemptRow(lost, LOST, None, None, None, new_round and lost == seen + 1))
        first = new_round and seen + 1 == e.attempt
        rows.append(AttemptRow(e.attempt, e.outcome, e.error, e.worker, e.failed_at, first))
        previous = e
    return rows
