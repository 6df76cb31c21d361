"""An export's rows held as columns, each distinct cell text once.

A school board's export has a million rows of about eight cells, and nearly every cell repeats (the same
dates, codes, classes and pupil numbers over and over). As lists of fresh strings that is ~500 bytes a row;
as columns of shared strings it is ~8 bytes a cell. The overview reads columns anyway (kolommen, codes,
the per-lesuur loop) and a whole row only for a pupil's first line, a header or a footer.

``Tabel`` behaves as the list of rows it replaces (len, index, slice, iteration give rows as lists, each as
long as the row was in the file), and ``kolom(j)`` gives column j with "" for rows shorter than that.
"""

from __future__ import annotations

from array import array
from itertools import islice

BLOK = 20_000  # rows transposed at a time: the block's own lists are the only extra memory


class Tabel:
    __slots__ = ("kolommen", "lengtes", "begin", "n")

    def __init__(self, kolommen: list[list], lengtes: array | None, n: int, begin: int = 0):
        self.kolommen = kolommen  # every column holds the cells of the whole file; a cell beyond its row is ""
        self.lengtes = lengtes    # each row's own length (whole file), or None: every row has len(kolommen)
        self.begin = begin        # a slice is a view: rows begin .. begin + n of the columns
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, stap = i.indices(self.n)
            if stap != 1:
                raise ValueError("Tabel: alleen aaneengesloten stukken")
            return Tabel(self.kolommen, self.lengtes, max(0, stop - start), self.begin + start)
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        i += self.begin
        lengte = self.lengtes[i] if self.lengtes is not None else len(self.kolommen)
        return [k[i] for k in self.kolommen[:lengte]]

    def __iter__(self):
        for i in range(self.n):
            yield self[i]

    def tekst_kolom(self, j: int) -> list[str]:
        """Column j of these rows, each cell stripped ("" for rows shorter than that)."""
        if j >= len(self.kolommen):
            return [""] * self.n
        return list(map(str.strip, islice(self.kolommen[j], self.begin, self.begin + self.n)))

    def vul_aan(self, breedte: int) -> None:
        """Every row at least ``breedte`` cells (as the list of rows would be padded with "")."""
        while len(self.kolommen) < breedte:
            self.kolommen.append([""] * len(self.kolommen[0]) if self.kolommen else [])
        if self.lengtes is not None:
            self.lengtes = array("H", (max(x, breedte) for x in self.lengtes))
            if all(x == len(self.kolommen) for x in self.lengtes):
                self.lengtes = None


def uit_regels(rijen) -> tuple[Tabel, range | list[int], int]:
    """The rows of a reader that gives one row per line (csv.reader over a file without line breaks in
    cells) as a Tabel, read a block at a time, their line numbers, and how many rows were read. Empty rows
    (no cell with more than spaces) are left out, as the row-by-row reader leaves them out."""
    kolommen: list[list] = []
    gedeeld: list[dict] = []  # per column: text -> the one string object kept for it
    lengtes: array | None = None
    nummers: list[int] | None = None  # None while no line was left out: the numbers are 1..n
    n = gelezen = 0  # rows kept, rows read
    while True:
        blok = list(islice(rijen, BLOK))
        if not blok:
            break
        eerste, gelezen = gelezen + 1, gelezen + len(blok)  # line numbers eerste..gelezen
        if not all(map(str.strip, map("".join, blok))):
            houden = [i for i, r in enumerate(blok) if "".join(r).strip()]
            if nummers is None:
                nummers = list(range(1, n + 1))
            nummers.extend(eerste + i for i in houden)
            blok = [blok[i] for i in houden]
        elif nummers is not None:
            nummers.extend(range(eerste, gelezen + 1))
        if blok:
            n, lengtes = _voeg_toe(blok, kolommen, gedeeld, n, lengtes)
    return Tabel(kolommen, lengtes, n), (range(1, n + 1) if nummers is None else nummers), gelezen


def _voeg_toe(blok, kolommen, gedeeld, n, lengtes):
    kort, lang = min(map(len, blok)), max(map(len, blok))
    if lang > len(kolommen) and n and lengtes is None:
        lengtes = array("H", [len(kolommen)]) * n  # the rows so far had the old width
    while len(kolommen) < lang:
        kolommen.append([""] * n)
        gedeeld.append({})
    breedte = len(kolommen)
    if kort != breedte or lengtes is not None:
        if lengtes is None:
            lengtes = array("H", [breedte]) * n
        lengtes.extend(map(len, blok))
        blok = [r + [""] * (breedte - len(r)) if len(r) < breedte else r for r in blok]
    for kolom, eigen, cellen in zip(kolommen, gedeeld, zip(*blok)):
        kolom.extend(map(eigen.setdefault, cellen, cellen))
    return n + len(blok), lengtes


def langste_cel(tabel: Tabel) -> int:
    """The longest cell text (every distinct text is in some column)."""
    return max((max(map(len, set(k)), default=0) for k in tabel.kolommen), default=0)
