"""Benchmark (not a test): the full build's time (python -m bouw, median of 3) with MkDocs and with ProperDocs,
the ratio between them, and the number of pages.

Target on a 2-core machine: <= 15 s for the whole site, Pyodide copy included.
Run: .venv/bin/python scripts/bench_site.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOEL_SECONDEN = 15.0


def bouw(doel: Path, generator: str = "mkdocs") -> float:
    env = dict(os.environ)
    env.pop("VERZUIMWIJZER_PROFIELEN", None)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bouw", "-q", "-d", str(doel), "--generator", generator],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    duur = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"python -m bouw faalde:\n{proc.stdout}{proc.stderr}")
    return duur


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        doel = Path(tmp) / "site"
        # Alternated, so both generators see the same machine load.
        alle = {g: [] for g in ("mkdocs", "properdocs")}
        for _ in range(runs):
            for g in alle:
                alle[g].append(bouw(doel, g))
        tijden = alle["mkdocs"]
        paginas = [p for p in doel.rglob("*.html") if p.name != "404.html"]
        bronnen = list((ROOT / "docs").rglob("*.md"))
        grootte = sum(p.stat().st_size for p in doel.rglob("*") if p.is_file())
    mediaan = statistics.median(tijden)
    for g, t in alle.items():
        print(f"python -m bouw --generator {g}: mediaan {statistics.median(t):.2f} s over {runs} runs "
              f"({', '.join(f'{x:.2f}' for x in t)})")
    print(f"verhouding properdocs/mkdocs: {statistics.median(alle['properdocs']) / mediaan:.2f}")
    print(f"pagina's: {len(paginas)} HTML ({len(bronnen)} Markdown-bronnen); site {grootte / 1e6:.1f} MB")
    print(f"doel <= {DOEL_SECONDEN:.0f} s: {'gehaald' if mediaan <= DOEL_SECONDEN else 'NIET gehaald'}")


if __name__ == "__main__":
    main()
