"""The values every document is filled with, and the helpers the per-calculator modules use
(``documenten/<naam>.py``: the values of that calculator's documents), read from the run() answer.

Nothing is computed again here: dates, hours, decisions, deciders and steps are the answer's own; this
module only writes them in Dutch. What the answer does not have (a name, the letter's date) stays a blank.
"""

from __future__ import annotations

import datetime as dt

from .. import profielen
from ..fouten import datum_nl, lees_datum
from .laden import Leeg


def datum(iso, leeg: Leeg):
    """'maandag 6 oktober 2025' from an ISO date, or the blank when the answer has none."""
    if not iso:
        return leeg
    # the input as typed may be Dutch ('02-03-2027'): read it as the form's fields are read (issue 21)
    return datum_nl(iso if isinstance(iso, dt.date) else lees_datum(str(iso), "datum"))


def getal(w) -> str:
    if isinstance(w, float) and w.is_integer():
        w = int(w)
    return str(w).replace(".", ",")


def _bron_tekst(bron: dict | None) -> str:
    if not bron:
        return ""
    delen = [bron.get("titel", ""), bron.get("artikel", "")]
    return ", ".join(d for d in delen if d) + (f" ({bron['url']})" if bron.get("url") else "")


def algemeen(profiel: profielen.Profiel, antwoord: dict) -> dict:
    """Values every document may use: the region and the texts of its parameters (``p_<id>``)."""
    uit = {"regio_naam": antwoord.get("regio_naam") or profiel.naam,
           "regio_kort": profiel.regio.get("korte_naam") or profiel.naam,
           "protocol": profiel.regio.get("bron_document") or "de Leerplichtwet 1969"}
    for pid in profiel.parameters:
        uit[f"p_{pid}"] = profiel.parameter(pid)[0].tekst()
    wet = profielen.laad(profielen.BASIS)  # 'de wet zegt …' quotes the law, not a region's restatement of it
    for pid in wet.parameters:
        uit[f"wet_{pid}"] = wet.parameter(pid)[0].tekst()
    # The region's organisations that the profile gives a way to reach.
    uit["contacten"] = [", ".join([o["naam"], *(o[k] for k in ("telefoon", "email", "website") if o.get(k))])
                        for o in profiel.organisaties if any(o.get(k) for k in ("telefoon", "email", "website"))]
    return uit
