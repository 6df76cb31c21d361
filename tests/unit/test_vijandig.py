"""Fuzz: every calculator through run(), run_json() and the document builder with thousands of generated
inputs (hostile values among valid ones). A Dutch field error is fine; the generic internal error never is.

Seeded, so a failure repeats; the seed and the input are in the assertion message.
"""

import datetime as dt
import json
import random

import pytest

from calculators import documenten_json, namen, run, run_json, schema

INTERN = "Er ging iets mis in de rekenhulp zelf"
PER_REKENHULP = 620          # 9 calculators: 5,580 inputs through run(), a third also through run_json
VIJANDIG = [
    None, "", " ", "²", "1²", "٣", "9" * 5000, "1" * 400, 10 ** 400, -10 ** 400, -1, 0, 1.5, 1e308, -1e308,
    float("nan"), float("inf"), True, False, [], {}, [[[]]], {"a": {"b": 1}}, [None], [1, "x"], "0001-01-01",
    "9999-12-31", "31-12-9999", "01-01-0001", "29-02-2023", "2026-13-01", "00-00-0000", "\u202e4321",
    "a\x00b", "=1+1", '"', '"a;b', "1;2;3\n4;5", "\n" * 50, "x" * 3000, "14-3-21", "14 maart 2021",
    "1899-12-31", "2201-01-01", "1900-01-01", "2200-12-31", "١٤-٠٣-٢٠٢٦", "NaN", "-0", "1e400", "0x10",
]
DATUMS = ["2026-03-02", "02-03-2026", "2-3-2026", "14/03/2021", "2020-07-14", "2010-10-01", "2026-12-24",
          "2027-07-31", "1990-01-01", "2199-12-31", "1900-03-01", "02032026"]
GETALLEN = [0, 1, 2.5, "3,5", 16, 40, 100, 10 ** 9, 10 ** 14, "12", -0.0]


GOEDE_DATUMS = [f"{d:02d}-{m:02d}-{j}" for j in (2025, 2026) for m in (1, 3, 6, 9, 11) for d in (2, 9, 16)]


def _regels_csv(rnd: random.Random, vijandig: float) -> str:
    """A small export: a real-shaped layout with hostile cells among good ones."""
    kop, maak = rnd.choice([
        ("Stamnr;Naam;Klas;Datum;Lesuur;Code",
         lambda: [str(rnd.randint(1, 6)), "Jan", "2A", rnd.choice(GOEDE_DATUMS), str(rnd.randint(1, 8)),
                  rnd.choice("AZLTX")]),
        ("leerlingnummer,datum,begin,eind,code",
         lambda: [str(rnd.randint(1, 6)), rnd.choice(GOEDE_DATUMS), "08:30", rnd.choice(["10:00", "", "15:30"]),
                  rnd.choice(["XC", "ZK", "TL"])]),
        ("Studentnummer\tDatum\tMinuten ongeoorloofd\tMinuten ziek",
         lambda: [str(rnd.randint(1, 6)), rnd.choice(GOEDE_DATUMS), str(rnd.randint(0, 400)), "0"]),
        ("Absentieoverzicht 2025-2026, geëxporteerd op 4-12-2026 09:15\n\nStamnr;Datum;Lesuur;Code",
         lambda: [str(rnd.randint(1, 6)), rnd.choice(GOEDE_DATUMS), str(rnd.randint(1, 8)), "A"]),
        ("", lambda: [str(rnd.randint(1, 6)), rnd.choice(GOEDE_DATUMS), str(rnd.randint(1, 8)), "A"]),
    ])
    scheiding = "\t" if "\t" in kop else "," if "," in kop.rsplit("\n", 1)[-1] else ";"
    regels = [kop] if kop else []
    for _ in range(rnd.randint(0, 14)):
        cellen = maak()
        for k in range(len(cellen)):
            if rnd.random() < vijandig:
                cellen[k] = str(rnd.choice(VIJANDIG)).replace("\n", " ")[:300]
        regels.append(scheiding.join(cellen))
    if rnd.random() < 0.2:
        regels.append("Totaal" + scheiding + "99")
    if rnd.random() < 0.05:
        regels.insert(rnd.randint(0, len(regels)), '1;"Visser;2A;02-03-2026;1;A')
    return "\n".join(regels) + rnd.choice(["\n", "", "\r\n"])


