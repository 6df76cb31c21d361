"""CSV for Dutch Excel, safe to open: every CSV the project writes for people goes through here.

A cell that starts with '=', '+', '-', '@', a tab or a carriage return is a formula (or becomes one) in
Excel and LibreOffice; pupil names and numbers come from a school's export and may be hostile. OWASP's rule:
prefix such a cell with a single quote, judged on the text as written (after any trimming), and also when
only spaces precede the dangerous character. The page's download is this module's output (made in the
worker), so the browser and the command line write the same, neutralised, text.
"""

from __future__ import annotations

import csv
import io

GEVAARLIJK = ("=", "+", "-", "@", "\t", "\r")


def veilige_cel(waarde) -> str:
    """The cell as text that Excel shows as text: "'=1+1" for "=1+1"; None becomes ""."""
    tekst = "" if waarde is None else str(waarde)
    if tekst.startswith(GEVAARLIJK) or tekst.lstrip(" ").startswith(GEVAARLIJK):
        return "'" + tekst
    return tekst


def schrijf(koppen, rijen) -> str:
    """A table as CSV text for Dutch Excel: ';' separator, CRLF, every cell neutralised. The caller adds
    the UTF-8 BOM where the bytes are written (the command line, the page's download)."""
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow([veilige_cel(k) for k in koppen])
    for rij in rijen:
        schrijver.writerow([veilige_cel(c) for c in rij])
    return buffer.getvalue()
