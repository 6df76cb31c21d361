"""MkDocs hook: the pages of a single-region site (``VERZUIMWIJZER_REGIO=<id>``, see bouw/voor.py).

The build (``python -m bouw``) writes the chosen region into ``extra.verzuimwijzer_regio`` of the config it
hands the generator, with the menu and the region's name and colours. What is left here is about rendering:

* other regions' pages are left out of the build, and a link to one of them becomes plain text (no broken
  link, and no log line per link: those links are expected in a single-region site);
* the start page says whose routeboek it is, right under its title.
"""

from __future__ import annotations

import logging
import os
import re

from mkdocs.structure.files import InclusionLevel

SLEUTEL = "verzuimwijzer_regio"


class _StilOverAndereRegios(logging.Filter):
    """Drops 'contains a link to regio/<other>/… which is excluded': the page hook turns those links into text."""

    regio: str | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.regio or record.levelno > logging.INFO:
            return True
        tekst = record.getMessage()
        m = re.search(r"contains a link to '(regio/[^/']+/[^']*)' which is excluded", tekst)
        return not (m and _andere_regio(m.group(1), self.regio))


_FILTER = _StilOverAndereRegios()
for _naam in ("mkdocs.structure.pages", "properdocs.structure.pages"):
    logging.getLogger(_naam).addFilter(_FILTER)


def _andere_regio(src_uri: str, regio: str) -> bool:
    deel = src_uri.split("/")
    return len(deel) > 2 and deel[0] == "regio" and deel[1] != regio


def on_files(files, config, **kwargs):
    regio = config["extra"].get(SLEUTEL)
    _FILTER.regio = regio
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
    from calculators import profielen

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
