"""Answers a reader can act on: the verdict first, the default path answers, Dutch dates and numbers,
no internal codes (issues 9 and 12)."""

from __future__ import annotations

import re

import pytest

import calculators

from browserhulp import bereken, vul_in
from test_rekenhulpen import VOORBEELDEN

# The form's defaults (regio "Landelijk", no vakantieregio) plus only what is required, dates typed the
# Dutch way. Every calculator must answer this, not ask for a vakantieregio.
STANDAARDPAD = {
    "leerplicht_start": {"geboortedatum": "14-3-2020"},
    "leerplicht_einde": {"geboortedatum": "02-03-2010"},
    "kwalificatieplicht": {"geboortedatum": "14/07/2008"},
    "vrijstelling_vijfjarige": {"geboortedatum": "14-07-2020", "datum": "06-10-2025", "uren_per_week": "7"},
    "verlof": {"soort": "gewichtige_omstandigheden", "eerste_dag": "06-10-2025", "laatste_dag": "08-10-2025"},
    "melding_16_uur": {"registraties": [{"datum": "08-09-2025", "uren": "8"}, {"datum": "10-09-2025", "uren": "8,5"}]},
    "ziekteverzuim": {"onderwijssoort": "vo"},  # preselected in the form
    "stappenplan": {},
}

# The same question in several regions, where the verdict differs.
PER_REGIO = [
    ("ziekteverzuim", {"onderwijssoort": "vo", "ziekmeldingen": "2025-09-08;2025-09-16;40"},
     ["landelijk", "drechtsteden"]),
    ("stappenplan", {"ongeoorloofde_uren": "8"}, ["landelijk", "amsterdam-diemen", "zuid-kennemerland-ijmond"]),
    ("stappenplan", {"eerste_datum_zorgwekkend": "2026-01-05", "peildatum": "2026-12-02", "gemeente": "Den Haag"},
     ["haaglanden"]),
]

CODE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")  # a snake_case id such as melden_duo or nu_te_laat
SLORDIG = re.compile(r"\w\((?:en|s|pen)\)|\.\.(?!\.)|\d\.\d+ uur")


def _open_alles(pagina) -> str:
    pagina.evaluate("document.querySelectorAll('.vw-antwoord details').forEach(d => d.open = true)")
    return pagina.locator(".vw-antwoord").inner_text()


@pytest.mark.parametrize("naam", calculators.namen_met_formulier())
def test_standaardpad_geeft_een_antwoord(pagina, base_url, naam):
    invoer = STANDAARDPAD[naam]
    verwacht = calculators.run(naam, invoer)
    assert "fouten" not in verwacht, verwacht
    pagina.goto(f"{base_url}proef/{naam}/")
    # the vakantieregio question comes before the calculator's own questions
    volgorde = pagina.locator(f'.vw-rekenhulp[data-rekenhulp="{naam}"] [data-veld]').evaluate_all(
        "vs => vs.map(v => v.dataset.veld)")
    eigen = calculators.schema(naam)["velden"][0]["naam"]  # the calculator's own first question
    if "vakantieregio" in volgorde:
        assert volgorde.index("vakantieregio") < volgorde.index(eigen)
    vul_in(pagina, naam, invoer)
    antwoord = bereken(pagina, naam)
    assert antwoord == verwacht
    assert pagina.locator(".vw-antwoord h3").inner_text() == verwacht["kern"]


def test_standaardpad_heeft_voor_elke_rekenhulp_een_invoer():
    assert set(STANDAARDPAD) == set(calculators.namen_met_formulier())


@pytest.mark.parametrize("naam, invoer, regio_s", PER_REGIO, ids=[f"{n}-{'-'.join(r)}" for n, _, r in PER_REGIO])
def test_oordeel_staat_eerst_per_regio(pagina, base_url, naam, invoer, regio_s):
    pagina.goto(f"{base_url}proef/{naam}/")
    gezien = []
    for regio in regio_s:
        verwacht = calculators.run(naam, {**invoer, "regio": regio})
        assert "fouten" not in verwacht, verwacht
        vul_in(pagina, naam, {**invoer, "regio": regio})
        assert bereken(pagina, naam) == verwacht
        kop = pagina.locator(".vw-antwoord h3")
        assert kop.inner_text() == verwacht["kern"]
        # the verdict is the first thing in the answer, and it has the focus (a screen reader reads it)
        assert pagina.evaluate("document.activeElement.id").endswith("-antwoord-kop")
        assert pagina.evaluate("""() => { const v = document.querySelector('.vw-antwoord');
            return v.querySelector('h3') === v.querySelector('h3, h4, p, dl, ul, ol, table'); }""")
        gezien.append(verwacht["kern"])
    assert len(set(gezien)) == len(gezien), f"het oordeel verschilt niet per regio: {gezien}"


