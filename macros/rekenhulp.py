"""The {{ rekenhulp("naam") }} macro: a calculator form generated from calculators.schema().

The form is rendered here, at build time, so it is readable and labelled before any JavaScript runs;
the browser glue (overrides/assets/rekenhulp/) only binds it to the Pyodide worker. Nothing here
knows a calculator's fields: everything comes from the schema.
"""

from __future__ import annotations

import json
from html import escape

from calculators import REGISTER, namen, schema
from macros import paginacontext

VERPLICHT = '<span class="vw-verplicht">(verplicht)</span>'


def _a(tekst) -> str:
    """Escaped text, also safe inside a double-quoted attribute."""
    return escape("" if tekst is None else str(tekst), quote=True)


def _beschreven(*ids: str) -> str:
    return f' aria-describedby="{" ".join(i for i in ids if i)}"'


def _hulp(veld: dict, vid: str) -> str:
    datums = veld["type"] == "datum" or any(k["type"] == "datum" for k in veld.get("kolommen") or [])
    tekst = " ".join(t for t in (veld.get("hulp"), DATUM_HULP if datums else "") if t)
    return f'<div class="vw-hulp" id="{vid}-hulp">{_a(tekst)}</div>' if tekst else ""


def _fout(vid: str) -> str:
    # Empty until the worker reports a fout for this field; referenced by aria-describedby already.
    return f'<p class="vw-fout" id="{vid}-fout"></p>'


DATUM_HULP = "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 14-03-2021."


def datumveld(kenmerken: str, waarde, attrs: str) -> str:
    # A text field, not type=date: a date control shows the browser's own format (mm/dd/yyyy in an English
    # browser), empties itself on an impossible date such as 31-02, refuses pasted Dutch dates and adds a
    # faint extra focus stop. The rules read dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj and ISO (calculators/fouten.py).
    return (f'<input type="text" inputmode="numeric" autocomplete="off" spellcheck="false" class="vw-datum" '
            f'{kenmerken} value="{_a(waarde)}"{attrs}>')


def _invoer(veld: dict, vid: str, waarde, attrs: str) -> str:
    soort = veld["type"]
    if soort == "datum":
        return datumveld(f'id="{vid}" name="{_a(veld["naam"])}"', waarde, attrs)
    if soort in {"getal", "geheel"}:
        # type=text: a number input rejects the Dutch decimal comma in an English browser.
        modus = "numeric" if soort == "geheel" else "decimal"
        grenzen = "".join(f' data-{k}="{_a(veld[k])}"' for k in ("minimum", "maximum") if veld.get(k) is not None)
        return (f'<input type="text" inputmode="{modus}" autocomplete="off" id="{vid}" name="{_a(veld["naam"])}" '
                f'value="{_a(waarde)}" class="vw-getal"{grenzen}{attrs}>')
    if soort == "keuze":
        opties = [] if waarde not in (None, "") or veld.get("verplicht") else ['<option value="">(geen keuze)</option>']
        if veld.get("verplicht") and waarde in (None, ""):
            opties.append('<option value="">Kies…</option>')
        for o in veld.get("opties", []):
            gekozen = " selected" if o["waarde"] == waarde else ""
            opties.append(f'<option value="{_a(o["waarde"])}"{gekozen}>{_a(o["label"])}</option>')
        return f'<select id="{vid}" name="{_a(veld["naam"])}"{attrs}>{"".join(opties)}</select>'
    if soort == "datumlijst":
        tekst = "\n".join(map(str, waarde or []))
        return f'<textarea id="{vid}" name="{_a(veld["naam"])}" rows="3"{attrs}>{_a(tekst)}</textarea>'
    raise ValueError(f"rekenhulp: veldtype '{soort}' van '{veld['naam']}' kent het formulier niet.")


def _rij(kolommen: list[dict], vid: str, nummer, rij: dict | None = None) -> str:
    cellen = []
    for k in kolommen:
        waarde = _a((rij or {}).get(k["naam"]))
        label = f'{_a(k["label"])}, regel {nummer}'
        if k["type"] == "datum":
            veld = datumveld(f'data-kolom="{_a(k["naam"])}" aria-label="{label}"', None, "").replace(
                'value=""', f'value="{waarde}"')
        elif k["type"] in {"getal", "geheel"}:
            modus = "numeric" if k["type"] == "geheel" else "decimal"
            veld = (f'<input type="text" inputmode="{modus}" class="vw-getal" data-kolom="{_a(k["naam"])}" '
                    f'aria-label="{label}" value="{waarde}">')
        elif k["type"] == "keuze":
            opties = "".join(f'<option value="{_a(o["waarde"])}"{" selected" if o["waarde"] == waarde else ""}>'
                             f'{_a(o["label"])}</option>' for o in k.get("opties", []))
            veld = f'<select data-kolom="{_a(k["naam"])}" aria-label="{label}"><option value=""></option>{opties}</select>'
        else:
            veld = f'<input type="text" data-kolom="{_a(k["naam"])}" aria-label="{label}" value="{waarde}">'
        # data-label: the column name above the field when the rows stack on a narrow screen (CSS).
        cellen.append(f'<td data-label="{_a(k["label"])}">{veld}</td>')
    knop = (f'<td class="vw-rij-knop"><button type="button" class="vw-knop vw-knop--klein" data-actie="verwijder">Verwijder'
            f'<span class="vw-sr"> regel {nummer}</span></button></td>')
    return f'<tr>{"".join(cellen)}{knop}</tr>'


