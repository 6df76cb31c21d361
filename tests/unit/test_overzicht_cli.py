"""verzuimoverzicht on the command line: --bestand gives the same JSON as run(); --csv the table for Excel."""

import base64
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calculators import run, schema
from calculators.overzicht import als_csv

ROOT = Path(__file__).resolve().parents[2]
TEKST = ("Stamnr;Naam;Klas;Datum;Lesuur;Code\n"
         + "".join(f"1;Léa Visser;2A;0{d}-03-2026;{u};A\n" for d in range(2, 7) for u in range(1, 5))
         + '2;"Bakker; Jo";2B;02-03-2026;1;Z\n')
INVOER = {"regio": "haaglanden", "peildatum": "2026-03-20"}


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "calculators", "verzuimoverzicht", *args], capture_output=True,
                          cwd=ROOT)


def test_cli_bestand_geeft_hetzelfde_json_als_run(tmp_path):
    pad = tmp_path / "export.csv"
    pad.write_bytes(TEKST.encode("cp1252"))
    uit = _cli("--bestand", str(pad), "--invoer", json.dumps(INVOER))
    assert uit.returncode == 0, uit.stderr
    verwacht = run("verzuimoverzicht", {**INVOER, "bestand": TEKST, "codering": "Windows-1252"})
    assert json.loads(uit.stdout) == verwacht
    assert verwacht["leerlingen"][0]["leerling"] == "1" and verwacht["leerlingen"][0]["meldingen"]


def test_cli_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    boek = openpyxl.Workbook()
    for r in (["Leerlingnummer", "Datum", "Uren ongeoorloofd"], [9, "02-03-2026", 8], [9, "03-03-2026", 8.5]):
        boek.active.append(r)
    pad = tmp_path / "export.xlsx"
    boek.save(pad)
    uit = _cli("--bestand", str(pad), "--invoer", json.dumps(INVOER))
    assert uit.returncode == 0, uit.stderr
    antwoord = json.loads(uit.stdout)
    assert antwoord == run("verzuimoverzicht", {**INVOER, "bestand_xlsx": base64.b64encode(pad.read_bytes()).decode()})
    assert antwoord["leerlingen"][0]["meldingen"][0]["einddatum"] == "2026-03-03"


def test_cli_csv_opent_in_nederlandse_excel(tmp_path):
    pad = tmp_path / "export.csv"
    pad.write_text(TEKST, encoding="utf-8")
    uit = _cli("--bestand", str(pad), "--invoer", json.dumps(INVOER), "--csv")
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.startswith(b"\xef\xbb\xbf")
    tekst = uit.stdout.decode("utf-8-sig")
    assert tekst == als_csv(run("verzuimoverzicht", {**INVOER, "bestand": TEKST, "codering": "UTF-8"}))
    rijen = list(csv.reader(io.StringIO(tekst), delimiter=";"))
    assert rijen[0][:4] == ["Leerlingnummer", "Naam", "Klas", "Actie nodig"]
    een, twee = rijen[1], rijen[2]
    assert een[:3] == ["1", "Léa Visser", "2A"] and een[4] == "melding_16_uur" and een[5] == "16,67"
    assert "16_uur 2026-03-02 t/m 2026-03-06" in een[8]
    assert twee[1] == "Bakker; Jo"  # the separator inside a name stays quoted


def test_csv_zonder_namen():
    antwoord = run("verzuimoverzicht", {**INVOER, "bestand": TEKST})
    rijen = list(csv.reader(io.StringIO(als_csv(antwoord, namen=False)), delimiter=";"))
    assert [r[1] for r in rijen[1:]] == ["", ""]


def test_cli_fouten(tmp_path):
    uit = _cli("--bestand", str(tmp_path / "bestaat-niet.csv"))
    assert uit.returncode == 1 and json.loads(uit.stdout)["fouten"][0]["veld"] == "bestand"
    leeg = tmp_path / "leeg.csv"
    leeg.write_bytes(b"")
    uit = _cli("--bestand", str(leeg), "--invoer", json.dumps(INVOER), "--csv")
    assert uit.returncode == 1 and "Verwacht" in json.loads(uit.stdout)["fouten"][0]["melding"]


def test_schema_beschrijft_de_indelingen():
    velden = {v["naam"]: v for v in schema("verzuimoverzicht")["velden"]}
    assert {o["waarde"] for o in velden["codes"]["opties"]} == {"ongeoorloofd", "ziek", "te_laat", "geoorloofd",
                                                                "negeren"}
    assert "leerling" in {o["waarde"] for o in velden["kolommen"]["opties"]}
    assert velden["las"]["standaard"] == "auto" and velden["lesuur_minuten"]["standaard"] == 50
