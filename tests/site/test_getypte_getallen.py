"""No threshold typed by hand: every value of the law or of the page's region comes from a profile.

The site is built a second time from a copy of the profiles in which every whole-number parameter is
shifted by VERSCHUIVING. A value that a macro renders moves along ('16 uur' becomes '9016 uur'); a
value someone typed stays. The test then looks in the shifted build for the original thresholds, as
digits or Dutch number words followed by their unit ('16 uur', 'twaalf jaar', 'drie maanden'), or as
an ordinal before 'verjaardag' ('achttiende verjaardag'), outside quotations (blockquote, <q>, <cite>,
code, and text between double quotes such as DUO's category "16 uur in 4 weken").
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import eigen_woorden as ew
from calculators import profielen, woorden

VERSCHUIVING = 9000
# A unit as a page writes it: the first word of the profile's 'eenheid', and its usual other forms.
VORMEN = {"uur": ["uur", "uren"], "lesuren": ["lesuren", "uur"], "jaar": ["jaar"], "weken": ["weken"],
          "lesweken": ["lesweken"], "schoolweken": ["schoolweken"], "maanden": ["maanden"], "maand": ["maand"],
          "dagen": ["dagen"], "schooldagen": ["schooldagen"], "kalenderdagen": ["kalenderdagen"],
          "werkdagen": ["werkdagen"], "ziekmeldingen": ["ziekmeldingen"], "keer": ["keer"],
          "schooljaren": ["schooljaren"], "volledige": ["volledige schooljaren", "jaar"]}
RANG_NA = {"jaar": r"(?:verjaardag|levensjaar|jaar)", "ziekmeldingen": r"ziekmelding",
           "schooldagen": r"(?:schooldag|dag|ziektedag)"}
CITAAT = re.compile(r'"[^"\n]*"|“[^”\n]*”|„[^”\n]*”|‘[^’\n]*’|(?<!\w)\'[^\'\n]*\'(?!\w)')


def _patronen(regio: str, uitsluiten: frozenset = frozenset()) -> list[tuple[str, re.Pattern]]:
    """(description, pattern) for each whole-number threshold of the law (soort 'wet') and each one the
    region states itself. National guidance (DUO, Inspectie, M@ZL: soort 'beleid') is left out on pages
    of the law: those pages discuss and compare such figures. 'Een maand' is ordinary Dutch, not a value."""
    uit, gezien = [], set()
    ids = [profielen.BASIS] + ([regio] if regio != profielen.BASIS else [])
    for rid in ids:
        prof = profielen.laad(rid, profielen.STANDAARD_MAP)
        for pid in prof.eigen:
            for par in prof.versies(pid):
                w = par.waarde
                eenheid = (par.eenheid.split() or [""])[0]
                if isinstance(w, bool) or not isinstance(w, int) or eenheid not in VORMEN or (w, eenheid) in gezien \
                        or (w, eenheid) in uitsluiten:
                    continue
                if (rid == profielen.BASIS and par.soort != "wet") or eenheid == "maand":
                    continue
                gezien.add((w, eenheid))
                if " per " in par.eenheid:  # a rate: '5 uur per week' only counts in full
                    eenheden = re.escape(par.eenheid)
                else:
                    eenheden = "|".join(re.escape(x) for x in VORMEN[eenheid])
                getal = "|".join(re.escape(x) for x in {str(w), woorden.in_woorden(w), woorden.vorm(w, "", "woordgetal")})
                # '(?!\s+per)': 'twee dagen per week' is a rate, not the threshold '2 dagen'
                uit.append((f"{w} {eenheid} ({rid}: {pid})",
                            re.compile(rf"(?<![\w.,/-])(?:{getal})\s+(?:{eenheden})\b(?!\s+per\b)", re.I)))
                if eenheid == "jaar":  # 'de 16-jaarregel'
                    uit.append((f"{w}-jaarregel ({rid}: {pid})", re.compile(rf"(?<![\w.,/-]){w}-jaarregel", re.I)))
                if eenheid in RANG_NA:
                    rang = "|".join(re.escape(x) for x in (f"{w}e", f"{w}ste", f"{w}de", woorden.rangtelwoord(w)))
                    uit.append((f"{woorden.rangtelwoord(w)} ({rid}: {pid})",
                                re.compile(rf"(?<![\w.,/-])(?:{rang})\s+{RANG_NA[eenheid]}\b", re.I)))
    return uit


def _regio_van(rel: str) -> str:
    deel = rel.split("/")
    return deel[1] if deel[0] == "regio" and len(deel) > 2 and deel[1] in profielen.regio_ids(profielen.STANDAARD_MAP) \
        else profielen.BASIS


def getypte_in_tekst(tekst: str, patronen) -> list[str]:
    """The typed thresholds in plain text (an answer's sentence), outside quotations."""
    tekst = CITAAT.sub(" ", tekst)
    gevonden, plekken = [], set()
    for wat, patroon in patronen:
        for m in patroon.finditer(tekst):
            if m.start() not in plekken:
                plekken.add(m.start())
                gevonden.append(f"{wat}: «{tekst[max(0, m.start() - 40):m.end() + 20]}»")
    return gevonden


def getypte_drempels(html: str, regio: str) -> list[str]:
    """The typed thresholds in a built page: ['12 jaar (landelijk: eigen_verantwoordelijkheid_leeftijd): «…»']."""
    gevonden = []
    patronen = _patronen(regio)
    # The calculators' forms are generated from Python (labels, hints); only the prose is checked here.
    for segment in ew.segmenten(html, uit_extra=frozenset({"form"})):
        tekst = CITAAT.sub(" ", segment)
        plekken = set()
        for wat, patroon in patronen:
            for m in patroon.finditer(tekst):
                if m.start() not in plekken:  # one report per place, even if two parameters share the value
                    plekken.add(m.start())
                    gevonden.append(f"{wat}: «{tekst[max(0, m.start() - 40):m.end() + 20]}»")
    return gevonden


def _verschoven_profielen(doel: Path, verschuiving: int = VERSCHUIVING) -> Path:
    """A copy of the profiles with every whole-number 'waarde' of a parameter raised by ``verschuiving``."""
    shutil.copytree(profielen.STANDAARD_MAP, doel)
    for pad in doel.glob("*.toml"):
        uit, in_parameter = [], False
        for regel in pad.read_text(encoding="utf-8").splitlines(keepends=True):
            kop = re.match(r"\s*\[\[?([^\]]+)\]\]?", regel)
            if kop:
                in_parameter = kop.group(1).strip().startswith("parameter.")
            m = re.match(r"(\s*waarde\s*=\s*)(\d+)(\s*(#.*)?)$", regel)
            if in_parameter and m:
                regel = f"{m.group(1)}{int(m.group(2)) + verschuiving}{m.group(3)}\n"
            uit.append(regel)
        pad.write_text("".join(uit), encoding="utf-8")
    return doel


def test_herkent_getypte_drempels():
    html = ("<article><p>Vanaf twaalf jaar is de leerling zelf verantwoordelijk; tot de achttiende verjaardag "
            "geldt de kwalificatieplicht.</p><p>Art. 16 Lpw; op 16 mei; na <q>16 uur</q>; melding \"16 uur in "
            "4 weken\"; 9016 uur.</p><blockquote><p>twaalf jaar</p></blockquote></article>")
    gevonden = getypte_drempels(html, profielen.BASIS)
    assert any(g.startswith("12 ") and "twaalf jaar" in g for g in gevonden), gevonden
    assert any(g.startswith("achttiende") for g in gevonden), gevonden
    assert len(gevonden) == 2, gevonden


@pytest.fixture(scope="module")
def verschoven_site(bouw, tmp_path_factory):
    map_ = tmp_path_factory.mktemp("verschoven")
    kopie = _verschoven_profielen(map_ / "profielen")
    gebouwd = bouw(map_ / "site", VERZUIMWIJZER_PROFIELEN=str(kopie))
    assert gebouwd.rc == 0, gebouwd.uitvoer[-4000:]
    return gebouwd


def test_geen_getypte_drempels_op_de_paginas(verschoven_site):
    fout = []
    for pad in sorted(verschoven_site.map.rglob("*.html")):
        rel = pad.relative_to(verschoven_site.map).as_posix()
        fout += [f"{rel}: {g}" for g in getypte_drempels(pad.read_text(encoding="utf-8"), _regio_van(rel))]
    assert not fout, ("Drempels die met de hand getypt zijn (gebruik p(), pw(), ww(), rw() of een plaatshouder in "
                      "het profiel; een citaat mag, gemarkeerd als <q>, <cite> of blockquote):\n" + "\n".join(fout))


# --- Answers: the same check on every calculator's kern, wat_nu, uitleg and documents, for every region -------
# The answers must still be computed sensibly, so the profiles shift by one (a birthday 9005 years on is no
# date): '16 uur' becomes '17 uur'. An original value that some other value of the same unit shifts onto is
# left out (it may legitimately appear), every other original value in an answer was typed.

def _invoeren(p) -> dict[str, list[dict]]:
    """Inputs per calculator that reach the thresholds of the (shifted) profile ``p``, so the texts of the
    outcome branches are produced, not only 'nothing reached'."""
    w = p.waarde
    uren = w("melding_uren")
    week = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]
    ziek = [{"eerste_dag": "2025-09-08", "laatste_dag": "2025-09-09"}] + [{"eerste_dag": d, "laatste_dag": d} for d in
            ( "2025-09-15", "2025-09-22", "2025-09-29", "2025-10-06", "2025-11-03", "2025-11-10")]
    lang_ziek = [{"eerste_dag": "2026-01-12", "laatste_dag": "2026-03-20", "uren": 400}]
    tellingen = {"ongeoorloofde_uren": uren, "keer_te_laat": 30, "ziekmeldingen_12_weken": w("mazl_ziekmeldingen"),
                 "aaneengesloten_ziektedagen": 30, "aaneengesloten_ziekte_uren": 300}
    csv = "Stamnr;Datum;Lesuur;Code\n" + "".join(f"1;{d[8:]}-{d[5:7]}-{d[:4]};{u};A\n" for d in week
                                                  for u in range(1, 7))
    return {
        "leerplicht_start": [{"geboortedatum": g} for g in ("2020-03-10", "2020-07-31", "2020-08-01", "2020-02-29")],
        "leerplicht_einde": [{"geboortedatum": "2012-03-10"},
                             {"geboortedatum": "2012-03-10", "eerste_volledige_schooljaar": 2016,
                              "basisschool_jaren": 1}],
        "kwalificatieplicht": [{"geboortedatum": "2010-03-10"},
                               {"geboortedatum": "2010-03-10", "uitzondering": "praktijkonderwijs"}],
        "vrijstelling_vijfjarige": [{"geboortedatum": "2020-03-10", "datum": "2025-10-01", "uren_per_week": 7}],
        "verlof": [{"soort": s, "eerste_dag": "2026-03-02", "laatste_dag": e}
                   for s in ("vakantie", "gewichtige_omstandigheden") for e in ("2026-03-05", "2026-03-27")],
        "melding_16_uur": [{"registraties": [{"datum": d, "uren": uren / 4} for d in week]}],
        "ziekteverzuim": [{"onderwijssoort": s, "ziekmeldingen": m, "peildatum": "2026-03-25"}
                          for s in ("po", "vo") for m in (ziek, lang_ziek)],
        "stappenplan": [tellingen, {"weken_aaneengesloten_afwezig": 30, "eerste_datum_zorgwekkend": "2025-11-03",
                                    "peildatum": "2026-03-02"}, {"ongeoorloofde_uren": 1, "keer_te_laat": 1}],
        "verzuimoverzicht": [{"bestand": csv, "peildatum": "2026-03-20"}],
    }


