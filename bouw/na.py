"""After the generator, over the built site: everything that is not rendering a page.

* the Pyodide runtime, the compiled wheel and standard library (bouw/pyodide.py), the XLSX wheels (bouw/xlsx.py);
* the browser glue (assets/rekenhulp/*.mjs) gets those paths written in, and every page links the glue with
  ``?v=<build hash>``, so a page always talks to the worker and artifacts of its own build; on a page with a
  calculator the glue goes into ``<head>`` so Python starts loading while the theme's bundle is still fetched;
* page aids: a skip link "Naar de rekenhulp" next to Material's "Ga naar inhoud", ``<meta name="vw-regio">``
  in a single-region build, table alignment as classes instead of inline styles (the CSP forbids those);
* ``assets/rekenhulp/afkortingen.json``: the site's glossary for the answers the browser renders later;
* the Content-Security-Policy: a ``<meta http-equiv>`` in every page, the full policy (with what a meta tag
  cannot express) in ``csp.txt`` for the web server;
* ``sw.js``: a service worker with the precache list and the build hash (offline after a first visit).

Anything missing fails the build: a site whose calculators cannot start must not be deployed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import escape
from pathlib import Path

import markdown
from markdown.extensions.abbr import AbbrExtension

from bouw import pyodide, xlsx
from bouw.fout import BouwFout

ROOT = Path(__file__).resolve().parents[1]
OVERRIDES = ROOT / "overrides"
GLUE = "assets/rekenhulp/"


def glue_bestanden() -> list[str]:
    """Every file of the browser glue (its ES modules, styles and the service worker's template)."""
    return sorted(p.name for p in (OVERRIDES / GLUE).iterdir() if p.suffix in {".mjs", ".css", ".js"})


# A relative import between the glue's modules ('from "./motor.mjs"'): versioned like the page's own link,
# so one build's modules load together (and are one module instance, shared by every importer).
_GLUE_IMPORT = re.compile(r'(\bfrom\s*|\bimport\s*\(?\s*)"\./([\w-]+\.mjs)"')
AFKORTINGEN = ROOT / "includes" / "afkortingen.md"
AFKORTINGEN_JSON = GLUE + "afkortingen.json"


def _kort(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def bouwgegevens(artefacten: dict, versie: str) -> dict:
    """Paths and the build hash, known before the generator runs (the hash covers everything the glue loads)."""
    wiel = (artefacten["map"] / "calculators.whl").read_bytes()
    stdlib = (artefacten["map"] / "stdlib.zip").read_bytes()
    glue = b"".join((OVERRIDES / GLUE / n).read_bytes() for n in glue_bestanden())
    return dict(versie=versie, map=artefacten["map"], pyodide_pad=f"pyodide/{versie}/",
                wiel_pad=f"py/calculators-{_kort(wiel)}.whl", stdlib_pad=f"py/stdlib-{_kort(stdlib)}.zip",
                hash=_kort(wiel + stdlib + glue + versie.encode()))


def afkortingen() -> dict[str, str]:
    """Abbreviation -> expansion, exactly as Material's tooltips show them (Python-Markdown's own abbr reader)."""
    abbr = AbbrExtension()
    markdown.Markdown(extensions=[abbr]).convert(AFKORTINGEN.read_text(encoding="utf-8"))
    return dict(sorted(abbr.abbrs.items()))


# --- pages -------------------------------------------------------------------------------------------------

_GLUE_LINK = re.compile(r'((?:src|href)="[^"]*assets/rekenhulp/[\w.-]+\.(?:mjs|css))"')
_GLUE_SCRIPT = re.compile(r'<script src="[^"]*assets/rekenhulp/rekenhulp\.mjs[^"]*" type="module" async></script>')
# The calculator block as macros/rekenhulp.py writes it: its id and its title.
_BLOK = re.compile(r'<div class="vw-rekenhulp" data-rekenhulp="[^"]+" id="([^"]+)"[^>]*>'
                   r'<p class="vw-titel">([^<]*)</p>')
_SKIP = re.compile(r'(<div data-md-component="skip">)(.*?)(</div>)', re.S)
# Python-Markdown's tables write alignment as an inline style; a class does the same under the CSP.
_UITLIJNING = re.compile(r'<(td|th) style="text-align: (left|right|center);"')
UITLIJN_KLASSE = {"left": "vw-links", "right": "vw-rechts", "center": "vw-midden"}


def glue_versie(html: str, bouw_hash: str) -> str:
    html = _GLUE_LINK.sub(lambda m: f'{m.group(1)}?v={bouw_hash}"', html)
    script = _GLUE_SCRIPT.search(html)
    if script and 'class="vw-rekenhulp"' in html and "</head>" in html:
        html = html.replace(script.group(0), "", 1)
        html = html.replace("</head>", f'<meta name="vw-rekenhulp" content="start">{script.group(0)}</head>', 1)
    return html


def skiplinks(html: str) -> str:
    blokken = _BLOK.findall(html)
    if not blokken:
        return html
    links = "".join(
        f'<a href="#{escape(bid)}-formulier" class="md-skip vw-skip" data-vw-skip="{escape(bid)}">'
        f'Naar de rekenhulp{"" if len(blokken) == 1 else ": " + titel}</a>'
        for bid, titel in blokken)  # the title is already escaped HTML text
    return _SKIP.sub(lambda m: m.group(1) + m.group(2) + links + m.group(3), html, count=1)


def uitlijning_als_klasse(html: str) -> str:
    return _UITLIJNING.sub(lambda m: f'<{m.group(1)} class="{UITLIJN_KLASSE[m.group(2)]}"', html)


def regio_meta(html: str, regio: str | None) -> str:
    if regio and "</head>" in html:
        html = html.replace("</head>", f'<meta name="vw-regio" content="{escape(regio)}"></head>', 1)
    return html


# --- Content-Security-Policy ----------------------------------------------------------------------------------

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
_CHARSET = re.compile(r'<meta charset="[^"]*">', re.I)
# Directives a <meta> policy cannot carry (CSP 3, section 3.3): they stay in the web server's header.
ALLEEN_HEADER = ("frame-ancestors", "report-uri", "report-to", "sandbox")


def csp(paginas: list[str]) -> str:
    """The Content-Security-Policy this build works under (docs/over/hosting.md; tested in the browser).

    Python needs only 'wasm-unsafe-eval'. Material has a few inline scripts (theme, storage scope per folder
    depth); they are allowed by their hashes, so 'unsafe-inline' is not needed.
    """
    hashes = set()
    for html in paginas:
        for m in _INLINE_SCRIPT.finditer(html):
            if "application/json" not in m.group(1) and m.group(2).strip():
                hashes.add(base64.b64encode(hashlib.sha256(m.group(2).encode()).digest()).decode())
    scripts = " ".join(f"'sha256-{h}'" for h in sorted(hashes))
    return ("default-src 'self'; "
            f"script-src 'self' 'wasm-unsafe-eval' {scripts}; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'")


def meta_beleid(beleid: str) -> str:
    """The policy without the directives a meta tag cannot express (browsers ignore them there, with a warning)."""
    delen = [d.strip() for d in beleid.split(";") if d.strip()]
    return "; ".join(d for d in delen if d.split()[0] not in ALLEEN_HEADER)


def csp_meta(html: str, beleid: str) -> str:
    """The policy as the first thing after <meta charset>: it covers only what comes after it in the page."""
    inhoud = meta_beleid(beleid)
    if any(t in inhoud for t in '"<>&'):
        raise BouwFout(f"De CSP bevat een teken dat niet in een attribuut past: {inhoud!r}")
    tag = f'<meta http-equiv="Content-Security-Policy" content="{inhoud}">'
    m = _CHARSET.search(html)
    if m:
        return html[:m.end()] + tag + html[m.end():]
    if "<head>" in html:
        return html.replace("<head>", "<head>" + tag, 1)
    raise BouwFout("Een pagina zonder <head>: de CSP kan er niet in.")


# --- service worker ---------------------------------------------------------------------------------------------

def _precache(site: Path, bouw_hash: str) -> list[str]:
    """Pages and small assets, fetched when the service worker installs.

    The runtime (13 MB) and the calculators' wheel are not in it: they are cached when a calculator first uses
    them, so a visit to a page without a calculator never downloads Python.
    """
    uit = []
    for pad in sorted(site.rglob("*")):
        rel = pad.relative_to(site).as_posix()
        if not pad.is_file() or rel.startswith(("pyodide/", "py/")) or rel in {"sw.js", "sitemap.xml.gz", "csp.txt"}:
            continue
        if "/lunr/min/" in rel and not re.search(r"lunr\.(nl|stemmer\.support|multi)\.min\.js$", rel):
            continue  # other languages' stemmers: the site is Dutch
        if rel.startswith(GLUE) and rel.endswith((".mjs", ".css")):
            rel += f"?v={bouw_hash}"
        if rel.endswith("index.html"):
            rel = rel[: -len("index.html")] or "./"
        uit.append(rel)
    return uit


def schrijf_service_worker(site: Path, bouw_hash: str) -> None:
    sjabloon = (OVERRIDES / GLUE / "sw.sjabloon.js").read_text(encoding="utf-8")
    tekst = (sjabloon.replace("__BOUW__", bouw_hash)
             .replace('"__PRECACHE__"', json.dumps(_precache(site, bouw_hash), indent=0)))
    (site / "sw.js").write_text(tekst, encoding="utf-8")


# --- the step ---------------------------------------------------------------------------------------------------

def nabewerk(site: Path, gegevens: dict, regio: str | None) -> None:
    if not (site / "index.html").is_file():
        raise BouwFout(f"{site} bevat geen gebouwde site (index.html ontbreekt).")
    pyodide.kopieer_runtime(site, gegevens["pyodide_pad"])
    py = site / "py"
    py.mkdir(parents=True, exist_ok=True)
    for oud in (*py.glob("calculators-*"), *py.glob("stdlib-*.zip")):
        oud.unlink()
    (site / gegevens["wiel_pad"]).write_bytes((gegevens["map"] / "calculators.whl").read_bytes())
    (site / gegevens["stdlib_pad"]).write_bytes((gegevens["map"] / "stdlib.zip").read_bytes())
    xlsx.kopieer(site)

    vervang = {"__PYODIDE_PAD__": gegevens["pyodide_pad"], "__WIEL_PAD__": gegevens["wiel_pad"],
               "__STDLIB_PAD__": gegevens["stdlib_pad"], "__BOUW__": gegevens["hash"]}
    for naam in (n for n in glue_bestanden() if n.endswith(".mjs")):
        pad = site / GLUE / naam
        if not pad.is_file():
            raise BouwFout(f"{pad} ontbreekt: is overrides/{GLUE}{naam} weg?")
        tekst = pad.read_text(encoding="utf-8")
        for sleutel, waarde in vervang.items():
            tekst = tekst.replace(sleutel, waarde)
        tekst = _GLUE_IMPORT.sub(lambda m: f'{m.group(1)}"./{m.group(2)}?v={gegevens["hash"]}"', tekst)
        pad.write_text(tekst, encoding="utf-8")
    (site / GLUE / "sw.sjabloon.js").unlink(missing_ok=True)  # a template, not an asset
    (site / AFKORTINGEN_JSON).write_text(json.dumps(afkortingen(), ensure_ascii=False, indent=0), encoding="utf-8")

    paginas = {}
    for pad in sorted(site.rglob("*.html")):
        html = pad.read_text(encoding="utf-8")
        html = uitlijning_als_klasse(regio_meta(skiplinks(glue_versie(html, gegevens["hash"])), regio))
        paginas[pad] = html
    beleid = csp(list(paginas.values()))
    for pad, html in paginas.items():
        pad.write_text(csp_meta(html, beleid), encoding="utf-8")
    (site / "csp.txt").write_text(beleid + "\n", encoding="utf-8")
    schrijf_service_worker(site, gegevens["hash"])
