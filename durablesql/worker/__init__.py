"""The worker, split by concern around one ``WorkerState`` (see ``worker.py``)."""

from durablesql.worker.state import WorkerStats
from durablesql.worker.worker import Worker, default_worker_name

__all__ = ["Worker", "WorkerStats", "default_worker_name"]
