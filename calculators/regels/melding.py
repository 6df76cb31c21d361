"""Melden bij DUO: 16 uur ongeoorloofd verzuim in 4 lesweken (art. 21a Lpw), vervolgmeldingen, LRV.

The window is anchored on each absence day and runs to the day before the same weekday four
lesweken later (weeks without a school day are skipped). The first anchor whose window reaches the
threshold gives a melding from that anchor to the day the threshold is reached; counting restarts
the day after. During continuous absence at most one melding per seven calendar days; after more
than four lesweken of continuous absence one LRV melding replaces further 16-uur meldingen.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass

from ..fouten import Fout, InvoerFout, datum_nl
from ..invoer import Rekenhulp, Veld
from ..kalender import binnen_dekking
from ..register import kalender_voor
from ..tekst import aantal, getal_nl, opsomming
from ..uitleg import regionaal_verschil

EEN_DAG = dt.timedelta(days=1)


@dataclass
class Reeks:
    """A run of absence days with no school day without absence in between."""
    begin: dt.date
    einde: dt.date
    lrv_vanaf: dt.date | None = None  # first absence day beyond the LRV window
    lrv_gemeld: bool = False


def _werkdagen_later(kal, d: dt.date, aantal: int) -> dt.date:
    """The date ``aantal`` working days (Mon–Fri, not a public holiday) after d."""
    while aantal:
        d += EEN_DAG
        if d.weekday() < 5 and not kal.feestdag_op(d):
            aantal -= 1
    return d


def _reeksen(dagen: list[dt.date], kal) -> dict[dt.date, Reeks]:
    per_dag: dict[dt.date, Reeks] = {}
    reeks = None
    for i, d in enumerate(dagen):
        if reeks is not None and not kal.heeft_schooldag(dagen[i - 1] + EEN_DAG, d - EEN_DAG):
            reeks.einde = d
        else:
            reeks = Reeks(d, d)
        per_dag[d] = reeks
    return per_dag


def _melding_16_uur(w: dict, uitleg) -> dict:
    kal = kalender_voor(w, uitleg.profiel, uitleg)
    per_dag: dict[dt.date, float] = defaultdict(float)
    for rij in w["registraties"]:
        if rij["datum"] > w["_vandaag"]:
            raise InvoerFout(Fout("registraties", f"De registratie op {datum_nl(rij['datum'])} ligt in de toekomst."))
        per_dag[rij["datum"]] += rij["uren"]
    for d, uren in per_dag.items():
        if uren > 24:
            raise InvoerFout(Fout("registraties", f"Op {datum_nl(d)} staat {getal_nl(uren)} uur verzuim: meer dan een dag."))
    return meldingen_uit(per_dag, kal, uitleg, w.get("peildatum"), w["_vandaag"])


def meldingen_uit(per_dag: dict[dt.date, float], kal, uitleg, peildatum: dt.date | None = None,
                  vandaag: dt.date | None = None) -> dict:
    """The rule itself, from checked hours per day: melding_16_uur and verzuimoverzicht both call this.
    ``vandaag`` (for the verdict: is a deadline past?) defaults to the peildatum, else today."""
    vandaag = vandaag or peildatum or dt.date.today()
    dagen = sorted(d for d, u in per_dag.items() if u > 0)
    peil = peildatum or (dagen[-1] if dagen else None)
    drempel = uitleg.param("melding_uren", peil)
    lesweken = uitleg.param("melding_lesweken", peil)
    vervolg = uitleg.param("melding_vervolg_dagen", peil)
    lrv_weken = uitleg.param("lrv_weken", peil)
    termijn = uitleg.param("melding_termijn_werkdagen", peil)
    regionaal_verschil(uitleg, "melding_uren", peil)
    for k in ("zestien_uur_minstens", "zestien_uur_venster", "zestien_uur_eenheid", "zestien_uur_herstart"):
        uitleg.keuze(k)
    uitleg.stap(f"Melden bij DUO als een leerling in {lesweken.tekst()} samen minstens {drempel.tekst()} les- of "
                "praktijktijd zonder geldige reden mist. Vakantieweken tellen niet als lesweek.", drempel.bron)
    if not dagen:
        uitleg.stap("Er is geen ongeoorloofd verzuim ingevoerd: er is niets te melden.")
        return {"kern": "Er hoeft niets bij DUO te worden gemeld: er is geen ongeoorloofd verzuim ingevoerd.",
                "wat_nu": [], "meldingen": [], "totaal_uren": 0, "verzuimdagen": 0, "benadering": False}
    geen_les = [d for d in dagen if not kal.is_schooldag(d)]
    if geen_les:
        een = len(geen_les) == 1
        uitleg.waarschuwing(f"{aantal(len(geen_les), 'registratie valt', 'registraties vallen')} op een dag zonder les "
                            f"volgens de kalender ({'op' if een else 'eerste:'} {datum_nl(geen_les[0])}). "
                            f"{'Die telt' if een else 'Ze tellen'} mee; controleer de registratie of vul de vrije dagen "
                            "van de school in.")
    benadering = not all(binnen_dekking(d) for d in (dagen[0], dagen[-1]))
    if benadering:
        uitleg.keuze("benadering_buiten_data")
        uitleg.waarschuwing("Een deel van de registraties valt buiten de bekende schooljaren: vakanties zijn daar niet "
                            "overgeslagen.")

    reeks_van = _reeksen(dagen, kal)
    for reeks in {id(r): r for r in reeks_van.values()}.values():
        grens = kal.lesweken_vooruit(reeks.begin, lrv_weken.waarde)
        k = bisect_right(dagen, grens)
        reeks.lrv_vanaf = dagen[k] if k < len(dagen) and dagen[k] <= reeks.einde else None

    positie = {d: i for i, d in enumerate(dagen)}
    prefix = [0.0]
    for d in dagen:
        prefix.append(prefix[-1] + per_dag[d])

    def uren_tussen(van: dt.date, tot: dt.date) -> float:
        return round(prefix[bisect_right(dagen, tot)] - prefix[bisect_left(dagen, van)], 2)

    meldingen: list[dict] = []
    laatste_16: dt.date | None = None
    idx, n = 0, len(dagen)
    while idx < n:
        a = dagen[idx]
        reeks = reeks_van[a]
        if reeks.lrv_vanaf and not reeks.lrv_gemeld and a >= reeks.lrv_vanaf:
            idx = _lrv(meldingen, reeks, laatste_16, dagen, positie, uren_tussen, peildatum, uitleg, lrv_weken)
            continue
        einde_venster = kal.lesweken_vooruit(a, lesweken.waarde)
        if prefix[bisect_right(dagen, einde_venster)] - prefix[idx] < drempel.waarde - 1e-6:
            idx += 1  # the window's total is clearly short: no need to add it up day by day
            continue
        som, j, bereikt = 0.0, idx, None
        while j < n and dagen[j] <= einde_venster:
            som += per_dag[dagen[j]]
            if som >= drempel.waarde - 1e-9:
                bereikt = dagen[j]
                break
            j += 1
        if bereikt is None:
            idx += 1
            continue
        vorige = meldingen[-1] if meldingen and meldingen[-1]["soort"] == "16_uur" else None
        if vorige and reeks_van[bereikt] is reeks and reeks.begin <= dt.date.fromisoformat(vorige["einddatum"]):
            vroegst = dt.date.fromisoformat(vorige["einddatum"]) + dt.timedelta(days=vervolg.waarde)
            if bereikt < vroegst:
                later = next((d for d in dagen[positie[bereikt]:] if d >= vroegst and reeks_van[d] is reeks), None)
                if later is not None:
                    uitleg.keuze("vervolgmelding_zeven_dagen")
                    bereikt = later
        if reeks.lrv_vanaf and not reeks.lrv_gemeld and reeks_van[bereikt] is reeks and bereikt >= reeks.lrv_vanaf:
            idx = _lrv(meldingen, reeks, laatste_16, dagen, positie, uren_tussen, peildatum, uitleg, lrv_weken)
            continue
        uren = uren_tussen(a, bereikt)
        uiterlijk = _werkdagen_later(kal, bereikt, termijn.waarde)
        meldingen.append({"soort": "16_uur", "begindatum": a.isoformat(), "einddatum": bereikt.isoformat(),
                          "uren": uren, "melden_uiterlijk": uiterlijk.isoformat()})
        nummer = sum(m["soort"] == "16_uur" for m in meldingen)
        uitleg.stap(f"Melding {nummer}: van {datum_nl(a)} tot en met {datum_nl(bereikt)} samen {getal_nl(uren)} uur. Melden "
                    f"uiterlijk {datum_nl(uiterlijk)} ({termijn.tekst()} na de einddatum).", drempel.bron)
        laatste_16 = bereikt
        idx = positie[bereikt] + 1
    if not meldingen:
        uitleg.stap(f"In geen enkele periode van {lesweken.tekst()} komt het verzuim op {drempel.tekst()}: geen "
                    "melding nodig. U mag eerder melden als 'overig verzuim' als u zich zorgen maakt.",
                    uitleg.profiel.parameter("melding_uren")[0].bron)
    kern, wat_nu = _oordeel(meldingen, vandaag, lesweken, drempel)
    return {"kern": kern, "wat_nu": wat_nu, "meldingen": meldingen, "totaal_uren": round(prefix[-1], 2),
            "verzuimdagen": n, "benadering": benadering}


def _oordeel(meldingen: list[dict], vandaag: dt.date, lesweken, drempel) -> tuple[str, list[str]]:
    """The verdict sentence and what the school does now."""
    if not meldingen:
        return (f"Er hoeft niets bij DUO te worden gemeld: in geen enkele periode van {lesweken.tekst()} komt het "
                f"ongeoorloofd verzuim op {drempel.tekst()}.",
                ["Blijf het verzuim registreren en spreek leerling en ouders aan. U mag eerder melden als 'overig "
                 "verzuim' als u zich zorgen maakt."])
    zestien = [m for m in meldingen if m["soort"] == "16_uur"]
    lrv = [m for m in meldingen if m["soort"] == "lrv"]
    delen = []
    if zestien:
        eerste = zestien[0]
        if len(zestien) == 1:
            delen.append(f"één melding voor {getal_nl(eerste['uren'])} uur ongeoorloofd verzuim van "
                         f"{datum_nl(dt.date.fromisoformat(eerste['begindatum']))} tot en met "
                         f"{datum_nl(dt.date.fromisoformat(eerste['einddatum']))}")
        else:
            delen.append(f"{len(zestien)} meldingen voor de urengrens ({drempel.tekst()} in {lesweken.tekst()})")
    if lrv:
        delen.append("één melding langdurig relatief verzuim (LRV) vanaf "
                     f"{datum_nl(dt.date.fromisoformat(lrv[0]['begindatum']))}")
    kern = f"De school moet dit verzuim bij DUO melden: {opsomming(delen)}."
    wat_nu = ["De directeur (of de verzuimcoördinator namens de school) meldt in het ROD (voorheen verzuimregister) van DUO; de "
              "leerplichtambtenaar van de woongemeente krijgt de melding en beslist over de vervolgstappen."]
    termijnen = [dt.date.fromisoformat(m["melden_uiterlijk"]) for m in zestien if m["melden_uiterlijk"]]
    verstreken = [t for t in termijnen if t < vandaag]
    if verstreken:
        wat_nu.insert(0, f"De meldtermijn is verstreken (uiterlijk {datum_nl(verstreken[0])}): meld nu, zo snel "
                         "mogelijk.")
    elif termijnen:
        wat_nu.insert(0, f"Meld uiterlijk {datum_nl(termijnen[0])}.")
    if lrv and lrv[-1]["einddatum"] is None:
        wat_nu.append("Vul bij de LRV-melding de einddatum in zodra de leerling terug is of is uitgeschreven.")
    return kern, wat_nu


def _lrv(meldingen, reeks, laatste_16, dagen, positie, uren_tussen, peildatum, uitleg, lrv_weken) -> int:
    """Add the single LRV melding for a run of continuous absence; return the index to continue at."""
    uitleg.keuze("lrv_na_vier_weken")
    begin = laatste_16 + EEN_DAG if laatste_16 and laatste_16 >= reeks.begin else reeks.begin
    afgelopen = reeks.einde < dagen[-1] or (peildatum and peildatum > reeks.einde)
    einde = reeks.einde if afgelopen else None
    meldingen.append({"soort": "lrv", "begindatum": begin.isoformat(),
                      "einddatum": einde.isoformat() if einde else None,
                      "uren": uren_tussen(begin, reeks.einde), "melden_uiterlijk": None})
    uitleg.stap(f"Sinds {datum_nl(reeks.begin)} is de leerling op elke schooldag afwezig, langer dan "
                f"{lrv_weken.tekst()}: één melding langdurig relatief verzuim (LRV), vanaf {datum_nl(begin)}. "
                + (f"De leerling was terug na {datum_nl(reeks.einde)}." if einde else
                   "Vul de einddatum in zodra de leerling terug is of is uitgeschreven."), lrv_weken.bron)
    reeks.lrv_gemeld = True
    return positie[reeks.einde] + 1


def passende_documenten(invoer: dict, antwoord: dict, profiel) -> list[str]:
    return ["checklist_duo_melding", "uitnodiging_verzuimgesprek"] if antwoord.get("meldingen") else []


# Codes in its answers; the overview's answers carry them too (it reuses meldingen_uit).
CODES = {
    "16_uur": "{melding_uren} in {melding_lesweken}",
    "lrv": "langdurig relatief verzuim",
    "melding_16_uur": "melding {melding_uren} in {melding_lesweken}",
}
# The choices of meldingen_uit, which the overview also applies.
KEUZES = ("schoolkalender_regio", "zestien_uur_minstens", "zestien_uur_venster", "zestien_uur_eenheid",
          "zestien_uur_herstart", "benadering_buiten_data", "vervolgmelding_zeven_dagen", "lrv_na_vier_weken")

MELDING_16_UUR = Rekenhulp(
    "melding_16_uur", "Moet dit verzuim bij DUO worden gemeld?",
    "Uit de registraties van ongeoorloofd verzuim: welke meldingen voor de urengrens van art. 21a en voor "
    "langdurig relatief verzuim de school moet doen, met begin- en einddatum.",
    [Veld("registraties", "lijst", "Ongeoorloofd verzuim",
          "Eén regel per dag: de datum en het aantal uur ongeoorloofd verzuim. U kunt ook regels uit een "
          "spreadsheet plakken (datum en uren, gescheiden door tab, puntkomma of komma).",
          standaard=[],
          kolommen=(Veld("datum", "datum", "Datum", verplicht=True),
                    Veld("uren", "getal", "Uren", verplicht=True, maximum=24)))],
    bereken=_melding_16_uur, kalender=True,
    codes=CODES, keuzes=KEUZES,
    uitvoer={
        "meldingen": ("Meldingen aan DUO", ""),
        "soort": ("Soort melding", ""),
        "begindatum": ("Begindatum", ""),
        "einddatum": ("Einddatum", "nog open: invullen bij terugkeer of uitschrijving"),
        "uren": ("Uren", ""),
        "melden_uiterlijk": ("Uiterlijk melden", "geen termijn berekend (zie de uitleg)"),
        "totaal_uren": ("Uren ongeoorloofd verzuim, totaal", ""),
        "verzuimdagen": ("Dagen met ongeoorloofd verzuim", ""),
    },
    documenten=passende_documenten)
