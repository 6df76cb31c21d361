"""One vocabulary: every reader uses calculators/woordenschat.py, and the JSON Schema for editors is generated from it."""

from __future__ import annotations

import json
import tomllib

from calculators import kalender, profielen, register, woordenschat
from calculators.regels import stappenplan, ziekte


def test_json_schema_is_bijgewerkt():
    bestand = profielen.STANDAARD_MAP / "profiel.schema.json"
    assert json.loads(bestand.read_text(encoding="utf-8")) == woordenschat.json_schema(), \
        "python -m calculators.woordenschat > calculators/profielen/profiel.schema.json"


def test_de_lezers_gebruiken_dezelfde_woorden():
    assert kalender.REGIO_S == tuple(woordenschat.VAKANTIEREGIO_S)
    assert register.VAKANTIEREGIO_LABELS is woordenschat.VAKANTIEREGIO_LABELS
    assert set(stappenplan.OPERATOREN) == set(woordenschat.STAP_GRENZEN)
    assert {v.naam for v in stappenplan.VELDEN_TELLINGEN} == set(woordenschat.STAP_VELDEN)
    assert set(ziekte.CRITERIA) == set(woordenschat.CRITERIA)
    assert dict(ziekte.ONDERWIJSSOORTEN) == woordenschat.ONDERWIJSSOORTEN


def test_de_wet_heeft_elke_parameter_met_het_type_van_de_woordenschat():
    wet = profielen.laad(profielen.BASIS)
    for pid, soort in woordenschat.PARAMETERS.items():
        if pid in wet.parameters:
            assert woordenschat.type_van(wet.waarde(pid)) == soort.type, pid


def test_de_echte_profielen_voldoen_aan_het_schema_op_de_bovenste_sleutels():
    schema = woordenschat.json_schema()
    for pad in profielen.STANDAARD_MAP.glob("*.toml"):
        data = tomllib.loads(pad.read_text(encoding="utf-8"))
        assert set(data) <= set(schema["properties"]), pad.name
        assert set(data["regio"]) <= set(schema["properties"]["regio"]["properties"]), pad.name


def test_als_json():
    uit = json.loads(woordenschat.als_json())
    assert [r["id"] for r in uit["vakantieregios"]] == ["noord", "midden", "zuid"]
    assert uit["criteria"]["aaneengesloten_uren"]["parameters"] == ["mazl_aaneengesloten_uren"]
