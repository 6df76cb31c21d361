"""A pupil's school year as a picture, the patterns the protocols ask about, and the school's weeks.

``leerling_beeld(toestand, leerling_id, leerling)`` and ``school_weken(toestand, antwoord)`` (names fixed in
/work/wt/INTERFACE.md) read what ``run("verzuimoverzicht", …, toestand={})`` left in ``toestand``: each pupil's
registrations and the shared context. Nothing here counts a rule again: the windows drawn are the answer's own
meldingen, M@ZL signals and thuiszitter step; only the pictures and the patterns are made here.

The SVG is static and self-contained (no scripts, no external references, no ids shared between pictures),
so the worker and the build (macros/beeld.py) make the same picture, and it prints: every kind of day has a
letter besides its colour, and each letter's contrast against its fill is at least 4.5:1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from html import escape

from ..fouten import datum_nl
from ..kalender import schooljaar_naam, schooljaar_van
from ..keuzes import keuze
from ..tekst import aantal, getal_nl
from .analyse import _lesweken_terug, kort, uren_per_dag, ziekmeldingen
from .vormen import minuten_van_tijdvakken

EEN_DAG = dt.timedelta(days=1)
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")
DAGEN_KORT = ("ma", "di", "wo", "do", "vr")
MAANDEN_KORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

# --- Colours, letters and labels: the one place (the page's legend and the text alternative read these) ---
INKT = "#1a1a1a"   # text and lines
RAND = "#6b6b6b"   # cell borders
# soort -> (letter, fill, label). Light fills, so dark letters read at >= 4.5:1 (tests/unit/test_overzicht_beeld.py).
SOORTEN = {
    "ongeoorloofd": ("O", "#f4a29b", "ongeoorloofd: afwezig zonder geldige reden"),
    "ziek": ("Z", "#9cc8f0", "ziek: ziek gemeld"),
    "geoorloofd": ("G", "#a9dcb5", "geoorloofd: afwezig met geldige reden"),
    "te_laat": ("L", "#f9d27e", "te laat"),
    "aanwezig": ("", "#ffffff", "geen verzuim: niets geregistreerd"),
    "geen_school": ("–", "#d4d4d4", "geen school: weekend, vakantie, feestdag of vrije dag"),
}
# venster -> (letter, fill of the bar, label). Dark bars with white letters (>= 4.5:1), each its own column.
VENSTERS = {
    "melding_16_uur": ("U", "#8b1e1e", "urengrens: de lesweken van een melding bij DUO"),
    "mazl": ("M", "#1d4f91", "M@ZL: de schoolweken of dagen van het signaal"),
    "lrv": ("R", "#5b2c83", "LRV: langdurig relatief verzuim"),
    "thuiszitter": ("T", "#2f5d34", "thuiszitter: aaneengesloten afwezig"),
}
# The first words of a label (before ':') are its short form: the legend in the picture, the weeks as text.


def kort_label(label: str) -> str:
    return label.split(":")[0]


# Which day kind wins when a day has several registrations: the heaviest.
VOORRANG = ("ongeoorloofd", "ziek", "geoorloofd", "te_laat")

# --- Pattern thresholds: keuze 'overzicht_patronen' (calculators/profielen/landelijk.toml states them) ---
MIN_KEER = 4            # at least this many reports, days or lesuren before a share means anything
MIN_ZELFDE = 3          # and at least this many on the same weekday or lesuur
AANDEEL = 0.6           # one weekday or lesuur with at least this share (chance: about a fifth)
AANDEEL_RAND = 0.75     # days next to a weekend/holiday (chance: about two in five)
TREND_FACTOR = 2        # the last lesweken at least this many times the lesweken before
TREND_MIN_UREN = 8      # and at least this many hours
KEUZE = "overzicht_patronen"

BESPREEK = "Iets om met de leerling en de ouders te bespreken, geen oordeel: het kan toeval zijn."


def _iso(d) -> dt.date:
    return d if isinstance(d, dt.date) else dt.date.fromisoformat(d)


def _maandag(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _bron(bron) -> str | None:
    """A source as one line: 'Titel, artikel' (a Bron, a dict of the answer, or None)."""
    if not bron:
        return None
    if not isinstance(bron, dict):
        bron = {"titel": bron.titel, "artikel": bron.artikel}
    delen = [bron.get("titel") or "", bron.get("artikel") or ""]
    return ", ".join(d for d in delen if d) or None


def _eenheid(ctx) -> str:
    return "lesuur" if ctx.telt_lesuren else "uur"


def _uren(ctx, n: float) -> str:
    return f"{getal_nl(round(n, 2))} {_eenheid(ctx) if n == 1 or not ctx.telt_lesuren else 'lesuren'}"


class _Registraties:
    """One pupil's days per kind, as the rules counted them (hours per day in the region's unit)."""

    def __init__(self, lln, ctx):
        minuten_van_tijdvakken(lln)  # a no-op after the analysis; a constructed pupil may still hold spans
        self.per_soort = {c: uren_per_dag(lln, c, ctx) for c in ("ongeoorloofd", "ziek", "geoorloofd")}
        self.te_laat = Counter(d for d, _ in lln.te_laat)
        self.ziekmeldingen = ziekmeldingen(self.per_soort["ziek"], ctx.kal, lln.open_ziek)

    def dag(self, d: dt.date) -> tuple[str, float]:
        for soort in VOORRANG:
            if soort == "te_laat":
                if self.te_laat.get(d):
                    return soort, 0.0
            elif self.per_soort[soort].get(d):
                return soort, self.per_soort[soort][d]
        return "aanwezig", 0.0

    def eerste(self) -> dt.date | None:
        dagen = [d for u in self.per_soort.values() for d in u] + list(self.te_laat)
        return min(dagen) if dagen else None


# --- Windows -------------------------------------------------------------------------------------------

def _reeks_terug(dagen: set, kal, tot: dt.date) -> dt.date | None:
    """First school day of the run of ``dagen`` that reaches the last school day up to ``tot``."""
    d = kal.vorige_schooldag(tot)
    eerste = None
    while d in dagen:
        eerste = d
        d = kal.vorige_schooldag(d - EEN_DAG)
    return eerste


def _vensters(leerling: dict, ctx, reg: _Registraties) -> list[dict]:
    kal, stand, uit = ctx.kal, ctx.stand, []
    for m in leerling.get("meldingen") or []:
        begin = _iso(m["begindatum"])
        if m["soort"] == "16_uur":
            param = ctx.profiel.parameter("melding_uren", begin)[0]
            eind = kal.lesweken_vooruit(begin, ctx.lesweken)
            tekst = (f"Urengrens: de {ctx.lesweken} lesweken vanaf {kort(begin)} (tot en met {kort(eind)}); "
                     f"{_uren(ctx, m['uren'])} ongeoorloofd tot en met {kort(m['einddatum'])}"
                     + (f", melden uiterlijk {kort(m['melden_uiterlijk'])}" if m.get("melden_uiterlijk") else "") + ".")
            uit.append({"soort": "melding_16_uur", "van": begin.isoformat(), "tot": eind.isoformat(),
                        "tekst": tekst, "bron": _bron(param.bron)})
        else:
            param = ctx.profiel.parameter("lrv_weken", begin)[0]
            eind = _iso(m["einddatum"]) if m.get("einddatum") else stand
            tekst = (f"Langdurig relatief verzuim vanaf {kort(begin)}"
                     + (f" tot en met {kort(eind)}" if m.get("einddatum") else f", nog open op {kort(stand)}") + ".")
            uit.append({"soort": "lrv", "van": begin.isoformat(), "tot": eind.isoformat(), "tekst": tekst,
                        "bron": _bron(param.bron)})
    ziek_dagen = set(reg.per_soort["ziek"])
    for s in leerling.get("mazl") or []:
        d = _iso(s["datum"])
        if s["criterium"] == "meldingen_in_schoolweken":
            van = _lesweken_terug(kal, d, ctx.mazl_weken)
            tekst = f"M@ZL: de {ctx.mazl_weken} schoolweken tot en met {kort(d)}: {s['omschrijving']}."
        elif s["criterium"].endswith("_per_schooljaar"):
            van = kal.volgende_schooldag(schooljaar_van(d)[0])
            tekst = f"M@ZL: schooljaar {schooljaar_naam(d)} tot en met {kort(d)}: {s['omschrijving']}."
        else:  # aaneengesloten dagen of uren: the run of sick days up to the signal
            van = _reeks_terug(ziek_dagen, kal, d) or d
            tekst = f"M@ZL: aaneengesloten ziek van {kort(van)} tot en met {kort(d)}: {s['omschrijving']}."
        uit.append({"soort": "mazl", "van": van.isoformat(), "tot": d.isoformat(), "tekst": tekst,
                    "bron": _bron(s.get("bron"))})
    if "thuiszitter" in (leerling.get("signalen") or []):
        t = leerling.get("tellingen") or {}
        alles = t.get("weken_aaneengesloten_niet_op_school", 0) > t.get("weken_aaneengesloten_afwezig", 0)
        dagen = set(reg.per_soort["ongeoorloofd"])
        if alles:
            dagen |= ziek_dagen | set(reg.per_soort["geoorloofd"])
        van = _reeks_terug(dagen, kal, stand)
        if van is not None:
            weken = t.get("weken_aaneengesloten_niet_op_school" if alles else "weken_aaneengesloten_afwezig", 0)
            stap = next((x for x in (leerling.get("stap") or {}).get("stappen", [])
                         if x.get("id") in ctx.thuiszitter_stappen), {})
            tot = kal.vorige_schooldag(stand)
            tekst = (f"Aaneengesloten {'niet op school' if alles else 'ongeoorloofd afwezig'} van {kort(van)} tot en "
                     f"met {kort(tot)} ({getal_nl(weken)} weken): {stap.get('titel', 'thuiszitter')}.")
            uit.append({"soort": "thuiszitter", "van": van.isoformat(), "tot": tot.isoformat(), "tekst": tekst,
                        "bron": _bron(stap.get("bron"))})
    return uit


# --- Patterns ------------------------------------------------------------------------------------------

def _passage(profiel, soort: str) -> str | None:
    """The region's passage that asks to look for patterns ([stappenplan.patronen.<ziek|alle>]), as a source."""
    patronen = (getattr(profiel, "stappenplan", None) or {}).get("patronen") or {}
    p = patronen.get(soort) or patronen.get("alle")
    if not p:
        return None
    titel = (profiel.bronnen.get(p.get("bron")) or {}).get("titel") or profiel.regio.get("bron_document") or profiel.naam
    return f"{titel}, {p.get('artikel', '')}: '{p.get('tekst', '')}'".replace(", :", ":")


