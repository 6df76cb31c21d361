"""The Verzuimoverzicht page with real Excel exports and other spreadsheet kinds, through the file input.

UTF-16 'Unicode-tekst' with a title line and a Totaal line gives the same answer as CPython; a .xls or a
password-protected .xlsx gives the reader's Dutch message in the page, without loading the XLSX reader.
"""

from __future__ import annotations

from test_verzuimoverzicht import KOP, OOSTERBROEK, cpython, kies, leerling, open_pagina, school_rijen

from calculators.overzicht import lezen
from calculators.overzicht_pagina import invoer_met_bestand

import calculators

from omgeving import START_MS


def test_unicode_tekst_met_titel_en_totaalregel_gelijk_aan_cpython(context, pagina, base_url, tmp_path):
    regels = ["Absentieoverzicht 2025-2026, geëxporteerd op 9-10-2025 09:15", "", "\t".join(KOP)]
    regels += ["\t".join(r) for r in school_rijen()] + ["Totaal\t\t\t\t120\t\t"]
    pad = tmp_path / "unicode-tekst.txt"
    pad.write_bytes(b"\xff\xfe" + ("\r\n".join(regels) + "\r\n").encode("utf-16-le"))
    open_pagina(pagina, base_url)
    antwoord = kies(pagina, pad)
    verwacht = cpython(pagina.evaluate("window.vwOverzicht.invoer"), pad.read_bytes())
    assert "fouten" not in verwacht, verwacht
    assert antwoord == verwacht and verwacht["bestand"]["codering"] == "UTF-16 met BOM"
    assert "melding_16_uur" in leerling(antwoord, OOSTERBROEK[0])["signalen"]
    assert any("De koprij staat op regel 3" in w for w in antwoord["waarschuwingen"])
    assert not context.verzoeken.naar("/py/xlsx/")


def test_beveiligd_excel_bestand_geeft_de_nederlandse_melding(context, pagina, base_url, tmp_path):
    pad = tmp_path / "beveiligd.xlsx"
    pad.write_bytes(lezen.OLE + b"\0" * 1024 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1024)
    open_pagina(pagina, base_url)
    pagina.wait_for_function("() => window.vwOverzicht")
    pagina.set_input_files("#vwo-bestand", str(pad))
    fouten = pagina.locator(".vw-overzicht-fouten")
    fouten.wait_for(state="visible", timeout=START_MS)
    [verwacht] = calculators.run("verzuimoverzicht", invoer_met_bestand(
        pagina.evaluate("window.vwOverzicht.invoer"), pad.read_bytes()))["fouten"]
    assert "wachtwoord" in verwacht["melding"] and verwacht["melding"] in fouten.inner_text()
    assert not context.verzoeken.naar("/py/xlsx/")


def test_meerdere_bestanden_samen_gelijk_aan_cpython(context, pagina, base_url, tmp_path):
    """Two periods of one school chosen together (the file input takes several): the page's answer is the
    command line's on the same files; a registration in both counts once and its refusal names the first
    file; each file is read in pieces in the worker, with progress for that."""
    from calculators.brug import invoer_met_bestanden
    from test_verzuimoverzicht import school_csv

    regels = school_csv().split(b"\r\n")
    kop, data = regels[0], [r for r in regels[1:] if r]
    eerste, tweede = data[: len(data) // 2], data[len(data) // 2 - 1:]  # the last row of the first is in the second too
    paden = [tmp_path / "september.csv", tmp_path / "oktober.csv"]
    for pad, rijen in zip(paden, (eerste, tweede)):
        pad.write_bytes(b"\r\n".join([kop, *rijen]) + b"\r\n")
    open_pagina(pagina, base_url)
    pagina.wait_for_function("() => window.vwOverzicht")
    vorige = pagina.evaluate("window.vwOverzicht.antwoorden")
    pagina.set_input_files("#vwo-bestand", [str(p) for p in paden])
    from test_verzuimoverzicht import wacht_op_antwoord

    antwoord = wacht_op_antwoord(pagina, vorige)
    verwacht = calculators.run("verzuimoverzicht", invoer_met_bestanden(
        pagina.evaluate("window.vwOverzicht.invoer"), [(p.name, p.read_bytes()) for p in paden]))
    assert "fouten" not in verwacht, verwacht
    assert antwoord == verwacht
    assert verwacht["samenvatting"]["rijen_dubbel"] == 1
    [dubbel] = [a for a in antwoord["afgewezen"] if a["soort"] == "dubbel"]
    assert dubbel["bestand"] == "oktober.csv" and "van september.csv" in dubbel["reden"]
    tekst = pagina.locator(".vw-resultaat").inner_text()
    assert "De bestanden (2)" in tekst and f"Regel {dubbel['regel']} van oktober.csv" in tekst
    assert "inlezen" in {v["fase"] for v in pagina.evaluate("window.vwOverzicht.voortgang")}