def _lijst(veld: dict, vid: str, waarde) -> str:
    """Rows a person can add and remove, plus a box to paste lines from a spreadsheet."""
    kolommen = veld.get("kolommen") or []
    if not kolommen:
        raise ValueError(f"rekenhulp: lijstveld '{veld['naam']}' heeft geen kolommen in het schema.")
    rijen = [r for r in (waarde or []) if isinstance(r, dict)] or [None]
    koppen = "".join(f'<th scope="col">{_a(k["label"])}</th>' for k in kolommen)
    kolomnamen = ", ".join(k["label"].lower() for k in kolommen)
    hulp_ids = [f"{vid}-hulp" if veld.get("hulp") else "", f"{vid}-fout"]
    return "".join([
        f'<fieldset class="vw-veld vw-lijst" data-veld="{_a(veld["naam"])}" data-type="lijst" id="{vid}"'
        f'{_beschreven(*hulp_ids)}>',
        f'<legend>{_a(veld["label"])}{" " + VERPLICHT if veld.get("verplicht") else ""}</legend>',
        _hulp(veld, vid), _fout(vid),
        f'<table class="vw-rijen"><thead><tr>{koppen}<th scope="col"><span class="vw-sr">Regel verwijderen</span>'
        f'</th></tr></thead><tbody>',
        "".join(_rij(kolommen, vid, i, r) for i, r in enumerate(rijen, start=1)),
        f'</tbody></table><template>{_rij(kolommen, vid, "{n}")}</template>',
        '<button type="button" class="vw-knop" data-actie="toevoegen">Regel toevoegen</button>',
        f'<div class="vw-plak"><label for="{vid}-plak">Of plak regels uit een spreadsheet</label>',
        f'<div class="vw-hulp" id="{vid}-plak-hulp">Eén regel per rij, met de kolommen {_a(kolomnamen)}, '
        f'gescheiden door tab, puntkomma of komma. Gebruik óf de regels hierboven óf dit vak.'
        f'</div>',
        f'<textarea id="{vid}-plak" data-plak rows="4" spellcheck="false"'
        f'{_beschreven(f"{vid}-plak-hulp", f"{vid}-fout")}></textarea></div>',
        "</fieldset>",
    ])


def _alleen_regios(veld: dict, gekozen: str | None) -> str:
    """A field for some regions only: hidden until one of them is chosen (rekenhulp.mjs toggles it)."""
    if not veld.get("regios"):
        return ""
    verborgen = "" if (gekozen or "landelijk") in veld["regios"] else " hidden"
    return f' data-regios="{_a(" ".join(veld["regios"]))}"{verborgen}'


def _veld(veld: dict, vid: str, waarde, gekozen: str | None = None) -> str:
    if veld["type"] == "lijst":
        return _lijst(veld, vid, waarde)
    ids = [f"{vid}-hulp" if veld.get("hulp") or veld["type"] == "datum" else "", f"{vid}-fout"]
    attrs = _beschreven(*ids) + (' aria-required="true"' if veld.get("verplicht") else "")
    verplicht = f" {VERPLICHT}" if veld.get("verplicht") else ""
    kop = (f'<div class="vw-veld" data-veld="{_a(veld["naam"])}" data-type="{_a(veld["type"])}"'
           f'{_alleen_regios(veld, gekozen)}>')
    if veld["type"] == "bool":
        aan = " checked" if waarde is True else ""
        return (f'{kop}<div class="vw-vinkje"><input type="checkbox" id="{vid}" name="{_a(veld["naam"])}"{aan}{attrs}>'
                f'<label for="{vid}">{_a(veld["label"])}{verplicht}</label></div>{_hulp(veld, vid)}{_fout(vid)}</div>')
    return (f'{kop}<label for="{vid}">{_a(veld["label"])}{verplicht}</label>{_hulp(veld, vid)}{_fout(vid)}'
            f'{_invoer(veld, vid, waarde, attrs)}</div>')


def _meer_opties(velden: list[tuple[dict, str]]) -> str:
    """Fields most users never need, behind a native disclosure that names what is inside (issue 9).

    The browser glue opens it when one of these fields has an error or a shared link fills one.
    """
    if not velden:
        return ""
    namen = ", ".join(v["label"].split(" (")[0].lower() for v, _ in velden)
    return (f'<details class="vw-meer"><summary>Meer opties<span class="vw-meer-namen">: {_a(namen)}</span>'
            f'</summary><div class="vw-meer-inhoud">{"".join(html for _, html in velden)}</div></details>')


