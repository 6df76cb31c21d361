"""Verlof scenarios (art. 13, 13a, 14 Lpw): school days, who decides, the fixed rules."""

import pytest


def verlof(bereken, **invoer):
    invoer.setdefault("vakantieregio", "noord")
    return bereken("verlof", **invoer)


def test_vakantieverlof_binnen_de_regels_beslist_de_directeur(bereken):
    uit = verlof(bereken, soort="vakantie", eerste_dag="2026-06-01", laatste_dag="2026-06-12",
                 aanvraagdatum="2026-03-01")
    assert uit["schooldagen"] == 10
    assert uit["toegestaan"] is None  # the head still judges the employer's statement
    assert uit["beslisser"] == "directeur"
    assert uit["uiterlijk_aanvragen"] == "2026-04-06"


def test_vakantieverlof_elf_schooldagen_kan_niet(bereken):
    uit = verlof(bereken, soort="vakantie", eerste_dag="2026-06-01", laatste_dag="2026-06-15")
    assert uit["schooldagen"] == 11
    assert uit["toegestaan"] is False
    assert uit["beslisser"] == "directeur"  # no route above ten days via the leerplichtambtenaar
    assert any("11 schooldagen" in r for r in uit["redenen"])


def test_tweede_vakantieverlof_in_hetzelfde_schooljaar(bereken):
    uit = verlof(bereken, soort="vakantie", eerste_dag="2026-06-01", laatste_dag="2026-06-03",
                 eerder_vakantieverlof=True)
    assert uit["toegestaan"] is False
    assert any("één keer per schooljaar" in r for r in uit["redenen"])


def test_vakantieverlof_niet_in_de_eerste_twee_lesweken(bereken):
    # noord: back on 25 August 2025; the first two lesweken run to Sunday 7 September
    uit = verlof(bereken, soort="vakantie", eerste_dag="2025-09-05", laatste_dag="2025-09-09")
    assert uit["toegestaan"] is False
    later = verlof(bereken, soort="vakantie", eerste_dag="2025-09-08", laatste_dag="2025-09-09")
    assert later["toegestaan"] is None


def test_vakantieverlof_achteraf_kan_niet(bereken):
    uit = verlof(bereken, soort="vakantie", eerste_dag="2026-06-01", laatste_dag="2026-06-03",
                 aanvraagdatum="2026-06-02")
    assert uit["toegestaan"] is False


def test_late_aanvraag_is_geen_weigergrond(bereken):
    uit = verlof(bereken, soort="vakantie", eerste_dag="2026-06-01", laatste_dag="2026-06-03",
                 aanvraagdatum="2026-05-20")
    assert uit["toegestaan"] is None
    assert any("richtlijn" in r for r in uit["redenen"])


def test_vakantie_en_feestdagen_tellen_niet_als_schooldag(bereken):
    # 20 April - 8 May 2026 in noord: meivakantie 25 April - 3 May and Koningsdag 27 April fall inside
    uit = verlof(bereken, soort="vakantie", eerste_dag="2026-04-20", laatste_dag="2026-05-08")
    assert uit["schooldagen"] == 10


def test_bbl_student_naar_rato(bereken):
    uit = verlof(bereken, soort="vakantie", eerste_dag="2026-06-01", laatste_dag="2026-06-05",
                 onderwijsdagen_per_week=2)
    assert uit["max_dagen"] == 4
    assert uit["toegestaan"] is False


@pytest.mark.parametrize("eerder, dagen_eind, beslisser", [
    (0, "2026-03-13", "directeur"),          # 10 school days
    (9, "2026-03-02", "directeur"),          # 9 + 1 = 10
    (9, "2026-03-03", "leerplichtambtenaar"),  # 9 + 2 = 11
    (0, "2026-03-16", "leerplichtambtenaar"),  # 11 in one request
])
def test_gewichtige_omstandigheden_tien_dagen_per_schooljaar(bereken, eerder, dagen_eind, beslisser):
    uit = verlof(bereken, soort="gewichtige_omstandigheden", eerste_dag="2026-03-02", laatste_dag=dagen_eind,
                 eerder_verleend_dagen=eerder)
    assert uit["beslisser"] == beslisser
    assert uit["toegestaan"] is None


def test_gewichtige_omstandigheden_achteraf_binnen_twee_dagen(bereken):
    ok = verlof(bereken, soort="gewichtige_omstandigheden", eerste_dag="2026-03-02", laatste_dag="2026-03-02",
                aanvraagdatum="2026-03-04")
    assert ok["toegestaan"] is None
    te_laat = verlof(bereken, soort="gewichtige_omstandigheden", eerste_dag="2026-03-02", laatste_dag="2026-03-02",
                     aanvraagdatum="2026-03-05")
    assert te_laat["toegestaan"] is False


def test_religieus_is_een_mededeling_twee_dagen_vooraf(bereken):
    op_tijd = verlof(bereken, soort="religieus", eerste_dag="2026-03-20", laatste_dag="2026-03-20",
                     aanvraagdatum="2026-03-18")
    assert op_tijd["toegestaan"] is True and op_tijd["beslisser"] is None
    te_laat = verlof(bereken, soort="religieus", eerste_dag="2026-03-20", laatste_dag="2026-03-20",
                     aanvraagdatum="2026-03-19")
    assert te_laat["toegestaan"] is False
    assert op_tijd["melden_uiterlijk"] == "2026-03-18"


def test_verlof_in_de_vakantie_is_geen_verlof(bereken):
    uit = verlof(bereken, soort="vakantie", eerste_dag="2026-07-06", laatste_dag="2026-07-10")
    assert uit["schooldagen"] == 0 and uit["toegestaan"] is True


def test_verlof_einde_voor_begin_is_een_fout():
    from calculators import run

    uit = run("verlof", {"soort": "vakantie", "eerste_dag": "2026-06-10", "laatste_dag": "2026-06-01",
                         "vakantieregio": "noord"})
    assert uit["fouten"] == [{"veld": "laatste_dag", "melding": "De laatste verlofdag ligt voor de eerste."}]
