"""Codes are declared with the rekenhulp whose answers carry them (``Rekenhulp.codes``); the page's schema
stays what it was before the move (tests/unit/data/schema_voor_codes.json, recorded from the shared table)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import calculators

OPGENOMEN = json.loads(Path(__file__).with_name("data").joinpath("schema_voor_codes.json").read_text(encoding="utf-8"))


def test_elke_rekenhulp_is_opgenomen():
    assert set(OPGENOMEN) == set(calculators.namen())


@pytest.mark.parametrize("naam", sorted(OPGENOMEN))
def test_schema_is_gelijk_aan_voor_de_verhuizing(naam):
    # the schema does not depend on the region (the codes' numbers come from the law's profile)
    # equal as JSON values; only the key order of "codes" follows the declarations now (the page looks a code
    # up by its value: overrides/assets/rekenhulp/*.mjs T.codes[c])
    assert calculators.schema(naam) == OPGENOMEN[naam]


def test_elke_code_staat_op_een_plek():
    """A code is declared once: with one rekenhulp, or in the shared table; the overview composes the others'."""
    from calculators.overzicht import VERZUIMOVERZICHT
    from calculators.rekenhulpen import REKENHULPEN
    from calculators.regels import melding, stappenplan, ziekte
    from calculators.uitvoer import GEDEELDE_CODES

    eigen = [(h.naam, c) for h in REKENHULPEN if h is not VERZUIMOVERZICHT for c in h.codes]
    overzicht = set(VERZUIMOVERZICHT.codes) - set(melding.CODES) - set(ziekte.CODES) - set(stappenplan.CODES)
    alle = [c for _, c in eigen] + sorted(overzicht) + list(GEDEELDE_CODES)
    assert len(alle) == len(set(alle)), sorted(c for c in alle if alle.count(c) > 1)


def test_document_leest_de_codes_van_zijn_rekenhulp():
    from calculators.regels.verlof import VERLOF
    from calculators.uitvoer import codes

    assert codes(VERLOF)["leerplichtambtenaar"] == "de leerplichtambtenaar van de woongemeente"
    assert "lrv" not in codes(VERLOF)
