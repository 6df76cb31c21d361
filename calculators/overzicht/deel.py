"""One export file of the overview's input: a school's export, or one of several (a board's schools, one
school's periods). Each file is read, its columns mapped and its codes placed on its own (files may come
from different systems); their rows are then counted together, so a registration in two files counts once.
With several files every step and warning of a file begins with its name, and a file that cannot be read
is skipped with the reason, the others still counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lezen import Gelezen

# The fields of one file in the input's 'bestanden' list (calculators/overzicht/__init__.py's schema).
BESTANDSVELDEN = ("naam", "bestand", "bestand_xlsx", "codering")


@dataclass
class Deel:
    naam: str | None      # None: the only file
    nummer: int           # its place among the files (line numbers, see vormen.genummerd)
    gelezen: Gelezen
    koppeling: dict
    rijen: object         # data rows (a list, or a Tabel)
    regels: object        # their line numbers
    kopregel: int         # the header's line, 0 without one
    index: dict
    vorm: str
    las: str
    codes: list | None = None
    indeling: dict | None = None
    codes_tabel: list | None = None


class MetNaam:
    """The explanation as one file of several writes it: its steps and warnings begin with the file's name."""

    def __init__(self, uitleg, naam: str):
        self._uitleg, self._voor = uitleg, f"{naam}: "

    def stap(self, tekst: str, bron=None) -> None:
        self._uitleg.stap(self._voor + tekst, bron)

    def waarschuwing(self, tekst: str | None) -> None:
        if tekst:
            self._uitleg.waarschuwing(self._voor + tekst)

    def __getattr__(self, naam):  # keuze, param, profiel, …: the overview's own
        return getattr(self._uitleg, naam)


def bronnen(w: dict) -> list[tuple[str | None, dict]]:
    """(name, {bestand | bestand_xlsx, codering}) per file: the 'bestanden' list, else the one file. Two files
    of the same name get a number, so each refused row's file is clear."""
    lijst = w.get("bestanden") or []
    if not lijst:
        return [(None, w)]
    uit, gezien = [], {}
    for i, b in enumerate(lijst, start=1):
        naam = (b.get("naam") or "").strip() or f"bestand {i}"
        gezien[naam] = gezien.get(naam, 0) + 1
        uit.append((naam if gezien[naam] == 1 else f"{naam} ({gezien[naam]})", b))
    return uit
