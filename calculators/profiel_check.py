"""Profile check: every problem in the region profiles, with file and key, and a readable overview.

``python -m calculators profiel-check <id>`` prints the overview for a person who maintains a region;
the site build (bouw/voor.py) calls :func:`problemen` and fails on the same list.

The loader in :mod:`calculators.profielen` stops at the first error, which is right for the calculators
but not for someone fixing a profile: this module walks the whole file and collects every problem, and
then asks the loader itself, so anything the loader refuses is reported too.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import profielen
from .fouten import ProfielFout, datum_nl
from .profielen import _BOVENSTE_SLEUTELS, _PARAMETER_SLEUTELS, BASIS, SOORTEN, VERHOUDINGEN

# Keys of [regio]. The site reads paginas (menu order), kleur and logo (single-region build).
REGIO_SLEUTELS = {"id", "naam", "korte_naam", "omschrijving", "vakantieregio", "gemeenten", "bron_document",
                  "soort", "paginas", "kleur", "logo", "verlopen_aanvaard"}
# Material for MkDocs' named primary colours (theme.palette.primary); they come with readable text colours.
KLEUREN = {"red", "pink", "purple", "deep purple", "indigo", "blue", "light blue", "cyan", "teal", "green",
           "light green", "lime", "yellow", "amber", "orange", "deep orange", "brown", "grey", "blue grey",
           "black", "white"}
STAP_SLEUTELS = {"id", "titel", "in_regie", "betrokken", "acties", "bron", "artikel", "als", "standaard", "keuzes",
                 "documenten"}

# How a region's value relates to the law (the comparison page uses the same words).
MARKERING = {"herhaalt": "herhaalt de wet", "herhaalt_richtlijn": "herhaalt de landelijke richtlijn",
             "strenger": "strenger", "ruimer": "ruimer", "anders": "anders", "aanvulling": "aanvulling"}
WIJKT_AF = "wijkt af"
EIGEN_BELEID = "eigen beleid"
VOLGT_DE_WET = "volgt de wet"


@dataclass(frozen=True)
class Probleem:
    bestand: str
    sleutel: str
    melding: str

    def tekst(self) -> str:
        return f"{self.bestand}, {self.sleutel}: {self.melding}"


def verhouding(regio: str, pid: str, map_: Path | None = None):
    """The region's current parameter and how it relates to the law: (Parameter | None, mark)."""
    basis = profielen.laad(BASIS, map_)
    profiel = profielen.laad(regio, map_)
    if not profiel.heeft(pid):
        return None, ""
    par = profiel.parameter(pid)[0]
    if regio == BASIS:
        return par, ""
    if pid not in profiel.eigen:
        return par, VOLGT_DE_WET
    if not basis.heeft(pid):
        return par, EIGEN_BELEID
    wet = basis.parameter(pid)[0]
    gelijk = wet.waarde == par.waarde
    # The same value as national guidance (soort 'beleid': M@ZL, DUO, Inspectie) repeats that guidance, not the law.
    herhaalt = "herhaalt" if wet.soort == "wet" else "herhaalt_richtlijn"
    if par.verhouding and not (par.verhouding.startswith("herhaalt") and not gelijk):
        return par, MARKERING[herhaalt if par.verhouding.startswith("herhaalt") else par.verhouding]
    return par, MARKERING[herhaalt] if gelijk else WIJKT_AF


def _datum(waarde) -> dt.date | None:
    if isinstance(waarde, dt.date) and not isinstance(waarde, dt.datetime):
        return waarde
    try:
        return dt.date.fromisoformat(str(waarde))
    except ValueError:
        return None


def _lees_toml(pad: Path) -> tuple[dict | None, list[Probleem]]:
    try:
        return tomllib.loads(pad.read_text(encoding="utf-8")), []
    except tomllib.TOMLDecodeError as e:
        regel = re.search(r"line (\d+)", str(e))
        return None, [Probleem(pad.name, _plek(pad, int(regel.group(1))) if regel else "(bestand)",
                               f"geen geldige TOML ({e}). Vaak een vergeten aanhalingsteken of '='.")]


def _plek(pad: Path, nummer: int) -> str:
    """'regel 13 (parameter.melding_uren.label)': the line of a TOML error, and the key on it if any."""
    tabel, sleutel = "", ""
    for regel in pad.read_text(encoding="utf-8").splitlines()[:nummer]:
        kop = re.match(r"\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$", regel)
        if kop:
            tabel, sleutel = kop.group(1), ""
        else:
            s = re.match(r"\s*([A-Za-z0-9_.-]+)\s*=", regel)
            sleutel = s.group(1) if s else ""
    naam = ".".join(x for x in (tabel, sleutel) if x)
    return f"regel {nummer}" + (f" ({naam})" if naam else "")