def _teksten(naam: str, invoer: dict, antwoord: dict) -> list[str]:
    from calculators import documenten

    uit = [antwoord.get("kern", ""), *antwoord.get("wat_nu", []), *(s["tekst"] for s in antwoord.get("uitleg", []))]
    for d in documenten.documenten(naam, invoer, antwoord):
        uit.append(documenten.document(naam, invoer, antwoord, d["soort"]).get("tekst", ""))
    return uit


@pytest.fixture()
def een_verder(tmp_path, monkeypatch):
    kopie = _verschoven_profielen(tmp_path / "profielen", verschuiving=1)
    monkeypatch.setenv("VERZUIMWIJZER_PROFIELEN", str(kopie))
    profielen.wis_cache()
    yield kopie
    profielen.wis_cache()


def test_geen_getypte_drempels_in_de_antwoorden(een_verder):
    from calculators import run, schema

    fout, gezien = [], 0
    for regio in profielen.regio_ids(profielen.STANDAARD_MAP):
        verschoven = profielen.laad(regio)
        bezet = frozenset((par.waarde, (par.eenheid.split() or [""])[0])
                          for rid in {profielen.BASIS, regio} for pr in [profielen.laad(rid)]
                          for pid in pr.eigen for par in pr.versies(pid) if isinstance(par.waarde, int))
        patronen = _patronen(regio, uitsluiten=bezet)
        for naam, invoeren in _invoeren(verschoven).items():
            for invoer in invoeren:
                velden = {v["naam"] for v in schema(naam)["velden"]}
                invoer = {"regio": regio, **({"vakantieregio": "midden"} if "vakantieregio" in velden else {}),
                          **invoer}
                antwoord = run(naam, invoer)
                assert "fouten" not in antwoord, (regio, naam, invoer, antwoord)
                for tekst in _teksten(naam, invoer, antwoord):
                    gezien += 1
                    fout += [f"{regio} {naam}: {g}" for g in getypte_in_tekst(tekst, patronen)]
    assert gezien > 500
    assert not fout, "Getallen uit de wet of het protocol die in een antwoord getypt staan:\n" + "\n".join(fout)


def test_leerplicht_einde_noemt_het_aantal_schooljaren_uit_het_profiel(tmp_path, monkeypatch):
    """The issue's example: with leerplicht_max_schooljaren = 11 the verdict said 'na twaalf volledige schooljaren'."""
    from calculators import run

    kopie = tmp_path / "profielen"
    shutil.copytree(profielen.STANDAARD_MAP, kopie)
    pad = kopie / "landelijk.toml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(re.sub(r"(\[\[parameter\.leerplicht_max_schooljaren\]\]\nwaarde = )12", r"\g<1>11", tekst),
                   encoding="utf-8")
    monkeypatch.setenv("VERZUIMWIJZER_PROFIELEN", str(kopie))
    profielen.wis_cache()
    try:
        uit = run("leerplicht_einde", {"geboortedatum": "2012-03-10", "eerste_volledige_schooljaar": 2016})
    finally:
        profielen.wis_cache()
    assert uit["regel"] == "12_schooljaren" and "na elf volledige schooljaren" in uit["kern"], uit["kern"]
