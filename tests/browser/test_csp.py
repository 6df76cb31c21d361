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
