"""What a reader reads first: the verdict sentence (kern), what to do now (wat_nu), the date the answer is
for (stand_op); Dutch dates in, Dutch numbers and plurals out; an answer without a vakantieregio."""

import json
import re

import pytest

from calculators import namen, run, schema
from calculators.__main__ import main
from calculators.tekst import aantal, getal_nl


def antwoord(naam, **invoer):
    uit = run(naam, invoer)
    assert "fouten" not in uit, uit
    return uit


# --- Dutch dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("tekst", ["14-03-2020", "14-3-2020", "14/03/2020", "14.3.2020", "14032020", "2020-03-14"])
def test_nederlandse_datumnotatie_geeft_dezelfde_uitkomst_als_iso(tekst):
    iso = antwoord("leerplicht_einde", geboortedatum="2020-03-14")
    assert antwoord("leerplicht_einde", geboortedatum=tekst) == iso


def test_nederlandse_datums_ook_in_lijsten_en_geplakte_regels():
    geplakt = antwoord("melding_16_uur", vakantieregio="zuid", registraties="08-09-2025;8\n10-9-2025;8,5")
    rijen = antwoord("melding_16_uur", vakantieregio="zuid",
                     registraties=[{"datum": "2025-09-08", "uren": 8}, {"datum": "2025-09-10", "uren": 8.5}])
    assert geplakt == rijen and geplakt["meldingen"][0]["einddatum"] == "2025-09-10"


@pytest.mark.parametrize("tekst, melding", [
    ("31-02-2021", "De datum '31-02-2021' bij 'Geboortedatum' bestaat niet: februari 2021 heeft geen dag 31."),
    ("29-02-2023", "De datum '29-02-2023' bij 'Geboortedatum' bestaat niet: februari 2023 heeft geen dag 29."),
    ("03-14-2021", "De datum '03-14-2021' bij 'Geboortedatum' bestaat niet: er is geen maand 14."),
    # two-digit years are refused with both readings and how to type it (calculators/fouten.py says why)
    ("14-03-21", "'14-03-21' bij 'Geboortedatum' heeft een jaartal van twee cijfers: dat kan 1921 of 2021 zijn. "
                 "Schrijf het jaar voluit, bijvoorbeeld 14-03-2021."),
    ("14-3-21", "'14-3-21' bij 'Geboortedatum' heeft een jaartal van twee cijfers: dat kan 1921 of 2021 zijn. "
                "Schrijf het jaar voluit, bijvoorbeeld 14-03-2021."),
    ("14 marz 2021", "'14 marz 2021' bij 'Geboortedatum' is geen datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld "
                     "14-03-2021."),
])
def test_een_datum_die_niet_bestaat_zegt_dat(tekst, melding):
    assert run("leerplicht_start", {"geboortedatum": tekst, "vakantieregio": "midden"})["fouten"] == [
        {"veld": "geboortedatum", "melding": melding}]


@pytest.mark.parametrize("tekst", ["14 maart 2021", "14 Maart 2021", "14 mrt 2021", "14 mrt. 2021",
                                   "zondag 14 maart 2021"])
def test_maand_voluit_of_afgekort(tekst):
    assert antwoord("leerplicht_start", geboortedatum=tekst, vakantieregio="midden")["vijfde_verjaardag"] == "2026-03-14"


def test_maand_voluit_in_een_datumlijst():
    uit = antwoord("leerplicht_start", geboortedatum="14-03-2021", vakantieregio="midden",
                   vrije_dagen="1 april 2026\n2-4-2026")
    assert uit["eerste_dag"] == "2026-04-03"


def test_schrikkeldag_in_nederlandse_notatie():
    uit = antwoord("leerplicht_start", geboortedatum="29-2-2020", vakantieregio="noord")
    assert uit["vijfde_verjaardag"] == "2025-03-01"


# --- the verdict sentence per calculator ------------------------------------------------------------