def _weekdag(dagen: list[dt.date], wat: str, meervoud: str, profiel, soort: str) -> tuple[dict | None, int | None]:
    if len(dagen) < MIN_KEER:
        return None, None
    telling = Counter(d.weekday() for d in dagen).most_common()
    (dag, n), tweede = telling[0], telling[1][1] if len(telling) > 1 else 0
    if n < MIN_ZELFDE or n / len(dagen) < AANDEEL or n == tweede:
        return None, None
    return {"soort": "weekdag", "tekst": f"{n} van de {len(dagen)} {meervoud} {wat} op een {DAGEN[dag]}. {BESPREEK}",
            "bron": _passage(profiel, soort)}, dag


def _rand(dagen: list[tuple[dt.date, dt.date]], kal, meervoud: str, wat: str, profiel, soort: str) -> dict | None:
    """(first, last) days next to a weekend, holiday or free day."""
    if len(dagen) < MIN_KEER:
        return None
    n = sum(1 for a, b in dagen if not kal.is_schooldag(a - EEN_DAG) or not kal.is_schooldag(b + EEN_DAG))
    if n / len(dagen) < AANDEEL_RAND:
        return None
    return {"soort": "rand", "tekst": f"{n} van de {len(dagen)} {meervoud} {wat} direct voor of na een weekend, vakantie of vrije dag. "
                     f"{BESPREEK}", "bron": _passage(profiel, soort)}


