"""The site works under the Content-Security-Policy the build writes to csp.txt (docs/over/hosting.md)."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from omgeving import START_MS, nieuwe_context, vrije_poort

from browserhulp import bereken, vul_in
from test_rekenhulpen import VOORBEELDEN, _verwacht

MELDER = ("window.__csp = []; document.addEventListener('securitypolicyviolation', "
          "e => window.__csp.push([e.violatedDirective, e.blockedURI, e.lineNumber]));")


def test_werkt_onder_de_gedocumenteerde_csp(browser, site_dir):
    beleid = (site_dir / "csp.txt").read_text(encoding="utf-8").strip()
    assert "'unsafe-eval'" not in beleid and "'unsafe-inline'" not in beleid
    poort = vrije_poort()
    server = subprocess.Popen([sys.executable, str(Path(__file__).with_name("cspserver.py")), str(poort),
                               str(site_dir), beleid])
    base = f"http://127.0.0.1:{poort}/"
    for _ in range(100):
        try:
            with urllib.request.urlopen(base) as r:
                assert r.headers["Content-Security-Policy"] == beleid
            break
        except OSError:
            time.sleep(0.05)
    context = nieuwe_context(browser, base)
    context.add_init_script(MELDER)
    try:
        pagina = context.new_page()
        pagina.goto(f"{base}proef/leerplicht_start/")
        vul_in(pagina, "leerplicht_start", VOORBEELDEN["leerplicht_start"])
        assert bereken(pagina, "leerplicht_start") == _verwacht("leerplicht_start")
        assert pagina.evaluate("window.__csp") == []
        # Python comes as the build's compiled artifacts, not as Pyodide's source-only standard library.
        verzoeken = context.verzoeken
        assert len(verzoeken.naar("/py/calculators-")) == 1 and verzoeken.naar("/py/calculators-")[0].endswith(".whl")
        assert len(verzoeken.naar("/py/stdlib-")) == 1
        assert not verzoeken.naar("python_stdlib.zip")
        # Material's search (a worker of its own) works too.
        pagina.goto(base)
        pagina.locator(".md-search__input").fill("leerplicht")
        pagina.wait_for_selector(".md-search-result__item", timeout=START_MS)
        assert pagina.evaluate("window.__csp") == []
    finally:
        context.close()
        server.terminate()
        server.wait()


# --- the policy in the page itself (issue 17.8): no header needed, as under make serve or a school's web server ---

def _met_melder(browser, base_url):
    context = nieuwe_context(browser, base_url)
    context.add_init_script(MELDER)
    return context


def _console_csp(pagina) -> list[str]:
    meldingen = []
    pagina.on("console", lambda m: meldingen.append(m.text) if "Content Security Policy" in m.text else None)
    return meldingen


def test_het_meta_beleid_werkt_en_wordt_gemeld(browser, base_url, site_dir):
    """Positive control for the walk below: the page's own meta policy blocks an inline style, and we see it."""
    assert not (site_dir / "csp.txt").read_text().count("http-equiv")
    context = _met_melder(browser, base_url)
    try:
        pagina = context.new_page()
        pagina.goto(f"{base_url}wet/verlof/")
        pagina.evaluate("document.body.insertAdjacentHTML('beforeend', '<p id=\"vw-proef\" style=\"color: red\">x</p>')")
        pagina.wait_for_function("() => window.__csp.length > 0")
        assert pagina.evaluate("window.__csp")[0][0] == "style-src-attr"
        assert pagina.evaluate("getComputedStyle(document.getElementById('vw-proef')).color") != "rgb(255, 0, 0)"
    finally:
        context.close()


def test_geen_overtreding_op_enige_pagina(browser, base_url, paginas):
    """Every page of the build, served without any header, under its own <meta> policy."""
    assert len(paginas) > 70
    context = _met_melder(browser, base_url)
    overtredingen = {}
    try:
        pagina = context.new_page()
        console = _console_csp(pagina)
        for pad in paginas:
            pagina.goto(f"{base_url}{pad}", wait_until="load")
            # The theme's bundle has run (it sets this class) before the page counts as seen.
            pagina.wait_for_function("() => document.documentElement.classList.contains('js')")
            gevonden = pagina.evaluate("window.__csp")
            if gevonden or console:
                overtredingen[pad] = gevonden + console[:]
                console.clear()
        assert overtredingen == {}
        assert context.verzoeken.extern == []
    finally:
        context.close()


def test_geen_overtreding_waar_een_rekenhulp_antwoordt(browser, base_url):
    """Each calculator computes its example (answer, documents, glossary tooltips) under the meta policy."""
    context = _met_melder(browser, base_url)
    overtredingen = {}
    try:
        pagina = context.new_page()
        console = _console_csp(pagina)
        for naam, invoer in VOORBEELDEN.items():
            pagina.goto(f"{base_url}proef/{naam}/")
            vul_in(pagina, naam, invoer)
            assert bereken(pagina, naam) == _verwacht(naam), naam
            if pagina.evaluate("window.__csp") or console:
                overtredingen[naam] = pagina.evaluate("window.__csp") + console[:]
                console.clear()
        assert overtredingen == {}
    finally:
        context.close()
