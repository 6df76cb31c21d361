"""The calculators by name, and the fields every calculator shares."""

from __future__ import annotations

import datetime as dt

from . import profielen
from .fouten import Fout, InvoerFout, datum_nl
from .invoer import Rekenhulp, Veld
from .kalender import REGIO_S, Kalender

REGISTER: dict[str, Rekenhulp] = {}

VAKANTIEREGIO_LABELS = {"noord": "Noord", "midden": "Midden", "zuid": "Zuid"}


def registreer(hulp: Rekenhulp) -> Rekenhulp:
    REGISTER[hulp.naam] = hulp
    return hulp


def gedeelde_velden(hulp: Rekenhulp) -> list[Veld]:
    """Fields every calculator accepts: the region, a reference date and, for date rules, the calendar."""
    regio_opties = []
    for rid in profielen.regio_ids():
        try:
            regio_opties.append((rid, profielen.laad(rid).naam))
        except Exception:  # a broken profile is reported when it is chosen, not here
            regio_opties.append((rid, rid))
    velden = [
        Veld("regio", "keuze", "Regio", "Het regioprotocol dat u volgt; 'landelijk' is alleen de wet.",
             opties=tuple(regio_opties), standaard=profielen.BASIS),
        Veld("peildatum", "datum", "Peildatum",
             "De datum waarop de regels gelden die u wilt toepassen. Leeg: de datum van de gebeurtenis zelf.",
             meer_opties=True),
    ]
    if hulp.kalender:
        velden += [
            Veld("vakantieregio", "keuze", "Vakantieregio",
                 "Noord, midden of zuid. Leeg: de vakantieregio van de gekozen regio.",
                 opties=tuple((r, VAKANTIEREGIO_LABELS[r]) for r in REGIO_S)),
            Veld("vrije_dagen", "datumlijst", "Extra vrije dagen van de school",
                 "Studiedagen en andere vrije dagen van de school, één datum per regel (JJJJ-MM-DD).",
                 standaard=[], meer_opties=True),
        ]
    return velden


def kalender_voor(waarden: dict, profiel: profielen.Profiel, uitleg) -> Kalender:
    regio = waarden.get("vakantieregio") or profiel.vakantieregio
    if not regio:
        raise InvoerFout(Fout("vakantieregio",
                              "Kies een vakantieregio (noord, midden of zuid): het landelijke profiel heeft er geen."))
    bron = "de gekozen vakantieregio" if waarden.get("vakantieregio") else f"het profiel van {profiel.naam}"
    uitleg.stap(f"Schooldagen volgen de vakanties van regio {VAKANTIEREGIO_LABELS[regio]} ({bron}).",
                {"titel": "Rijksoverheid – schoolvakanties", "artikel": "vakantieregeling per regio",
                 "url": "https://www.rijksoverheid.nl/onderwerpen/schoolvakanties"})
    uitleg.keuze("schoolkalender_regio")
    vrij = set(waarden.get("vrije_dagen") or [])
    if vrij:
        uitleg.stap(f"{len(vrij)} extra vrije dag(en) van de school tellen niet als schooldag.")
    return Kalender(regio, frozenset(vrij))


def niet_in_toekomst(datum: dt.date, veld: str, label: str, vandaag: dt.date) -> None:
    if datum > vandaag:
        raise InvoerFout(Fout(veld, f"'{label}' ({datum_nl(datum)}) ligt in de toekomst."))
