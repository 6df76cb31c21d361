"""verzuimoverzicht: real Excel/LAS exports and hostile files, each made by code here (no binary blobs).

Title line and footer, UTF-16 with and without BOM, all rows rejected, a runaway quote, caps, XLSX bombs
(dimension, shared string, zip), other spreadsheet kinds by their bytes, odd cells (superscript digits,
5,000-digit numbers, bidi controls, very long values). Nothing hangs, crashes or loses a pupil in silence.
"""

import base64
import datetime as dt
import io
import zipfile

import pytest

from calculators import run
from calculators.kalender import Kalender
from calculators.overzicht import lezen, xlsx
from calculators.overzicht.lezen import decodeer

BASIS = {"regio": "landelijk", "vakantieregio": "midden", "peildatum": "2026-07-01"}
KOP = "Stamnr;Naam;Klas;Datum;Lesuur;Code"


def overzicht(**invoer) -> dict:
    return run("verzuimoverzicht", {**BASIS, **invoer})


def goed(**invoer) -> dict:
    uit = overzicht(**invoer)
    assert "fouten" not in uit, uit["fouten"]
    return uit


def csv_uit(*regels: str, kop: str = KOP) -> str:
    return "\n".join([kop, *regels]) + "\n"


def per_leerling(uit: dict) -> dict:
    return {x["leerling"]: x for x in uit["leerlingen"]}


# --- Real exports: title line, footer, UTF-16, all rejected, headerless -----------------------------

def test_titelregel_lege_regels_en_totaalregel():
    tekst = ("Absentieoverzicht 2025-2026, geëxporteerd op 4-12-2026 09:15\n\n\n"
             + csv_uit("1;An;2A;02-03-2026;1;A", "2;Bo;2B;03-03-2026;2;A")
             + "\nTotaal;;;;2;\nGeëxporteerd door Magister\n")
    uit = goed(bestand=tekst)
    assert set(per_leerling(uit)) == {"1", "2"}
    assert uit["bestand"]["scheidingsteken"] == ";" and uit["bestand"]["koprij"] is True
    assert uit["samenvatting"]["rijen_afgewezen"] == 0 and uit["afgewezen"] == []
    assert "Totaal" not in {c["code"] for c in uit["codes"]}
    tekst_w = " ".join(uit["waarschuwingen"])
    assert "De koprij staat op regel 4" in tekst_w and "Absentieoverzicht 2025-2026" in tekst_w
    assert "regel 8 ('Totaal 2')" in tekst_w and "regel 9" in tekst_w


def test_titelregel_met_komma_kiest_toch_de_puntkomma():
    tekst = "Absentieoverzicht, school X, geëxporteerd\n" + csv_uit(*[f"{i};N;2A;02-03-2026;1;A" for i in range(5)])
    assert goed(bestand=tekst)["bestand"]["scheidingsteken"] == ";"


def _utf16_tekst() -> str:
    regels = ["Stamnummer\tNaam\tKlas\tDatum\tLesuur\tCode",
              "1\tRenée Çelik\t2A\t02-03-2026\t1\tA", "2\tZoë\t2B\t03-03-2026\t2\tA"]
    return "\r\n".join(regels) + "\r\n"


