"""A pupil's year in the Verzuimoverzicht (issue 20) and its full answer on demand (issue 18), in Chromium.

A synthetic export (scripts/maak_exports.py, no real pupils) goes through the page's file input. Opening a
pupil asks the worker for that pupil's answer, picture, patterns and filled letters; the tests check what is
shown against CPython's own detail of the same file (calculators/overzicht_pagina.detail), with the keyboard
alone, with axe, in the print view and on a 390 px phone, and that nothing leaves 127.0.0.1 (the context
fixtures) and nothing breaks the page's Content Security Policy.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from calculators import brug, overzicht_pagina
from calculators.documenten.bestanden import als_tekst

from omgeving import START_MS, nieuwe_context
from test_verzuimoverzicht import PAGINA, wacht_op_antwoord, wacht_op_detail

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import maak_exports  # noqa: E402
from browserhulp import tab_naar as hulp_tab_naar  # noqa: E402

REGIO, VAKANTIEREGIO, PEILDATUM = "haaglanden", "midden", "2026-03-13"
TELEFOON = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    """A school of 60 pupils, half a year of registrations, as Magister writes it."""
    model = maak_exports.Model(60, 6000, seed=5)
    pad = tmp_path_factory.mktemp("beeld") / "export.csv"
    pad.write_bytes(maak_exports.magister(model))
    return pad


def _cpython(invoer: dict, pad: Path) -> tuple[dict, dict]:
    """(kop, {leerling: detail}) as the worker has them, from CPython on the same bytes and fields."""
    uit = brug.overzicht_voor_pagina(json.dumps(invoer), pad.read_bytes())
    return json.loads(uit[0]), {r["leerling"]: overzicht_pagina.detail(r["leerling"]) for r in json.loads(uit[1])}


def _kies_leerling(details: dict) -> dict:
    """A pupil with an action, a pattern to discuss and a letter that names the pupil's number."""
    for d in details.values():
        nummer = d["leerling"]["leerling"]
        if (d["leerling"]["actie_nodig"] and d["beeld"]["patronen"]
                and any(nummer in doc["tekst"] for doc in d["documenten"])):
            return d
    raise AssertionError("geen leerling met actie, patroon en brief in het testbestand")


def _open(pagina, base_url, pad) -> tuple[dict, dict]:
    pagina.goto(base_url + PAGINA)
    pagina.select_option("#vwo-regio", REGIO)
    pagina.select_option("#vwo-vakantieregio", VAKANTIEREGIO)
    pagina.fill("#vwo-peildatum", PEILDATUM)
    pagina.wait_for_function("() => window.vwOverzicht")  # the page's own module loads after the page itself
    vorige = pagina.evaluate("window.vwOverzicht.antwoorden")
    pagina.set_input_files("#vwo-bestand", str(pad))
    pagina.wait_for_function(
        """n => window.vwOverzicht.antwoorden > n && window.vwOverzicht.getoondMs !== null
             || !document.querySelector('.vw-overzicht-fouten').hidden""", arg=vorige, timeout=START_MS)
    assert pagina.locator(".vw-overzicht-fouten").is_hidden()
    return _cpython(pagina.evaluate("window.vwOverzicht.invoer"), pad)


def _knop(pagina, nummer: str):
    return pagina.locator(".vw-leerlingen tbody tr", has_text=nummer).first.get_by_role("button", name="Details")


def _csp_meldingen(pagina) -> list[str]:
    meldingen = []
    pagina.on("console", lambda m: meldingen.append(m.text) if "Content Security Policy" in m.text else None)
    return meldingen


def _wacht_op_weken(pagina) -> None:
    pagina.wait_for_function("() => document.querySelector('.vw-weken').dataset.stand !== 'bezig'", timeout=START_MS)


