"""What the pages say where they used to say more or less than their source (issue 9, 'Law and sources')."""

from __future__ import annotations

import re

import pytest

from macros.profiel import MARKERING, vergelijk


def _tekst(site, pad: str) -> str:
    html = site.html(pad)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[html.index("<article"):html.index("</article>")]))


def test_mazl_is_een_landelijke_richtlijn_geen_wet():
    """A region that repeats M@ZL (soort 'beleid' in landelijk) repeats guidance, not the law."""
    assert vergelijk("mazl_ziekmeldingen", "drechtsteden")[1] == MARKERING["herhaalt_richtlijn"]
    assert vergelijk("melding_uren", "drechtsteden")[1] == MARKERING["herhaalt"]


def test_meldcriteria_en_legenda_noemen_de_richtlijn(site):
    assert "herhaalt de landelijke richtlijn" in _tekst(site, "regio/drechtsteden/meldcriteria/index.html")
    assert "herhaalt de landelijke richtlijn" in _tekst(site, "vergelijk/index.html")


def test_schooljarenregel_kan_eerder_eindigen(site):
    tekst = _tekst(site, "wet/leerplicht/index.html")
    assert "een jaar eerder" in tekst and "31 juli 2027" in tekst
    assert "levert dus geen eerder einde op" not in tekst


@pytest.mark.parametrize("pad, moet", [
    ("regio/zuid-kennemerland-ijmond/stappenplan/index.html", "geen periode"),
    ("regio/zuid-kennemerland-ijmond/ziekteverzuim/index.html", "schoolweken"),
    ("regio/amsterdam-diemen/situaties/index.html", "tot en met"),
    ("regio/drechtsteden/stappenplan/index.html", "twijfel"),
    ("regio/drechtsteden/stappenplan/index.html", "Stap 7 zelf heeft geen grens"),
    ("regio/haaglanden/contacten/index.html", "een rol"),
    ("regio/drechtsteden/beleid/index.html", "Het stroomschema ontbreekt"),
])
def test_interpretatie_staat_op_de_pagina(site, pad, moet):
    assert moet in _tekst(site, pad)


def test_twijfelachtig_adres_is_geen_link(site):
    for pad in ("regio/drechtsteden/meldpunt-thuiszitters/index.html", "regio/drechtsteden/contact/index.html"):
        html = site.html(pad)
        assert "meldpunthuiszitters@swvdrechtsteden.nl" in html
        assert "mailto:meldpunthuiszitters" not in html
        assert "Controleer het e-mailadres van het Meldpunt" in _tekst(site, pad)


def test_bron_midden_in_de_zin_is_een_voetnoot(site):
    html = site.html("regio/haaglanden/jes-mdo/index.html")
    assert 'class="footnote"' in html
    assert "samenwerkingspartners (Fase 2" not in _tekst(site, "regio/haaglanden/jes-mdo/index.html")


def test_geen_dubbel_gemiddeld(site):
    assert "(gemiddeld)" not in _tekst(site, "regio/zuid-kennemerland-ijmond/rollen/index.html")
