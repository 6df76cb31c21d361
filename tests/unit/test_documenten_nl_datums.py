"""Documents from Dutch dates (issue 21): '02-03-2027' as the form asks gives the same letters as ISO input.

The documents take the input as run() read it (one field reader), never the raw text again.
"""

from __future__ import annotations

import json
import re

import pytest

from calculators import documenten_json, run
from calculators.__main__ import main
from calculators.documenten import document, documenten

from test_documenten import GEWICHTIG, MELDING, STAP_HAAGLANDEN, VAKANTIE_OPEN, VAKANTIE_TE_LANG, ZIEK

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _nl(waarde):
    """Every ISO date in an input, written as the form asks: dd-mm-jjjj."""
    if isinstance(waarde, dict):
        return {k: _nl(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_nl(v) for v in waarde]
    if isinstance(waarde, str) and (m := _ISO.match(waarde)):
        return f"{m[3]}-{m[2]}-{m[1]}"
    return waarde


GEVALLEN = {"vakantie_te_lang": ("verlof", VAKANTIE_TE_LANG), "vakantie_open": ("verlof", VAKANTIE_OPEN),
            "gewichtig": ("verlof", GEWICHTIG),
            "leerplichtambtenaar": ("verlof", {**GEWICHTIG, "laatste_dag": "2026-03-20"}),
            "melding": ("melding_16_uur", MELDING), "ziekte": ("ziekteverzuim", ZIEK),
            "stappenplan": ("stappenplan", STAP_HAAGLANDEN)}


@pytest.mark.parametrize("geval", GEVALLEN)
def test_elk_document_uit_nederlandse_datums_is_hetzelfde_als_uit_iso(geval):
    naam, iso = GEVALLEN[geval]
    nl = _nl(iso)
    assert nl != iso  # the case does hold a date
    antwoord_iso, antwoord_nl = run(naam, iso), run(naam, nl)
    assert "fouten" not in antwoord_nl, antwoord_nl
    soorten = [d["soort"] for d in documenten(naam, nl, antwoord_nl)]
    assert soorten and soorten == [d["soort"] for d in documenten(naam, iso, antwoord_iso)]
    for soort in soorten:
        assert document(naam, nl, antwoord_nl, soort)["tekst"] == document(naam, iso, antwoord_iso, soort)["tekst"]
    # the worker's bridge: every document, no 'konden niet worden gemaakt'
    uit = json.loads(documenten_json(naam, json.dumps(nl), json.dumps(antwoord_nl)))
    assert "fouten" not in uit, uit
    assert [d["soort"] for d in uit["documenten"]] == soorten


def test_verlofbrief_noemt_de_nederlands_getypte_datums_voluit():
    invoer = {"soort": "vakantie", "eerste_dag": "02-03-2027", "laatste_dag": "17-03-2027",
              "aanvraagdatum": "5-1-2027", "vakantieregio": "midden"}
    tekst = document("verlof", invoer, run("verlof", invoer), "besluit_vakantieverlof_afwijzing")["tekst"]
    assert "Op dinsdag 5 januari 2027 vroeg u" in tekst
    assert "van dinsdag 2 maart 2027 tot en met woensdag 17 maart 2027" in tekst


def test_cli_document_uit_nederlandse_datums(capsys):
    invoer = json.dumps({"soort": "vakantie", "eerste_dag": "02-03-2027", "laatste_dag": "17-03-2027",
                         "vakantieregio": "midden"})
    assert main(["verlof", "--invoer", invoer, "--document", "besluit_vakantieverlof_afwijzing"]) == 0
    assert "van dinsdag 2 maart 2027 tot en met woensdag 17 maart 2027" in capsys.readouterr().out
