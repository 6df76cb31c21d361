"""The law as it stands on 4 December 2026, in the built site (issue 15, 'The law as it stands' and the
hard errors on pages): citations to the version in force, DUO's register by its new name, the RMC age from
the profile, one list of DUO report categories, and the sentences that used to be wrong."""

from __future__ import annotations

import html as html_mod
import re
import shutil
from pathlib import Path

import pytest

from calculators import profielen
from macros.profiel import DUO_MELDCATEGORIEEN

ROOT = Path(__file__).resolve().parents[2]
BRONBESTANDEN = [p for p in [*(ROOT / "docs").rglob("*.md"), *(ROOT / "calculators").rglob("*.toml"),
                             *(ROOT / "calculators").rglob("*.py"), *(ROOT / "macros").rglob("*.py")]]
RMC_VERSCHUIVING = 4


def _tekst(html: str) -> str:
    """The readable text of a page's article (or the whole page), tags removed, whitespace collapsed."""
    if "<article" in html:
        html = html[html.index("<article"):html.index("</article>")]
    return html_mod.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


def _paginas(site) -> dict[str, str]:
    return {p.relative_to(site.map).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(site.map.rglob("*.html"))}


@pytest.fixture(scope="module")
def paginas(site) -> dict[str, str]:
    return _paginas(site)


def test_leerplichtwet_links_naar_de_geldende_versie(paginas):
    oud = [rel for rel, html in paginas.items() if "BWBR0002628/2024-01-01" in html]
    oud += [str(p.relative_to(ROOT)) for p in BRONBESTANDEN if "BWBR0002628/2024-01-01" in p.read_text(encoding="utf-8")]
    assert not oud, f"Leerplichtwet-links naar de versie van 2024-01-01: {oud}"
    assert "BWBR0002628/2026-08-01" in paginas["wet/verlof/index.html"]


def test_bron_zegt_welke_tekst_is_gecontroleerd(paginas):
    lpw = profielen.laad("landelijk").parameter("melding_uren")[0].bron
    assert lpw.gecontroleerd == "2026-12-04" and lpw.als_dict()["gecontroleerd"] == "2026-12-04"
    # the value linked to its source names the checked text in its title ...
    assert "tekst geldend op 4 december 2026" in paginas["vergelijk/index.html"]
    # ... and so does the list of sources
    assert re.search(r"Leerplichtwet 1969 \(geldend vanaf 1 augustus 2026\)\s*</a>\s*\(tekst geldend op 4 december 2026\)",
                     paginas["over/index.html"])


def test_verzuimregister_alleen_als_voorheen_naast_rod(paginas):
    los = re.compile(r"verzuimregister", re.I)
    naast_rod = re.compile(r"ROD\s*[(,]\s*voorheen verzuimregister", re.I)  # '<abbr>ROD</abbr>, voorheen …'

    fout = []
    for rel, html in paginas.items():
        if rel.startswith("search/"):
            continue
        tekst = _tekst(html)
        if len(los.findall(tekst)) != len(naast_rod.findall(tekst)):
            fout.append(rel)
    for pad in BRONBESTANDEN:
        tekst = pad.read_text(encoding="utf-8")
        if pad.suffix != ".md" and len(los.findall(tekst)) != len(naast_rod.findall(tekst)):
            fout.append(str(pad.relative_to(ROOT)))
    assert not fout, f"'verzuimregister' zonder 'ROD (voorheen …)': {fout}"
    assert re.search(r"ROD\s*\(voorheen verzuimregister\)", _tekst(paginas["wet/melden-duo/index.html"]))


def test_een_lijst_duo_meldcategorieen(paginas):
    alle = " ".join(_tekst(h) for r, h in paginas.items() if not r.startswith("search/"))
    assert not re.search(r"vier soorten", alle, re.I)
    namen = [naam.replace('\\"', '"') for naam, _ in DUO_MELDCATEGORIEEN]
    zin = "vijf meldcategorieën: " + ", ".join(namen[:-1]) + " en " + namen[-1]
    def kaal(s: str) -> str:  # tags became spaces: 'verzuim ( LRV )'
        return re.sub(r"\s+", "", s)
    assert kaal(zin) in kaal(_tekst(paginas["begrippen/index.html"]))
    assert kaal(zin) in kaal(_tekst(paginas["regio/zuid-kennemerland-ijmond/contact/index.html"]))
    # the table on Melden bij DUO has exactly these categories, in this order
    html = paginas["wet/melden-duo/index.html"]
    tabel = html[html.index('id="de-meldcategorieen"'):]
    tabel = tabel[tabel.index("<tbody>"):tabel.index("</tbody>")]
    eerste_cellen = [_tekst(c).strip() for c in re.findall(r"<tr>\s*<td>(.*?)</td>", tabel, re.S)]
    assert [kaal(c).lower() for c in eerste_cellen] == [kaal(n).lower() for n in namen]


def test_zeven_dagen_regel_is_mag_volstaan(paginas):
    alle = " ".join(_tekst(h) for r, h in paginas.items() if not r.startswith("search/"))
    assert "hoogstens één melding" not in alle and "hoogstens één per" not in alle
    assert "mag de school volstaan met één melding per 7 kalenderdagen" in _tekst(paginas["wet/melden-duo/index.html"])