@pytest.mark.parametrize("bom,codec", [(b"\xff\xfe", "utf-16-le"), (b"", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
                                       (b"", "utf-16-be")])
def test_utf16_met_en_zonder_bom(bom, codec):
    tekst, codering = decodeer(bom + _utf16_tekst().encode(codec))
    assert codering == ("UTF-16 met BOM" if bom else "UTF-16")
    uit = goed(bestand=tekst, codering=codering)
    assert uit["bestand"]["scheidingsteken"] == "\t" and uit["bestand"]["codering"] == codering
    assert per_leerling(uit)["1"]["naam"] == "Renée Çelik"


def test_utf16_via_de_opdrachtregel_en_de_pagina(tmp_path):
    from calculators.overzicht_pagina import invoer_met_bestand

    invoer = invoer_met_bestand(dict(BASIS), b"\xff\xfe" + _utf16_tekst().encode("utf-16-le"))
    assert invoer["codering"] == "UTF-16 met BOM" and len(goed(**{k: v for k, v in invoer.items()})["leerlingen"]) == 2


def test_utf8_en_cp1252_blijven_werken():
    assert decodeer("1;é\n".encode("utf-8")) == ("1;é\n", "UTF-8")
    assert decodeer("1;é\n".encode("cp1252")) == ("1;é\n", "Windows-1252")


def test_alle_regels_afgewezen_is_een_fout_nooit_klaar():
    [fout] = overzicht(bestand=csv_uit("1;An;2A;31-02-2026;1;A", "2;Bo;2B;geen datum;1;A"))["fouten"]
    assert fout["veld"] == "bestand" and "Geen enkele regel" in fout["melding"]
    assert "regel 2:" in fout["melding"] and "alle 2 regels zijn afgewezen" in fout["melding"]


def test_utf16_als_windows_1252_gelezen_geeft_een_fout():
    kapot = ("\ufeff" + _utf16_tekst()).encode("utf-16-le").decode("cp1252", errors="replace")
    [fout] = overzicht(bestand=kapot)["fouten"]
    assert fout["veld"] == "bestand" and "UTF-16" in fout["melding"]


def test_zonder_koprij_op_kolomnummer_blijft_werken():
    tekst = "1;An;02-03-2026;3;A\n2;Bo;03-03-2026;4;A\n"
    kolommen = {"leerling": "1", "naam": "2", "datum": "3", "lesuur": "4", "code": "5"}
    uit = goed(bestand=tekst, kolommen=kolommen)
    assert uit["bestand"]["koprij"] is False and [k["kop"] for k in uit["bestand"]["kolommen"]] == list("12345")
    assert set(per_leerling(uit)) == {"1", "2"} and uit["samenvatting"]["rijen_gelezen"] == 2


# --- Nothing lost in silence: the runaway quote and the caps --------------------------------------

def _grote_export(regels_per_leerling: int = 32) -> list[str]:
    """50 pupils, each with 32 ongeoorloofde lesuren (26.7 klokuren) in four weeks: all over the limit."""
    kal = Kalender("midden")
    dagen = kal.schooldagen(dt.date(2026, 3, 2), dt.date(2026, 3, 13))[:8]
    return [f"{100 + p};Leerling {p};2A;{d:%d-%m-%Y};{u};A"
            for p in range(50) for d in dagen for u in range(1, regels_per_leerling // len(dagen) + 1)]


def test_weggelopen_aanhalingsteken_verliest_geen_leerling():
    regels = _grote_export()
    regels[9] = regels[9].replace("Leerling", '"Leerling', 1)      # line 11 of the file opens a quote
    tekst = csv_uit(*regels)
    assert tekst.count("\n") == 1601
    uit = goed(bestand=tekst)
    pupils = per_leerling(uit)
    assert len(pupils) == 50 and all("melding_16_uur" in x["signalen"] for x in pupils.values())
    assert uit["samenvatting"]["rijen_gelezen"] == 1600 and uit["samenvatting"]["rijen_afgewezen"] == 0
    [melding] = [w for w in uit["waarschuwingen"] if "aanhalingsteken" in w]
    assert melding.startswith("Regel 11:")
    assert pupils["101"]["naam"] == "Leerling 1"


def test_weggelopen_aanhalingsteken_voorbij_de_veldgrens_van_csv():
    regels = _grote_export() * 3                               # > 128 KB after the quote: csv.Error path
    regels = [r.replace("Leerling", f"Leerling{'x' * 40}") for r in regels]
    regels[2] = regels[2].replace(";2A", ';"2A', 1)
    uit = goed(bestand=csv_uit(*regels))
    assert len(uit["leerlingen"]) == 50
    assert any(w.startswith("Regel 4:") and "aanhalingsteken" in w for w in uit["waarschuwingen"])


def test_cel_over_meerdere_regels_blijft_gewoon_een_cel():
    tekst = ("Stamnr;Naam;Klas;Datum;Lesuur;Code;Opmerking\n"
             '1;An;2A;02-03-2026;1;A;"gebeld,\nmoeder ziek"\n2;Bo;2B;03-03-2026;1;A;\n')
    uit = goed(bestand=tekst)
    assert set(per_leerling(uit)) == {"1", "2"} and not any("aanhalingsteken" in w for w in uit["waarschuwingen"])
    assert [a["regel"] for a in uit["afgewezen"]] == []


def test_grenzen_per_cel_per_regel_en_per_bestand(monkeypatch):
    lang = "x" * (lezen.MAX_VELD + 1)
    breed = "1;An;2A;02-03-2026;2;A;" + ";" * lezen.MAX_KOLOMMEN + "z"
    uit = goed(bestand=csv_uit("1;An;2A;02-03-2026;1;A", f"1;{lang};2A;02-03-2026;3;A", breed))
    redenen = {a["regel"]: a["reden"] for a in uit["afgewezen"]}
    assert "10.000" in redenen[3] and "grens per cel" in redenen[3]
    assert f"meer dan {lezen.MAX_KOLOMMEN}" in redenen[4] and uit["samenvatting"]["rijen_afgewezen"] == 2
    monkeypatch.setattr(lezen, "MAX_RIJEN", 3)
    [fout] = overzicht(bestand=csv_uit(*[f"{i};N;2A;02-03-2026;1;A" for i in range(5)]))["fouten"]
    assert fout["veld"] == "bestand" and "meer dan 3 regels" in fout["melding"]


# --- Odd cells: one bad cell is one rejected row ---------------------------------------------------

@pytest.mark.parametrize("regel", ["1;An;2A;02-03-2026;²;A", "1;An;2A;0²-03-2026;1;A", "1;An;2A;2026²;1;A",
                                   "1;An;2A;" + "9" * 5000 + ";1;A", "1;An;2A;02-03-2026;" + "9" * 5000 + ";A"])
def test_vreemde_cel_is_een_afgewezen_regel(regel):
    uit = goed(bestand=csv_uit("2;Bo;2A;02-03-2026;1;A", regel))
    [afgewezen] = uit["afgewezen"]
    assert afgewezen["regel"] == 3 and afgewezen["soort"] == "ongeldig" and len(afgewezen["reden"]) < 300
    assert set(per_leerling(uit)) == {"2"}


def test_tijden_en_minuten_met_superscript_of_5000_cijfers():
    tekst = ("leerlingnummer;datum;begin;eind;code\n1;02-03-2026;08:30;10:00;A\n2;02-03-2026;0²:30;10:00;A\n"
             f"3;02-03-2026;08:30;{'1' * 5000};A\n")
    uit = goed(bestand=tekst)
    assert sorted(a["regel"] for a in uit["afgewezen"]) == [3, 4] and set(per_leerling(uit)) == {"1"}
    uit = goed(bestand=f"Studentnummer;Datum;Minuten ongeoorloofd\n1;02-03-2026;60\n2;02-03-2026;{'9' * 5000}\n"
                       "3;02-03-2026;²\n4;02-03-2026;nan\n")
    assert sorted(a["regel"] for a in uit["afgewezen"]) == [3, 4, 5]
    [fout] = overzicht(bestand=csv_uit("1;An;2A;02-03-2026;1;A"), schooldag_begin="0²:30")["fouten"]
    assert fout["veld"] == "schooldag_begin"


def test_leerlingnummers_met_superscript_of_5000_cijfers_worden_gesorteerd():
    uit = goed(bestand=csv_uit("1²;An;2A;02-03-2026;1;A", f"{'7' * 5000};Bo;2A;02-03-2026;1;A",
                               "12;Cor;2A;02-03-2026;1;A"))
    assert set(per_leerling(uit)) == {"1²", "7" * 5000, "12"}


def test_bidi_tekens_worden_weggehaald_en_gemeld():
    rlo, pdf = "\u202e", "\u202c"
    uit = goed(bestand=csv_uit(f"{rlo}123{pdf};{rlo}Jan Visser{pdf};2{rlo}A;02-03-2026;1;A", "456;Bo;2B;02-03-2026;1;A"))
    x = per_leerling(uit)["123"]
    assert x["naam"] == "Jan Visser" and x["klas"] == "2A"
    [melding] = [w for w in uit["waarschuwingen"] if "leesrichting" in w]
    assert "1 regel (regel 2)" in melding


def test_lange_naam_ingekort_voor_weergave_nummer_heel():
    naam = "N" * 5000
    uit = goed(bestand=csv_uit(f"1;{naam};2A;02-03-2026;1;A", f"1;{naam};2A;03-03-2026;1;A"))
    x = per_leerling(uit)["1"]
    assert x["rijen"] == 2 and len(x["naam"]) < 250 and x["naam"].startswith("NNN") and "5000 tekens" in x["naam"]


# --- XLSX: bombs, other kinds by their bytes, second sheet, formulas -------------------------------

def _xlsx_bytes(rijen: list[list], bladen: int = 1, leeg_eerst: bool = False) -> bytes:
    import openpyxl

    boek = openpyxl.Workbook()
    blad = boek.active
    if leeg_eerst:
        blad.title = "Leeg"
        blad = boek.create_sheet("Absenties")
    for r in rijen:
        blad.append(r)
    for i in range(1, bladen):
        boek.create_sheet(f"Extra {i}")
    buffer = io.BytesIO()
    boek.save(buffer)
    return buffer.getvalue()


def _vervang(data: bytes, deel: str, nieuw: bytes, *, bijvoegen: dict | None = None) -> bytes:
    """The same zip with one part's content replaced (and parts added)."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as oud, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for info in oud.infolist():
            z.writestr(info.filename, nieuw if info.filename == deel else oud.read(info.filename))
        for naam, inhoud in (bijvoegen or {}).items():
            z.writestr(naam, inhoud)
    return uit.getvalue()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


RIJEN = [["Leerlingnummer", "Naam", "Datum", "Lesuur", "Code"], [1, "An", dt.date(2026, 3, 2), 1, "A"],
         [2, "Bo", dt.date(2026, 3, 3), 2, "A"]]


def test_dimensie_bom_wordt_genegeerd():
    pytest.importorskip("openpyxl")
    data = _xlsx_bytes(RIJEN)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        blad = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<dimension ref=" in blad
    blad = blad.replace(blad[blad.index("<dimension ref="):blad.index("/>", blad.index("<dimension ref=")) + 2],
                        '<dimension ref="A1:XFD1048576"/>')
    # and a row with its only cell in the last column, far below the data
    blad = blad.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'
                                        "</row></sheetData>")
    uit = goed(bestand_xlsx=_b64(_vervang(data, "xl/worksheets/sheet1.xml", blad.encode())))
    assert set(per_leerling(uit)) == {"1", "2"}
    [rij] = uit["afgewezen"]
    assert rij["regel"] == 1048576 and "kolom 16384" in rij["reden"]


def test_gedeelde_tekst_bom_wordt_geweigerd_voor_het_uitpakken():
    pytest.importorskip("openpyxl")
    data = _xlsx_bytes([["Leerlingnummer", "Naam", "Datum", "Lesuur", "Code"], [1, "X", "02-03-2026", 1, "A"]])
    groot = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
             'uniqueCount="1"><si><t>' + "x" * (xlsx.MAX_GEDEELD + 1024) + "</t></si></sst>").encode()
    cellen = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(2, 2002))
    blad = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{cellen}</sheetData></worksheet>").encode()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "xl/sharedStrings.xml" not in z.namelist()  # openpyxl writes inline strings
    bom = _vervang(data, "xl/worksheets/sheet1.xml", blad, bijvoegen={"xl/sharedStrings.xml": groot})
    assert len(bom) < 200_000
    [fout] = overzicht(bestand_xlsx=_b64(bom))["fouten"]
    assert fout["veld"] == "bestand_xlsx" and "MiB" in fout["melding"]


def test_zip_bom_wordt_geweigerd_voor_het_uitpakken():
    pytest.importorskip("openpyxl")
    data = _xlsx_bytes(RIJEN)
    bom = _vervang(data, "xl/worksheets/sheet2.xml", b"", bijvoegen={"xl/media/leeg.bin": b"\0" * (8 * 2 ** 20)})
    [fout] = overzicht(bestand_xlsx=_b64(bom))["fouten"]
    assert fout["veld"] == "bestand_xlsx" and "keer zijn grootte" in fout["melding"]


def test_grens_op_uitgepakte_grootte(monkeypatch):
    pytest.importorskip("openpyxl")
    monkeypatch.setattr(xlsx, "MAX_UITGEPAKT", 4096)
    [fout] = overzicht(bestand_xlsx=_b64(_xlsx_bytes(RIJEN)))["fouten"]
    assert "de grens is 0 MiB" in fout["melding"] or "grens" in fout["melding"]


@pytest.mark.parametrize("inhoud,verwacht", [
    (lezen.OLE + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512, "wachtwoord"),
    (lezen.OLE + b"\0" * 512 + "Workbook".encode("utf-16-le") + b"\0" * 512, ".xls"),
])
def test_beveiligd_en_xls_herkend_aan_de_bytes(inhoud, verwacht, tmp_path):
    from calculators.overzicht_pagina import invoer_met_bestand

    invoer = invoer_met_bestand(dict(BASIS), inhoud)
    assert "bestand_xlsx" in invoer
    [fout] = overzicht(**{k: v for k, v in invoer.items() if k not in BASIS})["fouten"]
    assert fout["veld"] == "bestand_xlsx" and verwacht in fout["melding"] and "CSV" in fout["melding"]


def test_ods_herkend_aan_de_bytes():
    pytest.importorskip("openpyxl")
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    [fout] = overzicht(bestand_xlsx=_b64(uit.getvalue()))["fouten"]
    assert ".ods" in fout["melding"] and "LibreOffice" in fout["melding"]


def test_excel_bestand_als_tekst_geplakt():
    for begin in ("PK\x03\x04rest", "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1rest"):
        [fout] = overzicht(bestand=begin)["fouten"]
        assert fout["veld"] == "bestand" and "Excel" in fout["melding"]


def test_gegevens_op_het_tweede_werkblad():
    pytest.importorskip("openpyxl")
    uit = goed(bestand_xlsx=_b64(_xlsx_bytes(RIJEN, leeg_eerst=True)))
    assert set(per_leerling(uit)) == {"1", "2"}
    assert any("'Leeg' is leeg; gelezen is werkblad 'Absenties'" in w for w in uit["waarschuwingen"])


def test_alleen_formules_zonder_uitkomst():
    openpyxl = pytest.importorskip("openpyxl")
    boek = openpyxl.Workbook()
    for r in range(1, 6):
        boek.active.append([f"=ROW()*{r}", "=A1&\"x\"", "=TODAY()"])
    buffer = io.BytesIO()
    boek.save(buffer)  # openpyxl stores formulas without a computed value
    [fout] = overzicht(bestand_xlsx=_b64(buffer.getvalue()))["fouten"]
    assert "formules zonder opgeslagen uitkomst" in fout["melding"] and "15 cellen" in fout["melding"]


def test_xlsx_cel_met_5000_cijfers_en_bidi_is_een_rij():
    pytest.importorskip("openpyxl")
    data = _xlsx_bytes(RIJEN + [[3, "\u202eCor", dt.date(2026, 3, 4), 1, "A"], [4, "Dirk", dt.date(2026, 3, 4), 1, "A"]])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        blad = z.read("xl/worksheets/sheet1.xml").decode()
    plek = blad.index('<c r="A5"')
    einde = blad.index("</c>", plek) + 4
    blad = blad[:plek] + f'<c r="A5" t="n"><v>{"9" * 5000}</v></c>' + blad[einde:]
    uit = goed(bestand_xlsx=_b64(_vervang(data, "xl/worksheets/sheet1.xml", blad.encode())))
    assert set(per_leerling(uit)) == {"1", "2", "3"}
    assert per_leerling(uit)["3"]["naam"] == "Cor"
    [rij] = uit["afgewezen"]
    assert rij["regel"] == 5 and "kolom 1" in rij["reden"]
    assert any("leesrichting" in w for w in uit["waarschuwingen"])


def test_beschadigd_blad_halverwege_zegt_waar():
    pytest.importorskip("openpyxl")
    data = _xlsx_bytes(RIJEN)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        blad = z.read("xl/worksheets/sheet1.xml").decode()
    blad = blad.replace('<row r="3"', '<row r="3"><kapot', 1)
    [fout] = overzicht(bestand_xlsx=_b64(_vervang(data, "xl/worksheets/sheet1.xml", blad.encode())))["fouten"]
    assert fout["veld"] == "bestand_xlsx" and "na rij 2" in fout["melding"]


# --- scripts/maak_exports.py: the extension decides the format; any school year ---------------------

def _maak_exports():
    import importlib.util
    from pathlib import Path

    pad = Path(__file__).resolve().parents[2] / "scripts" / "maak_exports.py"
    spec = importlib.util.spec_from_file_location("maak_exports_bestanden", pad)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_maak_exports_volgt_de_extensie_en_het_schooljaar(tmp_path, capsys):
    maak = _maak_exports()
    csv_pad = tmp_path / "x.csv"
    assert maak.main(["dagtotalen", "--leerlingen", "6", "--rijen", "300", "--schooljaar", "2027", "-o", str(csv_pad)]) == 0
    data = csv_pad.read_bytes()
    assert not data.startswith(b"PK") and data.startswith("\ufeffStudentnummer;".encode("utf-8"))
    tekst, codering = decodeer(data)
    uit = run("verzuimoverzicht", {"regio": "landelijk", "vakantieregio": "midden", "peildatum": "2028-07-31",
                                   "bestand": tekst, "codering": codering})
    assert "fouten" not in uit and uit["bestand"]["vorm"] == "dagtotaal"
    datums = [r.split(";")[3] for r in tekst.splitlines()[1:]]
    assert datums and all(dt.date(2027, 9, 1) <= dt.datetime.strptime(d, "%d-%m-%Y").date() <= dt.date(2028, 7, 3)
                          for d in datums)
    assert "schooljaar 2027-2028" in capsys.readouterr().out
    pytest.importorskip("openpyxl")
    xlsx_pad = tmp_path / "x.xlsx"
    assert maak.main(["dagtotalen", "--leerlingen", "6", "--rijen", "300", "-o", str(xlsx_pad)]) == 0
    assert xlsx_pad.read_bytes().startswith(b"PK\x03\x04")
    magister = tmp_path / "m.csv"
    assert maak.main(["magister", "--leerlingen", "4", "--rijen", "200", "--schooljaar", "2024", "-o", str(magister)]) == 0
    assert "-2024;" in magister.read_bytes().decode("cp1252") and "-2026;" not in magister.read_bytes().decode("cp1252")
    with pytest.raises(SystemExit):
        maak.main(["magister", "-o", str(tmp_path / "m.xlsx")])


def test_alle_regels_over_een_grens_is_een_fout():
    lang = "x" * (lezen.MAX_VELD + 1)
    [fout] = overzicht(bestand=csv_uit(f"1;{lang};2A;02-03-2026;1;A"))["fouten"]
    assert fout["veld"] == "bestand" and "Geen enkele regel" in fout["melding"] and "regel 2:" in fout["melding"]


def test_tweede_los_aanhalingsteken_sluit_de_eerste_verliest_geen_leerling():
    # the quote opened on line 2 is closed by a stray quote on line 3: csv would make one row of the two
    tekst = csv_uit('1;"Jan;2A;02-03-2026;1;A', '2;Piet";2A;02-03-2026;1;A', "3;Kees;2A;02-03-2026;1;A")
    uit = goed(bestand=tekst)
    assert set(per_leerling(uit)) == {"1", "2", "3"} and per_leerling(uit)["1"]["naam"] == "Jan"
    assert any(w.startswith("Regel 2:") for w in uit["waarschuwingen"])


def test_duizenden_losse_aanhalingstekens_blijven_lineair():
    regels = [f'{i};"N{i};2A;02-03-2026;1;A' for i in range(3000)]
    uit = goed(bestand=csv_uit(*regels))
    assert len(uit["leerlingen"]) == 3000
    assert any(w.startswith("Regels 2, 3, 4, 5, 6, …") for w in uit["waarschuwingen"])
