"""Reading an export: bytes or text to rows of cells with the line number the user sees.

CSV goes through the csv module (quoted fields with separators or line breaks inside); XLSX through
openpyxl, imported only when an XLSX file is given, so the package stays standard library only.
Dates and times are parsed here, once per distinct text (exports repeat the same few hundred dates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass, field

from ..fouten import Fout, InvoerFout
from ..tekst import aantal
from .tabel import Tabel, langste_cel, uit_regels

SCHEIDINGSTEKENS = {";": "puntkomma", ",": "komma", "\t": "tab"}
EXCEL_NUL = dt.date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year quirk already absorbed)

# Caps, each named in its message: a real export stays far below them, a hostile one stops here.
MAX_VELD = 10_000          # characters in one cell
MAX_KOLOMMEN = 200         # columns in one row
MAX_RIJEN = 2_000_000      # rows in one file: a school board's year of several schools is about a million
MAX_REGELS_IN_VELD = 20    # line breaks inside one quoted cell before it counts as a runaway quote
TOON = 80                  # characters of a cell quoted in a message

# Invisible direction marks and overrides (RLO, LRI, …): they reorder what is shown, so a pupil number can
# be made to look like another; they are removed from every cell and the removal is reported.
BIDI_TEKENS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
BIDI = dict.fromkeys(map(ord, BIDI_TEKENS))
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # Compound File: .xls, and every password-protected .xlsx


@dataclass
class Gelezen:
    """The rows of a file: cells as text (or date/time/number from XLSX) and their line numbers."""
    rijen: list[list]
    regels: list[int]
    scheidingsteken: str | None  # None for XLSX
    codering: str
    waarschuwingen: list[str] = field(default_factory=list)
    afgewezen: list[dict] = field(default_factory=list)  # rows refused while reading: {regel, soort, reden}


def duizendtal(n: int) -> str:
    """10000 -> '10.000': Dutch thousands separator in messages."""
    return f"{n:,}".replace(",", ".")


def kort(waarde, n: int = TOON) -> str:
    """A cell for a message or a display: long values cut, with how much was left out."""
    tekst = str(waarde)
    return tekst if len(tekst) <= n else f"{tekst[:n]}… ({len(tekst)} tekens)"


def _utf16_zonder_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM, by its NULs: Latin text has one NUL per character, on the odd (LE) or even
    (BE) bytes; no other text export has NULs at all."""
    monster = data[:4000]
    if len(monster) < 4:
        return None
    even, oneven = monster[0::2], monster[1::2]
    if oneven.count(0) > 0.3 * len(oneven) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and oneven.count(0) < 0.05 * len(oneven):
        return "utf-16-be"
    return None


