"""The Python runtime and the calculators for the built site, self-hosted.

* Pyodide's runtime files come from node_modules/pyodide (pinned in package.json) into ``pyodide/<version>/``:
  a new version gets a new path, so caches never mix two runtimes.
* The ``calculators`` package becomes its own pure-Python wheel (setuptools, from pyproject.toml, so every
  subpackage and data file is in it) with its ``.py`` compiled to the bytecode of the shipped Pyodide.
* The standard library likewise: Pyodide's python_stdlib.zip holds sources only, so every visit would compile
  the ~150 modules its start-up imports; ``py/stdlib-<hash>.zip`` has exactly those (and ours) as bytecode.
  Both are made inside Pyodide under Node (tools/compileer-in-pyodide.mjs): the build's CPython cannot write
  Python 3.14 bytecode. Cached in .cache/pyodide-bouw/ by the hash of their inputs.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bouw.fout import BouwFout

ROOT = Path(__file__).resolve().parents[1]
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
# python_stdlib.zip is not shipped: the site has its own, partly compiled copy (py/stdlib-<hash>.zip).
RUNTIME = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json")
PAKKET = ROOT / "calculators"
# What the wheel is built from (copied to a temporary folder, so the checkout gets no build/ litter).
WIEL_BRONNEN = ("pyproject.toml", "README.md", "calculators")
COMPILEER = (ROOT / "tools" / "compileer-in-pyodide.mjs", ROOT / "tools" / "pyc_in_pyodide.py")
CACHE = ROOT / ".cache" / "pyodide-bouw"


def pyodide_versie() -> str:
    pakket = PYODIDE_NPM / "package.json"
    if not pakket.is_file():
        raise BouwFout(f"Pyodide ontbreekt: {pakket} niet gevonden. Draai eerst 'npm ci'.")
    return json.loads(pakket.read_text(encoding="utf-8"))["version"]


def controleer_runtime(versie: str) -> None:
    ontbreekt = [n for n in (*RUNTIME, "python_stdlib.zip") if not (PYODIDE_NPM / n).is_file()]
    if ontbreekt:
        raise BouwFout(f"Pyodide {versie}: bestanden ontbreken in {PYODIDE_NPM}: {', '.join(ontbreekt)}. "
                       "Andere Pyodide-versies gebruiken andere bestandsnamen; controleer package.json.")


def _bron_bestanden() -> list[Path]:
    uit = []
    for naam in WIEL_BRONNEN:
        pad = ROOT / naam
        uit += [pad] if pad.is_file() else sorted(
            p for p in pad.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    return uit


def _invoer_hash(versie: str) -> str:
    """Of everything the two artifacts are made from: sources, build tools and the Pyodide version."""
    h = hashlib.sha256(versie.encode())
    for pad in _bron_bestanden() + [*COMPILEER, PYODIDE_NPM / "python_stdlib.zip"]:
        h.update(pad.relative_to(ROOT).as_posix().encode() + b"\0" + pad.read_bytes())
    return h.hexdigest()[:16]


def _draai(cmd: list[str], wat: str) -> str:
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise BouwFout(f"{wat} mislukte ({' '.join(cmd[:4])} …):\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    return r.stdout


def bouw_artefacten(versie: str) -> dict:
    """The compiled wheel and standard library, from the cache or built now (a few seconds)."""
    if not (PAKKET / "__init__.py").is_file():
        raise BouwFout(f"Het pakket calculators ontbreekt in {PAKKET}.")
    map_ = CACHE / _invoer_hash(versie)
    if (map_ / "bouw.json").is_file():
        return {**json.loads((map_ / "bouw.json").read_text(encoding="utf-8")), "map": map_}
    if not shutil.which("node"):
        raise BouwFout("node ontbreekt: nodig om de rekenhulpen voor Pyodide te compileren.")
    with tempfile.TemporaryDirectory(prefix="vw-wiel-") as tmp:
        werk = Path(tmp)
        bron = werk / "bron"
        for pad in _bron_bestanden():
            doel = bron / pad.relative_to(ROOT)
            doel.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(pad, doel)
        # The package's own wheel, as pip would build it for an install (no dependencies: there are none).
        _draai([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
                "-w", str(werk), str(bron)], "Het wheel van de rekenhulpen bouwen")
        wielen = list(werk.glob("*.whl"))
        if len(wielen) != 1:
            raise BouwFout(f"Verwacht één wheel, gevonden: {[w.name for w in wielen]}")
        shutil.copyfile(PYODIDE_NPM / "python_stdlib.zip", werk / "stdlib-bron.zip")
        uit = _draai(["node", str(COMPILEER[0]), str(werk), wielen[0].name, "calculators.whl",
                      "stdlib-bron.zip", "stdlib.zip"], "Compileren in Pyodide")
        verslag = json.loads(uit.strip().splitlines()[-1])
        verslag["wiel_naam"] = wielen[0].name
        CACHE.mkdir(parents=True, exist_ok=True)
        tijdelijk = Path(tempfile.mkdtemp(prefix=map_.name + ".", dir=CACHE))
        for naam in ("calculators.whl", "stdlib.zip"):
            shutil.copyfile(werk / naam, tijdelijk / naam)
        shutil.copyfile(wielen[0], tijdelijk / "bron.whl")  # the sources' wheel: for the benchmark's sizes
        (tijdelijk / "bouw.json").write_text(json.dumps(verslag, indent=1) + "\n", encoding="utf-8")
    for oud in CACHE.iterdir():  # one entry per input: the old ones are of no use any more
        if oud.is_dir() and oud.name != map_.name and not oud.name.startswith(map_.name + "."):
            shutil.rmtree(oud, ignore_errors=True)
    try:
        tijdelijk.rename(map_)  # atomic: a build running alongside sees all or nothing
    except OSError:
        shutil.rmtree(tijdelijk, ignore_errors=True)  # the other build was first; same bytes
    return {**verslag, "map": map_}


def kopieer_runtime(site: Path, pyodide_pad: str) -> None:
    doel = site / pyodide_pad
    doel.mkdir(parents=True, exist_ok=True)
    for naam in RUNTIME:
        shutil.copyfile(PYODIDE_NPM / naam, doel / naam)
