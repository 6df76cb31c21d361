"""The values a document is filled with, read from the run() answer (and the input it answered).

Nothing is computed again here: dates, hours, decisions, deciders and steps are the answer's own; this
module only writes them in Dutch. What the answer does not have (a name, the letter's date) stays a blank.
"""

from __future__ import annotations

import datetime as dt

from .. import profielen
from ..fouten import datum_nl, lees_datum
from ..uitvoer import beschrijving
from .laden import Leeg

VERLOFSOORTEN = {"vakantie": "vakantieverlof", "gewichtige_omstandigheden": "verlof wegens gewichtige omstandigheden",
                 "religieus": "verlof voor een religieuze verplichting"}


def datum(iso, leeg: Leeg):
    """'maandag 6 oktober 2025' from an ISO date, or the blank when the answer has none."""
    if not iso:
        return leeg
    # the input as typed may be Dutch ('02-03-2027'): read it as the form's fields are read (issue 21)
    return datum_nl(iso if isinstance(iso, dt.date) else lees_datum(str(iso), "datum"))


def getal(w) -> str:
    if isinstance(w, float) and w.is_integer():
        w = int(w)
    return str(w).replace(".", ",")


def _bron_tekst(bron: dict | None) -> str:
    if not bron:
        return ""
    delen = [bron.get("titel", ""), bron.get("artikel", "")]
    return ", ".join(d for d in delen if d) + (f" ({bron['url']})" if bron.get("url") else "")


def algemeen(profiel: profielen.Profiel, antwoord: dict) -> dict:
    """Values every document may use: the region and the texts of its parameters (``p_<id>``)."""
    uit = {"regio_naam": antwoord.get("regio_naam") or profiel.naam,
           "regio_kort": profiel.regio.get("korte_naam") or profiel.naam,
           "protocol": profiel.regio.get("bron_document") or "de Leerplichtwet 1969"}
    for pid in profiel.parameters:
        uit[f"p_{pid}"] = profiel.parameter(pid)[0].tekst()
    wet = profielen.laad(profielen.BASIS)  # 'de wet zegt …' quotes the law, not a region's restatement of it
    for pid in wet.parameters:
        uit[f"wet_{pid}"] = wet.parameter(pid)[0].tekst()
    # The region's organisations that the profile gives a way to reach.
    uit["contacten"] = [", ".join([o["naam"], *(o[k] for k in ("telefoon", "email", "website") if o.get(k))])
                        for o in profiel.organisaties if any(o.get(k) for k in ("telefoon", "email", "website"))]
    return uit


def verlof(invoer: dict, antwoord: dict, open_: dict[str, Leeg]) -> dict:
    soort = invoer.get("soort", "")
    return {
        "verlofsoort": VERLOFSOORTEN.get(soort, soort),
        "eerste_dag": datum(invoer.get("eerste_dag"), open_["eerste_dag"]),
        "laatste_dag": datum(invoer.get("laatste_dag"), open_["laatste_dag"]),
        "aanvraagdatum": datum(invoer.get("aanvraagdatum"), open_["aanvraagdatum"]),
        "schooldagen": getal(antwoord.get("schooldagen", 0)),
        # vakantieverlof: max_dagen; gewichtige omstandigheden: how far the directeur decides alone
        "max_dagen": getal(antwoord.get("max_dagen", antwoord.get("directeur_tot_en_met", ""))),
        "totaal_dit_schooljaar": getal(antwoord.get("totaal_dit_schooljaar", antwoord.get("schooldagen", 0))),
        "uiterlijk_aanvragen": datum(antwoord.get("uiterlijk_aanvragen"), open_["aanvraagdatum"]),
        "overwegingen": list(antwoord.get("redenen", [])),
        # Fixed rules refuse it: the reasons are the answer's. Otherwise the directeur adds an own assessment.
        "_weglaten": ["beoordeling"] if antwoord.get("toegestaan") is False else [],
        "beslisser": beschrijving("verlof")["codes"].get(antwoord.get("beslisser") or "", "de directeur van de school"),
    }


