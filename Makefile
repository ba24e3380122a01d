# pivotprep: `make run` to start, `make test` to check everything, `make bench` for the figures,
# `make validate` to check every problem pack's timing on a quiet machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8765

# Versions. pyproject.toml declares the supported ranges (each bounded below the next major);
# constraints.txt pins the exact set the whole suite last passed with, and every install here
# and in .ci/run uses it. Ranges alone would let a fresh clone pick up a release nobody has
# run yet (DuckDB 2.0 changed how zoned timestamps come back, within `duckdb>=1.1`); pins
# alone would say nothing to `pip install pivotprep`. Hence both. `make constraints` re-pins
# (then `make clean test`), `make test-lowest` runs the suite on every lower bound, and
# `make run CONSTRAINTS=` installs from the ranges alone (e.g. a Python without wheels for
# a pinned version).
CONSTRAINTS ?= constraints.txt
PIP      := $(BIN)/python -m pip install --quiet $(if $(CONSTRAINTS),-c $(CONSTRAINTS))
SCRATCH  := build
TORCH    := torch==2.13.0
PYVERSION = $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])')

.PHONY: run test bench lint install dev clean validate constraints test-lowest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(PIP) -e .
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(PIP) -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

run: install
	$(BIN)/pivotprep db upgrade
	$(BIN)/pivotprep judge prepare
	$(BIN)/pivotprep serve --host $(HOST) --port $(PORT)

test: dev
	$(BIN)/python -m pytest -n 2 --dist loadgroup

bench: dev
	$(BIN)/python bench/run_all.py

# Every pack's reference measured against its meta.yaml class, every slow wrong_*.py caught by
# timing. Kept out of `make test`: a class fit moves with load, and the suite must not.
validate: install
	$(BIN)/pivotprep problems validate

# ruff (lint, McCabe <= 15, format) and mypy twice: the project config on all of src/, and
# --strict on all of it but the judge's harness (a stdlib-only script run inside the
# sandbox, deliberately untyped) and the problem packs (checked by `problems validate`).
lint: dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src/pivotprep
	$(BIN)/mypy --strict --exclude 'src/pivotprep/practice/judge/harness\.py' \
	  --exclude 'src/pivotprep/practice/judge/wasm_guest\.py' \
	  --exclude 'src/pivotprep/content/problems/' src/pivotprep

# Re-pin constraints.txt: resolve the ranges afresh (dev and semantic extras, on the CPU
# torch .ci/run installs) in a throwaway venv and freeze it. Local version labels are dropped
# (torch 2.13.0+cpu pins as 2.13.0, which any 2.13.0 build satisfies).
constraints:
	rm -rf $(SCRATCH)/constraints-venv
	$(PYTHON) -m venv $(SCRATCH)/constraints-venv
	$(SCRATCH)/constraints-venv/bin/python -m pip install --quiet --upgrade pip
	$(SCRATCH)/constraints-venv/bin/python -m pip install --quiet $(TORCH)
	$(SCRATCH)/constraints-venv/bin/python -m pip install --quiet -e '.[dev,semantic,voice]'
	{ echo "# Exact versions for make run, make test and .ci/run (pip -c): the set the whole suite"; \
	  echo "# last passed with. Written by make constraints on Python $(PYVERSION); do not edit."; \
	  $(SCRATCH)/constraints-venv/bin/python -m pip freeze --all --exclude-editable \
	    | sed -e 's/+[^=]*$$//' | grep -v '^pivotprep'; } > constraints.new && mv constraints.new constraints.txt
	rm -rf $(SCRATCH)/constraints-venv
	@echo "constraints.txt re-pinned: run make clean test (and .ci/run) before committing it"

# The other end of the ranges: every dependency at its lower bound, then the suite.
test-lowest:
	rm -rf $(SCRATCH)/lowest-venv
	$(PYTHON) -m venv $(SCRATCH)/lowest-venv
	$(SCRATCH)/lowest-venv/bin/python -m pip install --quiet --upgrade pip
	$(PYTHON) tools/lower_bounds.py dev > $(SCRATCH)/lowest.txt
	$(SCRATCH)/lowest-venv/bin/python -m pip install --quiet -c $(SCRATCH)/lowest.txt -e '.[dev]'
	$(SCRATCH)/lowest-venv/bin/python -m pytest -n 2 --dist loadgroup
	$(SCRATCH)/lowest-venv/bin/ruff check src tests bench
	$(SCRATCH)/lowest-venv/bin/ruff format --check src tests bench

clean:
	rm -rf $(VENV) build dist .pytest_cache
