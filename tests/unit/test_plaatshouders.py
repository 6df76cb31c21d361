"""Numbers in free texts follow the profile: placeholders in toelichting, step texts and the keuzes."""

import re
import shutil

import pytest

from calculators import keuzes, profielen, run
from calculators.fouten import ProfielFout
from calculators.woorden import in_woorden, rangtelwoord, vul_in


@pytest.fixture
def kopie(tmp_path, monkeypatch):
    shutil.copytree(profielen.STANDAARD_MAP, tmp_path, dirs_exist_ok=True)
    monkeypatch.setenv("VERZUIMWIJZER_PROFIELEN", str(tmp_path))
    profielen.wis_cache()
    yield tmp_path
    profielen.wis_cache()


def _zet(pad, pid, nieuw):
    """Set 'waarde' of [[parameter.<pid>]] in a profile file (text edit, the layout stays)."""
    tekst = pad.read_text(encoding="utf-8")
    blok = re.search(rf"\[\[parameter\.{pid}\]\]\nwaarde = \d+", tekst)
    assert blok, pid
    pad.write_text(tekst.replace(blok.group(0), f"[[parameter.{pid}]]\nwaarde = {nieuw}"), encoding="utf-8")


@pytest.mark.parametrize("n, woord", [(1, "een"), (4, "vier"), (12, "twaalf"), (16, "zestien"), (21, "eenentwintig"),
                                      (23, "drieëntwintig"), (50, "vijftig"), (150, "honderdvijftig"), (2000, "2000")])
def test_getal_in_woorden(n, woord):
    assert in_woorden(n) == woord


@pytest.mark.parametrize("n, woord", [(1, "eerste"), (3, "derde"), (5, "vijfde"), (7, "zevende"), (8, "achtste"),
                                      (16, "zestiende"), (18, "achttiende"), (20, "twintigste")])
def test_rangtelwoord(n, woord):
    assert rangtelwoord(n) == woord


def test_vormen_van_een_plaatshouder():
    w = {"x": (16, "uur"), "y": (1, "maand")}
    assert vul_in("{x} | {x:getal} | {x:woord} | {x:woordgetal} | {x:rang} | {x:eenheid} | {y:woord} | {{x}}", w) == \
        "16 uur | 16 | zestien uur | zestien | zestiende | uur | één maand | {x}"


def test_toelichting_volgt_de_wet_en_de_regio(kopie):
    zk = profielen.laad("zuid-kennemerland-ijmond")
    assert "twaalf volledige schooljaren" in zk.parameter("leerplicht_max_schooljaren")[0].toelichting
    assert "{" not in zk.parameter("leerplicht_max_schooljaren")[0].toelichting
    _zet(kopie / "landelijk.toml", "leerplicht_max_schooljaren", 13)
    profielen.wis_cache()
    zk = profielen.laad("zuid-kennemerland-ijmond")
    assert "dertien volledige schooljaren" in zk.parameter("leerplicht_max_schooljaren")[0].toelichting


def test_stapteksten_volgen_het_profiel(kopie):
    _zet(kopie / "zuid-kennemerland-ijmond.toml", "halt_vanaf_leeftijd", 14)
    profielen.wis_cache()
    acties = " ".join(a for s in profielen.laad("zuid-kennemerland-ijmond").stappen for a in s.get("acties", []))
    assert "Halt (eenmalig, vanaf 14 jaar)" in acties


def test_onbekende_plaatshouder_noemt_bestand_en_sleutel(kopie):
    pad = kopie / "haaglanden.toml"
    pad.write_text(pad.read_text(encoding="utf-8").replace(
        'toelichting = "Het routeboek zegt \'ongeveer 2 weken\'."',
        'toelichting = "Ongeveer {ecz_advies_weken_typfout}."'), encoding="utf-8")
    with pytest.raises(ProfielFout, match=r"haaglanden\.toml: parameter\.ecz_experttafel_advies_weken\[0\]\.toelichting"
                                          r" verwijst met \{ecz_advies_weken_typfout\}"):
        profielen.laad("haaglanden")


def test_onbekende_vorm_is_een_fout(kopie):
    pad = kopie / "drechtsteden.toml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("{mazl_schoolweken}", "{mazl_schoolweken:romeins}", 1),
                   encoding="utf-8")
    with pytest.raises(ProfielFout, match="onbekende vorm 'romeins'"):
        profielen.laad("drechtsteden")


def test_keuzes_schrijven_de_getallen_van_de_wet(kopie):
    assert keuzes.keuze("zestien_uur_minstens")["titel"] == "Minstens zestien uur"
    _zet(kopie / "landelijk.toml", "melding_uren", 20)
    profielen.wis_cache()
    k = keuzes.keuze("zestien_uur_minstens")
    assert k["titel"] == "Minstens twintig uur" and "vanaf precies twintig uur" in k["tekst"]
    assert all("{" not in k["tekst"] + k["titel"] for k in keuzes.alle())


def test_stap_met_onbekende_keuze_is_een_fout(kopie):
    pad = kopie / "amsterdam-diemen.toml"
    pad.write_text(pad.read_text(encoding="utf-8").replace('keuzes = ["stappenplan_grens_sluit_aan"]',
                                                           'keuzes = ["bestaat_niet"]'), encoding="utf-8")
    with pytest.raises(ProfielFout, match=r"amsterdam-diemen\.toml: stap\[5\] \(aanhoudend_verzuim\)\.keuzes"):
        profielen.laad("amsterdam-diemen")


@pytest.mark.parametrize("regio, invoer, keuze", [
    ("amsterdam-diemen", {"ongeoorloofde_uren": 8}, "stappenplan_periode_meldgrens"),
    ("amsterdam-diemen", {"weken_aaneengesloten_afwezig": 4}, "stappenplan_grens_sluit_aan"),
    ("zuid-kennemerland-ijmond", {"ongeoorloofde_uren": 9}, "stappenplan_periode_meldgrens"),
    ("drechtsteden", {"ziekmeldingen_12_weken": 4}, "stappenplan_ziekte_zonder_twijfel"),
    ("drechtsteden", {"weken_aaneengesloten_afwezig": 5}, "stappenplan_grens_uit_definitie"),
])
def test_stappenplan_noemt_de_interpretatie_van_de_stap(regio, invoer, keuze):
    uit = run("stappenplan", {"regio": regio, **invoer})
    assert "fouten" not in uit, uit
    assert keuze in [k["id"] for k in uit["keuzes"]]
    zonder = run("stappenplan", {"regio": regio})
    assert keuze not in [k["id"] for k in zonder["keuzes"]]
