"""Invoerfouten: every problem with the input becomes a Dutch message that names its field.

Calculators raise ``InvoerFout`` (possibly carrying several ``Fout`` items); ``run`` turns it
into ``{"fouten": [...]}``. Nothing else should ever reach a user as a traceback.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from .tekst import getal_nl


@dataclass(frozen=True)
class Fout:
    veld: str
    melding: str

    def als_dict(self) -> dict:
        return {"veld": self.veld, "melding": self.melding}


class InvoerFout(Exception):
    def __init__(self, fouten: list[Fout] | Fout):
        self.fouten = fouten if isinstance(fouten, list) else [fouten]
        super().__init__("; ".join(f"{f.veld}: {f.melding}" for f in self.fouten))


class ProfielFout(Exception):
    """A region profile file is malformed; the message names the file and the key."""


_MAANDEN = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]
_DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def datum_nl(d: dt.date) -> str:
    """'maandag 1 september 2025' — own tables, because Pyodide and CPython locales differ."""
    return f"{_DAGEN[d.weekday()]} {d.day} {_MAANDEN[d.month - 1]} {d.year}"


def maand_nl(maand: int) -> str:
    return _MAANDEN[maand - 1]


# Dutch notation as people type and paste it: day-month-year with a four-digit year last
# ('14-03-2021', '14-3-2021', '14/03/2021', '14.03.2021'), or eight digits without separators as a
# numeric keypad gives them ('14032021'). ISO ('2021-03-14') stays the machine format.
# A month written out ('14 maart 2021', '14 mrt. 2021', 'zondag 14 maart 2021') is unambiguous too.
# A two-digit year ('14-3-21') is refused: 21 can be 1921 or 2021, and a birth date and a leave date would
# need a different guess; a wrong century gives a confident wrong answer, so the message shows how to type it.
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NL = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")
_NL_CIJFERS = re.compile(r"(\d{2})(\d{2})(\d{4})")
_NL_KORT_JAAR = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{2})")
_MAAND_AFKORTING = {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                    "okt": 10, "nov": 11, "dec": 12}
_NL_WOORD = re.compile(r"(?:(?:ma|di|wo|do|vr|za|zo)[a-z]*,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")
DATUM_VORM = "dd-mm-jjjj, bijvoorbeeld 14-03-2021"
# The years the rules compute with: wide enough for any birth date and deadline, narrow enough that adding
# 18 years or a school year to a date never leaves the calendar (year 1 or 9999 did, as an internal error).
JAAR_VAN, JAAR_TOT = 1900, 2200


def _maand_uit_woord(woord: str) -> int | None:
    if woord in _MAANDEN:
        return _MAANDEN.index(woord) + 1
    return _MAAND_AFKORTING.get(woord)


def lees_datum(waarde, veld: str, label: str | None = None) -> dt.date:
    naam = label or veld
    if isinstance(waarde, dt.date) and not isinstance(waarde, dt.datetime):
        if not JAAR_VAN <= waarde.year <= JAAR_TOT:
            raise InvoerFout(Fout(veld, f"De datum bij '{naam}' ligt buiten de jaren {JAAR_VAN} tot en met {JAAR_TOT} "
                                        "waarmee de rekenhulp rekent."))
        return waarde
    if not isinstance(waarde, str) or not waarde.strip():
        raise InvoerFout(Fout(veld, f"Vul bij '{naam}' een datum in als {DATUM_VORM}."))
    tekst = waarde.strip()
    if m := _ISO.fullmatch(tekst):
        jaar, maand, dag = (int(d) for d in m.groups())
    elif m := _NL.fullmatch(tekst):
        dag, maand, jaar = int(m[1]), int(m[3]), int(m[4])
    elif m := _NL_CIJFERS.fullmatch(tekst):
        dag, maand, jaar = (int(d) for d in m.groups())
    elif (m := _NL_WOORD.fullmatch(tekst.lower())) and (maand_w := _maand_uit_woord(m[2])):
        dag, maand, jaar = int(m[1]), maand_w, int(m[3])
    elif m := _NL_KORT_JAAR.fullmatch(tekst):
        dag, maand, jj = int(m[1]), int(m[3]), m[4]
        raise InvoerFout(Fout(veld, f"'{tekst}' bij '{naam}' heeft een jaartal van twee cijfers: dat kan 19{jj} of "
                                    f"20{jj} zijn. Schrijf het jaar voluit, bijvoorbeeld {dag:02d}-{maand:02d}-20{jj}."))
    else:
        raise InvoerFout(Fout(veld, f"'{kort(tekst)}' bij '{naam}' is geen datum. Schrijf de datum als {DATUM_VORM}."))
    if not 1 <= maand <= 12:
        raise InvoerFout(Fout(veld, f"De datum '{tekst}' bij '{naam}' bestaat niet: er is geen maand {maand}."))
    if jaar < 1:
        raise InvoerFout(Fout(veld, f"De datum '{tekst}' bij '{naam}' bestaat niet: er is geen jaar 0."))
    if not JAAR_VAN <= jaar <= JAAR_TOT:
        raise InvoerFout(Fout(veld, f"De datum '{tekst}' bij '{naam}' ligt buiten de jaren {JAAR_VAN} tot en met "
                                    f"{JAAR_TOT} waarmee de rekenhulp rekent. Klopt het jaar?"))
    try:
        return dt.date(jaar, maand, dag)
    except ValueError:
        raise InvoerFout(Fout(
            veld, f"De datum '{tekst}' bij '{naam}' bestaat niet: {maand_nl(maand)} {jaar} heeft geen dag {dag}.")
        ) from None


GROOT = 10 ** 15  # beyond any count of days, hours or minutes


def kort(waarde, n: int = 80) -> str:
    """A value quoted in a message: long values cut, with their length."""
    tekst = str(waarde)
    return tekst if len(tekst) <= n else f"{tekst[:n]}… ({len(tekst)} tekens)"


def lees_getal(waarde, veld: str, label: str | None = None, *, minimum: float | None = 0,
               maximum: float | None = None, geheel: bool = False) -> float:
    naam = label or veld
    if isinstance(waarde, bool) or waarde is None or waarde == "":
        raise InvoerFout(Fout(veld, f"Vul bij '{naam}' een getal in."))
    if isinstance(waarde, str):
        try:
            waarde = float(waarde.strip().replace(",", "."))
        except ValueError:
            raise InvoerFout(Fout(veld, f"'{kort(waarde)}' bij '{naam}' is geen getal.")) from None
    if not isinstance(waarde, (int, float)):
        raise InvoerFout(Fout(veld, f"Vul bij '{naam}' een getal in."))
    if isinstance(waarde, int) and not -GROOT < waarde < GROOT:  # math.isnan() of a 400-digit int overflows
        raise InvoerFout(Fout(veld, f"Het getal bij '{naam}' is te groot."))
    if math.isnan(waarde) or math.isinf(waarde):
        raise InvoerFout(Fout(veld, f"Vul bij '{naam}' een getal in."))
    if geheel and waarde != int(waarde):
        raise InvoerFout(Fout(veld, f"Vul bij '{naam}' een heel getal in, geen {getal_nl(waarde)}."))
    if minimum is not None and waarde < minimum:
        if minimum == 0:
            raise InvoerFout(Fout(veld, f"'{naam}' kan niet negatief zijn."))
        raise InvoerFout(Fout(veld, f"'{naam}' moet minstens {getal_nl(minimum)} zijn."))
    if maximum is not None and waarde > maximum:
        raise InvoerFout(Fout(veld, f"'{naam}' kan niet meer dan {getal_nl(maximum)} zijn."))
    return int(waarde) if geheel else float(waarde)


def lees_bool(waarde, veld: str, label: str | None = None) -> bool:
    if isinstance(waarde, bool):
        return waarde
    if isinstance(waarde, str) and waarde.strip().lower() in {"ja", "true", "1", "waar", "on"}:
        return True
    if isinstance(waarde, str) and waarde.strip().lower() in {"nee", "false", "0", "onwaar", "", "off"}:
        return False
    raise InvoerFout(Fout(veld, f"Kies bij '{label or veld}' ja of nee."))


def lees_keuze(waarde, veld: str, opties: list[str], label: str | None = None) -> str:
    if isinstance(waarde, str) and waarde.strip() in opties:
        return waarde.strip()
    lijst = ", ".join(f"'{o}'" for o in opties)
    raise InvoerFout(Fout(veld, f"Kies bij '{label or veld}' een van: {lijst}."))
