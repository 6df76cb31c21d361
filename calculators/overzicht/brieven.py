"""From a pupil's row to the letter: the documents that pupil's step and signals ask for, filled.

The documents are the single-pupil calculators' own (calculators/documenten): each is filled from the
pupil's own sub-answer in the overview (``stap`` is a stappenplan answer, ``meldingen`` a melding_16_uur
answer, ``mazl`` a ziekteverzuim answer), plus what the overview knows and the single calculators do not: the
pupil's name, class and number, the dates and hours, and (in the verzuimverslag) the calendar as weeks of
text. Nothing is counted again and nothing needs retyping.
"""

from __future__ import annotations

import datetime as dt

from ..documenten import _document, documenten, soorten
from ..fouten import datum_nl
from ..tekst import aantal, getal_nl
from .beeld import leerling_beeld, weken_als_tekst

# Which calculator's sub-answer fills which document when more than one could (the most specific first).
VOORKEUR = {"checklist_duo_melding": "melding_16_uur", "aanmelding_mazl": "ziekteverzuim"}


def _datum(iso) -> str:
    return datum_nl(iso if isinstance(iso, dt.date) else dt.date.fromisoformat(iso))


def deelantwoorden(toestand: dict, antwoord: dict, leerling: dict) -> dict[str, tuple[dict, dict]]:
    """{rekenhulp: (invoer, antwoord)}: the pupil's share of the overview as the single calculators' answers."""
    regio = {"regio": antwoord.get("regio"), "regio_naam": antwoord.get("regio_naam")}
    uit = {}
    stap = leerling.get("stap") or {}
    if stap.get("stappen"):
        # only the counts that say something: the overview fills the sickness counts of the criteria in use only,
        # and a letter must not say 'ziekmeldingen dit schooljaar: 0' next to six reports
        tellingen = {k: v for k, v in (leerling.get("tellingen") or {}).items() if v}
        uit["stappenplan"] = ({**tellingen, "regio": regio["regio"]},
                              {**stap, **regio, "rekenhulp": "stappenplan"})
    ctx = toestand["ctx"]
    lln = toestand["leerlingen"][leerling["leerling"]]
    from .analyse import uren_per_dag  # per call: the overview's own count of days, as the rules counted hours

    if leerling.get("meldingen"):
        dagen = len(uren_per_dag(lln, "ongeoorloofd", ctx))
        uit["melding_16_uur"] = ({"regio": regio["regio"]},
                                 {**regio, "rekenhulp": "melding_16_uur", "meldingen": leerling["meldingen"],
                                  "totaal_uren": leerling["uren_ongeoorloofd"], "verzuimdagen": dagen})
    if leerling.get("mazl"):
        ziekdagen = len(uren_per_dag(lln, "ziek", ctx))
        uit["ziekteverzuim"] = ({"regio": regio["regio"]},
                                {**regio, "rekenhulp": "ziekteverzuim", "zorgwekkend": True, "signalen": leerling["mazl"],
                                 "ziekmeldingen": leerling["ziekmeldingen"], "ziektedagen": ziekdagen,
                                 "criteria": list(ctx.criteria)})
    return uit


def feiten(leerling: dict, eenheid: str) -> list[str]:
    """The pupil's facts in sentences with Dutch dates (for the Aanleiding of a document)."""
    uit = [f"Ongeoorloofd verzuim: {getal_nl(leerling['uren_ongeoorloofd'])} {eenheid}; "
           f"{aantal(leerling['ziekmeldingen'], 'ziekmelding', 'ziekmeldingen')}; "
           f"{leerling['keer_te_laat']} keer te laat dit schooljaar"]
    for m in leerling.get("meldingen") or []:
        if m["soort"] == "16_uur":
            uit.append(f"Urengrens bereikt: {getal_nl(m['uren'])} uur ongeoorloofd van {_datum(m['begindatum'])} tot en "
                       f"met {_datum(m['einddatum'])}" + (f"; melden bij DUO uiterlijk {_datum(m['melden_uiterlijk'])}"
                                                          if m.get("melden_uiterlijk") else ""))
        else:
            uit.append(f"Langdurig relatief verzuim vanaf {_datum(m['begindatum'])}"
                       + (f" tot en met {_datum(m['einddatum'])}" if m.get("einddatum") else " (nog open)"))
    for s in leerling.get("mazl") or []:
        uit.append(f"Zorgwekkend ziekteverzuim (M@ZL): {s['omschrijving']}, bereikt op {_datum(s['datum'])}")
    return uit


def _naam(leerling: dict, voor_ouders: bool) -> str | None:
    """The name for a letter to parents; for professionals with the pupil number (the key in the school's system)."""
    naam, nummer = leerling.get("naam"), leerling["leerling"]
    if voor_ouders or nummer == naam:  # a file without pupil numbers keys pupils by name
        return naam
    return f"{naam}, leerlingnummer {nummer}" if naam else f"leerlingnummer {nummer}"


def leerling_documenten(toestand: dict, antwoord: dict, leerling: dict, beeld: dict | None = None) -> list[dict]:
    """Every document the pupil's step and signals ask for, filled with the pupil's facts (INTERFACE.md)."""
    delen = deelantwoorden(toestand, antwoord, leerling)
    per_soort: dict[str, str] = {}
    for naam, (invoer, deel) in delen.items():
        for d in documenten(naam, invoer, deel):
            if d["soort"] not in per_soort or VOORKEUR.get(d["soort"]) == naam:
                per_soort[d["soort"]] = naam
    if not per_soort:
        return []
    eenheid = "lesuren" if (antwoord.get("samenvatting") or {}).get("eenheid") == "lesuren" else "uur"
    if beeld is None:
        beeld = leerling_beeld(toestand, leerling["leerling"], leerling)
    eigen = feiten(leerling, eenheid)
    weken = weken_als_tekst(beeld)

    def aanvulling(waarden: dict, sj) -> None:
        naam = _naam(leerling, sj.lezer == "ouders")
        if naam:
            waarden["naam_leerling"] = naam
        if leerling.get("klas"):
            waarden["klas"] = leerling["klas"]
        if "feiten" in waarden:  # the stappenplan's counts, then the pupil's own facts
            bestaand = [f for f in waarden["feiten"] if not f.startswith("(")]
            waarden["feiten"] = bestaand + eigen
            if sj.soort == "verzuimverslag":
                waarden["feiten"] += ([f"Om te bespreken: {p['tekst']}" for p in beeld["patronen"]]
                                      + (["Verzuim per week (weken zonder verzuim weggelaten):"]
                                         + weken if weken else []))

    uit = []
    volgorde = soorten()
    for soort, naam in sorted(per_soort.items(), key=lambda x: volgorde.index(x[0]) if x[0] in volgorde else 99):
        invoer, deel = delen[naam]
        doc = _document(naam, invoer, deel, soort, aanvulling)
        uit.append({**doc, "rekenhulp": naam, "leerling": leerling["leerling"]})
    return uit
