"""A tiny strict reader of Prometheus text exposition format (version 0.0.4), enough for
durable.metrics_text() and a worker's /metrics: HELP and TYPE before each metric's
samples (a histogram's as NAME_bucket, NAME_sum, NAME_count), label values with the
format's escapes, every line ending in a newline.  Anything else is an AssertionError."""

from __future__ import annotations

import math
import re

Labels = tuple[tuple[str, str], ...]
Samples = dict[str, dict[Labels, float]]

NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
HELP = re.compile(rf"# HELP ({NAME}) (.*)")
TYPE = re.compile(rf"# TYPE ({NAME}) (counter|gauge|histogram|summary|untyped)")
SAMPLE = re.compile(rf"({NAME})(?:\{{(.*)\}})? (\S+)")
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)')
UNESCAPE = {"\\\\": "\\", '\\"': '"', "\\n": "\n"}


def labels_of(text: str) -> Labels:
    found: list[tuple[str, str]] = []
    at = 0
    while at < len(text):
        match = LABEL.match(text, at)
        assert match, f"bad labels at {text[at:]!r}"
        value = re.sub(r"\\[\\\"n]", lambda m: UNESCAPE[m.group()], match.group(2))
        found.append((match.group(1), value))
        at = match.end()
        assert match.group(3) == "," or at == len(text), text
    names = [name for name, _ in found]
    assert len(set(names)) == len(names), f"a label twice: {text!r}"
    return tuple(sorted(found))


def parse(text: str) -> tuple[Samples, dict[str, str]]:
    """(samples by metric and labels, TYPE by metric)."""
    assert text.endswith("\n"), "the last line must end in a newline"
    samples: Samples = {}
    types: dict[str, str] = {}
    helped: set[str] = set()
    for line in text[:-1].split("\n"):
        if match := HELP.fullmatch(line):
            assert match.group(1) not in helped and match.group(1) not in samples, line
            helped.add(match.group(1))
        elif match := TYPE.fullmatch(line):
            assert match.group(1) in helped and match.group(1) not in types, line
            types[match.group(1)] = match.group(2)
            samples[match.group(1)] = {}
        else:
            match = SAMPLE.fullmatch(line)
            assert match, f"not a sample: {line!r}"
            name, labels = match.group(1), labels_of(match.group(2) or "")
            if name not in types:  # a histogram's _bucket, _sum and _count
                family = re.sub(r"_(bucket|sum|count)$", "", name)
                assert types.get(family) == "histogram", f"a sample before its TYPE: {line!r}"
                samples.setdefault(name, {})
            assert labels not in samples[name], f"a sample twice: {line!r}"
            value = float(match.group(3))
            assert math.isfinite(value), line
            samples[name][labels] = value
    return samples, types


def value(samples: Samples, name: str, **labels: str) -> float | None:
    return samples[name].get(tuple(sorted(labels.items())))
