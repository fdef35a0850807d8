# Two commands on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= config.settings.dev

.PHONY: run test install install-dev lint format check clean lock lock-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(VENV)/.installed: requirements.txt $(BIN)/python
	@if command -v dpkg-query >/dev/null; then .ci/system-packages || echo "(PDF exports fail until then)"; \
	else echo "Not Debian: install Pango, HarfBuzz and Noto fonts for weasyprint (PDF exports)"; fi
	$(BIN)/pip install --disable-pip-version-check -q --require-hashes -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --disable-pip-version-check -q --require-hashes -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# axe-core for the accessibility tests (npm); without npm they skip (fail under CI=true).
AXE := tests/a11y/node_modules/axe-core/axe.min.js
$(AXE): tests/a11y/package-lock.json
	if command -v npm >/dev/null; then npm ci --prefix tests/a11y --no-audit --no-fund --silent && touch $@; fi

## run: the whole platform on the embedded default (SQLite, filesystem broker).
run: install
	mkdir -p var
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py seed
	$(BIN)/python manage.py runplatform --port $(PORT)

## test: ruff, Django checks, migration check and the whole pytest suite.
test: install-dev $(AXE)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## lock: regenerate requirements.txt and requirements-dev.txt (every package, with hashes)
## from requirements.in and requirements-dev.in, keeping every version that still fits;
## `make lock UPGRADE=--upgrade` (or UPGRADE="--upgrade-package wagtail") moves versions.
LOCK_FLAGS := --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
lock: install-dev
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile $(LOCK_FLAGS) $(UPGRADE) --output-file requirements.txt requirements.in
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile $(LOCK_FLAGS) $(UPGRADE) --output-file requirements-dev.txt requirements-dev.in

## lock-check: the virtualenv holds exactly the locked set (pip freeze against the lock: empty diff).
lock-check: install-dev
	.ci/lock-diff $(BIN)/python requirements-dev.txt

clean:
	rm -rf var/broker var/test-media var/test-private .pytest_cache
