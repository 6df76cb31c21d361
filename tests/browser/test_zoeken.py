"""The site's own search (Material's lunr worker, in Chromium) answers the questions staff ask (issue 21).

Each question in data/zoekvragen.toml is typed into the search box of the built site; the first result must be
a page that answers it. No re-implementation of the ranking: this is what a reader sees.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

VRAGEN = tomllib.loads((Path(__file__).parent / "data" / "zoekvragen.toml").read_text(encoding="utf-8"))["vraag"]
LEEG = "Typ om te beginnen met zoeken"  # Material's Dutch placeholder in the result list


def _eerste_resultaten(pagina, vraag: str) -> list[str]:
    invoer = pagina.locator(".md-search__input")
    # Settled states, no pauses: the empty list first, then the list for this query (Material searches on keyup).
    invoer.fill("")
    invoer.press("End")
    pagina.wait_for_function("t => document.querySelector('.md-search-result__meta').textContent.trim() === t", arg=LEEG)
    invoer.fill(vraag)
    invoer.press("End")
    pagina.wait_for_function("t => document.querySelector('.md-search-result__meta').textContent.trim() !== t", arg=LEEG)
    return pagina.locator(".md-search-result__item > a").evaluate_all(
        "as => as.map(a => new URL(a.href).pathname.slice(1))")


def test_minstens_dertig_vragen():
    assert len(VRAGEN) >= 30
    assert all(v["paginas"] for v in VRAGEN)


def test_eerste_zoekresultaat_per_vraag(pagina, base_url):
    pagina.set_viewport_size({"width": 1280, "height": 900})
    pagina.goto(base_url)
    pagina.locator(".md-search__input").click()
    fout = {}
    for v in VRAGEN:
        resultaten = _eerste_resultaten(pagina, v["tekst"])
        if not resultaten or resultaten[0] not in v["paginas"]:
            fout[v["tekst"]] = resultaten[:3]
    assert not fout, fout


def test_zoekwoorden_staan_niet_als_label_in_de_resultaten(pagina, base_url):
    pagina.set_viewport_size({"width": 1280, "height": 900})
    pagina.goto(base_url)
    pagina.locator(".md-search__input").click()
    assert _eerste_resultaten(pagina, "bruiloft")[0] == "wet/verlof/"
    tags = pagina.locator(".md-search-result .md-tags")
    assert all(not t.is_visible() for t in tags.all())
