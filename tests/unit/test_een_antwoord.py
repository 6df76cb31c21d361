"""One answer everywhere: calculators that answer the same question agree (issue 15)."""

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
