"""A page that states a rule's outcome takes it from the rule at build time (macros/voorbeeld.py, issue 15)."""

from __future__ import annotations

import html as html_mod
import re

from calculators import profielen, run
from calculators.regels import ziekte


def _tekst(site, pad: str) -> str:
    h = site.html(pad)
    tekst = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", h[h.index("<article"):h.index("</article>")]))
    return re.sub(r" ([.,;:)])", r"\1", html_mod.unescape(tekst))  # 'DUO .' where an <abbr> ended


def test_drechtsteden_paginas_zeggen_wat_de_regel_zegt_over_ziekte_en_duo(site):
    regel = ziekte.melden_bij_ziekte(profielen.laad("drechtsteden"))
    for pad in ("regio/drechtsteden/meldcriteria/index.html", "regio/drechtsteden/stappenplan/index.html"):
        tekst = _tekst(site, pad)
        assert regel["duo_zin"] in tekst, pad
        assert "Volgens de procedure meldt de school dan ook bij DUO" not in tekst
    assert "melden bij DUO: alleen bij twijfel aan de ziekte" in _tekst(site, "regio/drechtsteden/meldcriteria/index.html")


def test_rekenvoorbeelden_zijn_de_uitkomst_van_de_rekenhulp(site):
    p = profielen.laad("amsterdam-diemen")
    kern = run("stappenplan", {"regio": "amsterdam-diemen",
                               "keer_te_laat": p.waarde("preventief_spreekuur_te_laat") + 1})["kern"]
    assert "preventief verzuimspreekuur" in kern and kern in _tekst(site, "regio/amsterdam-diemen/situaties/index.html")
    h = profielen.laad("haaglanden")
    kern = run("stappenplan", {"regio": "haaglanden", "gemeente": "Leidschendam-Voorburg",
                               "weken_aaneengesloten_afwezig": h.waarde("escalatie_management") + 1})["kern"]
    assert "regisseur" in kern and kern in _tekst(site, "regio/haaglanden/route-3-met-schoolinschrijving/index.html")
