"""Answers that follow the law as it stands (issue 15): the overview's explanation for a region that counts
lesuren, and the RMC age version for a date before and after 1 January 2026."""

from __future__ import annotations

import datetime as dt

from calculators import profielen, run


def test_lesuren_tellen_is_strenger_dan_de_wet_en_de_uitleg_zegt_dat():
    # 17 missed lessons of 50 minutes: 17 lesuren reach Zuid-Kennemerland's 16, but only 14.2 clock hours
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(
        f"51;{dt.date(2026, 3, 2) + dt.timedelta(days=i // 4):%d-%m-%Y};{1 + i % 4};A\n" for i in range(17))
    zk = run("verzuimoverzicht", {"bestand": tekst, "regio": "zuid-kennemerland-ijmond", "peildatum": "2026-03-20"})
    wet = run("verzuimoverzicht", {"bestand": tekst, "regio": "landelijk", "vakantieregio": "noord",
                                   "peildatum": "2026-03-20"})
    assert "melding_16_uur" in zk["leerlingen"][0]["signalen"] and wet["leerlingen"][0]["meldingen"] == []
    uitleg = " ".join(s["tekst"] for s in zk["uitleg"])
    assert "telt lesuren" in uitleg and "eerder bereikt (strenger dan de wet)" in uitleg
    assert "later dan de wet" not in uitleg


def test_rmc_leeftijd_per_peildatum():
    prof = profielen.laad("landelijk")
    assert prof.waarde("rmc_tot_leeftijd", dt.date(2025, 12, 31)) == 23
    assert prof.waarde("rmc_tot_leeftijd", dt.date(2026, 1, 1)) == 27
    assert prof.parameter("rmc_tot_leeftijd", dt.date(2026, 12, 4))[1] is None  # no stale-value warning today
    assert prof.waarde("rmc_verzuim_weken") == 4
