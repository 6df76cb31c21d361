"""Region profiles: dated parameters, overlays, and clear errors for malformed files."""

import datetime as dt
import shutil

import pytest

from calculators import profielen, run
from calculators.fouten import ProfielFout

D = dt.date.fromisoformat


@pytest.fixture
def kopie(tmp_path, monkeypatch):
    shutil.copy(profielen.STANDAARD_MAP / "landelijk.toml", tmp_path / "landelijk.toml")
    monkeypatch.setenv("VERZUIMWIJZER_PROFIELEN", str(tmp_path))
    profielen.wis_cache()
    yield tmp_path
    profielen.wis_cache()


REGIO = """
[regio]
naam = "Testregio"
vakantieregio = "noord"

[bronnen.protocol]
titel = "Testprotocol"

[[parameter.melding_uren]]
waarde = 12
eenheid = "uur"
label = "Melden vanaf"
bron = "protocol"
soort = "regionaal"
verhouding = "strenger"
geldig_vanaf = 2024-08-01
geldig_tot = 2025-07-31
"""


def test_alle_profielen_laden_met_bronnen():
    for rid in profielen.regio_ids():
        p = profielen.laad(rid)
        for versies in p.parameters.values():
            for v in versies:
                assert v.bron.titel and v.label and v.geldig_vanaf


def test_landelijk_bevat_de_wettelijke_basis():
    p = profielen.laad("landelijk")
    assert p.waarde("melding_uren") == 16
    assert p.parameter("melding_uren")[0].bron.artikel == "art. 21a lid 1 Lpw"
    assert p.waarde("verlof_vakantie_max_dagen") == 10
    assert p.waarde("mazl_ziekmeldingen") == 4 and p.waarde("mazl_schoolweken") == 12


def test_regio_legt_alleen_over_wat_ze_noemt(kopie):
    (kopie / "testregio.toml").write_text(REGIO, encoding="utf-8")
    p = profielen.laad("testregio")
    assert p.waarde("melding_uren") == 12
    assert p.waarde("melding_lesweken") == 4  # inherited from landelijk
    assert p.eigen == {"melding_uren"}


def test_regionale_drempel_volgt_het_profiel_en_zegt_dat_de_wet_anders_is(kopie):
    (kopie / "testregio.toml").write_text(REGIO, encoding="utf-8")
    uit = run("melding_16_uur", {"regio": "testregio", "registraties": [{"datum": "2025-03-03", "uren": 12}]})
    assert uit["meldingen"][0]["uren"] == 12
    assert any("waar de wet 16 uur zegt" in s["tekst"] for s in uit["uitleg"])


def test_peildatum_buiten_de_geldigheid_geeft_een_waarschuwing(kopie):
    (kopie / "testregio.toml").write_text(REGIO, encoding="utf-8")
    binnen = run("melding_16_uur", {"regio": "testregio", "peildatum": "2025-05-01",
                                    "registraties": [{"datum": "2025-03-03", "uren": 12}]})
    assert binnen["waarschuwingen"] == []
    buiten = run("melding_16_uur", {"regio": "testregio", "peildatum": "2026-05-01",
                                    "registraties": [{"datum": "2026-03-02", "uren": 12}]})
    assert any("protocol" in w and "vrijdag 1 mei 2026" in w for w in buiten["waarschuwingen"])


def test_verlopen_regiowaarden_geven_een_gewone_melding_voor_de_lezer():
    """Issue 21: no developer text (profile id, parameter label, ISO dates) for school staff; one notice."""
    uit = run("ziekteverzuim", {"onderwijssoort": "vo", "ziekmeldingen": "2026-09-08;2026-09-16;40",
                                "vakantieregio": "zuid", "regio": "drechtsteden", "peildatum": "2026-11-30"})
    verlopen = [w for w in uit["waarschuwingen"] if "Verzuimwijzer verwerkt" in w]
    assert verlopen == ["Dit antwoord volgt het protocol van Drechtsteden voor schooljaar 2024-2025. Een nieuwere "
                        "versie is nog niet in Verzuimwijzer verwerkt. Op maandag 30 november 2026 kunnen andere "
                        "grenzen of termijnen gelden: controleer bij twijfel de geldende versie of vraag het de "
                        "leerplichtambtenaar."]
    for w in uit["waarschuwingen"]:
        assert "profiel" not in w and "drechtsteden'" not in w and "geldig 20" not in w and "2026-11-30" not in w


def test_regels_van_voor_de_geldigheid_zeggen_dat_in_gewone_taal():
    uit = run("leerplicht_start", {"geboortedatum": "2015-01-01", "vakantieregio": "zuid", "peildatum": "2019-01-01"})
    assert "Dit antwoord volgt de wet in de versie die geldt vanaf 1 januari 2024. Op dinsdag 1 januari 2019 golden " \
           "mogelijk andere grenzen of termijnen; die kent Verzuimwijzer niet." in uit["waarschuwingen"]


@pytest.mark.parametrize("vervang, woorden", [
    (("waarde = 12", "waarde = [12]"), ["testregio.toml", "parameter.melding_uren[0].waarde"]),
    (('bron = "protocol"', 'bron = "onbekend"'), ["testregio.toml", "parameter.melding_uren[0].bron"]),
    (("geldig_vanaf = 2024-08-01\n", ""), ["testregio.toml", "geldig_vanaf ontbreekt"]),
    (('verhouding = "strenger"', 'verhouding = "veel"'), ["testregio.toml", "verhouding"]),
    (("geldig_tot = 2025-07-31", "geldig_tot = 2023-07-31"), ["testregio.toml", "geldig_tot"]),
    (('vakantieregio = "noord"', 'vakantieregio = "west"'), ["testregio.toml", "vakantieregio"]),
    (("[regio]", "[regoi]"), ["testregio.toml", "regoi"]),
    (("eenheid = \"uur\"", "eenheid = "), ["testregio.toml", "TOML"]),
])
def test_fout_profiel_noemt_bestand_en_sleutel(kopie, vervang, woorden):
    (kopie / "testregio.toml").write_text(REGIO.replace(*vervang), encoding="utf-8")
    with pytest.raises(ProfielFout) as fout:
        profielen.laad("testregio")
    for woord in woorden:
        assert woord in str(fout.value)
    uit = run("leerplicht_start", {"regio": "testregio", "geboortedatum": "2020-01-01"})
    assert uit["fouten"][0]["veld"] == "regio" and "testregio.toml" in uit["fouten"][0]["melding"]


def test_stap_met_een_getal_in_plaats_van_een_parameter(kopie):
    stap = '\n[[stap]]\nid = "x"\ntitel = "X"\nin_regie = "Mentor"\nals = [{ veld = "ongeoorloofde_uren", vanaf = 6 }]\n'
    (kopie / "testregio.toml").write_text(REGIO + stap, encoding="utf-8")
    with pytest.raises(ProfielFout, match=r"stap\[0\] \(x\)\.als\[0\]\.vanaf moet naar een parameter-id verwijzen"):
        profielen.laad("testregio")


def test_onbekende_regio():
    uit = run("leerplicht_start", {"regio": "atlantis", "geboortedatum": "2020-01-01"})
    assert uit["fouten"][0]["veld"] == "regio"
