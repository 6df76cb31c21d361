"""Ziekteverzuim: when sick reports become 'zorgwekkend' under M@ZL or the region's variant.

Which criteria apply per onderwijssoort is profile data (``[ziekteverzuim]``); the numbers are
profile parameters. A signal is advice to talk with pupil and parents and, with consent, involve
the jeugdarts. Ziekteverzuim is geoorloofd: it is never reported to DUO.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
import re
from collections import defaultdict

from ..fouten import Fout, InvoerFout, datum_nl
from ..invoer import Rekenhulp, Veld
from ..kalender import schooljaar_naam, schooljaar_van
from ..register import kalender_voor
from ..uitleg import regionaal_verschil
from .. import woordenschat

EEN_DAG = dt.timedelta(days=1)
ONDERWIJSSOORTEN = tuple(woordenschat.ONDERWIJSSOORTEN.items())


def _lees_meldingen(w: dict, kal) -> list[dict]:
    uit = []
    for i, m in enumerate(w["ziekmeldingen"], start=1):
        eerste = m["eerste_dag"]
        laatste = m.get("laatste_dag") or max(eerste, w.get("peildatum") or w["_vandaag"])
        if laatste < eerste:
            raise InvoerFout(Fout("ziekmeldingen", f"Regel {i}: de laatste ziektedag ligt voor de eerste."))
        if eerste > w["_vandaag"]:
            raise InvoerFout(Fout("ziekmeldingen", f"Regel {i}: de ziekmelding van {datum_nl(eerste)} ligt in de "
                                                   "toekomst."))
        dagen = kal.schooldagen(eerste, laatste)
        uit.append({"eerste_dag": eerste, "laatste_dag": laatste, "dagen": dagen, "uren": m.get("uren"),
                    "open": m.get("laatste_dag") is None})
    uit.sort(key=lambda m: m["eerste_dag"])
    for a, b in zip(uit, uit[1:]):
        if b["eerste_dag"] <= a["laatste_dag"]:
            raise InvoerFout(Fout("ziekmeldingen", f"De ziekmeldingen van {datum_nl(a['eerste_dag'])} en "
                                                   f"{datum_nl(b['eerste_dag'])} overlappen."))
    return uit


def _signaal(datum: dt.date, criterium: str, omschrijving: str, param) -> dict:
    return {"datum": datum.isoformat(), "criterium": criterium, "omschrijving": omschrijving,
            "bron": param.bron.als_dict()}


def _meldingen_in_schoolweken(meldingen, kal, uitleg, peil) -> list[dict]:
    aantal = uitleg.param("mazl_ziekmeldingen", peil)
    weken = uitleg.param("mazl_schoolweken", peil)
    uitleg.keuze("mazl_ziekmelding_is_episode")
    signalen, vanaf = [], 0  # after a signal, counting starts again with the next report
    eerste_dagen = [m["eerste_dag"] for m in meldingen]  # sorted: reports do not overlap
    for i, dag in enumerate(eerste_dagen):
        # the window: this week and the (weken - 1) lesweken before it; the reports in it are a run ending at i
        week = kal.weken_terug(dag - dt.timedelta(days=dag.weekday()), weken.waarde, True, dag.year - 2)
        binnen = i + 1 - max(vanaf, bisect_left(eerste_dagen, week, 0, i + 1))
        if binnen >= aantal.waarde:
            signalen.append(_signaal(dag, "meldingen_in_schoolweken",
                                     f"{binnen}e ziekmelding binnen {weken.tekst()}", aantal))
            vanaf = i + 1
    uitleg.stap(f"Zorgwekkend bij de {aantal.waarde}e ziekmelding binnen {weken.tekst()}.", aantal.bron)
    regionaal_verschil(uitleg, "mazl_ziekmeldingen", peil)
    return signalen


def _aaneengesloten_reeksen(meldingen, kal) -> list[list[dict]]:
    """Reports that follow each other without a school day in between form one sick period."""
    reeksen: list[list[dict]] = []
    for m in meldingen:
        if reeksen and not kal.heeft_schooldag(reeksen[-1][-1]["laatste_dag"] + EEN_DAG, m["eerste_dag"] - EEN_DAG):
            reeksen[-1].append(m)
        else:
            reeksen.append([m])
    return reeksen


def _aaneengesloten_dagen(meldingen, kal, uitleg, peil) -> list[dict]:
    grens = uitleg.param("mazl_aaneengesloten_dagen", peil)
    uitleg.keuze("mazl_aaneengesloten_schooldagen")
    uitleg.stap(f"Zorgwekkend vanaf de {grens.waarde}e schooldag aaneengesloten ziek.", grens.bron)
    regionaal_verschil(uitleg, "mazl_aaneengesloten_dagen", peil)
    signalen = []
    for reeks in _aaneengesloten_reeksen(meldingen, kal):
        dagen = [d for m in reeks for d in m["dagen"]]
        if len(dagen) >= grens.waarde:
            signalen.append(_signaal(dagen[grens.waarde - 1], "aaneengesloten_dagen",
                                     f"{grens.waarde}e schooldag aaneengesloten ziek (sinds "
                                     f"{datum_nl(reeks[0]['eerste_dag'])})", grens))
    return signalen


def _aaneengesloten_uren(meldingen, kal, uitleg, peil) -> list[dict]:
    grens = uitleg.param("mazl_aaneengesloten_uren", peil)
    uitleg.stap(f"Zorgwekkend bij meer dan {grens.tekst()} aaneengesloten ziek.", grens.bron)
    regionaal_verschil(uitleg, "mazl_aaneengesloten_uren", peil)
    signalen = []
    for reeks in _aaneengesloten_reeksen(meldingen, kal):
        if any(m["uren"] is None for m in reeks):
            uitleg.waarschuwing(f"Voor het criterium 'meer dan {grens.tekst()} aaneengesloten' zijn de uren per "
                                "ziekmelding nodig; vul de kolom uren in.")
            continue
        som = 0.0
        for m in reeks:
            per_dag = m["uren"] / len(m["dagen"]) if m["dagen"] else 0.0
            for d in m["dagen"]:  # spread evenly: the report gives a total, not hours per day
                som += per_dag
                if som > grens.waarde + 1e-9:
                    signalen.append(_signaal(d, "aaneengesloten_uren", f"meer dan {grens.tekst()} aaneengesloten "
                                             f"ziek (sinds {datum_nl(reeks[0]['eerste_dag'])})", grens))
                    break
            else:
                continue
            break
    return signalen


def _per_schooljaar(meldingen, uitleg, peil, soort: str) -> list[dict]:
    uitleg.keuze("mazl_per_schooljaar")
    pid = "mazl_meldingen_schooljaar" if soort == "meldingen" else "mazl_dagen_schooljaar"
    grens = uitleg.param(pid, peil)
    regionaal_verschil(uitleg, pid, peil)
    wat = "ziekmelding" if soort == "meldingen" else "ziektedag"
    uitleg.stap(f"Zorgwekkend vanaf de {grens.waarde}e {wat} in een schooljaar.", grens.bron)
    tellers: dict[dt.date, int] = defaultdict(int)
    signalen = []
    for m in meldingen:
        momenten = [m["eerste_dag"]] if soort == "meldingen" else m["dagen"]
        for d in momenten:
            jaar = schooljaar_van(d)[0]
            tellers[jaar] += 1
            if tellers[jaar] == grens.waarde:
                signalen.append(_signaal(d, f"{soort}_per_schooljaar",
                                         f"{grens.waarde}e {wat} in schooljaar {schooljaar_naam(d)}", grens))
    return signalen


# Organisations in a profile that hold the jeugdarts (no tag in the profile format: recognised by name).
_JEUGDARTS = re.compile(r"jeugdarts|gezondheid|\bJGZ\b|\bGGD\b", re.IGNORECASE)


def jeugdarts_contact(profiel) -> str:
    """The region's jeugdarts contact as a reader can use it: name and, where the profile has them, phone,
    e-mail or website."""
    return profiel.onthoud(("jeugdarts_contact",), lambda: _jeugdarts_contact(profiel))


def _jeugdarts_contact(profiel) -> str:
    passend = [o for o in profiel.organisaties if _JEUGDARTS.search(o.get("naam", ""))]
    # one with contact details first: that is the one a reader can reach
    for org in sorted(passend, key=lambda o: not any(o.get(k) for k in ("telefoon", "email", "website"))):
        gegevens = [org[k] for k in ("telefoon", "email", "website") if org.get(k)]
        return org["naam"] + (f" ({', '.join(gegevens)})" if gegevens else "")
    return "de jeugdarts van de jeugdgezondheidszorg (GGD of CJG) van de school"


# What a region does once sickness is zorgwekkend: whom the school brings in and whether it reports to DUO.
# Profile data ([ziekteverzuim] inschakelen / duo); the law's default is the jeugdarts and no DUO melding.
DUO_BIJ_ZIEKTE = ("nee", "bij_twijfel")


def melden_bij_ziekte(profiel) -> dict:
    """The one rule for 'sickness reaches the region's thresholds: who is brought in, and DUO?'. ziekteverzuim,
    stappenplan, the overview and the pages all read it here, so they cannot disagree.

    ``duo``: "nee" (sickness is geoorloofd, art. 11 onder d Lpw: no melding) or "bij_twijfel" (the region asks a
    melding only when the school doubts the illness; DUO takes that as suspected ongeoorloofd verzuim)."""
    z = profiel.ziekteverzuim
    inschakelen = list(z.get("inschakelen", ["jeugdarts"]))
    duo = z.get("duo", "nee")
    namen = [{"jeugdarts": "de jeugdarts", "leerplichtambtenaar": "de leerplichtambtenaar"}.get(r, r) for r in inschakelen]
    contact = f" (jeugdarts: {jeugdarts_contact(profiel)})" if "jeugdarts" in inschakelen else ""
    samen = namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]
    if duo == "bij_twijfel":
        duo_zin = ("Meld bij DUO alleen als de school twijfelt of de leerling echt ziek is (een patroon, geen geldige "
                   "reden bij de ziekmelding, niet thuis bij controle): dat meldt zij als vermoedelijk ongeoorloofd "
                   "verzuim. Ziekte zelf is geoorloofd verzuim en geen melding bij DUO.")
    else:
        duo_zin = ("Ziekteverzuim is geoorloofd: het is geen melding bij DUO. Twijfelt de school of de leerling echt "
                   "ziek is, dan bespreekt zij dat eerst met de ouders en de jeugdarts; blijft het vermoeden van "
                   "ongeoorloofd verzuim, dan meldt zij dat verzuim.")
    return {"inschakelen": inschakelen, "duo": duo, "inschakelen_tekst": samen, "duo_zin": duo_zin,
            "inschakelen_zin": (f"Vraag, met toestemming van leerling en ouders, advies aan de jeugdarts: "
                                f"{jeugdarts_contact(profiel)}." if inschakelen == ["jeugdarts"] else
                                f"Zeg de ouders dat {samen} worden ingeschakeld, en schakel hen in{contact}.")}


def _oordeel(signalen: list[dict], meldingen: list[dict], profiel) -> tuple[str, list[str]]:
    if signalen:
        eerste = signalen[0]
        regel = melden_bij_ziekte(profiel)
        kern = (f"Zorgwekkend ziekteverzuim: ja, sinds {datum_nl(dt.date.fromisoformat(eerste['datum']))} — "
                f"{eerste['omschrijving']}.")
        return kern, ["Ga in gesprek met de leerling en de ouders over het ziekteverzuim.",
                      regel["inschakelen_zin"], regel["duo_zin"]]
    if not meldingen:
        return "Zorgwekkend ziekteverzuim: nee. Er zijn geen ziekmeldingen ingevoerd.", []
    return ("Zorgwekkend ziekteverzuim: nee. Geen van de criteria van deze regio is bereikt.",
            ["Maakt u zich toch zorgen, ga dan eerder in gesprek met de leerling en de ouders."])


CRITERIA = {
    "meldingen_in_schoolweken": _meldingen_in_schoolweken,
    "aaneengesloten_dagen": _aaneengesloten_dagen,
    "aaneengesloten_uren": _aaneengesloten_uren,
    "meldingen_per_schooljaar": lambda m, k, u, p: _per_schooljaar(m, u, p, "meldingen"),
    "dagen_per_schooljaar": lambda m, k, u, p: _per_schooljaar(m, u, p, "dagen"),
}


def _ziekteverzuim(w: dict, uitleg) -> dict:
    kal = kalender_voor(w, uitleg.profiel, uitleg)
    criteria = criteria_voor(uitleg.profiel, w["onderwijssoort"])
    meldingen = _lees_meldingen(w, kal)
    return beoordeel(meldingen, criteria, kal, uitleg, w.get("peildatum"), w["_vandaag"])


def criteria_voor(profiel, soort: str) -> list[str]:
    criteria = profiel.ziekteverzuim.get(soort, [])
    onbekend = [c for c in criteria if c not in CRITERIA]
    if onbekend:
        raise InvoerFout(Fout("regio", f"Het profiel noemt onbekende M@ZL-criteria: {', '.join(onbekend)}."))
    return criteria


def lees_meldingen(ziekmeldingen: list[dict], kal, peildatum: dt.date | None, vandaag: dt.date) -> list[dict]:
    """Checked sick reports ({eerste_dag, laatste_dag|None, uren|None}) as the rule reads them."""
    return _lees_meldingen({"ziekmeldingen": ziekmeldingen, "peildatum": peildatum, "_vandaag": vandaag}, kal)


def beoordeel(meldingen: list[dict], criteria: list[str], kal, uitleg, peildatum: dt.date | None,
              vandaag: dt.date | None = None) -> dict:
    """The rule itself, from read sick reports: ziekteverzuim and verzuimoverzicht both call this.
    ``vandaag`` is the date the answer is for ('stand op'): the peildatum, else today."""
    peil = peildatum or (meldingen[-1]["eerste_dag"] if meldingen else None)
    regel = melden_bij_ziekte(uitleg.profiel)
    uitleg.stap("Ziekteverzuim is geoorloofd verzuim. Bij zorgwekkend ziekteverzuim gaat de school in gesprek met "
                f"leerling en ouders en schakelt {regel['inschakelen_tekst']} in. {regel['duo_zin']}",
                uitleg.profiel.parameter("mazl_ziekmeldingen")[0].bron)
    signalen: list[dict] = []
    for c in criteria:
        signalen += CRITERIA[c](meldingen, kal, uitleg, peil)
    signalen.sort(key=lambda s: s["datum"])
    if not meldingen:
        uitleg.stap("Er zijn geen ziekmeldingen ingevoerd: geen signaal.")
    elif not signalen:
        uitleg.stap("Geen van de criteria is bereikt. Maakt u zich toch zorgen, ga dan eerder in gesprek.")
    stand_op = peildatum or vandaag or dt.date.today()
    kern, wat_nu = _oordeel(signalen, meldingen, uitleg.profiel)
    return {"kern": kern, "wat_nu": wat_nu, "stand_op": stand_op.isoformat(),
            "signalen": signalen, "zorgwekkend": bool(signalen), "criteria": criteria,
            "inschakelen": regel["inschakelen"] if signalen else [],
            "duo_melding": regel["duo"] if signalen else "nee",
            "ziekmeldingen": len(meldingen), "ziektedagen": sum(len(m["dagen"]) for m in meldingen)}


def passende_documenten(invoer: dict, antwoord: dict, profiel) -> list[str]:
    return ["aanmelding_mazl", "uitnodiging_verzuimgesprek"] if antwoord.get("zorgwekkend") else []


# The M@ZL criteria as a reader says them; the overview's answers carry them too (it reuses beoordeel).
# (melden_bij_ziekte's "bij_twijfel" is shared with the stappenplan: calculators/uitvoer.py GEDEELDE_CODES.)
CODES = {
    "meldingen_in_schoolweken": "aantal ziekmeldingen in een aantal schoolweken",
    "aaneengesloten_dagen": "aaneengesloten schooldagen ziek",
    "aaneengesloten_uren": "aaneengesloten uren ziek",
    "meldingen_per_schooljaar": "ziekmeldingen per schooljaar",
    "dagen_per_schooljaar": "ziektedagen per schooljaar",
}
# The choices of beoordeel, which the overview also applies.
KEUZES = ("mazl_ziekmelding_is_episode", "mazl_aaneengesloten_schooldagen", "mazl_per_schooljaar")

ZIEKTEVERZUIM = Rekenhulp(
    "ziekteverzuim", "Is dit ziekteverzuim zorgwekkend (M@ZL)?",
    "Uit de ziekmeldingen: of en wanneer de criteria van M@ZL of van de regio zijn bereikt.",
    [Veld("onderwijssoort", "keuze", "Onderwijssoort", opties=ONDERWIJSSOORTEN, verplicht=True, standaard="vo"),
     Veld("ziekmeldingen", "lijst", "Ziekmeldingen",
          "Eén regel per ziekmelding: eerste en laatste ziektedag (leeg als de leerling nog ziek is) en, waar de "
          "regio met uren rekent, het aantal gemiste uren. U kunt ook regels uit een spreadsheet plakken.",
          standaard=[],
          kolommen=(Veld("eerste_dag", "datum", "Eerste ziektedag", verplicht=True),
                    Veld("laatste_dag", "datum", "Laatste ziektedag"),
                    Veld("uren", "getal", "Gemiste uren", maximum=2000)))],
    bereken=_ziekteverzuim, kalender=True,
    codes=CODES, keuzes=("schoolkalender_regio", *KEUZES),
    uitvoer={
        "signalen": ("Signalen", ""),
        "datum": ("Datum", ""),
        "criterium": ("Criterium", ""),
        "omschrijving": ("Omschrijving", ""),
        "zorgwekkend": ("Zorgwekkend ziekteverzuim", ""),
        "criteria": ("Criteria van deze regio", ""),
        "ziekmeldingen": ("Ziekmeldingen", ""),
        "ziektedagen": ("Schooldagen ziek", ""),
        "inschakelen": ("In te schakelen", "niemand (geen signaal)"),
        "duo_melding": ("Melden bij DUO", ""),
    },
    documenten=passende_documenten)
