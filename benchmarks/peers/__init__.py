"""Adapters that let bench_compare.py drive durablesql, PgQueuer and Procrastinate."""
