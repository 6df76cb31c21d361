"""Per pupil: the EXISTING rules (melding_16_uur, ziekteverzuim, stappenplan) on that pupil's hours per day.

The rules are called through their shared inner functions (``melding.meldingen_uit``, ``ziekte.beoordeel``,
``stappenplan.bepaal``) with checked values, so the single-pupil calculators and this overview cannot
disagree. Each pupil gets an Uitleg of its own; steps every pupil would get (the rule's general text) go
to the answer's uitleg once instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..tekst import aantal, getal_nl
from ..fouten import datum_nl
from ..kalender import schooljaar_van
from ..regels import melding, stappenplan, ziekte
from ..uitleg import Uitleg
from .vormen import Leerling, minuten_van_tijdvakken

EEN_DAG = dt.timedelta(days=1)
SIGNALEN = ("melding_16_uur", "lrv", "mazl", "te_laat", "thuiszitter")


@dataclass
class Context:
    profiel: object
    kal: object
    peildatum: dt.date | None   # as the user gave it (the rules treat None as 'the last registration')
    vandaag: dt.date            # peildatum or today: rows after it do not count
    stand: dt.date              # the counts for 'now' (stappenplan) run up to this date
    telt_lesuren: bool
    lesuur_minuten: int
    criteria: list[str]
    te_laat_param: object | None
    thuiszitter_stappen: set[str]
    algemeen: set[str]          # step texts every pupil gets
    lesweken: int
    mazl_weken: int


def algemene_stappen(profiel, kal, peildatum, vandaag, criteria) -> list[dict]:
    """The steps the rules give for a pupil without any absence: the general explanation."""
    u = Uitleg(profiel, vandaag)
    melding.meldingen_uit({}, kal, u, peildatum, vandaag)
    ziekte.beoordeel([], criteria, kal, u, peildatum, vandaag)
    stappenplan.bepaal({"peildatum": peildatum, "_vandaag": vandaag}, u)
    return u.stappen


def te_laat_parameter(profiel) -> str | None:
    """The region's te-laat threshold: the one its stappenplan tests keer_te_laat against, else a parameter
    named after te laat komen (some protocols give the number without tying a step to it)."""
    for stap in profiel.stappen:
        for v in stap.get("als", []):
            if v.get("veld") == "keer_te_laat":
                for op in ("vanaf", "boven"):
                    if op in v:
                        return v[op]
    kandidaten = [pid for pid in profiel.parameters if "te_laat" in pid and not pid.endswith("_tot")]
    return kandidaten[0] if kandidaten else None


WEKEN_VELDEN = ("weken_aaneengesloten_afwezig", "weken_aaneengesloten_niet_op_school")
# Which count of sickness each M@ZL criterion reads: the overview fills only the counts of the criteria that
# apply to the chosen onderwijssoort, so the stappenplan's sickness step comes exactly with the M@ZL signal.
ZIEKTE_TELLING = {"meldingen_in_schoolweken": "ziekmeldingen_12_weken", "aaneengesloten_dagen": "aaneengesloten_ziektedagen",
                  "aaneengesloten_uren": "aaneengesloten_ziekte_uren", "meldingen_per_schooljaar": "ziekmeldingen_schooljaar",
                  "dagen_per_schooljaar": "ziektedagen_schooljaar"}


def thuiszitter_stappen(profiel) -> set[str]:
    """Steps that apply from a number of weeks of continuous absence on (a lower bound only)."""
    uit = set()
    for stap in profiel.stappen:
        for v in stap.get("als", []):
            if v.get("veld") in WEKEN_VELDEN and ("vanaf" in v or "boven" in v) \
                    and not ("tot" in v or "tot_en_met" in v):
                uit.add(stap["id"])
    return uit


def _lesweken_terug(kal, d: dt.date, aantal: int) -> dt.date:
    """Monday of the earliest of the last ``aantal`` lesweken up to and including the week of d."""
    return kal.weken_terug(d - dt.timedelta(days=d.weekday()), aantal, False, d.year - 2)


def uren_per_dag(lln: Leerling, categorie: str, ctx: Context) -> dict[dt.date, float]:
    """Hours per day as the region counts them: lesuren as 1 each, or clock hours (lesuren x lesson length)."""
    uit: dict[dt.date, float] = {}
    per_lesuur = 1.0 if ctx.telt_lesuren else ctx.lesuur_minuten / 60
    per_minuut = 1 / ctx.lesuur_minuten if ctx.telt_lesuren else 1 / 60
    if not lln.minuten[categorie]:  # a per-lesuur export: the same sums, without the second pass
        return {d: round(n * per_lesuur, 4) for d, n in lln.lesuren[categorie].items() if n > 0}
    for d, n in lln.lesuren[categorie].items():
        uit[d] = uit.get(d, 0.0) + n * per_lesuur
    for d, m in lln.minuten[categorie].items():
        uit[d] = uit.get(d, 0.0) + m * per_minuut
    return {d: round(u, 4) for d, u in uit.items() if u > 0}


def ziekmeldingen(ziek: dict[dt.date, float], kal, open_vanaf: dt.date | None) -> list[dict]:
    """Sick days to sick reports: days without a school day in between form one report (as the M@ZL rule
    joins reports); a report from an open-ended registration stays open."""
    uit: list[dict] = []
    for d in sorted(ziek):
        if uit and not kal.heeft_schooldag(uit[-1]["laatste_dag"] + EEN_DAG, d - EEN_DAG):
            uit[-1]["laatste_dag"] = d
            uit[-1]["uren"] = round(uit[-1]["uren"] + ziek[d], 4)
        else:
            uit.append({"eerste_dag": d, "laatste_dag": d, "uren": ziek[d]})
    if open_vanaf is not None and uit and uit[-1]["laatste_dag"] >= open_vanaf:
        uit[-1]["laatste_dag"] = None
    return uit


def _huidige_reeks(dagen: set[dt.date], kal, stand: dt.date) -> int:
    """School days in the run of absence that reaches the last school day up to ``stand``."""
    d = kal.vorige_schooldag(stand)
    aantal = 0
    while d in dagen:
        aantal += 1
        d = kal.vorige_schooldag(d - EEN_DAG)
    return aantal


def analyseer_leerling(lln: Leerling, ctx: Context, bovenste: Uitleg) -> dict:
    minuten_van_tijdvakken(lln)
    kal, stand = ctx.kal, ctx.stand
    u = Uitleg(ctx.profiel, ctx.vandaag)
    ongeoorloofd = uren_per_dag(lln, "ongeoorloofd", ctx)
    ziek = uren_per_dag(lln, "ziek", ctx)

    m = melding.meldingen_uit(ongeoorloofd, kal, u, ctx.peildatum, ctx.vandaag)
    zm = ziekte.lees_meldingen(ziekmeldingen(ziek, kal, lln.open_ziek), kal, ctx.peildatum, ctx.vandaag)
    z = ziekte.beoordeel(zm, ctx.criteria, kal, u, ctx.peildatum, ctx.vandaag)

    # Counts 'now' for the stappenplan, up to the last day the file covers (keuze 'overzicht_stand').
    venster = _lesweken_terug(kal, stand, ctx.lesweken)
    uren_nu = round(sum(x for d, x in ongeoorloofd.items() if venster <= d <= stand), 2)
    jaar_begin = schooljaar_van(stand)[0]
    te_laat = sum(1 for d, _ in lln.te_laat if jaar_begin <= d <= stand)
    mazl_venster = _lesweken_terug(kal, stand, ctx.mazl_weken)
    ziek_12 = sum(1 for x in zm if mazl_venster <= x["eerste_dag"] <= stand)
    laatste = zm[-1] if zm else None
    lopend = laatste is not None and (laatste["open"] or _huidige_reeks(set(laatste["dagen"]), kal, stand) > 0)
    ziek_dagen = len([d for d in laatste["dagen"] if d <= stand]) if lopend else 0
    ziek_uren = (laatste["uren"] or 0) if lopend else 0
    reeks = _huidige_reeks(set(ongeoorloofd), kal, stand)
    afwezig_weken = round(reeks / 5, 1) if reeks >= 5 else 0  # less than a week of school days is no 'weeks'
    # Not at school at all, excused or not (Haaglanden's Onderwijs Transparant, Zuid-Kennemerland's langdurig
    # verzuim): the same run over every day with any absence.
    weg = set(ongeoorloofd) | set(ziek) | set(uren_per_dag(lln, "geoorloofd", ctx))
    reeks_weg = _huidige_reeks(weg, kal, stand)
    weg_weken = round(reeks_weg / 5, 1) if reeks_weg >= 5 else 0
    ziek_jaar = [x for x in zm if jaar_begin <= x["eerste_dag"] <= stand]

    ziek_tellingen = {"ziekmeldingen_12_weken": ziek_12, "aaneengesloten_ziektedagen": ziek_dagen,
              "aaneengesloten_ziekte_uren": round(ziek_uren, 2), "ziekmeldingen_schooljaar": len(ziek_jaar),
              "ziektedagen_schooljaar": sum(1 for x in zm for d in x["dagen"] if jaar_begin <= d <= stand)}
    gebruikt = {ZIEKTE_TELLING[c] for c in ctx.criteria if c in ZIEKTE_TELLING}
    tellingen = {"ongeoorloofde_uren": uren_nu, "keer_te_laat": te_laat,
                 **{k: (v if k in gebruikt else 0) for k, v in ziek_tellingen.items()},
                 "weken_aaneengesloten_afwezig": afwezig_weken, "weken_aaneengesloten_niet_op_school": weg_weken}
    stap = stappenplan.bepaal({**tellingen, "peildatum": ctx.peildatum, "_vandaag": ctx.vandaag}, u)

    if ctx.te_laat_param:
        drempel = u.param(ctx.te_laat_param, stand)
        te_laat_uit = {"aantal": te_laat, "drempel": drempel.waarde, "bereikt": te_laat >= drempel.waarde}
    else:
        te_laat_uit = {"aantal": te_laat, "drempel": None, "bereikt": None}

    signalen = []
    if any(x["soort"] == "16_uur" for x in m["meldingen"]):
        signalen.append("melding_16_uur")
    lrv = next((x for x in m["meldingen"] if x["soort"] == "lrv"), None)
    if lrv:
        signalen.append("lrv")
    if z["signalen"]:
        signalen.append("mazl")
    if te_laat_uit["bereikt"]:
        signalen.append("te_laat")
    if any(s["id"] in ctx.thuiszitter_stappen for s in stap["stappen"]):
        signalen.append("thuiszitter")

    # Deadlines against the date the answer is for (peildatum, else today), as melding_16_uur does: a file
    # that ends before the peildatum does not move a DUO deadline.
    peil = ctx.vandaag.isoformat()
    termijnen = sorted(x["melden_uiterlijk"] for x in m["meldingen"]
                       if x["melden_uiterlijk"] and x["melden_uiterlijk"] >= peil)
    termijn = termijnen[0] if termijnen else None
    # The export does not say whether a melding was made: a passed deadline is shown (and sorted first) as
    # "check whether it was reported; if not, report now", never silently dropped.
    verstreken = sorted(x["melden_uiterlijk"] for x in m["meldingen"]
                        if x["melden_uiterlijk"] and x["melden_uiterlijk"] < peil)
    if verstreken:
        u.stap(f"De meldtermijn van {aantal(len(verstreken), 'melding', 'meldingen')} is verstreken (de eerste op "
               f"{datum_nl(dt.date.fromisoformat(verstreken[0]))}). Controleer of de school die al bij DUO heeft "
               "gemeld; zo niet: meld nu.", None)
    standaard = {s["id"] for s in ctx.profiel.stappen if s.get("standaard")}
    nu, voorbij, volgende = stand_van_zaken(m["meldingen"], z["signalen"], te_laat_uit, stap, standaard,
                                            stand, ctx.vandaag, mazl_venster)
    actie = volgende is not None

    samen = (f"{getal_nl(m['totaal_uren'])} {'lesuur' if ctx.telt_lesuren else 'uur'} ongeoorloofd verzuim op "
             f"{aantal(m['verzuimdagen'], 'dag', 'dagen')}, {aantal(z['ziekmeldingen'], 'ziekmelding', 'ziekmeldingen')}, {te_laat} keer te laat dit "
             f"schooljaar. Tellingen voor het stappenplan tot en met {datum_nl(stand)}: "
             f"{getal_nl(uren_nu)} uur in de laatste {ctx.lesweken} lesweken"
             + (f", {getal_nl(afwezig_weken)} weken aaneengesloten afwezig" if afwezig_weken else "")
             + (f", {getal_nl(weg_weken)} weken aaneengesloten niet op school (ook ziek of met geldige reden)"
                if weg_weken and weg_weken != afwezig_weken else "") + ".")
    eigen = [{"tekst": samen, "bron": None}] + [s for s in u.stappen if s["tekst"] not in ctx.algemeen]
    for k in u.keuzes:
        bovenste.keuze(k["id"])
    for w in u.waarschuwingen:
        bovenste.waarschuwing(w)
    return {
        "leerling": lln.id, "naam": lln.naam, "klas": lln.klas, "rijen": lln.rijen,
        "uren_ongeoorloofd": m["totaal_uren"], "keer_te_laat": te_laat, "ziekmeldingen": z["ziekmeldingen"],
        "signalen": signalen, "meldingen": m["meldingen"], "lrv": lrv, "mazl": z["signalen"],
        "te_laat": te_laat_uit, "tellingen": tellingen, "stap": stap,
        "eerstvolgende_termijn": termijn, "termijn_verstreken": verstreken[0] if verstreken else None,
        "actie_nodig": actie, "nu": nu, "voorbij": voorbij, "volgende_actie": volgende,
        "sorteernaam": lln.sorteernaam or lln.naam, "uitleg": eigen,
    }


def kort(d) -> str:
    """'2026-03-16' or a date -> '16-03-2026' (dd-mm-jjjj: short, as Excel and the page show it)."""
    d = dt.date.fromisoformat(d) if isinstance(d, str) else d
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def stand_van_zaken(meldingen, mazl, te_laat, stap, standaard, stand: dt.date, vandaag: dt.date,
                    mazl_venster: dt.date):
    """What holds on ``stand`` (nu), what is over (voorbij), and the one next action with its date.

    The export does not say whether a melding was made, so a deadline that has passed stays an action
    ('check, else report now'); a melding whose period ended and whose deadline is met or absent is past.
    Each item: {soort, tekst}; the action: {soort, tekst, datum|null, verstreken}.
    """
    nu, voorbij, acties = [], [], []
    s, peil = stand.isoformat(), vandaag.isoformat()
    for x in meldingen:
        periode = f"{kort(x['begindatum'])} t/m {kort(x['einddatum'])}" if x["einddatum"] else \
            f"sinds {kort(x['begindatum'])}"
        if x["soort"] == "16_uur":
            uiterlijk = x["melden_uiterlijk"]
            if uiterlijk and uiterlijk >= peil:
                nu.append({"soort": "melding_16_uur", "tekst": f"Melden bij DUO (urengrens, {periode}), uiterlijk "
                                                               f"{kort(uiterlijk)}"})
                acties.append((1, uiterlijk, {"soort": "melding_16_uur", "tekst": "Meld het verzuim bij DUO "
                               f"(urengrens, {periode})", "datum": uiterlijk, "verstreken": False}))
            else:
                voorbij.append({"soort": "melding_16_uur", "tekst": f"Urengrens bereikt ({periode}); meldtermijn "
                                f"verstreken op {kort(uiterlijk)}" if uiterlijk else f"Urengrens bereikt ({periode})"})
                if uiterlijk:
                    acties.append((0, uiterlijk, {"soort": "melding_16_uur", "tekst": "Controleer of de melding "
                                   f"bij DUO is gedaan (urengrens, {periode}); zo niet: meld nu", "datum": uiterlijk,
                                   "verstreken": True}))
        elif x["einddatum"] is None or x["einddatum"] >= s:
            nu.append({"soort": "lrv", "tekst": f"Langdurig relatief verzuim, {periode}"})
            acties.append((2, x["begindatum"], {"soort": "lrv", "tekst": "Meld het langdurig relatief verzuim bij DUO "
                           f"({periode}), als dat nog niet is gedaan; vul de einddatum in zodra de leerling terug is",
                           "datum": None, "verstreken": False}))
        else:
            voorbij.append({"soort": "lrv", "tekst": f"Langdurig relatief verzuim, {periode} (afgelopen)"})
    venster = mazl_venster.isoformat()
    for x in mazl:
        tekst = f"{x['omschrijving'] or x['criterium']} (bereikt op {kort(x['datum'])})"
        if venster <= x["datum"] <= s:
            nu.append({"soort": "mazl", "tekst": f"Zorgwekkend ziekteverzuim (M@ZL): {tekst}"})
            acties.append((3, x["datum"], {"soort": "mazl", "tekst": "Ga in gesprek met leerling en ouders over het "
                           "ziekteverzuim en vraag, met hun toestemming, advies aan de jeugdarts (M@ZL)",
                           "datum": None, "verstreken": False}))
        else:
            voorbij.append({"soort": "mazl", "tekst": f"Zorgwekkend ziekteverzuim (M@ZL): {tekst}"})
    if te_laat["bereikt"]:
        nu.append({"soort": "te_laat", "tekst": f"{te_laat['aantal']} keer te laat dit schooljaar (grens "
                                                f"{te_laat['drempel']})"})
    for st in stap["stappen"]:
        if st["id"] not in standaard:
            regie = f" (regie: {st['in_regie']})" if st.get("in_regie") else ""
            nu.append({"soort": "stap", "tekst": f"{st['titel']}{regie}"})
            acties.append((4, "", {"soort": "stap", "tekst": f"{st['titel']}{regie}"
                           + (f": {st['acties'][0]}" if st.get("acties") else ""), "datum": None, "verstreken": False}))
    acties.sort(key=lambda a: (a[0], a[1]))
    return nu, voorbij, (acties[0][2] if acties else None)


def _natuurlijk(tekst: str):
    return (0, int(tekst), "") if tekst.isdecimal() and len(tekst) < 100 else (1, 0, tekst)


def volgorde(leerling: dict):
    """Most urgent first: action needed now, then the nearest deadline, then the pupil number."""
    return (not leerling["actie_nodig"], leerling["termijn_verstreken"] is None,
            leerling["eerstvolgende_termijn"] or "9999-12-31",
            _natuurlijk(leerling["leerling"]))
