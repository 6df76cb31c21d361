"""The calculators' unit tests, run again inside Pyodide (Python 3.14 on WebAssembly) under Node."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WIELEN = ROOT / "vendor" / "test-wheels"


def test_unit_tests_slagen_in_pyodide():
    if not shutil.which("node"):
        pytest.fail("node ontbreekt")
    if not (ROOT / "node_modules" / "pyodide").is_dir():
        pytest.fail("node_modules/pyodide ontbreekt: draai 'npm ci'")
    if not any(WIELEN.glob("pytest-*.whl")):
        pytest.fail(f"geen wheels in {WIELEN}: draai 'make vendor'")
    r = subprocess.run(["node", "tools/pytest-in-pyodide.mjs", ".", str(WIELEN)], cwd=ROOT,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, f"unit tests in Pyodide faalden:\n{r.stdout[-6000:]}\n{r.stderr[-3000:]}"
    assert " passed" in r.stdout
