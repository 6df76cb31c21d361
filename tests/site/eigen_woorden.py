"""Own words: the built prose compared with the source documents, word run by word run.

Both sides are normalised the same way (``woorden``) and cut into shingles of ``N`` consecutive words.
The seeds themselves are not in the repository: ``scripts/seed_vingerafdruk.py`` stores only a hash of
every seed shingle (``data/seed_12grams.txt``), so the test runs on a fresh clone without the sources.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

N = 12  # an unquoted run of this many words from a source fails the test
VINGERAFDRUK = Path(__file__).with_name("data") / "seed_12grams.txt"

# Typographic variants that a PDF extraction or a Markdown typographer may produce.
_GELIJK = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
    "\u00ad": "", "\u200b": "",
})


def woorden(tekst: str) -> list[str]:
    """Lowercase words without punctuation: 'De school meldt… (art. 21a)' -> ['de', 'school', 'meldt', 'art', '21a']."""
    tekst = unicodedata.normalize("NFKC", tekst).translate(_GELIJK).lower()
    return re.findall(r"[^\W_]+", tekst)


def shingles(reeks: list[str], n: int = N) -> list[str]:
    return [" ".join(reeks[i:i + n]) for i in range(len(reeks) - n + 1)]


def vingerafdruk(shingle: str) -> str:
    return hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).hexdigest()


class _Tekst(HTMLParser):
    """Text of an HTML(-ish) document as separate segments: every block boundary and every quotation
    ends a segment, so no run is counted across them. ``alleen_artikel`` keeps only <article>."""

    BLOK = {"p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section",
            "article", "ul", "ol", "dl", "table", "tr", "summary", "details", "br", "figcaption", "label",
            "option", "button", "form", "fieldset", "legend", "aside", "nav", "header", "footer"}
    # Quotations and code: allowed to be verbatim; also what is not prose (scripts, the permalink sign).
    UIT = {"blockquote", "q", "cite", "code", "pre", "script", "style", "template", "svg", "kbd", "samp"}

    def __init__(self, alleen_artikel: bool, uit_extra: frozenset = frozenset()):
        super().__init__(convert_charrefs=True)
        self.uit_tags = self.UIT | uit_extra
        self.alleen_artikel = alleen_artikel
        self.in_artikel = 0
        self.uit = 0
        self.segmenten: list[str] = []
        self._nu: list[str] = []
        self._stapel: list[str] = []

    def _sluit(self):
        if self._nu:
            self.segmenten.append("".join(self._nu))
            self._nu = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "input", "hr", "wbr", "meta", "link", "source"):
            if tag == "br":
                self._sluit()
            return
        klassen = (dict(attrs).get("class") or "").split()
        uit = tag in self.uit_tags or "headerlink" in klassen
        self._stapel.append((tag, uit))
        self.in_artikel += tag == "article"
        self.uit += uit
        if uit or tag in self.BLOK:
            self._sluit()

    def handle_endtag(self, tag):
        if not any(t == tag for t, _ in self._stapel):
            return  # a stray end tag
        while self._stapel:
            top, uit = self._stapel.pop()
            self.in_artikel -= top == "article"
            self.uit -= uit
            if uit or top in self.BLOK:
                self._sluit()
            if top == tag:
                break

    def handle_data(self, data):
        if self.uit or (self.alleen_artikel and not self.in_artikel):
            return
        self._nu.append(data)

    def close(self):
        super().close()
        self._sluit()


def segmenten(html: str, alleen_artikel: bool = True, uit_extra: frozenset = frozenset()) -> list[str]:
    p = _Tekst(alleen_artikel, uit_extra)
    p.feed(html)
    p.close()
    return [s for s in (" ".join(x.split()) for x in p.segmenten) if s]


def seed_segmenten(tekst: str) -> list[str]:
    """A seed (plain text with some HTML tags) as one stream: a sentence that the PDF extraction broke
    over two lines is still found."""
    return segmenten(tekst, alleen_artikel=False)


def lees_vingerafdruk(pad: Path = VINGERAFDRUK) -> set[str]:
    return {r.strip() for r in pad.read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")}


def overgenomen(segment: str, bekend: set[str], n: int = N) -> list[str]:
    """The runs of ``n`` or more words of ``segment`` whose every n-word shingle is in ``bekend`` (hashes)."""
    ws = woorden(segment)
    treffer = [vingerafdruk(s) in bekend for s in shingles(ws, n)]
    runs, i = [], 0
    while i < len(treffer):
        if not treffer[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(treffer) and treffer[j + 1]:
            j += 1
        runs.append(" ".join(ws[i:j + n]))
        i = j + 1
    return runs
