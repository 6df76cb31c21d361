"""The built site: strict build, nothing from other hosts, Dutch search, every page in the menu, and
prose that follows the region profiles."""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest
from mkdocs.config import load_config

from calculators import profielen

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

# ------------------------------------------------------------------------------------------------
# Build


def test_bouw_strict_slaagt(site):
    assert site.rc == 0
    assert (site.map / "index.html").is_file()
    # No generator warning and no stack warning (bouw/stapel.py). Material's own end-of-life banner is printed on
    # every build and stays visible: the dated stack check is what acts on it.
    assert not re.search(r"^(WARNING\s+-|WAARSCHUWING:)", site.uitvoer, re.M), site.uitvoer
    assert "end of life" in site.uitvoer  # nothing silences it


def test_alle_pagina_links_bestaan(html_bestanden):
    """The link() macro renders a missing target as text with data-ontbreekt: report those."""
    ontbreekt = {}
    for pad in html_bestanden:
        for doel in re.findall(r'data-ontbreekt="([^"]+)"', pad.read_text(encoding="utf-8")):
            ontbreekt.setdefault(doel, set()).add(pad.parent.name or "/")
    assert not ontbreekt, f"Links naar pagina's die niet bestaan: {ontbreekt}"


# ------------------------------------------------------------------------------------------------
# Nothing loads from another host


class _Bronnen(HTMLParser):
    """Collects every URL the browser would fetch by itself (not plain <a href> links)."""

    LINK_REL_FETCH = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload",
                      "prefetch", "preconnect", "dns-prefetch", "manifest", "mask-icon"}

    def __init__(self):
        super().__init__()
        self.urls: list[tuple[str, str]] = []
        self.css: list[str] = []
        self.klassen: set[str] = set()
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.klassen.update((a.get("class") or "").split())
        if a.get("style"):
            self.css.append(a["style"])
        if tag == "style":
            self._in_style = True
        if tag == "link":
            rels = set((a.get("rel") or "").lower().split())
            if rels & self.LINK_REL_FETCH:
                self.urls.append((f"link rel={a.get('rel')}", a.get("href") or ""))
        for attr in ("src", "data", "poster", "background"):
            if a.get(attr) and tag in ("script", "img", "iframe", "frame", "video", "audio", "source",
                                       "track", "embed", "object", "input"):
                self.urls.append((f"{tag} {attr}", a[attr]))
        for attr in ("srcset", "imagesrcset"):
            if a.get(attr):
                for deel in a[attr].split(","):
                    if deel.strip():
                        self.urls.append((f"{tag} {attr}", deel.strip().split()[0]))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.css.append(data)


def _extern(url: str) -> bool:
    url = url.strip()
    if url.startswith("//"):
        return True
    deel = urlparse(url)
    return deel.scheme in ("http", "https", "ftp", "ws", "wss") and deel.hostname not in ("127.0.0.1", "localhost")


