"""Reading the document templates: national files, overlaid by what a region states.

Layers, later ones win, part by part (a region that changes only the bezwaar address keeps the rest):

1. ``calculators/documenten/sjablonen/_delen.toml`` — parts shared by every document, and the blanks;
2. ``calculators/documenten/sjablonen/<soort>.toml`` — the national template of one kind;
3. the region profile: ``[documenten.delen]`` (shared parts) and ``[documenten.<soort>]`` (one kind);
4. the region's folder ``calculators/profielen/<regio>/documenten/_delen.toml`` and ``<soort>.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import profielen
from ..fouten import ProfielFout

SJABLONEN = Path(__file__).with_name("sjablonen")
GEDEELD = "_delen"
SLEUTELS = {"titel", "omschrijving", "lezer", "bestandsnaam", "bron", "tekst", "delen", "varianten", "open"}
LEZERS = {"ouders", "beslissing", "professional"}


@dataclass(frozen=True)
class Leeg:
    """A blank the calculator cannot fill: shown in the text as ``[label]`` and listed in velden_open."""
    naam: str
    label: str
    regels: int = 1

    @property
    def merk(self) -> str:
        return f"[{self.label}]"

    def als_dict(self) -> dict:
        return {"naam": self.naam, "label": self.label[:1].upper() + self.label[1:], "merk": self.merk,
                "regels": self.regels}


@dataclass
class Sjabloon:
    soort: str
    titel: str = ""
    omschrijving: str = ""
    lezer: str = ""
    bestandsnaam: str = ""
    bron: dict = field(default_factory=dict)
    tekst: str = ""
    delen: dict[str, str] = field(default_factory=dict)
    varianten: dict[str, dict[str, str]] = field(default_factory=dict)
    open: dict[str, Leeg] = field(default_factory=dict)
    herkomst: list[str] = field(default_factory=list)  # the files and profile tables it was built from

    def leg_over(self, laag: dict, waar: str) -> None:
        onbekend = set(laag) - SLEUTELS
        if onbekend:
            raise ProfielFout(f"{waar}: onbekende sleutel(s) {', '.join(sorted(onbekend))}; "
                              f"gebruik {', '.join(sorted(SLEUTELS))}.")
        for sleutel in ("titel", "omschrijving", "lezer", "bestandsnaam", "tekst"):
            if sleutel in laag:
                if not isinstance(laag[sleutel], str):
                    raise ProfielFout(f"{waar}: {sleutel} moet tekst zijn.")
                setattr(self, sleutel, laag[sleutel])
        if "bron" in laag:
            if not isinstance(laag["bron"], dict) or not isinstance(laag["bron"].get("titel"), str):
                raise ProfielFout(f"{waar}: bron moet een tabel met een 'titel' zijn.")
            self.bron = {"titel": laag["bron"]["titel"], "artikel": laag["bron"].get("artikel", ""),
                         "url": laag["bron"].get("url", "")}
        self.delen.update(_teksten(laag.get("delen", {}), f"{waar}: delen"))
        for rekenhulp, delen in laag.get("varianten", {}).items():
            self.varianten.setdefault(rekenhulp, {}).update(_teksten(delen, f"{waar}: varianten.{rekenhulp}"))
        for naam, w in laag.get("open", {}).items():
            w = {"label": w} if isinstance(w, str) else w
            if not isinstance(w, dict) or not isinstance(w.get("label"), str):
                raise ProfielFout(f"{waar}: open.{naam} moet een label (tekst) hebben.")
            self.open[naam] = Leeg(naam, w["label"], int(w.get("regels", 1)))
        self.herkomst.append(waar)


def _teksten(tabel, waar: str) -> dict[str, str]:
    if not isinstance(tabel, dict) or not all(isinstance(v, str) for v in tabel.values()):
        raise ProfielFout(f"{waar} moet een tabel van teksten zijn.")
    return dict(tabel)


def _lees(pad: str) -> dict:
    """A template file as a dict; a missing file is an empty layer (a region overrides only what it has)."""
    try:
        tijd = Path(pad).stat().st_mtime_ns
    except FileNotFoundError:
        return {}
    return _lees_bestand(pad, tijd)


@lru_cache(maxsize=64)
def _lees_bestand(pad: str, tijd: int) -> dict:  # keyed on the file's time: an edited template is read again
    try:
        return tomllib.loads(Path(pad).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ProfielFout(f"{Path(pad).name}: geen geldige TOML ({e}).") from None


def wis_cache() -> None:
    _lees_bestand.cache_clear()
    _soorten.cache_clear()


@lru_cache(maxsize=1)
def _soorten() -> tuple[str, ...]:
    volgorde = _lees(str(SJABLONEN / f"{GEDEELD}.toml")).get("volgorde", [])
    bestaand = {p.stem for p in SJABLONEN.glob("*.toml") if not p.stem.startswith("_")}
    return tuple([s for s in volgorde if s in bestaand] + sorted(bestaand - set(volgorde)))


def soorten() -> list[str]:
    """Every national document kind (the package's own files), in the order of 'volgorde' in _delen.toml."""
    return list(_soorten())



def regio_map(profiel: profielen.Profiel) -> Path:
    return profielen.profielen_map() / profiel.id / "documenten"


def sjabloon(soort: str, profiel: profielen.Profiel) -> Sjabloon:
    if soort not in soorten():
        raise KeyError(soort)
    uit = Sjabloon(soort)
    gedeeld = {k: v for k, v in _lees(str(SJABLONEN / f"{GEDEELD}.toml")).items() if k != "volgorde"}
    uit.leg_over(gedeeld, f"sjablonen/{GEDEELD}.toml")
    uit.leg_over(_lees(str(SJABLONEN / f"{soort}.toml")), f"sjablonen/{soort}.toml")
    eigen = profiel.documenten
    onbekend = set(eigen) - {"delen", *soorten()}
    if onbekend:
        raise ProfielFout(f"{profiel.bestand}: [documenten] kent geen {', '.join(sorted(onbekend))}; gebruik "
                          f"'delen' of een documentsoort ({', '.join(soorten())}).")
    if "delen" in eigen:
        uit.leg_over({"delen": eigen["delen"]}, f"{profiel.bestand}: [documenten.delen]")
    if soort in eigen:
        uit.leg_over(eigen[soort], f"{profiel.bestand}: [documenten.{soort}]")
    map_ = regio_map(profiel)
    for naam in (GEDEELD, soort):
        laag = _lees(str(map_ / f"{naam}.toml"))
        if laag:
            uit.leg_over(laag, f"{profiel.id}/documenten/{naam}.toml")
    if uit.lezer not in LEZERS:
        raise ProfielFout(f"sjablonen/{soort}.toml: lezer moet een van {', '.join(sorted(LEZERS))} zijn.")
    return uit
