"""verzuimoverzicht equals the single-pupil calculators: for every pupil of a generated export, the meldingen
(incl. LRV) equal run("melding_16_uur") and the M@ZL signals run("ziekteverzuim") on that pupil's rows alone."""

import base64
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculators import run
from calculators.overzicht.lezen import decodeer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import maak_exports  # noqa: E402

PEIL = "2026-07-03"
REGIO_S = ["landelijk", "haaglanden", "drechtsteden", "amsterdam-diemen", "zuid-kennemerland-ijmond"]


def _invoer(vorm: str, model) -> tuple[dict, dict]:
    if vorm == "magister":
        tekst, codering = decodeer(maak_exports.magister(model))
        return {"bestand": tekst, "codering": codering}, model.waarheid()
    if vorm == "somtoday":
        data, waarheid = maak_exports.somtoday(model)
        return {"bestand": data.decode("utf-8")}, waarheid
    return {"bestand_xlsx": base64.b64encode(maak_exports.dagtotalen_xlsx(model)).decode()}, model.waarheid()


def _in_lesuren(waarheid: dict, vorm: str) -> dict:
    """A region that counts lesuren: a lesuur is 1, a time span counts minutes / lesson length."""
    factor = 1 / (maak_exports.LESUUR_MINUTEN / 60)
    for w in waarheid.values():
        for r in w["registraties"]:
            r["uren"] = round(r["uren"] * factor, 4)
        for z in w["ziekmeldingen"]:
            z["uren"] = round(z["uren"] * factor, 4)
    return waarheid


def vergelijk(vorm: str, regio: str, seed: int, leerlingen: int = 24, rijen: int = 1500,
              ziek_aandeel: float | None = None) -> dict:
    model = maak_exports.Model(leerlingen, rijen, seed=seed, ziek_aandeel=ziek_aandeel)
    invoer, waarheid = _invoer(vorm, model)
    uit = run("verzuimoverzicht", {**invoer, "regio": regio, "peildatum": PEIL, "vakantieregio": "midden"})
    assert "fouten" not in uit, uit["fouten"]
    assert uit["samenvatting"]["rijen_afgewezen"] == 0 and uit["samenvatting"]["rijen_niet_ingedeeld"] == 0
    if uit["samenvatting"]["eenheid"] == "lesuren":
        waarheid = _in_lesuren(waarheid, vorm)
    per = {x["leerling"]: x for x in uit["leerlingen"]}
    for lln, w in waarheid.items():
        x = per.get(lln)
        if x is None:  # a pupil without any registration is not in the file
            assert not (w["registraties"] or w["ziekmeldingen"] or w["te_laat"]), lln
            continue
        enkel = {"regio": regio, "peildatum": PEIL, "vakantieregio": "midden"}
        melding = run("melding_16_uur", {**enkel, "registraties": w["registraties"]})
        ziek = run("ziekteverzuim", {**enkel, "onderwijssoort": "vo", "ziekmeldingen": w["ziekmeldingen"]})
        assert x["meldingen"] == melding["meldingen"], (vorm, regio, lln)
        assert x["lrv"] == next((m for m in melding["meldingen"] if m["soort"] == "lrv"), None)
        assert x["mazl"] == ziek["signalen"], (vorm, regio, lln)
        assert x["ziekmeldingen"] == ziek["ziekmeldingen"]
        assert ("melding_16_uur" in x["signalen"]) == any(m["soort"] == "16_uur" for m in melding["meldingen"])
        assert ("mazl" in x["signalen"]) == ziek["zorgwekkend"]
        if vorm != "dagtotalen":  # a day-totals sheet has no te-laat column
            assert x["keer_te_laat"] == w["te_laat"]
    return uit


@pytest.mark.parametrize("vorm", ["magister", "somtoday", "dagtotalen"])
@pytest.mark.parametrize("regio", REGIO_S)
def test_overzicht_gelijk_aan_de_losse_rekenhulpen(vorm, regio):
    if vorm == "dagtotalen":
        pytest.importorskip("openpyxl")
    uit = vergelijk(vorm, regio, seed=3)
    # the generated school has every kind of signal, so the comparison is not vacuous
    assert uit["samenvatting"]["signalen"]["melding_16_uur"] >= 1 and uit["samenvatting"]["signalen"]["lrv"] >= 1
    assert uit["samenvatting"]["signalen"]["mazl"] >= 1


