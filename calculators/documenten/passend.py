"""Which documents fit an answer: each calculator declares it with its rule (``Rekenhulp.documenten``)."""

from __future__ import annotations

from .. import profielen
from ..rekenhulpen import REGISTER


def passend(naam: str, invoer: dict, antwoord: dict, profiel: profielen.Profiel) -> list[str]:
    kies = REGISTER[naam].documenten
    return kies(invoer, antwoord, profiel) if kies else []
