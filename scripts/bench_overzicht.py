"""Benchmark (not a test): verzuimoverzicht in CPython through the CLI path.

Target: 200,000 rows (1,500 pupils, one school year) <= 2 s, and linear growth (µs per row about constant).
The CLI path: the file's bytes are decoded as the CLI does (calculators.overzicht.lezen.decodeer), then run(),
then the answer as JSON (what the CLI prints). Run: make bench-overzicht
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import maak_exports  # noqa: E402

from calculators import run  # noqa: E402
from calculators.overzicht.lezen import decodeer  # noqa: E402

INVOER = {"regio": "haaglanden", "peildatum": "2026-07-03"}


def cli_pad(data: bytes) -> tuple[float, dict]:
    t = time.perf_counter()
    tekst, codering = decodeer(data)
    uit = run("verzuimoverzicht", {**INVOER, "bestand": tekst, "codering": codering})
    json.dumps(uit, ensure_ascii=False)
    return time.perf_counter() - t, uit


def meet(leerlingen: int, rijen: int, herhalingen: int) -> tuple[float, int, dict]:
    model = maak_exports.Model(leerlingen, rijen, seed=1)
    data = maak_exports.magister(model)
    cli_pad(data)  # warm up (profiles, calendar)
    tijden = []
    for _ in range(herhalingen):
        s, uit = cli_pad(data)
        assert "fouten" not in uit, uit["fouten"]
        tijden.append(s)
    return statistics.median(tijden), model.rijen, uit


def main() -> None:
    print("verzuimoverzicht in CPython, Magister-achtige export per lesuur (één schooljaar), via het CLI-pad")
    print("(decoderen + run() + JSON), mediaan van 3:\n")
    s, n, uit = meet(1500, 200_000, 3)
    sv = uit["samenvatting"]
    print(f"  {n:>7,} regels, {sv['leerlingen']} leerlingen: {s:6.2f} s  "
          f"({'OK' if s <= 2 else 'BOVEN DOEL'}: doel ≤ 2 s)   signalen: {sv['signalen']}")
    print("\nGroei met het aantal regels (1.500 leerlingen; lineair = µs per regel ongeveer gelijk):")
    vorige = None
    for rijen in (25_000, 50_000, 100_000, 200_000):
        s, n, _ = meet(1500, rijen, 3)
        groei = f"   x{s / vorige[1]:.2f} bij x{n / vorige[0]:.1f} regels" if vorige else ""
        print(f"  {n:>7,} regels: {s:6.2f} s   {s / n * 1e6:5.1f} µs per regel{groei}")
        vorige = (n, s)


if __name__ == "__main__":
    main()
