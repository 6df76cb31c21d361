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

from . import profiel_regels, profielen
from .fouten import ProfielFout, datum_nl
from .profielen import BASIS
from .tekst import aantal
from .woordenschat import VERHOUDINGEN

# How a region's value relates to the law (the comparison page uses the same words).
MARKERING = VERHOUDINGEN
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


def _lees_toml(pad: Path) -> tuple[dict | None, list[Probleem]]:
    try:
        return tomllib.loads(pad.read_text(encoding="utf-8")), []
    except tomllib.TOMLDecodeError as e:
        regel, melding = profiel_regels.toml_fout(e)
        return None, [Probleem(pad.name, _plek(pad, regel) if regel else "(bestand)", melding)]


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


def _controleer_paginas(regio: dict, stam: str, docs: Path, probleem) -> None:
    """The site's files a profile names: its pages (menu order) and its logo."""
    for pagina in regio.get("paginas") or []:
        if not (docs / "regio" / stam / pagina).is_file():
            probleem("regio.paginas", f"de pagina '{pagina}' bestaat niet in docs/regio/{stam}/.")
    if regio.get("logo") and not (docs / regio["logo"]).is_file():
        probleem("regio.logo", f"het bestand '{regio['logo']}' bestaat niet in docs/.")


def _verlopen(data: dict, regio: dict, vandaag: dt.date, probleem, melding) -> None:
    """A parameter whose newest version has expired: a problem, or a notice when the region accepts it."""
    for pid, waarde in (data.get("parameter") or {}).items():
        einden = [(profiel_regels.datum(v.get("geldig_vanaf")) or dt.date.min,
                   profiel_regels.datum(v.get("geldig_tot")) if "geldig_tot" in v else None, f"parameter.{pid}[{i}]")
                  for i, v in enumerate(profiel_regels.versies(waarde) or []) if isinstance(v, dict)]
        if not einden:
            continue
        _, tot, plek = max(einden, key=lambda e: e[0])
        if tot is not None and tot < vandaag:
            tekst = (f"verlopen: de nieuwste versie gold tot en met {datum_nl(tot)} en er is geen nieuwere. "
                     "Voeg een versie toe met een nieuwe geldig_vanaf, of verleng geldig_tot.")
            if regio.get("verlopen_aanvaard"):
                melding(f"{plek}.geldig_tot", f"{tekst} Aanvaard (regio.verlopen_aanvaard): {regio['verlopen_aanvaard']}")
            else:
                probleem(f"{plek}.geldig_tot", tekst)


def controleer_bestand(pad: Path, basis: dict | None, vandaag: dt.date,
                       docs: Path | None = None) -> tuple[list[Probleem], list[Probleem]]:
    """(problemen, meldingen) of one profile file; meldingen are accepted expired values.

    The rules are the loader's own (calculators/profiel_regels.py); added here is what only the site or
    the date of today knows: pages and logo, document kinds, expired values."""
    data, fout = _lees_toml(pad)
    if data is None:
        return fout, []
    naam, p, meldingen = pad.name, [], []

    def probleem(sleutel, melding):
        p.append(Probleem(naam, sleutel, melding))

    for sleutel, melding in profiel_regels.problemen(data, pad.stem, basis):
        probleem(sleutel, melding)
    regio = data.get("regio") if isinstance(data.get("regio"), dict) else {}
    if docs is not None:
        _controleer_paginas(regio, pad.stem, docs, probleem)
    for i, stap in enumerate(data.get("stap") or []):
        if isinstance(stap, dict):
            _controleer_stap_documenten(stap.get("documenten"), f"stap[{i}] ({stap.get('id', '?')}).documenten",
                                        probleem)
    _controleer_documenten(data.get("documenten"), probleem)
    _verlopen(data, regio, vandaag, probleem, lambda s, m: meldingen.append(Probleem(naam, s, m)))

    if not p:  # what only loading shows: placeholders in the texts, and landelijk.toml itself
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
                       f"    bron:         {bron}" + (f" <{par.bron.url}>" if par.bron.url else "")
                       + (f" (tekst geldend op {par.bron.gecontroleerd})" if par.bron.gecontroleerd else ""),
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
        regels.append(f"{aantal(len(problemen_), 'probleem', 'problemen')} gevonden (de site bouwt niet tot "
                      f"{'het is' if len(problemen_) == 1 else 'ze zijn'} opgelost):")
        regels += [f"  ✗ {p.tekst()}" for p in problemen_]
    else:
        regels.append("Geen problemen gevonden.")
    return "\n".join(regels), len(problemen_)
