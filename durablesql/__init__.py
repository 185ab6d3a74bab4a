"""durablesql: a durable background-job engine whose logic lives in PostgreSQL."""

__version__ = "0.1.0"
