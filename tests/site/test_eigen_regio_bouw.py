"""A region makes its own routeboek: scaffold in a copy of the project, change numbers and a contact, build
strictly, and find the new numbers on its pages, in its calculators, in the comparison and in its charts;
the single-region build holds no other region's pages; broken profiles stop the build, file and key named."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from calculators import profielen, run

ROOT = Path(__file__).resolve().parents[2]
REGIO = "west-friesland"
ANDERE = [r for r in profielen.regio_ids(profielen.STANDAARD_MAP) if r != profielen.BASIS]
# Three numbers the law does not use (so a hit is the region's), and a contact.
NIEUW = {"melding_uren": 13, "thuiszitter_weken": 3, "mazl_aaneengesloten_dagen": 5}
EMAIL = "leerplicht@west-friesland.example"
NIET_KOPIEREN = shutil.ignore_patterns(".venv*", ".bouw-*.yml", "node_modules", "site", ".git", "__pycache__", ".pytest_cache",
                                       ".hypothesis", "vendor", "*.egg-info")


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("VERZUIMWIJZER_PROFIELEN", "VERZUIMWIJZER_REGIO")}
    return {**env, **extra}


def _draai(cwd: Path, *args, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, env=_env(**env), capture_output=True, text=True,
                          timeout=600)


def _bouw(project: Path, doel: Path, **env) -> subprocess.CompletedProcess:
    return _draai(project, "-m", "bouw", "-d", str(doel), **env)


def _ontcommentarieer(toml: str, kop: str, waarde=None) -> str:
    """Remove '# ' from the commented block that starts with '# <kop>' (as a person would), set waarde."""
    regels = toml.splitlines(keepends=True)
    start = regels.index(f"# {kop}\n")
    i = start
    while i < len(regels) and regels[i].startswith("# "):
        regels[i] = regels[i][2:]
        if waarde is not None and regels[i].startswith("waarde ="):
            regels[i] = f"waarde = {waarde}\n"
        if waarde is not None and regels[i].startswith("verhouding ="):
            regels[i] = 'verhouding = "strenger"\n'
        i += 1
    assert i > start + 1, f"blok {kop} niet gevonden"
    return "".join(regels)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the project (without venv, node_modules, site) with a new region, filled in."""
    kopie = tmp_path_factory.mktemp("fork") / "verzuimwijzer"
    shutil.copytree(ROOT, kopie, ignore=NIET_KOPIEREN, symlinks=True)
    (kopie / "node_modules").symlink_to(ROOT / "node_modules")  # Pyodide for the build hook
    (kopie / "vendor").symlink_to(ROOT / "vendor")  # openpyxl wheels for the build step (bouw/xlsx.py)
    r = _draai(kopie, "-m", "calculators", "nieuwe-regio", REGIO, "--naam", "West-Friesland",
               "--vakantieregio", "noord")
    assert r.returncode == 0, r.stderr
    assert str(kopie / "calculators" / "profielen" / f"{REGIO}.toml") in r.stdout
    profiel = kopie / "calculators" / "profielen" / f"{REGIO}.toml"
    tekst = profiel.read_text(encoding="utf-8")
    for pid, waarde in NIEUW.items():
        tekst = _ontcommentarieer(tekst, f"[[parameter.{pid}]]", waarde)
    tekst = _ontcommentarieer(tekst, "[[organisatie]]").replace('email = ""', f'email = "{EMAIL}"')
    profiel.write_text(tekst, encoding="utf-8")
    check = _draai(kopie, "-m", "calculators", "profiel-check", REGIO)
    assert check.returncode == 0, check.stdout
    assert "waarde:       13 uur" in check.stdout and "strenger (wet: 16 uur)" in check.stdout
    return kopie


@pytest.fixture(scope="module")
def site(project) -> Path:
    r = _bouw(project, project / "site")
    assert r.returncode == 0, (r.stdout + r.stderr)[-4000:]
    return project / "site"


@pytest.fixture(scope="module")
def eigen_site(project) -> Path:
    r = _bouw(project, project / "site-eigen", VERZUIMWIJZER_REGIO=REGIO)
    assert r.returncode == 0, (r.stdout + r.stderr)[-4000:]
    _UITVOER["eigen"] = r.stdout + r.stderr
    return project / "site-eigen"


_UITVOER: dict[str, str] = {}


def test_eigen_site_bouwt_stil(eigen_site):
    """Links to other regions' pages (left out, shown as text) are expected: no log line per link (issue 21)."""
    uitvoer = _UITVOER["eigen"]
    assert "excluded from the built site" not in uitvoer
    assert not [r for r in uitvoer.splitlines() if r.startswith(("WARNING", "WAARSCHUWING"))]


