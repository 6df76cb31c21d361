"""Verzuimwijzer: the rules of the Leerplichtwet and of each region as tested calculators.

One contract for tests, the command line and the browser (Pyodide)::

    run(naam, invoer: dict) -> dict     # JSON in, JSON out; never raises
    schema(naam) -> dict                # the fields, for generated forms
    namen() -> list[str]

Dates in answers are 'YYYY-MM-DD' strings; input dates may also be Dutch ('14-03-2021'). An answer carries ``uitleg`` (steps with sources), ``keuzes``
(interpretation choices applied) and ``waarschuwingen``; bad input gives ``fouten``.
"""

from __future__ import annotations

import datetime as dt
import json

from . import profielen
from .fouten import Fout, InvoerFout, ProfielFout
from .invoer import lees, te_diep_genest
from .kalender import BRON_VAKANTIES, REGIO_S
from .register import VAKANTIEREGIO_LABELS, VakantieregioNodig, gedeelde_velden
from .rekenhulpen import REGISTER, REKENHULPEN
from .tekst import opsomming
from .uitleg import Uitleg
from .uitvoer import beschrijving

__all__ = ["run", "schema", "namen", "namen_met_formulier", "run_json", "documenten_json", "documentbestanden_json"]


def namen() -> list[str]:
    return list(REGISTER)


def namen_met_formulier() -> list[str]:
    """The calculators that get the generated form; the others (eigen_pagina) have a page of their own."""
    return [n for n, h in REGISTER.items() if not h.eigen_pagina]


def _velden(naam: str):
    hulp = REGISTER[naam]
    return hulp.velden + gedeelde_velden(hulp)


def schema(naam: str) -> dict:
    if naam not in REGISTER:
        return _onbekend(naam)
    hulp = REGISTER[naam]
    return {"naam": hulp.naam, "titel": hulp.titel, "omschrijving": hulp.omschrijving,
            "velden": [v.als_dict() for v in _velden(naam)], **beschrijving(hulp, REKENHULPEN)}


def _onbekend(naam) -> dict:
    return {"fouten": [{"veld": "naam", "melding":
                        f"Er is geen rekenhulp '{naam}'. Kies uit: {', '.join(REGISTER)}."}]}


def _bereken(naam: str, waarden: dict, profiel) -> dict:
    uitleg = Uitleg(profiel, waarden["_vandaag"])
    resultaat = REGISTER[naam].bereken(waarden, uitleg)
    return {**resultaat, **uitleg.als_dict()}


def _per_vakantieregio(naam: str, waarden: dict, profiel) -> dict:
    """No vakantieregio given or known: compute for all three. The same outcome everywhere is the answer;
    otherwise the answer gives each region's verdict and asks for the region (the form shows it first)."""
    per_regio = {r: _bereken(naam, {**waarden, "vakantieregio": r, "_vakantieregio_afgeleid": True}, profiel)
                 for r in REGIO_S}
    uitkomst = {r: {k: v for k, v in a.items() if k not in {"uitleg", "keuzes", "waarschuwingen"}}
                for r, a in per_regio.items()}
    if all(u == uitkomst["noord"] for u in uitkomst.values()):
        return per_regio["noord"]
    keuzes = {k["id"]: k for a in per_regio.values() for k in a["keuzes"]}
    waarschuwingen = list(dict.fromkeys(w for a in per_regio.values() for w in a["waarschuwingen"]))
    kies = "Kies de vakantieregio van de school bovenaan het formulier voor de hele berekening met uitleg."
    uitleg_regio = {"tekst": "Er is geen vakantieregio gekozen en het landelijke profiel heeft er geen. De "
                             "schoolvakanties verschillen per regio en daardoor ook de uitkomst; daarom staat hier de "
                             "uitkomst per vakantieregio.", "bron": dict(BRON_VAKANTIES)}
    if all(u["kern"] == uitkomst["noord"]["kern"] for u in uitkomst.values()):
        # the verdict is the same everywhere; only dates in the working differ
        return {"kern": uitkomst["noord"]["kern"],
                "wat_nu": [*uitkomst["noord"].get("wat_nu", []),
                           "Sommige data in de uitwerking hangen af van de vakantieregio. " + kies],
                "uitleg": [{**uitleg_regio, "tekst": "Er is geen vakantieregio gekozen. Het oordeel is in alle drie "
                            "de vakantieregio's hetzelfde; de data in de uitwerking verschillen per regio."}],
                "keuzes": list(keuzes.values()), "waarschuwingen": waarschuwingen}
    groepen: list[tuple[list[str], dict]] = []
    for r in REGIO_S:
        for regio_s, u in groepen:
            if u == uitkomst[r]:
                regio_s.append(r)
                break
        else:
            groepen.append(([r], uitkomst[r]))
    return {
        "kern": "Het antwoord hangt af van de vakantieregio van de school: "
                + "; ".join(f"in {opsomming([VAKANTIEREGIO_LABELS[r] for r in rs])}: "
                            f"{u['kern'][0].lower()}{u['kern'][1:].rstrip('.')}" for rs, u in groepen) + ".",
        "wat_nu": [kies],
        "per_vakantieregio": [{"vakantieregio": opsomming([VAKANTIEREGIO_LABELS[r] for r in rs]), "uitkomst": u["kern"]}
                              for rs, u in groepen],
        "uitleg": [uitleg_regio],
        "keuzes": list(keuzes.values()),
        "waarschuwingen": waarschuwingen,
    }


