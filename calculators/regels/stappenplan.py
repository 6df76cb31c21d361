"""Stappenplan: which step of the region's protocol applies now, who is in charge, and (where the
region has them) the escalation dates counted from the first date of zorgwekkend verzuim.

The steps and their conditions are profile data (``[[stap]]`` with ``als``); conditions refer to
parameters, so the thresholds follow the profile.
"""

from __future__ import annotations

import datetime as dt

from .. import profielen
from ..fouten import datum_nl
from ..invoer import Rekenhulp, Veld
from ..tekst import begin_klein, getal_nl, zin
from ..uitleg import regionaal_verschil
from ..woordenschat import STAP_GRENZEN
from . import ziekte

# Counts of sick reports and sick time: a step reached through these alone is about geoorloofd verzuim.
ZIEKTE_VELDEN = ("ziekmeldingen_12_weken", "aaneengesloten_ziektedagen", "aaneengesloten_ziekte_uren",
                 "ziekmeldingen_schooljaar", "ziektedagen_schooljaar")

_TOETSEN = {"vanaf": lambda x, g: x >= g, "boven": lambda x, g: x > g, "tot": lambda x, g: x < g,
            "tot_en_met": lambda x, g: x <= g}
# operator -> (sign, test); the operators and their signs are the profile vocabulary's
OPERATOREN = {op: (teken, _TOETSEN[op]) for op, (teken, _) in STAP_GRENZEN.items()}


def _landelijk(pid: str) -> str:
    """A national value for a form label, so labels follow the profile too."""
    try:
        return profielen.laad(profielen.BASIS).parameter(pid)[0].tekst()
    except Exception:  # labels must never break the package import
        return "de meldperiode"


def _gemeenten() -> tuple[tuple[str, str], ...]:
    namen: set[str] = set()
    try:
        for rid in profielen.regio_ids():
            for e in profielen.laad(rid).escalatie:
                namen.update(e.get("overslaan", []))
                namen.update(e.get("per_gemeente", {}))
    except Exception:
        pass
    return tuple((n, n) for n in sorted(namen))


def _regios(gebruikt) -> tuple[str, ...]:
    """The regions whose profile uses a field (``gebruikt(profiel)``); () when all do, so every form shows it."""
    try:
        ids = profielen.regio_ids()
        wel = tuple(r for r in ids if gebruikt(profielen.laad(r)))
    except Exception:  # the import must not break on a profile problem; profiel-check reports it
        return ()
    return () if len(wel) == len(ids) else wel


def _in_stappen(veld: str):
    return _regios(lambda p: any(v.get("veld") == veld for s in p.stappen for v in s.get("als", [])))


VELDEN_TELLINGEN = [
    Veld("ongeoorloofde_uren", "getal", f"Uren ongeoorloofd verzuim in de laatste {_landelijk('melding_lesweken')}",
         "Opgeteld over de meldperiode; leeg als onbekend.", maximum=1000),
    Veld("keer_te_laat", "geheel", "Keer te laat gekomen", "In de periode die het protocol van de regio noemt.",
         maximum=1000, regios=_in_stappen("keer_te_laat")),
    Veld("ziekmeldingen_12_weken", "geheel", f"Ziekmeldingen in de laatste {_landelijk('mazl_schoolweken')}",
         maximum=100),
    Veld("aaneengesloten_ziektedagen", "geheel", "Schooldagen aaneengesloten ziek (nu)", maximum=400,
         regios=_in_stappen("aaneengesloten_ziektedagen")),
    Veld("aaneengesloten_ziekte_uren", "getal", "Uren aaneengesloten ziek (nu)", maximum=5000,
         regios=_in_stappen("aaneengesloten_ziekte_uren")),
    Veld("weken_aaneengesloten_afwezig", "getal", "Weken aaneengesloten afwezig (nu)",
         "Ongeoorloofd of zonder passend onderwijs; tel vakantieweken niet mee.", maximum=200),
    Veld("weken_aaneengesloten_niet_op_school", "getal", "Weken aaneengesloten niet op school, ook ziek of met "
         "geldige reden (nu)", "Elke afwezigheid telt: ongeoorloofd, ziek of met toestemming; tel vakantieweken "
         "niet mee.", maximum=200, regios=_in_stappen("weken_aaneengesloten_niet_op_school")),
    Veld("ziekmeldingen_schooljaar", "geheel", "Ziekmeldingen dit schooljaar",
         "Voor de criteria per schooljaar (primair onderwijs).", maximum=400,
         regios=_in_stappen("ziekmeldingen_schooljaar")),
    Veld("ziektedagen_schooljaar", "geheel", "Schooldagen ziek dit schooljaar",
         "Voor de criteria per schooljaar (primair onderwijs).", maximum=400,
         regios=_in_stappen("ziektedagen_schooljaar")),
]


