"""Benchmark (not a test): verzuimoverzicht in CPython through the CLI path, on the mix of a real school.

The file: a Magister-like export per lesuur (';', Windows-1252, Dutch dates), one school year, a quarter of
the rows sickness in mostly short reports spread over every pupil (maak_exports --ziek 0.25), 1,500 pupils
per 200,000 rows. Printed per size (50k, 200k, 800k, 1M rows):

* CPU seconds of decoding + run() (the CLI path, best of N), against plain ``csv`` parsing of the same text
  (counting the rows: the floor any reader pays). Target at 200,000 rows: at most 8 x the csv parse.
* microseconds per row (linear growth: about constant);
* peak memory per row of the whole CLI path in a fresh process (ru_maxrss above the interpreter with the
  package loaded, the file's bytes and text included). Target: at most 300 bytes a row.

Run: make bench-overzicht   (or with --rijen 200000 for one size)
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import maak_exports  # noqa: E402

from calculators import run  # noqa: E402
from calculators.overzicht.lezen import decodeer  # noqa: E402

INVOER = {"regio": "haaglanden", "peildatum": "2026-07-03"}
ZIEK = 0.25

# One size measured in a fresh process: its peak memory is this run's alone.
# The high-water mark is read from /proc (VmHWM): getrusage's ru_maxrss survives fork and exec, so a child of
# this benchmark would start at the parent's peak.
GEHEUGEN = """
import json, sys
sys.path.insert(0, {root!r})
from calculators import run
from calculators.overzicht.lezen import decodeer
def piek():
    with open("/proc/self/status") as f:
        return next(int(r.split()[1]) for r in f if r.startswith("VmHWM:"))
voor = piek()
data = open({pad!r}, "rb").read()
tekst, codering = decodeer(data)
del data
uit = run("verzuimoverzicht", {{**{invoer!r}, "bestand": tekst, "codering": codering}})
print(json.dumps({{"kb": piek() - voor, "rijen": uit["samenvatting"]["rijen_gelezen"]}}))
"""


def export(rijen: int) -> bytes:
    return maak_exports.magister(maak_exports.Model(max(1, rijen * 1500 // 200_000), rijen, seed=1, ziek_aandeel=ZIEK))


def cpu_run(data: bytes) -> tuple[float, dict]:
    c = time.process_time()
    tekst, codering = decodeer(data)
    uit = run("verzuimoverzicht", {**INVOER, "bestand": tekst, "codering": codering})
    return time.process_time() - c, uit


def cpu_csv(data: bytes) -> float:
    tekst, _ = decodeer(data)
    c = time.process_time()
    sum(1 for _ in csv.reader(io.StringIO(tekst, newline=""), delimiter=";"))
    return time.process_time() - c


def geheugen_per_rij(data: bytes) -> float:
    with tempfile.NamedTemporaryFile(suffix=".csv", delete=False) as f:
        f.write(data)
    try:
        code = GEHEUGEN.format(root=str(ROOT), pad=f.name, invoer=INVOER)
        uit = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                        check=True).stdout)
    finally:
        os.unlink(f.name)
    return uit["kb"] * 1024 / uit["rijen"]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rijen", type=int, nargs="*", default=[50_000, 200_000, 800_000, 1_000_000])
    p.add_argument("--herhalingen", type=int, default=3)
    a = p.parse_args()
    belasting = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"verzuimoverzicht in CPython, CLI-pad (decoderen + run()), export per lesuur met {ZIEK:.0%} ziekte, "
          f"1.500 leerlingen per 200.000 regels; beste van {a.herhalingen}. Belasting van de machine: {belasting:.1f}\n")
    print("     regels   run() CPU   csv CPU   x csv   µs/regel   geheugen/regel")
    for rijen in a.rijen:
        data = export(rijen)
        cpu_run(data[:20_000])  # warm up: profiles, calendar
        gemeten = [cpu_run(data) for _ in range(a.herhalingen)]
        beste, uit = min(gemeten, key=lambda x: x[0])
        assert "fouten" not in uit, uit["fouten"]
        basis = min(cpu_csv(data) for _ in range(a.herhalingen))
        n = uit["samenvatting"]["rijen_gelezen"]
        per_rij = geheugen_per_rij(data)
        print(f"  {n:>9,}   {beste:7.2f} s  {basis:6.3f} s  {beste / basis:5.1f}   {beste / n * 1e6:7.2f}"
              f"       {per_rij:6.0f} B")
        if rijen == 200_000:
            doel = (beste / basis, per_rij)
    if 200_000 in a.rijen:
        print(f"\n200.000 regels: {doel[0]:.1f} x csv (doel ≤ 8), {doel[1]:.0f} bytes per regel (doel ≤ 300). "
              f"Signalen: {uit['samenvatting']['signalen']}")


if __name__ == "__main__":
    main()
