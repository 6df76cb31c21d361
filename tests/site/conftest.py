"""Site tests: build the site once per session (strict), then inspect the built files.

The build runs in a subprocess into a temporary folder, so it never touches ``site/`` and several
people can build at the same time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


@dataclass
class Bouw:
    map: Path
    rc: int
    uitvoer: str
    seconden: float

    def html(self, pad: str) -> str:
        return (self.map / pad).read_text(encoding="utf-8")


def bouw_site(doel: Path, generator: str = "mkdocs", **extra_env: str) -> Bouw:
    """The full build (python -m bouw: the steps around the generator too), as make build runs it."""
    env = {k: v for k, v in os.environ.items() if k != "VERZUIMWIJZER_PROFIELEN"}
    env.update(extra_env)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bouw", "-d", str(doel), "--generator", generator],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    return Bouw(doel, proc.returncode, proc.stdout + proc.stderr, time.perf_counter() - start)


@pytest.fixture(scope="session")
def bouw():
    """bouw_site(doel, generator="mkdocs", **env): the full build in a subprocess."""
    return bouw_site


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Bouw:
    """The site as built from the repository, in strict mode."""
    bouw = bouw_site(tmp_path_factory.mktemp("site") / "site")
    if bouw.rc != 0:
        pytest.fail(f"python -m bouw faalde (rc {bouw.rc}):\n{bouw.uitvoer[-4000:]}", pytrace=False)
    return bouw


@pytest.fixture(scope="session")
def html_bestanden(site) -> list[Path]:
    return sorted(site.map.rglob("*.html"))
