"""The CSP is in every built page (issue 17.8), and nothing in a page needs what it forbids."""

from __future__ import annotations

import re

from bouw.na import ALLEEN_HEADER, meta_beleid

_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def test_elke_pagina_draagt_het_beleid_voor_alles_wat_het_dekt(site, html_bestanden):
    beleid = (site.map / "csp.txt").read_text(encoding="utf-8").strip()
    assert len(html_bestanden) > 70
    for pad in html_bestanden:
        html = pad.read_text(encoding="utf-8")
        metas = _META.findall(html)
        assert metas == [meta_beleid(beleid)], pad
        # before any script or stylesheet: a meta policy covers only what follows it
        kop = html[: html.index("</head>")]
        assert kop.index("Content-Security-Policy") < min(
            (kop.index(t) for t in ("<script", "<link") if t in kop), default=len(kop)), pad


def test_csp_txt_houdt_wat_een_meta_tag_niet_kan(site):
    beleid = (site.map / "csp.txt").read_text(encoding="utf-8").strip()
    assert "frame-ancestors 'self'" in beleid
    meta = meta_beleid(beleid)
    assert not any(d in meta for d in ALLEEN_HEADER)
    assert "'unsafe-inline'" not in beleid and "'unsafe-eval'" not in beleid
    assert "style-src 'self'" in meta and "wasm-unsafe-eval" in meta


def test_geen_inline_stijl_in_enige_pagina(site, html_bestanden):
    """style-src 'self' forbids style attributes: table alignment comes as a class (docs/stylesheets/tabellen.css)."""
    met_stijl = {p.relative_to(site.map).as_posix(): len(re.findall(r"<[a-z][^>]*\sstyle=", p.read_text("utf-8")))
                 for p in html_bestanden}
    assert {k: v for k, v in met_stijl.items() if v} == {}
    tabel = site.html("achtergrond/protocollen-vergeleken/index.html")
    assert tabel.count('class="vw-rechts"') > 20
    assert "stylesheets/tabellen.css" in tabel


def test_hosting_pagina_beweert_niets_wat_niet_klopt(site):
    tekst = site.html("over/hosting/index.html")
    assert "geen enkele overtreding" not in tekst
    assert "http-equiv" in tekst and "csp.txt" in tekst and "frame-ancestors" in tekst
