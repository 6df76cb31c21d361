"""Recovery in the page: a failed runtime download (issue 21), stopping a running overview and its time limit
(issue 17 item 4), and a long shared link filled in linear time with a cap that says so (issue 17 item 7)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import calculators
from calculators import brug
from browserhulp import bereken, vul_in, wacht_op_python
from omgeving import START_MS

ROOT = Path(__file__).resolve().parents[2]
PROEF = "proef/leerplicht_start/"
INVOER = {"geboortedatum": "2020-07-14", "vakantieregio": "midden"}
OVERZICHT = "hulpmiddelen/verzuimoverzicht/"


def blokkeer(pagina, keren: int) -> list[str]:
    """Abort the first `keren` requests for the Python runtime's module (as a dropped download would)."""
    geblokkeerd: list[str] = []

    def route(r):
        if len(geblokkeerd) < keren:
            geblokkeerd.append(r.request.url)
            r.abort("connectionreset")
        else:
            r.fallback()

    pagina.route("**/pyodide.mjs", route)
    return geblokkeerd


def test_een_mislukte_download_wordt_vanzelf_opnieuw_geprobeerd(pagina, base_url):
    geblokkeerd = blokkeer(pagina, 1)
    pagina.goto(base_url + PROEF)
    vul_in(pagina, "leerplicht_start", INVOER)
    assert bereken(pagina, "leerplicht_start") == calculators.run("leerplicht_start", INVOER)
    assert len(geblokkeerd) == 1
    stand = pagina.evaluate("window.vwRekenhulp")
    assert stand["herkansingen"] == 1 and stand["starts"] == 2


def test_twee_mislukte_downloads_geven_een_knop_opnieuw_proberen(pagina, base_url):
    geblokkeerd = blokkeer(pagina, 2)
    pagina.goto(base_url + PROEF)
    blok = pagina.locator('.vw-rekenhulp[data-rekenhulp="leerplicht_start"]')
    knop = blok.locator(".vw-status").get_by_role("button", name="Opnieuw proberen")
    knop.wait_for(timeout=START_MS)
    tekst = blok.locator(".vw-status").inner_text()
    assert "kon niet worden opgehaald" in tekst and "laad de pagina opnieuw" in tekst
    assert "browser" not in tekst.split("(Technisch")[0]  # a dropped download is not the browser's fault
    assert len(geblokkeerd) == 2
    # The network is back: the button (by keyboard) starts Python again, without a reload.
    pagina.evaluate("window.__zelfde_pagina = true")
    knop.focus()
    pagina.keyboard.press("Enter")
    wacht_op_python(pagina)
    assert not blok.locator(".vw-status").get_by_role("button").count()
    vul_in(pagina, "leerplicht_start", INVOER)
    assert bereken(pagina, "leerplicht_start") == calculators.run("leerplicht_start", INVOER)
    assert pagina.evaluate("window.__zelfde_pagina === true")
    assert pagina.evaluate("window.vwRekenhulp.starts") == 3


def _groot_bestand(tmp_path) -> Path:
    pad = tmp_path / "groot.csv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "maak_exports.py"), "magister", "--leerlingen", "1500",
                    "--rijen", "150000", "-o", str(pad)], check=True, capture_output=True)
    return pad


def _klein_bestand(tmp_path) -> Path:
    pad = tmp_path / "klein.csv"
    pad.write_text("Stamnr;Naam;Klas;Datum;Lesuur;Code\r\n" + "".join(
        f"4711;Test Leerling;2b;{d:02d}-09-2025;{u};A\r\n" for d in (8, 9, 10, 11, 12, 15) for u in range(1, 5)),
        encoding="cp1252")
    return pad


def _open_overzicht(pagina, base_url):
    pagina.goto(base_url + OVERZICHT)
    pagina.select_option("#vwo-regio", "haaglanden")
    pagina.select_option("#vwo-vakantieregio", "midden")
    pagina.fill("#vwo-peildatum", "19-09-2025")  # a Dutch date, as every other date field takes
    pagina.wait_for_function("() => window.vwOverzicht")
    wacht_op_python(pagina)


def _overzicht_van(pagina, pad) -> dict:
    vorige = pagina.evaluate("window.vwOverzicht.antwoorden")
    pagina.set_input_files("#vwo-bestand", str(pad))
    pagina.wait_for_function(
        """n => window.vwOverzicht.antwoorden > n && window.vwOverzicht.getoondMs !== null
             || !document.querySelector('.vw-overzicht-fouten').hidden""", arg=vorige, timeout=START_MS)
    return pagina.evaluate("window.vwOverzicht.volledig()")


