# claimtable: two commands do everything — `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NBVAL_SANITIZE := tests/nbval_sanitize.cfg

.PHONY: help setup lab notebooks report test lint unit nbval bench bench-report bench-dask bench-compare bench-summaries bench-real clean

help:
	@echo "make setup      create .venv with the pinned dependencies (every other target does it first)"
	@echo "make report     set up, run every notebook, write build/report/index.html"
	@echo "make test       set up, then ruff, unit tests, nbval and papermill checks"
	@echo "make lint       ruff over src, tests, benchmarks and notebooks"
	@echo "make unit       the unit tests and doctests (pytest, a worker per core)"
	@echo "make nbval      re-run the stored notebooks and compare their outputs (nbval)"
	@echo "make clean      remove build/ and the test caches"
	@echo "make lab        open the workbook in JupyterLab with the project's kernel (LAB_OPTS=... for more options)"
	@echo "make notebooks  refresh the stored outputs of notebooks/*.ipynb"
	@echo "make bench      run the extraction benchmark (not part of make test)"
	@echo "make bench-report  time the whole report at 50, 1,000 and 5,000 generated articles"
	@echo "make bench-dask run the Dask benchmark: 20,000 archived articles, 1 and 2 workers"
	@echo "make bench-compare  time the comparison stage on both engines (20,000 and 100,000 articles)"
	@echo "make bench-summaries  notebooks 01, 02, 04, 05 on both engines: time and peak memory (20,000 and 100,000"
	@echo "                 articles; long: choose with ARGS='--notebooks 04 05 --engines duckdb')"
	@echo "make bench-real SET=heldout14 TEXTS=DIR  score a set of real reporting (benchmarks/real_sets) on its re-fetched texts"

# pip's "WARNING: Location 'file:///…' is ignored: it is neither a file nor a directory" (one a
# package, from a pip configuration outside the project naming folders that do not exist) is left
# out of what pip prints; every other line and pip's exit status are kept
PIP_QUIET := grep -v "is ignored: it is neither a file nor a directory" $(VENV)/pip.log
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip >$(VENV)/pip.log 2>&1; s=$$?; $(PIP_QUIET); exit $$s
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,bench]" >$(VENV)/pip.log 2>&1; s=$$?; $(PIP_QUIET); exit $$s
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (claimtable)" >/dev/null
	touch $(STAMP)

setup: $(STAMP)

lab: $(STAMP)
	$(BIN)/python -m claimtable.notebooks lab $(LAB_OPTS)

notebooks: $(STAMP)
	$(BIN)/python -m claimtable.notebooks refresh

report: $(STAMP)
	$(BIN)/python -m claimtable.report

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks notebooks

# -n auto: one pytest worker a core (pytest-xdist); --durations: the slowest tests in every CI log,
# so that the 10-minute budget of make test is watched where it is spent
unit: $(STAMP)
	$(BIN)/python -m pytest tests src/claimtable --doctest-modules -n auto --durations=15

nbval: $(STAMP)
	$(BIN)/python -m pytest --nbval notebooks --nbval-current-env --nbval-sanitize-with $(NBVAL_SANITIZE) -p no:randomly

test: lint unit nbval

# Each timed run imports the package: its bytecode is compiled first, so that no run pays for
# compiling it (a shell with PYTHONDONTWRITEBYTECODE set would otherwise recompile stale modules
# on every import: about 0.2 s and 11 MiB a process, measured in the thirty-seventh round).
COMPILED = $(BIN)/python -m compileall -q src benchmarks >/dev/null

bench: $(STAMP)
	$(COMPILED)
	$(BIN)/python benchmarks/bench_extract.py

bench-report: $(STAMP)
	$(COMPILED)
	$(BIN)/python benchmarks/bench_report.py
bench-dask: $(STAMP)
	$(COMPILED)
	$(BIN)/python benchmarks/bench_dask.py
bench-compare: $(STAMP)
	$(COMPILED)
	$(BIN)/python benchmarks/bench_compare.py
bench-summaries: $(STAMP)
	$(COMPILED)
	$(BIN)/python benchmarks/bench_summaries.py $(ARGS)
bench-real: $(STAMP)
	$(BIN)/python benchmarks/bench_real.py score $(TEXTS) --set $(SET)

clean:
	rm -rf build .pytest_cache .ruff_cache
