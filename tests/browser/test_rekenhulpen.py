"""Every calculator computes in the page (Pyodide in a worker) exactly what CPython computes."""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote

import pytest

import calculators
from calculators.fouten import datum_nl

from browserhulp import bereken, vul_in, wacht_op_python

# A realistic input per calculator, as a person would type it (numbers as text, Dutch decimal comma).
# A new calculator without an example here makes test_elke_rekenhulp_heeft_een_voorbeeld fail.
VOORBEELDEN = {
    "leerplicht_start": {"geboortedatum": "2020-07-14", "vakantieregio": "midden"},
    "leerplicht_einde": {"geboortedatum": "2010-03-02", "eerste_volledige_schooljaar": "2014"},
    "kwalificatieplicht": {"geboortedatum": "2008-07-14", "uitzondering": "geen"},
    "vrijstelling_vijfjarige": {"geboortedatum": "2020-07-14", "datum": "2025-10-06", "uren_per_week": "7",
                                "vakantieregio": "midden"},
    "verlof": {"soort": "gewichtige_omstandigheden", "eerste_dag": "2025-10-06", "laatste_dag": "2025-10-08",
               "aanvraagdatum": "2025-09-01", "eerder_vakantieverlof": False, "vakantieregio": "midden"},
    "melding_16_uur": {"registraties": [{"datum": "2025-09-08", "uren": "5"}, {"datum": "2025-09-10", "uren": "6"},
                                        {"datum": "2025-09-17", "uren": "6,5"}],
                       "vakantieregio": "zuid", "regio": "haaglanden"},
    "ziekteverzuim": {"onderwijssoort": "vo", "vakantieregio": "noord",
                      "ziekmeldingen": "eerste_dag;laatste_dag;uren\n2025-09-08;2025-09-09;12\n2025-09-22;2025-09-22;6\n"
                                       "2025-10-06;2025-10-07;12\n2025-11-03;2025-11-04;10\n"},
    "stappenplan": {"ongeoorloofde_uren": "12", "weken_aaneengesloten_niet_op_school": "5", "regio": "haaglanden",
                    "gemeente": "Den Haag"},
}

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_elke_rekenhulp_heeft_een_voorbeeld():
    ontbreekt = sorted(set(calculators.namen_met_formulier()) - set(VOORBEELDEN))
    assert not ontbreekt, f"Voeg een voorbeeld toe aan VOORBEELDEN voor: {', '.join(ontbreekt)}"


def _verwacht(naam):
    verwacht = calculators.run(naam, VOORBEELDEN[naam])
    assert "fouten" not in verwacht, f"het voorbeeld van {naam} is zelf fout: {verwacht}"
    return verwacht


@pytest.mark.parametrize("naam", calculators.namen_met_formulier())
def test_rekenhulp_in_de_pagina_gelijk_aan_cpython(pagina, base_url, naam):
    if naam not in VOORBEELDEN:
        pytest.fail(f"geen voorbeeld voor {naam}")
    verwacht = _verwacht(naam)
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, VOORBEELDEN[naam])
    antwoord = bereken(pagina, naam)
    assert antwoord == verwacht

    # The verdict first, as the answer's heading; then what to do now.
    assert pagina.locator(".vw-antwoord h3").inner_text() == verwacht["kern"]
    for zin in verwacht["wat_nu"]:
        assert zin in pagina.locator(".vw-wat-nu").inner_text()
    # What a person reads: the dates in Dutch, the steps of the explanation, their sources as links.
    pagina.evaluate("document.querySelectorAll('.vw-antwoord details').forEach(d => d.open = true)")
    tekst = pagina.locator(".vw-antwoord").inner_text()
    uitvoer = {u["naam"]: u for u in calculators.schema(naam)["uitvoer"]}
    for sleutel, waarde in verwacht.items():
        if isinstance(waarde, str) and ISO.match(waarde):
            assert datum_nl(dt.date.fromisoformat(waarde)) in tekst, sleutel
        if isinstance(waarde, bool) and uitvoer[sleutel]["tonen"] == "altijd":
            assert ("ja" if waarde else "nee") in tekst
    # Result fields carry their Dutch names from the schema; an empty value says what it means; a flag whose
    # "nee" says nothing is left out.
    for sleutel, waarde in verwacht.items():
        if uitvoer.get(sleutel, {}).get("tonen") == "als_ja" and waarde is False:
            assert f"{uitvoer[sleutel]['label']}\n" not in tekst, sleutel
        elif sleutel in uitvoer and sleutel not in {"uitleg", "keuzes", "waarschuwingen", "kern", "wat_nu", "stand_op"}:
            assert uitvoer[sleutel]["label"] in tekst, sleutel
            if waarde is None and uitvoer[sleutel]["leeg"]:
                assert uitvoer[sleutel]["leeg"] in tekst, sleutel
    for stap in verwacht["uitleg"]:
        assert stap["tekst"] in tekst
        if stap["bron"] and stap["bron"]["url"]:
            assert pagina.locator(f'.vw-uitleg a[href="{stap["bron"]["url"]}"]').count() >= 1
    for waarschuwing in verwacht["waarschuwingen"]:
        assert waarschuwing in tekst
    if verwacht["keuzes"]:
        assert pagina.locator(".vw-keuzes summary").is_visible()
    # On success the focus is on the answer's heading.
    assert pagina.evaluate("document.activeElement.id").endswith("-antwoord-kop")


