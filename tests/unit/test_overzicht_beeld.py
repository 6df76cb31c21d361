"""A pupil's year as a picture, the patterns, the school's weeks (calculators/overzicht/beeld.py), for constructed
pupils whose days, windows and patterns are known beforehand."""

from __future__ import annotations

import datetime as dt
from collections import Counter
import re
import xml.etree.ElementTree as ET

import pytest

from calculators import keuzes, run
from calculators.kalender import Kalender
from calculators.overzicht import beeld as b

KOP = "Stamnr;Naam;Klas;Datum;Lesuur;Code\n"
CODES = {"A": "ongeoorloofd", "Z": "ziek", "L": "te_laat", "G": "geoorloofd", "X": "negeren"}
SVG = "{http://www.w3.org/2000/svg}"


def rij(lln: str, d: str, uren, code: str, naam: str = "Jeanné de Vries", klas: str = "2b") -> str:
    return "".join(f"{lln};{naam};{klas};{dt.date.fromisoformat(d):%d-%m-%Y};{u};{code}\n" for u in uren)


def overzicht(rijen: str, peildatum: str, regio: str = "landelijk", vakantieregio: str = "midden"):
    toestand: dict = {}
    antwoord = run("verzuimoverzicht", {"regio": regio, "vakantieregio": vakantieregio, "peildatum": peildatum,
                                        "codes": CODES, "lesuur_minuten": 50, "bestand": KOP + rijen},
                   toestand=toestand)
    assert "fouten" not in antwoord, antwoord["fouten"]
    return antwoord, toestand


def leerling(antwoord: dict, lln: str) -> dict:
    return next(x for x in antwoord["leerlingen"] if x["leerling"] == lln)


def beeld_van(antwoord, toestand, lln: str) -> dict:
    return b.leerling_beeld(toestand, lln, leerling(antwoord, lln))


def dagen(beeld: dict) -> dict[str, dict]:
    return {d["datum"]: d for w in beeld["weken"] for d in w["dagen"]}


def week(beeld: dict, maandag: str) -> dict:
    return next(w for w in beeld["weken"] if w["maandag"] == maandag)


# --- 16 uur: a spring holiday (midden, 16–20 February 2026) inside the melding's four lesweken --------------
MELDING = (rij("5001", "2026-02-09", range(1, 5), "A") + rij("5001", "2026-02-10", [1, 2], "Z")
           + rij("5001", "2026-02-11", range(1, 5), "A") + rij("5001", "2026-02-12", [1], "L")
           + rij("5001", "2026-02-13", range(1, 5), "A") + rij("5001", "2026-02-23", range(1, 5), "A")
           + rij("5001", "2026-02-24", range(1, 9), "G") + rij("5001", "2026-02-25", range(1, 5), "A")
           + rij("5001", "2026-03-13", [1], "L"))


@pytest.fixture(scope="module")
def melding():
    antwoord, toestand = overzicht(MELDING, "2026-03-31")
    return antwoord, toestand, beeld_van(antwoord, toestand, "5001")


def test_dagen_dragen_hun_soort_en_uren(melding):
    _, _, beeld = melding
    d = dagen(beeld)
    assert d["2026-02-09"]["soort"] == "ongeoorloofd" and d["2026-02-09"]["uren"] == pytest.approx(200 / 60, abs=1e-3)
    assert d["2026-02-10"]["soort"] == "ziek"
    assert d["2026-02-12"]["soort"] == "te_laat"
    assert d["2026-02-24"]["soort"] == "geoorloofd"
    assert d["2026-03-02"]["soort"] == "aanwezig" and d["2026-03-02"]["uren"] == 0
    assert all(d[f"2026-02-{n}"]["soort"] == "geen_school" for n in range(16, 21))  # voorjaarsvakantie
    assert "2026-02-14" not in d  # weekends are no columns
    # the year runs from the first school day of the school year to the last day in the file
    assert beeld["weken"][0]["maandag"] == "2025-09-01" and beeld["weken"][-1]["maandag"] == "2026-03-09"
    assert max(d) == "2026-03-13"


def test_vakantie_in_het_venster_van_de_melding(melding):
    antwoord, _, beeld = melding
    m = leerling(antwoord, "5001")["meldingen"][0]
    assert (m["begindatum"], m["einddatum"]) == ("2026-02-09", "2026-02-25")
    venster = [v for v in beeld["vensters"] if v["soort"] == "melding_16_uur"]
    # four lesweken from Monday 9 February; the holiday week does not count, so the window runs to 15 March
    assert [(v["van"], v["tot"]) for v in venster] == [("2026-02-09", "2026-03-15")]
    assert "09-02-2026" in venster[0]["tekst"] and venster[0]["bron"]
    vakantie = week(beeld, "2026-02-16")
    assert "melding_16_uur" in vakantie["vensters"] and {x["soort"] for x in vakantie["dagen"]} == {"geen_school"}
    assert "melding_16_uur" in week(beeld, "2026-03-09")["vensters"]
    assert week(beeld, "2026-02-02")["vensters"] == []


