# Every install step lives here: CI runs `make test` on a fresh machine.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/newsdesk build-data
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/newsdesk analyze src/newsdesk/samples/kabul_talks.txt --published 2014-02-04

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/newsdesk bench ../shared/benchmarks/corpora/lee_background.txt

clean:
	rm -rf $(VENV) build src/*.egg-info