def _waarde(veld: dict, rnd: random.Random, goed: bool):
    if not goed and rnd.random() < 0.3:
        return rnd.choice(VIJANDIG)
    soort = veld["type"]
    if soort == "datum":
        return rnd.choice(GOEDE_DATUMS if goed else DATUMS)
    if soort in ("getal", "geheel"):
        if goed:
            laag, hoog = veld.get("minimum") or 0, veld.get("maximum") or 60
            return rnd.randint(int(laag), int(hoog)) if soort == "geheel" else round(rnd.uniform(laag, hoog), 1)
        return rnd.choice(GETALLEN)
    if soort == "keuze":
        return rnd.choice([o["waarde"] for o in veld["opties"]] + ([] if goed else ["onbekend"]))
    if soort == "bool":
        return rnd.choice([True, False, "ja", "nee"])
    if soort == "datumlijst":
        return rnd.choice([[rnd.choice(GOEDE_DATUMS) for _ in range(rnd.randint(0, 3))], "02-03-2026\n03-03-2026"])
    if soort == "lijst":
        kolommen = veld["kolommen"]
        if rnd.random() < 0.3:  # pasted text, sometimes with a runaway quote or a giant cell
            regels = ["\t".join(str(_waarde(k, rnd, goed)).replace("\n", " ")[:100] for k in kolommen)
                      for _ in range(rnd.randint(0, 6))]
            if not goed and rnd.random() < 0.1:
                regels.append('"' + "x" * 140_000)
            return "\n".join(regels)
        return [{k["naam"]: _waarde(k, rnd, goed) for k in kolommen} for _ in range(rnd.randint(0, 6))]
    if soort == "object":
        if goed and veld["naam"] == "kolommen":
            return rnd.choice([{}, {}, {"code": ""}, {"leerling": "1", "datum": "2"}])
        if goed:
            return rnd.choice([{}, {"A": "ongeoorloofd"}, {"Z": "ziek", "": "negeren"}])
        return rnd.choice([{}, {"code": "Code"}, {"leerling": "1", "datum": "2"}, {"A": "ongeoorloofd"},
                           {"datum": "9" * 50}, {"leerling": 10 ** 400}, "{\"A\": \"ziek\"}", "{kapot"])
    if soort == "tekst":
        if veld["naam"] == "bestand":
            return _regels_csv(rnd, 0.04 if goed else 0.3)
        if goed:
            return {"schooldag_begin": "08:30", "schooldag_eind": "15:30"}.get(veld["naam"], "UTF-8")
        return rnd.choice(["08:30", "15:30", "UTF-8", "0²:30", "24:00", "8", "x" * 500, ""])
    raise AssertionError(soort)


def _invoer(naam: str, rnd: random.Random) -> dict:
    """Half the inputs valid in every field (the rules run deep), half with hostile values."""
    goed = rnd.random() < 0.5
    invoer = {}
    for veld in schema(naam)["velden"]:
        if veld["naam"] == "bestand_xlsx" or (not veld["verplicht"] and veld["naam"] != "bestand"
                                               and rnd.random() < 0.25):
            continue
        invoer[veld["naam"]] = _waarde(veld, rnd, goed)
    if goed and "vakantieregio" in invoer and rnd.random() < 0.8:
        invoer["vakantieregio"] = rnd.choice(["noord", "midden", "zuid"])
    if not goed and rnd.random() < 0.05:
        invoer["onbekend_veld"] = rnd.choice(VIJANDIG)
    return invoer


def _json(invoer: dict) -> str:
    return json.dumps(invoer, ensure_ascii=False, default=str)


def _verminkt(antwoord: dict, rnd: random.Random) -> dict:
    """An answer that run() did not give: keys dropped, values swapped for hostile ones."""
    uit = json.loads(json.dumps(antwoord, default=str))
    for sleutel in rnd.sample(list(uit), k=min(len(uit), rnd.randint(1, 3))):
        if rnd.random() < 0.5:
            del uit[sleutel]
        else:
            uit[sleutel] = rnd.choice(VIJANDIG[:30])
    return uit


