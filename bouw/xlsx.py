"""openpyxl's pure-Python wheels in the built site, for XLSX exports in the browser.

The Makefile downloads the pinned wheels from PyPI into vendor/xlsx-wheels/ (``make vendor``). They are
copied to ``py/xlsx/`` with a list ``wielen.json``; the worker loads them with ``pyodide.loadPackage(<url>)``
only when someone chooses an XLSX file, so no other page pays for them. Nothing comes from an index or CDN.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bouw.fout import BouwFout

ROOT = Path(__file__).resolve().parents[1]
WIELEN = ROOT / "vendor" / "xlsx-wheels"
NODIG = ("openpyxl-", "et_xmlfile-")
DOEL = "py/xlsx/"


def wielen() -> list[Path]:
    gevonden = sorted(WIELEN.glob("*-none-any.whl"))
    ontbreekt = [n for n in NODIG if not any(p.name.startswith(n) for p in gevonden)]
    if ontbreekt:
        raise BouwFout(f"De wheels voor XLSX ontbreken in {WIELEN} ({', '.join(n.rstrip('-') for n in ontbreekt)}). "
                       "Draai 'make vendor' (of 'make build').")
    return gevonden


def kopieer(site: Path) -> None:
    doel = site / DOEL
    if doel.exists():
        shutil.rmtree(doel)
    doel.mkdir(parents=True)
    namen = []
    for wiel in wielen():
        shutil.copyfile(wiel, doel / wiel.name)
        namen.append(wiel.name)
    (doel / "wielen.json").write_text(json.dumps(namen) + "\n", encoding="utf-8")
