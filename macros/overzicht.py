"""The {{ verzuimoverzicht() }} macro: the Verzuimoverzicht's controls, rendered at build time.

Labelled and readable before any JavaScript runs; assets/rekenhulp/overzicht.mjs (loaded by the glue
only on a page with this block) binds them to the Pyodide worker. Fields, labels and options come from
schema("verzuimoverzicht"), contacts from the region profiles: nothing is typed here twice.
"""

from __future__ import annotations

import json
from html import escape

from calculators import profielen, schema
from macros import paginacontext
from macros.rekenhulp import DATUM_HULP, datumveld

NAAM = "verzuimoverzicht"
# The schema's fields the page shows as settings, in this order; the file itself is the file input, and
# 'kolommen' and 'codes' are the mapping tables that appear once a file has been read.
INSTELLINGEN = ("regio", "vakantieregio", "onderwijssoort", "lesuur_minuten", "las", "peildatum", "vrije_dagen")
MEER = ("schooldag_begin", "schooldag_eind")
# Remembered in the browser (never pupil data); the dates are per file, so they are not.
ONTHOUDEN = {"regio", "vakantieregio", "onderwijssoort", "lesuur_minuten", "las", "schooldag_begin", "schooldag_eind"}
HULP = {"regio": "Het regioprotocol dat u volgt; ‘Landelijk (de wet)’ is alleen de wet.",
        "peildatum": "Leeg: vandaag. Regels na deze datum worden gemeld maar niet als verzuim geteld. " + DATUM_HULP,
        # one school has one calendar: no 'all three' here (the other calculators give that)
        "vakantieregio": "De schoolvakanties volgen de gemeente van de school; in Gelderland, Utrecht, Flevoland en "
                         "Noord-Brabant verschilt dat per gemeente. Leeg: de vakantieregio van de gekozen regio. "
                         "Bij ‘Landelijk’ is er geen: kies dan de vakantieregio van de school."}


def _a(tekst) -> str:
    return escape("" if tekst is None else str(tekst), quote=True)


def _invoer(veld: dict, vid: str, waarde) -> str:
    naam = veld["naam"]
    attrs = (f' id="{vid}" name="{_a(naam)}" aria-describedby="{vid}-hulp {vid}-fout"'
             + (' data-onthouden' if naam in ONTHOUDEN else ""))
    if veld["type"] == "keuze":
        opties = [] if veld.get("standaard") not in (None, "") else ['<option value="">(van de regio)</option>']
        opties += [f'<option value="{_a(o["waarde"])}"{" selected" if o["waarde"] == waarde else ""}>{_a(o["label"])}'
                   '</option>' for o in veld["opties"]]
        return f'<select{attrs}>{"".join(opties)}</select>'
    if veld["type"] == "datum":  # the other forms' date field (dd-mm-jjjj text; macros/rekenhulp.py says why)
        return datumveld("", waarde, attrs)
    if veld["type"] == "datumlijst":
        return f'<textarea rows="2"{attrs}></textarea>'
    if veld["type"] in {"geheel", "getal"}:
        return (f'<input type="text" inputmode="numeric" autocomplete="off" class="vw-getal" value="{_a(waarde)}"'
                f'{attrs}>')
    return f'<input type="text" autocomplete="off" class="vw-getal" value="{_a(waarde)}"{attrs}>'


def _veld(veld: dict, p: str, regio: str | None) -> str:
    vid = f"{p}-{veld['naam']}"
    waarde = regio if veld["naam"] == "regio" and regio else veld.get("standaard")
    return (f'<div class="vw-veld"><label for="{vid}">{_a(veld["label"])}</label>'
            f'<div class="vw-hulp" id="{vid}-hulp">{_a(HULP.get(veld["naam"], veld.get("hulp")))}</div>'
            f'<p class="vw-fout" id="{vid}-fout"></p>{_invoer(veld, vid, waarde)}</div>')


def _teksten(s: dict) -> dict:
    """Labels and code texts from the schema, for the answer and the mapping tables in the page."""
    velden = {v["naam"]: v for v in s["velden"]}
    return {"labels": {u["naam"]: u["label"] for u in s.get("uitvoer", [])}, "codes": s.get("codes", {}),
            "velden": {o["waarde"]: o["label"] for o in velden["kolommen"].get("opties", [])},
            "categorieen": {o["waarde"]: o["label"] for o in velden["codes"].get("opties", [])},
            "las": {o["waarde"]: o["label"] for o in velden["las"].get("opties", [])},
            "vakantieregios": _vakantieregios()}


def _vakantieregios() -> dict:
    """Per region its own vakantieregio ('' for none): the page says which one 'leeg' means."""
    uit = {}
    for rid in profielen.regio_ids():
        try:
            uit[rid] = profielen.laad(rid).vakantieregio or ""
        except Exception:  # a broken profile is reported by the calculator when chosen
            uit[rid] = ""
    return uit


