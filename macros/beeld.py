"""A worked example drawn at build time: a made-up pupil's weeks, drawn by the same function as the overview.

``{{ verzuimbeeld("melding_16_uur") }}`` (melden-duo) and ``{{ verzuimbeeld("mazl") }}`` (ziekteverzuim-mazl) run a
small made-up export through run("verzuimoverzicht", …, toestand={}) for the page's region and draw the pupil
with calculators.overzicht.beeld.leerling_beeld: the page shows what the rule means without Python in the browser.
The export follows the region's own numbers (hours, number of sick reports), so nothing is typed here; a test
build that shifts every profile number by thousands gets a picture without a signal, never an error.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache
from html import escape

from calculators import profielen, run
from calculators.kalender import Kalender
from calculators.overzicht.beeld import DAGEN_KORT, SOORTEN, VENSTERS, kort_label, leerling_beeld

from macros.gemeen import _pagina_regio

LESUREN_PER_DAG = 4        # a made-up pupil misses four lessons a day
LESUUR_MINUTEN = 50
MAX_DAGEN = 30             # a shifted test build must not make a file of thousands of days
PEILDATUM = dt.date(2026, 3, 31)
BEGIN = dt.date(2026, 2, 9)    # a week before the spring holiday (midden, zuid) or two (noord), 2025-2026
NUMMER = "100001"


def _export(soort: str, profiel, kal) -> tuple[str, dt.date]:
    """The made-up pupil's rows and the first day to show."""
    if soort == "melding_16_uur":
        # every other school day four lessons, until the region's threshold; a holiday falls inside the window
        uren = profiel.parameter("melding_uren", PEILDATUM)[0]
        per_dag = LESUREN_PER_DAG if "lesuur" in uren.eenheid else LESUREN_PER_DAG * LESUUR_MINUTEN / 60
        dagen = min(MAX_DAGEN, math.ceil(uren.waarde / per_dag))
        data = kal.schooldagen(BEGIN, PEILDATUM)[::2][:dagen]
        regels = [f"{NUMMER};{d:%d-%m-%Y};{u};A" for d in data for u in range(1, LESUREN_PER_DAG + 1)]
        # once late on the window's last school day, so the picture runs to the end of the window
        lesweken = profiel.parameter("melding_lesweken", PEILDATUM)[0].waarde
        eind = kal.vorige_schooldag(min(kal.lesweken_vooruit(BEGIN, lesweken), PEILDATUM))
        regels.append(f"{NUMMER};{eind:%d-%m-%Y};1;L")
        return "\n".join(regels), BEGIN
    # M@ZL: one sick day on the first school day of each week, as many as the region's criterion counts
    aantal = min(MAX_DAGEN, int(profiel.parameter("mazl_ziekmeldingen", PEILDATUM)[0].waarde))
    van = BEGIN - dt.timedelta(weeks=4)
    weken = [van + dt.timedelta(weeks=i) for i in range(aantal + 8)]
    dagen = [d for d in (kal.volgende_schooldag(w) for w in weken) if d - dt.timedelta(days=d.weekday()) in weken]
    regels = [f"{NUMMER};{d:%d-%m-%Y};{u};Z" for d in dagen[:aantal] for u in range(1, 9)]
    return "\n".join(regels), van


@lru_cache(maxsize=32)
def beeld_voor(soort: str, regio: str) -> dict:
    profiel = profielen.laad(regio)
    vakantieregio = profiel.regio.get("vakantieregio") or "midden"
    rijen, van = _export(soort, profiel, Kalender(vakantieregio))
    toestand: dict = {}
    antwoord = run("verzuimoverzicht", {
        "regio": regio, "vakantieregio": vakantieregio,
        "peildatum": PEILDATUM.isoformat(), "codes": {"A": "ongeoorloofd", "Z": "ziek", "L": "te_laat"},
        "lesuur_minuten": LESUUR_MINUTEN, "bestand": "Stamnr;Datum;Lesuur;Code\n" + rijen + "\n"}, toestand=toestand)
    if "fouten" in antwoord:
        raise ValueError(f"verzuimbeeld {soort} ({regio}): {antwoord['fouten']}")
    leerling = antwoord["leerlingen"][0]
    return leerling_beeld(toestand, leerling["leerling"], leerling, van=van)


def _tabel(beeld: dict) -> str:
    kop = "".join(f"<th>{d}</th>" for d in ("week", *DAGEN_KORT, "vensters"))
    rijen = []
    for w in beeld["weken"]:
        cellen = [f"<td>{escape(w['label'])}, {dt.date.fromisoformat(w['maandag']):%d-%m}</td>"]
        for d in w["dagen"]:
            s = d["soort"]
            tekst = kort_label(SOORTEN[s][2]) if s != "aanwezig" else "–"
            cellen.append(f"<td>{escape(tekst)}</td>")
        cellen += ["<td></td>"] * (5 - len(w["dagen"]))
        cellen.append(f"<td>{escape(', '.join(kort_label(VENSTERS[v][2]) for v in w['vensters']))}</td>")
        rijen.append(f"<tr>{''.join(cellen)}</tr>")
    return f"<table><thead><tr>{kop}</tr></thead><tbody>{''.join(rijen)}</tbody></table>"


def registreer(env) -> None:
    @env.macro
    def verzuimbeeld(soort: str, regio: str | None = None) -> str:
        beeld = beeld_voor(soort, _pagina_regio(env, regio))
        wat = {"melding_16_uur": "ongeoorloofd verzuim en de lesweken van de melding bij DUO",
               "mazl": "ziekmeldingen en de schoolweken waarin M@ZL ze telt"}[soort]
        vensters = " ".join(escape(v["tekst"]) for v in beeld["vensters"]) or \
            "In dit voorbeeld is geen grens bereikt."
        # the M@ZL example shows a pattern (every report on the same weekday) as the overview words it
        patronen = " ".join(escape(p["tekst"]) for p in beeld["patronen"]
                            if soort == "mazl" and p["soort"] == "weekdag")
        return "\n".join([
            '<figure class="vw-voorbeeld-beeld">', beeld["svg"],
            f"<figcaption>Voorbeeld met een verzonnen leerling: {wat}, getekend bij het bouwen van deze pagina met "
            f"dezelfde rekenregels als het verzuimoverzicht. Elke dag heeft een letter: O ongeoorloofd, Z ziek, "
            f"L te laat, – geen school. {vensters} {patronen}</figcaption>", "</figure>", "",
            "<details><summary>De weken van het voorbeeld als tabel</summary>", _tabel(beeld), "</details>", ""])