def test_schrikkeldag():
    # noord has school on 29 February 2028 (its spring holiday is the week before)
    assert Kalender("noord").is_schooldag(dt.date(2028, 2, 29))
    rijen = "".join(rij("6001", d, range(1, 3), "A") for d in ("2028-02-28", "2028-02-29", "2028-03-01"))
    antwoord, toestand = overzicht(rijen, "2028-03-10", vakantieregio="noord")
    beeld = beeld_van(antwoord, toestand, "6001")
    w = week(beeld, "2028-02-28")
    # the picture runs to the last day in the file (the overview's 'stand'): Wednesday 1 March
    assert [d["datum"] for d in w["dagen"]] == ["2028-02-28", "2028-02-29", "2028-03-01"]
    assert dagen(beeld)["2028-02-29"]["soort"] == "ongeoorloofd"
    assert {d["soort"] for d in week(beeld, "2028-02-21")["dagen"]} == {"geen_school"}


def test_leerling_zonder_verzuim():
    antwoord, toestand = overzicht(rij("7001", "2026-03-02", [1], "X") + rij("5001", "2026-03-02", [1], "A"),
                                   "2026-03-06")
    beeld = beeld_van(antwoord, toestand, "7001")
    assert {d["soort"] for d in dagen(beeld).values()} == {"aanwezig", "geen_school"}
    assert beeld["vensters"] == [] and beeld["patronen"] == []
    assert "Geen verzuim geregistreerd" in beeld["omschrijving"]
    assert b.weken_als_tekst(beeld) == []
    ET.fromstring(beeld["svg"])


# --- Patterns --------------------------------------------------------------------------------------------

def _maandagen(n: int, van: str = "2026-01-12") -> list[str]:
    kal, d, uit = Kalender("midden"), dt.date.fromisoformat(van), []
    while len(uit) < n:
        if kal.is_schooldag(d):
            uit.append(d.isoformat())
        d += dt.timedelta(weeks=1)
    return uit


def test_patroon_alle_maandagen_ziek():
    rijen = "".join(rij("8001", d, range(1, 9), "Z") for d in _maandagen(7))
    antwoord, toestand = overzicht(rijen, "2026-04-30")
    patronen = beeld_van(antwoord, toestand, "8001")["patronen"]
    weekdag = [p for p in patronen if p["soort"] == "weekdag"]
    assert len(weekdag) == 1 and weekdag[0]["tekst"].startswith("7 van de 7 ziekmeldingen begonnen op een maandag")
    assert "geen oordeel" in weekdag[0]["tekst"]
    assert not [p for p in patronen if p["soort"] == "rand"]  # a Monday pattern already says 'after a weekend'
    assert weekdag[0]["bron"] is None  # the law asks for no pattern; a region's protocol may


def test_patroon_noemt_de_passage_van_de_regio():
    rijen = "".join(rij("8001", d, range(1, 9), "Z") for d in _maandagen(5))
    antwoord, toestand = overzicht(rijen, "2026-04-30", regio="drechtsteden")
    (p,) = [p for p in beeld_van(antwoord, toestand, "8001")["patronen"] if p["soort"] == "weekdag"]
    assert "§1.1" in p["bron"] and "periodiek ziek" in p["bron"] and "Drechtsteden" in p["bron"]
    antwoord, toestand = overzicht(rijen, "2026-04-30", regio="amsterdam-diemen")
    (p,) = [p for p in beeld_van(antwoord, toestand, "8001")["patronen"] if p["soort"] == "weekdag"]
    assert "risicofactoren" in p["bron"] and "elke maandag" in p["bron"]


def test_patroon_alleen_eerste_lesuur():
    kal = Kalender("midden")
    data = kal.schooldagen(dt.date(2026, 1, 12), dt.date(2026, 3, 31))[::4][:8]  # spread over the weekdays
    assert len({d.weekday() for d in data}) == 5
    antwoord, toestand = overzicht("".join(rij("8002", d.isoformat(), [1], "A") for d in data), "2026-03-31")
    patronen = beeld_van(antwoord, toestand, "8002")["patronen"]
    assert [p["soort"] for p in patronen] == ["lesuur"]
    assert patronen[0]["tekst"].startswith("Ongeoorloofd verzuim vooral het 1e lesuur: 8 van de 8 lesuren")


