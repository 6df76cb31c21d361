"""The 16-hour rule (art. 21a Lpw), vervolgmeldingen and LRV, as a school would enter them."""

import datetime as dt

import pytest

from calculators import run
from calculators.kalender import Kalender


def meld(registraties, **extra):
    uit = run("melding_16_uur", {"vakantieregio": "midden", "registraties": registraties, **extra})
    assert "fouten" not in uit, uit
    return uit


def r(datum, uren):
    return {"datum": datum, "uren": uren}


def doorlopend(van, tot, uren_per_dag, regio="midden"):
    kal = Kalender(regio)
    d, tot = dt.date.fromisoformat(van), dt.date.fromisoformat(tot)
    uit = []
    while d <= tot:
        if kal.is_schooldag(d):
            uit.append(r(d.isoformat(), uren_per_dag))
        d += dt.timedelta(days=1)
    return uit


def test_geen_verzuim_geen_melding():
    uit = meld([])
    assert uit["meldingen"] == [] and uit["totaal_uren"] == 0


def test_precies_zestien_uur_is_een_melding():
    uit = meld([r("2025-09-11", 8), r("2025-09-12", 8)])
    assert uit["meldingen"] == [{"soort": "16_uur", "begindatum": "2025-09-11", "einddatum": "2025-09-12",
                                 "uren": 16.0, "melden_uiterlijk": "2025-09-19"}]


def test_vijftien_en_een_half_uur_is_geen_melding():
    assert meld([r("2025-09-11", 8), r("2025-09-12", 7.5)])["meldingen"] == []


def test_venster_loopt_tot_de_dag_voor_dezelfde_weekdag_vier_lesweken_later():
    binnen = meld([r("2025-09-11", 6), r("2025-09-15", 6), r("2025-10-08", 4)])
    assert binnen["meldingen"][0]["einddatum"] == "2025-10-08"
    buiten = meld([r("2025-09-11", 6), r("2025-09-15", 6), r("2025-10-09", 4)])
    assert buiten["meldingen"] == []


def test_vakantieweek_in_het_venster_telt_niet_mee():
    # midden: herfstvakantie 18-26 October 2025. From Monday 6 October the window runs to Sunday 9 November,
    # so hours on 7 November still count; without the holiday the window would end on 2 November.
    uit = meld([r("2025-10-06", 8), r("2025-11-07", 8)])
    assert uit["meldingen"][0]["begindatum"] == "2025-10-06"
    assert uit["meldingen"][0]["einddatum"] == "2025-11-07"
    noord_zuid = run("melding_16_uur", {"vakantieregio": "zuid", "registraties": [r("2025-10-06", 8),
                                                                                   r("2025-11-07", 8)]})
    # zuid had its autumn holiday a week earlier (11-19 October): same effect
    assert len(noord_zuid["meldingen"]) == 1


def test_kerstvakantie_in_het_venster():
    uit = meld([r("2025-12-10", 8), r("2026-01-20", 8)])
    assert uit["meldingen"][0]["einddatum"] == "2026-01-20"
    assert meld([r("2025-12-10", 8), r("2026-01-21", 8)])["meldingen"] == []


def test_tellen_begint_opnieuw_na_de_einddatum():
    uit = meld([r("2025-09-08", 10), r("2025-09-09", 6), r("2025-09-10", 6), r("2025-09-22", 10)])
    assert [(m["begindatum"], m["einddatum"], m["uren"]) for m in uit["meldingen"]] == [
        ("2025-09-08", "2025-09-09", 16.0), ("2025-09-10", "2025-09-22", 16.0)]


def test_eerste_dag_zonder_genoeg_uren_schuift_het_anker_op():
    # 2 hours on 1 September is too early: from then the window ends 28 September; from 15 September it reaches 16
    uit = meld([r("2025-09-01", 2), r("2025-09-15", 6), r("2025-09-29", 6), r("2025-10-06", 4)])
    assert uit["meldingen"][0]["begindatum"] == "2025-09-15"
    assert uit["meldingen"][0]["einddatum"] == "2025-10-06"


def test_meerdere_registraties_op_een_dag_worden_opgeteld():
    uit = meld([r("2025-09-11", 4), r("2025-09-11", 4), r("2025-09-12", 8)])
    assert uit["meldingen"][0]["uren"] == 16.0


def test_doorlopend_verzuim_een_melding_per_zeven_dagen_en_dan_lrv():
    uit = meld(doorlopend("2025-09-01", "2025-11-14", 6), peildatum="2025-11-20")
    soorten = [(m["soort"], m["begindatum"], m["einddatum"]) for m in uit["meldingen"]]
    assert soorten == [
        ("16_uur", "2025-09-01", "2025-09-03"),
        ("16_uur", "2025-09-04", "2025-09-10"),   # reached on the 8th, moved to 7 days after the 3rd
        ("16_uur", "2025-09-11", "2025-09-17"),
        ("16_uur", "2025-09-18", "2025-09-24"),
        ("lrv", "2025-09-25", "2025-11-14"),      # more than four lesweken: one LRV from the day after
    ]
    einden = [dt.date.fromisoformat(m["einddatum"]) for m in uit["meldingen"] if m["soort"] == "16_uur"]
    assert all((b - a).days >= 7 for a, b in zip(einden, einden[1:]))


def test_lrv_blijft_open_zolang_de_leerling_afwezig_is():
    uit = meld(doorlopend("2025-09-01", "2025-10-10", 6))
    lrv = uit["meldingen"][-1]
    assert lrv["soort"] == "lrv" and lrv["einddatum"] is None


def test_na_terugkeer_begint_het_tellen_opnieuw():
    regs = doorlopend("2025-09-01", "2025-10-03", 6) + [r("2025-11-10", 8), r("2025-11-11", 8)]
    uit = meld(regs)
    assert uit["meldingen"][-2]["soort"] == "lrv"
    assert uit["meldingen"][-2]["einddatum"] == "2025-10-03"
    assert uit["meldingen"][-1] == {"soort": "16_uur", "begindatum": "2025-11-10", "einddatum": "2025-11-11",
                                    "uren": 16.0, "melden_uiterlijk": "2025-11-18"}


def test_geplakte_regels_uit_een_spreadsheet():
    uit = meld("datum;uren\n2025-09-11;6\n2025-09-12;10,5\n")
    assert uit["meldingen"][0]["uren"] == 16.5


@pytest.mark.parametrize("plak, woord", [
    ("2025-09-11;6\n2025-13-12;2\n", "maand 13"),
    ("2025-09-11;zes\n", "geen getal"),
    ("2025-09-11\n", "ontbreekt"),
    ("2025-09-11;6;extra\n", "meer kolommen"),
    ("2025-09-11;-2\n", "negatief"),
    ("2025-09-11;30\n", "meer dan 24"),
])
def test_foute_csv_geeft_een_melding_met_regelnummer(plak, woord):
    uit = run("melding_16_uur", {"vakantieregio": "midden", "registraties": plak})
    assert uit["fouten"][0]["veld"] == "registraties"
    assert woord in uit["fouten"][0]["melding"]


def test_registratie_in_de_toekomst():
    uit = run("melding_16_uur", {"vakantieregio": "midden", "peildatum": "2025-09-01",
                                 "registraties": [r("2025-09-11", 6)]})
    assert "toekomst" in uit["fouten"][0]["melding"]


def test_registratie_in_de_vakantie_geeft_een_waarschuwing():
    uit = meld([r("2025-10-20", 8), r("2025-10-27", 8)])
    assert uit["waarschuwingen"] and len(uit["meldingen"]) == 1