def test_foute_invoer_staat_bij_het_veld(pagina, base_url):
    naam = "vrijstelling_vijfjarige"
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, {**VOORBEELDEN[naam], "uren_per_week": "veel"})
    uit = bereken(pagina, naam)
    verwacht = calculators.run(naam, {**VOORBEELDEN[naam], "uren_per_week": "veel"})["fouten"]
    assert verwacht[0]["veld"] == "uren_per_week"
    veld = pagina.locator('[data-veld="uren_per_week"]')
    assert veld.locator(".vw-fout").inner_text() == verwacht[0]["melding"]
    assert veld.locator("input").get_attribute("aria-invalid") == "true"
    # The field's description includes its error, so a screen reader reads it with the field.
    beschreven = veld.locator("input").get_attribute("aria-describedby").split()
    assert veld.locator(".vw-fout").get_attribute("id") in beschreven
    # The summary is announced and has the focus; its link leads to the field.
    assert verwacht[0]["melding"] in uit["fouten_getoond"]
    samenvatting = pagina.locator(".vw-samenvatting")
    assert samenvatting.get_attribute("role") == "alert"
    assert "vw-samenvatting" in pagina.evaluate("document.activeElement.className")
    samenvatting.get_by_role("link").click()
    assert pagina.evaluate("document.activeElement.id") == "vw-vrijstelling_vijfjarige-uren_per_week"
    # Other fields carry no error.
    assert pagina.locator('[data-veld="geboortedatum"] .vw-fout').inner_text() == ""


def test_foute_regel_in_een_lijst_staat_bij_de_lijst(pagina, base_url):
    naam = "melding_16_uur"
    invoer = {"registraties": "2025-09-08;5\n2025-09-31;6\n", "vakantieregio": "zuid"}
    verwacht = calculators.run(naam, invoer)["fouten"]
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, invoer)
    bereken(pagina, naam)
    tekst = pagina.locator('[data-veld="registraties"] .vw-fout').inner_text()
    for fout in verwacht:
        assert fout["melding"] in (tekst if fout["veld"].startswith("registraties") else
                                   pagina.locator(".vw-samenvatting").inner_text())


def test_fout_zonder_veld_alleen_in_de_samenvatting(pagina, base_url):
    # A lijst filled both ways is refused in the page before Python is asked.
    naam = "melding_16_uur"
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, {"registraties": [{"datum": "2025-09-08", "uren": "5"}]})
    pagina.locator('[data-veld="registraties"] [data-plak]').fill("2025-09-09;4")
    uit = bereken(pagina, naam)
    assert "óf de regels óf het plakvak" in uit["fouten_getoond"]