@pytest.mark.parametrize("vorm", ["magister", "somtoday"])
@pytest.mark.parametrize("regio", REGIO_S)
def test_ziektezware_school_gelijk_aan_de_losse_rekenhulpen(vorm, regio):
    """The mix of a real school: a quarter of the rows sick, mostly short reports (a day, or sent home) spread
    over every pupil; the overview's one-pass counts equal the single-pupil calculators per pupil."""
    model = maak_exports.Model(24, 1500, seed=11, ziek_aandeel=0.25)
    ziek = sum(1 for per in model.uren.values() for u in per.values() for c in u.values() if c == "ziek")
    assert 0.2 <= ziek / model.rijen <= 0.35  # the generator gives the mix it promises
    uit = vergelijk(vorm, regio, seed=11, ziek_aandeel=0.25)
    assert uit["samenvatting"]["signalen"]["mazl"] >= 1


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.sampled_from(["magister", "somtoday"]), st.sampled_from(REGIO_S))
def test_eigenschap_overzicht_gelijk_voor_elke_school(seed, vorm, regio):
    vergelijk(vorm, regio, seed, leerlingen=12, rijen=700)


def test_volgorde_eerst_wie_actie_nodig_heeft():
    uit = vergelijk("magister", "landelijk", seed=5)
    sleutels = [(not x["actie_nodig"], x["eerstvolgende_termijn"] or "9999") for x in uit["leerlingen"]]
    assert sleutels == sorted(sleutels)
    assert uit == vergelijk("magister", "landelijk", seed=5)  # deterministic


def test_langdurig_afwezig_geeft_lrv_en_thuiszitter():
    dagen = maak_exports.Kalender("midden").schooldagen(*(maak_exports.dt.date(2026, 3, 2),
                                                          maak_exports.dt.date(2026, 4, 24)))
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(f"31;{d:%d-%m-%Y};{u};A\n" for d in dagen for u in range(1, 7))
    tekst += "32;02-03-2026;1;A\n"
    uit = run("verzuimoverzicht", {"bestand": tekst, "regio": "landelijk", "vakantieregio": "midden",
                                   "peildatum": "2026-04-24"})
    x = uit["leerlingen"][0]
    assert x["leerling"] == "31" and x["actie_nodig"]
    assert {"melding_16_uur", "lrv", "thuiszitter"} <= set(x["signalen"])
    assert x["lrv"]["einddatum"] is None and x["tellingen"]["weken_aaneengesloten_afwezig"] > 4
    assert "thuiszitter" in {s["id"] for s in x["stap"]["stappen"]}
    assert uit["leerlingen"][1]["leerling"] == "32" and not uit["leerlingen"][1]["actie_nodig"]
    assert uit["samenvatting"]["signalen"]["lrv"] == 1 and uit["samenvatting"]["actie_nodig"] == 1


def _te_laat(regio: str, keer: int) -> dict:
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(
        f"41;{maak_exports.dt.date(2026, 3, 2) + maak_exports.dt.timedelta(days=i % 5):%d-%m-%Y};{1 + i // 5};L\n"
        for i in range(keer))
    uit = run("verzuimoverzicht", {"bestand": tekst, "regio": regio, "peildatum": "2026-03-20"})
    assert "fouten" not in uit, uit
    return uit


def test_te_laat_tegen_de_grens_van_de_regio():
    onder, op = _te_laat("drechtsteden", 8)["leerlingen"][0], _te_laat("drechtsteden", 9)["leerlingen"][0]
    assert onder["te_laat"] == {"aantal": 8, "drempel": 9, "bereikt": False} and "te_laat" not in onder["signalen"]
    assert op["te_laat"] == {"aantal": 9, "drempel": 9, "bereikt": True} and "te_laat" in op["signalen"]
    assert op["actie_nodig"] and op["uren_ongeoorloofd"] == 0  # te laat is a count, not hours
    geen = _te_laat("haaglanden", 12)
    assert geen["leerlingen"][0]["te_laat"] == {"aantal": 12, "drempel": None, "bereikt": None}
    assert any("noemt geen grens voor te laat" in s["tekst"] for s in geen["uitleg"])