@pytest.mark.parametrize("naam, invoer, kern", [
    ("leerplicht_start", {"geboortedatum": "14-10-2020"},
     "Dit kind is leerplichtig vanaf maandag 3 november 2025."),
    ("leerplicht_start", {"geboortedatum": "2020-07-14", "vakantieregio": "midden"},
     "Dit kind is leerplichtig vanaf maandag 1 september 2025."),
    ("leerplicht_einde", {"geboortedatum": "2010-03-02", "peildatum": "2025-06-01"},
     "De volledige leerplicht eindigt op vrijdag 31 juli 2026, aan het einde van het schooljaar waarin de jongere "
     "16 wordt."),
    ("leerplicht_einde", {"geboortedatum": "2010-03-02", "eerste_volledige_schooljaar": 2014, "basisschool_jaren": 7,
                          "peildatum": "2025-06-01"},
     "De volledige leerplicht eindigt op donderdag 31 juli 2025, na twaalf volledige schooljaren."),
    ("kwalificatieplicht", {"geboortedatum": "2008-07-14", "peildatum": "2025-06-01"},
     "De kwalificatieplicht geldt van donderdag 1 augustus 2024 tot en met maandag 13 juli 2026 (de dag voor de 18e "
     "verjaardag)."),
    ("kwalificatieplicht", {"geboortedatum": "2008-07-14", "uitzondering": "vso_dagbesteding"},
     "De kwalificatieplicht geldt niet voor deze jongere: VSO gevolgd in het uitstroomprofiel dagbesteding is een "
     "wettelijke uitzondering."),
    ("vrijstelling_vijfjarige", {"geboortedatum": "2020-07-14", "datum": "2025-10-06", "uren_per_week": 4,
                                 "vakantieregio": "midden"},
     "Dit mag: 4 uur per week thuis past binnen de 5 uur per week waarvoor een mededeling genoeg is."),
    ("vrijstelling_vijfjarige", {"geboortedatum": "2020-07-14", "datum": "2025-10-06", "uren_per_week": "7,5",
                                 "vakantieregio": "midden"},
     "De directeur beslist: 7,5 uur per week is meer dan de 5 uur per week waarvoor een mededeling genoeg is; met "
     "toestemming van de directeur mag het tot 10 uur."),
    ("vrijstelling_vijfjarige", {"geboortedatum": "2020-07-14", "datum": "2025-10-06", "uren_per_week": 12,
                                 "vakantieregio": "midden"},
     "Dit mag niet: 12 uur per week is meer dan de 10 uur die de wet toestaat."),
    ("verlof", {"soort": "vakantie", "eerste_dag": "2026-06-01", "laatste_dag": "2026-06-15", "vakantieregio": "noord"},
     "Dit vakantieverlof kan niet worden verleend: de aanvraag telt 11 schooldagen; vakantieverlof is hoogstens 10 "
     "schooldagen."),
    ("verlof", {"soort": "vakantie", "eerste_dag": "2026-06-01", "laatste_dag": "2026-06-01", "vakantieregio": "noord"},
     "De directeur van de school beslist over dit vakantieverlof van 1 schooldag: het past binnen de regels van de "
     "wet (hoogstens 10 schooldagen, één keer per schooljaar, niet in de eerste 2 lesweken)."),
    ("verlof", {"soort": "gewichtige_omstandigheden", "eerste_dag": "2025-09-15", "laatste_dag": "2025-10-03",
                "vakantieregio": "midden", "regio": "haaglanden"},
     "De leerplichtambtenaar van de woongemeente beslist over dit verlof: samen 15 schooldagen dit schooljaar is meer "
     "dan de 10 schooldagen waarover de directeur zelf mag beslissen."),
    ("verlof", {"soort": "religieus", "eerste_dag": "2026-06-01", "laatste_dag": "2026-06-01",
                "aanvraagdatum": "2026-05-31", "vakantieregio": "noord"},
     "Een beroep op de religieuze verplichting kan niet meer: de directeur is te laat ingelicht (uiterlijk was "
     "zaterdag 30 mei 2026)."),
    ("verlof", {"soort": "gewichtige_omstandigheden", "eerste_dag": "2025-10-18", "laatste_dag": "2025-10-19",
                "vakantieregio": "noord"},
     "Er is geen verlof nodig: in deze periode valt geen schooldag."),
    ("melding_16_uur", {"registraties": "2025-09-08;8\n2025-09-10;8,5", "vakantieregio": "zuid"},
     "De school moet dit verzuim bij DUO melden: één melding voor 16,5 uur ongeoorloofd verzuim van maandag 8 "
     "september 2025 tot en met woensdag 10 september 2025."),
    ("melding_16_uur", {"registraties": "2025-09-08;8", "vakantieregio": "zuid"},
     "Er hoeft niets bij DUO te worden gemeld: in geen enkele periode van 4 lesweken komt het ongeoorloofd verzuim "
     "op 16 uur."),
    ("ziekteverzuim", {"onderwijssoort": "vo", "ziekmeldingen": "2025-09-08;2025-09-16;40", "vakantieregio": "midden"},
     "Zorgwekkend ziekteverzuim: ja, sinds dinsdag 16 september 2025 — 7e schooldag aaneengesloten ziek (sinds "
     "maandag 8 september 2025)."),
    ("ziekteverzuim", {"onderwijssoort": "vo", "ziekmeldingen": "2025-09-08;2025-09-16;40", "vakantieregio": "midden",
                       "regio": "drechtsteden"},
     "Zorgwekkend ziekteverzuim: nee. Geen van de criteria van deze regio is bereikt."),
    ("stappenplan", {"regio": "amsterdam-diemen", "ongeoorloofde_uren": "8"},
     "Nu aan de beurt: verzuimgesprek (regie: Zorgcoördinator)."),
    ("stappenplan", {"regio": "amsterdam-diemen"},
     "Geen drempel van het stappenplan is bereikt, dus geldt de basisstap: leerling is op school (regie: Mentor)."),
])
def test_kern_per_rekenhulp(naam, invoer, kern):
    uit = antwoord(naam, **invoer)
    assert uit["kern"] == kern
    assert list(uit)[3] == "kern"  # first after rekenhulp, regio, regio_naam: also on the command line


