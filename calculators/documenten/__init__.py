"""From an answer to the document the protocol asks for: letters, verslagen and checklists.

    documenten(naam, invoer, antwoord) -> [{soort, titel, omschrijving}]   # the kinds that fit the answer
    document(naam, invoer, antwoord, soort) -> {soort, titel, tekst, velden_open, bron, ...}
    documenten_json(naam, invoer_json, antwoord_json) -> str                # the browser worker's bridge

``antwoord`` is the result of ``calculators.run(naam, invoer)``: every date, hour and decision in a
document is read from it, never computed again. What the calculator cannot know (names, the school, the
signature, the letter's date) is a blank such as ``[naam leerling]``, listed in ``velden_open``.
The templates are in ``sjablonen/``; a region overrides them part by part (see laden.py and
calculators/profielen/FORMAAT.md).
"""

from __future__ import annotations

import json
import sys

from .. import profielen
from ..fouten import InvoerFout, ProfielFout
from ..invoer import lees
from ..register import gedeelde_velden
from ..rekenhulpen import REGISTER
from . import melding_16_uur, stappenplan, verlof, waarden as w, ziekteverzuim
from .laden import sjabloon, soorten, wis_cache
from .passend import passend
from .vullen import vul

__all__ = ["documenten", "document", "documenten_json", "soorten", "wis_cache"]


def _fout(melding: str, veld: str = "document") -> dict:
    return {"fouten": [{"veld": veld, "melding": melding}]}


def _profiel(antwoord: dict) -> profielen.Profiel:
    return profielen.laad(antwoord.get("regio") or profielen.BASIS)


def _gelezen(naam: str, invoer: dict | None) -> dict:
    """The input as the calculator read it (dates as dates, numbers as numbers), through the same field
    reader as run(): a date typed '02-03-2027' is the same day in the answer and in its documents.
    A field that does not read is left out (the answer it belongs to would have had fouten)."""
    if not isinstance(invoer, dict) or naam not in REGISTER:
        return {}
    hulp = REGISTER[naam]
    uit = {}
    for veld in hulp.velden + gedeelde_velden(hulp):
        if invoer.get(veld.naam) in (None, "", []):
            continue
        try:
            uit[veld.naam] = lees([veld], {veld.naam: invoer[veld.naam]})[veld.naam]
        except InvoerFout:
            pass
    return uit


def documenten(naam: str, invoer: dict, antwoord: dict) -> list[dict]:
    """The documents that fit this answer (none for an answer with fouten)."""
    if not isinstance(antwoord, dict) or "fouten" in antwoord or antwoord.get("rekenhulp") not in (None, naam):
        return []
    profiel = _profiel(antwoord)
    uit = []
    for soort in passend(naam, _gelezen(naam, invoer), antwoord, profiel):
        sj = sjabloon(soort, profiel)
        uit.append({"soort": soort, "titel": sj.titel, "omschrijving": sj.omschrijving})
    return uit


# The document values of each calculator that has documents, one module per calculator, named after it.
WAARDEN = {m.NAAM: m.waarden for m in (verlof, melding_16_uur, ziekteverzuim, stappenplan)}


def _waarden(naam: str, invoer: dict, antwoord: dict, soort: str, sj, profiel) -> tuple[dict, list[dict]]:
    waarden = w.algemeen(profiel, antwoord)
    bronnen = [sj.bron] if sj.bron else []
    if naam in WAARDEN:
        eigen, extra = WAARDEN[naam](REGISTER[naam], invoer, antwoord, soort, sj, profiel)
        waarden.update(eigen)
        bronnen += extra
    return waarden, bronnen


