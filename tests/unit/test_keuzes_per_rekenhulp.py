"""Each rekenhulp declares the interpretation choices (keuzes) its answers may record (``Rekenhulp.keuzes``).

Every calculator runs over the scenario tables (tests/unit/scenarios/*.toml) and, for the overview, over
small exports of each shape, in every region: every keuze in an answer must be declared by that calculator,
every declared id must exist in a profile, and every declared id must be recorded by some answer unless its
declaration says (``NIET_BEREIKT`` below) why these inputs do not reach it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from calculators import profielen, run
from calculators.rekenhulpen import REGISTER

REGIOS = profielen.regio_ids(profielen.STANDAARD_MAP)
SCENARIOS = Path(__file__).with_name("scenarios")


def _lesuren(code: str, dagen: int, lln: str = "7", start=dt.date(2026, 1, 12), uren=range(1, 7)) -> str:
    schooldagen = [d for d in (start + dt.timedelta(days=i) for i in range(dagen * 2)) if d.weekday() < 5][:dagen]
    return "".join(f"{lln};{d:%d-%m-%Y};{u};{code}\n" for d in schooldagen for u in uren)


# Exports of each shape the overview reads: lesuren (spijbelen, ziek, te laat, een dubbele regel, een eigen code),
# tijdvakken over een weekend, dagtotalen.
OVERZICHTEN = [
    {"bestand": "Stamnr;Datum;Lesuur;Code\n" + _lesuren("A", 4) + _lesuren("Z", 12, "8") + _lesuren("L", 12, "9", uren=[1])
                + "7;12-01-2026;1;A\n" + _lesuren("QX", 2, "10"), "codes": {"QX": "ongeoorloofd"},
     "peildatum": "2026-03-20"},
    {"bestand": "leerlingnummer;afkorting;beginDatumTijd;eindDatumTijd\n"
                "8;ZK;2026-03-06T13:00:00+01:00;2026-03-09T10:00:00+01:00\n9;XC;06-03-2026 13:00;09-03-2026 10:00\n",
     "peildatum": "2026-03-20"},
    {"bestand": "Stamnr;Datum;Minuten;Code\n" + "".join(f"5;{d:02d}-03-2026;300;A\n" for d in (2, 3, 4, 5, 6)),
     "peildatum": "2026-03-20"},
    # seven weeks away (melding, vervolgmelding, lrv, thuiszitter) and a primary-school pupil often ill
    {"bestand": "Stamnr;Datum;Lesuur;Code\n" + _lesuren("A", 35, "3") + "".join(
        _lesuren("Z", 1, "4", start=dt.date(2025, 9, 1) + dt.timedelta(weeks=2 * i)) for i in range(12)),
     "onderwijssoort": "po", "peildatum": "2026-03-02"},
    # a school year whose holidays are not known yet
    {"bestand": "Stamnr;Datum;Lesuur;Code\n" + _lesuren("A", 4, start=dt.date(2035, 3, 5)), "peildatum": "2035-03-20"},
]


def _elke_schooldag(start: str, dagen: int, uren: int = 8) -> list[dict]:
    d, uit = dt.date.fromisoformat(start), []
    while len(uit) < dagen:
        if d.weekday() < 5:
            uit.append({"datum": d.isoformat(), "uren": uren})
        d += dt.timedelta(days=1)
    return uit


# Cases the scenario tables do not hold, for the choices only they reach (outside the known school years, part-time,
# a religious holiday, a follow-up melding within the waiting days, long absence, a region's own step).
VOORBEELDEN = [
    ("leerplicht_start", {"geboortedatum": "1990-03-15"}),
    # born on 29 February 2084: 16 in 2100, a common year (the law's age is a multiple of 4)
    ("leerplicht_einde", {"geboortedatum": "2084-02-29", "peildatum": "2090-01-01"}),
    ("kwalificatieplicht", {"geboortedatum": "2008-05-01", "startkwalificatie_datum": "2025-07-01"}),
    ("vrijstelling_vijfjarige", {"geboortedatum": "2020-06-01", "datum": "2025-09-01", "uren_per_week": 5,
                                 "vakantieregio": "midden"}),
    ("verlof", {"soort": "vakantie", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-03",
                "onderwijsdagen_per_week": 3, "vakantieregio": "midden"}),
    ("verlof", {"soort": "religieus", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-02",
                "vakantieregio": "midden"}),
    ("verlof", {"soort": "vakantie", "eerste_dag": "2035-03-05", "laatste_dag": "2035-03-06",
                "vakantieregio": "midden", "peildatum": "2035-01-01"}),
    ("melding_16_uur", {"vakantieregio": "midden", "peildatum": "2026-03-31",
                        "registraties": _elke_schooldag("2026-01-12", 40)}),
    ("melding_16_uur", {"vakantieregio": "midden", "peildatum": "2035-03-31",
                        "registraties": _elke_schooldag("2035-03-05", 3)}),
    ("stappenplan", {"weken_aaneengesloten_afwezig": 2}),
]


def _invoeren():
    """(rekenhulp, invoer) for every scenario and example, in every region."""
    for pad in sorted(SCENARIOS.glob("*.toml")):
        for s in tomllib.loads(pad.read_text(encoding="utf-8"))["scenario"]:
            for regio in s.get("regios", REGIOS):
                yield s["rekenhulp"], {"regio": regio, **s["feiten"]}
    for regio in REGIOS:
        for naam, invoer in VOORBEELDEN:
            yield naam, {"regio": regio, **invoer}
        for invoer in OVERZICHTEN:
            yield "verzuimoverzicht", {"regio": regio, "vakantieregio": "midden", **invoer}


def _vastgelegd() -> dict[str, set[str]]:
    uit: dict[str, set[str]] = {naam: set() for naam in REGISTER}
    for naam, invoer in _invoeren():
        antwoord = run(naam, invoer)
        assert "fouten" not in antwoord, (naam, invoer, antwoord["fouten"])
        uit[naam] |= {k["id"] for k in antwoord["keuzes"]}
    return uit


VASTGELEGD = _vastgelegd()


def _bestaande_keuzes() -> set[str]:
    ids: set[str] = set()
    for rid in REGIOS:
        ids |= set(profielen.laad(rid).keuzes)
    return ids


@pytest.mark.parametrize("naam", list(REGISTER))
def test_elke_vastgelegde_keuze_is_gedeclareerd(naam):
    assert VASTGELEGD[naam] <= set(REGISTER[naam].keuzes), sorted(VASTGELEGD[naam] - set(REGISTER[naam].keuzes))


@pytest.mark.parametrize("naam", list(REGISTER))
def test_elke_gedeclareerde_keuze_bestaat(naam):
    hulp = REGISTER[naam]
    assert len(set(hulp.keuzes)) == len(hulp.keuzes), "dubbel gedeclareerd"
    assert set(hulp.keuzes) <= _bestaande_keuzes(), sorted(set(hulp.keuzes) - _bestaande_keuzes())


@pytest.mark.parametrize("naam", list(REGISTER))
def test_elke_gedeclareerde_keuze_wordt_bereikt(naam):
    """No stale declaration: each declared choice is recorded by one of the inputs above."""
    assert set(REGISTER[naam].keuzes) <= VASTGELEGD[naam], sorted(set(REGISTER[naam].keuzes) - VASTGELEGD[naam])


# Every keuze on the page 'Keuzes en interpretaties' is recorded by some answer that applies it.
ALLEEN_OP_DE_PAGINA: set[str] = set()
# Recorded by a pupil's picture in the overview, not by run(): leerling_beeld()["keuzes"]
# (tests/unit/test_overzicht_beeld.py checks that it is).
IN_HET_BEELD = {"overzicht_patronen"}


def test_elke_keuze_in_een_profiel_hoort_bij_een_rekenhulp():
    gedeclareerd = {k for h in REGISTER.values() for k in h.keuzes}
    assert _bestaande_keuzes() - gedeclareerd == ALLEEN_OP_DE_PAGINA | IN_HET_BEELD