def _bronnen_van(data: dict, basis: dict | None) -> set[str]:
    return set(data.get("bronnen") or {}) | set((basis or {}).get("bronnen") or {})


def _controleer_stap_documenten(waarde, plek: str, probleem) -> None:
    """A step's documenten: a list of known document kinds (calculators/documenten/sjablonen)."""
    if waarde is None:
        return
    from .documenten import soorten

    if not isinstance(waarde, list) or not all(isinstance(s, str) for s in waarde):
        probleem(plek, "moet een lijst van documentsoorten zijn.")
        return
    for s in waarde:
        if s not in soorten():
            probleem(plek, f"'{s}' is geen documentsoort; bekend zijn {', '.join(soorten())}.")


def _controleer_documenten(tabel, probleem) -> None:
    """[documenten]: 'delen' and per kind a table; their texts are checked when a document is filled."""
    if tabel is None:
        return
    from .documenten import soorten

    if not isinstance(tabel, dict):
        probleem("documenten", "moet een tabel zijn.")
        return
    for sleutel, w in tabel.items():
        if sleutel != "delen" and sleutel not in soorten():
            probleem(f"documenten.{sleutel}", f"onbekend; gebruik 'delen' of een documentsoort ({', '.join(soorten())}).")
        elif not isinstance(w, dict):
            probleem(f"documenten.{sleutel}", "moet een tabel zijn.")
        elif sleutel == "delen":
            for deel, tekst in w.items():
                if not isinstance(tekst, str):
                    probleem(f"documenten.delen.{deel}", "moet tekst zijn.")


