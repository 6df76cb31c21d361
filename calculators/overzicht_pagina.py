"""The Verzuimoverzicht page's share of an answer (the worker reaches it through calculators/brug.py).

Nothing is computed here: the answer is run("verzuimoverzicht", …)'s, with run()'s progress
callback (voortgang(fase, gedaan, totaal), fase 'lezen' or 'analyseren', about every 2%), and the CSV is the core's als_csv(), as on the command line. The answer is only cut
up for the page, which shows a table of hundreds of pupils and opens one at a time: a small table row per
pupil crosses to the page; a pupil's full answer, picture and letters are made when the page opens that
pupil (one JSON.parse of a 10 MB answer would block the page far longer than 50 ms).
"""

from __future__ import annotations

import json

from . import run
from .overzicht import NAAM, als_csv
from .overzicht.bestand import invoer_met_bestand

# What the table, its filter and sort need of a pupil; the rest stays in the pupil's JSON.
TABEL = ("leerling", "naam", "klas", "rijen", "uren_ongeoorloofd", "keer_te_laat", "ziekmeldingen", "signalen",
         "eerstvolgende_termijn", "termijn_verstreken", "actie_nodig", "nu", "voorbij", "volgende_actie",
         "sorteernaam")


def tabelrij(leerling: dict) -> dict:
    stappen = (leerling.get("stap") or {}).get("stappen") or []
    return {**{k: leerling.get(k) for k in TABEL},
            "stap": stappen[0].get("titel") if stappen else None}


# The last overview of this worker: (antwoord, toestand). A pupil's picture and letters are made from it when
# that pupil is opened (detail(), weken()), without reading the file again. One overview per worker.
LAATSTE: tuple[dict, dict] | None = None


def _met_bestanden(invoer: dict, bron) -> dict:
    """The input with its file(s): the bytes of one file, or the files the worker read in pieces (Lezing)."""
    if isinstance(bron, (bytes, bytearray, memoryview)):
        return invoer_met_bestand(invoer, bron)
    velden = [(lezing.naam, lezing.velden()) for lezing in bron]
    if len(velden) == 1:
        return {**invoer, **velden[0][1]}
    return {**invoer, "bestanden": [{"naam": naam, **v} for naam, v in velden]}


def voor_pagina(invoer: dict, bron, voortgang=None) -> tuple[str, str, str, str]:
    """(the answer without its pupils, the table rows, CSV with and without names). ``bron``: a file's bytes, or
    the files read in pieces (overzicht/lezing.py). Each pupil's full answer stays here (LAATSTE) until the
    page opens that pupil (detail())."""
    global LAATSTE
    LAATSTE = None  # a failed run must not leave the previous file's pupils behind
    toestand: dict = {}
    antwoord = run(NAAM, _met_bestanden(invoer, bron), voortgang=voortgang, toestand=toestand)
    if "fouten" not in antwoord and toestand:
        LAATSTE = (antwoord, toestand)
    leerlingen = antwoord.get("leerlingen") or []
    csv_namen = als_csv(antwoord, namen=True) if leerlingen else ""
    csv_zonder = als_csv(antwoord, namen=False) if leerlingen else ""
    kop = {k: v for k, v in antwoord.items() if k != "leerlingen"}
    return (json.dumps(kop, ensure_ascii=False), json.dumps([tabelrij(l) for l in leerlingen], ensure_ascii=False),
            csv_namen, csv_zonder)


def _fout(melding: str, veld: str = "leerling") -> dict:
    return {"fouten": [{"veld": veld, "melding": melding}]}


def detail(leerling_id: str, antwoord: dict | None = None, toestand: dict | None = None) -> dict:
    """One pupil: {leerling, beeld, documenten}; from the last overview unless an answer is given."""
    from .overzicht.beeld import leerling_beeld
    from .overzicht.brieven import leerling_documenten

    if antwoord is None:
        if LAATSTE is None:
            return _fout("Er is nog geen verzuimoverzicht gemaakt: kies eerst een exportbestand.", "bestand")
        antwoord, toestand = LAATSTE
    leerling = next((x for x in antwoord.get("leerlingen") or [] if x["leerling"] == str(leerling_id)), None)
    if leerling is None or str(leerling_id) not in toestand.get("leerlingen", {}):
        return _fout(f"Leerling '{leerling_id}' staat niet in het bestand.")
    beeld = leerling_beeld(toestand, leerling["leerling"], leerling)
    return {"leerling": leerling, "beeld": beeld,
            "documenten": leerling_documenten(toestand, antwoord, leerling, beeld)}


def weken(antwoord: dict | None = None, toestand: dict | None = None) -> dict:
    """The school's weeks (calculators/overzicht/beeld.school_weken) of the last overview."""
    from .overzicht.beeld import school_weken

    if antwoord is None:
        if LAATSTE is None:
            return _fout("Er is nog geen verzuimoverzicht gemaakt: kies eerst een exportbestand.", "bestand")
        antwoord, toestand = LAATSTE
    return school_weken(toestand, antwoord)
