"""The values of a step's documents (verzuimverslag and the letters a region's step names): the answer of
stappenplan."""

from __future__ import annotations

import datetime as dt

from ..fouten import datum_nl
from ..regels.stappenplan import stappen_met_documenten, tellingen_labels
from ..woordenschat import STAP_VELDEN as TELLINGEN
from .waarden import _bron_tekst, getal

NAAM = "stappenplan"


def _waarden(hulp, invoer: dict, antwoord: dict, stap_: dict, profiel) -> dict:
    # the counts the school entered, labelled as the calculator's own fields with the region's periods
    labels = tellingen_labels(profiel)
    feiten = [f"{labels.get(v.naam, v.label)}: {getal(invoer[v.naam])}" for v in hulp.velden
              if v.naam in TELLINGEN and invoer.get(v.naam) not in (None, "")]
    uit = {"stap_titel": stap_["titel"], "in_regie": stap_.get("in_regie") or "niet genoemd in het protocol",
           "betrokken": stap_.get("betrokken") or ["(het protocol noemt niemand)"],
           "acties": stap_.get("acties") or ["(het protocol noemt geen acties)"],
           "redenen": stap_.get("redenen", []), "stap_bron": _bron_tekst(stap_.get("bron")) or "het protocol",
           "feiten": feiten or ["(geen tellingen ingevuld)"]}
    # The escalation table (regions with deadlines): the step of now and the next one, with their dates.
    rijen = antwoord.get("escalatie") or []
    nu = next((r for r in rijen if r.get("status") == "nu"), None)
    later = next((r for r in rijen if r.get("status") == "later"), None)
    if later:
        wanneer = "".join(f", {tekst} {datum_nl(dt.date.fromisoformat(later[k]))}"
                          for k, tekst in (("datum_van", "vanaf"), ("datum_tot", "uiterlijk afgerond op")) if later.get(k))
        uit["volgende_stap"] = f"{later['titel']}{wanneer} (opschalingsroute van {antwoord.get('regio_naam', '')})"
    if nu and nu.get("datum_tot"):
        uit["termijn_nu"] = (f"De huidige opschalingsstap ({nu['titel']}) loopt tot "
                             f"{datum_nl(dt.date.fromisoformat(nu['datum_tot']))}.")
    else:
        uit["termijn_nu"] = ""
    return uit


def waarden(hulp, invoer: dict, antwoord: dict, soort: str, sj, profiel) -> tuple[dict, list]:
    # The heaviest step that asks for this document is the one it records.
    stap = next(s for s, soorten_ in stappen_met_documenten(antwoord, profiel) if soort in soorten_)
    return _waarden(hulp, invoer, antwoord, stap, profiel), [stap["bron"]] if stap.get("bron") else []
