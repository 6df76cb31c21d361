"""Scenarios for the start and end of leerplicht, kwalificatieplicht and five-year-olds (art. 3, 4a-4c, 11a Lpw)."""

import pytest


@pytest.mark.parametrize("geboren, regio, eerste_dag, buiten_maand", [
    ("2020-06-14", "midden", "2025-07-01", False),   # first school day of July, before the summer holiday
    ("2020-07-14", "midden", "2025-09-01", True),    # August is all holiday in midden: 1 September
    ("2020-07-14", "noord", "2025-08-25", False),    # noord is back on 25 August
    ("2020-11-30", "midden", "2025-12-01", False),   # 30 November: the first of December is a Monday
    ("2020-12-15", "midden", "2026-01-05", False),   # kerstvakantie and New Year: Monday 5 January
    ("2020-10-31", "noord", "2025-11-03", False),    # 1 November 2025 is a Saturday
    ("2021-03-15", "midden", "2026-04-01", False),
    ("2021-03-31", "midden", "2026-04-01", False),   # last day of the month
    ("2021-04-01", "midden", "2026-05-04", False),   # May: meivakantie until 3 May, Monday 4 May
    ("2021-07-01", "zuid", "2026-08-24", False),     # zuid: summer holiday until 23 August
    ("2021-07-01", "midden", "2026-08-31", False),   # midden 2026: back on the last day of August
])
def test_start_leerplicht(bereken, geboren, regio, eerste_dag, buiten_maand):
    uit = bereken("leerplicht_start", geboortedatum=geboren, vakantieregio=regio)
    assert uit["eerste_dag"] == eerste_dag
    assert uit["buiten_maand"] is buiten_maand
    assert uit["benadering"] is False
    assert uit["uitleg"] and all("tekst" in s for s in uit["uitleg"])


def test_start_29_februari_telt_1_maart_als_verjaardag(bereken):
    uit = bereken("leerplicht_start", geboortedatum="2020-02-29", vakantieregio="midden")
    assert uit["vijfde_verjaardag"] == "2025-03-01"
    assert uit["eerste_dag"] == "2025-04-01"
    assert "schrikkeldag" in [k["id"] for k in uit["keuzes"]]


def test_start_29_februari_in_schrikkeljaar(bereken):
    # born 29 Feb 2019 does not exist; born 29 Feb 2016 turns 5 on 1 March 2021 (2021 no leap year)
    uit = bereken("leerplicht_start", geboortedatum="2016-02-29", vakantieregio="midden", peildatum="2021-01-01")
    assert uit["vijfde_verjaardag"] == "2021-03-01"
    assert uit["benadering"] is True  # 2021 is outside the holiday data


def test_start_regio_profiel_geeft_vakantieregio(bereken):
    uit = run_regio = bereken("leerplicht_start", geboortedatum="2020-07-14", regio="landelijk", vakantieregio="zuid")
    assert run_regio["eerste_dag"] == "2025-08-18"
    assert uit["regio"] == "landelijk"


def test_start_zonder_vakantieregio_bij_landelijk_geeft_de_uitkomst_per_regio():
    from calculators import run

    # five in July 2025: the first school day after the summer differs per vakantieregio
    uit = run("leerplicht_start", {"geboortedatum": "2020-07-14"})
    assert "fouten" not in uit
    assert [(r["vakantieregio"], r["uitkomst"]) for r in uit["per_vakantieregio"]] == [
        ("Noord", "Dit kind is leerplichtig vanaf maandag 25 augustus 2025."),
        ("Midden", "Dit kind is leerplichtig vanaf maandag 1 september 2025."),
        ("Zuid", "Dit kind is leerplichtig vanaf maandag 18 augustus 2025."),
    ]
    assert uit["kern"].startswith("Het antwoord hangt af van de vakantieregio van de school: in Noord: dit kind")


def test_start_met_studiedag_op_de_eerste(bereken):
    uit = bereken("leerplicht_start", geboortedatum="2020-06-14", vakantieregio="midden",
                  vrije_dagen=["2025-07-01", "2025-07-02"])
    assert uit["eerste_dag"] == "2025-07-03"


def test_start_buiten_de_bekende_schooljaren_is_een_benadering(bereken):
    uit = bereken("leerplicht_start", geboortedatum="2026-07-10", vakantieregio="midden", peildatum="2026-11-01")
    assert uit["benadering"] is True
    assert uit["eerste_dag"] == "2031-08-01"
    assert uit["waarschuwingen"]


@pytest.mark.parametrize("geboren, laatste_dag", [
    ("2010-07-31", "2026-07-31"),  # 16 on the last day of a school year: ends that day
    ("2010-08-01", "2027-07-31"),  # 16 on the first day of the next school year: a year later
    ("2010-01-15", "2026-07-31"),
    ("2008-02-29", "2024-07-31"),  # 16th birthday on 29 February 2024 (a leap year)
])
def test_einde_leerplicht_16_jaar(bereken, geboren, laatste_dag):
    uit = bereken("leerplicht_einde", geboortedatum=geboren)
    assert uit["laatste_dag"] == laatste_dag
    assert uit["regel"] == "16_jaar"