def test_regels_toevoegen_en_verwijderen(pagina, base_url):
    naam = "melding_16_uur"
    pagina.goto(f"{base_url}proef/{naam}/")
    lijst = pagina.locator('[data-veld="registraties"]')
    lijst.get_by_role("button", name="Regel toevoegen").click()
    lijst.get_by_role("button", name="Regel toevoegen").click()
    assert lijst.locator("tbody tr").count() == 3
    assert pagina.evaluate("document.activeElement.getAttribute('aria-label')") == "Datum, regel 3"
    lijst.get_by_role("button", name="Verwijder regel 2").click()
    assert lijst.locator("tbody tr").count() == 2
    assert lijst.get_by_role("button", name="Verwijder regel 2").count() == 1


def test_alleen_toetsenbord(pagina, base_url):
    """Tab, Enter and typing only: an error, its link to the field, the answer."""
    naam = "leerplicht_start"
    pagina.goto(f"{base_url}proef/{naam}/")
    wacht_op_python(pagina)
    knop = "vw-bereken"
    pagina.evaluate("window.__paginas = 0; document$.subscribe(() => window.__paginas++)")

    def tab_tot(voorwaarde: str, max_: int = 60):
        for _ in range(max_):
            pagina.keyboard.press("Tab")
            if pagina.evaluate(voorwaarde):
                return
        raise AssertionError(f"met Tab niet bereikt: {voorwaarde}")

    # The question the answer depends on comes first: the vakantieregio, before the birth date.
    tab_tot(f"document.activeElement.id === 'vw-{naam}-vakantieregio'")
    tab_tot(f"document.activeElement.classList.contains('{knop}')")
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector(".vw-samenvatting:not([hidden])")
    assert "vw-samenvatting" in pagina.evaluate("document.activeElement.className")
    tab_tot("document.activeElement.closest('.vw-samenvatting') && document.activeElement.tagName === 'A'")
    pagina.keyboard.press("Enter")
    assert pagina.evaluate("document.activeElement.id") == f"vw-{naam}-geboortedatum"
    # A text field in Dutch notation, whatever the browser's language; one Tab stop, no hidden segments.
    pagina.keyboard.type("14-07-2020")
    assert pagina.locator(f"#vw-{naam}-geboortedatum").input_value() == "14-07-2020"
    pagina.keyboard.press("Tab")
    # the rarely needed fields (peildatum, extra vrije dagen) wait behind the "Meer opties" disclosure
    assert pagina.evaluate("document.activeElement.tagName") == "SUMMARY"
    assert pagina.evaluate("document.activeElement.textContent").startswith("Meer opties")
    for _ in range(3):
        pagina.keyboard.press("Shift+Tab")
        if pagina.evaluate(f"document.activeElement.id === 'vw-{naam}-vakantieregio'"):
            break
    assert pagina.evaluate("document.activeElement.id") == f"vw-{naam}-vakantieregio"
    pagina.keyboard.type("Midden")  # type-ahead in a select
    tab_tot(f"document.activeElement.classList.contains('{knop}')")
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector(".vw-antwoord:not([hidden])")
    assert pagina.evaluate("document.activeElement.id") == f"vw-{naam}-antwoord-kop"
    assert "maandag 1 september 2025" in pagina.locator(".vw-antwoord").inner_text()
    # The page was never rendered again (Material's instant navigation must not take the error links).
    assert pagina.evaluate("window.__paginas") == 1
    # The focused element has a visible outline.
    assert pagina.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"


def test_delen_via_fragment(pagina, base_url, context):
    naam = "leerplicht_start"
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, VOORBEELDEN[naam])
    bereken(pagina, naam)
    pagina.get_by_role("button", name="Link naar deze berekening").click()
    link = pagina.locator(".vw-link").input_value()
    assert link.startswith(f"{base_url}proef/{naam}/#rekenhulp={naam}&invoer=")
    assert "?" not in link  # the query string would reach the server's log
    assert "2020-07-14" in link.replace(quote("2020-07-14"), "2020-07-14")

    nieuw = context.new_page()
    nieuw.goto(link)
    nieuw.wait_for_selector(".vw-antwoord:not([hidden])", timeout=60_000)
    assert json.loads(nieuw.locator(".vw-antwoord-json").text_content()) == _verwacht(naam)
    assert nieuw.locator(f"#vw-{naam}-geboortedatum").input_value() == "2020-07-14"
    # No request carried the birth date.
    assert not [u for u in context.verzoeken.alle if "2020-07-14" in u or "2020-07-14" in u.replace("%2D", "-")]


