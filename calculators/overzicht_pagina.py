"""The Verzuimoverzicht page's share of an answer (called by the worker, assets/rekenhulp/werker.mjs).

Nothing is computed here: the answer is the one of ``run("verzuimoverzicht", …)``, through the core's
function with a progress callback. It is only cut up for the page, which shows a table of hundreds of
pupils and opens one at a time: a small table row per pupil, plus each pupil's full answer as its own
JSON text, parsed by the page only when that pupil is shown (a single 10 MB JSON.parse would block the
page for longer than 50 ms).
"""

from __future__ import annotations

import json

# What the table, the filter and the CSV export need of a pupil; the rest stays in the pupil's JSON.
TABEL = ("leerling", "naam", "klas", "rijen", "uren_ongeoorloofd", "keer_te_laat", "signalen",
         "eerstvolgende_termijn", "actie_nodig")


def is_xlsx(ruw: bytes) -> bool:
    return ruw[:4] == b"PK\x03\x04"  # a zip file: XLSX is one, a CSV never starts like this


def tekst(ruw: bytes) -> str:
    """The file's text as the command line reads it: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return ruw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ruw.decode("cp1252", errors="replace")


def stap_kort(leerling: dict) -> str | None:
    """The current step's title, for the table and the CSV (the detail view shows the whole step)."""
    stap = leerling.get("stap")
    if not isinstance(stap, dict):
        return None
    huidig = stap.get("huidige_stappen") or stap.get("stappen") or []
    titels = [s.get("titel") for s in huidig if isinstance(s, dict) and s.get("titel")]
    return "; ".join(titels) or stap.get("titel")


def voor_pagina(invoer: dict, voortgang=None) -> tuple[str, str, list[str]]:
    """(the answer without its pupils, the table rows, one JSON text per pupil), all as JSON."""
    from .overzicht import bereken_met_voortgang

    antwoord = bereken_met_voortgang(invoer, voortgang)
    leerlingen = antwoord.pop("leerlingen", None) or []
    tabel = [{**{k: l.get(k) for k in TABEL}, "stap": stap_kort(l),
              "uiterlijk_melden": min((m["uiterlijk_melden"] for m in l.get("meldingen") or []
                                       if m.get("uiterlijk_melden")), default=None)}
             for l in leerlingen]
    return (json.dumps(antwoord, ensure_ascii=False), json.dumps(tabel, ensure_ascii=False),
            [json.dumps(l, ensure_ascii=False) for l in leerlingen])
