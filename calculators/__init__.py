"""Verzuimwijzer: the rules of the Leerplichtwet and of each region as tested calculators.

One contract for tests, the command line and the browser (Pyodide)::

    run(naam, invoer: dict) -> dict     # JSON in, JSON out; never raises
    schema(naam) -> dict                # the fields, for generated forms
    namen() -> list[str]

Dates are 'YYYY-MM-DD' strings. An answer carries ``uitleg`` (steps with sources), ``keuzes``
(interpretation choices applied) and ``waarschuwingen``; bad input gives ``fouten``.
"""

from __future__ import annotations

import datetime as dt
import json

from . import profielen
from .fouten import Fout, InvoerFout, ProfielFout
from .invoer import lees
from .register import REGISTER, gedeelde_velden
from .regels import leerplicht, verlof, melding, ziekte, stappenplan  # noqa: F401, I001  (registration order = menu order)
from .uitleg import Uitleg
from .uitvoer import beschrijving

__all__ = ["run", "schema", "namen", "run_json", "documenten_json"]


def namen() -> list[str]:
    return list(REGISTER)


def _velden(naam: str):
    hulp = REGISTER[naam]
    return hulp.velden + gedeelde_velden(hulp)


def schema(naam: str) -> dict:
    if naam not in REGISTER:
        return _onbekend(naam)
    hulp = REGISTER[naam]
    return {"naam": hulp.naam, "titel": hulp.titel, "omschrijving": hulp.omschrijving,
            "velden": [v.als_dict() for v in _velden(naam)], **beschrijving(naam)}


def _onbekend(naam) -> dict:
    return {"fouten": [{"veld": "naam", "melding":
                        f"Er is geen rekenhulp '{naam}'. Kies uit: {', '.join(REGISTER)}."}]}


def _vandaag(invoer: dict) -> dt.date:
    """The reference date for 'not in the future' checks: the peildatum if valid, else today."""
    try:
        return dt.date.fromisoformat(str(invoer.get("peildatum")))
    except ValueError:
        return dt.date.today()


def run(naam: str, invoer: dict | None = None) -> dict:
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
        waarden["_vandaag"] = _vandaag(invoer)
        uitleg = Uitleg(profiel, waarden["_vandaag"])
        resultaat = REGISTER[naam].bereken(waarden, uitleg)
        return {"rekenhulp": naam, "regio": profiel.id, "regio_naam": profiel.naam, **resultaat,
                **uitleg.als_dict()}
    except InvoerFout as e:
        return {"fouten": [f.als_dict() for f in e.fouten]}
    except ProfielFout as e:
        return {"fouten": [{"veld": "regio", "melding": f"Het regioprofiel is onjuist: {e}"}]}
    except Exception as e:  # a bug of ours: say so in Dutch, keep the detail for the maintainers
        return {"fouten": [{"veld": "", "melding": "Er ging iets mis in de rekenhulp zelf. Dit is een fout van "
                            "Verzuimwijzer, niet van uw invoer; meld het ons met deze invoer."}],
                "interne_fout": f"{type(e).__name__}: {e}"}


def run_json(naam: str, invoer_json: str) -> str:
    """JSON string in, JSON string out: the bridge the browser worker calls."""
    try:
        invoer = json.loads(invoer_json) if invoer_json else {}
    except (ValueError, TypeError):
        return json.dumps({"fouten": [{"veld": "invoer", "melding": "De invoer is geen geldige JSON."}]})
    return json.dumps(run(naam, invoer), ensure_ascii=False)


def schema_json(naam: str | None = None) -> str:
    if naam is None:
        return json.dumps({n: schema(n) for n in namen()}, ensure_ascii=False)
    return json.dumps(schema(naam), ensure_ascii=False)


def documenten_json(naam: str, invoer_json: str, antwoord_json: str) -> str:
    """The documents (letters, verslagen, checklists) that fit an answer, filled: the worker's second bridge."""
    from .documenten import documenten_json as _documenten_json

    return _documenten_json(naam, invoer_json, antwoord_json)