def melding(antwoord: dict) -> dict:
    codes = beschrijving("melding_16_uur")["codes"]
    meldingen = antwoord.get("meldingen", [])
    blokken = []
    for i, m in enumerate(meldingen, start=1):
        soort = codes.get(m["soort"], m["soort"])
        regels = [
            f"## Melding {i}: {soort}",
            "",
            f"- [ ] Soort verzuim: {soort}",
            f"- [ ] Begindatum (eerste verzuimdag): {datum_nl(dt.date.fromisoformat(m['begindatum']))}",
            "- [ ] Einddatum: " + (datum_nl(dt.date.fromisoformat(m["einddatum"])) if m.get("einddatum") else
                                   "nog open: vul die in zodra de leerling terug is of is uitgeschreven"),
            f"- [ ] Verzuimde uren in deze periode: {getal(m['uren'])} uur",
        ]
        if m.get("melden_uiterlijk"):
            regels.append(f"- [ ] Uiterlijk melden: {datum_nl(dt.date.fromisoformat(m['melden_uiterlijk']))}")
        blokken.append("\n".join(regels))
    eerste = meldingen[0]["begindatum"] if meldingen else None
    laatste = max((m.get("einddatum") or m["begindatum"] for m in meldingen), default=None)
    return {"meldingen_lijst": "\n\n".join(blokken), "aantal_meldingen": str(len(meldingen)),
            "totaal_uren": getal(antwoord.get("totaal_uren", 0)), "verzuimdagen": getal(antwoord.get("verzuimdagen", 0)),
            "eerste_verzuimdag": datum(eerste, Leeg("eerste_verzuimdag", "eerste verzuimdag")),
            "laatste_einddatum": datum(laatste, Leeg("laatste_einddatum", "laatste verzuimdag"))}


def ziekte(invoer: dict, antwoord: dict) -> dict:
    codes = beschrijving("ziekteverzuim")["codes"]
    signalen = antwoord.get("signalen", [])
    return {
        "signalen": [f"{datum_nl(dt.date.fromisoformat(s['datum']))}: {s['omschrijving']} (bron: "
                     f"{_bron_tekst(s.get('bron'))})" for s in signalen],
        "eerste_signaal": datum(signalen[0]["datum"] if signalen else None, Leeg("eerste_signaal", "datum signaal")),
        "ziekmeldingen": getal(antwoord.get("ziekmeldingen", 0)),
        "ziektedagen": getal(antwoord.get("ziektedagen", 0)),
        "criteria": [codes.get(c, c) for c in antwoord.get("criteria", [])],
    }


def stap(invoer: dict, antwoord: dict, stap_: dict) -> dict:
    from ..regels.stappenplan import VELDEN_TELLINGEN, tellingen_labels

    labels = tellingen_labels(profielen.laad(antwoord.get("regio") or profielen.BASIS))
    feiten = [f"{labels[v.naam]}: {getal(invoer[v.naam])}" for v in VELDEN_TELLINGEN
              if invoer.get(v.naam) not in (None, "")]
    uit = {"stap_titel": stap_["titel"], "in_regie": stap_.get("in_regie") or "niet genoemd in het protocol",
           "betrokken": stap_.get("betrokken") or ["(het protocol noemt niemand)"],
           "acties": stap_.get("acties") or ["(het protocol noemt geen acties)"],
           "redenen": stap_.get("redenen", []), "stap_bron": _bron_tekst(stap_.get("bron")) or "het protocol",
           "feiten": feiten or ["(geen tellingen ingevuld)"]}
    # The escalation table (regions with deadlines): the step of now and the next one, with their dates.
    rijen = antwoord.get("escalatie") or []
    nu = next((r for r in rijen if r.get("status") == "nu"), None)
    later = next((r for r in rijen if r.get("status") == "later"), None)
    if later:
        wanneer = "".join(f", {tekst} {datum_nl(dt.date.fromisoformat(later[k]))}"
                          for k, tekst in (("datum_van", "vanaf"), ("datum_tot", "uiterlijk afgerond op")) if later.get(k))
        uit["volgende_stap"] = f"{later['titel']}{wanneer} (opschalingsroute van {antwoord.get('regio_naam', '')})"
    if nu and nu.get("datum_tot"):
        uit["termijn_nu"] = (f"De huidige opschalingsstap ({nu['titel']}) loopt tot "
                             f"{datum_nl(dt.date.fromisoformat(nu['datum_tot']))}.")
    else:
        uit["termijn_nu"] = ""
    return uit
