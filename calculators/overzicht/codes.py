"""Absence codes to categories: the user's choice, then the file's own soort and geoorloofd columns and the
LAS defaults. A code nobody can place stays without category: its rows wait for the user's decision."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..fouten import Fout, InvoerFout
from .lezen import kort
from .standaard import CATEGORIEEN, laad, normaliseer, voor_las

JA = {"j", "ja", "y", "yes", "true", "waar", "1", "x", "geoorloofd"}
NEE = {"n", "nee", "no", "false", "onwaar", "0", "ongeoorloofd"}
# Categories that agree with a geoorloofd flag (te laat counts as not geoorloofd: a late arrival with a reason
# is registered as geoorloofd, see the Cygnus list).
_BIJ_JA = {"ziek", "geoorloofd", "negeren"}
_BIJ_NEE = {"ongeoorloofd", "te_laat"}


def vlag(waarde) -> bool | None:
    if isinstance(waarde, bool):
        return waarde
    tekst = str(waarde).strip().lower()
    return True if tekst in JA else False if tekst in NEE else None


def controleer_gebruiker(codes: dict) -> dict[str, str]:
    fouten = [Fout("codes", f"Kies voor code '{c}' een van: {', '.join(CATEGORIEEN)} (niet '{k}').")
              for c, k in codes.items() if k not in CATEGORIEEN]
    if fouten:
        raise InvoerFout(fouten)
    return {str(c).strip(): k for c, k in codes.items()}


class Telling:
    """Per code: how many rows, which soort and geoorloofd values and reasons occur with it."""

    def __init__(self):
        self.aantal: Counter = Counter()
        self.soorten: dict[str, set] = defaultdict(set)
        self.vlaggen: dict[str, set] = defaultdict(set)
        self.redenen: dict[str, Counter] = defaultdict(Counter)

    def tel(self, code: str, soort: str | None, geoorloofd: bool | None, reden: str | None, aantal: int = 1) -> None:
        self.aantal[code] += aantal
        self.soorten[code].add(soort)
        self.vlaggen[code].add(geoorloofd)
        if reden:
            self.redenen[code][reden] += aantal


def deel_in(telling: Telling, las: str, gebruiker: dict[str, str], code_is_tekst: bool, uitleg) -> tuple[dict, list]:
    """(code -> categorie or None, the codes table for the answer)."""
    s = laad()
    standaard = voor_las(s.codes, las)
    standaard_klein = {c.lower(): v for c, v in reversed(list(standaard.items()))}
    soorten = voor_las(s.soorten, las)
    naam = s.namen[las]
    indeling, tabel = {}, []
    for code, aantal in sorted(telling.aantal.items(), key=lambda x: (-x[1], x[0])):
        categorie, herkomst, omschrijving = None, None, None
        bekend = standaard.get(code) or standaard_klein.get(code.lower())
        if code_is_tekst and not bekend:
            laag = code.lower()
            woord = next(((w, cat) for w, cat in s.teksten if w in laag), None)
            if woord:
                bekend = (woord[1], f"tekst bevat '{woord[0]}'", "onderzoek", True)
        if bekend:
            omschrijving = bekend[1]
        if telling.redenen[code]:
            omschrijving = kort(telling.redenen[code].most_common(1)[0][0], 200)  # for display only
        soort_cats = {soorten.get(normaliseer(x), (None,))[0] if x else None for x in telling.soorten[code]}
        vlaggen = telling.vlaggen[code]
        if code in gebruiker:
            categorie, herkomst = gebruiker[code], "gebruiker"
        elif len(soort_cats) == 1 and None not in soort_cats:
            categorie, herkomst = next(iter(soort_cats)), "soort-kolom"
        else:
            if len(soort_cats) > 1 and soort_cats - {None}:
                uitleg.waarschuwing(f"Code '{kort(code, 60)}' heeft verschillende waarden in de kolom soort; die kolom beslist "
                                    "voor deze code niet.")
            waarden = vlaggen - {None}
            vlag_ = next(iter(waarden)) if len(waarden) == 1 else None
            if len(waarden) > 1:
                uitleg.waarschuwing(f"Code '{kort(code, 60)}' staat zowel als geoorloofd als ongeoorloofd in het bestand; "
                                    "kies zelf de indeling van deze code.")
            if bekend and (vlag_ is None or bekend[0] in (_BIJ_JA if vlag_ else _BIJ_NEE)):
                categorie, herkomst = bekend[0], f"standaard {naam}"
            elif vlag_ is not None:
                categorie, herkomst = ("geoorloofd" if vlag_ else "ongeoorloofd"), "geoorloofd-kolom"
        indeling[code] = categorie
        tabel.append({"code": code, "omschrijving": omschrijving, "aantal": aantal, "categorie": categorie,
                      "herkomst": herkomst})
    return indeling, tabel
