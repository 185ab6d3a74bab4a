"""docs/prometheus-alerts.yml and docs/grafana-dashboard.json use only metrics the
engine exports: the database's (durable.metrics_text(), read from a real database)
and a worker's (WorkerMetrics)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from durablesql.driver import Driver
from durablesql.worker.metrics import WorkerMetrics
from tests.prom import parse

DOCS = Path(__file__).resolve().parent.parent / "docs"
METRIC = re.compile(r"\bdurablesql_[a-z_]+")


async def exported(driver: Driver) -> set[str]:
    await driver.set_queue("q", None, None, None)
    _, database = parse(await driver.metrics_text())
    worker = {name for name, _, _, _ in WorkerMetrics(1, int, int, int).families()}
    return set(database) | worker


def used(expr: str) -> set[str]:
    return {re.sub(r"_(bucket|sum|count)$", "", m) for m in METRIC.findall(expr)}


async def test_the_alert_rules_use_exported_metrics(driver: Driver) -> None:
    rules = yaml.safe_load((DOCS / "prometheus-alerts.yml").read_text())
    [group] = rules["groups"]
    names = await exported(driver)
    assert len(group["rules"]) >= 5
    for rule in group["rules"]:
        assert set(rule) == {"alert", "expr", "for", "labels", "annotations"}, rule
        assert rule["annotations"]["summary"]
        assert used(rule["expr"]) and used(rule["expr"]) <= names, rule["alert"]


async def test_the_dashboard_uses_exported_metrics(driver: Driver) -> None:
    dashboard = json.loads((DOCS / "grafana-dashboard.json").read_text())
    names = await exported(driver)
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    assert len(exprs) >= 10
    for expr in exprs:
        assert used(expr) and used(expr) <= names, expr
    # Every metric the engine exports has a panel or an alert.
    alerts = (DOCS / "prometheus-alerts.yml").read_text()
    shown = set().union(*(used(e) for e in exprs)) | used(alerts)
    assert names - shown == set(), names - shown
