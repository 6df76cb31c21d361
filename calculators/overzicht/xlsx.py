"""Reading an XLSX export without trusting it: sizes checked in the zip before anything is inflated, the sheet
streamed cell by cell (a declared dimension such as A1:XFD1048576 is ignored), one unreadable cell is one
rejected row, and other spreadsheet kinds (.xls, encrypted .xlsx, .ods) are named by their bytes.

openpyxl (a kept library) is imported only here, only when an XLSX file is given.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile

from ..fouten import Fout, InvoerFout
from ..tekst import aantal
from .lezen import BIDI, MAX_KOLOMMEN, MAX_RIJEN, MAX_VELD, OLE, _BIDI, Gelezen, _bidi_melding, duizendtal, is_xlsx

MIB = 2 ** 20
MAX_UITGEPAKT = 150 * MIB   # all parts of the zip together, inflated (a 200,000-row export is about 20 MiB)
MAX_GEDEELD = 30 * MIB      # xl/sharedStrings.xml inflated: the texts of the cells
MAX_VERHOUDING = 100        # inflated / compressed for a part over 1 MiB; real sheets are about 10
MAX_DELEN = 10_000          # files in the zip
MAX_CELLEN = 20_000_000     # cells in the sheet
VELD = "bestand_xlsx"


def _fout(melding: str) -> InvoerFout:
    return InvoerFout(Fout(VELD, melding))


OPSLAAN = "Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV, en kies dat bestand."


def _ole(data: bytes) -> InvoerFout:
    """A Compound File: an encrypted OOXML package carries a stream named 'EncryptedPackage'."""
    if "EncryptedPackage".encode("utf-16-le") in data or b"EncryptionInfo" in data:
        return _fout("Dit Excel-bestand is beveiligd met een wachtwoord en kan daarom niet worden gelezen. Open het in "
                     "Excel, haal de beveiliging weg (Bestand > Info > Werkmap beveiligen > Versleutelen met "
                     "wachtwoord: leegmaken) en sla het op als .xlsx of CSV.")
    return _fout("Dit is een oud Excel-bestand (.xls, Excel 97-2003); dat formaat wordt niet gelezen. " + OPSLAAN)


def _controleer_zip(data: bytes) -> None:
    """Everything that can be checked before inflating a byte: kind, encryption, sizes."""
    try:
        archief = zipfile.ZipFile(io.BytesIO(data))
        delen = archief.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        raise _fout(f"Het XLSX-bestand is beschadigd en niet te openen ({e.__class__.__name__}). " + OPSLAAN) from None
    namen = {d.filename for d in delen}
    if len(delen) > MAX_DELEN:
        raise _fout(f"Het bestand bevat {len(delen)} onderdelen; meer dan {duizendtal(MAX_DELEN)} (de grens) is geen "
                    "gewone Excel-werkmap. " + OPSLAAN)
    if "mimetype" in namen:
        try:
            soort = archief.read("mimetype")[:100] if archief.getinfo("mimetype").file_size < 200 else b""
        except Exception:
            soort = b""
        if b"opendocument" in soort:
            raise _fout("Dit is een OpenDocument-rekenblad (.ods, uit LibreOffice of OpenOffice); dat formaat wordt niet "
                        "gelezen. Sla het in LibreOffice op als Excel 2007-365 (.xlsx) of als CSV.")
    if "xl/workbook.xml" not in namen and not any(n.endswith("workbook.xml") for n in namen):
        raise _fout("Dit ZIP-bestand is geen Excel-werkmap (.xlsx). Kies de export zelf, als .xlsx of CSV.")
    if any(d.flag_bits & 0x1 for d in delen):
        raise _fout("Het XLSX-bestand is versleuteld en kan niet worden gelezen. " + OPSLAAN)
    totaal = sum(d.file_size for d in delen)
    if totaal > MAX_UITGEPAKT:
        raise _fout(f"Uitgepakt is dit XLSX-bestand {totaal // MIB} MiB; de grens is {MAX_UITGEPAKT // MIB} MiB. "
                    "Sla de export op als CSV, of splits hem (bijvoorbeeld per schooljaar).")
    for d in delen:
        if d.file_size > MIB and d.file_size > MAX_VERHOUDING * max(d.compress_size, 1):
            raise _fout(f"Het XLSX-bestand pakt uit tot meer dan {MAX_VERHOUDING} keer zijn grootte ('{d.filename}': "
                        f"{d.file_size // MIB} MiB uit {max(d.compress_size // 1024, 1)} KiB). Zo ziet geen export "
                        "eruit; het bestand wordt niet gelezen. " + OPSLAAN)
        if d.filename.endswith("sharedStrings.xml") and d.file_size > MAX_GEDEELD:
            raise _fout(f"De teksten in dit XLSX-bestand zijn samen {d.file_size // MIB} MiB; de grens is "
                        f"{MAX_GEDEELD // MIB} MiB. Sla de export op als CSV.")


class _Onleesbaar(str):
    """A cell openpyxl could not read (a date out of range, a number of 5,000 digits): its row is rejected."""


def _parser_klasse():
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        """openpyxl's own sheet parser; one bad cell becomes a marked value instead of ending the sheet."""
        formules_zonder_waarde = 0
        onleesbaar = 0  # the last row with a cell that could not be read

        def parse_cell(self, element):
            try:
                cel = super().parse_cell(element)
            except Exception as e:  # noqa: BLE001  one cell, any kind of damage
                self.onleesbaar = self.row_counter
                try:
                    self.col_counter = coordinate_to_tuple(element.get("r"))[1]
                except Exception:  # noqa: BLE001  no usable reference: the next column
                    self.col_counter += 1
                return {"row": self.row_counter, "column": self.col_counter, "value": _Onleesbaar(type(e).__name__),
                        "data_type": "e", "style_id": 0}
            if cel["value"] is None and element.find(FORMULA_TAG) is not None:
                self.formules_zonder_waarde += 1
            return cel

    return Parser