def formulier(naam: str, regio: str | None = None, prefix: str | None = None, alleen: str | None = None) -> str:
    """The HTML of one calculator (one line, so Markdown keeps it as a raw HTML block).

    ``alleen``: a single-region build; the region select offers only that region, chosen.
    """
    if naam not in namen():
        raise ValueError(f"rekenhulp('{naam}'): onbekende rekenhulp. Bekend: {', '.join(namen())}.")
    if REGISTER[naam].eigen_pagina:
        raise ValueError(f"rekenhulp('{naam}'): deze rekenhulp heeft een eigen pagina, geen gegenereerd formulier.")
    s = schema(naam)
    p = prefix or f"vw-{naam}"
    velden, meer = [], []
    # The questions an answer depends on come first: which protocol, and which school holidays.
    vooraan = ("regio", "vakantieregio")
    volgorde = sorted(s["velden"], key=lambda v: vooraan.index(v["naam"]) if v["naam"] in vooraan else len(vooraan))
    gekozen = alleen or regio or next((v.get("standaard") for v in s["velden"] if v["naam"] == "regio"), None)
    for veld in volgorde:
        waarde = veld.get("standaard")
        if alleen and veld["naam"] == "regio":
            veld = {**veld, "opties": [o for o in veld.get("opties", []) if o["waarde"] == alleen]}
            regio = alleen
        if regio and veld["naam"] == "regio":
            if regio not in {o["waarde"] for o in veld.get("opties", [])}:
                raise ValueError(f"rekenhulp('{naam}'): er is geen regio '{regio}' om voor te kiezen.")
            waarde = regio
        (meer if veld.get("meer_opties") else velden).append((veld, _veld(veld, f'{p}-{veld["naam"]}', waarde, gekozen)))
    # Labels, empty-value texts and code texts for the answer (schema 'uitvoer' and 'codes').
    tekst = {"labels": {u["naam"]: u["label"] for u in s.get("uitvoer", [])},
             "leeg": {u["naam"]: u["leeg"] for u in s.get("uitvoer", []) if u.get("leeg")},
             "tonen": {u["naam"]: u["tonen"] for u in s.get("uitvoer", []) if u.get("tonen", "altijd") != "altijd"},
             "vouwen": {u["naam"]: u["vouwen"] for u in s.get("uitvoer", []) if u.get("vouwen")},
             "codes": s.get("codes", {})}
    labels = f' data-labels="{_a(json.dumps(tekst, ensure_ascii=False))}"'
    return "".join([
        f'<div class="vw-rekenhulp" data-rekenhulp="{_a(naam)}" id="{p}"{labels}>',
        f'<p class="vw-titel">{_a(s.get("titel", naam))}</p>',
        f'<p class="vw-omschrijving">{_a(s["omschrijving"])}</p>' if s.get("omschrijving") else "",
        '<noscript><p class="vw-melding">Deze rekenhulp rekent in uw browser en heeft daarvoor JavaScript nodig.'
        '</p></noscript>',
        f'<div class="vw-samenvatting" id="{p}-samenvatting" tabindex="-1" hidden></div>',
        f'<form class="vw-formulier" id="{p}-formulier" novalidate aria-label="{_a(s.get("titel", naam))}">',
        f'<p class="vw-hulp">Velden met {VERPLICHT} moet u invullen.</p>' if any(
            v.get("verplicht") for v in s["velden"]) else "",
        "".join(html for _, html in velden),
        _meer_opties(meer),
        '<div class="vw-knoppen"><button type="submit" class="md-button md-button--primary vw-bereken">Bereken'
        '</button></div>',
        f'<p class="vw-status" id="{p}-status" role="status" aria-live="polite"></p>',
        "</form>",
        f'<section class="vw-antwoord" id="{p}-antwoord" aria-labelledby="{p}-antwoord-kop" hidden>'
        f'<h3 id="{p}-antwoord-kop" tabindex="-1">Uitkomst</h3><div class="vw-antwoord-inhoud"></div>'
        '<div class="vw-knoppen vw-niet-afdrukken">'
        '<button type="button" class="vw-knop" data-actie="delen">Link naar deze berekening</button>'
        '<button type="button" class="vw-knop" data-actie="afdrukken">Afdrukken</button></div>'
        f'<p class="vw-deel" hidden><label for="{p}-link">Link (bevat uw invoer; alleen in uw browser, niet '
        f'op de server)</label><input type="text" readonly id="{p}-link" class="vw-link"></p></section>',
        "</div>",
    ])


def registreer(env) -> None:
    @env.macro
    def rekenhulp(naam, regio=None):
        page = paginacontext.pagina()
        if regio is None:
            regio = paginacontext.regio()
        # Unique ids when a page shows the same calculator twice (counted on the page, so a rebuild
        # under 'mkdocs serve' starts again at one).
        tellers = getattr(page, "_vw_rekenhulpen", {}) if page is not None else {}
        tellers[naam] = tellers.get(naam, 0) + 1
        if page is not None:
            page._vw_rekenhulpen = tellers
        prefix = f"vw-{naam}" + (f"-{tellers[naam]}" if tellers[naam] > 1 else "")
        # A single-region build (bouw/voor.py) fixes the region in every calculator.
        alleen = (env.conf.get("extra") or {}).get("verzuimwijzer_regio") or None
        return formulier(naam, regio, prefix, alleen)
