"""Zorgwekkend ziekteverzuim: M@ZL (national) and the regional variants from the profiles."""

from calculators import run


def ziek(meldingen, soort="vo", **extra):
    uit = run("ziekteverzuim", {"vakantieregio": "midden", "onderwijssoort": soort, "ziekmeldingen": meldingen,
                                **extra})
    assert "fouten" not in uit, uit
    return uit


def m(eerste, laatste=None, uren=None):
    d = {"eerste_dag": eerste, "laatste_dag": laatste or eerste}
    if uren is not None:
        d["uren"] = uren
    return d


def test_geen_ziekmeldingen_geen_signaal():
    uit = ziek([])
    assert uit["signalen"] == [] and uit["zorgwekkend"] is False


def test_vierde_ziekmelding_binnen_twaalf_schoolweken():
    uit = ziek([m("2025-09-08"), m("2025-09-22"), m("2025-10-06"), m("2025-11-03")])
    assert [(s["datum"], s["criterium"]) for s in uit["signalen"]] == [("2025-11-03", "meldingen_in_schoolweken")]
    assert uit["signalen"][0]["bron"]["url"]


def test_vier_meldingen_verspreid_over_meer_dan_twaalf_schoolweken():
    assert ziek([m("2025-09-01"), m("2025-10-06"), m("2025-11-17"), m("2025-12-15")])["signalen"] == []


def test_vakantieweken_rekken_de_twaalf_schoolweken_op():
    # 12 school weeks back from 8 December 2025 reach the week of 15 September, because the
    # herfstvakantie week (20 October) does not count; the week of 8 September is outside
    uit = ziek([m("2025-09-15"), m("2025-10-01"), m("2025-11-05"), m("2025-12-08")])
    assert len(uit["signalen"]) == 1
    assert ziek([m("2025-09-12"), m("2025-10-01"), m("2025-11-05"), m("2025-12-08")])["signalen"] == []


def test_zevende_schooldag_aaneengesloten_ziek_over_het_weekend():
    uit = ziek([m("2025-11-05", "2025-11-14")])
    assert [(s["datum"], s["criterium"]) for s in uit["signalen"]] == [("2025-11-13", "aaneengesloten_dagen")]


def test_aansluitende_ziekmeldingen_vormen_een_reeks():
    uit = ziek([m("2025-11-05", "2025-11-07"), m("2025-11-10", "2025-11-13")])
    assert ("2025-11-13", "aaneengesloten_dagen") in [(s["datum"], s["criterium"]) for s in uit["signalen"]]


def test_zes_dagen_is_nog_geen_signaal():
    assert ziek([m("2025-11-05", "2025-11-12")])["signalen"] == []


def test_open_ziekmelding_loopt_tot_de_peildatum():
    uit = ziek([{"eerste_dag": "2025-11-05"}], peildatum="2025-11-20")
    assert uit["signalen"][0]["datum"] == "2025-11-13"


def test_overlappende_ziekmeldingen_zijn_een_fout():
    uit = run("ziekteverzuim", {"vakantieregio": "midden", "onderwijssoort": "vo",
                                "ziekmeldingen": [m("2025-11-05", "2025-11-10"), m("2025-11-07", "2025-11-08")]})
    assert uit["fouten"][0]["veld"] == "ziekmeldingen"
