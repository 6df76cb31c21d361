"""An export file's bytes into the input of run("verzuimoverzicht", …): one function for every caller (the
command line's --bestand, the page's worker through calculators/brug.py, the page's share of the answer)."""

from __future__ import annotations

from .lezen import decodeer, is_werkboek


def als_bytes(data) -> bytes:
    """bytes from bytes, a bytearray/memoryview, or a JavaScript buffer in Pyodide (its ``to_bytes()``)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if hasattr(data, "to_bytes"):  # a JsProxy of a Uint8Array or ArrayBuffer: copied once into Python
        return data.to_bytes()
    raise TypeError(f"Een bestand moet bytes zijn, geen {type(data).__name__}.")


def invoer_met_bestand(invoer: dict, data) -> dict:
    """The file's bytes into the contract's fields: XLSX as bytes, text decoded with its encoding named."""
    ruw = als_bytes(data)
    if is_werkboek(ruw):  # XLSX, and .xls/encrypted/ODS: the reader names those
        return {**invoer, "bestand_xlsx": ruw}
    tekst, codering = decodeer(ruw)
    return {**invoer, "bestand": tekst, "codering": codering}


def invoer_met_bestanden(invoer: dict, bestanden) -> dict:
    """Several files ((name, bytes) pairs: a board's schools, one school's periods) into the 'bestanden' field."""
    lijst = []
    for naam, data in bestanden:
        velden = invoer_met_bestand({}, data)
        lijst.append({"naam": str(naam), **velden})
    return {**invoer, "bestanden": lijst}