def controleer_bestand(pad: Path, basis: dict | None, vandaag: dt.date,
                       docs: Path | None = None) -> tuple[list[Probleem], list[Probleem]]:
    """(problemen, meldingen) of one profile file; meldingen are accepted expired values."""
    data, fout = _lees_toml(pad)
    if data is None:
        return fout, []
    naam, p, meldingen = pad.name, [], []

    def probleem(sleutel, melding):
        p.append(Probleem(naam, sleutel, melding))

    for sleutel in sorted(set(data) - _BOVENSTE_SLEUTELS):
        probleem(sleutel, f"onbekende sleutel; bekend zijn {', '.join(sorted(_BOVENSTE_SLEUTELS))}.")
    regio = data.get("regio")
    if not isinstance(regio, dict):
        probleem("regio", "[regio] ontbreekt.")
        regio = {}
    for sleutel in sorted(set(regio) - REGIO_SLEUTELS):
        probleem(f"regio.{sleutel}", f"onbekende sleutel; bekend zijn {', '.join(sorted(REGIO_SLEUTELS))}.")
    if not isinstance(regio.get("naam"), str):
        probleem("regio.naam", "ontbreekt.")
    if regio.get("id", pad.stem) != pad.stem:
        probleem("regio.id", f"'{regio.get('id')}' moet gelijk zijn aan de bestandsnaam ('{pad.stem}').")
    if regio.get("vakantieregio") not in (None, "", "noord", "midden", "zuid"):
        probleem("regio.vakantieregio", "moet noord, midden of zuid zijn.")
    if regio.get("kleur") and regio["kleur"] not in KLEUREN:
        probleem("regio.kleur", f"'{regio['kleur']}' is geen kleur van het thema; kies uit {', '.join(sorted(KLEUREN))}.")
    if docs is not None:
        for pagina in regio.get("paginas") or []:
            if not (docs / "regio" / pad.stem / pagina).is_file():
                probleem("regio.paginas", f"de pagina '{pagina}' bestaat niet in docs/regio/{pad.stem}/.")
        if regio.get("logo") and not (docs / regio["logo"]).is_file():
            probleem("regio.logo", f"het bestand '{regio['logo']}' bestaat niet in docs/.")

    bronnen = _bronnen_van(data, basis)
    for sleutel, bron in (data.get("bronnen") or {}).items():
        if not isinstance(bron, dict) or not isinstance(bron.get("titel"), str):
            probleem(f"bronnen.{sleutel}", "heeft geen 'titel'.")

    for pid, versies in (data.get("parameter") or {}).items():
        versies = [versies] if isinstance(versies, dict) else versies
        if not isinstance(versies, list) or not versies:
            probleem(f"parameter.{pid}", "moet een of meer versies hebben.")
            continue
        einden = []
        for i, v in enumerate(versies):
            plek = f"parameter.{pid}[{i}]"
            if not isinstance(v, dict):
                probleem(plek, "is geen tabel.")
                continue
            for sleutel in sorted(set(v) - _PARAMETER_SLEUTELS):
                probleem(f"{plek}.{sleutel}", f"onbekende sleutel; bekend zijn {', '.join(sorted(_PARAMETER_SLEUTELS))}.")
            for verplicht in ("waarde", "label", "geldig_vanaf"):
                if verplicht not in v:
                    probleem(f"{plek}.{verplicht}", "ontbreekt.")
            if "bron" not in v:
                probleem(f"{plek}.bron", "ontbreekt: elke waarde heeft een bron (een sleutel onder [bronnen]).")
            elif v["bron"] not in bronnen:
                probleem(f"{plek}.bron", f"'{v['bron']}' staat niet onder [bronnen].")
            if v.get("soort", "wet") not in SOORTEN:
                probleem(f"{plek}.soort", f"moet een van {', '.join(sorted(SOORTEN))} zijn.")
            if v.get("verhouding") is not None and v["verhouding"] not in VERHOUDINGEN:
                probleem(f"{plek}.verhouding", f"moet een van {', '.join(sorted(VERHOUDINGEN))} zijn.")
            vanaf = _datum(v.get("geldig_vanaf")) if "geldig_vanaf" in v else None
            if "geldig_vanaf" in v and vanaf is None:
                probleem(f"{plek}.geldig_vanaf", f"'{v['geldig_vanaf']}' is geen datum (JJJJ-MM-DD).")
            tot = _datum(v.get("geldig_tot")) if "geldig_tot" in v else None
            if "geldig_tot" in v and tot is None:
                probleem(f"{plek}.geldig_tot", f"'{v['geldig_tot']}' is geen datum (JJJJ-MM-DD).")
            einden.append((vanaf or dt.date.min, tot, plek))
        if einden:
            vanaf, tot, plek = max(einden, key=lambda e: e[0])
            if tot is not None and tot < vandaag:
                tekst = (f"verlopen: de nieuwste versie gold tot en met {datum_nl(tot)} en er is geen nieuwere. "
                         "Voeg een versie toe met een nieuwe geldig_vanaf, of verleng geldig_tot.")
                if regio.get("verlopen_aanvaard"):
                    meldingen.append(Probleem(naam, f"{plek}.geldig_tot",
                                              f"{tekst} Aanvaard (regio.verlopen_aanvaard): {regio['verlopen_aanvaard']}"))
                else:
                    probleem(f"{plek}.geldig_tot", tekst)

    for i, stap in enumerate(data.get("stap") or []):
        plek = f"stap[{i}] ({stap.get('id', '?')})" if isinstance(stap, dict) else f"stap[{i}]"
        if not isinstance(stap, dict):
            probleem(plek, "is geen tabel.")
            continue
        for sleutel in sorted(set(stap) - STAP_SLEUTELS):
            probleem(f"{plek}.{sleutel}", f"onbekende sleutel; bekend zijn {', '.join(sorted(STAP_SLEUTELS))}.")
        for verplicht in ("id", "titel"):
            if not isinstance(stap.get(verplicht), str):
                probleem(f"{plek}.{verplicht}", "ontbreekt.")
        if not str(stap.get("in_regie") or "").strip():
            probleem(f"{plek}.in_regie", "stap zonder contact: zeg wie bij deze stap de regie heeft.")
        if stap.get("bron") and stap["bron"] not in bronnen:
            probleem(f"{plek}.bron", f"'{stap['bron']}' staat niet onder [bronnen].")
        _controleer_stap_documenten(stap.get("documenten"), f"{plek}.documenten", probleem)
    for i, org in enumerate(data.get("organisatie") or []):
        if not isinstance(org, dict) or not isinstance(org.get("naam"), str):
            probleem(f"organisatie[{i}].naam", "ontbreekt.")
    _controleer_documenten(data.get("documenten"), probleem)

    if not p:  # the loader knows the cross-references (step conditions, escalation deadlines)
        try:
            profielen.wis_cache()
            profielen.laad(pad.stem, pad.parent)
        except ProfielFout as e:
            bericht = str(e).removeprefix(f"{naam}: ")
            sleutel, _, rest = bericht.partition(" ")
            probleem(sleutel.rstrip(":"), rest or bericht)
        finally:
            profielen.wis_cache()
    return p, meldingen


def controleer(regio: str | None = None, map_: Path | None = None, vandaag: dt.date | None = None,
               docs: Path | None = None) -> tuple[list[Probleem], list[Probleem]]:
    """(problemen, meldingen) of one profile (with landelijk.toml, which it inherits) or of all."""
    map_ = Path(map_ or profielen.profielen_map())
    vandaag = vandaag or dt.date.today()
    basis_pad = map_ / f"{BASIS}.toml"
    if not basis_pad.is_file():
        return [Probleem(basis_pad.name, "(bestand)", f"ontbreekt in {map_}: elk profiel erft ervan.")], []
    basis, _ = _lees_toml(basis_pad)
    ids = [regio] if regio else profielen.regio_ids(map_)
    if regio and regio != BASIS:
        ids = [BASIS, regio]
    problemen_, meldingen = [], []
    for rid in ids:
        pad = map_ / f"{rid}.toml"
        if not pad.is_file():
            problemen_.append(Probleem(pad.name, "(bestand)", f"er is geen profiel '{rid}' in {map_}."))
            continue
        p, m = controleer_bestand(pad, None if rid == BASIS else basis, vandaag, docs)
        problemen_ += p
        meldingen += m
    return problemen_, meldingen


