# Two entry points, each doing all set-up on a fresh machine:
#   make run    install warta and extract events from data/raw/ into data/processed/
#   make test   install warta with its test extras and run the whole test suite (what .ci/run calls)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test install install-dev lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev,dask,tables]"

run: install
	$(BIN)/warta extract data/raw -o data/processed

lint: install-dev
	$(BIN)/ruff check .

test: install-dev lint
	$(BIN)/pytest -q
