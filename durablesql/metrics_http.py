"""GET /metrics on plain asyncio (no dependency), for `durablesql metrics` (the
database's durable.metrics_text()) and the worker's ``--metrics-port`` (its own
metrics, then the database's).  Anything but GET /metrics is 404 (405 for another
method on /metrics); a scrape the source cannot answer is 503 with the error on
one line."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from durablesql.driver import Driver

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
HEAD_LIMIT = 16384
log = logging.getLogger("durablesql.metrics")


class MetricsSource(Protocol):
    async def text(self) -> str: ...

    async def close(self) -> None: ...


class DatabaseMetrics:
    """durable.metrics_text() on one connection, opened on the first scrape and
    again after one fails; scrapes take turns on it."""

    def __init__(self, open_driver: Callable[[], Awaitable[Driver]]) -> None:
        self.open_driver = open_driver
        self.driver: Driver | None = None
        self.lock = asyncio.Lock()

    async def text(self) -> str:
        async with self.lock:
            try:
                if self.driver is None:
                    self.driver = await self.open_driver()
                return await self.driver.metrics_text()
            except BaseException:
                await self.close()
                raise

    async def close(self) -> None:
        found, self.driver = self.driver, None
        if found is not None:
            try:
                await found.close()
            except Exception:
                log.debug("closing the metrics connection failed", exc_info=True)


def response(status: str, body: str, content_type: str = "text/plain; charset=utf-8") -> bytes:
    data = body.encode()
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode("ascii") + data


async def answer(source: MetricsSource, request_line: str) -> bytes:
    parts = request_line.split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        return response("400 Bad Request", "bad request\n")
    method, target = parts[0], parts[1].split("?", 1)[0]
    if target != "/metrics":
        return response("404 Not Found", "only /metrics is here\n")
    if method != "GET":
        return response("405 Method Not Allowed", "GET only\n")
    try:
        text = await source.text()
    except Exception as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        log.warning("metrics scrape failed: %s", message)
        return response("503 Service Unavailable", f"error: {message}\n")
    return response("200 OK", text, CONTENT_TYPE)


async def listen(source: MetricsSource, host: str, port: int) -> asyncio.Server:
    """Bind now (OSError for a busy or bad address); ``serve_forever`` later."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            line = head[:HEAD_LIMIT].split(b"\r\n", 1)[0].decode("latin-1")
            writer.write(await answer(source, line))
            await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
            writer.write(response("400 Bad Request", "bad request\n"))
        except ConnectionError:
            pass
        finally:
            writer.close()

    return await asyncio.start_server(handle, host, port, limit=HEAD_LIMIT)


async def serve(
    source: MetricsSource,
    host: str,
    port: int,
    started: Callable[[str, int], None] | None = None,
    server: asyncio.Server | None = None,
) -> None:
    """Serve until cancelled (on ``server`` when already bound by ``listen``)."""
    try:
        if server is None:
            server = await listen(source, host, port)
        bound = server.sockets[0].getsockname()
        if started is not None:
            started(bound[0], bound[1])
        async with server:
            await server.serve_forever()
    finally:
        await source.close()
