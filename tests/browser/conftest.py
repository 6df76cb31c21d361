"""Browser tests: build the site, serve it on 127.0.0.1, drive Debian's Chromium with Playwright.

The build adds one test page per calculator (VW_PROEFPAGINAS=1, see bouw/haken/proefpaginas.py),
so every calculator is exercised in a real page whatever the content embeds.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from omgeving import CHROMIUM, CHROMIUM_ARGS, START_MS, bouw, html_paginas, nieuwe_context, serveer, vrije_poort  # noqa: F401


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