TE_GROOT = ("Het bestand is te groot voor het geheugen dat deze omgeving de rekenhulp geeft (in een browsertabblad "
            "is dat beperkt). Splits het bestand, bijvoorbeeld per school of per periode, of gebruik de rekenhulp op "
            "de opdrachtregel: python -m calculators verzuimoverzicht --bestand <bestand>.")

# The reader's answer first: the verdict, what to do now, the date it is for; then the details.
_VOORAAN = ("kern", "wat_nu", "stand_op")


def run(naam: str, invoer: dict | None = None, *, voortgang=None, toestand: dict | None = None) -> dict:
    """``voortgang(fase, gedaan, totaal)``: optional progress callback for long calculations (verzuimoverzicht).
    ``toestand``: a dict the calculation may fill with what it worked from (the verzuimoverzicht puts each
    pupil's registrations and the shared context there, so a pupil's picture and letters need no second read)."""
    if not isinstance(naam, str) or naam not in REGISTER:
        return _onbekend(naam)
    if invoer is None:
        invoer = {}
    if not isinstance(invoer, dict):
        return {"fouten": [{"veld": "invoer", "melding": "De invoer moet een object met velden zijn."}]}
    try:
        waarden = lees(_velden(naam), invoer)
        try:
            profiel = profielen.laad(waarden["regio"])
        except FileNotFoundError:
            raise InvoerFout(Fout("regio", f"Er is geen regioprofiel '{waarden['regio']}'.")) from None
        # the reference date for 'not in the future' checks: the peildatum, else today
        waarden["_vandaag"] = waarden.get("peildatum") or dt.date.today()
        waarden["_voortgang"] = voortgang
        waarden["_toestand"] = toestand
        try:
            antwoord = _bereken(naam, waarden, profiel)
        except VakantieregioNodig:
            if REGISTER[naam].eigen_pagina:
                # a whole school's export has one calendar: three answers side by side would mislead
                raise InvoerFout(Fout("vakantieregio", "Kies de vakantieregio van de school: het overzicht telt "
                                      "schooldagen, en het landelijke profiel heeft geen vakantieregio.")) from None
            antwoord = _per_vakantieregio(naam, waarden, profiel)
        voor = {k: antwoord.pop(k) for k in _VOORAAN if k in antwoord}
        return {"rekenhulp": naam, "regio": profiel.id, "regio_naam": profiel.naam, **voor, **antwoord}
    except InvoerFout as e:
        # 'extra': what the user needs to fix the input (the verzuimoverzicht's first rows of a headerless file)
        return {"fouten": [f.als_dict() for f in e.fouten], **(getattr(e, "extra", None) or {})}
    except ProfielFout as e:
        return {"fouten": [{"veld": "regio", "melding": f"Het regioprofiel is onjuist: {e}"}]}
    except MemoryError:  # a school board's file in a browser tab: say what to do, it is not a bug
        return {"fouten": [{"veld": "bestand", "melding": TE_GROOT}]}
    except Exception as e:  # a bug of ours: say so in Dutch, keep the detail for the maintainers
        return {"fouten": [{"veld": "", "melding": "Er ging iets mis in de rekenhulp zelf. Dit is een fout van "
                            "Verzuimwijzer, niet van uw invoer; meld het ons met deze invoer."}],
                "interne_fout": f"{type(e).__name__}: {e}"}


def run_json(naam: str, invoer_json: str) -> str:
    """JSON string in, JSON string out: the bridge the browser worker calls."""
    te_diep = {"fouten": [{"veld": "invoer", "melding": "De invoer is te diep genest (te veel haakjes binnen elkaar) "
                                                       "om te lezen."}]}
    if te_diep_genest(invoer_json):  # thousands of nested brackets: no form makes that
        return json.dumps(te_diep, ensure_ascii=False)
    try:
        invoer = json.loads(invoer_json) if invoer_json else {}
    except (ValueError, TypeError):
        return json.dumps({"fouten": [{"veld": "invoer", "melding": "De invoer is geen geldige JSON."}]})
    except RecursionError:
        return json.dumps(te_diep, ensure_ascii=False)
    return json.dumps(run(naam, invoer), ensure_ascii=False)


def documenten_json(naam: str, invoer_json: str, antwoord_json: str) -> str:
    """The documents (letters, verslagen, checklists) that fit an answer, filled: the worker's second bridge."""
    from .documenten import documenten_json as _documenten_json

    return _documenten_json(naam, invoer_json, antwoord_json, bereken=run)


def documentbestanden_json(verzoek_json: str) -> str:
    """A filled document ({tekst, titel}) as the files to download: {docx: base64, txt}: the worker's third bridge."""
    from .documenten.bestanden import bestanden_json

    return bestanden_json(verzoek_json)