# What the stappenplan's result fields are called for a reader (the overview reuses them per pupil).
UITVOER = {
    "stappen": ("Stappen die nu gelden, zwaarste eerst", ""),
    "id": ("Kenmerk", ""),
    "in_regie": ("Regie bij", ""),
    "betrokken": ("Betrokken", ""),
    "acties": ("Wat te doen", ""),
    "escalatie": ("Escalatieladder", ""),
    "nummer": ("Nr.", ""),
    "doel": ("Doel", ""),
    "termijn": ("Termijn", ""),
    "datum_van": ("Van", ""),
    "datum_tot": ("Tot", ""),
    "status": ("Stand", ""),
    "van_toepassing": ("Geldt in deze gemeente", ""),
    "per_gemeente": ("In deze gemeente", ""),
    "duo_melding": ("Melden bij DUO", ""),
}


def tellingen_labels(profiel, peil=None) -> dict[str, str]:
    """The count fields' names with the periods of the region (the form's labels carry the law's, read once)."""
    return dict(profiel.onthoud(("tellingen_labels", peil), lambda: _tellingen_labels(profiel, peil)))


def _tellingen_labels(profiel, peil) -> dict[str, str]:
    labels = {v.naam: v.label for v in VELDEN_TELLINGEN}
    try:
        labels["ongeoorloofde_uren"] = (f"Uren ongeoorloofd verzuim in de laatste "
                                        f"{profiel.parameter('melding_lesweken', peil)[0].tekst()}")
        labels["ziekmeldingen_12_weken"] = (f"Ziekmeldingen in de laatste "
                                            f"{profiel.parameter('mazl_schoolweken', peil)[0].tekst()}")
    except Exception:  # a profile without these periods keeps the form's labels
        pass
    return labels


def _labels(uitleg, peil) -> dict[str, str]:
    return tellingen_labels(uitleg.profiel, peil)


def _geldt(stap: dict, w: dict, uitleg, peil, velden: set | None = None) -> list[str]:
    """The reasons a step applies (empty when it does not); the fields that made it apply go to ``velden``."""
    redenen = []
    labels = _labels(uitleg, peil)
    for voorwaarde in stap.get("als", []):
        waarde = w.get(voorwaarde["veld"])
        if not waarde:  # counts of problems: empty or 0 is no signal, also under an upper bound alone
            continue
        delen, ok = [], True
        for op, (teken, toets) in OPERATOREN.items():
            if op in voorwaarde:
                p = uitleg.param(voorwaarde[op], peil)
                ok = ok and toets(waarde, p.waarde)
                delen.append(f"{teken} {p.tekst()}")
        if ok:
            for op in OPERATOREN:
                if op in voorwaarde:
                    regionaal_verschil(uitleg, voorwaarde[op], peil)
            redenen.append(f"{labels[voorwaarde['veld']]}: {getal_nl(waarde)} ({' en '.join(delen)})")
            if velden is not None:
                velden.add(voorwaarde["veld"])
    return redenen


def _bron(stap: dict, profiel) -> dict | None:
    sleutel = stap.get("bron")
    if not sleutel or sleutel not in profiel.bronnen:
        return None
    b = profiel.bronnen[sleutel]
    return {"titel": b["titel"], "artikel": stap.get("artikel", ""), "url": b.get("url", "")}


