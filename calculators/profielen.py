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

from . import woorden
from .fouten import ProfielFout
from .tekst import getal_nl

STANDAARD_MAP = Path(__file__).with_name("profielen")
BASIS = "landelijk"
SOORTEN = {"wet", "beleid", "regionaal"}
VERHOUDINGEN = {"herhaalt", "herhaalt_richtlijn", "strenger", "ruimer", "anders", "aanvulling"}
_BOVENSTE_SLEUTELS = {"regio", "bronnen", "parameter", "organisatie", "stap", "escalatie",
                      "ziekteverzuim", "stappenplan", "documenten"}
_PARAMETER_SLEUTELS = {"waarde", "eenheid", "label", "bron", "artikel", "geldig_vanaf", "geldig_tot",
                       "soort", "toelichting", "verhouding"}


@dataclass(frozen=True)
class Bron:
    titel: str
    artikel: str = ""
    url: str = ""

    def als_dict(self) -> dict:
        return {"titel": self.titel, "artikel": self.artikel, "url": self.url}


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
        w = self.waarde
        if isinstance(w, bool):
            w = "ja" if w else "nee"
        elif isinstance(w, (int, float)):
            w = getal_nl(w)  # '12,5 uur'
        return f"{w} {self.eenheid}".strip()


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
    bestand: str = ""

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
    map_ = map_ or profielen_map()
    return _laad(str(regio), str(map_))


def wis_cache() -> None:
    _laad.cache_clear()


@lru_cache(maxsize=32)
def _laad(regio: str, map_: str) -> Profiel:
    pad = Path(map_) / f"{regio}.toml"
    if not pad.is_file():
        raise FileNotFoundError(regio)
    eigen = _lees_bestand(pad)
    if regio == BASIS:
        eigen.parameters = _vul_toelichtingen(eigen.bestand, eigen.parameters, eigen.parameters)
        return eigen
    basis = _laad(BASIS, map_)
    samen = dict(basis.parameters)
    samen.update(_vul_toelichtingen(eigen.bestand, eigen.parameters, {**basis.parameters, **eigen.parameters},
                                    basis.parameters))
    # the region's own sources first: they are the region's protocol, landelijk's follow
    bronnen = {**eigen.bronnen, **{k: v for k, v in basis.bronnen.items() if k not in eigen.bronnen}}
    _controleer_verwijzingen(eigen, samen, bronnen)
    w = waarden(samen, basis.parameters)
    return Profiel(
        id=eigen.id, naam=eigen.naam, regio=eigen.regio,
        bronnen=bronnen, parameters=samen, eigen=eigen.eigen,
        organisaties=_vul_teksten(eigen.bestand, "organisatie", eigen.organisaties, w) or basis.organisaties,
        stappen=_vul_teksten(eigen.bestand, "stap", eigen.stappen, w) or basis.stappen,
        escalatie=_vul_teksten(eigen.bestand, "escalatie", eigen.escalatie, w),
        ziekteverzuim={**basis.ziekteverzuim, **eigen.ziekteverzuim},
        stappenplan={**basis.stappenplan, **eigen.stappenplan},
        documenten=eigen.documenten,  # merged over the national templates by calculators.documenten
        bestand=eigen.bestand,
    )


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


_STAP_VELDEN = {"ongeoorloofde_uren", "keer_te_laat", "ziekmeldingen_12_weken", "aaneengesloten_ziektedagen",
                "aaneengesloten_ziekte_uren", "weken_aaneengesloten_afwezig"}
_STAP_GRENZEN = {"vanaf", "boven", "tot", "tot_en_met"}


def _controleer_verwijzingen(profiel: Profiel, parameters: dict, bronnen: dict) -> None:
    """Steps and escalations refer to parameters by id: check every reference and field name."""
    naam = profiel.bestand
    for i, stap in enumerate(profiel.stappen):
        plek = f"stap[{i}] ({stap.get('id', '?')})"
        for sleutel in ("id", "titel"):
            if not isinstance(stap.get(sleutel), str):
                raise ProfielFout(f"{naam}: {plek}.{sleutel} ontbreekt.")
        if stap.get("bron") and stap["bron"] not in bronnen:
            raise ProfielFout(f"{naam}: {plek}.bron '{stap['bron']}' staat niet onder [bronnen].")
        from .keuzes import KEUZES  # late: keuzes fills its texts from profiles

        for k in stap.get("keuzes", []):
            if k not in KEUZES:
                raise ProfielFout(f"{naam}: {plek}.keuzes noemt '{k}'; die keuze staat niet in calculators/keuzes.py.")
        for j, voorwaarde in enumerate(stap.get("als", [])):
            vplek = f"{plek}.als[{j}]"
            if not isinstance(voorwaarde, dict) or voorwaarde.get("veld") not in _STAP_VELDEN:
                raise ProfielFout(f"{naam}: {vplek}.veld moet een van {', '.join(sorted(_STAP_VELDEN))} zijn.")
            for op, ref in voorwaarde.items():
                if op == "veld":
                    continue
                if op not in _STAP_GRENZEN:
                    raise ProfielFout(f"{naam}: {vplek}.{op} is onbekend; gebruik {', '.join(sorted(_STAP_GRENZEN))}.")
                if not isinstance(ref, str):
                    raise ProfielFout(f"{naam}: {vplek}.{op} moet naar een parameter-id verwijzen, niet naar een getal.")
                if ref not in parameters:
                    raise ProfielFout(f"{naam}: {vplek}.{op} verwijst naar onbekende parameter '{ref}'.")
    for i, e in enumerate(profiel.escalatie):
        if not isinstance(e.get("titel"), str):
            raise ProfielFout(f"{naam}: escalatie[{i}].titel ontbreekt.")
        for sleutel in ("termijn_van", "termijn_tot"):
            if sleutel in e and e[sleutel] not in parameters:
                raise ProfielFout(f"{naam}: escalatie[{i}].{sleutel} verwijst naar onbekende parameter '{e[sleutel]}'.")
    for soort, criteria in profiel.ziekteverzuim.items():
        if not isinstance(criteria, list):
            raise ProfielFout(f"{naam}: ziekteverzuim.{soort} moet een lijst van criteria zijn.")


