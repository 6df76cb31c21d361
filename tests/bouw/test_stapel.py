"""The stack's end of life is a dated check (bouw/stapel.py), not a silenced notice: clock injected."""

from __future__ import annotations

import datetime as dt

import pytest

from bouw import stapel

D = dt.date
GOED = {"nagekeken": D(2026, 12, 4), "notitie": "Material 9.8.2 nagekeken; einde ondersteuning 2027-05-05.",
        "waarschuw_vanaf": D(2027, 3, 1), "geldig_tot": D(2027, 5, 5)}


@pytest.mark.parametrize("vandaag, niveau", [
    (D(2026, 12, 4), "ok"),
    (D(2027, 2, 28), "ok"),
    (D(2027, 3, 1), "waarschuwing"),   # warns from the first day
    (D(2027, 5, 5), "waarschuwing"),   # the last reviewed day still builds
    (D(2027, 5, 6), "fout"),           # the day after fails
    (D(2030, 1, 1), "fout"),
])
def test_waarschuwt_en_faalt_op_de_datums(vandaag, niveau):
    assert stapel.controleer(vandaag, GOED).niveau == niveau


def test_de_fout_zegt_wat_te_doen():
    uitslag = stapel.controleer(D(2027, 5, 6), GOED)
    assert uitslag.fout
    assert "2027-05-05" in uitslag.tekst and "bouw/stapel.toml" in uitslag.tekst and "vernieuw" in uitslag.tekst


def test_de_waarschuwing_telt_de_dagen_af():
    assert "nog 65 dag(en)" in stapel.controleer(D(2027, 3, 1), GOED).tekst


def test_vernieuwen_na_nakijken_laat_weer_bouwen():
    vernieuwd = {**GOED, "nagekeken": D(2027, 5, 1), "notitie": "ProperDocs 1.7 met Material-opvolger nagekeken.",
                 "waarschuw_vanaf": D(2027, 10, 1), "geldig_tot": D(2027, 12, 31)}
    assert stapel.controleer(D(2027, 6, 1), vernieuwd).niveau == "ok"


@pytest.mark.parametrize("wijziging, woord", [
    ({"notitie": "  "}, "notitie"),                                     # a date bump without a note
    ({"notitie": None}, "notitie"),
    ({"geldig_tot": D(2028, 5, 5)}, "meer dan een jaar"),              # renewed too far ahead
    ({"waarschuw_vanaf": D(2027, 6, 1)}, "oplopen"),                   # warning after the end
    ({"nagekeken": "gisteren"}, "geen datum"),
    ({"geldig_tot": None}, "geen datum"),
])
def test_een_vernieuwing_zonder_nakijken_faalt(wijziging, woord):
    uitslag = stapel.controleer(D(2026, 12, 10), {**GOED, **wijziging})
    assert uitslag.fout and woord in uitslag.tekst


def test_nagekeken_in_de_toekomst_faalt():
    assert stapel.controleer(D(2026, 12, 1), GOED).fout


def test_het_bestand_in_de_repository_is_geldig_en_dekt_mei_2027():
    gegevens = stapel.lees()
    assert not stapel.controleer(gegevens["nagekeken"], gegevens).fout
    assert gegevens["geldig_tot"] <= D(2027, 5, 5)  # Material for MkDocs' announced end of life
    assert gegevens["waarschuw_vanaf"] <= D(2027, 3, 1)


def test_niets_zet_de_eindemelding_stil():
    from pathlib import Path

    root = Path(stapel.__file__).resolve().parents[1]
    bestanden = [root / "Makefile", root / ".ci" / "run", *root.glob("tests/**/*.py"), *root.glob("scripts/*.py"),
                 *root.glob("bouw/*.py")]
    woord = "NO_MKDOCS" + "_2_WARNING"
    assert [p.name for p in bestanden if woord in p.read_text(encoding="utf-8")] == []
