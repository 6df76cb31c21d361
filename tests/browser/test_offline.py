"""Offline after a first visit: the generated service worker serves pages and the calculators."""

from __future__ import annotations

import json

from omgeving import START_MS, nieuwe_context, serveer, vrije_poort

from browserhulp import bereken, vul_in
from test_rekenhulpen import VOORBEELDEN, _verwacht


def test_offline_na_eerste_bezoek(browser, site_dir):
    # Its own server (127.0.0.1 is a secure context), so it can be stopped mid-test.
    poort = vrije_poort()
    server = serveer(site_dir, poort)
    base = f"http://127.0.0.1:{poort}/"
    context = nieuwe_context(browser, base, service_workers="allow")
    try:
        pagina = context.new_page()
        pagina.goto(f"{base}proef/leerplicht_start/")
        pagina.evaluate("navigator.serviceWorker.ready.then(() => true)")
        vul_in(pagina, "leerplicht_start", VOORBEELDEN["leerplicht_start"])
        bereken(pagina, "leerplicht_start")
        # Wait until the page has put the runtime in the service worker's cache.
        pagina.wait_for_function("() => window.vwRekenhulp.offline === true", timeout=START_MS)
    finally:
        server.terminate()
        server.wait()
    try:
        pagina.reload()
        vul_in(pagina, "leerplicht_start", VOORBEELDEN["leerplicht_start"])
        assert bereken(pagina, "leerplicht_start") == _verwacht("leerplicht_start")
        # A page never visited comes from the precache.
        andere = context.new_page()
        andere.goto(f"{base}proef/zonder/")
        assert "Geen rekenhulp" in andere.locator("article").inner_text()
        assert json.loads(pagina.locator(".vw-antwoord-json").text_content())["eerste_dag"] == "2025-09-01"
        assert not context.verzoeken.extern, context.verzoeken.extern
    finally:
        context.close()