def _escalatie(profiel, w: dict, uitleg, peil) -> list[dict]:
    """The escalation table with dates. A step without its own start begins where the previous
    applicable step's deadline ends, so exactly one step is 'nu' between two deadlines."""
    eerste = w.get("eerste_datum_zorgwekkend")
    gemeente = w.get("gemeente")
    nu = (w.get("peildatum") or w["_vandaag"]).isoformat()
    uit, vorige_einde = [], eerste.isoformat() if eerste else None
    for e in profiel.escalatie:
        van = uitleg.param(e["termijn_van"], peil) if e.get("termijn_van") else None
        tot = uitleg.param(e["termijn_tot"], peil) if e.get("termijn_tot") else None
        termijn = " tot ".join(p.tekst() for p in (van, tot) if p)
        van_toepassing = gemeente not in e.get("overslaan", []) if gemeente else None
        rij = {"nummer": e.get("nummer"), "titel": e["titel"], "doel": e.get("doel", ""), "termijn": termijn,
               "datum_van": None, "datum_tot": None, "status": None, "van_toepassing": van_toepassing,
               "per_gemeente": e.get("per_gemeente", {}).get(gemeente) if gemeente else None}
        if eerste is not None:
            if van:
                rij["datum_van"] = (eerste + dt.timedelta(weeks=van.waarde)).isoformat()
            if tot:
                rij["datum_tot"] = (eerste + dt.timedelta(weeks=tot.waarde)).isoformat()
            start = rij["datum_van"] or vorige_einde
            einde = rij["datum_tot"] or rij["datum_van"]
            if van_toepassing is False:
                rij["status"] = "overgeslagen"
            elif einde and nu > einde:
                rij["status"] = "verstreken"
            elif start and nu >= start:
                rij["status"] = "nu"
            else:
                rij["status"] = "later"
            if van_toepassing is not False and rij["datum_tot"]:
                vorige_einde = rij["datum_tot"]
        uit.append(rij)
    geldend = [r for r in uit if r["status"] not in (None, "overgeslagen")]
    if geldend and all(r["status"] == "verstreken" for r in geldend):
        # every deadline has passed: the top of the ladder is due now, not "nothing to do"
        geldend[-1]["status"] = "nu_te_laat"
    if uit:
        bron = _bron({"bron": next(iter(profiel.bronnen)), "artikel": "opschalingsroute"}, profiel)
        if eerste is None:
            uitleg.stap(f"{profiel.naam} schaalt op met termijnen vanaf de eerste datum van zorgwekkend verzuim. Vul die "
                        "datum in om de data te zien.", bron)
        else:
            nu_rijen = [r for r in uit if r["status"] in ("nu", "nu_te_laat")]
            if nu_rijen and nu_rijen[0]["status"] == "nu_te_laat":
                wat = (f"zijn alle termijnen verstreken, dus de hoogste stap is nu aan de beurt: "
                       f"{nu_rijen[0]['titel']}")
            elif nu_rijen:
                wat = "is aan de beurt: " + ", ".join(r["titel"] for r in nu_rijen)
            else:
                wat = "is nog geen opschalingsstap aan de beurt (de eerste termijn is nog niet begonnen)"
            uitleg.stap(f"Eerste datum zorgwekkend verzuim: {datum_nl(eerste)}. Op {datum_nl(dt.date.fromisoformat(nu))} "
                        f"{wat}.", bron)
    return uit