def test_geen_patroon_bij_gespreid_verzuim():
    # ten days midweek (Tuesday 4, Wednesday 3, Thursday 3), lesuur 1 three times, fewer in the last lesweken:
    # each count has a clear top, but none reaches the thresholds
    data = ["2026-01-13", "2026-01-15", "2026-01-21", "2026-01-27", "2026-01-29", "2026-02-04", "2026-02-10",
            "2026-03-03", "2026-03-05", "2026-03-11"]
    lesuren = [1, 2, 3, 4, 5, 6, 7, 8, 1, 1]
    antwoord, toestand = overzicht("".join(rij("8003", d, [u], "A") for d, u in zip(data, lesuren)), "2026-03-11")
    assert toestand["leerlingen"]["8003"].per_lesuur["ongeoorloofd"][1] == 3
    assert beeld_van(antwoord, toestand, "8003")["patronen"] == []


def test_drempels_staan_in_de_keuze():
    """The thresholds are a keuze: its text states the numbers the code uses (so they cannot drift apart)."""
    tekst = keuzes.keuze(b.KEUZE)["tekst"]
    for getal in (b.MIN_KEER, b.MIN_ZELFDE, round(b.AANDEEL * 100), round(b.AANDEEL_RAND * 100), b.TREND_FACTOR,
                  b.TREND_MIN_UREN):
        assert re.search(rf"\b{getal}\b", tekst), getal
    antwoord, toestand = overzicht(MELDING, "2026-03-31")
    assert beeld_van(antwoord, toestand, "5001")["keuzes"][0]["id"] == b.KEUZE


# --- M@ZL and the picture itself ------------------------------------------------------------------------

