"""Hostile files through the command line: time, peak memory and the outcome (issue 17's list).

    python scripts/bench_vijandig.py [--boom PAD] [--grens 60]

Builds each file in a temporary directory (no blobs in the repository), runs
``python -m calculators verzuimoverzicht --bestand …`` in a fresh process per file, and prints seconds, peak
RSS and the first line of the answer. ``--boom`` runs another checkout (e.g. the main branch) for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _xlsx(rijen) -> bytes:
    import openpyxl

    boek = openpyxl.Workbook()
    for r in rijen:
        boek.active.append(r)
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def _vervang(data: bytes, delen: dict[str, bytes]) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as oud, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in oud.infolist():
            if info.filename not in delen:
                z.writestr(info.filename, oud.read(info.filename))
        for naam, inhoud in delen.items():
            z.writestr(naam, inhoud)
    return uit.getvalue()


KOP = ["Leerlingnummer", "Naam", "Datum", "Lesuur", "Code"]


def dimensie_bom() -> bytes:
    """A real small sheet that declares A1:XFD1048576 (the reader used to pad every row to that size)."""
    data = _xlsx([KOP] + [[100 + i, "Leerling", dt.date(2026, 3, 2 + i % 5), 1 + i % 8, "A"] for i in range(60)])
    blad = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    begin = blad.index("<dimension ref=")
    blad = blad[:begin] + '<dimension ref="A1:XFD1048576"/>' + blad[blad.index("/>", begin) + 2:]
    # one note in the sheet's last row: every row in between was a padded row of 16,384 cells
    blad = blad.replace("</sheetData>", '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>einde</t></is></c>'
                                        "</row></sheetData>")
    return _vervang(data, {"xl/worksheets/sheet1.xml": blad.encode()})


def gedeelde_tekst_bom() -> bytes:
    sst = f'<?xml version="1.0"?><sst {NS} count="2000" uniqueCount="1"><si><t>{"x" * 50_000_000}</t></si></sst>'
    cellen = "".join(f'<row r="{r}"><c r="B{r}" t="s"><v>0</v></c></row>' for r in range(2, 2002))
    blad = f'<?xml version="1.0"?><worksheet {NS}><sheetData>{cellen}</sheetData></worksheet>'
    data = _xlsx([KOP])
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").decode().replace(
        "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    return _vervang(data, {"xl/worksheets/sheet1.xml": blad.encode(), "xl/sharedStrings.xml": sst.encode(),
                           "[Content_Types].xml": types.encode()})


def zip_bom() -> bytes:
    rij = '<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    herhaal = 200 * 2 ** 20 // len(rij)
    blad = f'<?xml version="1.0"?><worksheet {NS}><sheetData>{rij * herhaal}</sheetData></worksheet>'
    return _vervang(_xlsx([KOP]), {"xl/worksheets/sheet1.xml": blad.encode()})


def weggelopen_aanhalingsteken() -> bytes:
    dagen = [dt.date(2026, 3, d) for d in (2, 3, 4, 5, 6, 9, 10, 11)]
    regels = ["Stamnr;Naam;Klas;Datum;Lesuur;Code"] + [f"{100 + p};Leerling {p};2A;{d:%d-%m-%Y};{u};A"
                                                       for p in range(50) for d in dagen for u in range(1, 5)]
    regels[10] = regels[10].replace("Leerling", '"Leerling', 1)
    return ("\n".join(regels) + "\n").encode("cp1252")


BESTANDEN = {"dimensie A1:XFD1048576": (dimensie_bom, ".xlsx"), "gedeelde tekst 50 MB x 2000": (gedeelde_tekst_bom, ".xlsx"),
             "zip-bom 200 MiB": (zip_bom, ".xlsx"), "weggelopen aanhalingsteken (50 lln)": (weggelopen_aanhalingsteken, ".csv")}
# peak memory of this process only (VmHWM; ru_maxrss would include the parent's before exec)
METEN = ("import runpy, sys; sys.argv = ['calculators'] + sys.argv[1:]\n"
         "try:\n    runpy.run_module('calculators', run_name='__main__')\nexcept SystemExit:\n    pass\n"
         "piek = [r.split()[1] for r in open('/proc/self/status') if r.startswith('VmHWM')]\n"
         "print('PIEK', piek[0], file=sys.stderr)\n")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--boom", type=Path, default=ROOT, help="de checkout die wordt gemeten")
    p.add_argument("--grens", type=float, default=60, help="seconden per bestand voordat het wordt afgebroken")
    a = p.parse_args()
    invoer = json.dumps({"regio": "landelijk", "vakantieregio": "midden", "peildatum": "2026-07-01"})
    with tempfile.TemporaryDirectory() as tmp:
        for naam, (maak, ext) in BESTANDEN.items():
            pad = Path(tmp) / f"bestand{ext}"
            pad.write_bytes(maak())
            begin = time.perf_counter()
            try:
                uit = subprocess.run([sys.executable, "-c", METEN, "verzuimoverzicht", "--bestand", str(pad), "--invoer",
                                      invoer], cwd=a.boom, capture_output=True, text=True, timeout=a.grens)
            except subprocess.TimeoutExpired:
                print(f"{naam:40} {pad.stat().st_size / 1024:9.1f} KB  > {a.grens:.0f} s (afgebroken)")
                continue
            duur = time.perf_counter() - begin
            piek = next((int(r.split()[1]) for r in uit.stderr.splitlines() if r.startswith("PIEK")), 0)
            try:
                antwoord = json.loads(uit.stdout)
                kern = (antwoord["fouten"][0]["melding"] if "fouten" in antwoord else
                        f"{antwoord['samenvatting']['leerlingen']} leerlingen; "
                        + " ".join(w[:60] for w in antwoord["waarschuwingen"] if "aanhalingsteken" in w))
            except (ValueError, KeyError):
                kern = (uit.stderr.strip().splitlines() or ["?"])[-1]
            print(f"{naam:40} {pad.stat().st_size / 1024:9.1f} KB  {duur:6.1f} s  {piek / 1024:7.0f} MB  {kern[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
