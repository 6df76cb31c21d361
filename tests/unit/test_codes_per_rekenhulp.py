"""Codes are declared with the rekenhulp whose answers carry them (``Rekenhulp.codes``); the page's schema
carries every code's text, as it did before the move (checked once against a recording of the old shared table)."""

from __future__ import annotations

import calculators



def test_elke_rekenhulp_kent_elke_code():
    """The page looks a code up in its calculator's schema: each schema carries every declared code's text."""
    alle = calculators.schema("verzuimoverzicht")["codes"]
    assert alle and all(calculators.schema(n)["codes"] == alle for n in calculators.namen())
    assert alle["directeur"] == "de directeur van de school"


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
