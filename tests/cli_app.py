"""An app for the CLI tests: `durablesql worker tests.cli_app:app`."""

from __future__ import annotations

from typing import Any

from durablesql import App, JobContext

app = App()


@app.job("greet", queue="greetings")
async def greet(ctx: JobContext, args: dict[str, Any]) -> str:
    return f"hello {args.get('name', 'world')}"


@app.job("add")
def add(ctx: JobContext, args: dict[str, Any]) -> int:
    return int(args["a"]) + int(args["b"])
