"""Which step of the regional stappenplan applies, who is in charge, and the Haaglanden deadlines."""

import pytest

from calculators import run


def stappen(regio, **tellingen):
    uit = run("stappenplan", {"regio": regio, **tellingen})
    assert "fouten" not in uit, uit
    return uit


@pytest.mark.parametrize("tellingen, eerste_stap, regie", [
    ({}, "geen_verzuim", "Mentor"),
    ({"ongeoorloofde_uren": 0}, "geen_verzuim", "Mentor"),
    ({"ongeoorloofde_uren": 8}, "verzuimgesprek", "Zorgcoördinator"),
    ({"ongeoorloofde_uren": 16}, "melden_duo", "Leerplichtambtenaar"),
    ({"aaneengesloten_ziektedagen": 7}, "mazl", "Zorgcoördinator"),
    ({"ziekmeldingen_12_weken": 4}, "mazl", "Zorgcoördinator"),
    ({"ongeoorloofde_uren": 40, "weken_aaneengesloten_afwezig": 3}, "aanhoudend_verzuim", "Leerplichtambtenaar"),
    ({"ongeoorloofde_uren": 40, "weken_aaneengesloten_afwezig": 5}, "thuiszitter", "Zorgcoördinator"),
])
def test_amsterdam_zes_situaties(tellingen, eerste_stap, regie):
    uit = stappen("amsterdam-diemen", **tellingen)
    assert uit["stappen"][0]["id"] == eerste_stap
    assert uit["stappen"][0]["in_regie"] == regie
    assert uit["stappen"][0]["acties"]


def test_amsterdam_onder_de_drempel_van_het_verzuimgesprek():
    assert stappen("amsterdam-diemen", ongeoorloofde_uren=5)["stappen"][0]["id"] == "geen_verzuim"


def test_zestien_uur_in_elke_regio_leidt_tot_melden():
    for regio in ["landelijk", "haaglanden", "zuid-kennemerland-ijmond", "amsterdam-diemen"]:
        ids = [s["id"] for s in stappen(regio, ongeoorloofde_uren=16)["stappen"]]
        assert "melden_duo" in ids, (regio, ids)


def test_haaglanden_opschaling_met_data():
    uit = stappen("haaglanden", eerste_datum_zorgwekkend="2026-01-05", peildatum="2026-03-09", gemeente="Den Haag")
    rijen = {e["nummer"]: e for e in uit["escalatie"]}
    assert (rijen[1]["datum_van"], rijen[1]["datum_tot"]) == ("2026-02-02", "2026-03-02")  # 4-8 weeks
    assert rijen[2]["datum_tot"] == "2026-03-02"   # management: 8 weeks
    assert rijen[3]["datum_tot"] == "2026-03-23"   # regisseur: 11 weeks
    assert rijen[4]["datum_tot"] == "2026-04-06"   # directeuren: at the latest 13 weeks
    assert rijen[1]["status"] == "verstreken" and rijen[4]["status"] == "later"


def test_haaglanden_rijswijk_slaat_managementafstemming_over():
    uit = stappen("haaglanden", eerste_datum_zorgwekkend="2026-01-05", gemeente="Rijswijk")
    rijen = {e["nummer"]: e for e in uit["escalatie"]}
    assert rijen[2]["van_toepassing"] is False and rijen[3]["van_toepassing"] is True
    assert "teamleider jeugdhulp" in rijen[3]["per_gemeente"]


def test_haaglanden_zonder_datum_geeft_termijnen():
    uit = stappen("haaglanden")
    assert all(e["datum_tot"] is None for e in uit["escalatie"])
    assert [e["termijn"] for e in uit["escalatie"]][1] == "8 weken"


def test_drechtsteden_negen_keer_te_laat():
    ids = [s["id"] for s in stappen("drechtsteden", keer_te_laat=9, peildatum="2025-03-01")["stappen"]]
    assert ids and ids != ["verzuimprotocol"]


def test_regio_zonder_opschalingstabel():
    assert stappen("amsterdam-diemen", eerste_datum_zorgwekkend="2026-01-05")["escalatie"] == []


def test_verouderd_regioprotocol_geeft_een_waarschuwing():
    # the Drechtsteden procedure is for school year 2024-2025
    oud = stappen("drechtsteden", keer_te_laat=9, peildatum="2026-11-23")
    assert any("protocol van Drechtsteden voor schooljaar 2024-2025" in w for w in oud["waarschuwingen"])
    assert stappen("drechtsteden", keer_te_laat=9, peildatum="2025-03-01")["waarschuwingen"] == []


def test_haaglanden_precies_een_opschalingsstap_is_aan_de_beurt():
    uit = stappen("haaglanden", eerste_datum_zorgwekkend="2026-01-05", peildatum="2026-03-09", gemeente="Den Haag")
    assert [e["status"] for e in uit["escalatie"]] == ["verstreken", "verstreken", "nu", "later"]
    rijswijk = stappen("haaglanden", eerste_datum_zorgwekkend="2026-01-05", peildatum="2026-02-20",
                       gemeente="Rijswijk")
    assert [e["status"] for e in rijswijk["escalatie"]] == ["nu", "overgeslagen", "later", "later"]
    assert "routeboek" in uit["uitleg"][-1]["bron"]["titel"].lower()


def test_regio_die_de_wet_herhaalt_citeert_de_wet():
    from calculators import run

    uit = run("melding_16_uur", {"regio": "haaglanden", "registraties": [{"datum": "2025-09-11", "uren": 16}]})
    assert any(s["bron"] and s["bron"]["artikel"] == "art. 21a lid 1 Lpw" for s in uit["uitleg"])
