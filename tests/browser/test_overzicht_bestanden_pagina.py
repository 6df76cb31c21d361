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


def test_duizenden_leerlingen_per_500_in_de_tabel(pagina, base_url, tmp_path):
    """A board's file: the table holds 500 pupils at a time (a whole board in one table froze the page for
    seconds at every change); 'Toon nog …' adds the next, by keyboard too; the count says so."""
    from test_verzuimoverzicht import wacht_op_antwoord

    regels = ["Stamnr;Naam;Klas;Datum;Lesuur;Code"] + [f"{700000 + i};Leerling {i};1a;08-09-2025;1;A" for i in range(1200)]
    pad = tmp_path / "bestuur.csv"
    pad.write_text("\r\n".join(regels) + "\r\n", encoding="utf-8")
    open_pagina(pagina, base_url)
    pagina.wait_for_function("() => window.vwOverzicht")
    vorige = pagina.evaluate("window.vwOverzicht.antwoorden")
    pagina.set_input_files("#vwo-bestand", str(pad))
    wacht_op_antwoord(pagina, vorige)
    rijen = pagina.locator(".vw-leerlingen tbody tr")
    meer = pagina.locator("button[data-actie=meer]")
    assert rijen.count() == 500 and meer.inner_text() == "Toon nog 500 leerlingen"
    assert "De eerste 500 van 1.200 leerlingen staan in de tabel" in pagina.locator(".vw-aantal").inner_text()
    meer.focus()
    pagina.keyboard.press("Enter")
    pagina.wait_for_function("() => document.querySelectorAll('.vw-leerlingen tbody tr').length === 1000")
    focus = pagina.evaluate("document.activeElement.closest('tr').querySelector('th, td').innerText")
    assert focus.strip() == pagina.locator(".vw-leerlingen tbody tr").nth(500).locator("th, td").first.inner_text().strip()
    meer.click()
    pagina.wait_for_function("() => document.querySelectorAll('.vw-leerlingen tbody tr').length === 1200")
    assert meer.is_hidden() and "1.200 van 1.200 leerlingen getoond" in pagina.locator(".vw-aantal").inner_text()
