"""The values of the M@ZL referral and the invitation: the answer of ziekteverzuim."""

from __future__ import annotations

import datetime as dt

from ..fouten import datum_nl
from ..regels.ziekte import ZIEKTEVERZUIM
from ..uitvoer import codes
from .laden import Leeg
from .waarden import _bron_tekst, datum, getal

NAAM = "ziekteverzuim"


def _waarden(invoer: dict, antwoord: dict) -> dict:
    codes_ = codes(ZIEKTEVERZUIM)
    signalen = antwoord.get("signalen", [])
    return {
        "signalen": [f"{datum_nl(dt.date.fromisoformat(s['datum']))}: {s['omschrijving']} (bron: "
                     f"{_bron_tekst(s.get('bron'))})" for s in signalen],
        "eerste_signaal": datum(signalen[0]["datum"] if signalen else None, Leeg("eerste_signaal", "datum signaal")),
        "ziekmeldingen": getal(antwoord.get("ziekmeldingen", 0)),
        "ziektedagen": getal(antwoord.get("ziektedagen", 0)),
        "criteria": [codes_.get(c, c) for c in antwoord.get("criteria", [])],
    }


def waarden(hulp, invoer: dict, antwoord: dict, soort: str, sj, profiel) -> tuple[dict, list]:
    return _waarden(invoer, antwoord), []
