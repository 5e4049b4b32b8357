# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := sources/hegseth-nato-ukraine.txt

.PHONY: demo test lint bench install dev clean help

help:
	@echo "make demo   draft every channel for the sample article into outbox/"
	@echo "make test   install with the dev extra and run the whole test suite"
	@echo "make bench  run the benchmarks and rewrite docs/benchmarks.md"
	@echo "make lint   ruff check and format check"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/composer draft $(SAMPLE) --url https://example.com/news/hegseth-nato-ukraine --overwrite
	@latest=$$(ls -td outbox/2*/ | head -1); echo; cat "$${latest}x.md"; echo; \
	 echo "Every draft is in $$latest (X, Bluesky, Mastodon, Threads, LinkedIn, newsletter.html/.txt/.eml)."; \
	 echo "See them with:"; \
	 echo "  $(BIN)/composer outbox show $$latest"; \
	 echo "  $(BIN)/composer preview $$latest     (the email at 600/375 px and the threads, in a browser)"; \
	 echo "  $(BIN)/composer post $$latest --dry-run"

test: dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: dev
	$(BIN)/ruff check composer tests bench
	$(BIN)/ruff format --check composer tests bench

bench: dev
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build dist .pytest_cache