def _organisaties() -> dict:
    """Per region its organisations and contacts (the profile's), for 'who to call' in a pupil's detail."""
    uit = {}
    for rid in profielen.regio_ids():
        try:
            uit[rid] = [{k: o.get(k) for k in ("naam", "rol", "telefoon", "email", "website") if o.get(k)}
                        for o in profielen.laad(rid).organisaties]
        except Exception:  # a broken profile is reported by the calculator when chosen
            uit[rid] = []
    return uit


def blok(regio: str | None = None) -> str:
    s = schema(NAAM)
    velden = {v["naam"]: v for v in s["velden"]}
    p = "vwo"
    if regio and regio not in {o["waarde"] for o in velden["regio"]["opties"]}:
        raise ValueError(f"verzuimoverzicht(): er is geen regio '{regio}'.")
    data = (f' data-teksten="{_a(json.dumps(_teksten(s), ensure_ascii=False))}"'
            f' data-organisaties="{_a(json.dumps(_organisaties(), ensure_ascii=False))}"')
    return "".join([
        f'<div class="vw-overzicht" id="{p}" data-rekenhulp="{NAAM}"{data}>',
        '<noscript><p class="vw-melding">Het verzuimoverzicht rekent in uw browser en heeft daarvoor JavaScript '
        'nodig.</p></noscript>',
        f'<div class="vw-overzicht-fouten" id="{p}-fouten" tabindex="-1" hidden></div>',
        '<form class="vw-formulier" novalidate aria-label="Verzuimoverzicht">',
        f'<div class="vw-veld vw-sleep" data-sleep><label for="{p}-bestand">Exportbestand (CSV, TXT of XLSX)</label>'
        f'<div class="vw-hulp" id="{p}-bestand-hulp">Kies het bestand, of sleep het naar dit vak. Meer bestanden '
        'tegelijk kan ook (de scholen van een bestuur, of periodes van één school): een registratie die in twee '
        'bestanden staat, telt één keer. '
        '<strong>Het bestand blijft op deze computer:</strong> het wordt in uw browser gelezen en niet verstuurd.'
        f'</div><p class="vw-fout" id="{p}-bestand-fout"></p>'
        f'<input type="file" id="{p}-bestand" multiple accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"'
        f' aria-describedby="{p}-bestand-hulp {p}-bestand-fout"></div>',
        '<fieldset class="vw-instellingen"><legend>Instellingen</legend>',
        "".join(_veld(velden[n], p, regio) for n in INSTELLINGEN),
        '<details class="vw-meer"><summary>Meer instellingen: de schooldag</summary>',
        "".join(_veld(velden[n], p, regio) for n in MEER), '</details></fieldset>',
        '<div class="vw-knoppen"><button type="submit" class="md-button md-button--primary vw-bereken">'
        'Overzicht maken</button>'
        '<button type="button" class="vw-knop" data-actie="vergeet">Vergeet mijn instellingen</button></div>',
        f'<p class="vw-hulp" id="{p}-onthouden">Deze browser onthoudt alleen: de instellingen hierboven (behalve '
        'de peildatum en vrije dagen), welke kolomkop of welk kolomnummer wat betekent, en hoe elke verzuimcode telt '
        '— alleen korte codes uit de kolom met absentiecodes (zoals ‘AO’ of ‘ZK’) van het laatste bestand. Vrije '
        'tekst (een reden of omschrijving), namen, leerlingnummers, datums en het bestand zelf onthoudt hij nooit.</p>',
        f'<div class="vw-voortgang" hidden><label for="{p}-voortgang">Voortgang</label> '
        f'<progress id="{p}-voortgang" max="100" value="0"></progress> '
        '<button type="button" class="vw-knop" data-actie="stoppen">Stoppen</button></div>',
        f'<p class="vw-status" id="{p}-status" role="status" aria-live="polite"></p>',
        '</form>',
        f'<section class="vw-koppeling" aria-labelledby="{p}-koppeling-kop" hidden>'
        f'<h2 id="{p}-koppeling-kop" tabindex="-1">Herkende kolommen en codes</h2><div class="vw-koppeling-inhoud">'
        '</div></section>',
        f'<section class="vw-resultaat" aria-labelledby="{p}-resultaat-kop" hidden>'
        f'<h2 id="{p}-resultaat-kop" tabindex="-1">Overzicht</h2><div class="vw-resultaat-inhoud"></div></section>',
        '</div>',
    ])


def registreer(env) -> None:
    @env.macro
    def verzuimoverzicht(regio=None):
        # Preselected: the page's region, else the single-region site's (bouw/voor.py).
        site = ((getattr(env, "conf", None) or {}).get("extra") or {}).get("verzuimwijzer_regio")
        return blok(regio or paginacontext.regio() or site)

    @env.macro
    def overzicht_grens(wat: str) -> str:
        """The overview's limits as the calculators hold them: 'browser' (MB a file in the page), 'rijen'."""
        from calculators.overzicht.lezen import MAX_RIJEN, duizendtal
        from calculators.overzicht.lezing import MAX_BESTAND_BYTES

        return duizendtal({"browser": MAX_BESTAND_BYTES // (1024 * 1024), "rijen": MAX_RIJEN}[wat])
