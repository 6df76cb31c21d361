"""An export file given in pieces: the page's worker reads a chosen file a few megabytes at a time (with
progress per piece) and hands each piece here, so the file's bytes are never held whole, in the page or
in Python. The text is decoded as it comes, with the same choice of encoding as ``decodeer`` makes on the
whole file; a piece may end inside a multi-byte character or inside a quoted cell.

    lezing = Lezing("export.csv")
    for stuk in stukken:
        lezing.voeg_toe(stuk)
    invoer = {**invoer, **lezing.velden()}   # bestand + codering, or bestand_xlsx for a workbook
"""

from __future__ import annotations

import codecs

from .lezen import OLE, _utf16_zonder_bom, duizendtal

KIES_NA = 4000  # bytes seen before the encoding is chosen (a BOM, or UTF-16's NULs, as decodeer looks)
# A file larger than this is not read in a browser tab: the text, its columns and the answer must fit in the
# memory the browser gives a page. The command line has no such limit.
MAX_BESTAND_BYTES = 300 * 1024 * 1024


def te_groot(grootte: int, naam: str = "Het bestand") -> str | None:
    """The Dutch message for a file too large to read in the page, naming the limit and the way out."""
    if grootte <= MAX_BESTAND_BYTES:
        return None
    return (f"{naam} is {duizendtal(-(-grootte // (1024 * 1024)))} MB; in de browser leest de rekenhulp bestanden tot "
            f"{duizendtal(MAX_BESTAND_BYTES // (1024 * 1024))} MB. Splits het bestand, bijvoorbeeld per school of per "
            "periode (meerdere bestanden samen kiezen kan), of gebruik de rekenhulp op de opdrachtregel: "
            "python -m calculators verzuimoverzicht --bestand <bestand>.")


class Lezing:
    def __init__(self, naam: str = ""):
        self.naam = naam
        self.grootte = 0
        self._begin = bytearray()        # the first bytes, until the encoding is chosen
        self._werkboek: list[bytes] | None = None  # an XLSX (a zip) is read whole by openpyxl: kept as bytes
        self._decoder = None
        self._probeer_utf8 = False       # UTF-8 until a byte says otherwise, then Windows-1252 (as decodeer)
        self._tekst: list[str] = []
        self.codering: str | None = None

    def voeg_toe(self, stuk) -> str | None:
        """Take the next piece; a Dutch message (and nothing kept) once the file passes the browser's limit."""
        stuk = bytes(stuk.to_bytes() if hasattr(stuk, "to_bytes") else stuk)
        self.grootte += len(stuk)
        melding = te_groot(self.grootte, self.naam or "Het bestand")
        if melding:
            self._begin, self._werkboek, self._decoder, self._tekst = bytearray(), None, None, []
            return melding
        if self._werkboek is not None:
            self._werkboek.append(stuk)
        elif self._decoder is not None:
            self._decodeer(stuk)
        else:
            self._begin += stuk
            if len(self._begin) >= KIES_NA:
                self._kies()
        return None

    def is_xlsx(self) -> bool:
        """An XLSX (a zip): the worker loads openpyxl for it before the overview (a .xls or an encrypted .xlsx is
        refused by its first bytes, without openpyxl)."""
        begin = self._werkboek[0] if self._werkboek else bytes(self._begin)
        return begin[:4] == b"PK\x03\x04"

    def velden(self) -> dict:
        """The input fields of run("verzuimoverzicht", …) for this file, as invoer_met_bestand gives them."""
        if self._decoder is None and self._werkboek is None:
            self._kies()
        if self._werkboek is not None:
            return {"bestand_xlsx": b"".join(self._werkboek)}
        self._decodeer(b"", laatste=True)
        tekst, self._tekst = "".join(self._tekst), []
        return {"bestand": tekst, "codering": self.codering}

    # --- the encoding, chosen on the first bytes ----------------------------------------------------

    def _kies(self) -> None:
        begin, self._begin = bytes(self._begin), bytearray()
        if begin[:4] == b"PK\x03\x04" or begin[:8] == OLE:
            self._werkboek = [begin]
            return
        for bom, codec, naam in ((b"\xef\xbb\xbf", "utf-8", "UTF-8 met BOM"), (b"\xff\xfe", "utf-16-le", "UTF-16 met BOM"),
                                 (b"\xfe\xff", "utf-16-be", "UTF-16 met BOM")):
            if begin.startswith(bom):
                self._start(codec, naam, begin[len(bom):])
                return
        utf16 = _utf16_zonder_bom(begin)
        if utf16:
            self._start(utf16, "UTF-16", begin)
            return
        self._probeer_utf8 = True
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.codering = "UTF-8"
        self._decodeer(begin)

    def _start(self, codec: str, naam: str, begin: bytes) -> None:
        self._decoder = codecs.getincrementaldecoder(codec)("replace")
        self.codering = naam
        self._decodeer(begin)

    def _decodeer(self, stuk: bytes, laatste: bool = False) -> None:
        if not self._probeer_utf8:
            self._tekst.append(self._decoder.decode(stuk, final=laatste))
            return
        wachtend = self._decoder.getstate()[0]
        try:
            self._tekst.append(self._decoder.decode(stuk, final=laatste))
        except UnicodeDecodeError:
            # Not UTF-8 after all: the whole file is Windows-1252, as decodeer decides on the whole. What was
            # read so far was valid UTF-8, so encoding it again gives back exactly its bytes.
            eerder = "".join(self._tekst).encode("utf-8") + wachtend + stuk
            self._probeer_utf8 = False
            self._decoder = codecs.getincrementaldecoder("cp1252")("replace")
            self.codering = "Windows-1252"
            self._tekst = [self._decoder.decode(eerder, final=laatste)]
