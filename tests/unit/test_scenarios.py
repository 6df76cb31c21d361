"""The scenario tables (tests/unit/scenarios/*.toml): a pupil's facts and the expected outcome per region,
as data a domain expert can read and extend. Standard library only (tomllib), so they run in Pyodide too."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from calculators import profielen, run

MAP = Path(__file__).with_name("scenarios")
REGIOS = profielen.regio_ids(profielen.STANDAARD_MAP)


def waarde_uit(antwoord, pad: str):
    """'eerste_dag', 'stappen.0.id': a path into the answer."""
    x = antwoord
    for deel in pad.split("."):
        x = x[int(deel)] if isinstance(x, list) else x[deel]
    return x


def scenarios() -> list:
    uit = []
    for pad in sorted(MAP.glob("*.toml")):
        for s in tomllib.loads(pad.read_text(encoding="utf-8"))["scenario"]:
            onbekend = set(s.get("verwacht_per_regio", {})) - set(REGIOS)
            assert not onbekend, f"{pad.name}: {s['naam']}: onbekende regio {onbekend}"
            for regio in s.get("regios", REGIOS):
                uit.append(pytest.param(s, regio, id=f"{pad.stem}: {s['naam']} [{regio}]"))
    return uit


@pytest.mark.parametrize("scenario, regio", scenarios())
def test_scenario(scenario, regio):
    antwoord = run(scenario["rekenhulp"], {"regio": regio, **scenario["feiten"]})
    assert "fouten" not in antwoord, antwoord["fouten"]
    verwacht = {**scenario.get("verwacht", {}), **scenario.get("verwacht_per_regio", {}).get(regio, {})}
    assert verwacht, "een scenario zonder verwachte uitkomst toetst niets"
    for sleutel, waarde in verwacht.items():
        if sleutel.endswith("_bevat"):
            tekst = waarde_uit(antwoord, sleutel.removesuffix("_bevat"))
            assert waarde in tekst, f"{sleutel}: «{waarde}» staat niet in «{tekst}»"
        else:
            assert waarde_uit(antwoord, sleutel) == waarde, f"{sleutel} in {regio}"


def test_elk_thema_van_de_scenarios_is_er():
    namen = {s.values[0]["rekenhulp"] for s in scenarios()}
    assert {"leerplicht_start", "leerplicht_einde", "kwalificatieplicht", "verlof", "melding_16_uur",
            "ziekteverzuim", "stappenplan"} <= namen