def _stappenplan(w: dict, uitleg) -> dict:
    profiel = uitleg.profiel
    peil = w.get("peildatum") or w["_vandaag"]  # the steps are about now
    uitleg.keuze("stappenplan_hoogste_stap")
    gevonden, velden = [], set()
    for stap in profiel.stappen:
        if stap.get("standaard"):
            continue
        redenen = _geldt(stap, w, uitleg, peil, velden)
        if redenen:
            gevonden.append((stap, redenen))
    drempel_bereikt = bool(gevonden)
    if not gevonden:
        gevonden = [(s, ["Geen van de drempels van het stappenplan is bereikt."]) for s in profiel.stappen
                    if s.get("standaard")]
    stappen = []
    for stap, redenen in reversed(gevonden):  # heaviest first: profiles list steps light to heavy
        bron = _bron(stap, profiel)
        for k in stap.get("keuzes", []):  # where the step's threshold reads its source (profile: keuzes)
            uitleg.keuze(k)
        stappen.append({"id": stap["id"], "titel": stap["titel"], "in_regie": stap.get("in_regie"),
                        "betrokken": stap.get("betrokken", []), "acties": stap.get("acties", []),
                        "redenen": redenen, "bron": bron})
        uitleg.stap(f"{stap['titel']} — in regie: {stap.get('in_regie', 'niet genoemd')}. {zin('; '.join(redenen))}", bron)
    if all(w.get(v.naam) is None for v in VELDEN_TELLINGEN):
        uitleg.waarschuwing("U hebt geen tellingen ingevuld: alleen de basisstap wordt getoond.")
    escalatie = _escalatie(profiel, w, uitleg, peil)
    duo, duo_zin = duo_melding(w, velden, profiel, uitleg, peil, [s for s, _ in gevonden])
    kern, wat_nu = _oordeel(stappen, escalatie, drempel_bereikt, _onder_drempel(w, _labels(uitleg, peil)))
    if duo_zin and duo_zin not in wat_nu:
        wat_nu.append(duo_zin)
    return {"kern": kern, "wat_nu": wat_nu, "stand_op": peil.isoformat(), "stappen": stappen, "escalatie": escalatie,
            "duo_melding": duo}


def duo_melding(w: dict, velden: set, profiel, uitleg, peil, stappen: list[dict] = ()) -> tuple[str, str | None]:
    """DUO yes/no from the same rules the other calculators use:
    "ja": the law's melding, as melding_16_uur finds it (the meldgrens of art. 21a Lpw, or langdurig relatief
    verzuim after more than the LRV weeks); "regionaal": a step of the region's protocol asks a melding the law
    does not (profile: ``meldt_bij_duo = true`` on the step); for sickness the region's rule
    (ziekte.melden_bij_ziekte: "nee" or "bij_twijfel"); else "nee"."""
    uren, weken = w.get("ongeoorloofde_uren"), w.get("weken_aaneengesloten_afwezig")
    if uren and uren >= uitleg.param("melding_uren", peil).waarde:
        return "ja", None
    if weken and weken > uitleg.param("lrv_weken", peil).waarde:
        return "ja", None
    if any(s.get("meldt_bij_duo") for s in stappen):
        return "regionaal", None
    if velden & set(ZIEKTE_VELDEN):
        regel = ziekte.melden_bij_ziekte(profiel)
        return regel["duo"], regel["duo_zin"]
    return "nee", None


def _onder_drempel(w: dict, labels: dict[str, str]) -> list[str]:
    """Counts the school gave that reach no threshold: still absence, never 'the pupil is at school'."""
    return [f"{begin_klein(labels[v.naam])}: {getal_nl(w[v.naam])}" for v in VELDEN_TELLINGEN if w.get(v.naam)]


def _oordeel(stappen: list[dict], escalatie: list[dict], drempel_bereikt: bool,
             onder: list[str]) -> tuple[str, list[str]]:
    """The current step in one sentence, its actions, and where the escalation ladder stands."""
    nu = stappen[0]
    regie = f" (regie: {nu['in_regie']})" if nu.get("in_regie") else ""
    acties = [zin(a) for a in nu.get("acties", [])]
    if drempel_bereikt:
        stap_zin = f"Nu aan de beurt: {begin_klein(nu['titel'])}{regie}."
    elif onder:
        # absence below every threshold: the school acts itself, under the basisstap's regie
        stap_zin = (f"Er is verzuim ({'; '.join(onder)}), maar nog geen drempel van het stappenplan is bereikt: "
                    f"de school pakt het zelf aan{regie}.")
        acties = ["Bespreek het verzuim met de leerling en de ouders en houd het bij; meld het als een drempel "
                  "wordt bereikt.", *acties]
    else:
        stap_zin = f"Geen drempel van het stappenplan is bereikt, dus geldt de basisstap: {begin_klein(nu['titel'])}{regie}."
    ladder = [r for r in escalatie if r["status"] in ("nu", "nu_te_laat")]
    if not ladder:
        return stap_zin, acties
    rij = ladder[0]
    if rij["status"] == "nu_te_laat":
        kern = (f"Alle termijnen van de opschaling zijn verstreken (de laatste op "
                f"{datum_nl(dt.date.fromisoformat(rij['datum_tot']))}): de hoogste stap is nu aan de beurt, "
                f"{begin_klein(rij['titel'])}.")
    else:
        tot = rij["datum_tot"] or rij["datum_van"]
        kern = (f"Opschaling: nu aan de beurt is {begin_klein(rij['titel'])}"
                + (f", uiterlijk tot {datum_nl(dt.date.fromisoformat(tot))}." if tot else "."))
    # One step is 'aan de beurt' (the ladder's); what the counts add is said as 'daarnaast', never as a second 'nu'.
    if drempel_bereikt:
        tellingen = f"Daarnaast geldt volgens de tellingen: {begin_klein(nu['titel'])}{regie}."
    else:
        tellingen = "Volgens de tellingen is nog geen drempel van het stappenplan bereikt."
    return kern, [tellingen, *acties]