def _lesuur(telling: Counter, wat: str, profiel, soort: str) -> dict | None:
    totaal = sum(telling.values())
    if totaal < MIN_KEER:
        return None
    volgorde = telling.most_common()
    (uur, n), tweede = volgorde[0], volgorde[1][1] if len(volgorde) > 1 else 0
    if n < MIN_ZELFDE or n / totaal < AANDEEL or n == tweede:
        return None
    return {"soort": "lesuur", "tekst": f"{wat} vooral het {uur}e lesuur: {n} van de {totaal} lesuren. {BESPREEK}",
            "bron": _passage(profiel, soort)}


def patronen(lln, ctx, reg: _Registraties, van: dt.date) -> list[dict]:
    """The patterns of one pupil from ``van`` up to ctx.stand, each {soort: weekdag|lesuur|rand|trend, tekst, bron}:
    something to discuss, never a verdict."""
    kal, stand, profiel, uit = ctx.kal, ctx.stand, ctx.profiel, []
    zm = [x for x in reg.ziekmeldingen if van <= x["eerste_dag"] <= stand]
    ong = sorted(d for d in reg.per_soort["ongeoorloofd"] if van <= d <= stand)
    # (a pattern counts at least MIN_ZELFDE, so its verb is plural)
    p, dag_z = _weekdag([x["eerste_dag"] for x in zm], "begonnen", "ziekmeldingen", profiel, "ziek")
    if p:
        uit.append(p)
    p, dag_o = _weekdag(ong, "vielen", "dagen met ongeoorloofd verzuim", profiel, "ongeoorloofd")
    if p:
        uit.append(p)
    for soort, wat in (("ongeoorloofd", "Ongeoorloofd verzuim"), ("ziek", "Ziek gemeld")):
        p = _lesuur(lln.per_lesuur.get(soort) or Counter(), wat, profiel, soort)
        if p:
            uit.append(p)
    # Next to a weekend or holiday; a Monday or Friday pattern already says so.
    if dag_z not in (0, 4):
        p = _rand([(x["eerste_dag"], x["laatste_dag"] or stand) for x in zm], kal, "ziekmeldingen", "lagen",
                  profiel, "ziek")
        if p:
            uit.append(p)
    if dag_o not in (0, 4):
        p = _rand([(d, d) for d in ong], kal, "dagen met ongeoorloofd verzuim", "lagen", profiel, "ongeoorloofd")
        if p:
            uit.append(p)
    p = _trend(ctx, reg)
    if p:
        uit.append(p)
    return uit


