# gongkai: the two set-up commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The pseudonymisation key is a secret: it comes from the environment, or from a key file
# outside the repository (created once, mode 600, and kept: pseudonyms stay stable month to month).
# `make key` creates the file gongkai looks at by default; it is not exported, so that the tests
# (which bring their own keys) never depend on a file in the user's home.
KEY_FILE ?= $(or $(GONGKAI_PSEUDONYM_KEY_FILE),$(HOME)/.config/gongkai/pseudonym.key)

.PHONY: run test lab bench bench-full system samples notebooks key ckan-up ckan-down ckan-reset ckan-status

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	@touch $@

system:
	@scripts/setup-system.sh || echo "gongkai: continuing without the Debian packages above" >&2

key:
	@$(PY) -m gongkai.keyfile "$(KEY_FILE)"

run: system $(STAMP) key
	$(VENV)/bin/gongkai batch --raw raw --out published

# The tests that publish talk to a real CKAN (PostgreSQL, Redis, DataStore, uploads) that
# scripts/ckan-dev installs and starts on this machine; its logs are shown if it cannot start.
test: system $(STAMP) ckan-up
	$(VENV)/bin/pytest

ckan-up:
	@scripts/ckan-dev up >/dev/null || { tail -n 60 .ckan-dev/logs/setup.log .ckan-dev/logs/ckan.log 2>/dev/null; exit 1; }

ckan-down:
	scripts/ckan-dev down

ckan-reset:
	scripts/ckan-dev reset

ckan-status:
	scripts/ckan-dev status

lab: system $(STAMP) key
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $$([ "$$(id -u)" = 0 ] && echo --allow-root)

bench: $(STAMP)
	$(PY) benchmarks/run.py

bench-full: $(STAMP)
	$(PY) benchmarks/run.py --full

samples: $(STAMP)
	$(PY) scripts/make_samples.py

notebooks: $(STAMP)
	$(PY) scripts/make_notebooks.py
