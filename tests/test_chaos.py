"""Chaos, quick version: 2,000 runs through three worker processes while the driver
(tests/chaos.py) kill -9s workers, terminates their backends, freezes one past its
lease (SIGSTOP), restarts PostgreSQL once and feeds them a poison run that kills
its own worker on every attempt.

`make chaos` runs the same driver on 50,000 runs.  Replay a failure with the seed
it prints: CHAOS_SEED=<seed> make test PYTEST_ARGS='-k chaos -s'.
"""

from __future__ import annotations

import os
import random

import pytest

from tests.chaos import Config, run_chaos
from tests.conftest import PrivateServer


@pytest.mark.slow
async def test_chaos_loses_nothing_and_runs_twice_only_when_a_worker_died(
    private_server: PrivateServer,
) -> None:
    seed = int(os.environ.get("CHAOS_SEED") or random.randrange(1 << 30))
    config = Config(
        jobs=2000,
        workers=3,
        concurrency=8,
        lease=3.0,
        kills=5,
        terminations=5,
        pauses=1,  # SIGSTOP a worker for longer than its lease, then SIGCONT
        pause_for=5.0,
        restart=True,
        poison=True,
        sleep=(0.005, 0.05),
        min_gap=0.4,
        settle_timeout=60.0,
        seed=seed,
    )
    report = await run_chaos(private_server.uri, config, private_server.restart)
    summary = f"{report.summary()}\nseed {seed} (CHAOS_SEED={seed} to replay)"
    print(summary)
    assert not report.problems, summary
    # the chaos did happen
    assert report.kills == config.kills, summary
    assert report.restarts == 1 and report.terminations == config.terminations, summary
    assert report.pauses == 1, summary
    assert report.self_kills == 3 and report.poison["status"] == "failed", summary
    # and nothing was lost, stuck, or ended in the wrong state
    assert report.statuses == {"succeeded": config.jobs}, summary
    assert report.executions >= config.jobs + 3, summary
