"""The built pages' aids around the calculators (bouw/na.py, macros/rekenhulp.py; issue 12)."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import calculators

ROOT = Path(__file__).resolve().parents[2]
from bouw.na import AFKORTINGEN, AFKORTINGEN_JSON, afkortingen  # noqa: E402


def test_afkortingen_json_is_de_begrippenlijst_van_de_site(site):
    gebouwd = json.loads((site.map / AFKORTINGEN_JSON).read_text(encoding="utf-8"))
    regels = [r for r in AFKORTINGEN.read_text(encoding="utf-8").splitlines() if r.startswith("*[")]
    assert gebouwd == afkortingen()
    assert len(gebouwd) == len(regels) > 50
    assert gebouwd["JES"].startswith("Jeugdhulp en School") and gebouwd["M@ZL"]


class _Velden(HTMLParser):
    """Per calculator block: which fields sit inside its 'Meer opties' disclosure, which outside."""

    def __init__(self):
        super().__init__()
        self.blokken, self._in_meer = [], 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and a.get("class") == "vw-rekenhulp":
            self.blokken.append({"naam": a["data-rekenhulp"], "binnen": [], "buiten": []})
        elif tag == "details" and a.get("class") == "vw-meer":
            self._in_meer = 1
        elif "data-veld" in a and self.blokken:
            self.blokken[-1]["binnen" if self._in_meer else "buiten"].append(a["data-veld"])

    def handle_endtag(self, tag):
        if tag == "details":
            self._in_meer = 0


def test_meer_opties_op_elke_pagina_volgens_het_schema(site, html_bestanden):
    gezien = set()
    for pad in html_bestanden:
        lezer = _Velden()
        lezer.feed(pad.read_text(encoding="utf-8"))
        for blok in lezer.blokken:
            velden = calculators.schema(blok["naam"])["velden"]
            assert blok["binnen"] == [v["naam"] for v in velden if v.get("meer_opties")], pad
            # in the form, the questions the answer depends on come first (macros/rekenhulp.py)
            vooraan = [n for n in ("regio", "vakantieregio") if any(v["naam"] == n for v in velden)]
            verwacht = vooraan + [v["naam"] for v in velden if not v.get("meer_opties") and v["naam"] not in vooraan]
            assert blok["buiten"] == verwacht, pad
            assert "peildatum" in blok["binnen"]
            gezien.add(blok["naam"])
    assert gezien  # the content embeds calculators


def test_skiplink_alleen_op_paginas_met_een_rekenhulp(site, html_bestanden):
    met = 0
    for pad in html_bestanden:
        html = pad.read_text(encoding="utf-8")
        ids = re.findall(r'<div class="vw-rekenhulp" data-rekenhulp="[^"]+" id="([^"]+)"', html)
        links = re.findall(r'<a href="#([^"]+)-formulier" class="md-skip vw-skip"', html)
        assert links == ids, pad
        for i in ids:  # the link's target exists
            assert f'<form class="vw-formulier" id="{i}-formulier"' in html, pad
        met += bool(ids)
    assert met > 10


def test_velden_van_een_regio_alleen_bij_die_regio():
    """Haaglanden-only fields (gemeente, eerste datum zorgwekkend verzuim) are hidden in another region's form
    and carry the regions that use them, for the browser to show them when one of those is chosen (issue 15)."""
    sys.path.insert(0, str(ROOT))
    from macros.rekenhulp import formulier

    def veld(html: str, naam: str) -> str:
        m = re.search(rf'<div class="vw-veld" data-veld="{naam}"[^>]*>', html)
        assert m, naam
        return m.group(0)

    amsterdam, haaglanden = formulier("stappenplan", "amsterdam-diemen"), formulier("stappenplan", "haaglanden")
    for naam in ("gemeente", "eerste_datum_zorgwekkend"):
        assert 'data-regios="haaglanden"' in veld(amsterdam, naam) and " hidden" in veld(amsterdam, naam)
        assert " hidden" not in veld(haaglanden, naam)
    assert " hidden" not in veld(amsterdam, "keer_te_laat")  # Amsterdam has a te-laat step
    assert " hidden" in veld(formulier("stappenplan", "landelijk"), "keer_te_laat")  # the law has none
    assert "data-regios" not in veld(amsterdam, "ongeoorloofde_uren")  # every region uses it