@pytest.mark.parametrize("naam", namen())
def test_elk_antwoord_heeft_een_kern_en_wat_nu(naam):
    invoer = {"geboortedatum": "2015-05-05", "datum": "2025-10-06", "uren_per_week": 3, "soort": "vakantie",
              "eerste_dag": "2026-06-01", "laatste_dag": "2026-06-02", "onderwijssoort": "vo",
              "bestand": "leerlingnummer;datum;lesuur;code\n1;06-10-2025;1;A\n", "peildatum": "2025-10-10"}
    if naam == "verzuimoverzicht":  # one school, one calendar: it asks for the vakantieregio (test above)
        invoer["vakantieregio"] = "midden"
    velden = {v["naam"] for v in schema(naam)["velden"]}
    uit = antwoord(naam, **{k: v for k, v in invoer.items() if k in velden})
    assert isinstance(uit["kern"], str) and uit["kern"].endswith(".") and uit["kern"][0].isupper()
    assert isinstance(uit["wat_nu"], list)


def test_cli_geeft_dezelfde_kern(capsys):
    invoer = {"geboortedatum": "14-10-2020"}
    assert main(["leerplicht_start", "--invoer", json.dumps(invoer)]) == 0
    assert json.loads(capsys.readouterr().out)["kern"] == run("leerplicht_start", invoer)["kern"]


# --- the default path: no vakantieregio -------------------------------------------------------------

