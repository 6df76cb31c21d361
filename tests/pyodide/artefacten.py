"""The build's Python artifacts (bouw/pyodide.py), made or taken from its cache."""

from __future__ import annotations

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


def hook():
    """The build step that makes them (bouw/pyodide.py)."""
    from bouw import pyodide

    return pyodide


@lru_cache(maxsize=1)
def artefacten() -> Artefacten:
    h = hook()
    uit = h.bouw_artefacten(h.pyodide_versie())
    map_ = uit.pop("map")
    return Artefacten(map_ / "calculators.whl", map_ / "stdlib.zip", map_ / "bron.whl", uit)