def _lees_bestand(pad: Path) -> Profiel:
    naam = pad.name
    try:
        data = tomllib.loads(pad.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ProfielFout(f"{naam}: geen geldige TOML ({e}).") from None
    onbekend = set(data) - _BOVENSTE_SLEUTELS
    if onbekend:
        raise ProfielFout(f"{naam}: onbekende sleutel(s) {', '.join(sorted(onbekend))}.")
    regio = data.get("regio")
    if not isinstance(regio, dict) or not isinstance(regio.get("naam"), str):
        raise ProfielFout(f"{naam}: [regio] met een 'naam' ontbreekt.")
    if regio.get("id", pad.stem) != pad.stem:
        raise ProfielFout(f"{naam}: regio.id '{regio.get('id')}' moet gelijk zijn aan de bestandsnaam.")
    if regio.get("vakantieregio") not in (None, "", "noord", "midden", "zuid"):
        raise ProfielFout(f"{naam}: regio.vakantieregio moet noord, midden of zuid zijn.")
    bronnen = data.get("bronnen", {})
    for sleutel, bron in bronnen.items():
        if not isinstance(bron, dict) or not isinstance(bron.get("titel"), str):
            raise ProfielFout(f"{naam}: bronnen.{sleutel} heeft geen 'titel'.")
    parameters: dict[str, list[Parameter]] = {}
    for pid, versies in data.get("parameter", {}).items():
        if isinstance(versies, dict):
            versies = [versies]
        if not isinstance(versies, list) or not versies:
            raise ProfielFout(f"{naam}: parameter.{pid} moet een of meer versies hebben.")
        parameters[pid] = sorted(
            (_lees_parameter(naam, pad.stem, pid, i, v, bronnen) for i, v in enumerate(versies)),
            key=lambda p: p.geldig_vanaf,
        )
    profiel = Profiel(
        id=pad.stem, naam=regio["naam"], regio=regio, bronnen=bronnen, parameters=parameters,
        eigen=set(parameters), organisaties=data.get("organisatie", []), stappen=data.get("stap", []),
        escalatie=data.get("escalatie", []), ziekteverzuim=data.get("ziekteverzuim", {}),
        stappenplan=data.get("stappenplan", {}), documenten=data.get("documenten", {}), bestand=naam,
    )
    if pad.stem == BASIS:
        _controleer_verwijzingen(profiel, parameters, bronnen)
    return profiel


def _datum(naam: str, sleutel: str, waarde) -> dt.date:
    if isinstance(waarde, dt.date) and not isinstance(waarde, dt.datetime):
        return waarde
    try:
        return dt.date.fromisoformat(str(waarde))
    except ValueError:
        raise ProfielFout(f"{naam}: {sleutel} '{waarde}' is geen datum (JJJJ-MM-DD).") from None


def _lees_parameter(naam: str, herkomst: str, pid: str, i: int, v: dict, bronnen: dict) -> Parameter:
    plek = f"parameter.{pid}[{i}]"
    if not isinstance(v, dict):
        raise ProfielFout(f"{naam}: {plek} is geen tabel.")
    onbekend = set(v) - _PARAMETER_SLEUTELS
    if onbekend:
        raise ProfielFout(f"{naam}: {plek} heeft onbekende sleutel(s) {', '.join(sorted(onbekend))}.")
    for verplicht in ("waarde", "label", "bron", "geldig_vanaf"):
        if verplicht not in v:
            raise ProfielFout(f"{naam}: {plek}.{verplicht} ontbreekt.")
    if not isinstance(v["waarde"], (int, float, bool, str)):
        raise ProfielFout(f"{naam}: {plek}.waarde moet een getal, ja/nee of tekst zijn.")
    bron_sleutel = v["bron"]
    if bron_sleutel not in bronnen:
        raise ProfielFout(f"{naam}: {plek}.bron '{bron_sleutel}' staat niet onder [bronnen].")
    soort = v.get("soort", "wet")
    if soort not in SOORTEN:
        raise ProfielFout(f"{naam}: {plek}.soort moet een van {', '.join(sorted(SOORTEN))} zijn.")
    verhouding = v.get("verhouding")
    if verhouding is not None and verhouding not in VERHOUDINGEN:
        raise ProfielFout(f"{naam}: {plek}.verhouding moet een van {', '.join(sorted(VERHOUDINGEN))} zijn.")
    vanaf = _datum(naam, f"{plek}.geldig_vanaf", v["geldig_vanaf"])
    tot = _datum(naam, f"{plek}.geldig_tot", v["geldig_tot"]) if "geldig_tot" in v else None
    if tot is not None and tot < vanaf:
        raise ProfielFout(f"{naam}: {plek}.geldig_tot ligt voor geldig_vanaf.")
    b = bronnen[bron_sleutel]
    return Parameter(
        id=pid, waarde=v["waarde"], eenheid=v.get("eenheid", ""), label=v["label"],
        bron=Bron(b["titel"], v.get("artikel", ""), b.get("url", "")),
        geldig_vanaf=vanaf, geldig_tot=tot, soort=soort, toelichting=v.get("toelichting", ""),
        verhouding=verhouding, herkomst=herkomst,
    )