def test_lesuren_of_klokuren_volgt_het_profiel():
    # 17 lesuren of 50 minutes in one week: 17 lesuren (Zuid-Kennemerland telt lesuren), 14.2 klokuren (de wet)
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(
        f"51;{maak_exports.dt.date(2026, 3, 2) + maak_exports.dt.timedelta(days=i // 4):%d-%m-%Y};{1 + i % 4};A\n"
        for i in range(17))
    zk = run("verzuimoverzicht", {"bestand": tekst, "regio": "zuid-kennemerland-ijmond", "peildatum": "2026-03-20"})
    wet = run("verzuimoverzicht", {"bestand": tekst, "regio": "landelijk", "vakantieregio": "noord",
                                   "peildatum": "2026-03-20"})
    assert zk["samenvatting"]["eenheid"] == "lesuren" and wet["samenvatting"]["eenheid"] == "klokuren"
    assert zk["leerlingen"][0]["uren_ongeoorloofd"] == 17 and "melding_16_uur" in zk["leerlingen"][0]["signalen"]
    assert wet["leerlingen"][0]["uren_ongeoorloofd"] == pytest.approx(14.17, abs=0.01)
    assert wet["leerlingen"][0]["meldingen"] == []
    assert any("telt lesuren" in s["tekst"] and "wet" in s["tekst"] for s in zk["uitleg"])
    # a longer lesson makes the law's count reach 16
    lang = run("verzuimoverzicht", {"bestand": tekst, "regio": "landelijk", "vakantieregio": "noord",
                                    "peildatum": "2026-03-20", "lesuur_minuten": 60})
    assert lang["leerlingen"][0]["uren_ongeoorloofd"] == 17 and lang["leerlingen"][0]["meldingen"]


@settings(max_examples=300, deadline=None)
@given(st.dates(maak_exports.dt.date(2022, 1, 1), maak_exports.dt.date(2031, 12, 31)), st.integers(-3, 400),
       st.sampled_from(["noord", "midden", "zuid"]))
def test_snelle_kalenderhulpen_geven_hetzelfde_als_schooldagen(van, lengte, regio):
    """The cached helpers the overview (and the rules) use for thousands of pupils agree with schooldagen()."""
    kal = maak_exports.Kalender(regio)
    tot = van + maak_exports.dt.timedelta(days=lengte)
    assert kal.heeft_schooldag(van, tot) == bool(kal.schooldagen(van, tot))
    dagen = kal.schooldagen(tot - maak_exports.dt.timedelta(days=365), tot)
    assert kal.vorige_schooldag(tot) == dagen[-1]
    assert kal.lesweken_vooruit(van, 4) == kal.lesweken_vooruit(van, 4) == maak_exports.Kalender(regio)._lesweken_vooruit(van, 4)


@pytest.mark.parametrize("dagen, weken", [(3, 0), (6, 1.2), (21, 4.2)])
def test_weken_aaneengesloten_afwezig_tot_de_laatste_dag(dagen, weken):
    kal = maak_exports.Kalender("midden")
    reeks = kal.schooldagen(maak_exports.dt.date(2026, 3, 2), maak_exports.dt.date(2026, 4, 30))[-dagen:]
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(f"61;{d:%d-%m-%Y};2;A\n" for d in reeks)
    tekst += "62;02-03-2026;1;A\n62;30-04-2026;1;A\n"  # back in between: no run
    uit = run("verzuimoverzicht", {"bestand": tekst, "regio": "landelijk", "vakantieregio": "midden",
                                   "peildatum": "2026-05-01"})
    per = {x["leerling"]: x for x in uit["leerlingen"]}
    assert per["61"]["tellingen"]["weken_aaneengesloten_afwezig"] == weken
    assert per["62"]["tellingen"]["weken_aaneengesloten_afwezig"] == 0
    assert ("thuiszitter" in per["61"]["signalen"]) == (weken > 4)
