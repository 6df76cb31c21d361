"""One answer everywhere: calculators that answer the same question agree (issue 15)."""

import datetime as dt

import pytest

from calculators import profielen, run
from calculators.regels import ziekte

VIER_ZIEKMELDINGEN = [{"eerste_dag": d, "laatste_dag": d} for d in ("2025-09-08", "2025-09-22", "2025-10-06",
                                                                    "2025-11-03")]


def _run(naam, **invoer):
    uit = run(naam, invoer)
    assert "fouten" not in uit, uit
    return uit


def test_drechtsteden_ziekte_duo_alleen_bij_twijfel_in_beide_rekenhulpen():
    z = _run("ziekteverzuim", regio="drechtsteden", onderwijssoort="vo", ziekmeldingen=VIER_ZIEKMELDINGEN)
    s = _run("stappenplan", regio="drechtsteden", ziekmeldingen_12_weken=4)
    assert z["duo_melding"] == s["duo_melding"] == "bij_twijfel"
    regel = ziekte.melden_bij_ziekte(profielen.laad("drechtsteden"))
    assert regel["duo_zin"] in z["wat_nu"] and regel["duo_zin"] in s["wat_nu"]
    # the old stappenplan said "Meld bij DUO" outright for a pupil who only reached the sickness thresholds
    assert not any(a.startswith("Meld bij DUO;") for a in s["wat_nu"])


def test_drechtsteden_ziekte_schakelt_jeugdarts_en_leerplicht_in():
    z = _run("ziekteverzuim", regio="drechtsteden", onderwijssoort="vo", ziekmeldingen=VIER_ZIEKMELDINGEN)
    assert z["inschakelen"] == ["jeugdarts", "leerplichtambtenaar"]
    assert any("leerplichtambtenaar" in a for a in z["wat_nu"])


def test_landelijk_ziekte_is_geen_duo_melding():
    z = _run("ziekteverzuim", vakantieregio="midden", onderwijssoort="vo", ziekmeldingen=VIER_ZIEKMELDINGEN)
    s = _run("stappenplan", ziekmeldingen_12_weken=4)
    assert z["duo_melding"] == s["duo_melding"] == "nee"
    assert z["inschakelen"] == ["jeugdarts"]


def test_drechtsteden_ongeoorloofd_verzuim_wel_melden():
    s = _run("stappenplan", regio="drechtsteden", ongeoorloofde_uren=16, ziekmeldingen_12_weken=4)
    assert s["duo_melding"] == "ja"
    assert any(a.startswith("Meld bij DUO") for a in s["wat_nu"])


def test_verzuim_onder_de_drempels_is_niet_de_leerling_is_op_school():
    s = _run("stappenplan", ongeoorloofde_uren=12, keer_te_laat=5)
    assert "op school" not in s["kern"]
    assert "12" in s["kern"] and "nog geen drempel" in s["kern"]
    leeg = _run("stappenplan")
    assert "basisstap" in leeg["kern"]


def test_amsterdam_zeven_keer_te_laat_is_preventief_spreekuur():
    s = _run("stappenplan", regio="amsterdam-diemen", keer_te_laat=7)
    assert s["stappen"][0]["id"] == "preventief_spreekuur"
    assert "preventief verzuimspreekuur" in s["kern"]
    assert _run("stappenplan", regio="amsterdam-diemen", keer_te_laat=5)["stappen"][0]["id"] == "geen_verzuim"


def test_haaglanden_opschaling_noemt_maar_een_stap_nu_aan_de_beurt():
    s = _run("stappenplan", regio="haaglanden", ongeoorloofde_uren=20, eerste_datum_zorgwekkend="2026-09-01",
             peildatum="2026-12-04")
    assert "hoogste stap is nu aan de beurt" in s["kern"]
    assert not any("aan de beurt" in a for a in s["wat_nu"]), s["wat_nu"]
    assert any("melden bij DUO" in a for a in s["wat_nu"])


HAAGLANDEN_STAP = {"opschalen_management": 2, "opschalen_regisseur": 3, "opschalen_directeuren": 4}


@pytest.mark.parametrize("gemeente", ["Den Haag", "Leidschendam-Voorburg", "Rijswijk"])
@pytest.mark.parametrize("weken", [8, 9, 10.5, 11, 12, 13, 14])
def test_haaglanden_stap_uit_weken_is_de_stap_van_de_opschaling(weken, gemeente):
    """Weeks absent (stappenplan) and the date of first zorgwekkend verzuim (escalation) name the same level:
    the regisseur from the end of the previous termijn, at the latest at its own (not 'from 8' in one place and
    'at 11' in another)."""
    peil = dt.date(2026, 12, 4)
    uit_weken = _run("stappenplan", regio="haaglanden", weken_aaneengesloten_afwezig=weken, gemeente=gemeente,
                     peildatum=peil.isoformat())
    uit_datum = _run("stappenplan", regio="haaglanden", gemeente=gemeente, peildatum=peil.isoformat(),
                     eerste_datum_zorgwekkend=(peil - dt.timedelta(weeks=weken)).isoformat())
    nu = [r["nummer"] for r in uit_datum["escalatie"] if r["status"] in ("nu", "nu_te_laat")]
    assert HAAGLANDEN_STAP[uit_weken["stappen"][0]["id"]] == max(nu)


