"""Benchmark (not a test): time to fill the documents of an answer, and what the templates add to the
zip the browser downloads. Run: .venv/bin/python scripts/bench_documenten.py
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from calculators import documenten_json, run  # noqa: E402
from bench_calculators import VOORBEELDEN  # noqa: E402
from bouw import pyodide as pyodide_bouw  # noqa: E402

SCENARIO_S = {
    "verlof": VOORBEELDEN["verlof"],
    "verlof (vakantie)": {"soort": "vakantie", "eerste_dag": "2026-03-09", "laatste_dag": "2026-03-13",
                          "vakantieregio": "midden"},
    "melding_16_uur": {**VOORBEELDEN["melding_16_uur"], "registraties": VOORBEELDEN["melding_16_uur"]["registraties"]
                       + [{"datum": "2025-10-07", "uren": 6}]},
    "ziekteverzuim": VOORBEELDEN["ziekteverzuim"],
    "stappenplan": VOORBEELDEN["stappenplan"],
}


def main() -> None:
    print(f"{'antwoord':<22} {'documenten':>10} {'ms (mediaan)':>13} {'tekens':>8}")
    for label, invoer in SCENARIO_S.items():
        naam = label.split(" ")[0]
        antwoord = run(naam, invoer)
        a_json, i_json = json.dumps(antwoord), json.dumps(invoer)
        uit = json.loads(documenten_json(naam, i_json, a_json))
        tijden = []
        for _ in range(30):
            t0 = time.perf_counter()
            documenten_json(naam, i_json, a_json)
            tijden.append((time.perf_counter() - t0) * 1000)
        tekens = sum(len(d["tekst"]) for d in uit.get("documenten", []))
        print(f"{label:<22} {len(uit.get('documenten', [])):>10} {statistics.median(tijden):>13.2f} {tekens:>8}")
    met = (pyodide_bouw.bouw_artefacten(pyodide_bouw.pyodide_versie())["map"] / "calculators.whl").read_bytes()
    with zipfile.ZipFile(io.BytesIO(met)) as z:
        eigen = [i for i in z.infolist() if "/documenten/" in i.filename]
        print(f"\ncalculators-zip: {len(met)} bytes; documenten: {len(eigen)} bestanden, "
              f"{sum(i.compress_size for i in eigen)} bytes gecomprimeerd "
              f"({sum(i.file_size for i in eigen)} ongecomprimeerd)")
    js = sum((ROOT / "overrides/assets/rekenhulp" / n).stat().st_size for n in ("document.mjs", "document.css"))
    print(f"document.mjs + document.css: {js} bytes (alleen geladen na een antwoord)")


if __name__ == "__main__":
    main()
