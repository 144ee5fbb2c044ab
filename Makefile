# briefgen: `make brief` installs and builds the sample brief; `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: brief test lint check-install clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

brief: $(VENV)/.installed
	$(BIN)/briefgen build sources --out out

lint: $(VENV)/.installed-test
	$(BIN)/python -m ruff check briefgen tests benchmarks
	$(BIN)/python -m ruff format --check briefgen tests benchmarks
	$(BIN)/python -m mypy
	$(BIN)/lint-imports

# The wheel in a fresh virtualenv and `pipx install .`, run from another folder (about a minute).
check-install: $(VENV)/.installed
	PYTHON=$(BIN)/python scripts/check_install.sh

# pytest exits 5 when it collects no tests; that is not a failure of the code under test.
test: lint
	$(BIN)/python -m pytest; status=$$?; if [ $$status -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$status

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