# A step of a region's stappenplan names its documents in the profile (``documenten = [...]`` in a
# ``[[stap]]``); a step without that list asks for a verzuimverslag, the record every protocol wants of a step.
STAP_STANDAARD = ["verzuimverslag"]


def stappen_met_documenten(antwoord: dict, profiel: profielen.Profiel) -> list[tuple[dict, list[str]]]:
    """The answer's steps (heaviest first) that ask for documents, with the documents they ask for."""
    in_profiel = {s["id"]: s for s in profiel.stappen}
    uit = []
    for stap in antwoord.get("stappen", []):
        bron = in_profiel.get(stap["id"], {})
        if bron.get("standaard"):
            continue  # the basic step: no verzuim to write about
        uit.append((stap, list(bron.get("documenten", STAP_STANDAARD))))
    return uit


def passende_documenten(invoer: dict, antwoord: dict, profiel: profielen.Profiel) -> list[str]:
    uit: list[str] = []
    for _, soorten in stappen_met_documenten(antwoord, profiel):
        uit += [s for s in soorten if s not in uit]
    return uit


# Codes in its answers (a step's state, why a step asks a melding); the overview's answers carry them too.
CODES = {
    "overgeslagen": "overgeslagen in deze gemeente",
    "verstreken": "termijn verstreken",
    "nu": "nu aan de beurt",
    "later": "nog niet aan de beurt",
    "nu_te_laat": "nu aan de beurt: alle termijnen zijn verstreken",
    "regionaal": "volgens de afspraak van de regio (de wet vraagt het niet)",
}
# Its own choice, and those a step of a region's protocol names (``keuzes = [...]`` in its [[stap]]; the texts
# are in that region's profile): a region that names a new one in a step adds it here.
KEUZES = ("stappenplan_hoogste_stap", "stappenplan_periode_meldgrens", "stappenplan_grens_sluit_aan",
          "stappenplan_grens_uit_definitie", "stappenplan_ziekte_zonder_twijfel",
          "thuiszitter_meer_dan_vier_weken")

STAPPENPLAN = Rekenhulp(
    "stappenplan", "Welke stap van het stappenplan geldt nu?",
    "Uit wat de school weet (verzuimuren, te laat, ziekmeldingen, weken afwezig): de stappen van het "
    "stappenplan van de regio, wie de regie heeft en wat er moet gebeuren.",
    [*VELDEN_TELLINGEN,
     Veld("eerste_datum_zorgwekkend", "datum", "Eerste datum zorgwekkend verzuim",
          "De eerste schooldag waarop het verzuim zorgwekkend was (een drempel van het stappenplan werd bereikt); "
          "de termijnen van de opschaling tellen vanaf die dag.", regios=_regios(lambda p: bool(p.escalatie))),
     Veld("gemeente", "keuze", "Gemeente", "De opschaling verschilt per gemeente.", opties=_gemeenten(),
          regios=_regios(lambda p: any(e.get("overslaan") or e.get("per_gemeente") for e in p.escalatie)))],
    bereken=_stappenplan,
    codes=CODES, keuzes=KEUZES,
    uitvoer=UITVOER,
    documenten=passende_documenten)


# The inner rule with checked values, shared with verzuimoverzicht (one pupil at a time, no re-validation).
bepaal = _stappenplan
