"""The README serves its readers in order (issue 21): the two commands, then what a school uses, then a region's
coordinator step by step; internals (wheels, bytecode) last. Every command it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
KOPPEN = re.findall(r"^## (.+)$", README, re.M)


def _plek(kop: str) -> int:
    return README.index(f"\n## {kop}")


def test_eerst_de_twee_commandos():
    eerste_blok = re.search(r"```sh\n(.*?)```", README, re.S)[1]
    assert [r.split("#")[0].strip() for r in eerste_blok.strip().splitlines()] == ["make serve", "make test"]
    assert README.index("```sh") < README.index("\n## ")


def test_geen_vaste_poort_in_de_tekst():
    assert re.search(r"^PORT\s*\?=", MAKEFILE, re.M)
    assert "8000" not in README
    assert "PORT" in README


def test_volgorde_lezer_coordinator_techniek():
    assert KOPPEN[0] == "Voor lezers en scholen"
    assert _plek("Voor lezers en scholen") < _plek("Een eigen regio maken") < _plek("Techniek (voor ontwikkelaars)")
    techniek = _plek("Techniek (voor ontwikkelaars)")
    for woord in ("wheel", "bytecode", "stdlib"):
        assert README.index(woord) > techniek, woord


def test_regio_maken_stap_voor_stap():
    deel = README[_plek("Een eigen regio maken"):_plek("Techniek (voor ontwikkelaars)")]
    stappen = re.findall(r"\*\*Stap (\d+)\. ([^*]+)\*\*", deel)
    assert [int(n) for n, _ in stappen] == list(range(1, len(stappen) + 1)) and len(stappen) >= 4
    titels = " ".join(t.lower() for _, t in stappen)
    for wat in ("regio", "profiel", "pagina", "controleren", "bouwen"):
        assert wat in titels, wat
    for commando in ("make nieuwe-regio", "make profiel-check", "make serve", "make test"):
        assert commando in deel, commando


def test_elk_make_commando_bestaat():
    doelen = set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, re.M))
    genoemd = set(re.findall(r"\bmake ([a-z][a-z-]*)", README))
    assert genoemd and genoemd <= doelen, genoemd - doelen
