"""The calculators' unit tests, run again inside Pyodide (Python 3.14 on WebAssembly) under Node, against
the artifacts the site ships: the compiled standard library and the compiled wheel."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from artefacten import ROOT, artefacten

WIELEN = ROOT / "vendor" / "test-wheels"


def test_unit_tests_slagen_in_pyodide_tegen_het_gebouwde_wiel():
    if not shutil.which("node"):
        pytest.fail("node ontbreekt")
    if not any(WIELEN.glob("pytest-*.whl")):
        pytest.fail(f"geen wheels in {WIELEN}: draai 'make vendor'")
    a = artefacten()
    r = subprocess.run(["node", "tools/pytest-in-pyodide.mjs", "--wiel", str(a.wiel), "--stdlib", str(a.stdlib),
                        ".", str(WIELEN)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, f"unit tests in Pyodide faalden:\n{r.stdout[-6000:]}\n{r.stderr[-3000:]}"
    assert " passed" in r.stdout
    # The tests really ran against the wheel's bytecode, not the repo's sources.
    assert "calculators uit /lib/python3.14/site-packages/calculators/__init__.pyc" in r.stdout, r.stdout[:2000]
