"""Browser tests: build the site, serve it on 127.0.0.1, drive Debian's Chromium with Playwright.

The build adds one test page per calculator (VW_PROEFPAGINAS=1, see overrides/hooks/pyodide_bouw.py),
so every calculator is exercised in a real page whatever the content embeds.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
START_MS = 60_000  # Pyodide start-up on a slow CI machine


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bouw(doel: Path, poort: int) -> None:
    env = {**os.environ, "SITE_URL": f"http://127.0.0.1:{poort}/", "VW_PROEFPAGINAS": "1",
           "NO_MKDOCS_2_WARNING": "1"}
    r = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(doel)],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == 0, f"mkdocs build --strict faalde:\n{r.stdout}\n{r.stderr}"


def serveer(map_: Path, poort: int) -> subprocess.Popen:
    proces = subprocess.Popen([sys.executable, "-m", "http.server", str(poort), "--bind", "127.0.0.1",
                               "--directory", str(map_)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{poort}/", timeout=1).close()
            return proces
        except OSError:
            time.sleep(0.05)
    proces.kill()
    raise RuntimeError("http.server startte niet")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """(base_url, site_dir): the built site, served by python -m http.server."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium ontbreekt: draai 'make chromium' (apt-get install chromium).")
    poort = vrije_poort()
    map_ = tmp_path_factory.mktemp("site")
    bouw(map_, poort)
    proces = serveer(map_, poort)
    yield f"http://127.0.0.1:{poort}/", map_
    proces.terminate()
    proces.wait()


@pytest.fixture(scope="session")
def base_url(site):
    return site[0]


@pytest.fixture(scope="session")
def site_dir(site):
    return site[1]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Verzoeken:
    """Every request a context makes; anything not on the test server is aborted and remembered."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.alle: list[str] = []
        self.extern: list[str] = []

    def zie(self, request):
        # Without interception (service-worker test): only remember.
        url = request.url
        self.alle.append(url)
        if not (url.startswith(self.base_url) or url.startswith(("data:", "blob:"))):
            self.extern.append(url)

    def route(self, route):
        url = route.request.url
        self.alle.append(url)
        if url.startswith(self.base_url) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.extern.append(url)
            route.abort()

    def naar(self, deel: str) -> list[str]:
        return [u for u in self.alle if deel in u]


def nieuwe_context(browser, base_url, **opties):
    opties.setdefault("service_workers", "block")
    context = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam", **opties)
    context.set_default_timeout(START_MS)
    verzoeken = Verzoeken(base_url)
    if opties["service_workers"] == "block":
        context.route("**/*", verzoeken.route)
    else:  # Playwright's interception would keep the service worker from answering
        context.on("request", verzoeken.zie)
    context.verzoeken = verzoeken
    return context


@pytest.fixture
def context(browser, base_url):
    c = nieuwe_context(browser, base_url)
    yield c
    extern = c.verzoeken.extern
    c.close()
    assert not extern, f"verzoeken buiten 127.0.0.1: {extern}"


@pytest.fixture
def pagina(context):
    p = context.new_page()
    p.fouten = []
    p.on("pageerror", lambda e: p.fouten.append(str(e)))
    yield p
    assert not p.fouten, f"JavaScript-fouten: {p.fouten}"


def html_paginas(site_dir: Path) -> list[str]:
    """Every page of the build as a URL path, e.g. 'wet/verlof/'."""
    uit = []
    for pad in sorted(site_dir.rglob("*.html")):
        rel = pad.relative_to(site_dir).as_posix()
        if rel.startswith(("pyodide/", "py/")):
            continue
        uit.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return uit


@pytest.fixture(scope="session")
def paginas(site_dir):
    return html_paginas(site_dir)


def pytest_configure(config):
    config.addinivalue_line("markers", "traag: a slow browser test")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    uitslag = (yield).get_result()
    pagina = item.funcargs.get("pagina") if hasattr(item, "funcargs") else None
    if uitslag.when == "call" and uitslag.failed and pagina is not None:
        # A screenshot of the page at the failure, for whoever reads the CI log.
        pad = Path(os.environ.get("TMPDIR", "/tmp")) / f"vw-{item.name}.png"
        try:
            pagina.screenshot(path=str(pad), full_page=True)
            uitslag.sections.append(("schermafdruk", str(pad)))
        except Exception:
            pass
