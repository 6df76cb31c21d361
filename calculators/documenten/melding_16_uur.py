"""The values of the DUO checklist and the invitation after a melding: the answer of melding_16_uur."""

from __future__ import annotations

import datetime as dt

from ..fouten import datum_nl
from ..regels.melding import MELDING_16_UUR
from ..uitvoer import codes
from .laden import Leeg
from .waarden import datum, getal

NAAM = "melding_16_uur"


def _waarden(antwoord: dict) -> dict:
    codes_ = codes(MELDING_16_UUR)
    meldingen = antwoord.get("meldingen", [])
    blokken = []
    for i, m in enumerate(meldingen, start=1):
        soort = codes_.get(m["soort"], m["soort"])
        regels = [
            f"## Melding {i}: {soort}",
            "",
            f"- [ ] Soort verzuim: {soort}",
            f"- [ ] Begindatum (eerste verzuimdag): {datum_nl(dt.date.fromisoformat(m['begindatum']))}",
            "- [ ] Einddatum: " + (datum_nl(dt.date.fromisoformat(m["einddatum"])) if m.get("einddatum") else
                                   "nog open: vul die in zodra de leerling terug is of is uitgeschreven"),
            f"- [ ] Verzuimde uren in deze periode: {getal(m['uren'])} uur",
        ]
        if m.get("melden_uiterlijk"):
            regels.append(f"- [ ] Uiterlijk melden: {datum_nl(dt.date.fromisoformat(m['melden_uiterlijk']))}")
        blokken.append("\n".join(regels))
    eerste = meldingen[0]["begindatum"] if meldingen else None
    laatste = max((m.get("einddatum") or m["begindatum"] for m in meldingen), default=None)
    return {"meldingen_lijst": "\n\n".join(blokken), "aantal_meldingen": str(len(meldingen)),
            "totaal_uren": getal(antwoord.get("totaal_uren", 0)), "verzuimdagen": getal(antwoord.get("verzuimdagen", 0)),
            "eerste_verzuimdag": datum(eerste, Leeg("eerste_verzuimdag", "eerste verzuimdag")),
            "laatste_einddatum": datum(laatste, Leeg("laatste_einddatum", "laatste verzuimdag"))}


def waarden(hulp, invoer: dict, antwoord: dict, soort: str, sj, profiel) -> tuple[dict, list]:
    return _waarden(antwoord), []
