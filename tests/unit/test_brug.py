"""calculators.brug: one file-to-input function for the CLI and the worker; bytes in one process, base64 across."""

from __future__ import annotations

import base64
import io
import json

import pytest

import calculators
from calculators import brug

INVOER = {"regio": "landelijk", "vakantieregio": "midden", "peildatum": "2026-03-20", "lesuur_minuten": "60"}


def _xlsx() -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    boek = openpyxl.Workbook()
    for r in (["Leerlingnummer", "Datum", "Uren ongeoorloofd"], [9, "02-03-2026", 8], [9, "03-03-2026", 8.5]):
        boek.active.append(r)
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def test_xlsx_als_bytes_geeft_hetzelfde_antwoord_als_base64():
    data = _xlsx()
    invoer = brug.invoer_met_bestand(INVOER, data)
    assert invoer["bestand_xlsx"] == data and "bestand" not in invoer  # no base64 inside one process
    met_bytes = calculators.run("verzuimoverzicht", invoer)
    met_base64 = calculators.run("verzuimoverzicht", {**INVOER, "bestand_xlsx": base64.b64encode(data).decode()})
    assert met_bytes == met_base64
    assert met_bytes["leerlingen"][0]["meldingen"][0]["einddatum"] == "2026-03-03"
    json.dumps(met_bytes)  # the answer holds no bytes


def test_bytes_alleen_waar_het_veld_ze_toestaat():
    # 'bestand' is CSV text in the contract: bytes there are an input error naming the field, not a crash.
    uit = calculators.run("verzuimoverzicht", {**INVOER, "bestand": b"a;b\n"})
    assert uit["fouten"][0]["veld"] == "bestand" and "interne_fout" not in uit


def test_bestand_in_javascript_buffer_vorm():
    class JsBuffer:  # what Pyodide hands over for a Uint8Array
        def __init__(self, b):
            self.b = b

        def to_bytes(self):
            return self.b

    assert brug.invoer_met_bestand({}, JsBuffer("é;b\n".encode("cp1252")))["codering"] == "Windows-1252"
    assert brug.invoer_met_bestand({}, bytearray(b"PK\x03\x04rest"))["bestand_xlsx"] == b"PK\x03\x04rest"
    with pytest.raises(TypeError):
        brug.als_bytes("tekst")


def test_overzicht_voor_pagina_en_antwoord_json():
    kop, tabel, _, _ = brug.overzicht_voor_pagina(json.dumps(INVOER), _xlsx())
    assert [r["leerling"] for r in json.loads(tabel)] == ["9"] and "fouten" not in json.loads(kop)
    assert json.loads(brug.overzicht_detail("9"))["leerling"]["leerling"] == "9"  # the pupil stays in the worker
    kop, tabel, _, _ = brug.overzicht_voor_pagina("[1", b"")
    assert json.loads(kop)["fouten"][0]["veld"] == "invoer" and json.loads(tabel) == []
    antwoord = json.loads(brug.antwoord_json("leerplicht_start", json.dumps({"geboortedatum": "2020-03-14",
                                                                             "vakantieregio": "midden"})))
    assert antwoord == calculators.run("leerplicht_start", {"geboortedatum": "2020-03-14", "vakantieregio": "midden"})


def test_overzicht_in_stukken_gelezen_zoals_in_een_keer():
    """The worker's path: each file given in pieces (a piece ending inside a character), several files at once."""
    a = "Stamnr;Naam;Datum;Lesuur;Code\r\n" + "".join(f"{10 + i % 3};Zoë {i % 3};0{1 + i % 5}-09-2025;{1 + i % 6};A\r\n"
                                                    for i in range(60))
    b = a.replace("-09-2025", "-10-2025")
    lezingen = []
    for naam, data in (("sep.csv", a.encode("utf-8")), ("okt.csv", b.encode("cp1252"))):
        lezing = brug.overzicht_lezing(naam)
        for i in range(0, len(data), 7):
            lezing.voeg_toe(data[i:i + 7])
        lezingen.append(lezing)
    invoer = {**INVOER, "peildatum": "2025-12-01"}
    kop, tabel, _, _ = brug.overzicht_voor_pagina(json.dumps(invoer), lezingen)
    verwacht = calculators.run("verzuimoverzicht", brug.invoer_met_bestanden(
        invoer, [("sep.csv", a.encode("utf-8")), ("okt.csv", b.encode("cp1252"))]))
    assert json.loads(kop) == {k: v for k, v in verwacht.items() if k != "leerlingen"}
    assert [r["leerling"] for r in json.loads(tabel)] == [x["leerling"] for x in verwacht["leerlingen"]]
    assert [x["codering"] for x in json.loads(kop)["bestanden"]] == ["UTF-8", "Windows-1252"]
    assert brug.overzicht_te_groot(10, "a.csv") is None and "opdrachtregel" in brug.overzicht_te_groot(10**12, "a.csv")