def test_zonder_vakantieregio_en_dezelfde_uitkomst_overal_is_er_gewoon_een_antwoord():
    uit = antwoord("leerplicht_start", geboortedatum="2020-10-14")
    assert uit["eerste_dag"] == "2025-11-03" and "per_vakantieregio" not in uit
    assert "in alle drie de vakantieregio's gelijk" in uit["uitleg"][0]["tekst"]


def test_zonder_vakantieregio_en_hetzelfde_oordeel_maar_andere_data():
    uit = antwoord("vrijstelling_vijfjarige", geboortedatum="2020-07-14", datum="2025-10-06", uren_per_week=7)
    assert uit["kern"].startswith("De directeur beslist: 7 uur per week")
    assert "vakantieregio" in uit["wat_nu"][-1] and "leerplichtig_vanaf" not in uit


def test_zonder_vakantieregio_in_een_regio_met_vakantieregio_volgt_het_profiel():
    uit = antwoord("leerplicht_start", geboortedatum="2020-07-14", regio="haaglanden")
    assert uit["eerste_dag"] == "2025-09-01"  # Haaglanden is in regio midden
    assert "de vakantieregio van Haaglanden" in uit["uitleg"][0]["tekst"]


# --- verlof: who decides, no contradiction, a regional note only where it differs ------------------

def test_verlof_haaglanden_vijftien_dagen_spreekt_zichzelf_niet_tegen():
    uit = antwoord("verlof", soort="gewichtige_omstandigheden", eerste_dag="2025-09-15", laatste_dag="2025-10-03",
                   vakantieregio="midden", regio="haaglanden")
    assert uit["beslisser"] == "leerplichtambtenaar"
    assert "max_dagen" not in uit and uit["directeur_tot_en_met"] == 10
    assert any("directeur is gehoord" in z for z in uit["wat_nu"])
    teksten = [s["tekst"] for s in uit["uitleg"]]
    assert not any("hanteert 10 schooldagen waar" in t for t in teksten)
    noot = [t for t in teksten if t.startswith("Let op")]
    assert len(noot) == 1 and "noemt dezelfde grens als de wet" in noot[0] and "'verlofaanvragen" in noot[0]


def test_verlof_regio_die_de_wet_herhaalt_krijgt_geen_regionale_noot():
    uit = antwoord("verlof", soort="gewichtige_omstandigheden", eerste_dag="2025-09-15", laatste_dag="2025-10-03",
                   regio="zuid-kennemerland-ijmond")
    assert not any(s["tekst"].startswith("Let op") for s in uit["uitleg"])


def test_vakantieverlof_noemt_de_aanvraagtermijn_als_nog_niet_aangevraagd():
    uit = antwoord("verlof", soort="vakantie", eerste_dag="2026-06-01", laatste_dag="2026-06-05", vakantieregio="noord")
    assert "uiterlijk maandag 6 april 2026" in uit["wat_nu"][-1]


# --- stappenplan: peildatum, the top of the ladder, labels not codes -------------------------------

def test_haaglanden_alle_termijnen_verstreken_betekent_de_hoogste_stap_nu():
    uit = antwoord("stappenplan", regio="haaglanden", gemeente="Den Haag", eerste_datum_zorgwekkend="2026-01-05",
                   peildatum="2026-12-02")
    assert uit["stand_op"] == "2026-12-02"
    assert [e["status"] for e in uit["escalatie"]] == ["verstreken", "verstreken", "verstreken", "nu_te_laat"]
    assert uit["kern"] == ("Alle termijnen van de opschaling zijn verstreken (de laatste op maandag 6 april 2026): de "
                           "hoogste stap is nu aan de beurt, afstemming op directeurenniveau (voorheen Doorbraaktafel).")
    assert "geen opschalingsstap" not in json.dumps(uit, ensure_ascii=False)


