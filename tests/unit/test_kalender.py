"""The school calendar: holidays, public holidays, lesweken."""

import datetime as dt

import pytest

from calculators.kalender import Kalender, _berekende_feestdagen, _feestdagen_uit_data, schooljaar_van

D = dt.date.fromisoformat


def test_zomervakantie_midden_2025_is_geen_schooldag():
    kal = Kalender("midden")
    assert not kal.is_schooldag(D("2025-08-29"))
    assert kal.is_schooldag(D("2025-09-01"))
    assert kal.reden_vrij(D("2025-08-29")) == "zomervakantie"


def test_noord_begint_eerder_na_de_zomer_dan_midden():
    assert Kalender("noord").is_schooldag(D("2025-08-25"))
    assert not Kalender("midden").is_schooldag(D("2025-08-25"))


def test_feestdagen_en_keuzedagen():
    kal = Kalender("midden")
    assert kal.reden_vrij(D("2026-04-06")) == "Tweede Paasdag"
    assert kal.reden_vrij(D("2026-05-14")) == "Hemelvaartsdag"
    # Goede Vrijdag is a choice of the school: a school day unless the school says otherwise
    assert kal.is_schooldag(D("2026-04-03"))
    assert not Kalender("midden", {D("2026-04-03")}).is_schooldag(D("2026-04-03"))


def test_vier_lesweken_vanaf_donderdag_zonder_vakantie():
    # the example: Thursday 11 September 2025 covers up to Wednesday 8 October 2025
    assert Kalender("midden").lesweken_vooruit(D("2025-09-11"), 4) == D("2025-10-08")


def test_vier_lesweken_slaan_de_herfstvakantie_over():
    # midden: herfstvakantie 18-26 October 2025; anchor Monday 6 October
    # lesweken after it: 13 Oct, (20 Oct skipped), 27 Oct, 3 Nov, 10 Nov -> window ends Sunday 9 November
    assert Kalender("midden").lesweken_vooruit(D("2025-10-06"), 4) == D("2025-11-09")


def test_vier_lesweken_over_de_kerstvakantie():
    # kerstvakantie 20 Dec 2025 - 4 Jan 2026 (two weeks without school): both are skipped
    assert Kalender("noord").lesweken_vooruit(D("2025-12-10"), 4) == D("2026-01-20")


def test_eerste_twee_lesweken_van_het_schooljaar():
    eerste, einde = Kalender("noord").eerste_lesweken(D("2025-10-01"), 2)
    assert (eerste, einde) == (D("2025-08-25"), D("2025-09-07"))


@pytest.mark.parametrize("jaar", range(2024, 2031))
def test_berekende_feestdagen_kloppen_met_de_officiele_data(jaar):
    data = _feestdagen_uit_data()
    tot = max(data)
    uit_data = {d for d, (_, vrij) in data.items() if vrij and d.year == jaar and d.weekday() < 5}
    berekend = {d for d in _berekende_feestdagen(jaar) if d.weekday() < 5 and d <= tot}
    assert berekend == uit_data


def test_schooljaar_loopt_van_1_augustus_tot_31_juli():
    assert schooljaar_van(D("2025-07-31")) == (D("2024-08-01"), D("2025-07-31"))
    assert schooljaar_van(D("2025-08-01")) == (D("2025-08-01"), D("2026-07-31"))


def test_buiten_de_data_alleen_weekend_en_feestdagen():
    kal = Kalender("midden")
    assert kal.is_schooldag(D("2031-08-04"))  # summer holiday unknown: approximated as a school day
    assert not kal.is_schooldag(D("2031-12-25"))
    assert kal.benadering(D("2031-08-04"))