def test_einde_na_twaalf_volledige_schooljaren(bereken):
    # born 1 August 2010, in school from 2014-2015: twelve years complete on 31 July 2026, a year before 16
    uit = bereken("leerplicht_einde", geboortedatum="2010-08-01", eerste_volledige_schooljaar=2014)
    assert uit["laatste_dag"] == "2026-07-31"
    assert uit["regel"] == "12_schooljaren"
    assert uit["kwalificatieplicht_vanaf"] == "2026-08-01"


def test_einde_basisschool_in_zeven_jaar_telt_als_acht(bereken):
    # born March 2011, from 2015-2016, skipped a group: basisschool 7 years -> counted as 8
    uit = bereken("leerplicht_einde", geboortedatum="2011-03-10", eerste_volledige_schooljaar=2015,
                  basisschool_jaren=7)
    assert uit["laatste_dag"] == "2026-07-31"
    assert uit["regel"] == "12_schooljaren"
    zonder = bereken("leerplicht_einde", geboortedatum="2011-03-10", eerste_volledige_schooljaar=2015)
    assert zonder["laatste_dag"] == "2027-07-31" and zonder["regel"] == "16_jaar"


def test_einde_schooljaar_voor_het_vierde_jaar_is_een_fout():
    from calculators import run

    uit = run("leerplicht_einde", {"geboortedatum": "2012-03-10", "eerste_volledige_schooljaar": 2014})
    assert uit["fouten"][0]["veld"] == "eerste_volledige_schooljaar"


def test_kwalificatieplicht_tot_de_dag_voor_de_18e_verjaardag(bereken):
    uit = bereken("kwalificatieplicht", geboortedatum="2009-10-05")
    assert uit["van_toepassing"] is True
    assert (uit["eerste_dag"], uit["laatste_dag"]) == ("2026-08-01", "2027-10-04")


def test_kwalificatieplicht_geboren_29_februari(bereken):
    uit = bereken("kwalificatieplicht", geboortedatum="2008-02-29")
    assert uit["laatste_dag"] == "2026-02-28"  # 18 on 1 March 2026


def test_kwalificatieplicht_eindigt_met_startkwalificatie(bereken):
    uit = bereken("kwalificatieplicht", geboortedatum="2007-09-20", startkwalificatie_datum="2025-07-10")
    assert uit["laatste_dag"] == "2025-07-09"
    assert uit["reden"] == "startkwalificatie"


def test_startkwalificatie_tijdens_leerplicht_geen_kwalificatieplicht(bereken):
    # 16 in August 2024: leerplicht until 31 July 2025, so a diploma of 10 July 2025 comes first
    vroeg = bereken("kwalificatieplicht", geboortedatum="2008-08-20", startkwalificatie_datum="2025-07-10")
    assert vroeg["van_toepassing"] is False and vroeg["reden"] == "startkwalificatie"
    # with twelve full school years from 2012-2013 the leerplicht ended a year earlier: then it does apply
    uit = bereken("kwalificatieplicht", geboortedatum="2008-08-20", startkwalificatie_datum="2025-07-10",
                  eerste_volledige_schooljaar=2012)
    assert uit["van_toepassing"] is True
    assert (uit["eerste_dag"], uit["laatste_dag"]) == ("2024-08-01", "2025-07-09")


@pytest.mark.parametrize("uitzondering", ["praktijkonderwijs", "vso_arbeidsmarkt", "vso_dagbesteding"])
def test_kwalificatieplicht_uitzonderingen(bereken, uitzondering):
    uit = bereken("kwalificatieplicht", geboortedatum="2009-01-01", uitzondering=uitzondering)
    assert uit["van_toepassing"] is False and uit["eerste_dag"] is None


@pytest.mark.parametrize("uren, toegestaan, directeur", [
    (0, True, False), (5, True, False), (5.5, None, True), (10, None, True), (10.5, False, True),
])
def test_vijfjarige(bereken, uren, toegestaan, directeur):
    uit = bereken("vrijstelling_vijfjarige", geboortedatum="2020-05-10", datum="2025-09-15", uren_per_week=uren,
                  vakantieregio="noord")
    assert uit["toegestaan"] is toegestaan
    assert uit["toestemming_directeur_nodig"] is directeur
    assert uit["max_uren_per_week"] == 10


def test_vijfjarige_al_zes(bereken):
    uit = bereken("vrijstelling_vijfjarige", geboortedatum="2019-05-10", datum="2025-09-15", uren_per_week=2,
                  vakantieregio="noord")
    assert uit["toegestaan"] is False and uit["max_uren_per_week"] == 0


def test_vijfjarige_nog_niet_leerplichtig(bereken):
    uit = bereken("vrijstelling_vijfjarige", geboortedatum="2020-09-10", datum="2025-09-15", uren_per_week=20,
                  vakantieregio="noord")
    assert uit["toegestaan"] is True and uit["leerplichtig_vanaf"] == "2025-10-01"
