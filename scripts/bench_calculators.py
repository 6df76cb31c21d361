"""Benchmark (not a test): median time per call of each calculator, and melding_16_uur on long lists.

Target on a 2-core machine: <= 1 ms per call for single answers; linear growth for lists.
Run: .venv/bin/python scripts/bench_calculators.py
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from calculators import namen_met_formulier, run  # noqa: E402
from calculators.kalender import Kalender  # noqa: E402

VOORBEELDEN = {
    "leerplicht_start": {"geboortedatum": "2020-07-14", "vakantieregio": "midden"},
    "leerplicht_einde": {"geboortedatum": "2010-08-01", "eerste_volledige_schooljaar": 2014},
    "kwalificatieplicht": {"geboortedatum": "2008-09-20", "startkwalificatie_datum": "2025-07-10"},
    "vrijstelling_vijfjarige": {"geboortedatum": "2020-05-10", "datum": "2025-09-15", "uren_per_week": 7,
                                "vakantieregio": "noord"},
    "verlof": {"soort": "gewichtige_omstandigheden", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-06",
               "eerder_verleend_dagen": 7, "vakantieregio": "noord"},
    "melding_16_uur": {"vakantieregio": "midden", "registraties": [
        {"datum": "2025-09-11", "uren": 6}, {"datum": "2025-09-15", "uren": 6}, {"datum": "2025-10-06", "uren": 6}]},
    "ziekteverzuim": {"onderwijssoort": "vo", "vakantieregio": "midden", "ziekmeldingen": [
        {"eerste_dag": "2025-09-08", "laatste_dag": "2025-09-09"}, {"eerste_dag": "2025-09-22", "laatste_dag": "2025-09-22"},
        {"eerste_dag": "2025-10-06", "laatste_dag": "2025-10-07"}, {"eerste_dag": "2025-11-03",
                                                                     "laatste_dag": "2025-11-13"}],
                      "peildatum": "2026-11-23"},
    "stappenplan": {"regio": "haaglanden", "ongeoorloofde_uren": 18, "weken_aaneengesloten_afwezig": 5,
                    "eerste_datum_zorgwekkend": "2026-01-05", "gemeente": "Rijswijk", "peildatum": "2026-03-09"},
}


def mediaan_ms(naam: str, invoer: dict, herhalingen: int) -> float:
    tijden = []
    for _ in range(herhalingen):
        t = time.perf_counter()
        uit = run(naam, invoer)
        tijden.append((time.perf_counter() - t) * 1000)
        assert "fouten" not in uit, uit
    return statistics.median(tijden)


def registraties(aantal: int, seed: int = 1) -> list[dict]:
    """Lists of the same density at every length: on 40% of school days, one to three lesson hours
    (one registration each), from 2023-08-28 on. Long lists run past the holiday data (approximation)."""
    rnd = random.Random(seed)
    kal = Kalender("midden")
    uit, d = [], dt.date(2023, 8, 28)
    while len(uit) < aantal:
        if kal.is_schooldag(d) and rnd.random() < 0.4:
            uit += [{"datum": d.isoformat(), "uren": 1}] * min(rnd.randint(1, 3), aantal - len(uit))
        d += dt.timedelta(days=1)
    return uit


def main() -> None:
    print("Mediane tijd per aanroep van run() (ms), 200 herhalingen na 5 opwarmrondes:")
    for naam in namen_met_formulier():  # verzuimoverzicht: scripts/bench_overzicht.py
        invoer = VOORBEELDEN[naam]
        mediaan_ms(naam, invoer, 5)
        ms = mediaan_ms(naam, invoer, 200)
        print(f"  {naam:<26} {ms:7.3f} ms   {'OK' if ms <= 1 else 'BOVEN DOEL (1 ms)'}")
    print("\nmelding_16_uur op lange lijsten (mediaan van 5; groei moet lineair zijn):")
    vorige = None
    for n in (1000, 2000, 5000, 10000):
        invoer = {"vakantieregio": "midden", "registraties": registraties(n), "peildatum": "2099-12-31"}
        ms = mediaan_ms("melding_16_uur", invoer, 5)
        per = ms / n * 1000
        groei = f"  x{ms / vorige[1]:.2f} bij x{n / vorige[0]:.1f} regels" if vorige else ""
        print(f"  {n:>6} registraties: {ms:8.1f} ms  ({per:.1f} µs per registratie){groei}")
        vorige = (n, ms)


if __name__ == "__main__":
    main()
