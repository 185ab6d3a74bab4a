from typing import Any

from durablesql import JobContext, JobRegistry

jobs = JobRegistry()


@jobs.job("send-mail", queue="mail")
async def send_mail(ctx: JobContext, args: dict[str, Any]) -> str:
    return f"mailed {args['to']}"
