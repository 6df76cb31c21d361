"""The one contract: run(naam, invoer) -> dict, schema(), namen(), the CLI. Bad input never raises."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import calculators
from calculators import namen, run, run_json, schema

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("naam", namen())
def test_schema_beschrijft_elk_veld(naam):
    s = schema(naam)
    assert s["titel"] and s["omschrijving"]
    namen_velden = [v["naam"] for v in s["velden"]]
    assert "regio" in namen_velden and "peildatum" in namen_velden
    for v in s["velden"]:
        assert v["type"] in {"datum", "getal", "geheel", "keuze", "bool", "lijst", "datumlijst", "tekst", "object"}
        assert v["label"]
        if v["type"] == "keuze":
            assert v["opties"] or v["naam"] == "gemeente"
        if v["type"] == "lijst":
            assert v["kolommen"]


@pytest.mark.parametrize("naam", namen())
def test_lege_invoer_noemt_elk_verplicht_veld(naam):
    uit = run(naam, {})
    verplicht = {v["naam"] for v in schema(naam)["velden"] if v["verplicht"]}
    if verplicht:
        assert {f["veld"] for f in uit["fouten"]} >= verplicht
        assert all(f["melding"] for f in uit["fouten"])
    else:
        # verzuimoverzicht: one of bestand or bestand_xlsx is needed, neither is required alone
        assert "fouten" not in uit or uit["fouten"][0]["veld"] in {"vakantieregio", "bestand"}


def test_onbekende_rekenhulp():
    uit = run("bestaat_niet", {})
    assert uit["fouten"][0]["veld"] == "naam" and "leerplicht_start" in uit["fouten"][0]["melding"]


@pytest.mark.parametrize("invoer, veld, woord", [
    ({"geboortedatum": "2020-02-30"}, "geboortedatum", "geen dag 30"),
    ({"geboortedatum": "31-02-2021"}, "geboortedatum", "bestaat niet: februari 2021 heeft geen dag 31"),
    ({"geboortedatum": "14-03-20"}, "geboortedatum", "Schrijf het jaar voluit, bijvoorbeeld 14-03-2020"),
    ({"geboortedatum": "2099-01-01", "peildatum": "2026-11-23"}, "geboortedatum", "toekomst"),
    ({"geboortedatum": "2020-01-01", "vakantieregio": "oost"}, "vakantieregio", "noord"),
    ({"geboortedatum": "2020-01-01", "onzin": 1}, "onzin", "Onbekend veld"),
    ({"geboortedatum": 20200101}, "geboortedatum", "dd-mm-jjjj"),
])
def test_foute_invoer_geeft_een_nederlandse_melding_per_veld(invoer, veld, woord):
    uit = run("leerplicht_start", {"vakantieregio": "midden", **invoer})
    assert any(f["veld"] == veld and woord in f["melding"] for f in uit["fouten"]), uit


def test_negatieve_uren():
    uit = run("vrijstelling_vijfjarige", {"geboortedatum": "2020-05-10", "datum": "2025-09-15",
                                          "uren_per_week": -1, "vakantieregio": "noord"})
    assert uit["fouten"] == [{"veld": "uren_per_week", "melding": "'Uren per week thuis' kan niet negatief zijn."}]


def test_invoer_die_geen_object_is():
    assert run("verlof", ["a"])["fouten"][0]["veld"] == "invoer"
    assert json.loads(run_json("verlof", "{niet json"))["fouten"][0]["veld"] == "invoer"


def test_run_json_is_dezelfde_uitkomst():
    invoer = {"geboortedatum": "2020-07-14", "vakantieregio": "midden"}
    assert json.loads(run_json("leerplicht_start", json.dumps(invoer))) == run("leerplicht_start", invoer)


def test_antwoord_is_json_en_heeft_uitleg_en_keuzes():
    uit = run("leerplicht_einde", {"geboortedatum": "2010-08-01"})
    assert json.loads(json.dumps(uit)) == uit
    assert uit["uitleg"] and uit["keuzes"] and all(s["bron"] is None or s["bron"]["titel"] for s in uit["uitleg"])


def test_een_interne_fout_wordt_een_nederlandse_melding(monkeypatch):
    def stuk(waarden, uitleg):
        raise ZeroDivisionError("oeps")
    monkeypatch.setattr(calculators.REGISTER["leerplicht_einde"], "bereken", stuk)
    uit = run("leerplicht_einde", {"geboortedatum": "2010-08-01"})
    assert "fout van Verzuimwijzer" in uit["fouten"][0]["melding"] and "ZeroDivisionError" in uit["interne_fout"]


def _cli(*args, invoer=None):
    return subprocess.run([sys.executable, "-m", "calculators", *args], capture_output=True, text=True,
                          cwd=ROOT, input=invoer)


def test_cli_geeft_hetzelfde_json():
    invoer = {"geboortedatum": "2020-07-14", "vakantieregio": "midden"}
    uit = _cli("leerplicht_start", "--invoer", json.dumps(invoer))
    assert uit.returncode == 0 and json.loads(uit.stdout) == run("leerplicht_start", invoer)


def test_cli_fout_en_help():
    fout = _cli("leerplicht_start", "--invoer", '{"geboortedatum": "2020-02-30"}')
    assert fout.returncode == 1 and json.loads(fout.stdout)["fouten"][0]["veld"] == "geboortedatum"
    assert "Rekenhulpen" in _cli("--help").stdout
    assert json.loads(_cli("verlof", "--schema").stdout)["naam"] == "verlof"
    assert json.loads(_cli("melding_16_uur", "--invoer", "-", invoer='{"vakantieregio": "noord"}').stdout)["meldingen"] == []


VOORBEELDEN = {
    "leerplicht_start": {"geboortedatum": "2020-03-10", "vakantieregio": "noord"},
    "leerplicht_einde": {"geboortedatum": "2012-03-10"},
    "kwalificatieplicht": {"geboortedatum": "2010-03-10", "uitzondering": "praktijkonderwijs"},
    "vrijstelling_vijfjarige": {"geboortedatum": "2020-03-10", "datum": "2025-10-01", "uren_per_week": 7,
                                "vakantieregio": "noord"},
    "verlof": {"soort": "gewichtige_omstandigheden", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-05",
               "vakantieregio": "noord"},
    "melding_16_uur": {"registraties": [{"datum": "2026-03-02", "uren": 8}, {"datum": "2026-03-03", "uren": 8}],
                       "vakantieregio": "noord"},
    "ziekteverzuim": {"onderwijssoort": "vo", "ziekmeldingen": [{"eerste_dag": "2026-03-02",
                      "laatste_dag": "2026-03-25"}], "peildatum": "2026-04-01", "vakantieregio": "noord"},
    "stappenplan": {"regio": "haaglanden", "ongeoorloofde_uren": 20, "eerste_datum_zorgwekkend": "2026-01-05",
                    "peildatum": "2026-03-02", "gemeente": "Rijswijk"},
    "verzuimoverzicht": {"regio": "drechtsteden", "peildatum": "2026-03-20", "bestand":
                         "Stamnr;Naam;Datum;Lesuur;Code\n1;An;02-03-2026;1;A\n1;An;02-03-2026;1;A\n2;Bo;03-03-2026;2;QQ\n"
                         "2;Bo;04-03-2026;3;L\n2;Bo;;3;Z\n2;Bo;2026-03-04;4;Z\n2;Bo;07-03-2026;4;Z\n"},
}
KADER = {"rekenhulp", "regio", "regio_naam", "uitleg", "keuzes", "waarschuwingen"}


def _sleutels(w):
    if isinstance(w, dict):
        for k, v in w.items():
            yield k
            yield from _sleutels(v)
    elif isinstance(w, list):
        for x in w:
            yield from _sleutels(x)


@pytest.mark.parametrize("naam", namen())
def test_elk_uitvoerveld_heeft_een_nederlandse_naam(naam):
    """The page names result fields from the schema; a new field without a label would show its code."""
    antwoord = run(naam, VOORBEELDEN[naam])
    assert "fouten" not in antwoord, antwoord
    labels = {u["naam"] for u in schema(naam)["uitvoer"]}
    resultaat = {k: v for k, v in antwoord.items() if k not in KADER}
    zonder = set(_sleutels(resultaat)) - labels - {"url", "artikel"}
    assert not zonder, f"{naam}: uitvoer zonder label in calculators/uitvoer.py: {sorted(zonder)}"


def test_leeg_antwoord_krijgt_een_betekenis():
    """A null that means 'to be judged' must not reach the reader as a bare dash."""
    antwoord = run("verlof", VOORBEELDEN["verlof"])
    assert antwoord["toegestaan"] is None
    leeg = {u["naam"]: u["leeg"] for u in schema("verlof")["uitvoer"]}
    assert "beoordeling" in leeg["toegestaan"]
