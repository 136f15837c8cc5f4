# Everything bootstraps its own .venv from nothing (Python 3.11+); constraints.txt pins the exact versions.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench soak package sysdeps clean server screenshots translations

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

$(VENV)/.sysdeps: tools/ensure_system_deps.sh
	@mkdir -p $(VENV)
	@tools/ensure_system_deps.sh
	@touch $@

sysdeps: $(VENV)/.sysdeps

# The app on its embedded default: local SQLite, bundled demo data, a local server on loopback.
run: $(STAMP) $(VENV)/.sysdeps
	@unset QT_QPA_PLATFORM; $(BIN)/blangkon $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check desktop sync tests tools installers
	$(BIN)/mypy desktop sync installers tools
	$(BIN)/lint-imports

# One pytest worker per core (pytest-xdist; a module stays on one worker, as its live server does; each worker has
# its own PostgreSQL database). TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= auto
test: $(STAMP) $(VENV)/.sysdeps lint
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile tests

bench: $(STAMP) $(VENV)/.sysdeps
	$(BIN)/python -m tests.bench $(ARGS)

soak: $(STAMP) $(VENV)/.sysdeps
	$(BIN)/python -m tests.bench soak $(ARGS)

package: $(STAMP) $(VENV)/.sysdeps
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[package]'
	$(BIN)/python installers/build_bundle.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache

# The provincial server alone (SQLite under the user's data folder unless ARGS="--db postgresql+psycopg://...").
server: $(STAMP)
	$(BIN)/blangkon-server serve $(ARGS)

# Screenshots of every screen with demo data (offscreen renders as a real window does), and the English .ts/.qm.
screenshots: $(STAMP)
	$(BIN)/python -m desktop.app.screenshots docs/screenshots
	$(BIN)/python -m tests.ui.workflow.make_screenshots
	$(BIN)/python -m tests.ui.dashboard.make_screenshots

translations: $(STAMP)
	$(BIN)/python -m desktop.app.translations
