"""Before the generator: the profiles checked, the regions' menu and the single-region settings written as config.

* **Profile check.** ``calculators.profiel_check`` runs before anything is built; the build fails on the same
  problems that ``python -m calculators profiel-check`` lists.
* **Region menu.** Under the menu item that holds ``regio/index.md`` every region with a profile and a folder
  ``docs/regio/<id>/`` gets a section, titled with its ``korte_naam``, pages in the order of ``[regio] paginas``
  in its profile (pages not listed follow alphabetically). Nobody edits ``nav:``.
* **Single-region site.** ``VERZUIMWIJZER_REGIO=<id>`` (or ``extra: verzuimwijzer_regio: <id>`` in mkdocs.yml;
  the environment wins): its name in the site name, its profile's ``kleur`` and ``logo`` through Material's own
  ``theme.palette`` and ``theme.logo``, the id in ``extra.verzuimwijzer_regio`` (macros and the page hook read it).

All of it is written as a config file that inherits mkdocs.yml (``INHERIT``, read by MkDocs and ProperDocs alike),
so the generator needs no hook to change its own configuration.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import yaml

from bouw.fout import BouwFout

ROOT = Path(__file__).resolve().parents[1]
SLEUTEL = "verzuimwijzer_regio"
REGIO_INDEX = "regio/index.md"


class _Lader(yaml.SafeLoader):
    """mkdocs.yml's own tags (``!ENV``) read as their default: only nav and extra are needed here."""


_Lader.add_constructor("!ENV", lambda lader, knoop: None)


def lees_config(pad: Path) -> dict:
    return yaml.load(pad.read_text(encoding="utf-8"), Loader=_Lader) or {}


def gekozen_regio(config: dict) -> str | None:
    return os.environ.get("VERZUIMWIJZER_REGIO") or (config.get("extra") or {}).get(SLEUTEL) or None


def regio_paginas(docs: Path, rid: str) -> list[str]:
    """The region's pages in menu order: [regio] paginas first, then the others, index.md leading."""
    from calculators import profielen

    map_ = docs / "regio" / rid
    alle = sorted(p.relative_to(map_).as_posix() for p in map_.rglob("*.md"))
    volgorde = [p for p in (profielen.laad(rid).regio.get("paginas") or []) if p in alle]
    rest = [p for p in alle if p not in volgorde]
    if "index.md" in rest:
        rest.remove("index.md")
        rest.insert(0, "index.md")
    return [f"regio/{rid}/{p}" for p in volgorde + rest]


def site_regios(docs: Path, alleen: str | None = None) -> list[str]:
    """Regions with a profile and a folder of pages (in id order), or only the chosen one."""
    from calculators import profielen

    ids = [r for r in profielen.regio_ids() if r != profielen.BASIS and (docs / "regio" / r).is_dir()]
    return [r for r in ids if r == alleen] if alleen else ids


def _paden(nav) -> set[str]:
    uit = set()
    for item in nav or []:
        waarde = next(iter(item.values())) if isinstance(item, dict) else item
        uit |= _paden(waarde) if isinstance(waarde, list) else {waarde} if isinstance(waarde, str) else set()
    return uit


def menu_met_regios(nav: list, docs: Path, alleen: str | None = None) -> list:
    """``nav`` with a section per region after ``regio/index.md`` (regions already listed are kept)."""
    from calculators import profielen

    al = _paden(nav)
    secties = []
    for rid in site_regios(docs, alleen):
        paginas = regio_paginas(docs, rid)
        if any(p in al for p in paginas):
            continue  # a hand-made menu for this region wins
        prof = profielen.laad(rid)
        secties.append({prof.regio.get("korte_naam") or prof.naam: paginas})

    def voeg_toe(items):
        uit = []
        for item in items:
            if isinstance(item, dict):
                titel, waarde = next(iter(item.items()))
                if isinstance(waarde, list):
                    if REGIO_INDEX in waarde:
                        i = waarde.index(REGIO_INDEX) + 1
                        waarde = waarde[:i] + secties + waarde[i:]
                    else:
                        waarde = voeg_toe(waarde)
                    item = {titel: waarde}
            uit.append(item)
        return uit

    return voeg_toe(nav)


def controleer_profielen(docs: Path, meld=print) -> None:
    from calculators import profiel_check, profielen

    profielen.wis_cache()
    problemen, meldingen = profiel_check.controleer(docs=docs)
    for bestand in sorted({m.bestand for m in meldingen}):
        n = sum(m.bestand == bestand for m in meldingen)
        meld(f"Regioprofiel {bestand}: {n} verlopen waarde(n), aanvaard met regio.verlopen_aanvaard.")
    if problemen:
        tekst = "\n".join(f"  - {p.tekst()}" for p in problemen)
        raise BouwFout(f"De regioprofielen in {profielen.profielen_map()} hebben problemen:\n{tekst}\n"
                       "Details per regio: python -m calculators profiel-check <id>")


def bouw_config(basis: Path = ROOT / "mkdocs.yml") -> dict:
    """What the generated config adds to mkdocs.yml: the full menu and, for one region, its name and colours."""
    from calculators import profielen

    config = lees_config(basis)
    docs = basis.parent / (config.get("docs_dir") or "docs")
    regio = gekozen_regio(config)
    extra = {SLEUTEL: regio}
    erbij: dict = {"extra": extra}
    if regio:
        if regio == profielen.BASIS or regio not in profielen.regio_ids():
            raise BouwFout(f"VERZUIMWIJZER_REGIO='{regio}': er is geen regioprofiel '{regio}' in "
                           f"{profielen.profielen_map()}.")
        if not (docs / "regio" / regio).is_dir():
            raise BouwFout(f"VERZUIMWIJZER_REGIO='{regio}': de map docs/regio/{regio}/ ontbreekt.")
        prof = profielen.laad(regio)
        erbij["site_name"] = f"{config['site_name']} {prof.regio.get('korte_naam') or prof.naam}"
        thema = {}
        if prof.regio.get("kleur"):
            thema["palette"] = {"primary": prof.regio["kleur"], "accent": prof.regio["kleur"]}
        if prof.regio.get("logo"):
            thema["logo"] = prof.regio["logo"]
        if thema:
            erbij["theme"] = thema
    if config.get("nav"):
        erbij["nav"] = menu_met_regios(config["nav"], docs, regio)
    return erbij


def schrijf_config(basis: Path = ROOT / "mkdocs.yml") -> Path:
    """A config next to mkdocs.yml (paths in it stay relative to the project), one per build process."""
    erbij = bouw_config(basis)
    pad = basis.parent / f".bouw-{os.getpid()}.yml"
    # JSON is YAML: no quoting questions for titles with quotes or colons.
    pad.write_text(f"INHERIT: {basis.name}\n" + "\n".join(
        f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in erbij.items()) + "\n", encoding="utf-8")
    return pad
