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
    nu = calculators.schema(naam)
    assert nu == OPGENOMEN[naam]
    assert list(nu["codes"]) == list(OPGENOMEN[naam]["codes"])  # also the order
