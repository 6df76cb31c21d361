"""Cross-checks (issue 15): for every region and scenario, every calculator that answers the same question gives
the same answer. DUO melding yes/no and its deadline: melding_16_uur, stappenplan, verzuimoverzicht (a small
constructed export) and the DUO checklist; sickness and DUO: ziekteverzuim, stappenplan, verzuimoverzicht; who
decides on verlof: verlof and its letters; the step: stappenplan and verzuimoverzicht."""

from __future__ import annotations

import datetime as dt

import pytest

from calculators import documenten, profielen, run
from calculators.fouten import datum_nl
from calculators.kalender import Kalender

REGIOS = profielen.regio_ids(profielen.STANDAARD_MAP)
PEIL = "2026-03-27"


def _run(naam, **invoer):
    uit = run(naam, invoer)
    assert "fouten" not in uit, uit
    return uit


def _overzicht(regio: str, regels: list[tuple[str, int, str]], **extra) -> dict:
    """One pupil's export, one row per lesuur (lesson of 60 minutes, so a lesuur is an hour everywhere)."""
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(
        f"9;{dt.date.fromisoformat(d):%d-%m-%Y};{u};{code}\n" for d, n, code in regels for u in range(1, n + 1))
    uit = _run("verzuimoverzicht", bestand=tekst, regio=regio, peildatum=PEIL, vakantieregio="midden",
               lesuur_minuten=60, **extra)
    return uit["leerlingen"][0]


# Unexcused hours per day, all inside the four lesweken up to PEIL.
UREN = {
    "onder de grens": [("2026-03-02", 5, "A"), ("2026-03-09", 5, "A"), ("2026-03-16", 5, "A")],
    "precies de grens": [("2026-03-02", 6, "A"), ("2026-03-09", 6, "A"), ("2026-03-16", 4, "A")],
    "ruim erover": [("2026-03-02", 6, "A"), ("2026-03-03", 6, "A"), ("2026-03-09", 6, "A"), ("2026-03-16", 6, "A")],
}


@pytest.mark.parametrize("regio", REGIOS)
@pytest.mark.parametrize("geval", UREN)
def test_melden_bij_duo_een_antwoord(regio, geval):
    regels = UREN[geval]
    registraties = [{"datum": d, "uren": n} for d, n, _ in regels]
    m = _run("melding_16_uur", regio=regio, vakantieregio="midden", peildatum=PEIL, registraties=registraties)
    zestien = [x for x in m["meldingen"] if x["soort"] == "16_uur"]
    s = _run("stappenplan", regio=regio, peildatum=PEIL, ongeoorloofde_uren=sum(n for _, n, _ in regels))
    x = _overzicht(regio, regels)
    grens = profielen.laad(regio).waarde("melding_uren")
    assert bool(zestien) == (sum(n for _, n, _ in regels) >= grens)  # the scenario is what it says
    assert (s["duo_melding"] == "ja") == bool(zestien)
    assert x["meldingen"] and x["meldingen"] == m["meldingen"] if zestien else x["meldingen"] == []
    assert ("melding_16_uur" in x["signalen"]) == bool(zestien)
    assert x["stap"]["duo_melding"] == s["duo_melding"] and x["stap"]["stappen"] == s["stappen"]
    soorten = [d["soort"] for d in documenten.documenten("melding_16_uur", {}, m)]
    assert ("checklist_duo_melding" in soorten) == bool(zestien)
    if zestien:
        checklist = documenten.document("melding_16_uur", {}, m, "checklist_duo_melding")["tekst"]
        termijn = datum_nl(dt.date.fromisoformat(zestien[0]["melden_uiterlijk"]))
        assert f"Uiterlijk melden: {termijn}" in checklist


ZIEK = {
    "drie meldingen": ["2026-01-12", "2026-02-02", "2026-03-02"],
    "vier meldingen in twaalf schoolweken": ["2026-01-12", "2026-02-02", "2026-03-02", "2026-03-16"],
}


