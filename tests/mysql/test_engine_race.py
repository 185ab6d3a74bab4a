"""Eight claimers racing on the MariaDB/MySQL engine: batches of 2 to 10,
completes and failures in the loop, under a queue limit, a job limit and
concurrency keys.  No deadlock (1213), no run leased twice at once, no limit
exceeded, every run finished exactly once.

Same server and skip rule as test_engine_core.py.
"""

from __future__ import annotations

import json
import random
import threading
from typing import Any

import pytest

pymysql = pytest.importorskip("pymysql")

from tests.mysql.test_engine_core import (  # noqa: E402
    connect,
    db,  # noqa: F401  (fixture)
    define_job,
    installed,  # noqa: F401  (fixture)
    one,
    rows,
)

WORKERS = 8
QUEUE_LIMIT = 5
JOB_LIMIT = 3


def test_eight_racing_claimers_keep_every_limit_and_never_deadlock(db: Any) -> None:  # noqa: F811
    define_job(db, "free", queue="race", retry_delay=0)
    define_job(db, "limited_job", queue="race", concurrency_limit=JOB_LIMIT, retry_delay=0)
    define_job(db, "keyed", queue="race", retry_delay=0)
    define_job(db, "capped", queue="capped", max_attempts=2, retry_delay=0)
    one(db, "SELECT durable.set_queue('capped', NULL, NULL, %s)", QUEUE_LIMIT)
    for job, n, keyed in (
        ("free", 150, False),
        ("limited_job", 60, False),
        ("keyed", 90, True),
        ("capped", 100, False),
    ):
        for i in range(n):
            key = f"k{i % 6}" if keyed else None
            one(
                db,
                "SELECT durable.enqueue(%s, NULL, NULL, NULL, NULL, NULL, NULL, %s"
                + ", NULL" * 4
                + ")",
                job,
                key,
            )
    total = 400

    errors: list[BaseException] = []
    violations: list[str] = []
    claimed_by: dict[int, int] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def check_limits(conn: Any) -> None:
        leased = rows(
            conn,
            "SELECT job_name, queue, concurrency_key FROM durable.runs WHERE status = 'leased'",
        )
        per_key: dict[str, int] = {}
        for _job, _queue, key in leased:
            if key:
                per_key[key] = per_key.get(key, 0) + 1
        if sum(1 for r in leased if r[1] == "capped") > QUEUE_LIMIT:
            violations.append("queue limit exceeded")
        if sum(1 for r in leased if r[0] == "limited_job") > JOB_LIMIT:
            violations.append("job limit exceeded")
        if any(n > 1 for n in per_key.values()):
            violations.append(f"key leased twice: {per_key}")

    def worker(n: int) -> None:
        rnd = random.Random(n)
        conn = connect()
        name = f"w{n}"
        try:
            idle = 0
            while not stop.is_set() and idle < 30:
                batch = rnd.randint(2, 10)
                queues = rnd.choice([None, '["race", "capped"]', '["capped"]'])
                strategy = rnd.choice([None, "strict", "weighted"])
                got = rows(
                    conn, "CALL durable.claim(%s, %s, %s, 30, %s)", name, queues, batch, strategy
                )
                ids = [r[0] for r in got]
                if not ids:
                    idle += 1
                    continue
                idle = 0
                with lock:
                    for i in ids:
                        claimed_by[i] = claimed_by.get(i, 0) + 1
                done = [i for i in ids if rnd.random() < 0.85]
                for i in ids:
                    if i not in done:
                        one(conn, "SELECT durable.fail(%s, %s, 'flaky', NULL)", name, i)
                if done:
                    one(conn, "SELECT durable.complete(%s, %s, NULL)", name, json.dumps(done))
        except BaseException as exc:
            errors.append(exc)
        finally:
            conn.close()

    def watcher() -> None:
        conn = connect()
        try:
            while not stop.is_set():
                check_limits(conn)
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
    watch = threading.Thread(target=watcher)
    watch.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    stop.set()
    watch.join()

    assert not errors, errors[:3]
    assert not violations, violations[:3]
    assert one(db, "SELECT COUNT(*) FROM durable.runs") == 0
    assert one(db, "SELECT COUNT(*) FROM durable.run_history") == total
    # A run comes back only after a failed attempt: never more often than that.
    attempts = dict(rows(db, "SELECT run_id, attempt FROM durable.run_history"))
    assert all(claimed_by[i] == attempts[i] for i in attempts)
