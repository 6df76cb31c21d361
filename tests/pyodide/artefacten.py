"""The build's Python artifacts (overrides/hooks/pyodide_bouw.py), made or taken from its cache."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Artefacten:
    wiel: Path
    stdlib: Path
    bron_wiel: Path
    verslag: dict


@lru_cache(maxsize=1)
def hook():
    spec = importlib.util.spec_from_file_location("pyodide_bouw", ROOT / "overrides" / "hooks" / "pyodide_bouw.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("pyodide_bouw", module)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def artefacten() -> Artefacten:
    h = hook()
    uit = h.bouw_artefacten(h.pyodide_versie())
    map_ = uit.pop("map")
    return Artefacten(map_ / "calculators.whl", map_ / "stdlib.zip", map_ / "bron.whl", uit)
