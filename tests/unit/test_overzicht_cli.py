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
    kol = {k: i for i, k in enumerate(rijen[0])}
    assert een[:3] == ["1", "Léa Visser", "2A"] and een[kol["Urengrens bereikt"]] == "ja"
    assert een[kol["Uren ongeoorloofd (klokuren)"]] == "16,67"
    # Dutch dates, no internal codes: the deadline passed before the peildatum of 20-03-2026
    verwacht = run("verzuimoverzicht", {**INVOER, "bestand": TEKST})["leerlingen"][0]["termijn_verstreken"]
    assert verwacht < INVOER["peildatum"]
    assert een[kol["Meldtermijn DUO verstreken op"]] == "-".join(reversed(verwacht.split("-")))
    assert een[kol["Volgende actie"]].startswith("Controleer of de melding bij DUO is gedaan")
    assert "02-03-2026 t/m 06-03-2026" in een[kol["Voorbij"]]
    assert een[kol["Geteld tot en met"]] == "06-03-2026"
    assert not any(s in tekst for s in ("melding_16_uur", "16_uur", "2026-03-", "t/m open", "lrv"))
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
    # with --csv an error goes to stderr, never into the CSV file stdout was redirected to
    assert uit.returncode == 1 and uit.stdout == b"" and "Verwacht" in uit.stderr.decode("utf-8")


def test_readme_voorbeeld_csv_werkt_zoals_gedrukt(tmp_path):
    """The README's `--csv > overzicht.csv` line, as printed, writes a CSV (not a JSON error)."""
    regel = next(r for r in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
                 if "--csv > overzicht.csv" in r)
    commando = regel.split("#")[0].strip()
    assert commando.startswith("python -m calculators verzuimoverzicht ")
    (tmp_path / "export.csv").write_text(TEKST, encoding="utf-8")
    (tmp_path / "export.xlsx").write_text(TEKST, encoding="utf-8")  # a CSV under either name the README uses
    uit = subprocess.run(commando.replace("python", sys.executable, 1), shell=True, capture_output=True,
                         cwd=tmp_path, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert uit.returncode == 0, uit.stderr
    assert (tmp_path / "overzicht.csv").read_bytes().startswith(b"\xef\xbb\xbfLeerlingnummer;")


def test_schema_beschrijft_de_indelingen():
    velden = {v["naam"]: v for v in schema("verzuimoverzicht")["velden"]}
    assert {o["waarde"] for o in velden["codes"]["opties"]} == {"ongeoorloofd", "ziek", "te_laat", "geoorloofd",
                                                                "negeren"}
    assert "leerling" in {o["waarde"] for o in velden["kolommen"]["opties"]}
    assert velden["las"]["standaard"] == "auto" and velden["lesuur_minuten"]["standaard"] == 50