def _trend(ctx, reg: _Registraties) -> dict | None:
    kal, stand, weken = ctx.kal, ctx.stand, ctx.lesweken
    begin = _lesweken_terug(kal, stand, weken)
    eerder = _lesweken_terug(kal, begin - EEN_DAG, weken)

    def som(a: dt.date, b: dt.date) -> float:
        return round(sum(u for c in ("ongeoorloofd", "ziek") for d, u in reg.per_soort[c].items() if a <= d <= b), 2)

    nu, toen = som(begin, stand), som(eerder, begin - EEN_DAG)
    if nu < TREND_MIN_UREN or nu < TREND_FACTOR * toen:
        return None
    return {"soort": "trend", "tekst": f"Meer verzuim (ongeoorloofd en ziek) in de laatste {weken} lesweken tot en met {kort(stand)}: "
                     f"{_uren(ctx, nu)}, tegen {_uren(ctx, toen)} in de {weken} lesweken daarvoor. {BESPREEK}",
            "bron": _passage(ctx.profiel, "alle")}


# --- The pupil's picture -------------------------------------------------------------------------------

def _jaarbegin(kal, stand: dt.date) -> dt.date:
    """First school day of the school year of ``stand``; in the summer before it, of the year before."""
    begin = kal.volgende_schooldag(schooljaar_van(stand)[0])
    return begin if begin <= stand else kal.volgende_schooldag(schooljaar_van(stand - dt.timedelta(days=366))[0])


