# make run   - create .venv if missing, install the service, serve it on 127.0.0.1:8000
# make test  - create .venv if missing, install with test extras, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test bench evaluate openapi clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps: reinstall only when the packaging metadata changes (editable install, so code
# changes need no reinstall).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/gunicorn -c gunicorn.conf.py "service:create_app()"

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench.py

evaluate: $(VENV)/.installed
	$(BIN)/python -m service.evaluate --corpora --events

# Regenerate openapi.yaml after changing the schemas or path descriptions.
openapi: $(VENV)/.installed
	$(BIN)/python -m service.openapi --write

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
