"""The fields every calculator shares, and the school calendar a calculator reads (the list of calculators:
calculators/rekenhulpen.py)."""

from __future__ import annotations

import datetime as dt

from . import profielen
from .fouten import Fout, InvoerFout, datum_nl
from .invoer import Rekenhulp, Veld
from .kalender import Kalender
from .tekst import aantal
from .woordenschat import VAKANTIEREGIO_LABELS, VAKANTIEREGIO_OPTIES



class VakantieregioNodig(Exception):
    """The answer needs school days and neither the input nor the profile names a vakantieregio;
    ``run`` then computes the answer for each of the three regions (see ``per_vakantieregio``)."""


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
            Veld("vakantieregio", "keuze", "Vakantieregio van de school",
                 "De schoolvakanties volgen de gemeente van de school; in Gelderland, Utrecht, Flevoland en "
                 "Noord-Brabant verschilt dat per gemeente. Leeg: de vakantieregio van de gekozen regio, of "
                 "(landelijk) de uitkomst voor alle drie.",
                 opties=VAKANTIEREGIO_OPTIES),
            Veld("vrije_dagen", "datumlijst", "Extra vrije dagen van de school",
                 "Studiedagen en andere vrije dagen van de school, één datum per regel.",
                 standaard=[], meer_opties=True),
        ]
    return velden


def kalender_voor(waarden: dict, profiel: profielen.Profiel, uitleg) -> Kalender:
    regio = waarden.get("vakantieregio") or profiel.vakantieregio
    if not regio:
        raise VakantieregioNodig()
    if waarden.get("_vakantieregio_afgeleid"):
        bron = "er is geen vakantieregio gekozen, maar de uitkomst is in alle drie de vakantieregio's gelijk"
    elif waarden.get("vakantieregio"):
        bron = "de gekozen vakantieregio"
    else:
        bron = f"de vakantieregio van {profiel.regio.get('korte_naam') or profiel.naam}"
    uitleg.stap(f"Schooldagen volgen de vakanties van regio {VAKANTIEREGIO_LABELS[regio]} ({bron}).",
                {"titel": "Rijksoverheid – schoolvakanties", "artikel": "vakantieregeling per regio",
                 "url": "https://www.rijksoverheid.nl/onderwerpen/schoolvakanties"})
    uitleg.keuze("schoolkalender_regio")
    vrij = set(waarden.get("vrije_dagen") or [])
    if vrij:
        uitleg.stap(f"{aantal(len(vrij), 'extra vrije dag', 'extra vrije dagen')} van de school "
                    f"{'telt' if len(vrij) == 1 else 'tellen'} niet als schooldag.")
    return Kalender(regio, frozenset(vrij))


def niet_in_toekomst(datum: dt.date, veld: str, label: str, vandaag: dt.date) -> None:
    if datum > vandaag:
        raise InvoerFout(Fout(veld, f"'{label}' ({datum_nl(datum)}) ligt in de toekomst."))
