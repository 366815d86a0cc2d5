PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/accord: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/accord
	$(BIN)/accord analyze scenarios/gaza-ceasefire-2024-05.yaml

test: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

bench: $(VENV)/.dev
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
