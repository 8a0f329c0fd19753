# Two commands for a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INGEST_DATE ?= $(shell date -u +%F)

JARS := .cache/jars

.PHONY: run test engines clean

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

# The Flink and Spark job server jars of the installed Beam release, from Maven Central, once
# (tests/engines/jars.py). One that Maven cannot fetch leaves a .missing note beside the jars and
# its engine tests skip with that note; `rm -rf $(JARS)` and `make engines` ask again, and
# ENGINES_STRICT=1 makes a missing jar an error.
$(JARS)/.fetched: tests/engines/jars.py | $(VENV)/.installed-dev
	mkdir -p $(JARS)
	$(BIN)/python -m tests.engines.jars $(if $(ENGINES_STRICT),--strict) $(JARS)
	touch $@

engines: $(JARS)/.fetched

# Chromium, for the test that opens the run report in a real browser (tests/browser.py): Debian's
# package, installed only where /usr/bin/chromium is missing (needs root, as in CI's container).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

test: $(VENV)/.installed-dev $(JARS)/.fetched $(CHROMIUM)
	$(BIN)/python -m pytest -q

clean:
	rm -rf out .pytest_cache
