"""The site built with the second generator (ProperDocs) works in the browser: a calculator answers as in CPython,
under the page's own CSP, with nothing from another host (issue 19)."""

from __future__ import annotations

import pytest

from omgeving import bouw, nieuwe_context, serveer, vrije_poort

from browserhulp import bereken, vul_in
from test_csp import MELDER
from test_rekenhulpen import VOORBEELDEN, _verwacht


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory):
    poort = vrije_poort()
    map_ = tmp_path_factory.mktemp("properdocs-site")
    bouw(map_, poort, generator="properdocs")
    proces = serveer(map_, poort)
    yield f"http://127.0.0.1:{poort}/", map_
    proces.terminate()
    proces.wait()


def test_rekenhulp_werkt_in_de_properdocs_bouw(browser, properdocs_site):
    base, map_ = properdocs_site
    assert "ProperDocs" in (map_ / "index.html").read_text(encoding="utf-8")  # really the other generator
    context = nieuwe_context(browser, base)
    context.add_init_script(MELDER)
    try:
        pagina = context.new_page()
        fouten = []
        pagina.on("pageerror", lambda e: fouten.append(str(e)))
        pagina.goto(f"{base}proef/verlof/")
        vul_in(pagina, "verlof", VOORBEELDEN["verlof"])
        assert bereken(pagina, "verlof") == _verwacht("verlof")
        assert pagina.evaluate("window.__csp") == [] and fouten == []
        assert context.verzoeken.extern == []
    finally:
        context.close()