def test_mazl_venster_telt_schoolweken_terug():
    maandagen = _maandagen(4)
    antwoord, toestand = overzicht("".join(rij("9001", d, range(1, 9), "Z") for d in maandagen), "2026-03-31")
    lln = leerling(antwoord, "9001")
    assert "mazl" in lln["signalen"]
    (v,) = [v for v in b.leerling_beeld(toestand, "9001", lln)["vensters"] if v["soort"] == "mazl"]
    assert v["tot"] == lln["mazl"][0]["datum"] == maandagen[-1]
    kal = Kalender("midden")
    van = dt.date.fromisoformat(v["van"])
    lesweken = sum(kal.is_lesweek(van + dt.timedelta(weeks=i)) for i in range((dt.date.fromisoformat(v["tot"]) - van).days // 7 + 1))
    assert van.weekday() == 0 and lesweken == toestand["ctx"].mazl_weken


def _luminantie(kleur: str) -> float:
    def kanaal(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b_ = (int(kleur[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * kanaal(r) + 0.7152 * kanaal(g) + 0.0722 * kanaal(b_)


def _contrast(a: str, c: str) -> float:
    x, y = sorted((_luminantie(a), _luminantie(c)), reverse=True)
    return (x + 0.05) / (y + 0.05)


def test_kleuren_hebben_contrast_en_letters():
    for soort, (letter, kleur, label) in b.SOORTEN.items():
        assert _contrast(b.INKT, kleur) >= 4.5, soort
        assert letter or soort == "aanwezig"  # every absence has a letter: colour is never the only cue
    for soort, (letter, kleur, label) in b.VENSTERS.items():
        assert _contrast("#ffffff", kleur) >= 4.5, soort
    letters = [v[0] for v in b.SOORTEN.values() if v[0]] + [v[0] for v in b.VENSTERS.values()]
    assert len(letters) == len(set(letters))


def test_svg_is_op_zichzelf(melding):
    _, _, beeld = melding
    svg = beeld["svg"]
    boom = ET.fromstring(svg)
    assert boom.get("role") == "img" and boom.get("viewBox")
    titel, desc = boom.find(f"{SVG}title"), boom.find(f"{SVG}desc")
    assert titel is not None and "5001" in titel.text and desc is not None
    assert boom.get("aria-labelledby") == f"{titel.get('id')} {desc.get('id')}"
    assert not re.search(r"<script|href|style=|url\(|@import", svg)
    breedte = float(boom.get("viewBox").split()[2])
    assert breedte <= 390
    # each day with absence has its letter (five O, one Z, one G, two L), plus one of each in the legend
    letters = Counter(t.text for t in boom.iter(f"{SVG}text") if t.text in ("O", "Z", "G", "L"))
    assert letters == {"O": 6, "Z": 2, "G": 2, "L": 3}


def test_weken_als_tekst(melding):
    _, _, beeld = melding
    regels = b.weken_als_tekst(beeld)
    eerste = next(r for r in regels if r.startswith("week 7 "))
    assert "ma ongeoorloofd 3,33 uur" in eerste and "di ziek" in eerste and "do te laat" in eerste
    assert "[urengrens]" in eerste
    assert next(r for r in regels if r.startswith("week 9 ")).startswith(
        "week 9 (vanaf 23 februari 2026): ma ongeoorloofd 3,33 uur; di geoorloofd 6,67 uur; wo ongeoorloofd 3,33 uur")
    assert not any(r.startswith("week 8 ") for r in regels)  # the holiday week: no absence, left out
    assert next(r for r in regels if r.startswith("week 11 ")).endswith("vr te laat [urengrens]")


# --- The school's weeks ---------------------------------------------------------------------------------

def test_school_weken(melding):
    antwoord, toestand, _ = melding
    weken = b.school_weken(toestand, antwoord)
    per = {w["maandag"]: w for w in weken["weken"]}
    assert per["2026-02-16"]["vakantie"] and not per["2026-02-09"]["vakantie"]
    assert per["2026-02-09"]["leerlingen_afwezig"] == 1
    assert per["2026-02-09"]["uren_ongeoorloofd"] == pytest.approx(3 * 200 / 60, abs=0.01)
    assert per["2026-02-09"]["ziekmeldingen"] == 1 and per["2026-02-23"]["ziekmeldingen"] == 0
    boom = ET.fromstring(weken["svg"])
    assert boom.get("role") == "img" and float(boom.get("viewBox").split()[2]) <= 390


def test_lrv_en_thuiszitter_vensters():
    # absent every school day from 2 March to 24 April 2026: meldingen, then LRV, then a thuiszitter
    dagen_ = Kalender("midden").schooldagen(dt.date(2026, 3, 2), dt.date(2026, 4, 24))
    antwoord, toestand = overzicht("".join(rij("5100", d.isoformat(), range(1, 9), "A") for d in dagen_), "2026-04-24")
    lln = leerling(antwoord, "5100")
    assert {"lrv", "thuiszitter"} <= set(lln["signalen"])
    vensters = {v["soort"]: v for v in b.leerling_beeld(toestand, "5100", lln)["vensters"]}
    assert (vensters["lrv"]["van"], vensters["lrv"]["tot"]) == (lln["lrv"]["begindatum"], "2026-04-24")
    assert "nog open op 24-04-2026" in vensters["lrv"]["tekst"]
    assert (vensters["thuiszitter"]["van"], vensters["thuiszitter"]["tot"]) == ("2026-03-02", "2026-04-24")
    assert vensters["thuiszitter"]["bron"]


def test_patroon_rond_vakanties_en_vaste_weekdag():
    kal, een = Kalender("midden"), dt.timedelta(days=1)
    # midweek days next to a holiday or a free day (Easter, King's Day, Ascension, Whitsun, a holiday's edge)
    rand = [d for d in kal.schooldagen(dt.date(2024, 9, 1), dt.date(2026, 6, 30))
            if d.weekday() in (1, 2, 3) and (not kal.is_schooldag(d - een) or not kal.is_schooldag(d + een))]
    assert len(rand) >= 4
    antwoord, toestand = overzicht("".join(rij("8004", d.isoformat(), [3], "A") for d in rand), "2026-06-30")
    (p,) = [p for p in beeld_van(antwoord, toestand, "8004")["patronen"] if p["soort"] == "rand"]
    assert p["tekst"].startswith(f"{len(rand)} van de {len(rand)} dagen met ongeoorloofd verzuim lagen direct voor of "
                                 "na een weekend, vakantie of vrije dag")
    vrijdagen = [d for d in kal.schooldagen(dt.date(2026, 1, 5), dt.date(2026, 3, 31)) if d.weekday() == 4][:5]
    antwoord, toestand = overzicht("".join(rij("8005", d.isoformat(), [5], "A") for d in vrijdagen), "2026-03-31")
    patronen = beeld_van(antwoord, toestand, "8005")["patronen"]
    assert [p["soort"] for p in patronen] == ["weekdag", "lesuur"]  # a Friday says 'before the weekend' already
    assert patronen[0]["tekst"].startswith("5 van de 5 dagen met ongeoorloofd verzuim vielen op een vrijdag")


def test_bestand_dat_in_de_zomer_eindigt():
    # the file ends in August 2026, before the new school year starts: the picture shows the year that ended
    antwoord, toestand = overzicht(rij("7002", "2026-08-10", [1], "X"), "2026-08-12")
    beeld = beeld_van(antwoord, toestand, "7002")
    assert beeld["weken"][0]["maandag"] == "2025-09-01" and beeld["weken"][-1]["maandag"] == "2026-08-10"
    assert b.school_weken(toestand, antwoord)["weken"][0]["maandag"] == "2025-09-01"
