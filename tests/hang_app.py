"""A sync handler that never returns, for the process-exit test."""

from __future__ import annotations

import time
from typing import Any

from durablesql import App, JobContext

app = App()


@app.job("hang", timeout=None)
def hang(ctx: JobContext, args: dict[str, Any]) -> None:
    time.sleep(3600)  # ignores ctx.cancelled on purpose
