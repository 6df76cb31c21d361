"""Region profiles: dated, sourced parameters in one TOML file per region.

``landelijk.toml`` holds the law and national defaults. A region file overlays it with only what
the region's protocol states, changes or adds. The calculators and the site's macros both read
profiles through this module, so prose and answers cannot disagree.

Set the environment variable ``VERZUIMWIJZER_PROFIELEN`` to a folder to read profiles from there
instead (a forking region, or a test that edits a copy).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import profiel_regels, woorden
from .fouten import ProfielFout
from .tekst import getal_nl

STANDAARD_MAP = Path(__file__).with_name("profielen")
BASIS = "landelijk"


@dataclass(frozen=True)
class Bron:
    titel: str
    artikel: str = ""
    url: str = ""
    gecontroleerd: str = ""  # ISO date: the text in force on this date is the one checked ([bronnen.x] gecontroleerd)

    def als_dict(self) -> dict:
        d = {"titel": self.titel, "artikel": self.artikel, "url": self.url}
        if self.gecontroleerd:
            d["gecontroleerd"] = self.gecontroleerd
        return d


@dataclass(frozen=True)
class Parameter:
    id: str
    waarde: object
    eenheid: str
    label: str
    bron: Bron
    geldig_vanaf: dt.date
    geldig_tot: dt.date | None
    soort: str
    toelichting: str
    verhouding: str | None
    herkomst: str  # the profile id the value comes from

    def geldig_op(self, datum: dt.date) -> bool:
        return self.geldig_vanaf <= datum and (self.geldig_tot is None or datum <= self.geldig_tot)

    def tekst(self) -> str:
        """The value as a reader sees it: '16 uur', '10 schooldagen'."""
        gemaakt = self.__dict__.get("_tekst")  # made once: every pupil of an overview quotes it
        if gemaakt is None:
            w = self.waarde
            if isinstance(w, bool):
                w = "ja" if w else "nee"
            elif isinstance(w, (int, float)):
                w = getal_nl(w)  # '12,5 uur'
            gemaakt = f"{w} {self.eenheid}".strip()
            object.__setattr__(self, "_tekst", gemaakt)
        return gemaakt


@dataclass
class Profiel:
    id: str
    naam: str
    regio: dict
    bronnen: dict[str, dict]
    parameters: dict[str, list[Parameter]]
    eigen: set[str]  # parameter ids this profile states itself (not inherited)
    organisaties: list[dict] = field(default_factory=list)
    stappen: list[dict] = field(default_factory=list)
    escalatie: list[dict] = field(default_factory=list)
    ziekteverzuim: dict = field(default_factory=dict)
    stappenplan: dict = field(default_factory=dict)
    documenten: dict = field(default_factory=dict)  # text parts of the letters (calculators/documenten)
    keuzes: dict = field(default_factory=dict)  # id -> {titel, tekst}, filled: landelijk's and the region's own
    eigen_keuzes: list = field(default_factory=list)  # the ids this profile states itself
    bestand: str = ""
    # What is derived from the profile, made once: a whole school's overview asks the same few values per
    # pupil, tens of thousands of times; a loaded profile does not change (laad() caches it).
    _onthouden: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def onthoud(self, sleutel: tuple, maak):
        """maak() the first time for this key, the same result after that."""
        if sleutel not in self._onthouden:
            self._onthouden[sleutel] = maak()
        return self._onthouden[sleutel]

    @property
    def vakantieregio(self) -> str | None:
        return self.regio.get("vakantieregio") or None

    def heeft(self, pid: str) -> bool:
        return pid in self.parameters

    def versies(self, pid: str) -> list[Parameter]:
        if pid not in self.parameters:
            raise KeyError(f"Profiel '{self.id}' kent geen parameter '{pid}'.")
        return self.parameters[pid]

    def parameter(self, pid: str, peildatum: dt.date | None = None) -> tuple[Parameter, str | None]:
        """The version valid on ``peildatum`` and a warning when no version is valid then.

        Without a peildatum the newest version is used. Outside every validity range the nearest
        version is used and a Dutch warning says so, so a stale value is never silent.
        """
        uit = self._onthouden.get((pid, peildatum))
        if uit is None:
            uit = self._onthouden[(pid, peildatum)] = self._kies(pid, peildatum)
        return uit

    def _kies(self, pid: str, peildatum: dt.date | None) -> tuple[Parameter, str | None]:
        versies = self.versies(pid)
        if peildatum is None:
            return versies[-1], None
        for versie in reversed(versies):
            if versie.geldig_op(peildatum):
                return versie, None
        eerder = [v for v in versies if v.geldig_vanaf <= peildatum]
        gekozen = eerder[-1] if eerder else versies[0]
        return gekozen, self._verlopen_melding(gekozen, peildatum)

    def _verlopen_melding(self, gekozen: Parameter, peildatum: dt.date) -> str:
        """One plain notice for a reader (the same text for every value of the same protocol, so an answer shows
        it once); the key, file and validity dates are for maintainers, in profiel-check."""
        from .fouten import datum_nl, maand_nl

        def dag(d: dt.date) -> str:
            return f"{d.day} {maand_nl(d.month)} {d.year}"

        wet = gekozen.herkomst == BASIS
        regels = "de wet" if wet else f"het protocol van {self.regio.get('korte_naam') or self.naam}"
        van, tot = gekozen.geldig_vanaf, gekozen.geldig_tot
        if tot is not None and peildatum > tot:
            schooljaar = van.month == 8 and van.day == 1 and tot == dt.date(van.year + 1, 7, 31)
            periode = f"schooljaar {van.year}-{tot.year}" if schooljaar else f"de periode {dag(van)} tot en met {dag(tot)}"
            return (f"Dit antwoord volgt {regels} voor {periode}. Een nieuwere versie is nog niet in "
                    f"Verzuimwijzer verwerkt. Op {datum_nl(peildatum)} kunnen andere grenzen of termijnen gelden: "
                    "controleer bij twijfel de geldende versie of vraag het de leerplichtambtenaar.")
        return (f"Dit antwoord volgt {regels} in de versie die geldt vanaf {dag(van)}. Op {datum_nl(peildatum)} "
                "golden mogelijk andere grenzen of termijnen; die kent Verzuimwijzer niet.")

    def waarde(self, pid: str, peildatum: dt.date | None = None):
        return self.parameter(pid, peildatum)[0].waarde


def profielen_map() -> Path:
    return Path(os.environ.get("VERZUIMWIJZER_PROFIELEN") or STANDAARD_MAP)


def regio_ids(map_: Path | None = None) -> list[str]:
    """All profile ids, 'landelijk' first."""
    map_ = map_ or profielen_map()
    ids = sorted(p.stem for p in map_.glob("*.toml"))
    return [BASIS] + [i for i in ids if i != BASIS] if BASIS in ids else ids


def laad(regio: str = BASIS, map_: Path | None = None) -> Profiel:
    # no Path built per call: rules ask for the national profile per pupil of an overview
    return _laad(str(regio), str(map_ or os.environ.get("VERZUIMWIJZER_PROFIELEN") or STANDAARD_MAP))


def wis_cache() -> None:
    _laad.cache_clear()


@lru_cache(maxsize=32)
def _laad(regio: str, map_: str) -> Profiel:
    pad = Path(map_) / f"{regio}.toml"
    if not pad.is_file():
        raise FileNotFoundError(regio)
    if regio == BASIS:
        eigen = _lees_bestand(pad, None)
        w = waarden(eigen.parameters)
        eigen.parameters = _vul_toelichtingen(eigen.bestand, eigen.parameters, eigen.parameters)
        eigen.keuzes = _vul_keuzes(eigen.bestand, eigen.keuzes, w)
        return eigen
    basis = _laad(BASIS, map_)
    eigen = _lees_bestand(pad, lees_toml(Path(map_) / f"{BASIS}.toml"))
    samen = dict(basis.parameters)
    samen.update(_vul_toelichtingen(eigen.bestand, eigen.parameters, {**basis.parameters, **eigen.parameters},
                                    basis.parameters))
    # the region's own sources first: they are the region's protocol, landelijk's follow
    bronnen = {**eigen.bronnen, **{k: v for k, v in basis.bronnen.items() if k not in eigen.bronnen}}
    w = waarden(samen, basis.parameters)
    organisaties = _vul_teksten(eigen.bestand, "organisatie", eigen.organisaties, w)
    if eigen.regio.get("organisaties") == "aanvullen" or not organisaties:
        eigen_namen = {o["naam"] for o in organisaties}
        organisaties += [o for o in basis.organisaties if o["naam"] not in eigen_namen]
    return Profiel(
        id=eigen.id, naam=eigen.naam, regio=eigen.regio,
        bronnen=bronnen, parameters=samen, eigen=eigen.eigen,
        organisaties=organisaties,
        stappen=_vul_teksten(eigen.bestand, "stap", eigen.stappen, w) or basis.stappen,
        escalatie=_vul_teksten(eigen.bestand, "escalatie", eigen.escalatie, w),
        ziekteverzuim={**basis.ziekteverzuim, **eigen.ziekteverzuim},
        stappenplan={**basis.stappenplan, **eigen.stappenplan},
        documenten=eigen.documenten,  # merged over the national templates by calculators.documenten
        keuzes={**basis.keuzes, **_vul_keuzes(eigen.bestand, eigen.keuzes, w)},
        eigen_keuzes=list(eigen.keuzes),
        bestand=eigen.bestand,
    )


def lees_toml(pad: Path) -> dict:
    """A profile file as data; a syntax error becomes a ProfielFout in Dutch with the line and a hint."""
    try:
        return tomllib.loads(pad.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        regel, melding = profiel_regels.toml_fout(e)
        raise ProfielFout(f"{pad.name}: {f'regel {regel}: ' if regel else ''}{melding}") from None


def waarden(parameters: dict[str, list[Parameter]], wet: dict | None = None) -> dict[str, tuple[object, str]]:
    """pid -> (waarde, eenheid) of the newest version, for ``woorden.vul_in``; with ``wet`` (the landelijk
    parameters) also 'landelijk.pid', so a region's text can name the law's value next to its own."""
    uit = {pid: (versies[-1].waarde, versies[-1].eenheid) for pid, versies in parameters.items()}
    for pid, versies in (wet or parameters).items():
        uit[f"{BASIS}.{pid}"] = (versies[-1].waarde, versies[-1].eenheid)
    return uit


def controleer_plaatshouders(naam: str, plek: str, tekst: str, parameters: dict) -> None:
    """``parameters``: the names a text may use (see ``waarden``)."""
    """A placeholder must name an existing parameter and a known form (see calculators/woorden.py)."""
    try:
        velden = woorden.plaatshouders(tekst)
    except ValueError as e:
        raise ProfielFout(f"{naam}: {plek} heeft een onvolledige plaatshouder ({e}); schrijf {{{{ voor een accolade.") from None
    for pid, spec in velden:
        if pid not in parameters:
            raise ProfielFout(f"{naam}: {plek} verwijst met {{{pid}}} naar een onbekende parameter.")
        if spec not in woorden.SPECS:
            raise ProfielFout(f"{naam}: {plek}: onbekende vorm '{spec}' in {{{pid}:{spec}}}; "
                              f"gebruik {', '.join(sorted(s for s in woorden.SPECS if s))}.")


def _vul_toelichtingen(naam: str, eigen: dict[str, list[Parameter]], alle: dict,
                      wet: dict | None = None) -> dict[str, list[Parameter]]:
    """Fill {pid} and {landelijk.pid} placeholders in the toelichting texts, so a number that repeats a
    parameter is never typed."""
    w = waarden(alle, wet)
    uit = {}
    for pid, versies in eigen.items():
        nieuw = []
        for i, v in enumerate(versies):
            if v.toelichting:
                controleer_plaatshouders(naam, f"parameter.{pid}[{i}].toelichting", v.toelichting, w)
                v = dataclasses.replace(v, toelichting=woorden.vul_in(v.toelichting, w))
            nieuw.append(v)
        uit[pid] = nieuw
    return uit


_TEKST_VELDEN = ("titel", "rol", "doel", "acties", "betrokken")


def _vul_teksten(naam: str, soort: str, items: list[dict], w: dict) -> list[dict]:
    """Fill {pid} placeholders in the reader-facing texts of steps, escalations and organisations."""
    uit = []
    for i, item in enumerate(items):
        nieuw = dict(item)
        for veld in _TEKST_VELDEN:
            waarde = item.get(veld)
            teksten = waarde if isinstance(waarde, list) else [waarde]
            for tekst in teksten:
                if isinstance(tekst, str):
                    controleer_plaatshouders(naam, f"{soort}[{i}].{veld}", tekst, w)
            if isinstance(waarde, str):
                nieuw[veld] = woorden.vul_in(waarde, w)
            elif isinstance(waarde, list):
                nieuw[veld] = [woorden.vul_in(t, w) if isinstance(t, str) else t for t in waarde]
        uit.append(nieuw)
    return uit


def _vul_keuzes(naam: str, keuzes: dict, w: dict) -> dict[str, dict]:
    """Fill {pid} placeholders in the texts of [keuzes] from the values of the profile that states them."""
    uit = {}
    for kid, k in keuzes.items():
        for veld in ("titel", "tekst"):
            controleer_plaatshouders(naam, f"keuzes.{kid}.{veld}", k[veld], w)
        uit[kid] = {"titel": woorden.vul_in(k["titel"], w), "tekst": woorden.vul_in(k["tekst"], w)}
    return uit


def _lees_bestand(pad: Path, basis: dict | None) -> Profiel:
    """One file, checked with the rules profiel-check reports (calculators/profiel_regels.py)."""
    naam = pad.name
    data = lees_toml(pad)
    problemen = profiel_regels.problemen(data, pad.stem, basis)
    if problemen:
        sleutel, melding = problemen[0]
        raise ProfielFout(f"{naam}: {sleutel} {melding}")
    regio, bronnen = data["regio"], data.get("bronnen", {})
    parameters = {pid: sorted((_lees_parameter(pad.stem, pid, v, bronnen) for v in profiel_regels.versies(versies)),
                              key=lambda p: p.geldig_vanaf)
                  for pid, versies in data.get("parameter", {}).items()}
    return Profiel(
        id=pad.stem, naam=regio["naam"], regio=regio, bronnen=bronnen, parameters=parameters,
        eigen=set(parameters), organisaties=data.get("organisatie", []), stappen=data.get("stap", []),
        escalatie=data.get("escalatie", []), ziekteverzuim=data.get("ziekteverzuim", {}),
        stappenplan=data.get("stappenplan", {}), documenten=data.get("documenten", {}),
        keuzes=data.get("keuzes", {}), eigen_keuzes=list(data.get("keuzes", {})), bestand=naam,
    )


def _iso(waarde) -> str:
    """A TOML date (or ISO text) as 'JJJJ-MM-DD'; empty when absent."""
    return waarde.isoformat() if isinstance(waarde, dt.date) else str(waarde or "")


def _lees_parameter(herkomst: str, pid: str, v: dict, bronnen: dict) -> Parameter:
    b = bronnen[v["bron"]]
    return Parameter(
        id=pid, waarde=v["waarde"], eenheid=v.get("eenheid", ""), label=v["label"],
        bron=Bron(b["titel"], v.get("artikel", ""), b.get("url", ""), _iso(b.get("gecontroleerd"))),
        geldig_vanaf=profiel_regels.datum(v["geldig_vanaf"]),
        geldig_tot=profiel_regels.datum(v["geldig_tot"]) if "geldig_tot" in v else None,
        soort=v.get("soort", "wet"), toelichting=v.get("toelichting", ""),
        verhouding=v.get("verhouding"), herkomst=herkomst,
    )
