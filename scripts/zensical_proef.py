"""Tries the site with Zensical, so the day it can replace the MkDocs stack is noticed (not a test, not in CI).

Installs the given Zensical (default 0.0.57, the newest these machines can install) into a venv of its own
(.venv-zensical/), builds the pages with it in place of MkDocs in a copy of the project (Zensical's --clean
empties the project's .cache/, where the build keeps its compiled artifacts), runs the same steps after the generator
(bouw/na.py), and compares with the default build: which pages are missing, which render differently (e.g.
a regional page with the national numbers), what ends up in the site that should not. Prints what Zensical still
lacks; docs/over/onderhoud.md keeps the list. Exit code 0 when nothing is lacking, 1 otherwise, 2 when Zensical
cannot be installed or run here.

Run: .venv/bin/python scripts/zensical_proef.py [versie]   (make zensical-proef)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bouw import na, pyodide, voor  # noqa: E402
from bouw.site import bouw  # noqa: E402

VENV = ROOT / ".venv-zensical"
KOPIE = ("docs", "includes", "macros", "overrides", "calculators", "mkdocs.yml", "pyproject.toml", "README.md")


def installeer(versie: str) -> Path | None:
    zensical = VENV / "bin" / "zensical"
    if not zensical.exists() or f"zensical-{versie}.dist-info" not in " ".join(
            p.name for p in VENV.glob("lib/python*/site-packages/*")):
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        r = subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", f"zensical=={versie}"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(f"Zensical {versie} is hier niet te installeren:\n{r.stderr[-1500:]}")
            return None
    return zensical


def _tekst(html: str) -> str:
    m = re.search(r"<article[^>]*>(.*?)</article>", html, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", m.group(1) if m else "")).strip()


def _menu(html: str) -> set[str]:
    """The pages the main menu links to (Material's md-nav__link), as paths from the site's root."""
    hrefs = re.findall(r'href="([^"]*)"[^>]*class="md-nav__link|class="md-nav__link[^"]*"[^>]*href="([^"]*)"', html)
    uit = set()
    for a, b in hrefs:
        href = (a or b).split("#")[0]
        if href.startswith("./"):
            href = href[2:]
        uit.add(href or ".")
    return uit - {""}


def main(versie: str = "0.0.57") -> int:
    zensical = installeer(versie)
    if not zensical:
        return 2
    gebrek: list[str] = []
    with tempfile.TemporaryDirectory(prefix="zensical-proef-") as tmp:
        ref, doel, project = Path(tmp) / "mkdocs", Path(tmp) / "zensical", Path(tmp) / "project"
        bouw(ref, stil=True)
        for naam in KOPIE:
            (shutil.copytree if (ROOT / naam).is_dir() else shutil.copyfile)(ROOT / naam, project / naam)
        # First the config the build hands MkDocs (INHERIT + the regions' menu), then mkdocs.yml itself.
        cfg = voor.schrijf_config(project / "mkdocs.yml")
        r = subprocess.run([str(zensical), "build", "-f", cfg.name], cwd=project, capture_output=True, text=True,
                           timeout=900)
        if r.returncode != 0:
            gebrek.append(f"leest de configuratie met INHERIT niet (het menu met de regio's, naam en kleur van één "
                          f"regio): {(r.stderr.strip().splitlines() or ['?'])[-1]}")
            r = subprocess.run([str(zensical), "build", "-f", "mkdocs.yml"], cwd=project, capture_output=True,
                               text=True, timeout=900)
        gebouwd = project / "site"
        if r.returncode != 0 or not (gebouwd / "index.html").is_file():
            print(f"zensical build faalde (rc {r.returncode}):\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")
            for g in gebrek:
                print(f"  - {g}")
            return 1
        gebouwd.rename(doel)
        try:
            versie_py = pyodide.pyodide_versie()
            na.nabewerk(doel, na.bouwgegevens(pyodide.bouw_artefacten(versie_py), versie_py), None)
        except Exception as e:  # the report is the point: say what failed and go on
            gebrek.append(f"de stappen na de generator falen op zijn uitvoer: {e}")
        a = {p.relative_to(ref).as_posix() for p in ref.rglob("*.html")}
        b = {p.relative_to(doel).as_posix() for p in doel.rglob("*.html")}
        if a - b:
            gebrek.append(f"{len(a - b)} pagina's ontbreken, o.a. {sorted(a - b)[:5]}")
        if b - a:
            gebrek.append(f"{len(b - a)} pagina's te veel, o.a. {sorted(b - a)[:5]}")
        anders = [p for p in sorted(a & b) if _tekst((ref / p).read_text("utf-8")) != _tekst((doel / p).read_text("utf-8"))]
        regionaal = [p for p in anders if p.startswith("regio/")]
        if anders:
            gebrek.append(f"{len(anders)} pagina's met andere tekst (waarvan {len(regionaal)} regiopagina's), "
                          f"o.a. {anders[:5]}")
        sjabloon = [p for p in sorted(a & b) if _tekst((doel / p).read_text("utf-8")).count("{{")
                    > _tekst((ref / p).read_text("utf-8")).count("{{")]  # a page may show {{ … }} on purpose
        if sjabloon:
            gebrek.append(f"{len(sjabloon)} pagina's met niet-uitgevoerde macro's ({{{{ … }}}}), o.a. {sjabloon[:5]}")
        menu = [_menu((x / "index.html").read_text("utf-8")) for x in (ref, doel)]
        if menu[0] - menu[1]:  # Zensical may show more of the menu (no navigation.prune); none may be missing
            gebrek.append(f"het menu mist {len(menu[0] - menu[1])} pagina's, o.a. {sorted(menu[0] - menu[1])[:3]}")
        py = sorted(p.relative_to(doel).as_posix() for p in doel.rglob("*.py"))
        if py:
            gebrek.append(f"Python-bestanden in de site: {py[:5]}")
        if not (doel / "search" / "search_index.json").is_file():
            eigen = " (wel een eigen search.json)" if (doel / "search.json").is_file() else ""
            gebrek.append(f"geen zoekindex van Material (search/search_index.json){eigen}: de zoekfunctie van het "
                          "thema, de test op de zoektermen en de lijst voor offline gebruik rekenen daarop")
        # Hooks: a single-region site leaves the other regions' pages out (bouw/haken/regio_site.py).
        ander = next(r for r in voor.site_regios(project / "docs") if r != voor.site_regios(project / "docs")[0])
        r = subprocess.run([str(zensical), "build", "-f", "mkdocs.yml"], cwd=project, capture_output=True, text=True,
                           timeout=900, env={**os.environ, "VERZUIMWIJZER_REGIO": voor.site_regios(project / "docs")[0]})
        if r.returncode == 0 and (project / "site" / "regio" / ander).is_dir():
            gebrek.append("geen hooks: een site voor één regio (VERZUIMWIJZER_REGIO) houdt de pagina's van de andere "
                          "regio's, zonder inleiding op de startpagina; de proefpagina's voor de browsertests "
                          "(VW_PROEFPAGINAS) ontbreken")
    if not gebrek:
        print(f"Zensical {versie} bouwt dezelfde site. Tijd om docs/over/onderhoud.md bij te werken.")
        return 0
    print(f"Wat een bouw met Zensical {versie} nog mist:")
    for g in gebrek:
        print(f"  - {g}")
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
