"""The profile check names every problem with file and key; the scaffold writes a profile that passes it."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from calculators import profielen, run
from calculators.__main__ import main
from calculators.profiel_check import controleer, overzicht
from calculators.regio_maken import maak

VANDAAG = dt.date(2026, 12, 2)

GOED = """
[regio]
id = "{id}"
naam = "Proefregio"
vakantieregio = "midden"

[bronnen.protocol]
titel = "Verzuimprotocol Proefregio"

[[parameter.melding_uren]]
waarde = 14
eenheid = "uur"
label = "Melden bij"
bron = "protocol"
artikel = "§2"
verhouding = "strenger"
geldig_vanaf = 2025-08-01
"""

KAPOT = {
    # file: (TOML text, key the check must name)
    "onbekend": (GOED.replace('artikel = "§2"', 'artikel = "§2"\nwaarden = 15'), "parameter.melding_uren[0].waarden"),
    "bovenaan": (GOED + '\n[drempels]\nx = 1\n', "drempels"),
    "verlopen": (GOED.replace("geldig_vanaf = 2025-08-01", "geldig_vanaf = 2024-08-01\ngeldig_tot = 2025-07-31"),
                 "parameter.melding_uren[0].geldig_tot"),
    "zonderbron": (GOED.replace('bron = "protocol"\n', ""), "parameter.melding_uren[0].bron"),
    "fouttebron": (GOED.replace('bron = "protocol"', 'bron = "protokol"'), "parameter.melding_uren[0].bron"),
    "kapottoml": (GOED.replace('label = "Melden bij"', 'label = "Melden bij'), "regel 13 (parameter.melding_uren.label)"),
    "zondercontact": (GOED + '\n[[stap]]\nid = "gesprek"\ntitel = "Gesprek"\nstandaard = true\n', "stap[0] (gesprek).in_regie"),
}


@pytest.fixture
def map_(tmp_path) -> Path:
    shutil.copy(profielen.STANDAARD_MAP / "landelijk.toml", tmp_path / "landelijk.toml")
    return tmp_path


def test_de_echte_profielen_hebben_geen_problemen():
    problemen, meldingen = controleer(vandaag=VANDAAG)
    assert problemen == []
    # Drechtsteden's procedure ended on 2025-07-31 and says so itself (regio.verlopen_aanvaard).
    assert meldingen and {m.bestand for m in meldingen} == {"drechtsteden.toml"}


@pytest.mark.parametrize("naam", sorted(KAPOT))
def test_elk_probleem_met_bestand_en_sleutel(map_, naam):
    tekst, sleutel = KAPOT[naam]
    (map_ / f"{naam}.toml").write_text(tekst.format(id=naam), encoding="utf-8")
    problemen, _ = controleer(naam, map_, VANDAAG)
    assert [(p.bestand, p.sleutel) for p in problemen] == [(f"{naam}.toml", sleutel)], problemen


def test_alle_problemen_van_een_bestand_tegelijk(map_):
    tekst = KAPOT["onbekend"][0].replace('bron = "protocol"', 'bron = "protokol"') + '\n[[stap]]\nid = "a"\ntitel = "A"\n'
    (map_ / "veel.toml").write_text(tekst.format(id="veel"), encoding="utf-8")
    sleutels = {p.sleutel for p in controleer("veel", map_, VANDAAG)[0]}
    assert sleutels == {"parameter.melding_uren[0].waarden", "parameter.melding_uren[0].bron", "stap[0] (a).in_regie"}


def test_verlopen_maar_aanvaard_is_een_melding_geen_probleem(map_):
    tekst = KAPOT["verlopen"][0].replace('vakantieregio = "midden"', 'vakantieregio = "midden"\nverlopen_aanvaard = "nog geen nieuw protocol"')
    (map_ / "oud.toml").write_text(tekst.format(id="oud"), encoding="utf-8")
    problemen, meldingen = controleer("oud", map_, VANDAAG)
    assert problemen == []
    assert [m.sleutel for m in meldingen] == ["parameter.melding_uren[0].geldig_tot"]
    # the day before it ended, nothing is expired
    assert controleer("oud", map_, dt.date(2025, 7, 31)) == ([], [])


def test_overzicht_toont_waarde_bron_geldigheid_en_verhouding(map_):
    (map_ / "proef.toml").write_text(GOED.format(id="proef"), encoding="utf-8")
    tekst, aantal = overzicht("proef", map_, VANDAAG)
    assert aantal == 0
    blok = tekst[tekst.index("- melding_uren:"):].split("\n- ")[0]
    assert "waarde:       14 uur" in blok
    assert "bron:         Verzuimprotocol Proefregio, §2" in blok
    assert "geldig:       vanaf vrijdag 1 augustus 2025, zonder einddatum" in blok
    assert "t.o.v. wet:   strenger (wet: 16 uur)" in blok
    assert "uit bestand:  proef.toml" in blok
    # an inherited value says where it comes from and that it follows the law
    lrv = tekst[tekst.index("- lrv_weken:"):].split("\n- ")[0]
    assert "uit bestand:  landelijk.toml" in lrv and "volgt de wet" in lrv
    assert tekst.rstrip().endswith("Geen problemen gevonden.")


def test_cli_profiel_check_noemt_bestand_en_sleutel(map_, monkeypatch, capsys):
    (map_ / "verlopen.toml").write_text(KAPOT["verlopen"][0].format(id="verlopen"), encoding="utf-8")
    monkeypatch.setenv("VERZUIMWIJZER_PROFIELEN", str(map_))
    profielen.wis_cache()
    assert main(["profiel-check", "verlopen"]) == 1
    uit = capsys.readouterr().out
    assert "verlopen.toml, parameter.melding_uren[0].geldig_tot: verlopen" in uit
    assert "waarde:       14 uur" in uit  # the overview is still shown above the problems
    profielen.wis_cache()


def test_nieuwe_regio_erft_alles_en_is_zonder_problemen(map_, tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    gemaakt = maak("west-friesland", 'West-Friesland "Noord"', "noord", map_, docs)
    assert [p.name for p in gemaakt] == ["west-friesland.toml", "index.md", "meldcriteria.md", "stappenplan.md",
                                         "contact.md"]
    assert controleer("west-friesland", map_, VANDAAG, docs) == ([], [])
    profielen.wis_cache()
    prof = profielen.laad("west-friesland", map_)
    basis = profielen.laad("landelijk", map_)
    assert prof.naam == 'West-Friesland "Noord"' and prof.vakantieregio == "noord"
    assert prof.eigen == set() and prof.parameters == basis.parameters
    assert prof.stappen == basis.stappen
    for pagina in gemaakt[1:]:
        assert pagina.read_text(encoding="utf-8").startswith("---\nregio: west-friesland\n")
    # the calculators know the new region at once
    monkeypatch.setenv("VERZUIMWIJZER_PROFIELEN", str(map_))
    profielen.wis_cache()
    uit = run("stappenplan", {"regio": "west-friesland", "ongeoorloofde_uren": 16})
    assert uit["regio"] == "west-friesland" and "melden_duo" in [s["id"] for s in uit["stappen"]]
    profielen.wis_cache()


def test_nieuwe_regio_overschrijft_niets_en_weigert_foute_invoer(map_, tmp_path):
    docs = tmp_path / "docs"
    maak("proef", "Proef", "midden", map_, docs)
    voor = (map_ / "proef.toml").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="bestaat al"):
        maak("proef", "Ander", "zuid", map_, docs)
    assert (map_ / "proef.toml").read_text(encoding="utf-8") == voor
    for id_, vak in [("Proef Regio", "midden"), ("landelijk", "midden"), ("goed", "oost")]:
        with pytest.raises(ValueError):
            maak(id_, "X", vak, map_, docs)


def test_cli_nieuwe_regio_zegt_wat_er_fout_is(capsys):
    assert main(["nieuwe-regio", "Foute Id", "--naam", "X", "--vakantieregio", "midden"]) == 1
    assert "geen geldige regio-id" in capsys.readouterr().err
    # the calculators' own command line is unchanged
    assert main(["stappenplan", "--invoer", json.dumps({"ongeoorloofde_uren": 1})]) == 0


# One mistake per table: profiel-check names file and key, and the loader refuses the same profile (so no
# calculator ever meets it). The te-laat threshold is a region's own parameter that a step compares with.
TE_LAAT = GOED + '''
[[parameter.te_laat_grens]]
waarde = 6
eenheid = "keer te laat"
label = "Te laat: gesprek"
bron = "protocol"
geldig_vanaf = 2025-08-01

[[stap]]
id = "te_laat"
titel = "Gesprek over te laat komen"
in_regie = "Mentor"
als = [{ veld = "keer_te_laat", vanaf = "te_laat_grens" }]
'''
ELKE_TABEL = {
    "woord_als_getal": (TE_LAAT.replace("waarde = 6", 'waarde = "zes"'), "parameter.te_laat_grens[0].waarde"),
    "woord_als_te_laat_grens": (GOED + TE_LAAT[len(GOED):TE_LAAT.index("[[stap]]")].replace("waarde = 6", 'waarde = "zes"'),
                               "parameter.te_laat_grens[0].waarde"),
    "woord_voor_de_wet": (GOED.replace("waarde = 14", 'waarde = "veertien"'), "parameter.melding_uren[0].waarde"),
    "regio": (GOED.replace('vakantieregio = "midden"', 'vakantieregio = "oost"'), "regio.vakantieregio"),
    "bronnen": (GOED + '\n[bronnen.tweede]\nurl = "https://example.org"\n', "bronnen.tweede"),
    "stap_veld": (TE_LAAT.replace('veld = "keer_te_laat"', 'veld = "keer_telaat"'), "stap[0] (te_laat).als[0].veld"),
    "stap_keuze": (TE_LAAT.replace('in_regie = "Mentor"', 'in_regie = "Mentor"\nkeuzes = ["bestaat_niet"]'),
                   "stap[0] (te_laat).keuzes"),
    "escalatie": (GOED + '\n[[escalatie]]\ntitel = "Opschalen"\ntermijn_van = "weken_x"\n', "escalatie[0].termijn_van"),
    "ziekteverzuim_criterium": (GOED + '\n[ziekteverzuim]\nvo = ["meldingen_in_schoolweken", "aaneengesloten_dagn"]\n',
                                "ziekteverzuim.vo"),
    "ziekteverzuim_soort": (GOED + '\n[ziekteverzuim]\nhbo = ["aaneengesloten_dagen"]\n', "ziekteverzuim.hbo"),
    "organisatie": (GOED + '\n[[organisatie]]\nnaam = "Leerplicht Proefregio"\ntelefoon = "0123"\n', "regio.organisaties"),
    "organisatie_sleutel": (GOED.replace('vakantieregio = "midden"', 'vakantieregio = "midden"\norganisaties = "aanvullen"')
                            + '\n[[organisatie]]\nnaam = "Leerplicht"\ntelefon = "0123"\n', "organisatie[0].telefon"),
    "keuzes": (GOED + '\n[keuzes.eigen]\ntitel = "Eigen lezing"\n', "keuzes.eigen.tekst"),
    "documenten": (GOED + '\n[documenten.brief_bestaat_niet]\nx = "y"\n', "documenten.brief_bestaat_niet"),
}


@pytest.mark.parametrize("naam", sorted(ELKE_TABEL))
def test_elke_fout_in_elke_tabel_met_bestand_en_sleutel(map_, naam):
    tekst, sleutel = ELKE_TABEL[naam]
    (map_ / f"{naam}.toml").write_text(tekst.replace("{id}", naam), encoding="utf-8")
    problemen, _ = controleer(naam, map_, VANDAAG)
    assert [(p.bestand, p.sleutel) for p in problemen] == [(f"{naam}.toml", sleutel)], problemen
    if naam != "documenten":  # document texts are checked when a document is filled, not by the loader
        profielen.wis_cache()
        with pytest.raises(profielen.ProfielFout, match=re.escape(f"{naam}.toml: {sleutel} ")):
            profielen.laad(naam, map_)
        profielen.wis_cache()


def test_een_woord_als_drempel_geeft_geen_interne_fout_maar_een_profielfout(map_, monkeypatch):
    (map_ / "zes.toml").write_text(ELKE_TABEL["woord_als_getal"][0].replace("{id}", "zes"), encoding="utf-8")
    monkeypatch.setenv("VERZUIMWIJZER_PROFIELEN", str(map_))
    profielen.wis_cache()
    uit = run("stappenplan", {"regio": "zes", "keer_te_laat": 7})
    profielen.wis_cache()
    assert "interne_fout" not in uit
    assert uit["fouten"][0]["veld"] == "regio" and "parameter.te_laat_grens[0].waarde" in uit["fouten"][0]["melding"]


def test_aanvullen_houdt_de_landelijke_contacten(map_):
    tekst = GOED.replace('vakantieregio = "midden"', 'vakantieregio = "midden"\norganisaties = "aanvullen"') \
        + '\n[[organisatie]]\nnaam = "Leerplicht Proefregio"\ntelefoon = "0123"\n'
    (map_ / "samen.toml").write_text(tekst.format(id="samen"), encoding="utf-8")
    assert controleer("samen", map_, VANDAAG)[0] == []
    profielen.wis_cache()
    namen = [o["naam"] for o in profielen.laad("samen", map_).organisaties]
    landelijk = [o["naam"] for o in profielen.laad("landelijk", map_).organisaties]
    profielen.wis_cache()
    assert namen == ["Leerplicht Proefregio", *landelijk]


def test_toml_fout_in_het_nederlands_met_een_passende_hint(map_):
    (map_ / "kapot.toml").write_text(GOED.replace("waarde = 14", "waarde = veertien").format(id="kapot"),
                                     encoding="utf-8")
    [p] = controleer("kapot", map_, VANDAAG)[0]
    assert p.sleutel == "regel 11 (parameter.melding_uren.waarde)"
    assert p.melding.startswith("geen geldige TOML: ") and "aanhalingstekens" in p.melding


@pytest.mark.parametrize("fouten, zin", [(1, "1 probleem gevonden"), (2, "2 problemen gevonden")])
def test_meervoud(map_, fouten, zin):
    tekst = GOED.replace('bron = "protocol"', 'bron = "protokol"')
    if fouten == 2:
        tekst = tekst.replace('vakantieregio = "midden"', 'vakantieregio = "oost"')
    (map_ / "meervoud.toml").write_text(tekst.format(id="meervoud"), encoding="utf-8")
    assert zin in overzicht("meervoud", map_, VANDAAG)[0]
