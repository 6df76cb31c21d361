"""The whole build, one function: stack check, steps before, the generator, steps after.

``bouw(doel)`` is what ``make build``, the tests and the benchmarks call; ``generator`` picks MkDocs (default) or
ProperDocs, both reading mkdocs.yml with the same theme and macros.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bouw import na, pyodide, stapel, voor, xlsx
from bouw.fout import BouwFout

ROOT = Path(__file__).resolve().parents[1]
GENERATORS = ("mkdocs", "properdocs")


@dataclass
class Verslag:
    generator: str
    seconden: dict = field(default_factory=dict)  # per step
    meldingen: list = field(default_factory=list)


def bouw(doel: Path, generator: str = "mkdocs", stil: bool = False, meld=print) -> Verslag:
    """Build the site into ``doel``; raises BouwFout with a Dutch message when something is missing or wrong."""
    if generator not in GENERATORS:
        raise BouwFout(f"Onbekende generator '{generator}': kies uit {', '.join(GENERATORS)}.")
    verslag = Verslag(generator)
    t = time.perf_counter()

    uitslag = stapel.controleer_nu()
    if uitslag.fout:
        raise BouwFout(uitslag.tekst)
    if uitslag.niveau == "waarschuwing":
        meld(f"WAARSCHUWING: {uitslag.tekst}")
        verslag.meldingen.append(uitslag.tekst)

    config = voor.lees_config(ROOT / "mkdocs.yml")
    regio = voor.gekozen_regio(config)
    voor.controleer_profielen(ROOT / (config.get("docs_dir") or "docs"), meld=meld if not stil else lambda _: None)
    versie = pyodide.pyodide_versie()
    pyodide.controleer_runtime(versie)
    xlsx.wielen()  # fail early, before a long build
    gegevens = na.bouwgegevens(pyodide.bouw_artefacten(versie), versie)
    cfg = voor.schrijf_config(ROOT / "mkdocs.yml")
    verslag.seconden["voor"] = time.perf_counter() - t

    t = time.perf_counter()
    try:
        cmd = [sys.executable, "-m", generator, "build", "--strict", "-f", str(cfg), "-d", str(doel)]
        if stil:
            cmd.append("-q")
        r = subprocess.run(cmd, cwd=ROOT, env=os.environ, capture_output=stil, text=True)
    finally:
        cfg.unlink(missing_ok=True)
    if r.returncode != 0:
        uitvoer = f"\n{r.stdout[-4000:]}\n{r.stderr[-4000:]}" if stil else ""
        raise BouwFout(f"{generator} build --strict faalde (rc {r.returncode}).{uitvoer}")
    verslag.seconden["generator"] = time.perf_counter() - t

    t = time.perf_counter()
    na.nabewerk(Path(doel), gegevens, regio)
    verslag.seconden["na"] = time.perf_counter() - t
    return verslag