def test_afdrukken_toont_de_uitkomst_zonder_formulier(pagina, base_url):
    naam = "leerplicht_start"
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, VOORBEELDEN[naam])
    bereken(pagina, naam)
    pagina.emulate_media(media="print")
    assert not pagina.locator(".vw-formulier").is_visible()
    assert not pagina.get_by_role("button", name="Afdrukken").is_visible()
    assert pagina.locator(".vw-antwoord").is_visible()
    assert pagina.locator(".vw-afdruk-invoer").is_visible()


def test_instant_navigatie_laadt_python_een_keer(pagina, base_url, context):
    pagina.goto(f"{base_url}proef/leerplicht_start/")
    wacht_op_python(pagina)
    pagina.evaluate("window.__zelfde_pagina = true")
    pagina.locator("article a", has_text="leerplicht_einde").first.click()
    pagina.wait_for_selector('.vw-rekenhulp[data-rekenhulp="leerplicht_einde"]')
    assert pagina.evaluate("window.__zelfde_pagina === true"), "geen instant navigatie: de pagina is herladen"
    vul_in(pagina, "leerplicht_einde", VOORBEELDEN["leerplicht_einde"])
    assert bereken(pagina, "leerplicht_einde") == _verwacht("leerplicht_einde")
    assert pagina.evaluate("window.vwRekenhulp.starts") == 1
    assert len(context.verzoeken.naar("pyodide.asm.wasm")) == 1


def test_geblokkeerde_wasm_geeft_een_nederlandse_melding(browser, base_url):
    from omgeving import nieuwe_context

    context = nieuwe_context(browser, base_url)
    context.route("**/*.wasm", lambda route: route.abort())
    pagina = context.new_page()
    pagina.goto(f"{base_url}proef/leerplicht_start/")
    status = pagina.locator(".vw-status")
    # Well inside the 60 s start-up time-out: the worker must notice the failure itself, not wait it out.
    pagina.wait_for_function("() => document.querySelector('.vw-status').textContent.includes('kon niet starten')",
                             timeout=30_000)
    assert "De rekenhulp kon niet starten" in status.inner_text() and "WebAssembly" in status.inner_text()
    assert pagina.evaluate("window.vwRekenhulp.herkansingen") == 1  # tried once more by itself first
    vul_in(pagina, "leerplicht_start", VOORBEELDEN["leerplicht_start"])
    uit = bereken(pagina, "leerplicht_start")
    assert "niet starten" in uit["fouten_getoond"]
    context.close()


def test_velden_van_een_regio_verschijnen_alleen_bij_die_regio(pagina, base_url):
    """Haaglanden-only fields (gemeente, eerste datum zorgwekkend verzuim) are not in another region's form, appear
    when Haaglanden is chosen, and a hidden field's value is not sent (issue 15)."""
    pagina.goto(f"{base_url}proef/stappenplan/")
    blok = pagina.locator('.vw-rekenhulp[data-rekenhulp="stappenplan"]')
    pagina.wait_for_function("() => document.querySelector('[data-rekenhulp=stappenplan]').dataset.gekoppeld === 'ja'")
    gemeente = blok.locator('[data-veld="gemeente"]')
    assert not gemeente.is_visible() and not blok.locator('[data-veld="keer_te_laat"]').is_visible()
    blok.locator('[data-veld="regio"] select').select_option("haaglanden")
    assert gemeente.is_visible() and blok.locator('[data-veld="eerste_datum_zorgwekkend"]').is_visible()
    gemeente.locator("select").select_option("Rijswijk")
    blok.locator('[data-veld="regio"] select').select_option("amsterdam-diemen")
    assert not gemeente.is_visible() and blok.locator('[data-veld="keer_te_laat"]').is_visible()
    vul_in(pagina, "stappenplan", {"keer_te_laat": "7"})
    antwoord = bereken(pagina, "stappenplan")
    assert antwoord == calculators.run("stappenplan", {"regio": "amsterdam-diemen", "keer_te_laat": "7"})