def test_haaglanden_rijswijk_overgeslagen_stap_telt_niet_als_hoogste():
    uit = antwoord("stappenplan", regio="haaglanden", gemeente="Rijswijk", eerste_datum_zorgwekkend="2025-01-06",
                   peildatum="2026-12-02")
    assert [e["status"] for e in uit["escalatie"]] == ["verstreken", "overgeslagen", "verstreken", "nu_te_laat"]


def test_stappenplan_zonder_peildatum_zegt_voor_welke_dag():
    import datetime as dt

    assert antwoord("stappenplan", regio="landelijk")["stand_op"] == dt.date.today().isoformat()


def test_stappenplan_getallen_met_komma_en_geen_dubbele_punt():
    uit = antwoord("stappenplan", regio="amsterdam-diemen", ongeoorloofde_uren="12,5")
    tekst = json.dumps(uit, ensure_ascii=False)
    assert "12,5" in tekst and "12.5 " not in tekst.replace('"ongeoorloofde_uren": 12.5', "")
    assert ".." not in tekst


def test_mazl_zorgwekkend_noemt_gesprek_en_de_jeugdarts_van_de_regio():
    uit = antwoord("ziekteverzuim", onderwijssoort="vo", ziekmeldingen="2025-09-08;2025-09-16;40",
                   regio="zuid-kennemerland-ijmond")
    assert uit["kern"].startswith("Zorgwekkend ziekteverzuim: ja")
    assert uit["wat_nu"][0].startswith("Ga in gesprek met de leerling en de ouders")
    assert "GGD Kennemerland – Jeugdgezondheidszorg (JGZ) (https://www.ggdkennemerland.nl)" in uit["wat_nu"][1]


# --- Dutch text -------------------------------------------------------------------------------------

def test_getallen_en_meervoud():
    assert [getal_nl(x) for x in (12.5, 16.0, 3, 0.25, 1 / 3)] == ["12,5", "16", "3", "0,25", "0,33"]
    assert aantal(1, "schooldag", "schooldagen") == "1 schooldag"
    assert aantal(2.5, "dag", "dagen") == "2,5 dagen"


SLORDIG = re.compile(r"\w\((?:en|s|pen)\)|(?<!\.)\.\.(?!\.)|\d\.\d+ (?:uur|dag)")


@pytest.mark.parametrize("naam, invoer", [
    ("verlof", {"soort": "gewichtige_omstandigheden", "eerste_dag": "2025-10-06", "laatste_dag": "2025-10-06",
                "eerder_verleend_dagen": 1, "vakantieregio": "noord", "vrije_dagen": "2025-10-07"}),
    ("melding_16_uur", {"registraties": "2025-09-06;8,5\n2025-09-08;8", "vakantieregio": "zuid"}),
    ("stappenplan", {"regio": "haaglanden", "ongeoorloofde_uren": "16,5"}),
    ("stappenplan", {"regio": "landelijk"}),
])
def test_geen_haakjesmeervoud_of_dubbele_punten(naam, invoer):
    uit = antwoord(naam, **invoer)
    teksten = [uit["kern"], *uit["wat_nu"], *(s["tekst"] for s in uit["uitleg"]), *uit["waarschuwingen"]]
    assert not [t for t in teksten if SLORDIG.search(t)]


def test_kern_verzuimoverzicht_telt_leerlingen_met_actie():
    regels = "".join(f"1;{d:02d}-11-2026;{u};A\n" for d in (2, 3, 4) for u in range(1, 9))
    uit = antwoord("verzuimoverzicht", bestand="leerlingnummer;datum;lesuur;code\n" + regels + "2;03-11-2026;1;Z\n",
                   regio="haaglanden", peildatum="2026-11-05")
    assert uit["kern"] == ("Van de 2 leerlingen in dit bestand vraagt er 1 nu actie: 1 bij DUO te melden voor de "
                           "urengrens.")
    assert uit["leerlingen"][0]["eerstvolgende_termijn"] == "2026-11-11"
    # a month later the deadline has passed: the pupil still needs action (was it reported?) and is sorted first
    later = antwoord("verzuimoverzicht", bestand="leerlingnummer;datum;lesuur;code\n" + regels + "2;01-12-2026;1;Z\n",
                     regio="haaglanden", peildatum="2026-12-02")
    eerste = later["leerlingen"][0]
    assert eerste["leerling"] == "1" and eerste["actie_nodig"] and eerste["termijn_verstreken"] == "2026-11-11"
    assert any("verstreken" in w for w in later["wat_nu"])