@pytest.mark.parametrize("naam, invoer", [*VOORBEELDEN.items(), *[(n, {**i, "regio": r}) for n, i, rs in PER_REGIO
                                                                   for r in rs]])
def test_geen_codes_en_nette_tekst_in_het_antwoord(pagina, base_url, naam, invoer):
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, invoer)
    assert "fouten" not in bereken(pagina, naam)
    tekst = _open_alles(pagina)
    assert "Code:" not in tekst and "Code\n" not in tekst
    assert not CODE.findall(tekst), CODE.findall(tekst)
    assert not SLORDIG.findall(tekst), SLORDIG.findall(tekst)


def test_haaglanden_stappenplan_is_kort_met_de_huidige_stap_eerst(pagina, base_url):
    naam = "stappenplan"
    invoer = {"regio": "haaglanden", "gemeente": "Den Haag", "ongeoorloofde_uren": "16",
              "ziekmeldingen_12_weken": "4", "eerste_datum_zorgwekkend": "2026-01-05", "peildatum": "2026-03-09"}
    verwacht = calculators.run(naam, invoer)
    assert len(verwacht["stappen"]) > 1
    pagina.set_viewport_size({"width": 1280, "height": 900})
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, invoer)
    bereken(pagina, naam)
    # the answer itself, whether or not the documents that fit it (their own section, document.mjs) have loaded
    hoogte = pagina.locator(".vw-antwoord").evaluate(
        "v => { const d = v.querySelector('.vw-documenten'); return (d ? d.getBoundingClientRect().top"
        " : v.getBoundingClientRect().bottom) - v.getBoundingClientRect().top; }")
    print(f"hoogte van het Haaglanden-antwoord: {hoogte:.0f} px")
    # the current step and its actions are in view; the other steps and the escalation ladder are folded
    zichtbaar = pagina.locator(".vw-antwoord").inner_text()
    pagina.locator(".vw-documenten").evaluate("s => { s.hidden = s.dataset.wasHidden === 'true'; }")
    assert verwacht["stappen"][0]["titel"].lower() in zichtbaar.lower()
    assert all(actie in zichtbaar for actie in verwacht["stappen"][0]["acties"])
    assert verwacht["stappen"][1]["titel"] not in zichtbaar
    assert pagina.locator(".vw-antwoord details.vw-vouw").count() == 2
    assert "Stand op maandag 9 maart 2026" in zichtbaar
    assert hoogte < 1200, f"het antwoord is {hoogte:.0f} px hoog"
    # folded, not gone: opening shows every step
    tekst = _open_alles(pagina)
    assert all(s["titel"] in tekst for s in verwacht["stappen"])


def test_31_februari_zegt_dat_de_datum_niet_bestaat(pagina, base_url):
    naam = "leerplicht_start"
    pagina.goto(f"{base_url}proef/{naam}/")
    veld = pagina.locator(f"#vw-{naam}-geboortedatum")
    veld.click()
    pagina.keyboard.type("31-02-2021")
    uit = bereken(pagina, naam)
    melding = pagina.locator('[data-veld="geboortedatum"] .vw-fout').inner_text()
    assert melding == "De datum '31-02-2021' bij 'Geboortedatum' bestaat niet: februari 2021 heeft geen dag 31."
    assert "verplicht" not in uit["fouten_getoond"]
    assert veld.input_value() == "31-02-2021"  # what was typed stays, so it can be corrected


def test_nederlandse_getallen_in_het_antwoord(pagina, base_url):
    naam = "melding_16_uur"
    invoer = {"registraties": "08-09-2025;8\n10-09-2025;8,5\n", "vakantieregio": "midden"}
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, invoer)
    bereken(pagina, naam)
    tekst = _open_alles(pagina)
    assert "16,5 uur" in pagina.locator(".vw-antwoord h3").inner_text()
    assert "16,5" in tekst and "16.5" not in tekst
