# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8000
# `make run RUNSERVER_ARGS=--noreload`: no file watcher (CI's smoke test, a demo).
RUNSERVER_ARGS ?=
# Test processes (pytest-xdist); each keeps its own test database between runs.
JOBS ?= 2

.PHONY: run test install migrate demo messages e2e lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/pip || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP) messages

# Translations compile as part of the install (pure Python, no gettext needed).
messages: $(STAMP)
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(BIN)/python manage.py compile_translations

migrate: install
	$(BIN)/python manage.py migrate --noinput

# Links in e-mails, QR codes and credentials point at the server that `make run` starts.
demo run: export SITE_URL ?= http://127.0.0.1:$(PORT)

demo: migrate
	$(BIN)/python manage.py load_demo

run: demo
	$(BIN)/python manage.py runserver $(RUNSERVER_ARGS) 127.0.0.1:$(PORT)

# The apps are layers (README "Architecture"): lint-imports fails an upward import.
# The certificate layout tests render PDFs to images with poppler's pdftoppm.
test: install
	$(BIN)/lint-imports --no-cache
	command -v pdftoppm >/dev/null || apt-get install -y poppler-utils >/dev/null
	$(BIN)/python -m pytest -q -n $(JOBS) --dist worksteal -p no:randomly $(PYTEST_ARGS)

# Browser tests: Debian's Chromium (never a downloaded browser) and axe-core from npm.
e2e: install node_modules/axe-core
	test -x /usr/bin/chromium || (apt-get install -y chromium >/dev/null)
	$(BIN)/python -m pytest -q -n $(JOBS) -m e2e tests/e2e $(PYTEST_ARGS)

node_modules/axe-core:
	npm install --no-save --no-audit --no-fund axe-core@4 >/dev/null

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

clean:
	rm -rf $(VENV) var/test.sqlite3
