"""Benchmark (not a test): full `mkdocs build --strict` time (median of 3) and the number of pages.

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


def bouw(doel: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("VERZUIMWIJZER_PROFIELEN", None)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(doel)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    duur = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"mkdocs build --strict faalde:\n{proc.stdout}{proc.stderr}")
    return duur


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        doel = Path(tmp) / "site"
        tijden = [bouw(doel) for _ in range(runs)]
        paginas = [p for p in doel.rglob("*.html") if p.name != "404.html"]
        bronnen = [p for p in (ROOT / "docs").rglob("*.md") if "includes" not in p.relative_to(ROOT / "docs").parts]
        grootte = sum(p.stat().st_size for p in doel.rglob("*") if p.is_file())
    mediaan = statistics.median(tijden)
    print(f"mkdocs build --strict: mediaan {mediaan:.2f} s over {runs} runs "
          f"({', '.join(f'{t:.2f}' for t in tijden)})")
    print(f"pagina's: {len(paginas)} HTML ({len(bronnen)} Markdown-bronnen); site {grootte / 1e6:.1f} MB")
    print(f"doel <= {DOEL_SECONDEN:.0f} s: {'gehaald' if mediaan <= DOEL_SECONDEN else 'NIET gehaald'}")


if __name__ == "__main__":
    main()
