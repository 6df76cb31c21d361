# The two commands a newcomer needs:  make serve  and  make test.
# Each installs what it needs itself (virtualenv, npm packages, Debian's chromium for browser tests).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-unit chromium bench bench-browser vendor clean nieuwe-regio profiel-check

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

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
                 hypothesis==6.155.7 sortedcontainers==2.4.0
vendor/test-wheels/.installed: Makefile | $(VENV)/.installed
	$(PY) -m pip download -q --only-binary=:all: --no-deps --platform any --python-version 3.14 \
	  -d vendor/test-wheels $(VENDOR_WIELEN)
	touch $@
vendor: vendor/test-wheels/.installed

build: $(VENV)/.installed node_modules/.installed
	SITE_URL=http://127.0.0.1:$(PORT)/ $(VENV)/bin/mkdocs build --strict

serve: build
	@echo "Verzuimwijzer draait op http://127.0.0.1:$(PORT)/  (Ctrl-C stopt)"
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory site

test: $(VENV)/.installed node_modules/.installed vendor/test-wheels/.installed chromium
	$(PY) -m pytest

test-unit: $(VENV)/.installed
	$(PY) -m pytest tests/unit

bench: $(VENV)/.installed
	$(PY) scripts/bench_calculators.py

bench-browser: $(VENV)/.installed node_modules/.installed chromium
	$(PY) scripts/bench_browser.py

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
