from typing import Any

from durablesql import JobContext, JobRegistry

registry = JobRegistry()


@registry.job("charge", queue="billing", max_attempts=7)
def charge(ctx: JobContext, args: dict[str, Any]) -> int:
    return int(args["cents"])