def _begin(ctx, reg: _Registraties, vensters: list[dict]) -> dt.date:
    """Monday of the first week shown: the school year of ctx.stand, earlier if the file or a window is."""
    begin = _jaarbegin(ctx.kal, ctx.stand)
    kandidaten = [begin] + [_iso(v["van"]) for v in vensters]
    if reg.eerste():
        kandidaten.append(reg.eerste())
    vroegst = max(min(kandidaten), ctx.stand - dt.timedelta(days=730))  # at most two school years
    return _maandag(vroegst)


def _weken(ctx, reg: _Registraties, vensters: list[dict], begin: dt.date) -> list[dict]:
    uit, maandag, laatste = [], begin, _maandag(ctx.stand)
    while maandag <= laatste:
        dagen = []
        for i in range(5):
            d = maandag + dt.timedelta(days=i)
            if d > ctx.stand:
                break
            # the overview counts rows on school days only, so a day without school carries nothing
            soort, uren = reg.dag(d) if ctx.kal.is_schooldag(d) else ("geen_school", 0.0)
            dagen.append({"datum": d.isoformat(), "soort": soort, "uren": uren})
        vrijdag = (maandag + dt.timedelta(days=4)).isoformat()
        in_week = [v["soort"] for v in vensters if v["van"] <= vrijdag and v["tot"] >= maandag.isoformat()]
        uit.append({"maandag": maandag.isoformat(), "label": f"week {maandag.isocalendar()[1]}", "dagen": dagen,
                    "vensters": list(dict.fromkeys(in_week))})
        maandag += dt.timedelta(weeks=1)
    return uit


def _svg_id(tekst: str) -> str:
    """An id safe in XML and unique per pupil (two pictures on one page must not share ids)."""
    schoon = re.sub(r"[^A-Za-z0-9_-]", "-", tekst)[:40]
    return f"vw-beeld-{schoon}-{sum(map(ord, tekst)) % 9973}"


def _tekst_svg(x, y, tekst, grootte=11, kleur=INKT, anker="middle", dik=False) -> str:
    gewicht = ' font-weight="bold"' if dik else ""
    return (f'<text x="{x}" y="{y}" font-size="{grootte}" fill="{kleur}" text-anchor="{anker}"{gewicht}>'
            f"{escape(str(tekst))}</text>")


