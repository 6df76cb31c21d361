"""Reading an export: bytes or text to rows of cells with the line number the user sees.

CSV goes through the csv module (quoted fields with separators or line breaks inside); XLSX through
openpyxl, imported only when an XLSX file is given, so the package stays standard library only.
Dates and times are parsed here, once per distinct text (exports repeat the same few hundred dates).
"""

from __future__ import annotations

import base64
import binascii
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field

from ..fouten import Fout, InvoerFout

SCHEIDINGSTEKENS = {";": "puntkomma", ",": "komma", "\t": "tab"}
EXCEL_NUL = dt.date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year quirk already absorbed)


@dataclass
class Gelezen:
    """The rows of a file: cells as text (or date/time/number from XLSX) and their line numbers."""
    rijen: list[list]
    regels: list[int]
    scheidingsteken: str | None  # None for XLSX
    codering: str
    waarschuwingen: list[str] = field(default_factory=list)


def decodeer(data: bytes) -> tuple[str, str]:
    """Bytes of a CSV export to text: UTF-8 (with or without BOM), else Windows-1252 (Excel's Dutch default)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 met BOM"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def is_xlsx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def _kies_scheiding(voorbeeld: str) -> str:
    """The separator that splits the first lines into the same number (>1) of columns, most columns first."""
    beste, score = None, (-1, -1, -1)
    regels = voorbeeld.splitlines()[:30]
    for teken in (";", "\t", ","):
        try:
            aantallen = [len(r) for r in csv.reader(regels, delimiter=teken) if r]
        except csv.Error:
            continue
        if not aantallen:
            continue
        gelijk = sum(1 for a in aantallen if a == aantallen[0])
        s = (int(aantallen[0] > 1), gelijk, aantallen[0])
        if s > score:
            beste, score = teken, s
    if beste is None or score[0] == 0:
        try:  # one column in every candidate: let the Sniffer have a go before giving up
            return csv.Sniffer().sniff(voorbeeld[:5000], delimiters=";,\t|").delimiter
        except csv.Error:
            return ";"
    return beste


def lees_csv(tekst: str, codering: str) -> Gelezen:
    waarschuwingen = []
    if tekst.startswith("\ufeff"):
        tekst = tekst[1:]
        codering = "UTF-8 met BOM"
    if "Ã©" in tekst or "Ã«" in tekst or "Ã¨" in tekst:
        waarschuwingen.append("Het bestand lijkt UTF-8 te zijn dat als Windows-1252 is gelezen (tekens als 'Ã©' "
                              "in plaats van 'é'). Namen kunnen er vreemd uitzien; de analyse verandert niet.")
    scheiding = _kies_scheiding(tekst[:20000])
    lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding)
    rijen, regels, vorige = [], [], 0
    try:
        for rij in lezer:
            begin = vorige + 1
            vorige = lezer.line_num
            if not rij or not "".join(rij).strip():
                continue
            rijen.append(rij)
            regels.append(begin)
    except csv.Error as e:
        raise InvoerFout(Fout("bestand", f"Het bestand is na regel {vorige} niet als CSV te lezen ({e}).")) from None
    return Gelezen(rijen, regels, scheiding, codering, waarschuwingen)


def lees_xlsx(b64: str | bytes) -> Gelezen:
    """The workbook as base64 text (the JSON contract) or, from a caller in the same process, as bytes."""
    try:
        data = bytes(b64) if isinstance(b64, (bytes, bytearray)) else base64.b64decode(b64, validate=False)
    except (binascii.Error, ValueError):
        raise InvoerFout(Fout("bestand_xlsx", "Het XLSX-bestand is niet goed doorgegeven (geen geldige base64).")) \
            from None
    if not is_xlsx(data):
        raise InvoerFout(Fout("bestand_xlsx", "Dit is geen XLSX-bestand (Excel 2007 of nieuwer). Sla het in Excel op "
                                              "als .xlsx of als CSV."))
    try:
        import openpyxl  # kept library, loaded only for XLSX input
    except ImportError:
        raise InvoerFout(Fout("bestand_xlsx", "XLSX-bestanden kunnen hier niet worden gelezen: de bibliotheek "
                                              "openpyxl ontbreekt. Sla het bestand in Excel op als CSV, of "
                                              "installeer openpyxl.")) from None
    try:
        boek = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a damaged file
        raise InvoerFout(Fout("bestand_xlsx", f"Het XLSX-bestand is niet te openen ({type(e).__name__}).")) from None
    waarschuwingen = []
    try:
        bladen = boek.worksheets
        blad = bladen[0]
        if len(bladen) > 1:
            waarschuwingen.append(f"Het bestand heeft {len(bladen)} werkbladen; alleen het eerste ('{blad.title}') "
                                  "is gelezen.")
        rijen, regels = [], []
        for nummer, rij in enumerate(blad.iter_rows(values_only=True), start=1):
            cellen = ["" if c is None else c for c in rij]
            if not any(c != "" and (not isinstance(c, str) or c.strip()) for c in cellen):
                continue
            rijen.append([c.strip() if isinstance(c, str) else c for c in cellen])
            regels.append(nummer)
    finally:
        boek.close()
    return Gelezen(rijen, regels, None, "XLSX", waarschuwingen)


# --- Dates and times ------------------------------------------------------------------------------

_NL_DATUM = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO_DATUM = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIJD = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?$")


class Datumfout(ValueError):
    """A text that is not a date or time; the message is Dutch and names the problem."""


def _binnen(d: dt.date, tekst) -> dt.date:
    """An absence export is about recent school years; anything outside 1990-2100 is a misread value."""
    if not 1990 <= d.year <= 2100:
        raise Datumfout(f"'{tekst}' is geen datum van een schooljaar (jaar {d.year}).")
    return d


def _datum(jaar: int, maand: int, dag: int, tekst: str) -> dt.date:
    if not 1 <= maand <= 12:
        hint = " Staat de datum als maand-dag-jaar? Verwacht is dag-maand-jaar." if 1 <= dag <= 12 else ""
        raise Datumfout(f"'{tekst}' is geen datum: er is geen maand {maand}.{hint}")
    try:
        d = dt.date(jaar, maand, dag)
    except ValueError:
        raise Datumfout(f"'{tekst}' is geen datum: die dag bestaat niet.") from None
    return _binnen(d, tekst)


def _excel_serieel(getal: float, tekst: str) -> tuple[dt.date, int | None]:
    if not 20000 <= getal <= 80000:  # 1954–2119: anything else is not a date in an absence export
        raise Datumfout(f"'{tekst}' is geen datum.")
    dag = int(getal)
    minuten = round((getal - dag) * 1440)
    return _binnen(EXCEL_NUL + dt.timedelta(days=dag), tekst), (minuten if minuten else None)


class Tijdlezer:
    """Parses dates, times and date-times; remembers each distinct text. ``dubbelzinnig`` counts dates
    like 03-04-2026 that read both ways (day-first is assumed); ``dag_eerst`` those that prove day-first."""

    def __init__(self):
        self._momenten: dict[str, tuple[dt.date | None, int | None]] = {}
        self.dubbelzinnig = 0
        self.dag_eerst = 0

    def moment(self, waarde) -> tuple[dt.date | None, int | None]:
        """(date or None, minutes after midnight or None) of a cell: date, time, or both."""
        if isinstance(waarde, dt.datetime):
            minuten = waarde.hour * 60 + waarde.minute
            return _binnen(waarde.date(), waarde), (minuten if minuten or waarde.second else None)
        if isinstance(waarde, dt.date):
            return _binnen(waarde, waarde), None
        if isinstance(waarde, dt.time):
            return None, waarde.hour * 60 + waarde.minute
        if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
            return _excel_serieel(float(waarde), str(waarde))
        tekst = str(waarde).strip()
        gevonden = self._momenten.get(tekst)
        if gevonden is None:
            gevonden = self._momenten[tekst] = self._lees(tekst)
        return gevonden

    def _lees(self, tekst: str) -> tuple[dt.date | None, int | None]:
        if not tekst:
            raise Datumfout("de datum ontbreekt.")
        if "T" in tekst or (" " in tekst and tekst[:4].isdigit() and "-" in tekst[:5]):
            try:  # ISO 8601 date-time, with or without offset: the wall-clock time as written counts
                m = dt.datetime.fromisoformat(tekst.replace(" ", "T", 1))
            except ValueError:
                pass
            else:
                return _binnen(m.date(), tekst), m.hour * 60 + m.minute
        delen = tekst.split()
        if len(delen) == 2:  # '14-03-2026 10:05' or '20260314 1005'
            d, _ = self._lees(delen[0])
            _, t = self._lees_tijd_of_datum(delen[1])
            if d is None or t is None:
                raise Datumfout(f"'{tekst}' is geen datum met tijd.")
            return d, t
        if len(delen) != 1:
            raise Datumfout(f"'{tekst}' is geen datum of tijd.")
        return self._lees_tijd_of_datum(tekst)

    def _lees_tijd_of_datum(self, tekst: str) -> tuple[dt.date | None, int | None]:
        m = _ISO_DATUM.match(tekst)
        if m:
            return _datum(int(m[1]), int(m[2]), int(m[3]), tekst), None
        m = _NL_DATUM.match(tekst)
        if m:
            dag, maand, jaar = int(m[1]), int(m[2]), int(m[3])
            if len(m[3]) == 2:
                jaar += 2000
            if dag <= 12 and maand <= 12 and dag != maand:
                self.dubbelzinnig += 1
            elif dag > 12:
                self.dag_eerst += 1
            return _datum(jaar, maand, dag, tekst), None
        m = _TIJD.match(tekst)
        if m:
            return None, _minuten(int(m[1]), int(m[2]), tekst)
        if tekst.isdigit():
            if len(tekst) == 8:  # yyyymmdd
                return _datum(int(tekst[:4]), int(tekst[4:6]), int(tekst[6:]), tekst), None
            if len(tekst) in (3, 4):  # HHmm, Hmm
                return None, _minuten(int(tekst[:-2]), int(tekst[-2:]), tekst)
            if len(tekst) == 5:
                return _excel_serieel(float(tekst), tekst)
        try:
            getal = float(tekst.replace(",", "."))
        except ValueError:
            raise Datumfout(f"'{tekst}' is geen datum of tijd.") from None
        return _excel_serieel(getal, tekst)


def _minuten(uur: int, minuut: int, tekst: str) -> int:
    if uur > 24 or minuut > 59 or (uur == 24 and minuut):
        raise Datumfout(f"'{tekst}' is geen tijd.")
    return uur * 60 + minuut