def test_leerling_met_het_toetsenbord_beeld_patronen_en_brief(pagina, base_url, export):
    csp = _csp_meldingen(pagina)
    kop, details = _open(pagina, base_url, export)
    d = _kies_leerling(details)
    nummer = d["leerling"]["leerling"]
    # The page has the table rows, not every pupil's answer: the pupil comes from the worker when opened.
    assert pagina.evaluate("window.vwOverzicht.staat.details.size") == 0

    # The school's weeks above the table: a picture with a title, and its weeks as a table.
    _wacht_op_weken(pagina)
    weken = pagina.locator(".vw-weken")
    assert weken.get_attribute("data-stand") == "klaar"
    assert weken.locator("svg[role=img] title").count() == 1
    assert weken.locator(".vw-weken-tabel tbody tr").count() == len(json.loads(brug.overzicht_weken())["weken"])

    # Keyboard only: from the result's heading, Tab reaches the pupil's Details button and Enter opens it.
    assert pagina.evaluate("document.activeElement.id") == "vwo-resultaat-kop"
    i = pagina.evaluate("n => window.vwOverzicht.staat.tabel.find((r) => r.leerling === n).volgorde", nummer)

    def tab_naar(selector: str) -> None:
        hulp_tab_naar(pagina, selector)

    tab_naar(f'tr[data-i="{i}"] button[data-actie=detail]')
    # The worker's answer is held back until the test has seen the short 'laden…' state (no race with it).
    pagina.evaluate("""() => { const h = window.vwOverzicht.hulp, echt = h.overzichtDetail;
        const poort = new Promise((open) => { window.__laatGaan = open; });
        h.overzichtDetail = async (n) => { await poort; return echt(n); }; }""")
    pagina.keyboard.press("Enter")
    knop = _knop(pagina, nummer)
    assert knop.get_attribute("aria-expanded") == "true"
    detail = pagina.locator(f"#{knop.get_attribute('aria-controls')} .vw-detail")
    pagina.wait_for_function("""id => document.querySelector(`#${id} .vw-detail-status`).textContent.endsWith('laden…')""",
                             arg=knop.get_attribute("aria-controls"))
    assert detail.get_attribute("aria-busy") == "true" and detail.get_attribute("data-stand") == "bezig"
    assert detail.locator(".vw-detail-status").get_attribute("role") == "status"  # a polite live region
    pagina.evaluate("window.__laatGaan()")
    wacht_op_detail(pagina, knop)
    assert detail.get_attribute("data-stand") == "klaar" and detail.get_attribute("aria-busy") is None
    assert "geladen" in detail.locator(".vw-detail-status").inner_text()

    # The calendar: an image with its title (the pupil's number) and description, from our own Python.
    svg = detail.locator(".vw-beeld svg[role=img]")
    assert svg.count() == 1
    assert nummer in svg.locator("title").text_content()
    assert svg.evaluate("s => s.getAttribute('aria-labelledby').split(' ').every((id) => document.getElementById(id))")
    # The legend, the windows and the patterns, each pattern as a sentence with its source.
    tekst = detail.inner_text()
    for x in d["beeld"]["legenda"]:
        assert x["tekst"] in tekst
    for v in d["beeld"]["vensters"]:
        assert v["tekst"] in tekst
    patronen = detail.locator(".vw-patronen li")
    assert patronen.count() == len(d["beeld"]["patronen"])
    for li, p in zip(patronen.all(), d["beeld"]["patronen"]):
        zin = li.inner_text()
        assert zin.startswith("Om te bespreken: ") and p["tekst"] in zin
        assert not p["bron"] or p["bron"] in zin

    # Tab reaches the weeks as a table (closed at first), Enter opens it, and its scrolling box is next.
    tab_naar(".vw-detail .vw-weken-tabel > summary")
    pagina.keyboard.press("Enter")
    tabel = detail.locator(".vw-weken-tabel")
    assert tabel.get_attribute("open") is not None
    tab_naar(".vw-detail .vw-weken-tabel .vw-tabel[tabindex='0'][aria-label]")
    assert tabel.locator("tbody tr").count() == len(d["beeld"]["weken"])

    # From the row to the letter: one Enter on the document opens it filled, the pupil's number in it.
    soort = next(doc["soort"] for doc in d["documenten"] if nummer in doc["tekst"])
    assert detail.locator(".vw-brieven details.vw-document").count() == len(d["documenten"])
    tab_naar(f'.vw-brieven details[data-soort="{soort}"] > summary')
    pagina.keyboard.press("Enter")
    brief = detail.locator(f'.vw-brieven details[data-soort="{soort}"] .vw-brief')
    brief.wait_for(state="visible")
    assert nummer in brief.inner_text()
    # Its buttons (print, download) are next on the keyboard; the download is the letter as CPython fills it.
    tab_naar(f'.vw-brieven details[data-soort="{soort}"] button[data-doc="txt"]')
    with pagina.expect_download() as info:
        pagina.keyboard.press("Enter")
    doc = next(x for x in d["documenten"] if x["soort"] == soort)
    assert open(info.value.path(), encoding="utf-8-sig").read() == als_tekst(doc["tekst"])

    # axe: the open detail with its picture, table and letter, and the school's weeks opened too.
    from test_site import _axe

    pagina.locator(".vw-weken .vw-weken-tabel > summary").click()
    assert _axe(pagina) == []
    # No id twice (two pictures on one page must not share their title's id), no CSP violation.
    assert pagina.evaluate("() => { const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);"
                           " return ids.filter((x, k) => ids.indexOf(x) !== k); }") == []
    assert csp == []