@pytest.mark.parametrize("naam", namen())
def test_geen_interne_fout_bij_gegenereerde_invoer(naam):
    rnd = random.Random(f"vijandig-{naam}")
    getest = documenten = 0
    for i in range(PER_REKENHULP):
        invoer = _invoer(naam, rnd)
        uit = run(naam, invoer)
        getest += 1
        assert "interne_fout" not in uit, (naam, i, _json(invoer)[:2000], uit.get("interne_fout"))
        assert all(INTERN not in f["melding"] for f in uit.get("fouten", []))
        if "fouten" in uit:
            assert all(isinstance(f["melding"], str) and f["melding"] for f in uit["fouten"])
        if i % 3 == 0:
            tekst = json.loads(run_json(naam, _json(invoer)))
            assert "interne_fout" not in tekst, (naam, i, _json(invoer)[:2000], tekst.get("interne_fout"))
        if "fouten" not in uit and naam != "verzuimoverzicht" and i % 4 == 0:
            for antwoord in (uit, _verminkt(uit, rnd)):
                docs = json.loads(documenten_json(naam, _json(invoer), json.dumps(antwoord, default=str)))
                documenten += 1
                assert "interne_fout" not in docs, (naam, i, _json(invoer)[:2000], docs.get("interne_fout"))
    assert getest == PER_REKENHULP


@pytest.mark.parametrize("tekst", ["[" * 100_000, '{"a":' * 50_000, "", "null", "[]", "\"tekst\"", "1e400",
                                   '{"geboortedatum": "2020-01-01"' + "}" * 3])
def test_run_json_geeft_altijd_fouten_in_het_nederlands(tekst):
    for naam in ("leerplicht_start", "verzuimoverzicht", "bestaat_niet"):
        uit = json.loads(run_json(naam, tekst))
        assert "interne_fout" not in uit
        if "fouten" in uit:
            assert uit["fouten"][0]["melding"]


def test_documenten_json_met_diepe_of_vreemde_json():
    for invoer, antwoord in [("[" * 100_000, "{}"), ("{}", "[" * 100_000), ("[]", "{}"), ("{}", "[]"),
                             ("{}", '{"rekenhulp": "verlof", "kern": 5}'), ("{}", "null")]:
        uit = json.loads(documenten_json("verlof", invoer, antwoord))
        assert "interne_fout" not in uit
        assert "fouten" in uit or uit.get("documenten") == []


@pytest.mark.parametrize("jaar", [1, 9999])
def test_jaren_buiten_de_kalender_geven_een_veldfout(jaar):
    uit = run("leerplicht_start", {"geboortedatum": f"{jaar:04d}-06-01", "vakantieregio": "midden"})
    [fout] = uit["fouten"]
    assert fout["veld"] == "geboortedatum" and "1900" in fout["melding"] and "2200" in fout["melding"]
    uit = run("verlof", {"soort": "vakantie", "eerste_dag": f"01-03-{jaar:04d}", "laatste_dag": "05-03-2026",
                         "vakantieregio": "midden"})
    assert [f["veld"] for f in uit["fouten"]] == ["eerste_dag"]


def test_getal_van_400_cijfers_en_plakveld_van_140_kb():
    uit = run("stappenplan", {"ongeoorloofde_uren": 10 ** 400})
    assert uit["fouten"][0]["veld"] == "ongeoorloofde_uren" and "te groot" in uit["fouten"][0]["melding"]
    uit = run("melding_16_uur", {"registraties": '"' + "x" * 140_000, "vakantieregio": "midden"})
    [fout] = uit["fouten"]
    assert fout["veld"] == "registraties" and "aanhalingsteken" in fout["melding"]


def test_cli_diep_genest_en_document_zonder_traceback(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for args, stdin in [(["leerplicht_start", "--invoer", "-"], "[" * 100_000),
                        (["verlof", "--invoer", "-", "--document", "bestaat_niet"],
                         json.dumps({"soort": "vakantie", "eerste_dag": "02-03-2027", "laatste_dag": "05-03-2027",
                                     "vakantieregio": "midden"}))]:
        uit = subprocess.run([sys.executable, "-m", "calculators", *args], input=stdin, capture_output=True, text=True,
                             cwd=root)
        assert "Traceback" not in uit.stderr, uit.stderr
        assert uit.returncode == 1
        assert (uit.stdout + uit.stderr).strip()


def test_datum_als_python_date_buiten_bereik():
    uit = run("leerplicht_start", {"geboortedatum": dt.date(1, 1, 1).isoformat(), "vakantieregio": "midden"})
    assert uit["fouten"][0]["veld"] == "geboortedatum"
