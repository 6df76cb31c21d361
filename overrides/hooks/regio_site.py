"""MkDocs hook: the regions of the site come from the profiles and the pages that exist.

* **Profile check.** ``calculators.profiel_check`` runs before anything is built; a strict build
  fails on the same problems that ``python -m calculators profiel-check`` lists.
* **Region menu.** Under the menu item that holds ``regio/index.md`` every region with a profile and a
  folder ``docs/regio/<id>/`` gets a section, titled with its ``korte_naam``, pages in the order of
  ``[regio] paginas`` in its profile (pages not listed follow alphabetically). Nobody edits ``nav:``.
* **Single-region site.** ``VERZUIMWIJZER_REGIO=<id>`` (or ``extra: verzuimwijzer_regio: <id>`` in
  mkdocs.yml; the environment wins) builds the site for one region: its name in the site name and on the
  start page, only its regional pages, its profile's ``kleur`` and ``logo`` through Material's own
  ``theme.palette`` and ``theme.logo``. The chosen region is in ``config.extra.verzuimwijzer_regio``
  (macros read it there) and in every page as ``<meta name="vw-regio" content="<id>">`` (for scripts).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel

from calculators import profiel_check, profielen

log = logging.getLogger("mkdocs.hooks.regio_site")
SLEUTEL = "verzuimwijzer_regio"
REGIO_INDEX = "regio/index.md"


def gekozen_regio(config) -> str | None:
    return os.environ.get("VERZUIMWIJZER_REGIO") or (config.get("extra") or {}).get(SLEUTEL) or None


def regio_paginas(docs: Path, rid: str) -> list[str]:
    """The region's pages in menu order: [regio] paginas first, then the others, index.md leading."""
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


def on_config(config, **kwargs):
    docs = Path(config["docs_dir"])
    profielen.wis_cache()
    problemen, meldingen = profiel_check.controleer(docs=docs)
    for bestand in sorted({m.bestand for m in meldingen}):
        n = sum(m.bestand == bestand for m in meldingen)
        log.info("Regioprofiel %s: %d verlopen waarde(n), aanvaard met regio.verlopen_aanvaard.", bestand, n)
    if problemen:
        tekst = "\n".join(f"  - {p.tekst()}" for p in problemen)
        if config.get("strict"):
            raise PluginError(f"De regioprofielen in {profielen.profielen_map()} hebben problemen:\n{tekst}\n"
                              "Details per regio: python -m calculators profiel-check <id>")
        log.warning("De regioprofielen hebben problemen:\n%s", tekst)

    regio = gekozen_regio(config)
    if regio:
        if regio == profielen.BASIS or regio not in profielen.regio_ids():
            raise PluginError(f"VERZUIMWIJZER_REGIO='{regio}': er is geen regioprofiel '{regio}' in "
                              f"{profielen.profielen_map()}.")
        if not (docs / "regio" / regio).is_dir():
            raise PluginError(f"VERZUIMWIJZER_REGIO='{regio}': de map docs/regio/{regio}/ ontbreekt.")
        prof = profielen.laad(regio)
        config["site_name"] = f"{config['site_name']} {prof.regio.get('korte_naam') or prof.naam}"
        if prof.regio.get("kleur"):
            config["theme"]["palette"] = {"primary": prof.regio["kleur"], "accent": prof.regio["kleur"]}
        if prof.regio.get("logo"):
            config["theme"]["logo"] = prof.regio["logo"]
    config["extra"][SLEUTEL] = regio
    if config.get("nav"):
        config["nav"] = menu_met_regios(config["nav"], docs, regio)
    return config


def _andere_regio(src_uri: str, regio: str) -> bool:
    deel = src_uri.split("/")
    return len(deel) > 2 and deel[0] == "regio" and deel[1] != regio


def on_files(files, config, **kwargs):
    regio = config["extra"].get(SLEUTEL)
    if regio:
        for f in files:
            if _andere_regio(f.src_uri, regio):
                f.inclusion = InclusionLevel.EXCLUDED
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    """The start page of a single-region site says whose routeboek it is, right under its title."""
    regio = config["extra"].get(SLEUTEL)
    if not regio or page.file.src_uri != "index.md":
        return markdown
    prof = profielen.laad(regio)
    intro = (f'\n\n!!! abstract "Routeboek van {prof.naam}"\n'
             f"    Deze uitgave van Verzuimwijzer is gemaakt voor **{prof.naam}**: de rekenhulpen rekenen met het "
             f"protocol van deze regio. Begin bij [de pagina's van de regio](regio/{regio}/index.md).\n")
    kop = re.search(r"^# .*$", markdown, re.M)
    if not kop:
        return intro + markdown
    return markdown[:kop.end()] + intro + markdown[kop.end():]


_LINK = re.compile(r'<a\b[^>]*\bhref="([^"]*)"[^>]*>(.*?)</a>', re.S)


def on_page_content(html, page, config, files, **kwargs):
    """In a single-region site a link to another region's page (left out of the build) becomes text."""
    regio = config["extra"].get(SLEUTEL)
    if not regio:
        return html

    def vervang(m):
        href = m.group(1)
        if "://" in href or href.startswith(("#", "mailto:")):
            return m.group(0)
        # hrefs are page URLs relative to this page's URL ('../../regio/haaglanden/route-1/')
        doel = os.path.normpath(os.path.join(page.url or ".", href.split("#")[0])).replace(os.sep, "/")
        return m.group(2) if _andere_regio(doel + "/", regio) else m.group(0)

    return _LINK.sub(vervang, html)


def on_post_page(output, page, config, **kwargs):
    regio = config["extra"].get(SLEUTEL)
    if regio and "</head>" in output:
        output = output.replace("</head>", f'<meta name="vw-regio" content="{regio}"></head>', 1)
    return output