def document(naam: str, invoer: dict, antwoord: dict, soort: str) -> dict:
    """One filled document: {soort, titel, tekst (Markdown), velden_open: [{naam, label, merk, regels}], …}."""
    passende = [d["soort"] for d in documenten(naam, invoer, antwoord)]
    if soort not in passende:
        keuze = ", ".join(passende) if passende else "geen: bij dit antwoord hoort geen document"
        return _fout(f"Document '{soort}' past niet bij dit antwoord. Passend: {keuze}.")
    return _document(naam, invoer, antwoord, soort)


def _document(naam: str, invoer: dict, antwoord: dict, soort: str, aanvulling=None) -> dict:
    """``aanvulling(waarden, sjabloon)``: a caller that knows more (one pupil of the verzuimoverzicht: its
    name, class, calendar) fills or extends values before the template is filled."""
    profiel = _profiel(antwoord)
    sj = sjabloon(soort, profiel)
    waarden, bronnen = _waarden(naam, _gelezen(naam, invoer), antwoord, soort, sj, profiel)
    if aanvulling is not None:
        aanvulling(waarden, sj)
    tekst, open_ = vul(sj, waarden, naam)
    return {"soort": soort, "titel": sj.titel, "omschrijving": sj.omschrijving, "lezer": sj.lezer,
            "bestandsnaam": sj.bestandsnaam or soort.replace("_", "-"), "tekst": tekst, "velden_open": open_,
            "bron": bronnen, "regio": profiel.id}


def documenten_json(naam: str, invoer_json: str, antwoord_json: str, bereken=None) -> str:
    """JSON in, JSON out: every fitting document, filled. Never raises. ``bereken`` is run() (handed down by
    the package, never imported back up): it tells an answer run() did not give from a failure of ours."""
    from ..invoer import te_diep_genest

    try:
        if te_diep_genest(invoer_json) or te_diep_genest(antwoord_json):
            raise ValueError("te diep genest")
        invoer = json.loads(invoer_json) if invoer_json else {}
        antwoord = json.loads(antwoord_json)
    except (ValueError, TypeError, RecursionError):
        return json.dumps(_fout("De invoer of het antwoord is geen geldige JSON."), ensure_ascii=False)
    if not isinstance(invoer, dict) or not isinstance(antwoord, dict):
        return json.dumps(_fout("De invoer en het antwoord moeten allebei een object zijn."), ensure_ascii=False)
    try:
        uit = {"documenten": [_document(naam, invoer, antwoord, d["soort"]) for d in documenten(naam, invoer, antwoord)]}
    except ProfielFout as e:
        uit = _fout(f"Een documentsjabloon is onjuist: {e}")
    except Exception as e:  # a bug of ours, or an answer that run() did not give: say which
        if bereken is not None and not _eigen_antwoord(bereken, naam, invoer, antwoord):
            uit = _fout("Het antwoord hoort niet bij deze invoer (het is niet wat de rekenhulp gaf); reken opnieuw en "
                        "maak dan de documenten.", "antwoord")
        else:
            uit = {**_fout("De documenten konden niet worden gemaakt. Dit is een fout van Verzuimwijzer; het antwoord "
                           "hierboven klopt wel."), "interne_fout": f"{type(e).__name__}: {e}"}
    return json.dumps(uit, ensure_ascii=False)


def _eigen_antwoord(bereken, naam: str, invoer: dict, antwoord: dict) -> bool:
    """Whether the answer is the one run() gives for this input: only then is a failure ours."""
    try:
        return json.loads(json.dumps(bereken(naam, invoer), ensure_ascii=False)) == antwoord
    except Exception:  # noqa: BLE001
        return False


def cli(naam: str, invoer: dict, antwoord: dict, soort: str) -> int:
    """``--document``: list the fitting kinds; ``--document DOC``: print that document as text."""
    if not soort:
        for d in documenten(naam, invoer, antwoord):
            print(d["soort"])
        return 0
    uit = document(naam, invoer, antwoord, soort)
    if "fouten" in uit:
        print(uit["fouten"][0]["melding"], file=sys.stderr)
        return 1
    print(uit["tekst"], end="")
    return 0
