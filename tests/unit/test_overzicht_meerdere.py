"""Several export files at once (a board's schools, one school's periods), the column store a large CSV is
held in, the text split into pieces, and the message when memory runs out."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import calculators
from calculators.brug import invoer_met_bestand, invoer_met_bestanden
from calculators.overzicht import lezen, tabel

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import maak_exports  # noqa: E402

INVOER = {"regio": "haaglanden", "peildatum": "2026-07-03"}


@pytest.fixture(scope="module")
def export() -> bytes:
    return maak_exports.magister(maak_exports.Model(30, 2500, seed=9))


def _zonder_uitleg(antwoord: dict, ook_rijen: bool = False) -> list[dict]:
    weg = {"uitleg"} | ({"rijen"} if ook_rijen else set())
    return [{k: v for k, v in x.items() if k not in weg} for x in antwoord["leerlingen"]]


def _helften(data: bytes) -> tuple[bytes, bytes]:
    kop, *regels = [r for r in data.split(b"\r\n") if r]
    half = len(regels) // 2
    return (b"\r\n".join([kop, *regels[:half]]) + b"\r\n", b"\r\n".join([kop, *regels[half:]]) + b"\r\n")


def test_twee_periodes_geven_hetzelfde_als_het_hele_jaar(export):
    geheel = calculators.run("verzuimoverzicht", invoer_met_bestand(INVOER, export))
    eerste, tweede = _helften(export)
    samen = calculators.run("verzuimoverzicht", invoer_met_bestanden(INVOER, [("najaar.csv", eerste),
                                                                             ("voorjaar.csv", tweede)]))
    assert "fouten" not in samen
    assert _zonder_uitleg(samen) == _zonder_uitleg(geheel)
    assert samen["samenvatting"]["signalen"] == geheel["samenvatting"]["signalen"]
    assert samen["samenvatting"]["rijen_gelezen"] == geheel["samenvatting"]["rijen_gelezen"]
    assert [b["naam"] for b in samen["bestanden"]] == ["najaar.csv", "voorjaar.csv"]
    assert sum(b["rijen_gelezen"] for b in samen["bestanden"]) == geheel["samenvatting"]["rijen_gelezen"]
    assert "bestanden" not in geheel  # one file: the answer as it always was


def test_dubbel_over_bestanden_telt_een_keer_en_noemt_het_bestand(export):
    geheel = calculators.run("verzuimoverzicht", invoer_met_bestand(INVOER, export))
    dubbel = calculators.run("verzuimoverzicht", invoer_met_bestanden(INVOER, [("a.csv", export), ("a.csv", export)]))
    assert _zonder_uitleg(dubbel, ook_rijen=True) == _zonder_uitleg(geheel, ook_rijen=True)
    rijen = geheel["samenvatting"]["rijen_gelezen"]
    assert dubbel["samenvatting"]["rijen_dubbel"] == rijen
    eerste = dubbel["afgewezen"][0]
    assert eerste["bestand"] == "a.csv (2)" and eerste["regel"] == 2  # the same name twice is numbered
    assert "staat al op regel 2 van a.csv;" in eerste["reden"]
    assert any("ook in verschillende bestanden" in w for w in dubbel["waarschuwingen"])


def test_een_onleesbaar_bestand_wordt_overgeslagen_de_rest_telt(export):
    uit = calculators.run("verzuimoverzicht", invoer_met_bestanden(INVOER, [
        ("school-a.csv", export), ("notities.txt", "Alleen een notitie, geen export.\r\n".encode())]))
    assert "fouten" not in uit
    geheel = calculators.run("verzuimoverzicht", invoer_met_bestand(INVOER, export))
    assert _zonder_uitleg(uit) == _zonder_uitleg(geheel)
    overgeslagen = [b for b in uit["bestanden"] if "overgeslagen" in b]
    assert [b["naam"] for b in overgeslagen] == ["notities.txt"]
    assert any(w.startswith("notities.txt is overgeslagen: ") for w in uit["waarschuwingen"])


def test_geen_enkel_leesbaar_bestand_is_een_fout_per_bestand():
    uit = calculators.run("verzuimoverzicht", invoer_met_bestanden(INVOER, [("x.csv", b"a;b\r\n1;2\r\n"),
                                                                           ("y.csv", b"")]))
    assert [f["veld"] for f in uit["fouten"]] == ["bestanden", "bestanden"]
    assert uit["fouten"][0]["melding"].startswith("x.csv: ") and uit["fouten"][1]["melding"].startswith("y.csv: ")


def test_afgewezen_regel_van_het_tweede_bestand_met_naam_en_regelnummer(export):
    eerste, tweede = _helften(export)
    kapot = tweede.replace(b"\r\n", b"\r\n100000;Iemand;1A;31-02-2026;1;A;Absent;N\r\n", 1)
    uit = calculators.run("verzuimoverzicht", invoer_met_bestanden(INVOER, [("a.csv", eerste), ("b.csv", kapot)]))
    assert uit["samenvatting"]["rijen_afgewezen"] == 1
    [fout] = [a for a in uit["afgewezen"] if a["soort"] == "ongeldig"]
    assert fout["bestand"] == "b.csv" and fout["regel"] == 2 and "bestaat niet" in fout["reden"]
    assert {b["naam"]: b["rijen_afgewezen"] for b in uit["bestanden"]} == {"a.csv": 0, "b.csv": 1}


def test_csv_en_xlsx_samen():
    pytest.importorskip("openpyxl")
    model = maak_exports.Model(12, 700, seed=4)
    uit = calculators.run("verzuimoverzicht", invoer_met_bestanden(
        {**INVOER, "vakantieregio": "midden"},
        [("magister.csv", maak_exports.magister(model)), ("dagtotalen.xlsx", maak_exports.dagtotalen_xlsx(model))]))
    assert "fouten" not in uit
    assert {b["naam"]: b["vorm"] for b in uit["bestanden"]} == {"magister.csv": "lesuur", "dagtotalen.xlsx": "dagtotaal"}
    assert uit["samenvatting"]["leerlingen"] == len({x for x in model.leerlingen if model.uren[x]})


def test_cli_meerdere_bestanden_en_gestroomde_json(tmp_path, export):
    eerste, tweede = _helften(export)
    (tmp_path / "a.csv").write_bytes(eerste)
    (tmp_path / "b.csv").write_bytes(tweede)
    proces = subprocess.run([sys.executable, "-m", "calculators", "verzuimoverzicht", "--bestand", str(tmp_path / "a.csv"),
                             "--bestand", str(tmp_path / "b.csv"), "--invoer", json.dumps(INVOER)],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert proces.returncode == 0, proces.stderr
    uit = json.loads(proces.stdout)  # written piece by piece, still one JSON document
    geheel = calculators.run("verzuimoverzicht", invoer_met_bestand(INVOER, export))
    assert _zonder_uitleg(uit) == _zonder_uitleg(geheel)
    assert len(proces.stdout.splitlines()) >= len(uit["leerlingen"])  # a line per pupil, not one line


def test_tabel_gedraagt_zich_als_de_lijst_van_rijen():
    rijen = [["a", "b", "c"], ["1", "2"], [], ["  ", ""], ["x", "y", "z", "w"], ["p", "q", "r"]]
    t, nummers, gelezen = tabel.uit_regels(iter(rijen))
    verwacht = [["a", "b", "c"], ["1", "2"], ["x", "y", "z", "w"], ["p", "q", "r"]]
    assert list(t) == verwacht and len(t) == 4 and gelezen == 6
    assert list(nummers) == [1, 2, 5, 6]  # the empty and blank lines are left out, the numbers stay the file's
    assert t[-1] == ["p", "q", "r"] and list(t[1:3]) == verwacht[1:3] and t[1:3][0] == ["1", "2"]
    assert t.tekst_kolom(2) == ["c", "", "z", "r"] and t[1:].tekst_kolom(3) == ["", "w", ""]
    t.vul_aan(5)
    assert t[0] == ["a", "b", "c", "", ""] and t[2] == ["x", "y", "z", "w", ""]
    with pytest.raises(IndexError):
        t[4]


def test_tabel_over_blokgrenzen(monkeypatch):
    monkeypatch.setattr(tabel, "BLOK", 3)
    rijen = [[str(i), "x" * (i % 3)] + ([""] * (i % 2)) for i in range(10)] + [[]] + [["laatste", "y"]]
    t, nummers, gelezen = tabel.uit_regels(iter(rijen))
    assert list(t) == [r for r in rijen if "".join(r).strip()] and list(nummers) == [*range(1, 11), 12]


def test_stukken_tekst_knippen_niet_in_een_regel_of_een_cel(monkeypatch):
    regels = ["Stamnr;Opmerking;Datum\r\n"] + [f'{i};"regel {i}";01-09-2025\r\n' for i in range(200)]
    regels[50] = '50;"over\r\ntwee regels";01-09-2025\r\n'  # a quoted cell with a line break: row by row
    tekst = "".join(regels)
    monkeypatch.setattr(lezen, "STUK", 64)
    klein = lezen.lees_csv(tekst, "UTF-8")
    assert list("".join(lezen._regels(tekst))) == list(tekst)
    assert all(r.endswith(("\n", "\r")) for r in lezen._regels(tekst))
    monkeypatch.setattr(lezen, "STUK", 1 << 20)
    groot = lezen.lees_csv(tekst, "UTF-8")
    assert list(klein.rijen) == list(groot.rijen) and list(klein.regels) == list(groot.regels)
    assert list(groot.rijen)[50] == ["50", "over\r\ntwee regels", "01-09-2025"]
    zonder = tekst.replace('"over\r\ntwee regels"', "over twee regels")
    monkeypatch.setattr(lezen, "STUK", 64)
    snel = lezen.lees_csv(zonder, "UTF-8")
    assert isinstance(snel.rijen, tabel.Tabel) and len(snel.rijen) == 201 and list(snel.regels) == list(range(1, 202))


def test_geheugen_op_geeft_nederlandse_melding_met_de_opdrachtregel(monkeypatch, export):
    def vol(*_):
        raise MemoryError

    monkeypatch.setattr("calculators.overzicht.lees_csv", vol)
    uit = calculators.run("verzuimoverzicht", invoer_met_bestand(INVOER, export))
    [fout] = uit["fouten"]
    assert fout["veld"] == "bestand" and "te groot" in fout["melding"]
    assert "python -m calculators verzuimoverzicht --bestand" in fout["melding"]
    assert "interne_fout" not in uit


# --- A file given in pieces (the page's worker) ---------------------------------------------------------

from calculators.overzicht.lezen import decodeer  # noqa: E402
from calculators.overzicht.lezing import MAX_BESTAND_BYTES, Lezing, te_groot  # noqa: E402


def _in_stukken(data: bytes, grootte: int, naam: str = "export.csv") -> dict:
    lezing = Lezing(naam)
    for i in range(0, len(data), grootte):
        lezing.voeg_toe(data[i:i + grootte])
    return lezing.velden()


@pytest.mark.parametrize("grootte", [1, 3, 7, 4096, 1 << 20])
@pytest.mark.parametrize("soort", ["utf8", "utf8bom", "cp1252", "utf16", "utf16bom", "laat_cp1252", "ascii"])
def test_in_stukken_gelezen_is_als_in_een_keer(soort, grootte):
    tekst = "Stamnr;Naam;Datum;Lesuur;Code\r\n" + "".join(
        f'{100 + i};"Zoë Çelik-Ångström {i}";0{1 + i % 9}-03-2026;{1 + i % 8};A\r\n' for i in range(400))
    data = {"utf8": tekst.encode("utf-8"), "utf8bom": b"\xef\xbb\xbf" + tekst.encode("utf-8"),
            "cp1252": tekst.encode("cp1252"), "utf16": tekst.encode("utf-16-le"),
            "utf16bom": b"\xff\xfe" + tekst.encode("utf-16-le"),
            # UTF-8 for 20 KB, then one Windows-1252 byte: the whole file is Windows-1252 (as decodeer says)
            "laat_cp1252": tekst.encode("utf-8") + "Müller\r\n".encode("cp1252"),
            "ascii": tekst.encode("ascii", "replace")}[soort]
    if grootte == 1 and len(data) > 30_000:
        data = data[:30_000]  # one byte at a time: a shorter file says the same
    verwacht_tekst, verwacht_codering = decodeer(data)
    assert _in_stukken(data, grootte) == {"bestand": verwacht_tekst, "codering": verwacht_codering}


def test_in_stukken_eindigt_midden_in_een_teken():
    data = "Naam;Code\r\nZoë;A\r\n".encode("utf-8")
    knip = data.index("ë".encode("utf-8")) + 1  # between the two bytes of ë
    lezing = Lezing()
    lezing.voeg_toe(data[:knip])
    lezing.voeg_toe(data[knip:])
    assert lezing.velden() == {"bestand": "Naam;Code\r\nZoë;A\r\n", "codering": "UTF-8"}
    afgekapt = Lezing()  # a file that ends inside a character: Windows-1252, as decodeer says
    afgekapt.voeg_toe(data[:knip])
    assert afgekapt.velden() == dict(zip(("bestand", "codering"), decodeer(data[:knip])))


def test_in_stukken_werkboek_blijft_bytes():
    pytest.importorskip("openpyxl")
    data = maak_exports.dagtotalen_xlsx(maak_exports.Model(5, 200, seed=2))
    assert _in_stukken(data, 1000) == {"bestand_xlsx": data}


def test_in_stukken_te_groot_noemt_grens_en_opdrachtregel(monkeypatch):
    monkeypatch.setattr("calculators.overzicht.lezing.MAX_BESTAND_BYTES", 10)
    lezing = Lezing("bestuur.csv")
    assert lezing.voeg_toe(b"12345") is None
    melding = lezing.voeg_toe(b"123456")
    assert melding.startswith("bestuur.csv is ") and "python -m calculators verzuimoverzicht --bestand" in melding


def test_te_groot_vanaf_de_grens():
    assert te_groot(MAX_BESTAND_BYTES) is None
    melding = te_groot(MAX_BESTAND_BYTES + 1, "bestuur.csv")
    grens = MAX_BESTAND_BYTES // (1024 * 1024)
    assert melding.startswith(f"bestuur.csv is {grens + 1} MB; in de browser leest de rekenhulp bestanden tot {grens} MB.")


def test_snelle_lus_telt_als_de_algemene(monkeypatch):
    """The per-lesuur loop (vormen._lees_lesuren) gives every pupil the same registrations as the general loop,
    duplicates, refused rows, a day off and the lesuur counts of the patterns included."""
    from calculators.overzicht import vormen

    data = maak_exports.magister(maak_exports.Model(20, 1500, seed=6, ziek_aandeel=0.25))
    kop, *regels = data.split(b"\r\n")
    extra = [regels[5], regels[9], b"100000;X;1A;31-02-2026;3;A;Absent;N", b"100000;X;1A;25-12-2025;3;A;Absent;N",
             b"100000;X;1A;04-03-2026;2-4;A;Absent;N", b"100000;X;1A;04-03-2026;;A;Absent;N"]
    data = b"\r\n".join([kop, *regels[:-1], *extra]) + b"\r\n"

    def meet():
        toestand = {}
        uit = calculators.run("verzuimoverzicht", invoer_met_bestand({**INVOER, "vakantieregio": "midden"}, data),
                              toestand=toestand)
        return uit, {k: vars(v) for k, v in toestand["leerlingen"].items()}

    snel, snel_lln = meet()
    monkeypatch.setattr(vormen, "SNEL", False)
    algemeen, algemeen_lln = meet()
    assert snel == algemeen and snel_lln == algemeen_lln
    assert snel["samenvatting"]["rijen_dubbel"] == 2 and snel["samenvatting"]["rijen_afgewezen"] == 3
    assert snel["samenvatting"]["rijen_geen_schooldag"] == 1
    assert any(x["per_lesuur"] for x in snel_lln.values())


def test_in_stukken_alleen_xlsx_vraagt_de_xlsx_lezer():
    for begin, verwacht in ((b"PK\x03\x04" + b"\0" * 10, True), (lezen.OLE + b"\0" * 5000, False), (b"a;b\r\n", False)):
        lezing = Lezing()
        lezing.voeg_toe(begin)
        assert lezing.is_xlsx() is verwacht
