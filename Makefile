# durablesql — the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEV    := $(VENV)/.installed-dev
EMB    := $(VENV)/.installed-embedded

.PHONY: install test lint demo bench bench-sql bench-worker bench-claim bench-schedules bench-scale \
        bench-quick bench-mysql bench-sqlite chaos soak clean bench-venv bench-compare \
        bench-observers e2e bench-dashboard bench-args-index

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(DEV): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(EMB): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[embedded]'
	touch $@

install: $(DEV)

## Runs the whole suite on the server at $$DURABLESQL_TEST_DSN (default 127.0.0.1:5432),
## or on a throw-away embedded PostgreSQL when none answers; the MariaDB/MySQL tests on
## $$DURABLESQL_TEST_MYSQL_DSN (default mysql://root@127.0.0.1:3306/test), skipped when none answers.
test: $(DEV)
	$(BIN)/python -m pytest --postgresql-drop-test-database $(PYTEST_ARGS)

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## The main job on the embedded database (or $$DURABLESQL_DSN when set).
demo: $(EMB)
	$(BIN)/python examples/demo.py

## The figures in the README come from these (a few minutes each).
bench: bench-sql bench-worker bench-claim bench-schedules bench-scale bench-observers

bench-sql: $(DEV)
	$(BIN)/python benchmarks/bench_sql.py --rounds 7 $(BENCH_ARGS)

bench-worker: $(DEV)
	$(BIN)/python benchmarks/bench_worker.py --rounds 5 --concurrency 500 --max-batch 500 $(BENCH_ARGS)
	$(BIN)/python benchmarks/bench_worker.py --only latency --rounds 4 $(BENCH_ARGS)

## Observers, the worker's metrics and tracing against none (worker CPU per run, too).
bench-observers: $(DEV)
	$(BIN)/python benchmarks/bench_observers.py --rounds 5 --runs 30000 $(BENCH_ARGS)

bench-claim: $(DEV)
	$(BIN)/python benchmarks/bench_claim.py --rounds 5 $(BENCH_ARGS)

bench-schedules: $(DEV)
	$(BIN)/python benchmarks/bench_schedules.py --rounds 3 $(BENCH_ARGS)

## Scale curves: 10k/100k/1M pending, 10M rows of history, a month's prune, the hot table after 1M jobs.
bench-scale: $(DEV)
	$(BIN)/python benchmarks/bench_scale.py --rounds 3 $(BENCH_ARGS)

## MariaDB/MySQL ($$DURABLESQL_BENCH_MYSQL_DSN, else $$DURABLESQL_TEST_MYSQL_DSN, else
## 127.0.0.1:3306): claim(100)+complete against a raw SKIP LOCKED loop, and the worker end to end.
bench-mysql: $(DEV)
	$(BIN)/python benchmarks/bench_mysql.py --rounds 5 --worker $(BENCH_ARGS)

## SQLite (a new file in a temporary folder): claim(100)+complete against a raw
## UPDATE … RETURNING + DELETE loop on the same file, and the worker end to end.
bench-sqlite: $(DEV)
	$(BIN)/python benchmarks/bench_sqlite.py --rounds 5 $(BENCH_ARGS)

## Chaos, long: 50,000 runs under kill -9, pg_terminate_backend, SIGSTOP past the lease, a
## poison job and one PostgreSQL restart, on a private pgserver server (CHAOS_ARGS: --jobs N,
## --seed S, ...).  A quick version (2,000 runs) is part of `make test`.
chaos: $(DEV)
	$(BIN)/python -m tests.chaos --jobs 50000 $(CHAOS_ARGS)

## Soak: 1,000,000 no-op runs through two workers on a private pgserver server, sampling worker
## RSS and the size of durable.runs (SOAK_ARGS: --jobs N, --autovacuum-naptime 10s, ...).
soak: $(DEV)
	$(BIN)/python benchmarks/soak.py --private $(SOAK_ARGS)

## The dashboard's pages over 1,000,000 runs of history and 100,000 live runs (a minute).
bench-dashboard: $(DEV)
	$(BIN)/python benchmarks/bench_dashboard.py --rounds 7 $(BENCH_ARGS)

## What the opt-in GIN index on durable.run_history (args) costs the runs that finish
## (two databases, alternating; BENCH_ARGS=--meta indexes meta too).
bench-args-index: $(DEV)
	$(BIN)/python benchmarks/bench_args_index.py --rounds 16 $(BENCH_ARGS)

## Small sizes, seconds: CI runs this so the scripts never rot.
bench-quick: $(DEV)
	$(BIN)/python benchmarks/bench_sql.py --quick --rounds 1
	$(BIN)/python benchmarks/bench_worker.py --quick --rounds 1
	$(BIN)/python benchmarks/bench_claim.py --quick --rounds 1
	$(BIN)/python benchmarks/bench_schedules.py --quick --rounds 1
	$(BIN)/python benchmarks/bench_scale.py --quick --rounds 1
	$(BIN)/python benchmarks/soak.py --quick --private
	$(BIN)/python benchmarks/bench_mysql.py --quick
	$(BIN)/python benchmarks/bench_sqlite.py --quick
	$(BIN)/python benchmarks/bench_observers.py --quick --rounds 1
	$(BIN)/python benchmarks/bench_dashboard.py --quick --rounds 1
	$(BIN)/python benchmarks/bench_args_index.py --quick --rounds 2

## The dashboard in a real headless Chromium: Debian's chromium (installed with apt-get when
## missing) driven by Python Playwright pinned to the release built for that Chromium
## (bookworm's chromium 156 <-> Playwright 1.64, Chromium 156.0.8078.4; Playwright never
## downloads a browser here).  Writes the README's screenshots to docs/dashboard/.
PLAYWRIGHT ?= playwright==1.64.1
e2e: $(DEV)
	command -v chromium >/dev/null 2>&1 || (apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	chromium --version 2>/dev/null | grep -q ' 156\.' || \
	  echo "e2e: $$(chromium --version 2>/dev/null) is not the Chromium $(PLAYWRIGHT) was built for; trying anyway"
	$(BIN)/python -m pip install --quiet '$(PLAYWRIGHT)'
	DURABLESQL_SCREENSHOTS=docs/dashboard $(BIN)/python -m pytest -m e2e tests/test_dashboard_e2e.py $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info

## durablesql side by side with PgQueuer and Procrastinate (latest releases from PyPI),
## installed only in benchmarks/.venv. BENCH_ARGS=--quick for tiny sizes (seconds).
BENCH_VENV := benchmarks/.venv

bench-venv:
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade -r benchmarks/peers/requirements.txt -e .

bench-compare: bench-venv
	$(BENCH_VENV)/bin/python benchmarks/bench_compare.py $(BENCH_ARGS)
