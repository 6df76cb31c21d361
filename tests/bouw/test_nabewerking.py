"""The HTML post-processing over the built site (bouw/na.py), on small pages."""

from __future__ import annotations

import pytest

from bouw import na
from bouw.fout import BouwFout

BELEID = ("default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; "
          "frame-ancestors 'self'; report-uri /csp")


def test_uitlijning_wordt_een_klasse():
    html = ('<tr><th style="text-align: right;">Uren</th><th>Naam</th></tr>'
            '<tr><td style="text-align: center;">5</td><td style="text-align: left;">x</td></tr>')
    uit = na.uitlijning_als_klasse(html)
    assert "style=" not in uit
    assert uit.count('class="vw-rechts"') == 1 and uit.count('class="vw-midden"') == 1
    assert uit.count('class="vw-links"') == 1


def test_andere_stijlen_blijven_staan():
    """Only the table alignment Python-Markdown writes is rewritten; anything else stays (and the site test fails)."""
    html = '<td style="color: red">x</td><p style="text-align: right;">y</p>'
    assert na.uitlijning_als_klasse(html) == html


def test_meta_beleid_laat_weg_wat_een_meta_tag_niet_kan():
    assert na.meta_beleid(BELEID) == "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'"


def test_meta_staat_direct_na_charset():
    html = '<html><head>\n<meta charset="utf-8">\n<script src="a.js"></script></head><body></body></html>'
    uit = na.csp_meta(html, BELEID)
    assert uit.index("Content-Security-Policy") < uit.index("<script")
    assert '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src' in uit


def test_zonder_head_faalt_de_bouw():
    with pytest.raises(BouwFout):
        na.csp_meta("<p>los</p>", BELEID)


def test_beleid_hasht_inline_scripts_maar_niet_json():
    pagina = '<script>var a=1</script><script type="application/json">{"x": 1}</script><script src="b.js"></script>'
    beleid = na.csp([pagina])
    assert beleid.count("'sha256-") == 1
