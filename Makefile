# Two commands for a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INGEST_DATE ?= $(shell date -u +%F)

.PHONY: run test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/events-pipeline run --config configs/local.yaml --ingest-date $(INGEST_DATE)
	$(BIN)/events-pipeline inspect out --ingest-date $(INGEST_DATE)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

clean:
	rm -rf out .pytest_cache
