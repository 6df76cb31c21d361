"""School calendar: which days are school days in a vakantieregio.

A school day is Monday–Friday, outside the official school holidays of the region and outside the
public holidays on which schools are free. The official dates (``data/*.csv``, copied with their
sources from the project's research) cover school years 2023-2024 to 2029-2030. Outside that range
the calendar knows only weekends and public holidays and says it is approximating.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .woordenschat import REGIO_S

DATA = Path(__file__).with_name("data")
_DAG = dt.timedelta(days=1)
DEKKING_VAN = dt.date(2023, 8, 1)
DEKKING_TOT = dt.date(2030, 7, 31)
BRON_VAKANTIES = {
    "titel": "Rijksoverheid – schoolvakanties (verzameld in data/schoolvakanties.csv, met bronnen per regel)",
    "artikel": "vakantieregeling per regio",
    "url": "https://www.rijksoverheid.nl/onderwerpen/schoolvakanties",
}
BRON_SCHOOLJAAR = {
    "titel": "Wet op het primair onderwijs",
    "artikel": "art. 1 WPO (schooljaar: 1 augustus t/m 31 juli)",
    "url": "https://wetten.overheid.nl/BWBR0003420/2025-01-01#Artikel1",
}


@dataclass(frozen=True)
class Vakantie:
    naam: str
    begin: dt.date
    einde: dt.date
    bindend: bool


@lru_cache(maxsize=1)
def _vakanties() -> dict[str, tuple[Vakantie, ...]]:
    per_regio: dict[str, list[Vakantie]] = {r: [] for r in REGIO_S}
    with open(DATA / "schoolvakanties.csv", encoding="utf-8", newline="") as f:
        for rij in csv.DictReader(f):
            per_regio[rij["regio"]].append(Vakantie(
                rij["vakantie"], dt.date.fromisoformat(rij["begin"]),
                dt.date.fromisoformat(rij["einde"]), rij["bindend"] == "ja"))
    return {r: tuple(sorted(v, key=lambda x: x.begin)) for r, v in per_regio.items()}


@lru_cache(maxsize=1)
def _feestdagen_uit_data() -> dict[dt.date, tuple[str, bool]]:
    """date -> (name, school is free). 'keuze van de school' days are school days by default."""
    uit: dict[dt.date, tuple[str, bool]] = {}
    with open(DATA / "feestdagen.csv", encoding="utf-8", newline="") as f:
        for rij in csv.DictReader(f):
            uit[dt.date.fromisoformat(rij["datum"])] = (rij["feestdag"], rij["lesvrij"].startswith("ja"))
    return uit


def _pasen(jaar: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    maand = (h + l_ - 7 * m + 114) // 31
    dag = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(jaar, maand, dag)


@lru_cache(maxsize=64)
def _berekende_feestdagen(jaar: int) -> dict[dt.date, str]:
    """Public holidays on which schools are free, for years the data does not cover."""
    pasen = _pasen(jaar)
    koningsdag = dt.date(jaar, 4, 27)
    if koningsdag.weekday() == 6:
        koningsdag = dt.date(jaar, 4, 26)
    return {
        dt.date(jaar, 1, 1): "Nieuwjaarsdag",
        pasen + dt.timedelta(days=1): "Tweede Paasdag",
        koningsdag: "Koningsdag",
        pasen + dt.timedelta(days=39): "Hemelvaartsdag",
        pasen + dt.timedelta(days=50): "Tweede Pinksterdag",
        dt.date(jaar, 12, 25): "Eerste Kerstdag",
        dt.date(jaar, 12, 26): "Tweede Kerstdag",
    }


def binnen_dekking(d: dt.date) -> bool:
    return DEKKING_VAN <= d <= DEKKING_TOT


def schooljaar_van(d: dt.date) -> tuple[dt.date, dt.date]:
    """(1 August, 31 July) of the school year that contains d."""
    jaar = d.year if d.month >= 8 else d.year - 1
    return dt.date(jaar, 8, 1), dt.date(jaar + 1, 7, 31)


def schooljaar_naam(d: dt.date) -> str:
    begin, einde = schooljaar_van(d)
    return f"{begin.year}-{einde.year}"


class Kalender:
    """School days for one vakantieregio, plus the school's own extra free days."""

    def __init__(self, vakantieregio: str, extra_vrij: frozenset[dt.date] | set[dt.date] = frozenset()):
        if vakantieregio not in REGIO_S:
            raise ValueError(vakantieregio)
        self.vakantieregio = vakantieregio
        self.extra_vrij = frozenset(extra_vrij)
        self._vak = _vakanties()[vakantieregio]
        self._cache: dict[dt.date, bool] = {}
        # Caches for long lists (verzuimoverzicht: thousands of pupils on one calendar); same answers.
        self._lesweek: dict[dt.date, bool] = {}
        self._vooruit: dict[tuple[dt.date, int], dt.date] = {}
        self._terug: dict[tuple, dt.date] = {}
        self._telling: dict[int, list[int]] = {}

    def vakantie_op(self, d: dt.date) -> Vakantie | None:
        for v in self._vak:
            if v.begin <= d <= v.einde:
                return v
        return None

    def feestdag_op(self, d: dt.date) -> str | None:
        """Name of a public holiday on which schools are free, else None."""
        if binnen_dekking(d) or d in _feestdagen_uit_data():
            naam_vrij = _feestdagen_uit_data().get(d)
            return naam_vrij[0] if naam_vrij and naam_vrij[1] else None
        return _berekende_feestdagen(d.year).get(d)

    def reden_vrij(self, d: dt.date) -> str | None:
        """Why d is not a school day ('weekend', a holiday's name, 'extra vrije dag'), or None."""
        if d.weekday() >= 5:
            return "weekend"
        if d in self.extra_vrij:
            return "vrije dag van de school"
        feest = self.feestdag_op(d)
        if feest:
            return feest
        if binnen_dekking(d):
            v = self.vakantie_op(d)
            if v:
                return v.naam
        return None

    def is_schooldag(self, d: dt.date) -> bool:
        gevonden = self._cache.get(d)
        if gevonden is None:
            gevonden = self._cache[d] = self.reden_vrij(d) is None
        return gevonden

    def volgende_schooldag(self, d: dt.date) -> dt.date:
        """The first school day on or after d."""
        while not self.is_schooldag(d):
            d += dt.timedelta(days=1)
        return d

    def vorige_schooldag(self, d: dt.date) -> dt.date:
        """The last school day on or before d (d itself if no school day in the year before it)."""
        for i in range(366):
            if self.is_schooldag(d - dt.timedelta(days=i)):
                return d - dt.timedelta(days=i)
        return d

    def schooldagen(self, van: dt.date, tot: dt.date) -> list[dt.date]:
        """School days from van up to and including tot."""
        uit, d = [], van
        while d <= tot:
            if self.is_schooldag(d):
                uit.append(d)
            d += dt.timedelta(days=1)
        return uit

    def is_lesweek(self, maandag: dt.date) -> bool:
        """A lesweek is a Monday–Sunday week with at least one school day."""
        gevonden = self._lesweek.get(maandag)
        if gevonden is None:
            gevonden = self._lesweek[maandag] = any(self.is_schooldag(maandag + dt.timedelta(days=i)) for i in range(5))
        return gevonden

    def heeft_schooldag(self, van: dt.date, tot: dt.date) -> bool:
        """Whether there is a school day from van up to and including tot (= bool(schooldagen(van, tot)))."""
        if tot < van:
            return False
        dagen = (tot - van).days
        if dagen < 7:  # the usual case: the gap between two absence days
            cache, d = self._cache, van
            for _ in range(dagen + 1):
                gevonden = cache.get(d)
                if gevonden is None:
                    gevonden = self.is_schooldag(d)
                if gevonden:
                    return True
                d += _DAG
            return False
        for jaar in range(van.year, tot.year + 1):
            telling = self._jaartelling(jaar)
            eerste = (van - dt.date(jaar, 1, 1)).days if jaar == van.year else 0
            laatste = (tot - dt.date(jaar, 1, 1)).days + 1 if jaar == tot.year else len(telling) - 1
            if telling[laatste] > telling[eerste]:
                return True
        return False

    def _jaartelling(self, jaar: int) -> list[int]:
        """telling[i]: school days among the first i days of the year (built once per year)."""
        telling = self._telling.get(jaar)
        if telling is None:
            telling, dag = [0], dt.date(jaar, 1, 1)
            while dag.year == jaar:
                telling.append(telling[-1] + self.is_schooldag(dag))
                dag += dt.timedelta(days=1)
            self._telling[jaar] = telling
        return telling

    def weken_terug(self, maandag: dt.date, aantal: int, deze_telt: bool, grensjaar: int) -> dt.date:
        """The Monday of the earliest of ``aantal`` lesweken counted back from the week of ``maandag``, that week
        counting as one when ``deze_telt``, else only when it is a lesweek; the count stops in year ``grensjaar``.
        Remembered: an overview asks it for every sick report of every pupil."""
        sleutel = (maandag, aantal, deze_telt, grensjaar)
        gevonden = self._terug.get(sleutel)
        if gevonden is None:
            week, geteld = maandag, 1 if deze_telt or self.is_lesweek(maandag) else 0
            while geteld < aantal:
                week -= dt.timedelta(weeks=1)
                if self.is_lesweek(week):
                    geteld += 1
                if week.year < grensjaar:
                    break
            gevonden = self._terug[sleutel] = week
        return gevonden

    def lesweken_vooruit(self, d: dt.date, aantal: int) -> dt.date:
        """The day before the same weekday ``aantal`` lesweken after d, skipping weeks without school."""
        gevonden = self._vooruit.get((d, aantal))
        if gevonden is None:
            gevonden = self._vooruit[(d, aantal)] = self._lesweken_vooruit(d, aantal)
        return gevonden

    def _lesweken_vooruit(self, d: dt.date, aantal: int) -> dt.date:
        week = d - dt.timedelta(days=d.weekday())
        geteld = 0
        while geteld < aantal:  # find the aantal-th lesweek after the week of d
            week += dt.timedelta(weeks=1)
            if self.is_lesweek(week):
                geteld += 1
        return week + dt.timedelta(days=d.weekday() - 1)

    def eerste_lesweken(self, d: dt.date, aantal: int) -> tuple[dt.date, dt.date]:
        """First and last day of the first ``aantal`` lesweken of the school year containing d."""
        begin, einde = schooljaar_van(d)
        eerste = self.volgende_schooldag(begin)
        maandag = eerste - dt.timedelta(days=eerste.weekday())
        geteld, week = 0, maandag
        while True:
            if self.is_lesweek(week):
                geteld += 1
                if geteld == aantal:
                    return eerste, week + dt.timedelta(days=6)
            week += dt.timedelta(weeks=1)

    def benadering(self, *data: dt.date) -> bool:
        return any(not binnen_dekking(d) for d in data)
