"""Documents from an answer: each kind filled from a real run() answer, region overrides, blanks, CLI."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from calculators import documenten_json, profielen, run
from calculators.__main__ import main
from calculators.documenten import document, documenten, laden, soorten
from calculators.fouten import ProfielFout

VAKANTIE_TE_LANG = {"soort": "vakantie", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-17",
                    "aanvraagdatum": "2026-01-05", "vakantieregio": "midden"}
VAKANTIE_OPEN = {"soort": "vakantie", "eerste_dag": "2026-03-09", "laatste_dag": "2026-03-13",
                 "aanvraagdatum": "2026-01-05", "vakantieregio": "midden"}
GEWICHTIG = {"soort": "gewichtige_omstandigheden", "eerste_dag": "2026-03-02", "laatste_dag": "2026-03-04",
             "aanvraagdatum": "2026-02-02", "vakantieregio": "midden"}
MELDING = {"registraties": [{"datum": "2025-09-08", "uren": 5}, {"datum": "2025-09-10", "uren": 6},
                            {"datum": "2025-09-17", "uren": 6.5}], "vakantieregio": "zuid", "regio": "haaglanden"}
ZIEK = {"onderwijssoort": "vo", "vakantieregio": "noord", "peildatum": "2025-12-01",
        "ziekmeldingen": [{"eerste_dag": "2025-09-08", "laatste_dag": "2025-09-09"},
                          {"eerste_dag": "2025-09-22", "laatste_dag": "2025-09-22"},
                          {"eerste_dag": "2025-10-06", "laatste_dag": "2025-10-07"},
                          {"eerste_dag": "2025-11-03", "laatste_dag": "2025-11-04"}]}
STAP_HAAGLANDEN = {"weken_aaneengesloten_afwezig": "5", "regio": "haaglanden", "gemeente": "Den Haag",
                   "eerste_datum_zorgwekkend": "2025-09-01", "peildatum": "2025-10-06"}


def _doc(naam, invoer, soort):
    antwoord = run(naam, invoer)
    assert "fouten" not in antwoord, antwoord
    uit = document(naam, invoer, antwoord, soort)
    assert "fouten" not in uit, uit
    return antwoord, uit


def _soorten(naam, invoer):
    return [d["soort"] for d in documenten(naam, invoer, run(naam, invoer))]


def _open_klopt(doc):
    """Every [blank] in the text is listed in velden_open and the other way round; no $ left over."""
    merken = {v["merk"] for v in doc["velden_open"]}
    assert merken == {m for m in merken if m in doc["tekst"]}
    gevonden = set(re.findall(r"\[[a-zà-ÿ(][^\]\n]*\]", doc["tekst"]))
    assert gevonden == merken, gevonden ^ merken
    assert "$" not in doc["tekst"]


# ------------------------------------------------------------------------------------------------ verlof

def test_vakantieverlof_te_lang_geeft_alleen_een_afwijzing_met_grond_en_bezwaar():
    assert _soorten("verlof", VAKANTIE_TE_LANG) == ["besluit_vakantieverlof_afwijzing"]
    antwoord, doc = _doc("verlof", VAKANTIE_TE_LANG, "besluit_vakantieverlof_afwijzing")
    tekst = doc["tekst"]
    assert antwoord["schooldagen"] == 12
    assert "maandag 2 maart 2026 tot en met dinsdag 17 maart 2026" in tekst
    assert "Op maandag 5 januari 2026 vroeg u" in tekst
    assert "Dat zijn 12 schooldagen." in tekst
    assert "Ik wijs uw aanvraag af." in tekst
    assert antwoord["redenen"][0] in tekst  # the reason is the answer's own
    assert "artikel 11 onder f en artikel 13a van de Leerplichtwet 1969" in tekst
    assert "binnen 6 weken na de dag waarop dit besluit is verstuurd" in tekst
    assert "de directeur van de school" in tekst
    # The rules refuse it: no extra reason for the directeur to fill in.
    assert "reden van de afwijzing" not in tekst
    assert doc["lezer"] == "beslissing"
    _open_klopt(doc)


def test_vakantieverlof_dat_de_regels_toelaten_geeft_beide_besluiten_met_een_open_beoordeling():
    assert _soorten("verlof", VAKANTIE_OPEN) == ["besluit_vakantieverlof_toekenning", "besluit_vakantieverlof_afwijzing"]
    _, toe = _doc("verlof", VAKANTIE_OPEN, "besluit_vakantieverlof_toekenning")
    assert "Ik verleen [naam leerling] vakantieverlof van maandag 9 maart 2026 tot en met vrijdag 13 maart 2026: " \
           "5 schooldagen." in toe["tekst"]
    assert "hoogstens 10 schooldagen" in toe["tekst"] and "eerste 2 lesweken" in toe["tekst"]
    assert "[verklaring over het beroep (bijvoorbeeld van de werkgever)]" in toe["tekst"]
    _, af = _doc("verlof", VAKANTIE_OPEN, "besluit_vakantieverlof_afwijzing")
    assert "[reden van de afwijzing]" in af["tekst"]
    _open_klopt(toe)
    _open_klopt(af)


def test_zonder_aanvraagdatum_blijft_die_open():
    invoer = {k: v for k, v in VAKANTIE_TE_LANG.items() if k != "aanvraagdatum"}
    _, doc = _doc("verlof", invoer, "besluit_vakantieverlof_afwijzing")
    assert "Op [datum van de aanvraag] vroeg u" in doc["tekst"]
    assert "aanvraagdatum" in [v["naam"] for v in doc["velden_open"]]


def test_verlof_gewichtig_tot_tien_dagen_beslist_de_directeur():
    assert _soorten("verlof", GEWICHTIG) == ["besluit_verlof_gewichtig_toekenning", "besluit_verlof_gewichtig_afwijzing"]
    antwoord, doc = _doc("verlof", GEWICHTIG, "besluit_verlof_gewichtig_toekenning")
    assert antwoord["beslisser"] == "directeur" and antwoord["totaal_dit_schooljaar"] == 3
    assert "Ik verleen [naam leerling] verlof van maandag 2 maart 2026 tot en met woensdag 4 maart 2026: 3 schooldagen." \
        in doc["tekst"]
    assert "samen 3 schooldagen" in doc["tekst"]
    assert "artikel 11 onder g en artikel 14 van de Leerplichtwet 1969" in doc["tekst"]
    assert "hoogstens 10 schooldagen per schooljaar" in doc["tekst"]
    assert "binnen 6 weken" in doc["tekst"]
    _open_klopt(doc)


def test_verlof_gewichtig_te_laat_gemeld_is_een_afwijzing_op_de_wet():
    invoer = {**GEWICHTIG, "aanvraagdatum": "2026-03-06"}
    assert _soorten("verlof", invoer) == ["besluit_verlof_gewichtig_afwijzing"]
    antwoord, doc = _doc("verlof", invoer, "besluit_verlof_gewichtig_afwijzing")
    assert antwoord["toegestaan"] is False
    assert "later dan 2 dagen na het begin gemeld" in doc["tekst"]
    assert "[reden van de afwijzing]" not in doc["tekst"]


def test_meer_dan_tien_dagen_gaat_naar_de_leerplichtambtenaar():
    invoer = {**GEWICHTIG, "eerder_verleend_dagen": 8}
    assert _soorten("verlof", invoer) == ["doorverwijzing_leerplichtambtenaar"]
    antwoord, doc = _doc("verlof", invoer, "doorverwijzing_leerplichtambtenaar")
    assert antwoord["beslisser"] == "leerplichtambtenaar"
    tekst = doc["tekst"]
    assert "komt het totaal op 11 schooldagen" in tekst
    assert "meer dan 10 schooldagen in dit schooljaar" in tekst
    assert "artikel 14 lid 3 Leerplichtwet 1969" in tekst
    assert "Aan de leerplichtambtenaar van de woongemeente van de leerling" in tekst
    assert "[zienswijze van de directeur]" in tekst
    assert doc["bron"][0]["artikel"] == "art. 14 lid 3 Lpw"
    _open_klopt(doc)


def test_geen_document_bij_religieuze_verplichting_of_zonder_schooldagen():
    assert _soorten("verlof", {**GEWICHTIG, "soort": "religieus"}) == []
    assert _soorten("verlof", {**GEWICHTIG, "eerste_dag": "2026-02-14", "laatste_dag": "2026-02-22"}) == []


# ------------------------------------------------------------------------------------------------ DUO

def test_checklist_duo_melding_met_de_gegevens_die_duo_vraagt():
    assert _soorten("melding_16_uur", MELDING) == ["checklist_duo_melding", "uitnodiging_verzuimgesprek"]
    antwoord, doc = _doc("melding_16_uur", MELDING, "checklist_duo_melding")
    m = antwoord["meldingen"][0]
    assert (m["begindatum"], m["einddatum"], m["uren"]) == ("2025-09-08", "2025-09-17", 17.5)
    tekst = doc["tekst"]
    assert "## Melding 1: 16 uur in 4 lesweken" in tekst
    assert "Begindatum (eerste verzuimdag): maandag 8 september 2025" in tekst
    assert "Einddatum: woensdag 17 september 2025" in tekst
    assert "Verzuimde uren in deze periode: 17,5 uur" in tekst
    assert "Uiterlijk melden: woensdag 24 september 2025" in tekst
    for gevraagd in ("[vermoedelijke reden]", "[alle lessen of een deel]", "[actie van de school]", "[lesplaats]"):
        assert gevraagd in tekst
    assert "artikel 21a Leerplichtwet 1969" in tekst
    _open_klopt(doc)


def test_checklist_lrv_met_open_einddatum():
    dagen = [f"2025-09-{d:02d}" for d in (8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26, 29, 30)] + \
            [f"2025-10-{d:02d}" for d in (1, 2, 3, 6, 7, 8)]
    invoer = {"registraties": [{"datum": d, "uren": 6} for d in dagen], "vakantieregio": "zuid", "peildatum": "2025-10-08"}
    antwoord, doc = _doc("melding_16_uur", invoer, "checklist_duo_melding")
    lrv = [m for m in antwoord["meldingen"] if m["soort"] == "lrv"]
    assert lrv and lrv[0]["einddatum"] is None
    assert "langdurig relatief verzuim" in doc["tekst"]
    assert "Einddatum: nog open: vul die in zodra de leerling terug is of is uitgeschreven" in doc["tekst"]


def test_geen_melding_geen_checklist():
    assert _soorten("melding_16_uur", {"registraties": [{"datum": "2025-09-08", "uren": 3}], "vakantieregio": "zuid"}) == []


def test_uitnodiging_na_melding_noemt_de_uren_in_eenvoudige_taal():
    _, doc = _doc("melding_16_uur", MELDING, "uitnodiging_verzuimgesprek")
    assert "samen 17,5 uur, op 3 dagen, vanaf maandag 8 september 2025" in doc["tekst"]
    assert "in 4 lesweken samen 16 uur of meer mist (artikel 21a Leerplichtwet 1969)" in doc["tekst"]
    assert doc["lezer"] == "ouders"
    assert "Beste [naam ouders of verzorgers]," in doc["tekst"]
    _open_klopt(doc)


# ------------------------------------------------------------------------------------------------ M@ZL

def test_aanmelding_mazl_met_het_signaal_en_de_toestemming():
    assert _soorten("ziekteverzuim", ZIEK) == ["aanmelding_mazl", "uitnodiging_verzuimgesprek"]
    antwoord, doc = _doc("ziekteverzuim", ZIEK, "aanmelding_mazl")
    signaal = antwoord["signalen"][0]
    assert signaal["datum"] == "2025-11-03"
    tekst = doc["tekst"]
    assert "maandag 3 november 2025: 4e ziekmelding binnen 12 schoolweken" in tekst
    assert "4 keer ziek gemeld, samen 7 schooldagen ziek" in tekst
    assert "Aan: de jeugdarts van de jeugdgezondheidszorg (JGZ)" in tekst
    assert "[hulpvraag van de leerling]" in tekst and "[datum toestemming]" in tekst
    assert "niet op de afspraak komen" in tekst
    _open_klopt(doc)


def test_geen_zorgwekkend_ziekteverzuim_geen_aanmelding():
    invoer = {**ZIEK, "ziekmeldingen": ZIEK["ziekmeldingen"][:2]}
    assert _soorten("ziekteverzuim", invoer) == []


# ------------------------------------------------------------------------------------------------ stappenplan

def test_verzuimverslag_met_stap_regie_en_volgende_opschaling():
    assert _soorten("stappenplan", STAP_HAAGLANDEN) == ["verzuimverslag"]
    antwoord, doc = _doc("stappenplan", STAP_HAAGLANDEN, "verzuimverslag")
    stap = antwoord["stappen"][0]
    tekst = doc["tekst"]
    assert stap["titel"] in tekst and f"In regie: {stap['in_regie']}." in tekst
    assert "Weken aaneengesloten afwezig (nu): 5" in tekst
    assert all(a in tekst for a in stap["acties"])
    assert ("Volgende stap: Managementafstemming (alleen Den Haag), uiterlijk afgerond op maandag 27 oktober 2025"
            in tekst)
    assert "loopt tot maandag 27 oktober 2025" in tekst
    assert "[wat er is gebeurd]" in tekst and "[afspraken (wie doet wat, wanneer)]" in tekst
    assert doc["bron"][-1] == stap["bron"]
    _open_klopt(doc)


def test_stappenplan_basisstap_geeft_geen_document():
    assert _soorten("stappenplan", {"regio": "amsterdam-diemen"}) == []


def test_stap_vraagt_zijn_eigen_documenten():
    invoer = {"ongeoorloofde_uren": "8", "regio": "amsterdam-diemen"}
    assert _soorten("stappenplan", invoer) == ["uitnodiging_verzuimgesprek", "verzuimverslag"]
    _, doc = _doc("stappenplan", invoer, "uitnodiging_verzuimgesprek")
    assert "Uren ongeoorloofd verzuim in de laatste 4 weken: 8" in doc["tekst"]  # Amsterdam counts weeks (its protocol)
    assert "nu deze stap aan de beurt is: Verzuimgesprek" in doc["tekst"]


def test_elke_stap_noemt_alleen_bestaande_documenten():
    for rid in profielen.regio_ids():
        for stap in profielen.laad(rid).stappen:
            assert set(stap.get("documenten", [])) <= set(soorten()), (rid, stap["id"])


# ------------------------------------------------------------------------------------------------ regions

def test_regio_vervangt_delen_in_haar_profiel():
    invoer = {**ZIEK, "regio": "zuid-kennemerland-ijmond"}
    _, zk = _doc("ziekteverzuim", invoer, "aanmelding_mazl")
    _, wet = _doc("ziekteverzuim", ZIEK, "aanmelding_mazl")
    assert "Aan: de jeugdarts van GGD Kennemerland (jeugdgezondheidszorg)" in zk["tekst"]
    assert "adviserend, niet controlerend" in zk["tekst"]
    assert "GGD Kennemerland" not in wet["tekst"]
    # Everything else is the national template.
    assert "Hulpvraag van de ouders" in zk["tekst"]


def test_regio_met_een_eigen_sjabloon_in_haar_map():
    invoer = {"ongeoorloofde_uren": "17", "regio": "drechtsteden"}
    _, doc = _doc("stappenplan", invoer, "verzuimverslag")
    assert doc["titel"] == "Verzuimverslag voor het verzuimdossier (stap 3 tot en met 5, Drechtsteden)"
    assert "[wat de leerling zelf zei (hoorrecht)]" in doc["tekst"]
    assert "Procedure voor scholen ter voorkoming van thuiszitten" in doc["bron"][0]["titel"]
    assert "## Wat er is gebeurd" in doc["tekst"]  # the national text around it


def test_regio_zegt_waar_haar_protocol_van_duo_afwijkt():
    invoer = {**MELDING, "regio": "drechtsteden"}
    _, doc = _doc("melding_16_uur", invoer, "checklist_duo_melding")
    assert "elke 1 maand een nieuwe melding" in doc["tekst"]
    assert "De data hierboven volgen DUO" in doc["tekst"]
    _open_klopt(doc)


@pytest.fixture
def kopie(tmp_path, monkeypatch):
    for naam in ("landelijk.toml", "haaglanden.toml"):
        shutil.copy(profielen.STANDAARD_MAP / naam, tmp_path / naam)
    monkeypatch.setenv("VERZUIMWIJZER_PROFIELEN", str(tmp_path))
    profielen.wis_cache()
    laden.wis_cache()
    yield tmp_path
    profielen.wis_cache()
    laden.wis_cache()


def test_bezwaaradres_en_sjabloon_van_een_regio_uit_een_kopie(kopie):
    invoer = {**VAKANTIE_TE_LANG, "regio": "haaglanden"}
    profiel = kopie / "haaglanden.toml"
    profiel.write_text(profiel.read_text(encoding="utf-8").replace(
        "[documenten.delen]\n", '[documenten.delen]\nbezwaar_bij = "het bestuur van de school, Postbus 1, Den Haag"\n'),
        encoding="utf-8")
    profielen.wis_cache()
    _, doc = _doc("verlof", invoer, "besluit_vakantieverlof_afwijzing")
    assert "Stuur uw bezwaarschrift naar het bestuur van de school, Postbus 1, Den Haag." in doc["tekst"]
    map_ = kopie / "haaglanden" / "documenten"
    map_.mkdir(parents=True)
    (map_ / "_delen.toml").write_text('[delen]\nondertekening = "Namens het bestuur,\\n\\n${naam_ondertekenaar}"\n',
                                      encoding="utf-8")
    _, doc = _doc("verlof", invoer, "besluit_vakantieverlof_afwijzing")
    assert doc["tekst"].rstrip().endswith("Namens het bestuur,\n\n[naam ondertekenaar]")
    assert "[functie ondertekenaar]" not in doc["tekst"]
    assert "functie_ondertekenaar" not in [v["naam"] for v in doc["velden_open"]]


def test_onbekende_plaatshouder_is_een_fout_met_het_bestand(kopie):
    map_ = kopie / "haaglanden" / "documenten"
    map_.mkdir(parents=True)
    (map_ / "uitnodiging_verzuimgesprek.toml").write_text('[delen]\nregio_gesprek = "Zie ${onbekend}."\n',
                                                           encoding="utf-8")
    antwoord = run("melding_16_uur", MELDING)
    with pytest.raises(ProfielFout, match=r"haaglanden/documenten/uitnodiging_verzuimgesprek.toml.*\$onbekend"):
        document("melding_16_uur", MELDING, antwoord, "uitnodiging_verzuimgesprek")
    uit = json.loads(documenten_json("melding_16_uur", json.dumps(MELDING), json.dumps(antwoord)))
    assert "onbekend" in uit["fouten"][0]["melding"]


def test_onbekende_documentsoort_in_het_profiel(kopie):
    profiel = kopie / "haaglanden.toml"
    profiel.write_text(profiel.read_text(encoding="utf-8") + '\n[documenten.brief_x]\ntitel = "x"\n', encoding="utf-8")
    profielen.wis_cache()
    antwoord = run("melding_16_uur", MELDING)
    with pytest.raises(ProfielFout, match="brief_x"):
        documenten("melding_16_uur", MELDING, antwoord)


# ------------------------------------------------------------------------------------------------ all kinds

SCENARIO_S = [("verlof", VAKANTIE_TE_LANG), ("verlof", VAKANTIE_OPEN), ("verlof", GEWICHTIG),
              ("verlof", {**GEWICHTIG, "eerder_verleend_dagen": 8}), ("melding_16_uur", MELDING),
              ("ziekteverzuim", ZIEK), ("stappenplan", STAP_HAAGLANDEN),
              ("stappenplan", {"ongeoorloofde_uren": "17", "ziekmeldingen_12_weken": "4"})]


@pytest.mark.parametrize("regio", profielen.regio_ids())
def test_elke_soort_in_elke_regio_gevuld_zonder_losse_plaatshouder(regio):
    gezien = set()
    for naam, invoer in SCENARIO_S:
        invoer = {**invoer, "regio": regio}
        antwoord = run(naam, invoer)
        assert "fouten" not in antwoord, antwoord
        uit = json.loads(documenten_json(naam, json.dumps(invoer), json.dumps(antwoord)))
        assert "fouten" not in uit, uit
        for doc in uit["documenten"]:
            assert doc == document(naam, invoer, antwoord, doc["soort"])
            _open_klopt(doc)
            assert doc["titel"] and doc["bron"]
            gezien.add(doc["soort"])
    assert gezien == set(soorten())


def test_document_dat_niet_past():
    antwoord = run("verlof", VAKANTIE_TE_LANG)
    uit = document("verlof", VAKANTIE_TE_LANG, antwoord, "verzuimverslag")
    assert "past niet bij dit antwoord" in uit["fouten"][0]["melding"]
    assert documenten("verlof", VAKANTIE_TE_LANG, {"fouten": [{"veld": "x", "melding": "y"}]}) == []
    assert "geen geldige JSON" in json.loads(documenten_json("verlof", "{", "{}"))["fouten"][0]["melding"]


# ------------------------------------------------------------------------------------------------ CLI

def test_cli_lijst_en_document(capsys):
    assert main(["melding_16_uur", "--invoer", json.dumps(MELDING), "--document"]) == 0
    assert capsys.readouterr().out.splitlines() == ["checklist_duo_melding", "uitnodiging_verzuimgesprek"]
    assert main(["melding_16_uur", "--invoer", json.dumps(MELDING), "--document", "checklist_duo_melding"]) == 0
    tekst = capsys.readouterr().out
    assert tekst.startswith("# Checklist: verzuim melden bij DUO")
    assert "Begindatum (eerste verzuimdag): maandag 8 september 2025" in tekst


def test_cli_document_dat_niet_past_of_foute_invoer(capsys):
    assert main(["melding_16_uur", "--invoer", json.dumps(MELDING), "--document", "aanmelding_mazl"]) == 1
    fout = capsys.readouterr()
    assert "past niet bij dit antwoord" in fout.err and "checklist_duo_melding" in fout.err
    assert main(["verlof", "--invoer", '{"soort": "vakantie"}', "--document"]) == 1
    assert "fouten" in json.loads(capsys.readouterr().out)


def test_profielcontrole_noemt_onbekende_documenten(tmp_path):
    import datetime as dt

    from calculators.profiel_check import controleer

    shutil.copy(profielen.STANDAARD_MAP / "landelijk.toml", tmp_path / "landelijk.toml")
    (tmp_path / "proef.toml").write_text(
        '[regio]\nid = "proef"\nnaam = "Proefregio"\nvakantieregio = "midden"\n\n[bronnen.protocol]\ntitel = "P"\n\n'
        '[[stap]]\nid = "gesprek"\ntitel = "Gesprek"\nin_regie = "Mentor"\nstandaard = true\n'
        'documenten = ["verzuimverslag", "brief_x"]\n\n'
        '[documenten.delen]\njeugdarts = "de jeugdarts"\n\n[documenten.brief_y]\ntitel = "Y"\n', encoding="utf-8")
    problemen, _ = controleer("proef", tmp_path, dt.date(2026, 12, 2))
    assert {p.sleutel for p in problemen} == {"stap[0] (gesprek).documenten", "documenten.brief_y"}
    assert any("'brief_x' is geen documentsoort" in p.melding for p in problemen)