def test_verzuimoverzicht_landelijk_zonder_vakantieregio_vraagt_erom():
    uit = run("verzuimoverzicht", {"bestand": "leerlingnummer;datum;lesuur;code\n1;06-10-2025;1;A\n",
                                   "peildatum": "2025-10-10"})
    assert [f["veld"] for f in uit["fouten"]] == ["vakantieregio"]
    met = run("verzuimoverzicht", {"bestand": "leerlingnummer;datum;lesuur;code\n1;06-10-2025;1;A\n",
                                   "peildatum": "2025-10-10", "vakantieregio": "midden"})
    assert met["leerlingen"][0]["leerling"] == "1" and met["bestand"]["vorm"] == "lesuur"


# --- the answer in the tense of its reference date (issue 21) ------------------------------------------

def test_kwalificatieplicht_die_voorbij_is_in_de_verleden_tijd():
    uit = antwoord("kwalificatieplicht", geboortedatum="2001-05-01", peildatum="2026-12-04")
    assert uit["kern"] == ("De kwalificatieplicht gold van dinsdag 1 augustus 2017 tot en met dinsdag 30 april 2019 "
                           "(de dag voor de 18e verjaardag); op vrijdag 4 december 2026 is die voorbij.")
    assert uit["wat_nu"] == ["De jongere is niet meer kwalificatieplichtig: onderwijs volgen is geen plicht meer."]


def test_kwalificatieplicht_die_nog_moet_komen():
    uit = antwoord("kwalificatieplicht", geboortedatum="2012-05-01", peildatum="2026-12-04")
    assert uit["kern"].startswith("De kwalificatieplicht gaat gelden van dinsdag 1 augustus 2028 tot en met dinsdag 30 april 2030")


def test_leerplicht_einde_die_voorbij_is_in_de_verleden_tijd():
    uit = antwoord("leerplicht_einde", geboortedatum="2001-05-01", peildatum="2026-12-04")
    assert uit["kern"].startswith("De volledige leerplicht eindigde op maandag 31 juli 2017")
    assert uit["wat_nu"][0].startswith("Daarna gold de kwalificatieplicht")


def test_verlof_helemaal_in_een_vakantie_noemt_geen_beslisser():
    uit = antwoord("verlof", soort="vakantie", eerste_dag="20-07-2026", laatste_dag="24-07-2026", vakantieregio="midden")
    assert uit["kern"] == "Er is geen verlof nodig: in deze periode valt geen schooldag."
    assert "beslisser" not in uit  # the form would read an empty one as 'Wie beslist: niemand: de ouders lichten …'


def test_geboortedatum_van_lang_geleden_krijgt_een_controlevraag():
    uit = antwoord("leerplicht_start", geboortedatum="14-03-1990", vakantieregio="midden", peildatum="2026-12-04")
    assert uit["eerste_dag"] == "1995-04-03" and uit["benadering"] is True
    assert any(w.startswith("Volgens deze geboortedatum is de leerling op vrijdag 4 december 2026 al 36 jaar") and
               "Klopt de geboortedatum?" in w for w in uit["waarschuwingen"])
    gewoon = antwoord("leerplicht_start", geboortedatum="14-03-2020", vakantieregio="midden", peildatum="2026-12-04")
    assert not any("Klopt de geboortedatum?" in w for w in gewoon["waarschuwingen"])
