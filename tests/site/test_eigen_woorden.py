"""Own words: no unquoted run of twelve or more words from a source document in the built prose.

Quotations may be verbatim when marked (blockquote, <q>, <cite>; code too). The sources are not in the
repository: the test reads the hashes in data/seed_12grams.txt (scripts/seed_vingerafdruk.py).
"""

from __future__ import annotations

import pytest

import eigen_woorden as ew


@pytest.fixture(scope="module")
def bekend() -> set[str]:
    hashes = ew.lees_vingerafdruk()
    assert len(hashes) > 10_000, "vingerafdrukbestand lijkt leeg; draai scripts/seed_vingerafdruk.py"
    return hashes


def test_normalisatie_gelijk_aan_beide_kanten():
    assert ew.woorden("De ‘school’ meldt—direct (art. 21a),\n  M@ZL") == \
        ew.woorden("de 'SCHOOL' meldt - direct art 21a m zl")


def test_citaten_en_code_tellen_niet_mee():
    html = ("<article><p>Eigen zin <q>geciteerd stuk</q> verder <code>x = 1</code>.</p>"
            "<blockquote><p>wettekst</p></blockquote><ul><li>punt <cite>Titel</cite></li></ul></article>"
            "<p>buiten het artikel</p>")
    assert ew.segmenten(html) == ["Eigen zin", "verder", ".", "punt"]


def test_vindt_een_overgenomen_zin():
    zin = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien"
    bekend = {ew.vingerafdruk(s) for s in ew.shingles(ew.woorden(zin))}
    assert ew.overgenomen(f"Zo: {zin.upper()}! En dan iets anders.", bekend) == [zin]
    assert ew.overgenomen(" ".join(zin.split()[:11]) + " anders", bekend) == []
    assert ew.overgenomen(f"<q>{zin}</q>", set()) == []


def test_geen_zinnen_uit_de_bronnen(site, html_bestanden, bekend):
    fout = []
    for pad in html_bestanden:
        rel = pad.relative_to(site.map).as_posix()
        for segment in ew.segmenten(pad.read_text(encoding="utf-8")):
            fout += [f"{rel}: «{run}» ({len(run.split())} woorden)" for run in ew.overgenomen(segment, bekend)]
    assert not fout, ("Zinnen uit de bronnen, niet als citaat gemarkeerd (herschrijf ze, of markeer een citaat "
                      "met blockquote, <q> of <cite>):\n" + "\n".join(fout))