def test_afdruk_met_details_toont_het_beeld(pagina, base_url, export):
    kop, details = _open(pagina, base_url, export)
    met_actie = [n for n, d in details.items() if d["leerling"]["actie_nodig"]]
    assert met_actie
    # One pupil opened on screen (the table itself does not print: the print view is its own list).
    d = _kies_leerling(details)
    knop = _knop(pagina, d["leerling"]["leerling"])
    knop.click()
    wacht_op_detail(pagina, knop)
    # 'Details per leerling meeprinten': the details are asked of the worker first; then the print view has
    # every pupil with an action with its calendar.
    pagina.locator("[data-actie=afdrukdetails]").check()
    pagina.wait_for_function("() => document.querySelector('.vw-afdruk-stand').dataset.stand === 'klaar'",
                             timeout=START_MS)
    assert "meegeprint" in pagina.locator(".vw-afdruk-stand").inner_text()
    pagina.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    pagina.emulate_media(media="print")
    afdruk = pagina.locator(".vw-afdruk-detail")
    assert afdruk.count() == len(met_actie)
    assert afdruk.locator(".vw-beeld svg[role=img]").count() == len(met_actie)
    assert afdruk.first.locator(".vw-beeld svg").is_visible()
    assert "Om te bespreken" in afdruk.first.inner_text()
    assert pagina.evaluate("() => { const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);"
                           " return ids.filter((x, k) => ids.indexOf(x) !== k); }") == []
    pagina.emulate_media(media="screen")
    pagina.evaluate("window.dispatchEvent(new Event('afterprint'))")


def test_afdrukken_wacht_op_de_details(pagina, base_url, export):
    """'Afdrukken' with 'Details per leerling meeprinten': the browser's print starts once every detail is there."""
    kop, details = _open(pagina, base_url, export)
    pagina.evaluate("""() => { window.__geprint = null; window.print = () => {
        const s = window.vwOverzicht.staat;
        window.__geprint = s.tabel.filter((r) => r.actie_nodig).every((r) => s.klaar.has(r.leerling)); }; }""")
    pagina.locator("[data-actie=afdrukdetails]").check()
    pagina.get_by_role("button", name="Afdrukken", exact=True).click()  # at once, while the details still load
    pagina.wait_for_function("() => window.__geprint !== null", timeout=START_MS)
    assert pagina.evaluate("window.__geprint") is True


def test_afdruk_zonder_geladen_details_zegt_dat(pagina, base_url, export):
    """The browser's own print command cannot wait: a pupil whose details have not come says so."""
    kop, details = _open(pagina, base_url, export)
    pagina.evaluate("""() => { const s = window.vwOverzicht.staat; s.afdrukDetails = true; }""")
    pagina.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    afdruk = pagina.locator(".vw-afdruk-detail")
    assert afdruk.count() == sum(1 for d in details.values() if d["leerling"]["actie_nodig"])
    assert "nog niet geladen" in afdruk.first.inner_text()


