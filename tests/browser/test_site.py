"""Every page of the built site: nothing leaves 127.0.0.1, no Python where there is no calculator, axe clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from browserhulp import bereken, vul_in

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PYTHON = ("/pyodide/", "/py/")


def _heeft_rekenhulp(site_dir: Path, pad: str) -> bool:
    bestand = site_dir / (pad + "index.html" if pad.endswith("/") or pad == "" else pad)
    return 'data-rekenhulp="' in bestand.read_text(encoding="utf-8")


def test_geen_verzoek_buiten_127_en_geen_python_zonder_rekenhulp(context, base_url, site_dir, paginas):
    """Each page loaded cold in its own page; the context fixture fails on any external request."""
    assert len(paginas) > 3
    for pad in paginas:
        pagina = context.new_page()
        context.verzoeken.alle.clear()
        pagina.goto(base_url + pad, wait_until="load")
        # Settled: module scripts ran before 'load'; one frame and one task later, whatever the theme's
        # document$ started has run too. The site's own counter says whether the Python worker was started.
        pagina.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))")
        starts = pagina.evaluate("() => window.vwRekenhulp ? window.vwRekenhulp.starts : 0")
        python = [u for u in context.verzoeken.alle if any(d in u for d in PYTHON)]
        if not _heeft_rekenhulp(site_dir, pad):
            assert not python, f"{pad}: Pyodide geladen op een pagina zonder rekenhulp: {python}"
            assert starts == 0, f"{pad}: de Python-worker gestart op een pagina zonder rekenhulp"
        pagina.close()


def _axe(pagina, binnen: str | None = None) -> list[dict]:
    """axe's WCAG 2.1 AA violations on the page (or inside the element ``binnen``)."""
    from omgeving import wacht_tot_stil

    wacht_tot_stil(pagina)  # colours are checked at rest, not mid-transition
    # From the page's own origin, as a file: the pages' CSP (bouw/na.py) refuses an inline script, rightly.
    url = "/".join(pagina.url.split("/", 3)[:3]) + "/__axe.min.js"
    pagina.route(url, lambda r: r.fulfill(path=str(AXE), content_type="text/javascript"))
    pagina.add_script_tag(url=url)
    pagina.unroute(url)
    uitslag = pagina.evaluate(
        "([tags, binnen]) => axe.run(binnen || document, {runOnly: {type: 'tag', values: tags}, "
        "resultTypes: ['violations']})", [WCAG_21_AA, binnen])
    return [{"id": v["id"], "help": v["help"], "waar": [n["target"] for n in v["nodes"]][:5]}
            for v in uitslag["violations"]]


@pytest.fixture(scope="module")
def axe_context(browser, base_url):
    from omgeving import nieuwe_context

    c = nieuwe_context(browser, base_url)
    yield c
    c.close()


def test_axe_op_elke_pagina(axe_context, base_url, paginas):
    if not AXE.is_file():
        pytest.fail(f"{AXE} ontbreekt: draai 'npm ci'.")
    pagina = axe_context.new_page()
    problemen = {}
    for pad in paginas:
        pagina.goto(base_url + pad)
        fouten = _axe(pagina)
        if fouten:
            problemen[pad] = fouten
    assert not problemen, problemen


@pytest.mark.parametrize("toestand", ["antwoord", "fouten"])
def test_axe_met_antwoord_en_fouten(axe_context, base_url, toestand):
    from test_rekenhulpen import VOORBEELDEN

    naam = "melding_16_uur"
    pagina = axe_context.new_page()
    pagina.goto(f"{base_url}proef/{naam}/")
    invoer = VOORBEELDEN[naam] if toestand == "antwoord" else {"registraties": "2025-09-31;5", "vakantieregio": "zuid"}
    vul_in(pagina, naam, invoer)
    bereken(pagina, naam)
    pagina.locator(".vw-keuzes summary").first.click() if toestand == "antwoord" else None
    assert _axe(pagina) == []
