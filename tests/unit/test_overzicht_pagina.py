"""calculators.overzicht_pagina: the worker's share of the Verzuimoverzicht page is run() cut up, not a second answer."""

from __future__ import annotations

import json

import calculators
from calculators.overzicht import als_csv
from calculators.brug import invoer_met_bestand
from calculators.overzicht_pagina import detail, voor_pagina

KOP = "Stamnr;Naam;Klas;Datum;Lesuur;Code\r\n"
RIJEN = "".join(f"4711;Jeanné de Vries;2b;{d:02d}-09-2025;{u};A\r\n" for d in (8, 9, 10, 11, 12, 15) for u in range(1, 5))
RIJEN += "4712;Ab Kok;2b;08-09-2025;1;Z\r\n4712;Ab Kok;2b;;2;Z\r\n"
INVOER = {"regio": "haaglanden", "peildatum": "2025-09-19", "lesuur_minuten": "50"}


def test_samengevoegd_gelijk_aan_run_en_csv_van_de_kern():
    ruw = (KOP + RIJEN).encode("cp1252")
    voortgang = []
    kop, tabel, csv_namen, csv_zonder = voor_pagina(INVOER, ruw, lambda *a: voortgang.append(a))
    verwacht = calculators.run("verzuimoverzicht", {**INVOER, "bestand": ruw.decode("cp1252"), "codering": "Windows-1252"})
    samen = {**json.loads(kop), "leerlingen": [detail(r["leerling"])["leerling"] for r in json.loads(tabel)]}
    assert samen == verwacht
    assert "leerlingen" not in json.loads(kop)
    assert csv_namen == als_csv(verwacht, namen=True) and "Jeanné de Vries" in csv_namen
    assert csv_zonder == als_csv(verwacht, namen=False) and "Jeanné" not in csv_zonder
    rijen = json.loads(tabel)
    assert [r["leerling"] for r in rijen] == [l["leerling"] for l in verwacht["leerlingen"]]
    eerste = rijen[0]
    assert eerste["leerling"] == "4711" and "melding_16_uur" in eerste["signalen"] and eerste["actie_nodig"]
    assert eerste["stap"] == verwacht["leerlingen"][0]["stap"]["stappen"][0]["titel"]
    assert {f for f, _, _ in voortgang} == {"lezen", "analyseren"}
    assert any(a["regel"] == 27 for a in verwacht["afgewezen"])  # the row without a date


def test_bestand_gelezen_zoals_de_opdrachtregel():
    assert invoer_met_bestand({}, "\ufeffa;b\n".encode("utf-8")) == {"bestand": "a;b\n", "codering": "UTF-8 met BOM"}
    assert invoer_met_bestand({}, "é;b\n".encode("cp1252"))["codering"] == "Windows-1252"
    xlsx = invoer_met_bestand({"regio": "landelijk"}, b"PK\x03\x04rest")
    assert set(xlsx) == {"regio", "bestand_xlsx"}


def test_fout_blijft_een_fout_zonder_leerlingen():
    kop, tabel, csv_namen, _ = voor_pagina({"regio": "haaglanden"}, b"")
    assert json.loads(kop)["fouten"][0]["veld"] == "bestand"
    assert json.loads(tabel) == [] and csv_namen == ""
    assert "fouten" in detail("4711")  # a failed run leaves no pupils of an earlier file behind