def test_detail_van_een_vervangen_overzicht_zegt_dat_in_het_nederlands(pagina, base_url, export):
    """A table whose analysis the worker no longer has (a new run began) does not show another file's pupil."""
    kop, details = _open(pagina, base_url, export)
    nummer = _kies_leerling(details)["leerling"]["leerling"]
    pagina.evaluate("() => { window.vwOverzicht.staat.nummer += 1; }")  # as when a new file is being read
    knop = _knop(pagina, nummer)
    knop.click()
    wacht_op_detail(pagina, knop)
    detail = pagina.locator(f"#{knop.get_attribute('aria-controls')} .vw-detail")
    assert detail.get_attribute("data-stand") == "fout"
    status = detail.locator(".vw-detail-status")
    assert status.get_attribute("role") == "status"
    assert "konden niet worden geladen" in status.inner_text() and "vervangen" in status.inner_text()
    assert detail.locator(".vw-beeld").count() == 0


def test_detail_dat_mislukt_kan_opnieuw(pagina, base_url, export):
    """A failed answer is said in Dutch with a button to try again, which loads the pupil."""
    kop, details = _open(pagina, base_url, export)
    nummer = _kies_leerling(details)["leerling"]["leerling"]
    pagina.evaluate("""() => { const h = window.vwOverzicht.hulp, echt = h.overzichtDetail;
        h.overzichtDetail = async (n) => { h.overzichtDetail = echt;
          return {antwoord: {fouten: [{veld: 'leerling', melding: 'Proef: het beeld kon niet worden gemaakt.'}]}}; }; }""")
    knop = _knop(pagina, nummer)
    knop.click()
    wacht_op_detail(pagina, knop)
    detail = pagina.locator(f"#{knop.get_attribute('aria-controls')} .vw-detail")
    assert detail.get_attribute("data-stand") == "fout"
    assert "Proef: het beeld kon niet worden gemaakt." in detail.locator(".vw-detail-status").inner_text()
    detail.get_by_role("button", name="Opnieuw proberen").click()
    wacht_op_detail(pagina, knop)
    assert detail.get_attribute("data-stand") == "klaar"
    assert detail.locator(".vw-beeld svg[role=img]").count() == 1
    assert pagina.evaluate("document.activeElement.dataset.actie") == "detail"
    assert knop.get_attribute("aria-expanded") == "true"


def test_telefoon_geen_zijwaartse_scroll(browser, base_url, export):
    c = nieuwe_context(browser, base_url, viewport=TELEFOON, has_touch=True, is_mobile=True)
    telefoon = c.new_page()
    fouten = []
    telefoon.on("pageerror", lambda e: fouten.append(str(e)))
    try:
        kop, details = _open(telefoon, base_url, export)
        _wacht_op_weken(telefoon)
        d = _kies_leerling(details)
        knop = _knop(telefoon, d["leerling"]["leerling"])
        knop.tap()
        wacht_op_detail(telefoon, knop)
        detail = telefoon.locator(f"#{knop.get_attribute('aria-controls')} .vw-detail")
        detail.locator(".vw-weken-tabel > summary").tap()
        telefoon.locator(".vw-weken .vw-weken-tabel > summary").tap()
        assert telefoon.evaluate("document.documentElement.scrollWidth") <= TELEFOON["width"]
        for svg in telefoon.locator(".vw-beeld svg").all():
            vak = svg.bounding_box()
            assert vak["x"] >= 0 and vak["x"] + vak["width"] <= TELEFOON["width"], vak
        # A wide weeks table scrolls inside its own box, which the keyboard can reach and which has a name.
        vak = detail.locator(".vw-weken-tabel .vw-tabel")
        assert vak.get_attribute("tabindex") == "0" and vak.get_attribute("aria-label")
        box = vak.bounding_box()
        assert box["x"] + box["width"] <= TELEFOON["width"]
        from test_site import _axe

        assert _axe(telefoon, ".vw-overzicht") == []
    finally:
        extern = c.verzoeken.extern
        c.close()
    assert not fouten, fouten
    assert not extern, extern
