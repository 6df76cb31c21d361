"""No threshold typed by hand: every value of the law or of the page's region comes from a profile.

The site is built a second time from a copy of the profiles in which every whole-number parameter is
shifted by VERSCHUIVING. A value that a macro renders moves along ('16 uur' becomes '9016 uur'); a
value someone typed stays. The test then looks in the shifted build for the original thresholds, as
digits or Dutch number words followed by their unit ('16 uur', 'twaalf jaar', 'drie maanden'), or as
an ordinal before 'verjaardag' ('achttiende verjaardag'), outside quotations (blockquote, <q>, <cite>,
code, and text between double quotes such as DUO's category "16 uur in 4 weken").
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import eigen_woorden as ew
from calculators import profielen, woorden

VERSCHUIVING = 9000
# A unit as a page writes it: the first word of the profile's 'eenheid', and its usual other forms.
VORMEN = {"uur": ["uur", "uren"], "lesuren": ["lesuren", "uur"], "jaar": ["jaar"], "weken": ["weken"],
          "lesweken": ["lesweken"], "schoolweken": ["schoolweken"], "maanden": ["maanden"], "maand": ["maand"],
          "dagen": ["dagen"], "schooldagen": ["schooldagen"], "kalenderdagen": ["kalenderdagen"],
          "werkdagen": ["werkdagen"], "ziekmeldingen": ["ziekmeldingen"], "keer": ["keer"],
          "schooljaren": ["schooljaren"], "volledige": ["volledige schooljaren", "jaar"]}
RANG_NA = {"jaar": r"(?:verjaardag|levensjaar|jaar)", "ziekmeldingen": r"ziekmelding",
           "schooldagen": r"(?:schooldag|dag|ziektedag)"}
CITAAT = re.compile(r'"[^"\n]*"|“[^”\n]*”|„[^”\n]*”|‘[^’\n]*’|(?<!\w)\'[^\'\n]*\'(?!\w)')


def _patronen(regio: str) -> list[tuple[str, re.Pattern]]:
    """(description, pattern) for each whole-number threshold of the law (soort 'wet') and each one the
    region states itself. National guidance (DUO, Inspectie, M@ZL: soort 'beleid') is left out on pages
    of the law: those pages discuss and compare such figures. 'Een maand' is ordinary Dutch, not a value."""
    uit, gezien = [], set()
    ids = [profielen.BASIS] + ([regio] if regio != profielen.BASIS else [])
    for rid in ids:
        prof = profielen.laad(rid, profielen.STANDAARD_MAP)
        for pid in prof.eigen:
            for par in prof.versies(pid):
                w = par.waarde
                eenheid = (par.eenheid.split() or [""])[0]
                if isinstance(w, bool) or not isinstance(w, int) or eenheid not in VORMEN or (w, eenheid) in gezien:
                    continue
                if (rid == profielen.BASIS and par.soort != "wet") or eenheid == "maand":
                    continue
                gezien.add((w, eenheid))
                if " per " in par.eenheid:  # a rate: '5 uur per week' only counts in full
                    eenheden = re.escape(par.eenheid)
                else:
                    eenheden = "|".join(re.escape(x) for x in VORMEN[eenheid])
                getal = "|".join(re.escape(x) for x in {str(w), woorden.in_woorden(w), woorden.vorm(w, "", "woordgetal")})
                # '(?!\s+per)': 'twee dagen per week' is a rate, not the threshold '2 dagen'
                uit.append((f"{w} {eenheid} ({rid}: {pid})",
                            re.compile(rf"(?<![\w.,/-])(?:{getal})\s+(?:{eenheden})\b(?!\s+per\b)", re.I)))
                if eenheid in RANG_NA:
                    rang = "|".join(re.escape(x) for x in (f"{w}e", f"{w}ste", f"{w}de", woorden.rangtelwoord(w)))
                    uit.append((f"{woorden.rangtelwoord(w)} ({rid}: {pid})",
                                re.compile(rf"(?<![\w.,/-])(?:{rang})\s+{RANG_NA[eenheid]}\b", re.I)))
    return uit


def _regio_van(rel: str) -> str:
    deel = rel.split("/")
    return deel[1] if deel[0] == "regio" and len(deel) > 2 and deel[1] in profielen.regio_ids(profielen.STANDAARD_MAP) \
        else profielen.BASIS


def getypte_drempels(html: str, regio: str) -> list[str]:
    """The typed thresholds in a built page: ['12 jaar (landelijk: eigen_verantwoordelijkheid_leeftijd): «…»']."""
    gevonden = []
    patronen = _patronen(regio)
    # The calculators' forms are generated from Python (labels, hints); only the prose is checked here.
    for segment in ew.segmenten(html, uit_extra=frozenset({"form"})):
        tekst = CITAAT.sub(" ", segment)
        plekken = set()
        for wat, patroon in patronen:
            for m in patroon.finditer(tekst):
                if m.start() not in plekken:  # one report per place, even if two parameters share the value
                    plekken.add(m.start())
                    gevonden.append(f"{wat}: «{tekst[max(0, m.start() - 40):m.end() + 20]}»")
    return gevonden


def _verschoven_profielen(doel: Path) -> Path:
    """A copy of the profiles with every whole-number 'waarde' of a parameter raised by VERSCHUIVING."""
    shutil.copytree(profielen.STANDAARD_MAP, doel)
    for pad in doel.glob("*.toml"):
        uit, in_parameter = [], False
        for regel in pad.read_text(encoding="utf-8").splitlines(keepends=True):
            kop = re.match(r"\s*\[\[?([^\]]+)\]\]?", regel)
            if kop:
                in_parameter = kop.group(1).strip().startswith("parameter.")
            m = re.match(r"(\s*waarde\s*=\s*)(\d+)(\s*(#.*)?)$", regel)
            if in_parameter and m:
                regel = f"{m.group(1)}{int(m.group(2)) + VERSCHUIVING}{m.group(3)}\n"
            uit.append(regel)
        pad.write_text("".join(uit), encoding="utf-8")
    return doel


def test_herkent_getypte_drempels():
    html = ("<article><p>Vanaf twaalf jaar is de leerling zelf verantwoordelijk; tot de achttiende verjaardag "
            "geldt de kwalificatieplicht.</p><p>Art. 16 Lpw; op 16 mei; na <q>16 uur</q>; melding \"16 uur in "
            "4 weken\"; 9016 uur.</p><blockquote><p>twaalf jaar</p></blockquote></article>")
    gevonden = getypte_drempels(html, profielen.BASIS)
    assert any(g.startswith("12 ") and "twaalf jaar" in g for g in gevonden), gevonden
    assert any(g.startswith("achttiende") for g in gevonden), gevonden
    assert len(gevonden) == 2, gevonden


@pytest.fixture(scope="module")
def verschoven_site(bouw, tmp_path_factory):
    map_ = tmp_path_factory.mktemp("verschoven")
    kopie = _verschoven_profielen(map_ / "profielen")
    gebouwd = bouw(map_ / "site", VERZUIMWIJZER_PROFIELEN=str(kopie))
    assert gebouwd.rc == 0, gebouwd.uitvoer[-4000:]
    return gebouwd


def test_geen_getypte_drempels_op_de_paginas(verschoven_site):
    fout = []
    for pad in sorted(verschoven_site.map.rglob("*.html")):
        rel = pad.relative_to(verschoven_site.map).as_posix()
        fout += [f"{rel}: {g}" for g in getypte_drempels(pad.read_text(encoding="utf-8"), _regio_van(rel))]
    assert not fout, ("Drempels die met de hand getypt zijn (gebruik p(), pw(), ww(), rw() of een plaatshouder in "
                      "het profiel; een citaat mag, gemarkeerd als <q>, <cite> of blockquote):\n" + "\n".join(fout))
