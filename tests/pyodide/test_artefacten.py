"""The Python the site ships: the calculators' wheel and the standard library, compiled for the shipped
Pyodide (bouw/pyodide.py), checked against that runtime itself under Node."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import subprocess
import zipfile
from functools import lru_cache

from artefacten import ROOT, artefacten, hook

START = ROOT / "tests" / "pyodide" / "start.mjs"
# Header of an "unchecked hash" pyc (PEP 552): magic, flags 0b01, then the source hash.
ONGECONTROLEERDE_HASH = (1).to_bytes(4, "little")


@lru_cache(maxsize=2)
def pyodide(*args: str) -> dict:
    r = subprocess.run(["node", str(START), *args], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def kaal() -> dict:
    return pyodide()


def met_artefacten() -> dict:
    a = artefacten()
    return pyodide(str(a.stdlib), str(a.wiel))


def test_bytecode_is_van_de_meegeleverde_runtime():
    runtime = kaal()
    for pad in (artefacten().wiel, artefacten().stdlib):
        with zipfile.ZipFile(pad) as z:
            pycs = [n for n in z.namelist() if n.endswith(".pyc")]
            assert pycs, pad
            for naam in pycs:
                kop = z.read(naam)[:8]
                assert kop[:4].hex() == runtime["magic"], (pad.name, naam)
                assert kop[4:8] == ONGECONTROLEERDE_HASH, (pad.name, naam)
    assert artefacten().verslag["wiel"]["python"] == runtime["python"]


def _pakket_bestanden() -> set[str]:
    pakket = ROOT / "calculators"
    return {p.relative_to(ROOT).as_posix() for p in pakket.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


def test_wiel_bevat_het_hele_pakket_als_bytecode_zonder_bronnen():
    with zipfile.ZipFile(artefacten().wiel) as z:
        namen = set(z.namelist())
        record = next(n for n in namen if n.endswith(".dist-info/RECORD"))
        regels = list(csv.reader(io.StringIO(z.read(record).decode())))
        # RECORD matches the files (pip and importlib.metadata rely on it).
        for naam, digest, grootte in regels:
            if naam == record:
                continue
            data = z.read(naam)
            assert digest == "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert int(grootte) == len(data)
        assert {r[0] for r in regels} == namen
    pakket = {n for n in namen if n.startswith("calculators/")}
    # Every file of calculators/ (new subpackages and data files too), each .py as .pyc only.
    verwacht = {n + "c" if n.endswith(".py") else n for n in _pakket_bestanden()}
    assert pakket == verwacht, (sorted(verwacht - pakket), sorted(pakket - verwacht))
    assert not any(n.endswith(".py") for n in namen)


def test_stdlib_is_die_van_pyodide_met_de_startmodules_gecompileerd():
    with zipfile.ZipFile(hook().PYODIDE_NPM / "python_stdlib.zip") as z:
        origineel = set(z.namelist())
    with zipfile.ZipFile(artefacten().stdlib) as z:
        ons = set(z.namelist())
    # Nothing lost: each file is there, as source or as bytecode.
    assert {n[:-1] if n.endswith(".pyc") else n for n in ons} == origineel
    # Every module Pyodide's own start-up imports from the zip is bytecode.
    zip_pad = kaal()["stdlib"] + "/"
    start = {f[len(zip_pad):] for f, _ in kaal()["modules"].values() if f.startswith(zip_pad)}
    assert len(start) > 100
    assert {n + "c" for n in start} <= ons
    assert not start & ons  # and no longer as source


def test_runtime_op_de_artefacten_compileert_niets():
    uit = met_artefacten()
    assert uit["eerste_dag"] == "2025-09-01"
    # Frozen modules (built into the runtime) name a .py but are never compiled; all others: bytecode.
    def uit_bron(modules):
        return {naam for naam, (f, loader) in modules.items() if f.endswith(".py") and loader != "FrozenImporter"}
    bron = uit_bron(uit["modules"])
    assert uit["modules"]["json"] == [uit["stdlib"] + "/json/__init__.pyc", "zipimporter"]
    assert len(uit_bron(kaal()["modules"])) > 100  # bare Pyodide compiles its start-up from sources
    assert not bron, f"uit bronnen gecompileerd bij het starten: {sorted(bron)}"
    calculators = {n: v for n, v in uit["modules"].items() if n.split(".")[0] == "calculators"}
    assert len(calculators) > 10
    for naam, (pad, loader) in calculators.items():
        assert pad.startswith("/lib/python3.14/site-packages/calculators/") and pad.endswith(".pyc"), naam
        assert loader == "SourcelessFileLoader", naam
    assert uit["pycache"] == []


def test_zelfde_bronnen_geven_dezelfde_bytes(tmp_path):
    """Content-hashed URLs only change when something changed: the compile step is deterministic."""
    a = artefacten()
    (tmp_path / "w.whl").write_bytes(a.bron_wiel.read_bytes())
    (tmp_path / "s.zip").write_bytes((hook().PYODIDE_NPM / "python_stdlib.zip").read_bytes())
    subprocess.run(["node", str(ROOT / "tools" / "compileer-in-pyodide.mjs"), str(tmp_path), "w.whl", "w2.whl",
                    "s.zip", "s2.zip"], check=True, capture_output=True, cwd=ROOT, timeout=300)
    assert (tmp_path / "w2.whl").read_bytes() == a.wiel.read_bytes()
    assert (tmp_path / "s2.zip").read_bytes() == a.stdlib.read_bytes()
