"""Input fields: one description per field serves validation, forms (``schema``) and errors.

A calculator declares its fields with ``Veld``; ``lees`` checks a JSON input against them and
collects every problem at once, so a form can mark all wrong fields together.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field

from .fouten import Fout, InvoerFout, lees_bool, lees_datum, lees_getal, lees_keuze

# tekst: a string as given (a whole export file); object: {sleutel: tekst} (a column or code mapping)


@dataclass(frozen=True)
class Veld:
    naam: str
    type: str
    label: str
    hulp: str = ""
    verplicht: bool = False
    opties: tuple[tuple[str, str], ...] = ()  # (waarde, label)
    standaard: object = None
    minimum: float | None = 0
    maximum: float | None = None
    kolommen: tuple["Veld", ...] = ()  # for 'lijst'
    max_rijen: int = 20000
    meer_opties: bool = False  # rarely needed: the form puts it behind a "Meer opties" disclosure
    regios: tuple[str, ...] = ()  # only these regions use it: the form shows it when one of them is chosen
    bytes_ook: bool = False  # a 'tekst' field that also takes bytes from a caller in the same process (brug.py)

    def als_dict(self) -> dict:
        d = {
            "naam": self.naam, "type": self.type, "label": self.label, "hulp": self.hulp,
            "verplicht": self.verplicht, "standaard": self.standaard,
        }
        if self.opties:
            d["opties"] = [{"waarde": w, "label": lbl} for w, lbl in self.opties]
        if self.type in {"getal", "geheel"}:
            d["minimum"], d["maximum"] = self.minimum, self.maximum
        if self.kolommen:
            d["kolommen"] = [k.als_dict() for k in self.kolommen]
        if self.meer_opties:
            d["meer_opties"] = True
        if self.regios:
            d["regios"] = list(self.regios)
        return d


MAX_NESTING = 200  # brackets inside brackets in a JSON input; a form gives 3


def te_diep_genest(tekst) -> bool:
    """Whether a JSON text nests deeper than MAX_NESTING, checked before json.loads: CPython raises
    RecursionError there, and in WebAssembly a deep recursion can exhaust the stack before Python notices."""
    if not isinstance(tekst, str) or tekst.count("[") + tekst.count("{") <= MAX_NESTING:
        return False
    diepte = 0
    for haak in re.findall(r"[\[\]{}]", re.sub(r'"(?:[^"\\]|\\.)*"', "", tekst)):
        diepte += 1 if haak in "[{" else -1
        if diepte > MAX_NESTING:
            return True
    return False


def _leeg(waarde) -> bool:
    return waarde is None or (isinstance(waarde, str) and not waarde.strip()) or waarde == []


def _lees_waarde(veld: Veld, waarde, plek: str | None = None):
    naam = plek or veld.naam
    if veld.type == "datum":
        return lees_datum(waarde, naam, veld.label)
    if veld.type in {"getal", "geheel"}:
        return lees_getal(waarde, naam, veld.label, minimum=veld.minimum, maximum=veld.maximum,
                          geheel=veld.type == "geheel")
    if veld.type == "keuze":
        return lees_keuze(waarde, naam, [w for w, _ in veld.opties], veld.label)
    if veld.type == "bool":
        return lees_bool(waarde, naam, veld.label)
    if veld.type == "datumlijst":
        return _lees_datumlijst(veld, waarde)
    if veld.type == "lijst":
        return _lees_lijst(veld, waarde)
    if veld.type == "tekst":
        if veld.bytes_ook and isinstance(waarde, (bytes, bytearray)):
            return bytes(waarde)
        if not isinstance(waarde, str):
            raise InvoerFout(Fout(naam, f"'{veld.label}' moet tekst zijn."))
        return waarde
    if veld.type == "object":
        return _lees_object(veld, waarde)
    raise AssertionError(veld.type)


def _lees_object(veld: Veld, waarde) -> dict[str, str]:
    """{sleutel: tekst}; a JSON text of such an object is accepted too (a form field)."""
    if isinstance(waarde, str):
        try:
            waarde = json.loads(waarde)
        except ValueError:
            waarde = None
    if not isinstance(waarde, dict) or not all(
            isinstance(k, str) and (v is None or isinstance(v, str) or (isinstance(v, int) and -10**15 < v < 10**15))
            and not isinstance(v, bool)
            for k, v in waarde.items()):
        raise InvoerFout(Fout(veld.naam, f"'{veld.label}' moet een object zijn met per sleutel een tekst, "
                                         'bijvoorbeeld {"code": "Absentiecode"}.'))
    return {k.strip(): ("" if v is None else str(v)) for k, v in waarde.items()}


def _lees_datumlijst(veld: Veld, waarde) -> list[dt.date]:
    if isinstance(waarde, str):
        # one date a line (or comma/semicolon); spaces separate dates too, unless a month is written out
        delen = waarde.replace(",", "\n").replace(";", "\n").splitlines()
        waarde = [d for deel in delen for d in ([deel.strip()] if re.search(r"[a-zA-Z]", deel) else deel.split())
                  if d.strip()]
    if not isinstance(waarde, list):
        raise InvoerFout(Fout(veld.naam, f"Geef bij '{veld.label}' een lijst van datums, één per regel."))
    fouten, uit = [], []
    for i, d in enumerate(waarde, start=1):
        try:
            uit.append(lees_datum(d, veld.naam, f"{veld.label}, datum {i}"))
        except InvoerFout as e:
            fouten.extend(e.fouten)
    if fouten:
        raise InvoerFout(fouten)
    return uit


def plak_naar_rijen(tekst: str, kolommen: tuple[Veld, ...]) -> list[dict]:
    """Lines pasted from a spreadsheet (tab, semicolon or comma separated) to rows of dicts.

    A header line naming the columns is skipped. Decimal commas ('2,5') are kept as numbers when
    the separator is a tab or semicolon.
    """
    regels = [r for r in tekst.splitlines() if r.strip()]
    if not regels:
        return []
    eerste = regels[0]
    scheiding = "\t" if "\t" in eerste else ";" if ";" in eerste else ","
    rijen = list(csv.reader(io.StringIO("\n".join(regels)), delimiter=scheiding))
    namen = [k.naam for k in kolommen]
    if rijen and [c.strip().lower() for c in rijen[0][: len(namen)]] == namen:
        rijen = rijen[1:]
    return [{naam: (cel.strip() if i < len(rij) else None)
             for i, (naam, cel) in enumerate(zip(namen, rij + [None] * len(namen)))}
            | ({"_te_veel": True} if len(rij) > len(namen) and any(c.strip() for c in rij[len(namen):]) else {})
            for rij in rijen]


def _lees_lijst(veld: Veld, waarde) -> list[dict]:
    if isinstance(waarde, str):
        if waarde.count("\n") > veld.max_rijen + 1000:  # before parsing: the row cap also bounds the work
            raise InvoerFout(Fout(veld.naam, f"'{veld.label}' heeft meer dan {veld.max_rijen} regels."))
        try:
            waarde = plak_naar_rijen(waarde, veld.kolommen)
        except csv.Error:  # a cell over the csv module's limit (128 KB), usually an unclosed quote
            raise InvoerFout(Fout(veld.naam, f"'{veld.label}' is niet te lezen: een cel is te lang, of een "
                                             "aanhalingsteken (\") wordt niet gesloten.")) from None
    if not isinstance(waarde, list):
        raise InvoerFout(Fout(veld.naam, f"'{veld.label}' moet een lijst van regels zijn."))
    if len(waarde) > veld.max_rijen:
        raise InvoerFout(Fout(veld.naam, f"'{veld.label}' heeft meer dan {veld.max_rijen} regels."))
    fouten, uit = [], []
    for i, rij in enumerate(waarde, start=1):
        if not isinstance(rij, dict):
            fouten.append(Fout(veld.naam, f"Regel {i} van '{veld.label}' is geen regel met kolommen."))
            continue
        if rij.get("_te_veel"):
            fouten.append(Fout(veld.naam, f"Regel {i} van '{veld.label}' heeft meer kolommen dan "
                                          f"{', '.join(k.label for k in veld.kolommen)}."))
            continue
        gelezen = {}
        for kolom in veld.kolommen:
            cel = rij.get(kolom.naam)
            if _leeg(cel):
                if kolom.verplicht:
                    fouten.append(Fout(veld.naam, f"Regel {i} van '{veld.label}': '{kolom.label}' ontbreekt."))
                else:
                    gelezen[kolom.naam] = kolom.standaard
                continue
            try:
                gelezen[kolom.naam] = _lees_waarde(kolom, cel, veld.naam)
            except InvoerFout as e:
                fouten.extend(Fout(veld.naam, f"Regel {i}: {f.melding}") for f in e.fouten)
        uit.append(gelezen)
    if fouten:
        raise InvoerFout(fouten[:20])
    return uit


def lees(velden: list[Veld], invoer: dict) -> dict:
    """Check ``invoer`` against ``velden``; raise InvoerFout listing every problem."""
    fouten: list[Fout] = []
    bekend = {v.naam for v in velden}
    for sleutel in invoer:
        if sleutel not in bekend:
            fouten.append(Fout(str(sleutel), f"Onbekend veld '{sleutel}'. Bekende velden: {', '.join(sorted(bekend))}."))
    uit = {}
    for veld in velden:
        waarde = invoer.get(veld.naam)
        if _leeg(waarde):
            if veld.verplicht:
                fouten.append(Fout(veld.naam, f"'{veld.label}' is verplicht."))
            uit[veld.naam] = list(veld.standaard) if isinstance(veld.standaard, list) else veld.standaard
            continue
        try:
            uit[veld.naam] = _lees_waarde(veld, waarde)
        except InvoerFout as e:
            fouten.extend(e.fouten)
    if fouten:
        raise InvoerFout(fouten)
    return uit


@dataclass
class Rekenhulp:
    naam: str
    titel: str
    omschrijving: str
    velden: list[Veld]
    bereken: object = field(repr=False, default=None)
    kalender: bool = False  # adds vakantieregio and vrije_dagen
    eigen_pagina: bool = False  # has its own page: no generated form, no generic test page
    uitvoer: dict = field(default_factory=dict)  # result field -> (label, text when empty)
    # (invoer, antwoord, profiel) -> the document kinds that fit the answer (calculators/documenten)
    documenten: object = field(repr=False, default=None)
    # code in an answer -> how a reader says it; {naam} is a parameter of the law's profile (calculators/uitvoer.py)
    codes: dict = field(default_factory=dict)
    # the ids of the interpretation choices (keuzes) its answers may record (tests/unit/test_keuzes_per_rekenhulp.py)
    keuzes: tuple = ()