@pytest.mark.parametrize("regio", REGIOS)
@pytest.mark.parametrize("geval", ZIEK)
def test_ziekte_en_duo_een_antwoord(regio, geval):
    dagen = ZIEK[geval]
    z = _run("ziekteverzuim", regio=regio, vakantieregio="midden", peildatum=PEIL, onderwijssoort="vo",
             ziekmeldingen=[{"eerste_dag": d, "laatste_dag": d} for d in dagen])
    s = _run("stappenplan", regio=regio, peildatum=PEIL, ziekmeldingen_12_weken=len(dagen))
    x = _overzicht(regio, [(d, 6, "Z") for d in dagen])
    assert z["zorgwekkend"] == (len(dagen) >= profielen.laad(regio).waarde("mazl_ziekmeldingen"))
    assert ("mazl" in x["signalen"]) == z["zorgwekkend"]
    assert x["stap"]["stappen"] == s["stappen"]
    if z["zorgwekkend"]:
        assert z["duo_melding"] == s["duo_melding"] == x["stap"]["duo_melding"]
        assert z["wat_nu"][-1] in s["wat_nu"]  # the same sentence about DUO
    else:
        assert s["duo_melding"] == "nee"


VERLOF = [("vakantie", "2026-03-06"), ("vakantie", "2026-03-20"), ("gewichtige_omstandigheden", "2026-03-05"),
          ("gewichtige_omstandigheden", "2026-03-20")]


@pytest.mark.parametrize("regio", REGIOS)
@pytest.mark.parametrize("soort, laatste", VERLOF)
def test_wie_beslist_over_verlof_een_antwoord(regio, soort, laatste):
    invoer = {"regio": regio, "soort": soort, "eerste_dag": "2026-03-02", "laatste_dag": laatste,
              "vakantieregio": "midden"}
    v = _run("verlof", **invoer)
    brieven = documenten.documenten("verlof", invoer, v)
    assert brieven
    for b in brieven:
        tekst = documenten.document("verlof", invoer, v, b["soort"])["tekst"]
        if v["beslisser"] == "leerplichtambtenaar":
            assert b["soort"] == "doorverwijzing_leerplichtambtenaar" and "leerplichtambtenaar" in tekst
        else:
            assert b["soort"].startswith("besluit_") and "directeur" in tekst.lower()


STAPPEN = {
    "vijf weken ongeoorloofd weg": lambda kal: [(d.isoformat(), 6, "A") for d in
                                                kal.schooldagen(dt.date(2026, 2, 23), dt.date(2026, 3, 27))],
    "vijf weken ziek": lambda kal: [(d.isoformat(), 6, "Z") for d in
                                    kal.schooldagen(dt.date(2026, 2, 23), dt.date(2026, 3, 27))],
    "tien keer te laat": lambda kal: [(d.isoformat(), 1, "L") for d in
                                      kal.schooldagen(dt.date(2026, 3, 9), dt.date(2026, 3, 20))],
}


@pytest.mark.parametrize("regio", REGIOS)
@pytest.mark.parametrize("geval", STAPPEN)
def test_de_stap_een_antwoord(regio, geval):
    x = _overzicht(regio, STAPPEN[geval](Kalender("midden")))
    enkel = _run("stappenplan", regio=regio, peildatum=PEIL, **{k: v for k, v in x["tellingen"].items() if v})
    assert x["stap"]["stappen"] == enkel["stappen"] and x["stap"]["duo_melding"] == enkel["duo_melding"]
    standaard = {s["id"] for s in profielen.laad(regio).stappen if s.get("standaard")}
    # a signal of the overview is an action in the step plan, and the summary counts it
    if set(x["signalen"]) & {"melding_16_uur", "lrv", "mazl", "te_laat", "thuiszitter"}:
        assert x["stap"]["stappen"][0]["id"] not in standaard and x["actie_nodig"], (x["signalen"], x["stap"]["kern"])