def test_haaglanden_stappen_noemen_de_termijn_als_uiterste_termijn():
    p = profielen.laad("haaglanden")
    titels = {s["id"]: s["titel"] for s in p.stappen}
    assert f"uiterlijk {p.parameter('escalatie_directeuren')[0].tekst()}" in titels["opschalen_directeuren"]
    assert f"uiterlijk {p.parameter('escalatie_regisseur')[0].tekst()}" in titels["opschalen_regisseur"]


@pytest.mark.parametrize("regio", ["amsterdam-diemen", "drechtsteden", "zuid-kennemerland-ijmond"])
def test_te_laat_signaal_in_het_overzicht_is_ook_een_stap(regio):
    """A region's own te-laat threshold: the overview's signal and the stappenplan's step come together."""
    from calculators.overzicht.analyse import te_laat_parameter

    grens = profielen.laad(regio).parameter(te_laat_parameter(profielen.laad(regio)))[0].waarde
    start = dt.date(2026, 3, 2)
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(
        f"41;{start + dt.timedelta(days=i % 5):%d-%m-%Y};{1 + i // 5};L\n" for i in range(grens))
    uit = _run("verzuimoverzicht", bestand=tekst, regio=regio, peildatum="2026-03-20")
    x = uit["leerlingen"][0]
    standaard = {s["id"] for s in profielen.laad(regio).stappen if s.get("standaard")}
    assert "te_laat" in x["signalen"] and x["actie_nodig"]
    assert x["stap"]["stappen"][0]["id"] not in standaard
    assert x["stap"]["stappen"][0] == _run("stappenplan", regio=regio, keer_te_laat=grens,
                                           peildatum="2026-03-20")["stappen"][0]


# --- The verzuimoverzicht applies the regional rules (issue 15) -------------------------------------------

def _overzicht(regio: str, dagen, code: str = "Z", peil: str = "2026-04-03", **extra) -> dict:
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(f"7;{d:%d-%m-%Y};{u};{code}\n" for d in dagen for u in range(1, 7))
    uit = _run("verzuimoverzicht", bestand=tekst, regio=regio, peildatum=peil, **extra)
    x = uit["leerlingen"][0]
    # the overview's step is the stappenplan's answer on the overview's counts
    enkel = _run("stappenplan", regio=regio, peildatum=peil, **{k: v for k, v in x["tellingen"].items() if v})
    assert x["stap"]["stappen"] == enkel["stappen"]
    return uit


def _schooldagen(van: str, tot: str):
    from calculators.kalender import Kalender

    return Kalender("midden").schooldagen(dt.date.fromisoformat(van), dt.date.fromisoformat(tot))


def test_haaglanden_vijf_weken_ziek_is_registreren_in_onderwijs_transparant():
    uit = _overzicht("haaglanden", _schooldagen("2026-03-02", "2026-04-03"))
    x = uit["leerlingen"][0]
    assert x["tellingen"]["weken_aaneengesloten_niet_op_school"] == 5
    assert x["tellingen"]["weken_aaneengesloten_afwezig"] == 0  # ziek is not ongeoorloofd
    assert x["stap"]["stappen"][0]["id"] == "thuiszitter_jes"
    assert {"mazl", "thuiszitter"} <= set(x["signalen"]) and x["actie_nodig"]


def test_landelijk_telt_ziekte_niet_als_thuiszitten():
    x = _overzicht("landelijk", _schooldagen("2026-03-02", "2026-04-03"), vakantieregio="midden")["leerlingen"][0]
    assert "thuiszitter" not in x["signalen"]
    assert x["stap"]["stappen"][0]["id"] == "ziekteverzuim"


def test_zuid_kennemerland_telt_ziekte_mee_voor_langdurig_verzuim():
    x = _overzicht("zuid-kennemerland-ijmond", _schooldagen("2026-03-02", "2026-04-10"),
                   peil="2026-04-10")["leerlingen"][0]
    assert x["tellingen"]["weken_aaneengesloten_niet_op_school"] > 4
    assert x["stap"]["stappen"][0]["id"] == "langdurig_verzuim" and "thuiszitter" in x["signalen"]


def test_zuid_kennemerland_po_ziek_per_schooljaar_is_een_stap_en_een_actie():
    # five single sick days, far apart: not the vo criteria, but the po criterion '>= 5 ziekmeldingen per schooljaar'
    dagen = [dt.date(2025, 9, 8), dt.date(2025, 11, 10), dt.date(2026, 1, 12), dt.date(2026, 2, 2),
             dt.date(2026, 3, 16)]
    uit = _overzicht("zuid-kennemerland-ijmond", dagen, onderwijssoort="po")
    x = uit["leerlingen"][0]
    assert "mazl" in x["signalen"]
    assert x["stap"]["stappen"][0]["id"] == "zorgwekkend_ziekteverzuim" and x["actie_nodig"]
    assert uit["samenvatting"]["actie_nodig"] == 1
    # the same pupil in the vo: no signal, so no step either
    vo = _overzicht("zuid-kennemerland-ijmond", dagen, onderwijssoort="vo")["leerlingen"][0]
    assert "mazl" not in vo["signalen"] and vo["stap"]["stappen"][0]["id"] == "school_aan_zet"
