"""Two generators, one site (issue 19): the full build with ProperDocs gives the pages, the search index and the
calculators' files that the default build with MkDocs gives. ProperDocs keeps the site buildable when MkDocs 1.x
is gone; this test notices the day the two drift apart."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

# The one thing that differs between the two outputs: the theme's <meta name="generator"> ("mkdocs-1.6.1, …" vs
# "mkdocs-ProperDocs 1.6.7, …"). Anything else that differs fails the test.
_GENERATOR_SPOOR = re.compile(r'<meta name="generator" content="[^"]*">')


@pytest.fixture(scope="module")
def tweede(bouw, tmp_path_factory):
    b = bouw(tmp_path_factory.mktemp("properdocs") / "site", generator="properdocs")
    if b.rc != 0:
        pytest.fail(f"python -m bouw --generator properdocs faalde (rc {b.rc}):\n{b.uitvoer[-4000:]}", pytrace=False)
    return b


def _bestanden(map_: Path) -> dict[str, Path]:
    return {p.relative_to(map_).as_posix(): p for p in map_.rglob("*") if p.is_file()}


def _termen(map_: Path) -> dict[str, set[str]]:
    """Per search entry (location): its title and the words of its text, as the search index holds them."""
    index = json.loads((map_ / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {d["location"]: {d["title"], *re.findall(r"\w+", re.sub(r"<[^>]+>", " ", d["text"]))}
            for d in index["docs"]}


def test_zelfde_bestanden(site, tweede):
    een, twee = _bestanden(site.map), _bestanden(tweede.map)
    assert sorted(een.keys() - twee.keys()) == [] and sorted(twee.keys() - een.keys()) == []
    assert sum(k.endswith(".html") for k in een) > 60
    # and the second really is the other generator
    assert "ProperDocs" in _GENERATOR_SPOOR.search(tweede.html("index.html")).group(0)
    assert "ProperDocs" not in _GENERATOR_SPOOR.search(site.html("index.html")).group(0)


def test_zelfde_paginas(site, tweede):
    """Every file byte for byte, except the tag that names the generator."""
    verschil = []
    for rel, pad in _bestanden(site.map).items():
        if rel.endswith((".html", ".js", ".mjs", ".css", ".json", ".xml", ".txt")):
            a = _GENERATOR_SPOOR.sub("", pad.read_text(encoding="utf-8"))
            b = _GENERATOR_SPOOR.sub("", (tweede.map / rel).read_text(encoding="utf-8"))
            if a != b:
                verschil.append(rel)
        elif rel != "sitemap.xml.gz" and pad.read_bytes() != (tweede.map / rel).read_bytes():
            verschil.append(rel)  # the gzip header holds a time stamp; its xml is compared above
    assert verschil == []


def test_zelfde_zoekindex(site, tweede):
    een, twee = _termen(site.map), _termen(tweede.map)
    assert een.keys() == twee.keys() and len(een) > 300
    assert {k: een[k] ^ twee[k] for k in een if een[k] != twee[k]} == {}
    assert any("leerplichtambtenaar" in termen for termen in een.values())


def test_zelfde_csp_en_rekenhulpen(site, tweede):
    assert (site.map / "csp.txt").read_text() == (tweede.map / "csp.txt").read_text()
    assert sorted(p.name for p in (site.map / "py").glob("calculators-*.whl")) == \
        sorted(p.name for p in (tweede.map / "py").glob("calculators-*.whl"))
