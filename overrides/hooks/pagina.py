"""MkDocs hook: page-level aids around the calculators (issue 12).

* A skip link "Naar de rekenhulp" on every page with a calculator, next to Material's own
  "Ga naar inhoud" link (in its ``data-md-component="skip"`` block, which instant navigation swaps
  per page), so the form is two Tab presses away instead of dozens.
* ``assets/rekenhulp/afkortingen.json``: the site's glossary (docs/includes/afkortingen.md, the
  abbreviations Material turns into tooltips at build time) for the answers the browser renders
  later, read with Python-Markdown's own abbr extension: one glossary, one reader.
"""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

import markdown
from markdown.extensions.abbr import AbbrExtension
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parents[2]
AFKORTINGEN = ROOT / "docs" / "includes" / "afkortingen.md"
AFKORTINGEN_JSON = "assets/rekenhulp/afkortingen.json"


def afkortingen() -> dict[str, str]:
    """Abbreviation -> expansion, exactly as Material's tooltips show them on the pages."""
    abbr = AbbrExtension()
    markdown.Markdown(extensions=[abbr]).convert(AFKORTINGEN.read_text(encoding="utf-8"))
    return dict(sorted(abbr.abbrs.items()))


def on_files(files, config, **kwargs):
    files.append(File.generated(config, AFKORTINGEN_JSON,
                                content=json.dumps(afkortingen(), ensure_ascii=False, indent=0)))
    return files


# The calculator block as macros/rekenhulp.py writes it: its id and its title.
_BLOK = re.compile(r'<div class="vw-rekenhulp" data-rekenhulp="[^"]+" id="([^"]+)"[^>]*>'
                   r'<p class="vw-titel">([^<]*)</p>')
_SKIP = re.compile(r'(<div data-md-component="skip">)(.*?)(</div>)', re.S)


def skiplinks(output: str) -> str:
    blokken = _BLOK.findall(output)
    if not blokken:
        return output
    links = "".join(
        f'<a href="#{escape(bid)}-formulier" class="md-skip vw-skip" data-vw-skip="{escape(bid)}">'
        f'Naar de rekenhulp{"" if len(blokken) == 1 else ": " + titel}</a>'
        for bid, titel in blokken)  # the title is already escaped HTML text
    return _SKIP.sub(lambda m: m.group(1) + m.group(2) + links + m.group(3), output, count=1)


def on_post_page(output, page, config, **kwargs):
    return skiplinks(output)