_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""", re.I)


def _css_urls(css: str) -> list[str]:
    return [a or b for a, b in _CSS_URL.findall(css)]


def test_html_laadt_niets_van_andere_hosts(site, html_bestanden):
    fout, mermaid = [], []
    for pad in html_bestanden:
        p = _Bronnen()
        p.feed(pad.read_text(encoding="utf-8"))
        rel = pad.relative_to(site.map)
        fout += [f"{rel}: {wat} {url}" for wat, url in p.urls if _extern(url)]
        fout += [f"{rel}: css url {u}" for css in p.css for u in _css_urls(css) if _extern(u)]
        if "mermaid" in p.klassen:
            mermaid.append(str(rel))
    assert not fout, "Laadt van een andere host:\n" + "\n".join(fout[:50])
    # Material fetches mermaid from unpkg.com as soon as a page has a mermaid diagram.
    assert not mermaid, f"Mermaid-diagrammen laden mermaid van unpkg.com: {mermaid}"


def test_css_laadt_niets_van_andere_hosts(site):
    fout = []
    for pad in site.map.rglob("*.css"):
        for u in _css_urls(pad.read_text(encoding="utf-8", errors="replace")):
            if _extern(u):
                fout.append(f"{pad.relative_to(site.map)}: {u}")
    assert not fout, "CSS laadt van een andere host:\n" + "\n".join(fout)


def test_eigen_javascript_laadt_niets_van_andere_hosts(site):
    """Our own scripts (not Material's bundle, not Pyodide's runtime) import or fetch nothing remote."""
    patroon = re.compile(r"""(?:import\s*\(|importScripts\s*\(|fetch\s*\(|\bfrom\s+|new\s+Worker\s*\()\s*["'`]((?:https?:)?//[^"'`]+)""")
    fout = []
    for pad in list(site.map.rglob("*.js")) + list(site.map.rglob("*.mjs")):
        rel = pad.relative_to(site.map).as_posix()
        if rel.startswith(("assets/javascripts/", "pyodide/")):
            continue
        fout += [f"{rel}: {u}" for u in patroon.findall(pad.read_text(encoding="utf-8", errors="replace"))]
    assert not fout, "\n".join(fout)


def test_config_zonder_externe_diensten():
    """Google Fonts off; no repository (Material would call the GitHub/GitLab API for its stars)."""
    cfg = load_config(str(ROOT / "mkdocs.yml"))
    assert cfg["theme"]["font"] is False
    assert not cfg.get("repo_url")
    assert cfg["theme"]["language"] == "nl"
    assert cfg["extra"].get("generator") is False
    assert cfg.get("copyright")
    features = cfg["theme"]["features"]
    assert "navigation.instant" in features and "navigation.prune" in features


# ------------------------------------------------------------------------------------------------
# Dutch search, offline


def _zoekindex(site) -> dict:
    return json.loads((site.map / "search" / "search_index.json").read_text(encoding="utf-8"))


def test_zoeken_is_nederlands_met_standaard_pipeline(site):
    config = _zoekindex(site)["config"]
    assert config["lang"] == ["nl"]
    # The tech probe: an explicit stemmer pipeline makes Dutch search worse; keep the default.
    assert config["pipeline"] == ["stopWordFilter"]
    assert (site.map / "assets/javascripts/lunr/min/lunr.nl.min.js").is_file()
    assert (site.map / "assets/javascripts/lunr/min/lunr.stemmer.support.min.js").is_file()


@pytest.mark.parametrize("term", ["kwalificatieplicht", "thuiszitter", "JES", "luxe verzuim"])
def test_zoeken_vindt_kernbegrippen(site, term):
    docs = _zoekindex(site)["docs"]
    patroon = re.compile(rf"\b{re.escape(term)}", re.I)
    treffers = [d["location"] for d in docs
                if patroon.search(re.sub(r"<[^>]+>", " ", f"{d.get('title', '')} {d.get('text', '')}"))]
    assert treffers, f"'{term}' staat in geen enkele pagina van de zoekindex"


# ------------------------------------------------------------------------------------------------
# Every page is in the menu


def _nav_paden(nav) -> list[str]:
    paden = []
    for item in nav or []:
        waarde = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(waarde, list):
            paden += _nav_paden(waarde)
        elif isinstance(waarde, str) and not re.match(r"^[a-z]+://", waarde):
            paden.append(waarde)
    return paden


def _regio_site():
    """bouw/voor.py, which adds the regions' sections to the menu before the generator runs."""
    from bouw import voor

    return voor


def test_elke_pagina_staat_in_het_menu():
    cfg = load_config(str(ROOT / "mkdocs.yml"))
    assert cfg["nav"], "mkdocs.yml heeft geen expliciete nav:"
    in_nav = set(_nav_paden(_regio_site().menu_met_regios(cfg["nav"], DOCS)))
    paginas = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    ontbreekt = sorted(paginas - in_nav)
    assert not ontbreekt, f"Pagina's die niet in nav: (mkdocs.yml) staan: {ontbreekt}"
    weg = sorted(in_nav - paginas)
    assert not weg, f"nav: verwijst naar pagina's die niet bestaan: {weg}"


# ------------------------------------------------------------------------------------------------
# The prose follows the data

NIEUWE_WAARDE = 9137  # appears nowhere else on the site


def _gebruikte_parameters(regio_id: str) -> set[str]:
    """Parameter ids the region's own pages render (directly, or via the step/escalation tables)."""
    prof = profielen.laad(regio_id, profielen.STANDAARD_MAP)
    bron = "\n".join(p.read_text(encoding="utf-8") for p in (DOCS / "regio" / regio_id).rglob("*.md"))
    ids = set(re.findall(r"""["']([a-z0-9_]+)["']""", bron))
    if "escalatie_tabel(" in bron:
        ids |= {s.get(k) for s in prof.escalatie for k in ("termijn_van", "termijn_tot") if s.get(k)}
    if "stappen_tabel(" in bron:
        for stap in prof.stappen:
            for v in stap.get("als") or []:
                ids |= {v[k] for k in ("vanaf", "boven", "tot", "tot_en_met") if v.get(k)}
    if "afwijkingen(" in bron:
        ids |= set(prof.eigen)
    return ids


def _kies_parameter() -> tuple[str, str]:
    """A numeric parameter that a region states itself and its own pages show; preferably one the law
    does not have (a truly regional threshold)."""
    basis = profielen.laad(profielen.BASIS, profielen.STANDAARD_MAP)
    kandidaten = []
    for regio_id in profielen.regio_ids(profielen.STANDAARD_MAP):
        if regio_id == profielen.BASIS or not (DOCS / "regio" / regio_id).is_dir():
            continue
        prof = profielen.laad(regio_id, profielen.STANDAARD_MAP)
        gebruikt = _gebruikte_parameters(regio_id)
        for pid in sorted(prof.eigen):
            waarde = prof.parameter(pid)[0].waarde
            if pid in gebruikt and isinstance(waarde, int) and not isinstance(waarde, bool):
                kandidaten.append((basis.heeft(pid), regio_id, pid))
    if not kandidaten:
        pytest.fail("Geen regiopagina toont een getal uit het eigen profiel; niets om te controleren.")
    _, regio_id, pid = min(kandidaten)
    return regio_id, pid


def _zet_waarde(toml: str, pid: str, nieuw: int) -> str:
    """Replace 'waarde' in every [[parameter.<pid>]] block (text edit: comments and layout stay)."""
    uit, in_blok, geraakt = [], False, 0
    for regel in toml.splitlines(keepends=True):
        kop = re.match(r"\s*\[\[?([^\]]+)\]\]?", regel)
        if kop:
            in_blok = kop.group(1).strip() == f"parameter.{pid}"
        if in_blok and re.match(r"\s*waarde\s*=", regel):
            regel = re.sub(r"=.*", f"= {nieuw}", regel, count=1)
            geraakt += 1
        uit.append(regel)
    assert geraakt, f"parameter.{pid} heeft geen regel 'waarde ='"
    return "".join(uit)


def test_tekst_volgt_het_profiel(site, bouw, tmp_path):
    regio_id, pid = _kies_parameter()
    kopie = tmp_path / "profielen"
    shutil.copytree(profielen.STANDAARD_MAP, kopie)
    bestand = kopie / f"{regio_id}.toml"
    bestand.write_text(_zet_waarde(bestand.read_text(encoding="utf-8"), pid, NIEUWE_WAARDE), encoding="utf-8")
    assert tomllib.loads(bestand.read_text(encoding="utf-8"))  # still valid TOML

    def waar(map_: Path) -> list[str]:
        return sorted(p.relative_to(map_).as_posix() for p in map_.rglob("*.html")
                      if str(NIEUWE_WAARDE) in p.read_text(encoding="utf-8"))

    assert not waar(site.map), "de testwaarde staat al in de gewone site"
    nieuw = bouw(tmp_path / "site", VERZUIMWIJZER_PROFIELEN=str(kopie))
    assert nieuw.rc == 0, nieuw.uitvoer[-4000:]
    gevonden = waar(nieuw.map)
    assert any(p.startswith(f"regio/{regio_id}/") for p in gevonden), (
        f"{regio_id}/{pid} = {NIEUWE_WAARDE} staat niet op de pagina's van de regio: {gevonden}")
    assert "vergelijk/index.html" in gevonden, f"niet in de vergelijkingstabel: {gevonden}"


# ------------------------------------------------------------------------------------------------
# No threshold typed by hand on the cross-cutting pages

EIGEN_PAGINAS = ["index.md", "vergelijk.md", "keuzes.md", "regio/index.md", "over/index.md",
                 "over/toegankelijkheid.md"]


@pytest.mark.parametrize("pagina", EIGEN_PAGINAS)
def test_geen_getypte_drempels(pagina):
    pad = DOCS / pagina
    if not pad.is_file():
        pytest.skip(f"{pagina} bestaat niet")
    tekst = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", " ", pad.read_text(encoding="utf-8"), flags=re.S)
    basis = profielen.laad(profielen.BASIS, profielen.STANDAARD_MAP)
    getypt = sorted({par.tekst() for pid in basis.parameters for par in basis.versies(pid)
                     if isinstance(par.waarde, int) and re.search(rf"(?<![\d.,]){re.escape(par.tekst())}\b", tekst)})
    assert not getypt, f"{pagina} typt drempels die in het profiel staan: {getypt}"


# ------------------------------------------------------------------------------------------------
# Accessibility basics (WCAG 2.1 AA): one h1, no skipped heading levels, tables with a header row


def test_koppen_en_tabellen(site, html_bestanden):
    fout = []
    for pad in html_bestanden:
        html = pad.read_text(encoding="utf-8")
        if "<article" not in html:
            continue
        artikel = html[html.index("<article"):html.index("</article>")]
        niveaus = [int(n) for n in re.findall(r"<h([1-6])[\s>]", artikel)]
        rel = pad.relative_to(site.map).as_posix()
        if niveaus.count(1) != 1:
            fout.append(f"{rel}: {niveaus.count(1)} keer h1")
        fout += [f"{rel}: h{a} gevolgd door h{b}" for a, b in zip(niveaus, niveaus[1:]) if b > a + 1]
        if artikel.count("<table") != artikel.count("<thead"):
            fout.append(f"{rel}: tabel zonder kopregel")
    assert not fout, "\n".join(fout)


def test_mkdocs_yml_zonder_dubbele_sleutels():
    """YAML keeps only the last of two equal keys: a second 'extra_css:' silently drops the first."""
    sleutels = re.findall(r"^([A-Za-z_]+):", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    dubbel = sorted({k for k in sleutels if sleutels.count(k) > 1})
    assert not dubbel, f"mkdocs.yml heeft dubbele sleutels: {dubbel}; voeg de regels samen"


def test_afdrukstijl_op_elke_pagina(site, html_bestanden):
    zonder = [p.relative_to(site.map).as_posix() for p in html_bestanden
              if "<article" in (t := p.read_text(encoding="utf-8")) and "stylesheets/print.css" not in t]
    assert not zonder, f"Pagina's zonder afdrukstijl: {zonder[:10]}"
    assert "@media print" in (site.map / "stylesheets" / "print.css").read_text(encoding="utf-8")
