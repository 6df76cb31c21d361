import datetime as dt

import pytest

from calculators import run

# No time limit per example: on a shared 2-core machine a call can take 400 ms once and 1 ms the next time,
# and speed is measured by scripts/, not asserted in tests.
try:
    from hypothesis import settings
except ImportError:  # Pyodide without hypothesis: the property tests are skipped there
    pass
else:
    settings.register_profile("verzuimwijzer", deadline=None)
    settings.load_profile("verzuimwijzer")


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