def _lees_blad(boek, blad, afgewezen: list[dict], bidi: list[int]):
    """(rows, sheet row numbers, formula cells without a stored value) of one sheet, streamed."""
    parser = _parser_klasse()(blad._get_source(), blad._shared_strings, data_only=True, epoch=boek.epoch,
                              date_formats=boek._date_formats, timedelta_formats=boek._timedelta_formats)
    rijen, regels, cellen, nummer = [], [], 0, 0
    try:
        for nummer, rij in parser.parse():
            if not rij:
                continue
            cellen += len(rij)
            if cellen > MAX_CELLEN:
                raise _fout(f"Het werkblad heeft meer dan {duizendtal(MAX_CELLEN)} cellen, de grens van de rekenhulp. "
                            "Sla alleen de absenties op, als CSV, of splits de export.")
            breedte = rij[-1]["column"]  # cells come in column order (openpyxl's own reader assumes so too)
            if breedte > MAX_KOLOMMEN and any(c["value"] not in (None, "") for c in rij if c["column"] > MAX_KOLOMMEN):
                afgewezen.append({"regel": nummer, "soort": "ongeldig", "reden": f"De rij heeft een cel in kolom "
                                  f"{breedte}; meer dan {MAX_KOLOMMEN} kolommen (de grens) wordt niet gelezen."})
                continue
            waarden = [""] * min(breedte, MAX_KOLOMMEN)
            for c in rij:
                if 1 <= c["column"] <= MAX_KOLOMMEN and c["value"] is not None:
                    waarden[c["column"] - 1] = c["value"]
            teksten = [w for w in waarden if isinstance(w, str)]
            samen = "".join(teksten)
            if parser.onleesbaar == nummer or _BIDI.search(samen) or max(map(len, teksten), default=0) > MAX_VELD:
                fout = _rij_fout(waarden, nummer, bidi)
                if fout:
                    afgewezen.append({"regel": nummer, "soort": "ongeldig", "reden": fout})
                    continue
            if len(teksten) == len(waarden) and not samen.strip():
                continue  # an empty row
            waarden = [w.strip() if isinstance(w, str) else w for w in waarden]
            if len(rijen) >= MAX_RIJEN:
                raise _fout(f"Het werkblad heeft meer dan {duizendtal(MAX_RIJEN)} rijen, de grens van de rekenhulp. "
                            "Splits de export, bijvoorbeeld per schooljaar of per afdeling.")
            rijen.append(waarden)
            regels.append(nummer)
    except InvoerFout:
        raise
    except Exception as e:  # noqa: BLE001  damaged XML part-way: say where, lose nothing in silence
        raise _fout(f"Het XLSX-bestand is na rij {nummer} beschadigd en niet verder te lezen "
                    f"({e.__class__.__name__}); {aantal(len(rijen), 'rij is', 'rijen zijn')} gelezen. " + OPSLAAN) \
            from None
    return rijen, regels, parser.formules_zonder_waarde