def decodeer(data: bytes) -> tuple[str, str]:
    """Bytes of a CSV export to text: UTF-16 (Excel's 'Unicode-tekst', with or without BOM), UTF-8 (with or
    without BOM), else Windows-1252 (Excel's Dutch default)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 met BOM"
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le", errors="replace"), "UTF-16 met BOM"
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", errors="replace"), "UTF-16 met BOM"
    utf16 = _utf16_zonder_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def is_xlsx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def is_werkboek(data: bytes) -> bool:
    """A binary spreadsheet (XLSX/ODS zip, or a Compound File: .xls or an encrypted .xlsx): goes to the
    XLSX reader, which says what it is and what to do; never decoded as text."""
    return is_xlsx(data) or data[:8] == OLE


def _kies_scheiding(voorbeeld: str) -> str:
    """The separator that splits most of the first lines into the same number (>1) of columns: a title line
    above the header ('Absentieoverzicht 2026-2027, geëxporteerd op …') does not decide it."""
    beste, score = None, (-1, -1, -1)
    regels = voorbeeld.splitlines()[:30]
    for teken in (";", "\t", ","):
        try:
            aantallen = [len(r) for r in csv.reader(regels, delimiter=teken) if r]
        except csv.Error:
            continue
        if not aantallen:
            continue
        meest, keer = Counter(aantallen).most_common(1)[0]
        s = (int(meest > 1), keer, meest)
        if s > score:
            beste, score = teken, s
    if beste is None or score[0] == 0:
        try:  # one column in every candidate: let the Sniffer have a go before giving up
            return csv.Sniffer().sniff(voorbeeld[:5000], delimiters=";,\t|").delimiter
        except csv.Error:
            return ";"
    return beste


def _controleer_tekst(tekst: str) -> None:
    """A binary file pasted or decoded as text: say what it is instead of reading garbage."""
    begin = tekst[:8]
    if begin.startswith("PK\x03\x04"):
        raise InvoerFout(Fout("bestand", "Dit is een Excel- of ZIP-bestand, geen CSV-tekst. Kies het bestand zelf "
                                         "(.xlsx), of sla het in Excel op als CSV."))
    if begin.startswith("\u00d0\u00cf\u0011\u00e0") or begin.startswith("\ufffd\ufffd\u0011\ufffd"):
        raise InvoerFout(Fout("bestand", "Dit is een oud Excel-bestand (.xls) of een beveiligd Excel-bestand, geen "
                                         "CSV-tekst. Open het in Excel en sla het op als .xlsx of CSV."))
    if tekst[:2000].count("\x00") > 20:
        raise InvoerFout(Fout("bestand", "De tekst bevat nul-tekens: het bestand is waarschijnlijk UTF-16 ('Unicode-"
                                         "tekst' uit Excel) dat als gewone tekst is gelezen. Kies het bestand zelf, of "
                                         "sla het op als CSV (UTF-8)."))


def _breedte(regels: list[str], scheiding: str) -> int:
    """The usual number of columns: the most common count over the first single-line rows."""
    try:
        aantallen = [len(r) for r in csv.reader([r.rstrip("\r\n") for r in regels[:60]], delimiter=scheiding,
                                                quoting=csv.QUOTE_NONE) if len(r) > 1]
    except csv.Error:
        return 0
    return Counter(aantallen).most_common(1)[0][0] if aantallen else 0


def _weggelopen(rij: list[str], regels: int, breedte: int, scheiding: str) -> bool:
    """A quoted cell that ran on over line breaks: it made the row wider or narrower than the rest, ran over
    many lines, grew past the cell cap, or holds a line break followed by separators (the next row swallowed,
    even when a second stray quote closed it). A remark with a line break in a row of the usual width is fine."""
    return (regels > MAX_REGELS_IN_VELD or (breedte and len(rij) != breedte)
            or any(len(c) > MAX_VELD or (scheiding in c and ("\n" in c or "\r" in c)) for c in rij))


def _zonder_aanhalingsteken(regel: str, scheiding: str) -> list[str]:
    """The line that opened a runaway quote, read as plain text: the unmatched quote itself is dropped."""
    cellen = next(csv.reader([regel.rstrip("\r\n")], delimiter=scheiding, quoting=csv.QUOTE_NONE), [])
    return [c[1:-1] if len(c) > 1 and c[0] == c[-1] == '"' else c.strip('"') if c.count('"') % 2 else c
            for c in cellen]


def lees_csv(tekst: str, codering: str) -> Gelezen:
    waarschuwingen: list[str] = []
    if tekst.startswith("\ufeff"):
        tekst = tekst[1:]
        codering = "UTF-8 met BOM" if codering.startswith("UTF-8") or not codering else codering
    _controleer_tekst(tekst)
    # 'x in tekst' for one rare character is a fast search; a regex over megabytes is not
    if "\u00c3" in tekst and ("Ã©" in tekst or "Ã«" in tekst or "Ã¨" in tekst):
        waarschuwingen.append("Het bestand lijkt UTF-8 te zijn dat als Windows-1252 is gelezen (tekens als 'Ã©' "
                              "in plaats van 'é'). Namen kunnen er vreemd uitzien; de analyse verandert niet.")
    met_bidi = any(map(tekst.__contains__, BIDI_TEKENS))
    if not met_bidi:
        begin = io.StringIO(tekst[:20000], newline="")  # the first 30 lines, cut at 20.000 characters
        scheiding = _kies_scheiding("".join(begin.readline() for _ in range(30)))
        snel = _in_een_keer(tekst, scheiding)
        if snel is not None:
            return Gelezen(*snel, scheiding, codering, waarschuwingen, [])
    regels = list(io.StringIO(tekst, newline=""))  # the physical lines, split where the csv module splits
    bidi = [i + 1 for i, r in enumerate(regels) if _BIDI.search(r)] if met_bidi else []
    if bidi:
        regels = [r.translate(BIDI) for r in regels]
        waarschuwingen.append(_bidi_melding(bidi))
    scheiding = _kies_scheiding("".join(regels[:30])[:20000])
    breedte = _breedte(regels, scheiding)
    rijen: list[list] = []
    nummers: list[int] = []
    afgewezen: list[dict] = []
    weggelopen: list[int] = []

    def neem(rij: list[str], regel: int) -> None:
        if not rij or not "".join(rij).strip():
            return
        if len(rij) > MAX_KOLOMMEN:
            if any(c.strip() for c in rij[MAX_KOLOMMEN:]):
                afgewezen.append({"regel": regel, "soort": "ongeldig", "reden": f"De regel heeft {len(rij)} kolommen; "
                                  f"meer dan {MAX_KOLOMMEN} (de grens per regel) wordt niet gelezen."})
                return
            del rij[MAX_KOLOMMEN:]
        lang = max(map(len, rij))
        if lang > MAX_VELD:
            afgewezen.append({"regel": regel, "soort": "ongeldig", "reden": f"Een cel heeft {lang} tekens; meer "
                              f"dan {duizendtal(MAX_VELD)} (de grens per cel) wordt niet gelezen."})
            return
        if len(rijen) >= MAX_RIJEN:
            raise InvoerFout(Fout("bestand", f"Het bestand heeft meer dan {duizendtal(MAX_RIJEN)} regels, de grens van de "
                                             "rekenhulp. Splits het, bijvoorbeeld per schooljaar of per afdeling."))
        rijen.append(rij)
        nummers.append(regel)

    i, n = 0, len(regels)
    volger = None
    while i < n:  # one pass; it restarts only after the line that opened a runaway quote
        basis, gelezen_tot = i, 0
        if i == 0:
            bron = iter(regels)
        else:  # resume where the quote was opened, in O(1): a file of stray quotes must not go quadratic
            volger = volger or _Volger(regels)
            volger.plek = i
            bron = volger
        lezer = csv.reader(bron, delimiter=scheiding)
        try:
            for rij in lezer:
                begin, gelezen_tot = basis + gelezen_tot, lezer.line_num
                # a quoted cell with a line break (also one left open on the last line) may have run away
                if ((basis + gelezen_tot - begin > 1 or (rij and rij[-1][-1:] in ("\n", "\r")))
                        and _weggelopen(rij, basis + gelezen_tot - begin, breedte, scheiding)):
                    raise _Weggelopen(begin)
                if (1 < len(rij) <= MAX_KOLOMMEN and max(map(len, rij)) <= MAX_VELD and len(rijen) < MAX_RIJEN
                        and "".join(rij).strip()):
                    rijen.append(rij)  # the common row, without a call per row (200,000-row exports)
                    nummers.append(begin + 1)
                else:
                    neem(rij, begin + 1)
            i = n
        except (_Weggelopen, csv.Error) as e:
            begin = e.regel if isinstance(e, _Weggelopen) else basis + gelezen_tot
            if begin >= n:
                break
            if '"' in regels[begin]:
                weggelopen.append(begin + 1)
                neem(_zonder_aanhalingsteken(regels[begin], scheiding), begin + 1)
            else:
                afgewezen.append({"regel": begin + 1, "soort": "ongeldig", "reden": "De regel is niet als CSV te lezen"
                                  f" ({kort(e, 120)})."})
            i = begin + 1
    if weggelopen:
        eerste = ", ".join(map(str, weggelopen[:5])) + (", …" if len(weggelopen) > 5 else "")
        waarschuwingen.append(
            f"{'Regel' if len(weggelopen) == 1 else 'Regels'} {eerste}: een cel begint met een aanhalingsteken (\") "
            "dat niet wordt gesloten. Zonder controle was alles daarna als één cel gelezen en waren leerlingen "
            "weggevallen. De regel is gelezen zonder dat teken en de regels erna gewoon; controleer deze regel in "
            "de export.")
    return Gelezen(rijen, nummers, scheiding, codering, waarschuwingen, afgewezen)


STUK = 1 << 20  # characters per piece of text given to io.StringIO at a time


def _regels(tekst: str):
    """The physical lines, split where the csv module splits them (\\n, \\r\\n, \\r), a piece of text at a time:
    io.StringIO keeps its text at four bytes a character, so the whole of a large export at once would
    cost four times the file in memory just to be split."""
    plek = 0
    while plek < len(tekst):
        eind = tekst.find("\n", plek + STUK)
        eind = len(tekst) if eind < 0 else eind + 1  # a piece ends after a \n, so a \r\n is never cut
        yield from io.StringIO(tekst[plek:eind], newline="")
        plek = eind


def _in_een_keer(tekst: str, scheiding: str) -> tuple[Tabel, range | list[int]] | None:
    """The common file read by the csv module straight into columns (overzicht/tabel.py): every physical line
    is one row (no quoted cell runs over a line break) and nothing comes near a cap. None: read line by line
    below, which finds runaway quotes and rejects one row at a time; both give the same rows for such a file."""
    lezer = csv.reader(_regels(tekst), delimiter=scheiding)
    try:
        tabel, nummers, gelezen = uit_regels(lezer)
    except csv.Error:
        return None
    if (not len(tabel) or lezer.line_num != gelezen or len(tabel) > MAX_RIJEN
            or len(tabel.kolommen) > MAX_KOLOMMEN or langste_cel(tabel) > MAX_VELD):
        return None
    laatste = tabel[-1]
    if laatste and laatste[-1][-1:] in ("\n", "\r"):  # a quote left open on the last line
        return None
    return tabel, nummers


class _Volger:
    """The physical lines from a position that can be set: the csv reader resumes after a runaway quote."""

    def __init__(self, regels: list[str]):
        self.regels, self.plek = regels, 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.plek >= len(self.regels):
            raise StopIteration
        self.plek += 1
        return self.regels[self.plek - 1]


class _Weggelopen(Exception):
    def __init__(self, regel: int):
        super().__init__(regel)
        self.regel = regel


def _bidi_melding(regels: list[int]) -> str:
    eerste = ", ".join(map(str, regels[:5])) + (", …" if len(regels) > 5 else "")
    return (f"In {aantal(len(regels), 'regel', 'regels')} (regel {eerste}) stonden onzichtbare tekens die de "
            "leesrichting omdraaien (zoals RTL-override). Ze kunnen een naam, klas of nummer anders laten lijken dan "
            "hij is; ze zijn weggehaald.")


# --- Dates and times ------------------------------------------------------------------------------

_NL_DATUM = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO_DATUM = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIJD = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?$")


class Datumfout(ValueError):
    """A text that is not a date or time; the message is Dutch and names the problem."""


def _binnen(d: dt.date, tekst) -> dt.date:
    """An absence export is about recent school years; anything outside 1990-2100 is a misread value."""
    if not 1990 <= d.year <= 2100:
        raise Datumfout(f"'{kort(tekst)}' is geen datum van een schooljaar (jaar {d.year}).")
    return d


def _datum(jaar: int, maand: int, dag: int, tekst: str) -> dt.date:
    if not 1 <= maand <= 12:
        hint = " Staat de datum als maand-dag-jaar? Verwacht is dag-maand-jaar." if 1 <= dag <= 12 else ""
        raise Datumfout(f"'{kort(tekst)}' is geen datum: er is geen maand {maand}.{hint}")
    try:
        d = dt.date(jaar, maand, dag)
    except ValueError:
        raise Datumfout(f"'{kort(tekst)}' is geen datum: die dag bestaat niet.") from None
    return _binnen(d, tekst)


def _excel_serieel(getal: float, tekst: str) -> tuple[dt.date, int | None]:
    if not 20000 <= getal <= 80000:  # 1954–2119: anything else is not a date in an absence export
        raise Datumfout(f"'{kort(tekst)}' is geen datum.")
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
            if not -1e9 < waarde < 1e9:  # also a NaN, and an int too large for float()
                raise Datumfout(f"'{kort(waarde)}' is geen datum.")
            return _excel_serieel(float(waarde), str(waarde))
        tekst = str(waarde).strip()
        gevonden = self._momenten.get(tekst)
        if gevonden is None:
            gevonden = self._momenten[tekst] = self._lees(tekst)
        return gevonden

    def _lees(self, tekst: str) -> tuple[dt.date | None, int | None]:
        if not tekst:
            raise Datumfout("de datum ontbreekt.")
        if "T" in tekst or (" " in tekst and tekst[:4].isdecimal() and "-" in tekst[:5]):
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
                raise Datumfout(f"'{kort(tekst)}' is geen datum met tijd.")
            return d, t
        if len(delen) != 1:
            raise Datumfout(f"'{kort(tekst)}' is geen datum of tijd.")
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
        if tekst.isdecimal():
            if len(tekst) == 8:  # yyyymmdd
                return _datum(int(tekst[:4]), int(tekst[4:6]), int(tekst[6:]), tekst), None
            if len(tekst) in (3, 4):  # HHmm, Hmm
                return None, _minuten(int(tekst[:-2]), int(tekst[-2:]), tekst)
            if len(tekst) == 5:
                return _excel_serieel(float(tekst), tekst)
        try:
            getal = float(tekst.replace(",", "."))
        except ValueError:
            raise Datumfout(f"'{kort(tekst)}' is geen datum of tijd.") from None
        return _excel_serieel(getal, tekst)


def _minuten(uur: int, minuut: int, tekst: str) -> int:
    if uur > 24 or minuut > 59 or (uur == 24 and minuut):
        raise Datumfout(f"'{kort(tekst)}' is geen tijd.")
    return uur * 60 + minuut
