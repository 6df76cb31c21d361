"""Documents after a calculator answer, in Chromium: open one, fill a blank, print it as a clean letter,
download it; the same text as CPython's; axe clean; nothing leaves 127.0.0.1 (the context fixture)."""

from __future__ import annotations

import re

import calculators
import docx
from calculators.documenten import document, documenten
from calculators.documenten.bestanden import als_tekst

from browserhulp import bereken, vul_in
from test_site import _axe

VERLOF = {"soort": "vakantie", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-17",
          "aanvraagdatum": "2026-01-05", "vakantieregio": "midden"}
STAP = {"ongeoorloofde_uren": "8", "regio": "amsterdam-diemen"}
MERK = re.compile(r"\[[a-zà-ÿ(][^\]\n]*\]")


def _documenten(pagina, naam, invoer):
    pagina.goto(pagina.base_url + f"proef/{naam}/")
    vul_in(pagina, naam, invoer)
    antwoord = bereken(pagina, naam)
    pagina.wait_for_selector(".vw-documenten:not([hidden]) .vw-document")
    return antwoord


def test_document_invullen_afdrukken_en_downloaden(pagina, base_url):
    pagina.base_url = base_url
    antwoord = _documenten(pagina, "verlof", VERLOF)
    verwacht = document("verlof", VERLOF, antwoord, "besluit_vakantieverlof_afwijzing")
    soorten = pagina.locator(".vw-document").evaluate_all("ds => ds.map(d => d.dataset.soort)")
    assert soorten == [d["soort"] for d in documenten("verlof", VERLOF, antwoord)]

    doc = pagina.locator('.vw-document[data-soort="besluit_vakantieverlof_afwijzing"]')
    doc.locator("summary").click()
    voorbeeld = doc.locator(".vw-brief")
    tekst = voorbeeld.inner_text()
    for feit in ("maandag 2 maart 2026 tot en met dinsdag 17 maart 2026", "12 schooldagen", "binnen 6 weken",
                 "artikel 11 onder f en artikel 13a van de Leerplichtwet 1969", antwoord["redenen"][0]):
        assert feit in tekst
    # Every open field is a labelled input; typing fills the letter (and nothing is requested for it).
    assert doc.locator(".vw-open-velden input, .vw-open-velden textarea").count() == len(verwacht["velden_open"])
    doc.get_by_label("Naam leerling", exact=True).fill("Sanne de Vries")
    assert voorbeeld.locator('.vw-open--ingevuld[data-open="naam_leerling"]').first.inner_text() == "Sanne de Vries"
    assert "Sanne de Vries krijgt geen vakantieverlof" in voorbeeld.inner_text()

    # Print: only the letter on paper; every blank still open is marked, none is left as a bare gap.
    # Headless Chromium has no print dialog: count the call instead (a function string is called by evaluate).
    pagina.evaluate("() => { window.print = () => { window.__afgedrukt = (window.__afgedrukt || 0) + 1; }; }")
    doc.get_by_role("button", name="Afdrukken").click()
    assert pagina.evaluate("window.__afgedrukt") == 1
    pagina.emulate_media(media="print")
    brief = pagina.locator("body > .vw-afdrukbrief")
    assert brief.is_visible()
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".vw-rekenhulp", "article h1"):
        assert not pagina.locator(chrome).first.is_visible(), chrome
    afdruk = brief.inner_text()
    assert "Sanne de Vries" in afdruk and "[naam leerling]" not in afdruk
    open_ = brief.locator(".vw-open:not(.vw-open--ingevuld)")
    assert open_.count() > 0
    assert len(MERK.findall(afdruk)) == open_.count()
    stijlen = open_.evaluate_all("os => os.map(o => getComputedStyle(o).borderBottomStyle)")
    assert set(stijlen) == {"dashed"}
    assert pagina.evaluate("getComputedStyle(document.querySelector('body > .vw-afdrukbrief')).fontSize") == "14.6667px"
    pagina.emulate_media(media="screen")
    assert not brief.is_visible()

    # Download: a Word file written by Python in the worker, and clean text; no Markdown for school staff.
    assert doc.get_by_role("button", name=re.compile(r"\.md\b")).count() == 0
    with pagina.expect_download() as info:
        doc.get_by_role("button", name="Download voor Word (.docx)").click()
    assert info.value.suggested_filename == "besluit-vakantieverlof-afgewezen.docx"
    word = docx.Document(info.value.path())
    alineas = [(p.style.name, p.text) for p in word.paragraphs]
    assert ("Heading 2", "Besluit") in alineas
    assert any("Sanne de Vries krijgt geen vakantieverlof" in t for _, t in alineas)
    assert "is gedownload" in doc.locator(".vw-status").inner_text()
    with pagina.expect_download() as info:
        doc.get_by_role("button", name="Download als tekst (.txt)").click()
    assert info.value.suggested_filename == "besluit-vakantieverlof-afgewezen.txt"
    inhoud = open(info.value.path(), encoding="utf-8-sig").read()
    assert inhoud == als_tekst(verwacht["tekst"].replace("[naam leerling]", "Sanne de Vries"))
    assert "##" not in inhoud


