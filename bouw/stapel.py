"""The stack's end of life, visible in every build: a dated check in the style of the profiles' ``geldig_tot``.

``bouw/stapel.toml`` says when a maintainer last reviewed the generator stack and until when it is supported.
From ``waarschuw_vanaf`` every build warns; after ``geldig_tot`` it fails, until a maintainer reviews the stack
again and renews the dates with a note. Nothing silences it except that review.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

BESTAND = Path(__file__).with_name("stapel.toml")
MAX_GELDIG = dt.timedelta(days=366)  # a review covers at most a year


@dataclass(frozen=True)
class Uitslag:
    niveau: str  # "ok", "waarschuwing" or "fout"
    tekst: str

    @property
    def fout(self) -> bool:
        return self.niveau == "fout"


def lees(pad: Path = BESTAND) -> dict:
    with pad.open("rb") as f:
        return tomllib.load(f).get("stapel") or {}


def controleer(vandaag: dt.date, gegevens: dict, bestand: str = "bouw/stapel.toml") -> Uitslag:
    """The stack's state on ``vandaag`` (injected, so tests can move the clock)."""
    datums = {}
    for sleutel in ("nagekeken", "waarschuw_vanaf", "geldig_tot"):
        waarde = gegevens.get(sleutel)
        if not isinstance(waarde, dt.date) or isinstance(waarde, dt.datetime):
            return Uitslag("fout", f"{bestand}: '{sleutel}' ontbreekt of is geen datum (JJJJ-MM-DD).")
        datums[sleutel] = waarde
    notitie = str(gegevens.get("notitie") or "").strip()
    if not notitie:
        return Uitslag("fout", f"{bestand}: 'notitie' ontbreekt: zeg wat er bij het nakijken van de stapel is "
                               "gecontroleerd.")
    nagekeken, vanaf, tot = datums["nagekeken"], datums["waarschuw_vanaf"], datums["geldig_tot"]
    if not nagekeken <= vanaf <= tot:
        return Uitslag("fout", f"{bestand}: de datums moeten oplopen: nagekeken ({nagekeken}) ≤ waarschuw_vanaf "
                               f"({vanaf}) ≤ geldig_tot ({tot}).")
    if tot - nagekeken > MAX_GELDIG:
        return Uitslag("fout", f"{bestand}: geldig_tot ({tot}) ligt meer dan een jaar na nagekeken ({nagekeken}); "
                               "kijk de stapel eerder opnieuw na.")
    if nagekeken > vandaag:
        return Uitslag("fout", f"{bestand}: nagekeken ({nagekeken}) ligt in de toekomst.")
    if vandaag > tot:
        return Uitslag("fout", f"De bouwstapel (MkDocs/ProperDocs met mkdocs-material) is alleen nagekeken tot en "
                               f"met {tot}; vandaag is het {vandaag}. Kijk de stapel na (einde ondersteuning, "
                               f"opvolger) en vernieuw nagekeken, geldig_tot en notitie in {bestand}.")
    if vandaag >= vanaf:
        dagen = (tot - vandaag).days
        return Uitslag("waarschuwing", f"De bouwstapel is nog {dagen} dag(en) nagekeken (tot en met {tot}); daarna "
                                       f"faalt de bouw. Kijk de stapel na en vernieuw {bestand}.")
    return Uitslag("ok", f"Bouwstapel nagekeken op {nagekeken}, geldig tot en met {tot}.")


def controleer_nu(vandaag: dt.date | None = None) -> Uitslag:
    return controleer(vandaag or dt.date.today(), lees())
