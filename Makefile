# pivotprep: `make run` to start, `make test` to check everything, `make bench` for the figures,
# `make validate` to check every problem pack's timing on a quiet machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8765

.PHONY: run test bench lint install dev clean validate

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

run: install
	$(BIN)/pivotprep db upgrade
	$(BIN)/pivotprep serve --host $(HOST) --port $(PORT)

test: dev
	$(BIN)/python -m pytest -n 2 --dist loadgroup

bench: dev
	$(BIN)/python bench/run_all.py

# Every pack's reference measured against its meta.yaml class, every slow wrong_*.py caught by
# timing. Kept out of `make test`: a class fit moves with load, and the suite must not.
validate: install
	$(BIN)/pivotprep problems validate

lint: dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

clean:
	rm -rf $(VENV) build dist .pytest_cache