def _rij_fout(waarden: list, nummer: int, bidi: list[int]) -> str | None:
    for i, w in enumerate(waarden):
        if isinstance(w, _Onleesbaar):
            return f"De cel in kolom {i + 1} is niet te lezen ({w}); de rest van het blad wel."
        if isinstance(w, str):
            if len(w) > MAX_VELD:
                return f"Een cel heeft {len(w)} tekens; meer dan {duizendtal(MAX_VELD)} (de grens per cel) wordt niet gelezen."
            if _BIDI.search(w):
                waarden[i] = w.translate(BIDI)
                if not bidi or bidi[-1] != nummer:
                    bidi.append(nummer)
    return None


def lees_xlsx(b64: str | bytes) -> Gelezen:
    """The workbook as base64 text (the JSON contract) or, from a caller in the same process, as bytes."""
    try:
        data = bytes(b64) if isinstance(b64, (bytes, bytearray)) else base64.b64decode(b64, validate=False)
    except (binascii.Error, ValueError):
        raise _fout("Het XLSX-bestand is niet goed doorgegeven (geen geldige base64).") from None
    if data[:8] == OLE:
        raise _ole(data)
    if not is_xlsx(data):
        raise _fout("Dit is geen XLSX-bestand (Excel 2007 of nieuwer). Sla het in Excel op als .xlsx of als CSV.")
    try:
        import openpyxl  # kept library, loaded only for XLSX input
    except ImportError:
        raise _fout("XLSX-bestanden kunnen hier niet worden gelezen: de bibliotheek openpyxl ontbreekt. Sla het "
                    "bestand in Excel op als CSV, of installeer openpyxl.") from None
    _controleer_zip(data)
    try:
        boek = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001  openpyxl raises many kinds for a damaged file
        raise _fout(f"Het XLSX-bestand is niet te openen ({type(e).__name__}). " + OPSLAAN) from None
    waarschuwingen, afgewezen, bidi = [], [], []
    try:
        bladen = boek.worksheets
        rijen, regels, formules, gekozen = [], [], 0, None
        for blad in bladen:
            afgewezen.clear()
            rijen, regels, formules_hier = _lees_blad(boek, blad, afgewezen, bidi)
            formules += formules_hier
            if rijen or afgewezen:
                gekozen = blad
                break
    finally:
        boek.close()
    if gekozen is None and formules:
        raise _fout(f"Het bestand bevat alleen formules zonder opgeslagen uitkomst ({aantal(formules, 'cel', 'cellen')}): "
                    "het is gemaakt door een programma dat de formules niet heeft uitgerekend. Open het in Excel, "
                    "sla het op en kies het opnieuw, of sla het op als CSV.")
    if gekozen is not None and gekozen is not bladen[0]:
        lege = ", ".join(f"'{b.title}'" for b in bladen[:bladen.index(gekozen)])
        waarschuwingen.append(f"Werkblad {lege} is leeg; gelezen is werkblad '{gekozen.title}'.")
    if gekozen is not None and len(bladen) > bladen.index(gekozen) + 1:
        waarschuwingen.append(f"Het bestand heeft {len(bladen)} werkbladen; alleen '{gekozen.title}' is gelezen.")
    if formules and gekozen is not None:
        waarschuwingen.append(f"{aantal(formules, 'cel heeft', 'cellen hebben')} een formule zonder opgeslagen "
                              "uitkomst; die zijn als leeg gelezen. Open het bestand in Excel en sla het opnieuw op.")
    if bidi:
        waarschuwingen.append(_bidi_melding(bidi).replace("regel", "rij"))
    return Gelezen(rijen, regels, None, "XLSX", waarschuwingen, afgewezen)