def test_zk_lesuren_zijn_de_strengere_grens(paginas):
    tekst = _tekst(paginas["regio/zuid-kennemerland-ijmond/melden-duo/index.html"])
    assert "later dan de wet" not in tekst and "Tel daarom de gemiste tijd" not in tekst
    assert "Strenger dan de wet" in tekst and "strengere, regionale grens" in tekst
    zk = profielen.laad("zuid-kennemerland-ijmond").parameter("melding_uren")[0]
    assert zk.verhouding == "strenger" and "strenger dan de wet" in zk.toelichting
    assert "later dan de wet" not in (ROOT / "calculators/overzicht/__init__.py").read_text(encoding="utf-8")


def test_vrijstelling_geldt_van_rechtswege(paginas):
    vragen = _tekst(paginas["vragen/index.html"])
    assert "beoordeelt de aanvraag" not in vragen
    assert "kennisgeving" in vragen and "van rechtswege" in vragen
    for rel in ("index.html", "over/index.html", "begrippen/index.html"):
        tekst = _tekst(paginas[rel])
        assert not re.search(r"en (over )?vrijstellingen beslist|beslist over [^.]*en over vrijstellingen", tekst), rel
        assert "kennisgeving" in tekst, rel
        assert "verlof boven de grens van de directeur" not in tekst, rel


def test_kleinere_tegenspraken_weg(paginas):
    alle = " ".join(_tekst(h) for r, h in paginas.items() if not r.startswith("search/"))
    assert "per schooljaar per schooljaar" not in alle
    assert "mbo niveau 2)" not in alle and "mbo niveau 2 of hoger" in _tekst(paginas["vragen/index.html"])
    assert "<code>melding_uren</code>" not in paginas["vergelijk/index.html"]
    assert "Leerplicht beslist over verlofaanvragen" not in _tekst(paginas["regio/haaglanden/taken-ketenpartners/index.html"])
    assert "Eerste datum van zorgwekkend verzuim" in _tekst(paginas["begrippen/index.html"])
    assert "Wat is de eerste datum van zorgwekkend verzuim?" in _tekst(paginas["regio/haaglanden/fase-3b-opschalen/index.html"])


def test_vier_weken_van_amsterdam_en_haaglanden_gelijk_beoordeeld():
    from macros.profiel import vergelijk
    marks = {r: vergelijk("melding_lesweken", r)[1] for r in ("amsterdam-diemen", "drechtsteden", "haaglanden")}
    assert len(set(marks.values())) == 1, marks
    for r in marks:
        assert profielen.laad(r).parameter("melding_lesweken")[0].eenheid == "weken"


def test_rmc_leeftijd_is_gedateerd():
    prof = profielen.laad("landelijk")
    oud, nu = prof.versies("rmc_tot_leeftijd")
    assert (oud.waarde, oud.geldig_tot.isoformat(), nu.waarde, nu.geldig_vanaf.isoformat()) == (23, "2025-12-31", 27, "2026-01-01")
    assert "9.2.1" in nu.bron.artikel and "8.1.8" in oud.bron.artikel
    from calculators.profiel_check import verhouding
    assert verhouding("zuid-kennemerland-ijmond", "rmc_tot_leeftijd")[1] != "herhaalt de wet"


RMC_PAGINAS = ["wet/melden-duo/index.html", "wet/kwalificatieplicht/index.html", "vragen/index.html",
               "regio/zuid-kennemerland-ijmond/wettelijk-kader/index.html"]


@pytest.fixture(scope="module")
def rmc_verschoven(bouw, tmp_path_factory):
    """A build from a copy of the profiles in which only the law's current RMC age is raised."""
    map_ = tmp_path_factory.mktemp("rmc")
    kopie = map_ / "profielen"
    shutil.copytree(profielen.STANDAARD_MAP, kopie)
    pad = kopie / "landelijk.toml"
    tekst = pad.read_text(encoding="utf-8")
    nieuw = re.sub(r"(\[\[parameter\.rmc_tot_leeftijd\]\]\nwaarde = )27\n", rf"\g<1>{27 + RMC_VERSCHUIVING}\n", tekst)
    assert nieuw != tekst
    pad.write_text(nieuw, encoding="utf-8")
    gebouwd = bouw(map_ / "site", VERZUIMWIJZER_PROFIELEN=str(kopie))
    assert gebouwd.rc == 0, gebouwd.uitvoer[-4000:]
    return gebouwd


@pytest.mark.parametrize("pad", RMC_PAGINAS)
def test_rmc_leeftijd_komt_uit_het_profiel(paginas, rmc_verschoven, pad):
    nu, verschoven = _tekst(paginas[pad]), _tekst(rmc_verschoven.html(pad))
    assert "27 jaar" in nu and "23e" not in nu
    assert f"{27 + RMC_VERSCHUIVING} jaar" in verschoven and "27 jaar" not in verschoven
    # the legal trigger is stated exactly: four consecutive weeks, or a shorter period the school sets
    assert re.search(r"ten minste (4|vier) aaneengesloten weken", nu) and "kortere periode die de school" in nu


def test_melden_duo_noemt_geen_getypte_rmc_leeftijd(paginas):
    tekst = _tekst(paginas["wet/melden-duo/index.html"])
    assert not re.search(r"\btot 23\b|nog geen 23\b", tekst)
    assert "daarvoor was het 23 jaar" in tekst