def _svg_leerling(leerling_id: str, titel: str, omschrijving: str, weken: list[dict]) -> str:
    # Layout: a week per row (label | ma..vr | one column per kind of window), a legend above.
    label_b, cel, hoog, venster_b, marge = 58, 24, 18, 14, 4
    links = marge + label_b
    venster_x = {s: links + 5 * cel + 6 + i * venster_b for i, s in enumerate(VENSTERS)}
    breedte = links + 5 * cel + 6 + len(VENSTERS) * venster_b + marge
    legenda = [(s, v[0], v[1]) for s, v in SOORTEN.items()]
    legenda_rijen = (len(legenda) + 1) // 2 + (len(VENSTERS) + 1) // 2
    boven = marge + legenda_rijen * 16 + 8
    kop_y = boven + 12
    eerste_rij = kop_y + 6
    hoogte = eerste_rij + len(weken) * hoog + marge
    id_ = _svg_id(leerling_id)
    delen = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {breedte} {hoogte}" width="{breedte}" '
             f'height="{hoogte}" role="img" aria-labelledby="{id_}-titel {id_}-desc" '
             f'font-family="Arial, Helvetica, sans-serif" class="vw-beeld">',
             f'<title id="{id_}-titel">{escape(titel)}</title>', f'<desc id="{id_}-desc">{escape(omschrijving)}</desc>',
             f'<rect x="0" y="0" width="{breedte}" height="{hoogte}" fill="#ffffff"/>']
    # legend: two columns of day kinds, then the windows
    for i, (soort, letter, kleur) in enumerate(legenda):
        x, y = marge + (i % 2) * (breedte // 2), marge + (i // 2) * 16
        delen.append(f'<rect x="{x}" y="{y}" width="14" height="12" fill="{kleur}" stroke="{RAND}"/>')
        delen.append(_tekst_svg(x + 7, y + 10, letter, 9))
        delen.append(_tekst_svg(x + 18, y + 10, kort_label(SOORTEN[soort][2]), 9, anker="start"))
    basis = marge + ((len(legenda) + 1) // 2) * 16
    for i, (soort, (letter, kleur, label)) in enumerate(VENSTERS.items()):
        x, y = marge + (i % 2) * (breedte // 2), basis + (i // 2) * 16
        delen.append(f'<rect x="{x}" y="{y}" width="14" height="12" fill="{kleur}"/>')
        delen.append(_tekst_svg(x + 7, y + 10, letter, 9, "#ffffff", dik=True))
        delen.append(_tekst_svg(x + 18, y + 10, kort_label(label), 9, anker="start"))
    for i, dag in enumerate(DAGEN_KORT):
        delen.append(_tekst_svg(links + i * cel + cel / 2, kop_y, dag, 10, dik=True))
    for soort, x in venster_x.items():
        delen.append(_tekst_svg(x + venster_b / 2 - 1, kop_y, VENSTERS[soort][0], 10, dik=True))
    for r, week in enumerate(weken):
        y = eerste_rij + r * hoog
        m = _iso(week["maandag"])
        delen.append(_tekst_svg(marge, y + 13, f"{m.day} {MAANDEN_KORT[m.month - 1]}", 10, anker="start"))
        for i, dag in enumerate(week["dagen"]):
            letter, kleur, _ = SOORTEN[dag["soort"]]
            x = links + i * cel
            delen.append(f'<rect x="{x + 1}" y="{y + 1}" width="{cel - 2}" height="{hoog - 2}" fill="{kleur}" '
                         f'stroke="{RAND}" stroke-width="0.5"/>')
            if letter:
                delen.append(_tekst_svg(x + cel / 2, y + 13, letter, 10, dik=dag["soort"] == "ongeoorloofd"))
        for soort in week["vensters"]:
            letter, kleur, _ = VENSTERS[soort]
            delen.append(f'<rect x="{venster_x[soort]}" y="{y}" width="{venster_b - 3}" height="{hoog}" fill="{kleur}"/>')
    delen.append("</svg>")
    return "".join(delen)


def _legenda() -> list[dict]:
    return ([{"soort": s, "letter": v[0], "kleur": v[1], "tekst": v[2]} for s, v in SOORTEN.items()]
            + [{"soort": s, "letter": v[0], "kleur": v[1], "tekst": v[2]} for s, v in VENSTERS.items()])


def leerling_beeld(toestand: dict, leerling_id: str, leerling: dict, van: dt.date | None = None) -> dict:
    """One pupil's school year: {svg, weken, vensters, patronen, legenda, keuzes} (see INTERFACE.md).
    ``van``: show the weeks from this date only (a worked example on a page shows a few weeks)."""
    ctx = toestand["ctx"]
    lln = toestand["leerlingen"][leerling_id]
    reg = _Registraties(lln, ctx)
    vensters = _vensters(leerling, ctx, reg)
    begin = _maandag(van) if van else _begin(ctx, reg, vensters)
    weken = _weken(ctx, reg, vensters, begin)
    gevonden = patronen(lln, ctx, reg, begin)
    telling = Counter(d["soort"] for w in weken for d in w["dagen"])
    titel = f"Verzuim van leerling {leerling_id}, {kort(begin)} tot en met {kort(ctx.stand)}"
    samen = ", ".join(f"{aantal(telling[s], 'dag', 'dagen')} {kort_label(SOORTEN[s][2])}" for s in VOORRANG if telling[s])
    omschrijving = (f"Kalender per week (maandag tot en met vrijdag). {samen or 'Geen verzuim geregistreerd'}. "
                    + " ".join(v["tekst"] for v in vensters)
                    + " De tabel met de weken staat onder de afbeelding.")
    return {"svg": _svg_leerling(leerling_id, titel, omschrijving, weken), "titel": titel, "omschrijving": omschrijving,
            "weken": weken, "vensters": vensters, "patronen": gevonden, "legenda": _legenda(),
            "keuzes": [{"id": KEUZE, **keuze(KEUZE, ctx.profiel)}]}


def weken_als_tekst(beeld: dict, alleen_verzuim: bool = True) -> list[str]:
    """The picture as lines of text, a week per line (letters, the CLI); ``alleen_verzuim``: weeks with absence."""
    regels = []
    for w in beeld["weken"]:
        dagen = [d for d in w["dagen"] if d["soort"] not in ("aanwezig", "geen_school")]
        if alleen_verzuim and not dagen:
            continue
        delen = []
        for d in w["dagen"]:
            dag = DAGEN_KORT[_iso(d["datum"]).weekday()]
            if d["soort"] in ("aanwezig", "geen_school"):
                delen.append(f"{dag} {'geen school' if d['soort'] == 'geen_school' else '-'}")
            else:
                uren = f" {getal_nl(d['uren'])} uur" if d["uren"] else ""
                delen.append(f"{dag} {kort_label(SOORTEN[d['soort']][2])}{uren}")
        m = _iso(w["maandag"])
        vensters = f" [{', '.join(kort_label(VENSTERS[v][2]) for v in w['vensters'])}]" if w["vensters"] else ""
        regels.append(f"{w['label']} (vanaf {datum_nl(m).split(' ', 1)[1]}): {'; '.join(delen)}{vensters}")
    return regels


# --- The school's weeks --------------------------------------------------------------------------------

def school_weken(toestand: dict, antwoord: dict) -> dict:
    """Signals per week over the school year, for the chart above the table: {svg, weken}."""
    ctx = toestand["ctx"]
    kal, stand = ctx.kal, ctx.stand
    begin = _maandag(_jaarbegin(kal, stand))
    afwezig: dict[dt.date, set] = {}
    uren: dict[dt.date, float] = Counter()
    ziek: dict[dt.date, int] = Counter()
    for lid, lln in toestand["leerlingen"].items():
        minuten_van_tijdvakken(lln)
        for d, u in uren_per_dag(lln, "ongeoorloofd", ctx).items():
            if begin <= d <= stand:
                afwezig.setdefault(_maandag(d), set()).add(lid)
                uren[_maandag(d)] += u
        for x in ziekmeldingen(uren_per_dag(lln, "ziek", ctx), kal, lln.open_ziek):
            if begin <= x["eerste_dag"] <= stand:
                ziek[_maandag(x["eerste_dag"])] += 1
    weken, maandag = [], begin
    while maandag <= _maandag(stand):
        weken.append({"maandag": maandag.isoformat(), "label": f"week {maandag.isocalendar()[1]}",
                      "leerlingen_afwezig": len(afwezig.get(maandag, ())), "uren_ongeoorloofd": round(uren[maandag], 2),
                      "ziekmeldingen": ziek[maandag], "vakantie": not kal.is_lesweek(maandag)})
        maandag += dt.timedelta(weeks=1)
    eenheid = "lesuren" if ctx.telt_lesuren else "uren"
    titel = f"Verzuim per week, {kort(begin)} tot en met {kort(stand)}"
    piek = max(weken, key=lambda w: w["uren_ongeoorloofd"], default=None)
    omschrijving = (f"Per schoolweek de {eenheid} ongeoorloofd verzuim van alle leerlingen (boven) en het aantal nieuwe "
                    f"ziekmeldingen (onder); weken zonder les zijn grijs met een V."
                    + (f" Het meeste ongeoorloofd verzuim in {piek['label']} ({getal_nl(piek['uren_ongeoorloofd'])} "
                       f"{eenheid}, {piek['leerlingen_afwezig']} leerlingen)." if piek and piek["uren_ongeoorloofd"] else "")
                    + " De tabel met de weken staat onder de afbeelding.")
    return {"svg": _svg_school(titel, omschrijving, weken, eenheid), "titel": titel, "omschrijving": omschrijving,
            "weken": weken}


def _svg_school(titel: str, omschrijving: str, weken: list[dict], eenheid: str) -> str:
    marge, as_b, kolom = 4, 34, 7
    paneel = 60
    breedte = marge * 2 + as_b + max(len(weken), 1) * kolom
    y_uren, y_ziek = marge + 16, marge + 16 + paneel + 22
    hoogte = y_ziek + paneel + 20
    max_u = max((w["uren_ongeoorloofd"] for w in weken), default=0) or 1
    max_z = max((w["ziekmeldingen"] for w in weken), default=0) or 1
    id_ = _svg_id("school-" + titel)
    delen = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {breedte} {hoogte}" width="{breedte}" '
             f'height="{hoogte}" role="img" aria-labelledby="{id_}-titel {id_}-desc" '
             f'font-family="Arial, Helvetica, sans-serif" class="vw-beeld">',
             f'<title id="{id_}-titel">{escape(titel)}</title>', f'<desc id="{id_}-desc">{escape(omschrijving)}</desc>',
             f'<rect x="0" y="0" width="{breedte}" height="{hoogte}" fill="#ffffff"/>',
             _tekst_svg(marge, y_uren - 4, f"{eenheid} ongeoorloofd per week", 10, anker="start", dik=True),
             _tekst_svg(marge, y_ziek - 4, "nieuwe ziekmeldingen per week", 10, anker="start", dik=True)]
    x0 = marge + as_b
    for y, maximum in ((y_uren, max_u), (y_ziek, max_z)):
        delen.append(_tekst_svg(x0 - 3, y + 9, getal_nl(round(maximum, 1)), 9, anker="end"))
        delen.append(_tekst_svg(x0 - 3, y + paneel, "0", 9, anker="end"))
        delen.append(f'<line x1="{x0}" y1="{y + paneel}" x2="{breedte - marge}" y2="{y + paneel}" stroke="{INKT}"/>')
    vorige_maand = None
    for i, w in enumerate(weken):
        x = x0 + i * kolom
        if w["vakantie"]:
            for y in (y_uren, y_ziek):
                delen.append(f'<rect x="{x}" y="{y}" width="{kolom - 1}" height="{paneel}" '
                             f'fill="{SOORTEN["geen_school"][1]}"/>')
                delen.append(_tekst_svg(x + kolom / 2 - 0.5, y + paneel - 3, "V", 7))
        for y, waarde, maximum, kleur in ((y_uren, w["uren_ongeoorloofd"], max_u, SOORTEN["ongeoorloofd"][1]),
                                          (y_ziek, w["ziekmeldingen"], max_z, SOORTEN["ziek"][1])):
            if waarde:
                h = max(1.0, round(paneel * waarde / maximum, 1))
                delen.append(f'<rect x="{x}" y="{round(y + paneel - h, 1)}" width="{kolom - 1}" height="{h}" '
                             f'fill="{kleur}" stroke="{INKT}" stroke-width="0.5"/>')
        maand = _iso(w["maandag"]).month
        if maand != vorige_maand:
            delen.append(_tekst_svg(x, y_ziek + paneel + 14, MAANDEN_KORT[maand - 1], 9, anker="start"))
            vorige_maand = maand
    delen.append("</svg>")
    return "".join(delen)
