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
    kop, tabel, leerlingen, _, _ = brug.overzicht_voor_pagina(json.dumps(INVOER), _xlsx())
    assert json.loads(tabel)[0]["leerling"] == "9" and len(leerlingen) == 1 and "fouten" not in json.loads(kop)
    kop, tabel, leerlingen, _, _ = brug.overzicht_voor_pagina("[1", b"")
    assert json.loads(kop)["fouten"][0]["veld"] == "invoer" and leerlingen == []
    antwoord = json.loads(brug.antwoord_json("leerplicht_start", json.dumps({"geboortedatum": "2020-03-14",
                                                                             "vakantieregio": "midden"})))
    assert antwoord == calculators.run("leerplicht_start", {"geboortedatum": "2020-03-14", "vakantieregio": "midden"})
