"""durablesql: a durable background-job engine whose logic lives in the database."""

from durablesql.app import App, JobRegistry, JobSpec
from durablesql.context import JobContext, RunCancelled
from durablesql.driver import Run
from durablesql.errors import DurableError
from durablesql.retry import Backoff, Fixed
from durablesql.worker import Worker

__version__ = "0.1.0"

__all__ = [
    "App",
    "Backoff",
    "DurableError",
    "Fixed",
    "JobContext",
    "JobRegistry",
    "JobSpec",
    "Run",
    "RunCancelled",
    "Worker",
    "__version__",
]
