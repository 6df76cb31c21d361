"""The shape of the code (scripts/structuur.py): no import circle, no import from a lower layer into a higher one."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PAD = Path(__file__).resolve().parents[2] / "scripts" / "structuur.py"
_spec = importlib.util.spec_from_file_location("structuur", _PAD)
structuur = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(structuur)


def _graaf():
    return structuur.importen(structuur.modules())


def test_geen_importcirkel():
    assert structuur.cirkels(_graaf()) == []


def test_geen_import_omhoog():
    assert structuur.omhoog(_graaf()) == []


def test_elke_module_heeft_een_laag():
    assert [m for m in structuur.modules() if structuur.laag(m) is None] == []


def test_de_meting_ziet_een_cirkel_en_een_import_omhoog():
    graaf = {"calculators.keuzes": {"calculators.profielen"}, "calculators.profielen": {"calculators.keuzes"},
             "calculators.overzicht": {"calculators"}}
    assert structuur.cirkels(graaf) == [["calculators.keuzes", "calculators.profielen"]]
    assert ("calculators.profielen", "calculators.keuzes") in structuur.omhoog(graaf)
    assert ("calculators.overzicht", "calculators") in structuur.omhoog(graaf)


def test_testmodules_hebben_elk_een_eigen_naam():
    """pytest imports test modules by their base name (rootdir import mode): two test_x.py in different folders
    break the whole run's collection, which a run of one folder does not show."""
    from collections import Counter
    from pathlib import Path

    namen = Counter(p.name for p in (Path(__file__).resolve().parents[1]).rglob("test_*.py"))
    assert [n for n, k in namen.items() if k > 1] == []