def test_stoppen_tijdens_het_rekenen_en_daarna_verder(pagina, base_url, tmp_path):
    groot, klein = _groot_bestand(tmp_path), _klein_bestand(tmp_path)
    _open_overzicht(pagina, base_url)
    pagina.evaluate("window.__zelfde_pagina = true")
    pagina.set_input_files("#vwo-bestand", str(groot))
    stoppen = pagina.get_by_role("button", name="Stoppen")
    stoppen.wait_for()
    assert "Stoppen" in pagina.locator("#vwo-status").inner_text()  # announced in the live region
    # Wait until Python is reading the file (progress arrived), then stop with the keyboard.
    pagina.wait_for_function("() => window.vwOverzicht.voortgang.some((v) => v.procent > 0)", timeout=START_MS)
    stoppen.focus()
    pagina.keyboard.press("Enter")
    pagina.wait_for_function("() => !document.querySelector('.vw-overzicht').hasAttribute('aria-busy')")
    assert pagina.locator("#vwo-status").inner_text().startswith("Gestopt")
    assert pagina.evaluate("document.activeElement.id") == "vwo-status"  # the keyboard is not left on nothing
    assert pagina.locator(".vw-voortgang").is_hidden() and pagina.locator(".vw-resultaat").is_hidden()
    stand = pagina.evaluate("window.vwRekenhulp")
    assert stand["afgebroken"] == ["gestopt"] and stand["starts"] == 2  # the worker was replaced
    # The page works on: a new overview from a fresh worker (no reload) ...
    antwoord = _overzicht_van(pagina, klein)
    invoer = pagina.evaluate("window.vwOverzicht.invoer")
    assert invoer["peildatum"] == "19-09-2025"
    assert antwoord == calculators.run("verzuimoverzicht", brug.invoer_met_bestand(invoer, klein.read_bytes()))
    assert antwoord["leerlingen"][0]["leerling"] == "4711"
    # ... and another calculator, reached by instant navigation, answers from the same worker.
    pagina.evaluate("""() => { const a = document.createElement('a'); a.href = '../../proef/leerplicht_start/';
      a.id = 'vw-test-link'; a.textContent = 'proef'; document.querySelector('article').append(a); }""")
    pagina.click("#vw-test-link")
    pagina.wait_for_selector('.vw-rekenhulp[data-rekenhulp="leerplicht_start"]')
    vul_in(pagina, "leerplicht_start", INVOER)
    assert bereken(pagina, "leerplicht_start") == calculators.run("leerplicht_start", INVOER)
    assert pagina.evaluate("window.__zelfde_pagina === true") and pagina.evaluate("window.vwRekenhulp.starts") == 2


def test_tijdslimiet_beeindigt_een_overzicht_zonder_voortgang(pagina, base_url, tmp_path):
    klein = _klein_bestand(tmp_path)
    _open_overzicht(pagina, base_url)
    # A limit no calculation can meet: the worker is ended as a hung one would be.
    pagina.evaluate("window.vwRekenhulp.limieten.stil = 1")
    _overzicht_van(pagina, klein)
    fouten = pagina.locator(".vw-overzicht-fouten")
    assert "duurde te lang" in fouten.inner_text()
    assert pagina.evaluate("window.vwRekenhulp.afgebroken") == ["tijdslimiet"]
    pagina.evaluate("window.vwRekenhulp.limieten.stil = 90000")
    vorige = pagina.evaluate("window.vwOverzicht.antwoorden")
    pagina.get_by_role("button", name="Overzicht maken").click()  # the same file once more, from a fresh worker
    pagina.wait_for_function("n => window.vwOverzicht.antwoorden > n && window.vwOverzicht.getoondMs !== null",
                             arg=vorige, timeout=START_MS)
    antwoord = pagina.evaluate("window.vwOverzicht.volledig()")
    assert antwoord["leerlingen"][0]["leerling"] == "4711"
    assert fouten.is_hidden()


def _registraties(n: int) -> list[dict]:
    import datetime as dt

    begin = dt.date(2025, 9, 1)
    return [{"datum": (begin + dt.timedelta(days=i % 300)).isoformat(), "uren": str(1 + i % 3)} for i in range(n)]


def _gedeelde_link(base_url, invoer) -> str:
    return (f"{base_url}proef/melding_16_uur/#rekenhulp=melding_16_uur"
            f"&invoer={quote(json.dumps(invoer, separators=(',', ':')))}")


def _wacht_op_uitkomst(pagina) -> dict:
    blok = pagina.locator('.vw-rekenhulp[data-rekenhulp="melding_16_uur"]')
    pagina.wait_for_function("""b => !b.hasAttribute('aria-busy') && (!b.querySelector('.vw-antwoord').hidden
      || !b.querySelector('.vw-samenvatting').hidden)""", arg=blok.element_handle(), timeout=START_MS)
    if blok.locator(".vw-antwoord").is_visible():
        return json.loads(blok.locator(".vw-antwoord-json").text_content())
    return {"fouten_getoond": blok.locator(".vw-samenvatting").inner_text()}


def test_gedeelde_link_met_2000_regels_vult_elke_regel(pagina, base_url):
    rijen = _registraties(2000)
    invoer = {"regio": "landelijk", "vakantieregio": "midden", "registraties": rijen}
    pagina.goto(_gedeelde_link(base_url, invoer))
    uit = _wacht_op_uitkomst(pagina)
    veld = pagina.locator('[data-veld="registraties"]')
    assert veld.locator("tbody tr").count() == 2000
    laatste = veld.locator("tbody tr").nth(1999)
    assert laatste.locator('[data-kolom="datum"]').input_value() == rijen[-1]["datum"]
    assert laatste.locator('[data-kolom="uren"]').get_attribute("aria-label").endswith("regel 2000")
    assert laatste.locator(".vw-sr").text_content().strip() == "regel 2000"
    assert veld.locator(".vw-lijst-melding").count() == 0
    assert uit == calculators.run("melding_16_uur", invoer)


def test_gedeelde_link_boven_de_grens_zegt_dat_en_verliest_niets(pagina, base_url):
    rijen = _registraties(2001)
    invoer = {"regio": "landelijk", "vakantieregio": "midden", "registraties": rijen}
    pagina.goto(_gedeelde_link(base_url, invoer))
    uit = _wacht_op_uitkomst(pagina)
    veld = pagina.locator('[data-veld="registraties"]')
    melding = veld.locator(".vw-lijst-melding")
    assert "2.001 regels" in melding.inner_text() and "hoogstens 2.000" in melding.inner_text()
    assert melding.get_attribute("role") == "status"
    assert veld.locator("[data-plak]").input_value().count("\n") == 2000  # all 2,001 rows, one per line
    assert veld.locator("tbody tr").count() == 1
    assert uit == calculators.run("melding_16_uur", invoer)
