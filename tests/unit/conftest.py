import datetime as dt

import pytest

from calculators import run

try:  # no timed assertions in tests: Hypothesis' 200 ms deadline failed on a loaded 2-core machine (Pyodide)
    from hypothesis import settings

    settings.register_profile("verzuimwijzer", deadline=None)
    settings.load_profile("verzuimwijzer")
except ImportError:  # Pyodide without hypothesis: its modules are skipped there
    pass


@pytest.fixture
def bereken():
    """run() that fails the test on errors, so a scenario reads as input -> answer."""
    def _bereken(naam, **invoer):
        uit = run(naam, invoer)
        assert "fouten" not in uit, uit
        return uit
    return _bereken


def schooldagen(van: str, tot: str, regio: str = "midden") -> list[str]:
    from calculators.kalender import Kalender

    kal = Kalender(regio)
    return [d.isoformat() for d in kal.schooldagen(dt.date.fromisoformat(van), dt.date.fromisoformat(tot))]
