"""The values of the verlof documents (decision letters, referral): the answer of calculators/regels/verlof.py."""

from __future__ import annotations


from ..regels.verlof import VERLOF
from ..uitvoer import codes
from .laden import Leeg
from .waarden import datum, getal

NAAM = "verlof"
VERLOFSOORTEN = {"vakantie": "vakantieverlof", "gewichtige_omstandigheden": "verlof wegens gewichtige omstandigheden",
                 "religieus": "verlof voor een religieuze verplichting"}


def _waarden(invoer: dict, antwoord: dict, open_: dict[str, Leeg]) -> dict:
    soort = invoer.get("soort", "")
    return {
        "verlofsoort": VERLOFSOORTEN.get(soort, soort),
        "eerste_dag": datum(invoer.get("eerste_dag"), open_["eerste_dag"]),
        "laatste_dag": datum(invoer.get("laatste_dag"), open_["laatste_dag"]),
        "aanvraagdatum": datum(invoer.get("aanvraagdatum"), open_["aanvraagdatum"]),
        "schooldagen": getal(antwoord.get("schooldagen", 0)),
        # vakantieverlof: max_dagen; gewichtige omstandigheden: how far the directeur decides alone
        "max_dagen": getal(antwoord.get("max_dagen", antwoord.get("directeur_tot_en_met", ""))),
        "totaal_dit_schooljaar": getal(antwoord.get("totaal_dit_schooljaar", antwoord.get("schooldagen", 0))),
        "uiterlijk_aanvragen": datum(antwoord.get("uiterlijk_aanvragen"), open_["aanvraagdatum"]),
        "overwegingen": list(antwoord.get("redenen", [])),
        # Fixed rules refuse it: the reasons are the answer's. Otherwise the directeur adds an own assessment.
        "_weglaten": ["beoordeling"] if antwoord.get("toegestaan") is False else [],
        "beslisser": codes(VERLOF).get(antwoord.get("beslisser") or "", "de directeur van de school"),
    }


def waarden(hulp, invoer: dict, antwoord: dict, soort: str, sj, profiel) -> tuple[dict, list]:
    return _waarden(invoer, antwoord, sj.open), []
