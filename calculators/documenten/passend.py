"""Which documents fit an answer: the decision follows the answer's own fields and the region's steps.

A step of a region's stappenplan names its documents in the profile (``documenten = [...]`` in a
``[[stap]]``); a step without that list asks for a verzuimverslag, the record every protocol wants of a step.
"""

from __future__ import annotations

from .. import profielen

STAP_STANDAARD = ["verzuimverslag"]


def _verlof(antwoord: dict, invoer: dict) -> list[str]:
    if not antwoord.get("schooldagen") or invoer.get("soort") == "religieus":
        return []  # no school day, or a mededeling: nothing to decide
    toegestaan = antwoord.get("toegestaan")
    if invoer.get("soort") == "vakantie":
        soort = "vakantieverlof"
    elif antwoord.get("beslisser") == "leerplichtambtenaar":
        return ["doorverwijzing_leerplichtambtenaar"]
    else:
        soort = "verlof_gewichtig"
    if toegestaan is False:
        return [f"besluit_{soort}_afwijzing"]
    # Open: the fixed rules allow it; the directeur weighs the rest and writes either decision.
    return [f"besluit_{soort}_toekenning", f"besluit_{soort}_afwijzing"]


def stappen_met_documenten(antwoord: dict, profiel: profielen.Profiel) -> list[tuple[dict, list[str]]]:
    """The answer's steps (heaviest first) that ask for documents, with the documents they ask for."""
    in_profiel = {s["id"]: s for s in profiel.stappen}
    uit = []
    for stap in antwoord.get("stappen", []):
        bron = in_profiel.get(stap["id"], {})
        if bron.get("standaard"):
            continue  # the basic step: no verzuim to write about
        uit.append((stap, list(bron.get("documenten", STAP_STANDAARD))))
    return uit


def passend(naam: str, invoer: dict, antwoord: dict, profiel: profielen.Profiel) -> list[str]:
    if naam == "verlof":
        return _verlof(antwoord, invoer)
    if naam == "melding_16_uur":
        return ["checklist_duo_melding", "uitnodiging_verzuimgesprek"] if antwoord.get("meldingen") else []
    if naam == "ziekteverzuim":
        return ["aanmelding_mazl", "uitnodiging_verzuimgesprek"] if antwoord.get("zorgwekkend") else []
    if naam == "stappenplan":
        uit: list[str] = []
        for _, soorten in stappen_met_documenten(antwoord, profiel):
            uit += [s for s in soorten if s not in uit]
        return uit
    return []