def problemen(map_: Path | None = None, docs: Path | None = None) -> list[Probleem]:
    """All problems of all profiles (the build fails on these)."""
    return controleer(None, map_, docs=docs)[0]


# ------------------------------------------------------------------------------------------------
# The overview for a person


def _geldig(par) -> str:
    tekst = f"vanaf {datum_nl(par.geldig_vanaf)}"
    return tekst + (f" tot en met {datum_nl(par.geldig_tot)}" if par.geldig_tot else ", zonder einddatum")


def overzicht(regio: str, map_: Path | None = None, vandaag: dt.date | None = None,
              docs: Path | None = None) -> tuple[str, int]:
    """The report text and the number of problems."""
    map_ = Path(map_ or profielen.profielen_map())
    problemen_, meldingen = controleer(regio, map_, vandaag, docs)
    regels = []
    profiel = None
    profielen.wis_cache()
    try:  # the overview as far as the loader accepts the file; the problems follow below it
        profiel = profielen.laad(regio, map_)
    except (ProfielFout, FileNotFoundError):
        pass
    if profiel is not None:
        basis = profielen.laad(BASIS, map_)
        eigen = [pid for pid in profiel.parameters if pid in profiel.eigen]
        regels += [f"Profiel {profiel.naam} ({map_ / profiel.bestand})",
                   "Erft alles wat het niet zelf noemt van landelijk.toml (de wet)." if regio != BASIS else
                   "Dit is het landelijke profiel: de wet en de landelijke standaarden.",
                   f"Vakantieregio: {profiel.vakantieregio or 'geen'}", "",
                   f"Parameters: {len(profiel.parameters)}, waarvan {len(eigen)} uit dit profiel zelf.", ""]
        for pid in sorted(profiel.parameters, key=lambda x: (x not in profiel.eigen, x)):
            par = profiel.parameter(pid)[0]
            _, mark = verhouding(regio, pid, map_)
            bron = par.bron.titel + (f", {par.bron.artikel}" if par.bron.artikel else "")
            regels += [f"- {pid}: {par.label}",
                       f"    waarde:       {par.tekst()}",
                       f"    bron:         {bron}" + (f" <{par.bron.url}>" if par.bron.url else ""),
                       f"    geldig:       {_geldig(par)}",
                       f"    uit bestand:  {par.herkomst}.toml"]
            if mark and regio != BASIS:
                wet = f" (wet: {basis.parameter(pid)[0].tekst()})" if basis.heeft(pid) and mark != VOLGT_DE_WET else ""
                zegt = par.verhouding if par.herkomst == regio else None
                eigen_woord = f"; het profiel zegt: {zegt}" if zegt and MARKERING.get(zegt) != mark else ""
                regels.append(f"    t.o.v. wet:   {mark}{wet}{eigen_woord}")
        eigen_data = tomllib.loads((map_ / profiel.bestand).read_text(encoding="utf-8"))
        herkomst = "uit dit profiel" if "stap" in eigen_data else "uit landelijk.toml"
        regels += ["", f"Stappen ({herkomst}):"]
        regels += [f"  {i}. {s.get('titel', s.get('id'))} — in regie: {s.get('in_regie', '?')}"
                   for i, s in enumerate(profiel.stappen, 1)]
        if profiel.escalatie:
            regels += ["", "Opschaling:"] + [f"  {e.get('nummer', i)}. {e.get('titel')}"
                                             for i, e in enumerate(profiel.escalatie, 1)]
        regels += ["", "Organisaties en contacten:"]
        for o in profiel.organisaties:
            contact = ", ".join(o[k] for k in ("telefoon", "email", "website") if o.get(k)) or "geen contactgegevens"
            regels.append(f"  - {o['naam']}: {contact}")
        regels.append("")
    for m in meldingen:
        regels.append(f"Let op: {m.tekst()}")
    if problemen_:
        regels.append(f"{len(problemen_)} probleem/problemen gevonden (de site bouwt niet tot ze zijn opgelost):")
        regels += [f"  ✗ {p.tekst()}" for p in problemen_]
    else:
        regels.append("Geen problemen gevonden.")
    return "\n".join(regels), len(problemen_)