def _tekst(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _schema(html: str, soort: str) -> str:
    m = re.search(rf'<figure class="vw-schema" id="vw-schema-{soort}">.*?</figure>', html, re.S)
    assert m, f"geen stroomschema '{soort}'"
    return m.group(0)


def test_nieuwe_getallen_op_de_paginas_van_de_regio(site):
    meld = _tekst((site / "regio" / REGIO / "meldcriteria" / "index.html").read_text(encoding="utf-8"))
    assert "minstens 13 uur ongeoorloofd" in meld
    assert "vanaf de 5e aaneengesloten ziektedag" in meld
    start = _tekst((site / "regio" / REGIO / "index.html").read_text(encoding="utf-8"))
    assert "13 uur" in start and "3 weken" in start and "5 schooldagen" in start  # afwijkingen()
    contact = (site / "regio" / REGIO / "contact" / "index.html").read_text(encoding="utf-8")
    assert f'href="mailto:{EMAIL}"' in contact


def test_nieuwe_getallen_in_het_stroomschema(site):
    stappen = _schema((site / "regio" / REGIO / "stappenplan" / "index.html").read_text(encoding="utf-8"),
                      "stappenplan")
    for tekst in ("vanaf 13 uur", "meer dan 3 weken", "vanaf 5 schooldagen"):
        assert tekst in stappen, tekst
    assert stappen.count("<svg") == 1 and "<ol>" in stappen  # the chart and its text alternative
    melding = _schema((site / "regio" / REGIO / "meldcriteria" / "index.html").read_text(encoding="utf-8"), "melding")
    assert "minstens 13 uur" in melding
    # the law's chart on wet/melden-duo keeps the law's number
    wet = _schema((site / "wet" / "melden-duo" / "index.html").read_text(encoding="utf-8"), "melding")
    assert "minstens 16 uur" in wet and "13 uur" not in wet


def test_nieuwe_getallen_in_de_vergelijking_en_in_het_menu(site):
    html = (site / "vergelijk" / "index.html").read_text(encoding="utf-8")
    rij = next(r for r in re.findall(r"<tr>.*?</tr>", html, re.S) if 'data-parameter="melding_uren"' in r)
    assert "West-Friesland" in html and "13 uur" in rij and "strenger" in rij
    # the menu entry came from the profile and the folder; mkdocs.yml was not edited
    assert (ROOT / "mkdocs.yml").read_bytes() == (site.parent / "mkdocs.yml").read_bytes()
    html = (site / "regio" / REGIO / "index.html").read_text(encoding="utf-8")
    nav = html[:html.index("<article")]  # the sidebar menu comes before the content
    volgorde = list(dict.fromkeys(re.findall(r'href="(meldcriteria|stappenplan|contact)/"', nav)))
    assert volgorde == ["meldcriteria", "stappenplan", "contact"]


def test_rekenhulpen_rekenen_met_de_nieuwe_getallen(project, monkeypatch):
    monkeypatch.setenv("VERZUIMWIJZER_PROFIELEN", str(project / "calculators" / "profielen"))
    profielen.wis_cache()
    try:
        uit = run("stappenplan", {"regio": REGIO, "ongeoorloofde_uren": 13, "weken_aaneengesloten_afwezig": 4,
                                  "aaneengesloten_ziektedagen": 5})
        assert "fouten" not in uit, uit
        redenen = {s["id"]: " ".join(s["redenen"]) for s in uit["stappen"]}
        assert "≥ 13 uur" in redenen["melden_duo"]
        assert "> 3 weken" in redenen["thuiszitter"]
        assert "≥ 5 schooldagen" in redenen["ziekteverzuim"]
        # the law still says 16: the same input under 'landelijk' does not report
        wet = run("stappenplan", {"regio": "landelijk", "ongeoorloofde_uren": 13})
        assert "melden_duo" not in [s["id"] for s in wet["stappen"]]
    finally:
        profielen.wis_cache()
    # and from the fork's own command line
    r = _draai(project, "-m", "calculators", "stappenplan", "--invoer",
               json.dumps({"regio": REGIO, "ongeoorloofde_uren": "13"}))
    assert r.returncode == 0 and "≥ 13 uur" in r.stdout


def test_eigen_site_bevat_alleen_deze_regio(eigen_site):
    paginas = [p.relative_to(eigen_site).as_posix() for p in eigen_site.rglob("*.html")]
    andere = [p for p in paginas if any(p.startswith(f"regio/{r}/") for r in ANDERE)]
    assert not andere, andere[:5]
    assert f"regio/{REGIO}/stappenplan/index.html" in paginas
    for blijft in ("wet/melden-duo/index.html", "rollen/school/index.html", "achtergrond/index.html",
                   "vergelijk/index.html", "over/index.html"):
        assert blijft in paginas, blijft
    # no page links to a page that is not in this build
    for pad in eigen_site.rglob("*.html"):
        html = pad.read_text(encoding="utf-8")
        assert not any(f"regio/{r}/" in html for r in ANDERE), pad
    start = (eigen_site / "index.html").read_text(encoding="utf-8")
    assert "Verzuimwijzer West-Friesland" in start and "Routeboek van West-Friesland" in start
    assert '<meta name="vw-regio" content="west-friesland">' in start
    vergelijk = (eigen_site / "vergelijk" / "index.html").read_text(encoding="utf-8")
    assert "13 uur" in vergelijk and "Haaglanden" not in vergelijk
    # every calculator offers only this region, chosen
    for pad in ("wet/thuiszitters/index.html", f"regio/{REGIO}/stappenplan/index.html"):
        html = (eigen_site / pad).read_text(encoding="utf-8")
        opties = re.findall(r'<select id="[^"]*-regio" name="regio"[^>]*>(.*?)</select>', html)
        assert opties and all(o == '<option value="west-friesland" selected>West-Friesland</option>' for o in opties)


def test_eigen_site_neemt_kleur_en_logo_uit_het_profiel(project, tmp_path):
    profiel = project / "calculators" / "profielen" / f"{REGIO}.toml"
    oud = profiel.read_text(encoding="utf-8")
    logo = project / "docs" / "regio" / REGIO / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>')
    try:
        profiel.write_text(oud.replace('# kleur = "teal"', 'kleur = "teal"').replace(
            f'# logo = "regio/{REGIO}/logo.svg"', f'logo = "regio/{REGIO}/logo.svg"'), encoding="utf-8")
        r = _bouw(project, tmp_path / "site", VERZUIMWIJZER_REGIO=REGIO)
        assert r.returncode == 0, (r.stdout + r.stderr)[-3000:]
        start = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
        assert 'data-md-color-primary="teal"' in start
        assert f'src="regio/{REGIO}/logo.svg"' in start
        # a colour the theme does not know stops the build, with file and key
        profiel.write_text(oud.replace('# kleur = "teal"', 'kleur = "turquoise"'), encoding="utf-8")
        r = _bouw(project, tmp_path / "site2", VERZUIMWIJZER_REGIO=REGIO)
        assert r.returncode != 0 and f"{REGIO}.toml, regio.kleur" in r.stdout + r.stderr
    finally:
        profiel.write_text(oud, encoding="utf-8")
        logo.unlink()


KAPOT = {
    "kapot-sleutel": ('[[parameter.melding_uren]]\nwaarde = 12\nwaarden = 12\nlabel = "x"\nbron = "protocol"\n'
                      'geldig_vanaf = 2025-08-01\n', "kapot-sleutel.toml, parameter.melding_uren[0].waarden"),
    "kapot-verlopen": ('[[parameter.melding_uren]]\nwaarde = 12\nlabel = "x"\nbron = "protocol"\n'
                       'geldig_vanaf = 2020-08-01\ngeldig_tot = 2021-07-31\n',
                       "kapot-verlopen.toml, parameter.melding_uren[0].geldig_tot"),
    "kapot-bron": ('[[parameter.melding_uren]]\nwaarde = 12\nlabel = "x"\ngeldig_vanaf = 2025-08-01\n',
                   "kapot-bron.toml, parameter.melding_uren[0].bron"),
    "kapot-toml": ('[[parameter.melding_uren]]\nwaarde = 12\nlabel = "x\n', "kapot-toml.toml, regel 10 (parameter.melding_uren.label)"),
}


def test_kapotte_profielen_stoppen_de_bouw_met_bestand_en_sleutel(bouw, tmp_path):
    map_ = tmp_path / "profielen"
    shutil.copytree(profielen.STANDAARD_MAP, map_)
    for naam, (blok, _) in KAPOT.items():
        (map_ / f"{naam}.toml").write_text(f'[regio]\nid = "{naam}"\nnaam = "{naam}"\n\n[bronnen.protocol]\n'
                                           f'titel = "Protocol"\n\n{blok}', encoding="utf-8")
    uit = bouw(tmp_path / "site", VERZUIMWIJZER_PROFIELEN=str(map_))
    assert uit.rc != 0
    for naam, (_, verwacht) in KAPOT.items():
        assert verwacht in uit.uitvoer, f"{naam}: '{verwacht}' niet in de uitvoer:\n{uit.uitvoer[-3000:]}"
    assert not (tmp_path / "site" / "index.html").exists()
