# The two commands a newcomer needs:  make serve  and  make test.
# Each installs what it needs itself (virtualenv, npm packages, Debian's chromium for browser tests).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000
# Which generator renders the pages: mkdocs (default) or properdocs (same mkdocs.yml, theme and macros).
GENERATOR ?= mkdocs

.PHONY: serve build build-properdocs lock zensical-proef test test-unit chromium bench bench-browser bench-snapshot bench-overzicht \
        bench-overzicht-browser vendor clean nieuwe-regio profiel-check

# Build and test tools from the hash-locked list (every transitive dependency pinned with its hashes), then the
# project itself without resolving anything. After changing pyproject.toml's dependencies: make lock.
$(VENV)/.installed: pyproject.toml requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes -r requirements-dev.txt
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $@

lock: $(VENV)/.installed
	$(VENV)/bin/pip-compile -q --generate-hashes --allow-unsafe --strip-extras --extra dev \
	  --no-emit-index-url --no-emit-find-links -o requirements-dev.txt pyproject.toml

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium for the browser tests (Playwright's own browser download does not work here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "chromium ontbreekt: installeren met apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

# Pure-Python wheels to run tests/unit inside Pyodide under Node (tools/pytest-in-pyodide.mjs).
# hypothesis 6.170 ships only platform wheels; 6.155.7 is the newest pure one, which Pyodide can load.
VENDOR_WIELEN := pytest==9.2.0 pluggy==1.7.0 iniconfig==2.3.1 packaging==26.3 pygments==2.21.0 \
                 hypothesis==6.155.7 sortedcontainers==2.4.0 openpyxl==3.1.5 et-xmlfile==2.0.0
vendor/test-wheels/.installed: Makefile | $(VENV)/.installed
	$(PY) -m pip download -q --only-binary=:all: --no-deps --platform any --python-version 3.14 \
	  -d vendor/test-wheels $(VENDOR_WIELEN)
	touch $@

# openpyxl for XLSX exports in the browser (docs/hulpmiddelen/verzuimoverzicht.md): pure wheels that the
# build copies into the site (bouw/xlsx.py); the worker loads them only for an XLSX file.
XLSX_WIELEN := openpyxl==3.1.5 et_xmlfile==2.0.0
vendor/xlsx-wheels/.installed: Makefile | $(VENV)/.installed
	rm -f vendor/xlsx-wheels/*.whl
	$(PY) -m pip download -q --only-binary=:all: --no-deps --platform any --python-version 3.14 \
	  -d vendor/xlsx-wheels $(XLSX_WIELEN)
	touch $@
vendor: vendor/test-wheels/.installed vendor/xlsx-wheels/.installed

# The whole build (bouw/): stack check, steps before, the generator (theme and macros), steps over site/.
build: $(VENV)/.installed node_modules/.installed vendor/xlsx-wheels/.installed
	SITE_URL=http://127.0.0.1:$(PORT)/ $(PY) -m bouw --generator $(GENERATOR)

build-properdocs:
	$(MAKE) build GENERATOR=properdocs

# What a Zensical build still lacks (docs/over/onderhoud.md), tried in a venv of its own; never part of CI.
zensical-proef: $(VENV)/.installed
	$(PY) scripts/zensical_proef.py

serve: build
	@echo "Verzuimwijzer draait op http://127.0.0.1:$(PORT)/  (Ctrl-C stopt)"
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory site

test: $(VENV)/.installed node_modules/.installed vendor/test-wheels/.installed vendor/xlsx-wheels/.installed chromium
	$(PY) -m pytest

test-unit: $(VENV)/.installed
	$(PY) -m pytest tests/unit

bench: $(VENV)/.installed
	$(PY) scripts/bench_calculators.py

# verzuimoverzicht: 200,000 rows through the CLI path, and cost per row at 25k-200k rows (linear?).
bench-overzicht: $(VENV)/.installed
	$(PY) scripts/bench_overzicht.py

bench-browser: $(VENV)/.installed node_modules/.installed vendor/xlsx-wheels/.installed chromium
	$(PY) scripts/bench_browser.py

# A Pyodide memory snapshot against the compiled artifacts, under Node (tried for issue 11, not shipped).
bench-snapshot: build
	node scripts/bench_snapshot.mjs

bench-overzicht-browser: $(VENV)/.installed node_modules/.installed vendor/xlsx-wheels/.installed chromium
	$(PY) scripts/bench_overzicht_browser.py

# A region's own routeboek (README, "Een eigen regio maken"):
#   make nieuwe-regio ID=west-friesland NAAM="West-Friesland" VAKANTIEREGIO=noord
#   make profiel-check ID=west-friesland
#   VERZUIMWIJZER_REGIO=west-friesland make serve
nieuwe-regio: $(VENV)/.installed
	@test -n "$(ID)" -a -n "$(NAAM)" -a -n "$(VAKANTIEREGIO)" || { \
	  echo 'Gebruik: make nieuwe-regio ID=<id> NAAM="<naam>" VAKANTIEREGIO=noord|midden|zuid'; exit 2; }
	$(PY) -m calculators nieuwe-regio "$(ID)" --naam "$(NAAM)" --vakantieregio "$(VAKANTIEREGIO)"

profiel-check: $(VENV)/.installed
	$(PY) -m calculators profiel-check $(ID)

clean:
	rm -rf site .pytest_cache .hypothesis
