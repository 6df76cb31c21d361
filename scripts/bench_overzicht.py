"""Benchmark (not a test): verzuimoverzicht in CPython through the CLI path.

Target: 200,000 rows (1,500 pupils, one school year) <= 2 s, and linear growth (µs per row about constant).
The CLI path: the file's bytes are decoded as the CLI does (calculators.overzicht.lezen.decodeer), then run(),
then the answer as JSON (what the CLI prints). Run: make bench-overzicht
"""

from __future__ import annotations

import json
import os
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


def cli_pad(data: bytes) -> tuple[float, float, dict]:
    """(wall seconds, CPU seconds of this process, answer): CPU time is what the machine's load cannot inflate
    much; on an idle machine both are about equal."""
    t, c = time.perf_counter(), time.process_time()
    tekst, codering = decodeer(data)
    uit = run("verzuimoverzicht", {**INVOER, "bestand": tekst, "codering": codering})
    json.dumps(uit, ensure_ascii=False)
    return time.perf_counter() - t, time.process_time() - c, uit


def meet(leerlingen: int, rijen: int, herhalingen: int) -> tuple[float, float, int, dict]:
    model = maak_exports.Model(leerlingen, rijen, seed=1)
    data = maak_exports.magister(model)
    cli_pad(data[:20000])  # warm up (profiles, calendar)
    wand, cpu = [], []
    for _ in range(herhalingen):
        w, c, uit = cli_pad(data)
        assert "fouten" not in uit, uit["fouten"]
        wand.append(w)
        cpu.append(c)
    return statistics.median(wand), statistics.median(cpu), model.rijen, uit


def per_leerling_via_run() -> None:
    """Why the overview calls the rules' inner functions: the same rules through run() per pupil."""
    model = maak_exports.Model(1500, 200_000, seed=1)
    waarheid = model.waarheid()
    c = time.process_time()
    for w in waarheid.values():
        run("melding_16_uur", {**INVOER, "registraties": w["registraties"]})
        run("ziekteverzuim", {**INVOER, "ziekmeldingen": w["ziekmeldingen"]})
        run("stappenplan", {"regio": INVOER["regio"], "keer_te_laat": w["te_laat"]})
    print(f"\nTer vergelijking: melding_16_uur + ziekteverzuim + stappenplan via run() per leerling (1.500 leerlingen, "
          f"zonder het bestand te lezen): {time.process_time() - c:.2f} s CPU")


def main() -> None:
    belasting = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print("verzuimoverzicht in CPython, Magister-achtige export per lesuur (één schooljaar, 1.500 leerlingen),")
    print(f"via het CLI-pad (decoderen + run() + JSON), mediaan van 3. Belasting van de machine: {belasting:.1f}\n")
    print("   regels     wand      CPU   µs/regel (CPU)  groei")
    vorige, laatste = None, None
    for rijen in (25_000, 50_000, 100_000, 200_000):
        w, c, n, uit = meet(1500, rijen, 3)
        groei = f"x{c / vorige[1]:.2f} bij x{n / vorige[0]:.1f} regels" if vorige else ""
        print(f"  {n:>7,}  {w:6.2f} s  {c:6.2f} s  {c / n * 1e6:8.1f}        {groei}")
        vorige, laatste = (n, c), (w, c, uit)
    print("\nZelfde dichtheid, leerlingen mee met de regels (133 regels per leerling):")
    vorige = None
    for rijen in (25_000, 50_000, 100_000, 200_000):
        w, c, n, _ = meet(rijen * 1500 // 200_000, rijen, 3)
        groei = f"x{c / vorige[1]:.2f} bij x{n / vorige[0]:.1f} regels" if vorige else ""
        print(f"  {n:>7,}  {w:6.2f} s  {c:6.2f} s  {c / n * 1e6:8.1f}        {groei}")
        vorige = (n, c)
    per_leerling_via_run()
    w, c, uit = laatste
    sv = uit["samenvatting"]
    print(f"\n200.000 regels, {sv['leerlingen']} leerlingen: {c:.2f} s CPU ({w:.2f} s wand) — doel ≤ 2 s: "
          f"{'OK' if c <= 2 else 'BOVEN DOEL'}. Signalen: {sv['signalen']}")


if __name__ == "__main__":
    main()
