# One-line targets; the logic lives in scripts/. Run `make setup` first.
PY ?= .venv/bin/python
SRC := $(wildcard kalshi_ext scripts tests benchmarks examples)
SPEC_DIR ?=

.PHONY: demo setup regen regen-check lint format types test contract check bench wheel clean

setup:  ## create .venv and install kalshi-ext (editable) with the pinned dev tools
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'

demo: setup  ## the main job: a real bot (examples/market_maker.py) trades on the offline simulator
	$(PY) -m kalshi_ext sim demo

regen:  ## regenerate generated/ from the specs (SPEC_DIR=... or $$KALSHI_SPEC_DIR or ../shared/specs)
	$(PY) scripts/regenerate.py $(if $(SPEC_DIR),--spec-dir $(SPEC_DIR))

regen-check:  ## fail if generated/ differs from a fresh generation (the CI spec-drift check)
	$(PY) scripts/regenerate.py --check $(if $(SPEC_DIR),--spec-dir $(SPEC_DIR))

lint:  ## ruff lint and format check of the hand-written code
	$(PY) -m ruff check $(SRC)
	$(PY) -m ruff format --check $(SRC)

format:  ## apply ruff formatting and safe fixes to the hand-written code
	$(PY) -m ruff check --fix $(SRC)
	$(PY) -m ruff format $(SRC)

types:  ## mypy --strict on kalshi_ext, scripts and the generated packages
	$(PY) -m mypy

test:  ## the test suite (warnings are errors)
	$(PY) -m pytest

contract:  ## the facade against Prism mock servers of the three REST specs (installs the pinned Prism)
	$(PY) scripts/contract.py $(if $(SPEC_DIR),--spec-dir $(SPEC_DIR))

check: regen-check lint types test contract  ## everything CI runs

bench:  ## benchmarks against raw baselines (figures, not pass/fail)
	for b in benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

wheel:  ## build the wheel into dist/
	$(PY) -m build --wheel --no-isolation --outdir dist .

clean:
	rm -rf dist build .pytest_cache .mypy_cache .ruff_cache
