"""The one bridge between the rules and their callers: the command line, the page's worker, tests.

* ``invoer_met_bestand``: an export file's bytes into the input fields of ``run("verzuimoverzicht", …)``;
  ``invoer_met_bestanden``: several files ((name, bytes) pairs) into its ``bestanden`` field.
  The CLI (``--bestand``) and the worker both use it. Inside one process the XLSX bytes are passed as they
  are (``bestand_xlsx`` also takes base64 text: that is the JSON contract for callers in another process).
* ``antwoord_json``: JSON in, JSON out, for a calculation or the documents that fit an answer.
* ``overzicht_lezing`` / ``overzicht_te_groot`` / ``overzicht_voor_pagina``: the Verzuimoverzicht for the page
  (files read in pieces, the browser's size limit, the summary and table with progress); ``overzicht_detail`` and
  ``overzicht_weken``: a pupil, or the school's weeks, of the last overview.
* ``overzicht_detail`` / ``overzicht_weken``: one pupil's picture, patterns and filled documents, and the
  school's weeks, from the overview the worker made last (kept by calculators/overzicht_pagina.py).

The worker (overrides/assets/rekenhulp/werker.mjs) holds no Python source: it imports this module.
"""

from __future__ import annotations

import json

from . import documentbestanden_json, documenten_json, run_json
from .overzicht.bestand import als_bytes, invoer_met_bestand, invoer_met_bestanden  # noqa: F401  (the bridge's names)


def antwoord_json(naam: str, invoer_json: str, documenten: str | None = None) -> str:
    """A calculation (run_json), or with ``documenten`` (an answer as JSON) the documents that fit it."""
    if documenten is not None:
        return documenten_json(naam, invoer_json, documenten)
    return run_json(naam, invoer_json)


def bestanden_json(verzoek_json: str) -> str:
    """One filled document ({tekst, titel}) as the files to download: {docx: base64, txt}."""
    return documentbestanden_json(verzoek_json)


def overzicht_lezing(naam: str):
    """A file the worker reads in pieces: ``.voeg_toe(stuk)`` per piece, then it goes to overzicht_voor_pagina."""
    from .overzicht.lezing import Lezing

    return Lezing(str(naam))


def overzicht_te_groot(grootte: int, naam: str) -> str | None:
    """The Dutch message for a file too large to read in the page (it names the limit and the command line)."""
    from .overzicht.lezing import te_groot

    return te_groot(int(grootte), str(naam))


def overzicht_voor_pagina(invoer_json: str, data, voortgang=None) -> tuple[str, str, str, str]:
    """The page's share of the Verzuimoverzicht (calculators/overzicht_pagina.py): (summary, table rows, CSV with
    and without names), from one file's bytes or from the files the worker read in pieces (overzicht_lezing)."""
    from .overzicht_pagina import voor_pagina

    try:
        invoer = json.loads(invoer_json) if invoer_json else {}
    except (ValueError, TypeError, RecursionError):
        invoer = None
    if not isinstance(invoer, dict):
        fout = json.dumps({"fouten": [{"veld": "invoer", "melding": "De invoer is geen geldige JSON."}]})
        return fout, "[]", "", ""
    if isinstance(data, (bytes, bytearray, memoryview)) or hasattr(data, "to_bytes"):
        data = als_bytes(data)
    else:  # the worker's list of files read in pieces (a JavaScript array of them arrives as a JsProxy)
        data = list(data)
    return voor_pagina(invoer, data, voortgang)


def _als_json(maak) -> str:
    """JSON of a detail; a failure of ours is a Dutch message, never a traceback in the page."""
    try:
        uit = maak()
    except Exception as e:  # noqa: BLE001
        uit = {"fouten": [{"veld": "leerling", "melding": "Het beeld van deze leerling kon niet worden gemaakt. Dit is "
                           "een fout van Verzuimwijzer; de tabel zelf klopt wel."}], "interne_fout": f"{type(e).__name__}: {e}"}
    return json.dumps(uit, ensure_ascii=False)


def overzicht_detail(leerling_id: str) -> str:
    """JSON {leerling, beeld, documenten} of one pupil of the last overview (or {fouten})."""
    from .overzicht_pagina import detail

    return _als_json(lambda: detail(str(leerling_id)))


def overzicht_weken() -> str:
    """JSON of school_weken(...) of the last overview: {svg, weken} (or {fouten})."""
    from .overzicht_pagina import weken

    return _als_json(weken)