def test_documenten_uit_nederlandse_datums(pagina, base_url):
    """The form asks for dd-mm-jjjj: every document is made from those dates (issue 21)."""
    pagina.base_url = base_url
    invoer = {**VERLOF, "eerste_dag": "02-03-2026", "laatste_dag": "17-03-2026", "aanvraagdatum": "05-01-2026"}
    antwoord = _documenten(pagina, "verlof", invoer)
    assert not pagina.locator(".vw-documenten .vw-status--fout").count()
    soorten = pagina.locator(".vw-document").evaluate_all("ds => ds.map(d => d.dataset.soort)")
    assert soorten == [d["soort"] for d in documenten("verlof", invoer, antwoord)] != []
    doc = pagina.locator(".vw-document").first
    doc.locator("summary").click()
    assert "maandag 2 maart 2026 tot en met dinsdag 17 maart 2026" in doc.locator(".vw-brief").inner_text()


def test_getypte_gegevens_vullen_ook_de_andere_documenten(pagina, base_url):
    pagina.base_url = base_url
    antwoord = _documenten(pagina, "stappenplan", STAP)
    assert [d["soort"] for d in documenten("stappenplan", STAP, antwoord)] == \
        ["uitnodiging_verzuimgesprek", "verzuimverslag"]
    uitnodiging = pagina.locator('.vw-document[data-soort="uitnodiging_verzuimgesprek"]')
    verslag = pagina.locator('.vw-document[data-soort="verzuimverslag"]')
    uitnodiging.locator("summary").click()
    assert "Hebt u vragen over opgroeien, opvoeden of veiligheid?" in uitnodiging.locator(".vw-brief").inner_text()
    uitnodiging.get_by_label("Naam leerling", exact=True).fill("Mo")
    verslag.locator("summary").click()
    assert verslag.get_by_label("Naam leerling", exact=True).input_value() == "Mo"
    assert "Leerling: Mo (" in verslag.locator(".vw-brief").inner_text()


def test_axe_met_een_geopend_document(pagina, base_url):
    pagina.base_url = base_url
    _documenten(pagina, "verlof", VERLOF)
    pagina.locator(".vw-document summary").first.click()
    pagina.locator(".vw-document input").first.fill("Sanne")
    assert _axe(pagina) == []


def test_geen_documenten_als_er_niets_bij_hoort(pagina, base_url):
    naam = "leerplicht_start"
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, {"geboortedatum": "2020-07-14", "vakantieregio": "midden"})
    assert "fouten" not in bereken(pagina, naam)
    pagina.wait_for_selector('.vw-documenten[data-stand="klaar"]', state="attached")
    assert pagina.locator(".vw-document").count() == 0
    assert calculators.run(naam, {"geboortedatum": "2020-07-14", "vakantieregio": "midden"})["rekenhulp"] == naam
