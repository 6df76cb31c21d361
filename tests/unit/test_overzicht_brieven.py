"""From the row to the letter: a pupil's documents filled from its own row (calculators/overzicht/brieven.py), the
worker's bridge (brug.overzicht_detail / overzicht_weken) and the command line (--leerling)."""

from __future__ import annotations

import json

import pytest

from calculators import brug
from calculators.__main__ import main
from calculators.overzicht.brieven import leerling_documenten

from test_overzicht_beeld import MELDING, _maandagen, leerling, overzicht, rij

ZIEK = "".join(rij("9001", d, range(1, 9), "Z", naam="Ab Kok", klas="3c") for d in _maandagen(6))


@pytest.fixture(scope="module")
def documenten_melding():
    antwoord, toestand = overzicht(MELDING, "2026-03-31")
    return {d["soort"]: d for d in leerling_documenten(toestand, antwoord, leerling(antwoord, "5001"))}


def test_checklist_duo_met_de_feiten_van_de_leerling(documenten_melding):
    doc = documenten_melding["checklist_duo_melding"]
    tekst = doc["tekst"]
    assert "Jeanné de Vries, leerlingnummer 5001 (2b)" in tekst
    assert "Begindatum (eerste verzuimdag): maandag 9 februari 2026" in tekst
    assert "Einddatum: woensdag 25 februari 2026" in tekst
    assert "Verzuimde uren in deze periode: 16,67 uur" in tekst
    assert "In totaal 16,67 uur ongeoorloofd verzuim op 5 dagen" in tekst
    open_ = {v["naam"] for v in doc["velden_open"]}
    assert not open_ & {"naam_leerling", "klas"} and "[naam leerling]" not in tekst
    assert doc["rekenhulp"] == "melding_16_uur" and doc["leerling"] == "5001"


def test_uitnodiging_aan_ouders_zonder_leerlingnummer(documenten_melding):
    tekst = documenten_melding["uitnodiging_verzuimgesprek"]["tekst"]
    assert "afwezigheid van Jeanné de Vries" in tekst and "5001" not in tekst
    # the pupil's step (melden bij DUO) asks for it: the stappenplan's letter, with the pupil's own facts
    assert documenten_melding["uitnodiging_verzuimgesprek"]["rekenhulp"] == "stappenplan"
    assert ("Urengrens bereikt: 16,67 uur ongeoorloofd van maandag 9 februari 2026 tot en met woensdag 25 februari "
            "2026; melden bij DUO uiterlijk woensdag 4 maart 2026") in tekst
    assert "Keer te laat gekomen: 2" in tekst


def test_mazl_aanmelding_en_verslag_met_de_kalender():
    antwoord, toestand = overzicht(ZIEK, "2026-03-31")
    docs = {d["soort"]: d for d in leerling_documenten(toestand, antwoord, leerling(antwoord, "9001"))}
    assert {"aanmelding_mazl", "verzuimverslag", "uitnodiging_verzuimgesprek"} <= set(docs)
    mazl = docs["aanmelding_mazl"]["tekst"]
    assert "Naam: Ab Kok, leerlingnummer 9001" in mazl and "Groep of klas: 3c" in mazl
    assert "maandag 2 februari 2026: 4e ziekmelding" in mazl
    verslag = docs["verzuimverslag"]["tekst"]
    assert "Ziekmeldingen dit schooljaar: 0" not in verslag  # a count the overview did not fill is not a fact
    assert "- Om te bespreken: 6 van de 6 ziekmeldingen begonnen op een maandag" in verslag
    assert "- week 3 (vanaf 12 januari 2026): ma ziek 6,67 uur; di -; wo -; do -; vr -" in verslag
    assert "week 52" not in verslag  # the Christmas holiday: no absence, not listed


def test_leerling_zonder_verzuim_krijgt_geen_document():
    antwoord, toestand = overzicht(rij("7001", "2026-03-02", [1], "X"), "2026-03-06")
    assert leerling_documenten(toestand, antwoord, leerling(antwoord, "7001")) == []


def test_brug_detail_en_weken_van_het_laatste_overzicht():
    invoer = json.dumps({"regio": "landelijk", "vakantieregio": "midden", "peildatum": "2026-03-31",
                         "codes": {"A": "ongeoorloofd", "Z": "ziek", "L": "te_laat", "G": "geoorloofd"}})
    brug.overzicht_voor_pagina(invoer, ("Stamnr;Naam;Klas;Datum;Lesuur;Code\n" + MELDING + ZIEK).encode())
    detail = json.loads(brug.overzicht_detail("5001"))
    assert detail["leerling"]["leerling"] == "5001"
    assert detail["beeld"]["svg"].startswith("<svg") and detail["beeld"]["vensters"][0]["soort"] == "melding_16_uur"
    assert {d["soort"] for d in detail["documenten"]} >= {"checklist_duo_melding"}
    onbekend = json.loads(brug.overzicht_detail("123"))
    assert onbekend["fouten"][0]["melding"] == "Leerling '123' staat niet in het bestand."
    weken = json.loads(brug.overzicht_weken())
    per = {w["maandag"]: w for w in weken["weken"]}
    assert per["2026-02-09"]["leerlingen_afwezig"] == 1 and per["2026-02-16"]["vakantie"]
    # a file that fails leaves no pupils of the previous file behind
    brug.overzicht_voor_pagina(invoer, b"")
    assert "fouten" in json.loads(brug.overzicht_detail("5001"))


def test_opdrachtregel_leerling(tmp_path, capsys):
    pad = tmp_path / "export.csv"
    pad.write_text("Stamnr;Naam;Klas;Datum;Lesuur;Code\n" + MELDING, encoding="utf-8")
    invoer = json.dumps({"regio": "landelijk", "vakantieregio": "midden", "peildatum": "2026-03-31",
                         "codes": {"A": "ongeoorloofd", "Z": "ziek", "L": "te_laat", "G": "geoorloofd"}})
    basis = ["verzuimoverzicht", "--bestand", str(pad), "--invoer", invoer, "--leerling"]
    assert main(basis + ["5001"]) == 0
    uit = json.loads(capsys.readouterr().out)
    assert uit["leerling"]["leerling"] == "5001" and uit["beeld"]["weken"]
    assert main(basis + ["5001", "--document"]) == 0
    assert capsys.readouterr().out.split() == ["uitnodiging_verzuimgesprek", "checklist_duo_melding", "verzuimverslag"]
    assert main(basis + ["5001", "--document", "checklist_duo_melding"]) == 0
    assert "Begindatum (eerste verzuimdag): maandag 9 februari 2026" in capsys.readouterr().out
    assert main(basis + ["4242"]) == 1
    fout = capsys.readouterr()
    assert fout.out == "" and fout.err.strip() == "Fout: Leerling '4242' staat niet in het bestand."
    assert main(basis + ["5001", "--document", "aanmelding_mazl"]) == 1
    assert "past niet bij leerling 5001" in capsys.readouterr().err
