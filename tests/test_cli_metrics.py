"""`durablesql metrics`: --once in-process, and the server as a real process scraped
over HTTP while the test changes the queue."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from durablesql.driver import NewRun
from tests.prom import parse, value
from tests.test_cli import assert_user_error, define_greet, invoke
from tests.workers import ROOT, look


def enqueue(dsn: str, count: int) -> None:
    for _ in range(count):
        look(dsn, lambda driver: driver.enqueue(NewRun("greet", '{"name": "Ada"}')))


def test_once_prints_the_metrics(dsn: str) -> None:
    define_greet(dsn)
    enqueue(dsn, 2)
    result = invoke(dsn, "metrics", "--once")
    assert result.exit_code == 0, result.output
    samples, _ = parse(result.output)
    assert value(samples, "durablesql_queue_runs", queue="greetings", state="pending") == 2


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_a_bad_port_is_one_line(dsn: str, port: str) -> None:
    assert_user_error(invoke(dsn, "metrics", "--port", port), 2, "--port")


def test_serves_get_metrics(dsn: str) -> None:
    define_greet(dsn)
    enqueue(dsn, 1)
    env = {**os.environ, "DURABLESQL_DSN": dsn, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "durablesql.cli", "metrics", "--port", "0"]
    proc = subprocess.Popen(
        command, cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert line.startswith("serving http://127.0.0.1:"), line
        url = line.split()[-1]

        def scrape() -> float | None:
            with urllib.request.urlopen(url, timeout=10) as reply:
                assert reply.headers["Content-Type"].startswith("text/plain; version=0.0.4")
                samples, _ = parse(reply.read().decode())
            return value(samples, "durablesql_queue_runs", queue="greetings", state="pending")

        assert scrape() == 1
        enqueue(dsn, 2)
        assert scrape() == 3  # each scrape reads the database anew
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(url.replace("/metrics", "/"), timeout=10)
        assert missing.value.code == 404
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_port_in_use_is_one_line(dsn: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        start = time.monotonic()
        result = invoke(dsn, "metrics", "--port", port)
    assert time.monotonic() - start < 30
    assert_user_error(result, 1, f"cannot listen on 127.0.0.1:{port}: address already in use")
