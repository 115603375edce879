# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test setup translations system-deps system-deps-test lint format bench screenshots package clean

run: setup system-deps
	$(PY) -m desktop $(ARGS)

test: setup system-deps-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

setup: $(STAMP) translations

# The interface's translations, compiled from their .ts sources (never committed).
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

system-deps:
	@sh scripts/system-deps.sh run

system-deps-test:
	@sh scripts/system-deps.sh test

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: setup system-deps-test
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: setup system-deps-test
	QT_QPA_PLATFORM=offscreen IPO_WATCH_LANG=$(LANG) $(PY) -m desktop.tools.screenshots $(or $(OUT),shots)

package: setup system-deps-test
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache $(QM)
