"""{{ stroomschema("stappenplan" | "escalatie" | "melding") }}: a flow chart drawn at build time.

The chart is inline SVG made here from the same profile data the calculators use (the steps and their
'als' thresholds, the escalation ladder and its deadlines, the law's melding parameters), so a profile
change changes the chart. No script, no stylesheet and no library: the page that has no chart gets
nothing. Colours are ``currentColor``, so the chart has the text colour of the page in a light and a dark
scheme alike (and no inline style, which the site's Content-Security-Policy would block). The same steps
follow as an ordered list, the text alternative.
"""

from __future__ import annotations

import textwrap
from html import escape

from calculators import profielen
from macros import paginacontext

BREEDTE = 680
KOLOM = 470          # the main column; decisions send their 'nee' to a box on the right
MARGE = 10
PAD = 12
REGEL = 20           # line height of the detail text
KOP = 22             # line height of a box title
TUSSEN = 34          # vertical gap for an arrow
TEKENS_KOP = 50      # characters per line that fit the main column (bold 15 px)
TEKENS = 60          # characters per line of detail text (14 px)
TEKENS_ZIJ = 22


def _e(tekst) -> str:
    return escape(str(tekst), quote=True)


def _regels(tekst: str, breedte: int) -> list[str]:
    return textwrap.wrap(tekst, breedte, break_long_words=False) or [""]


class _Knoop:
    def __init__(self, titel: str, details: list[str], vraag: bool = False, nee: str = ""):
        self.titel, self.details, self.vraag, self.nee = titel, details, vraag, nee
        self.kop = _regels(titel, TEKENS_KOP)
        self.tekst = [r for d in details for r in _regels(d, TEKENS)]
        self.hoogte = 2 * PAD + KOP * len(self.kop) + REGEL * len(self.tekst)


def _svg(knopen: list[_Knoop], titel: str, omschrijving: str, id_: str) -> str:
    delen, y = [], MARGE
    for i, k in enumerate(knopen):
        x = MARGE
        streep = ' stroke-dasharray="6 4"' if k.vraag else ""
        delen.append(f'<rect x="{x}" y="{y}" width="{KOLOM}" height="{k.hoogte}" rx="{4 if k.vraag else 10}" '
                     f'fill="currentColor" fill-opacity="0.04" stroke="currentColor" stroke-width="1.5"{streep}/>')
        ty = y + PAD + 16
        for r in k.kop:
            delen.append(f'<text x="{x + PAD}" y="{ty}" font-size="15" font-weight="bold" fill="currentColor">{_e(r)}</text>')
            ty += KOP
        for r in k.tekst:
            delen.append(f'<text x="{x + PAD}" y="{ty}" font-size="14" fill="currentColor">{_e(r)}</text>')
            ty += REGEL
        if k.nee:  # the 'nee' branch: an arrow to the right and a box beside the decision
            zy = y + k.hoogte / 2
            zx = MARGE + KOLOM + 40
            zij = _regels(k.nee, TEKENS_ZIJ)
            zh = 2 * PAD + REGEL * len(zij)
            delen.append(f'<line x1="{MARGE + KOLOM}" y1="{zy}" x2="{zx - 6}" y2="{zy}" stroke="currentColor" stroke-width="1.5"/>')
            delen.append(f'<polygon points="{zx},{zy} {zx - 8},{zy - 5} {zx - 8},{zy + 5}" fill="currentColor"/>')
            delen.append(f'<text x="{MARGE + KOLOM + 8}" y="{zy - 6}" font-size="13" fill="currentColor">nee</text>')
            delen.append(f'<rect x="{zx}" y="{zy - zh / 2}" width="{BREEDTE - zx - MARGE}" height="{zh}" rx="10" '
                         f'fill="none" stroke="currentColor" stroke-width="1"/>')
            for j, r in enumerate(zij):
                delen.append(f'<text x="{zx + PAD}" y="{zy - zh / 2 + PAD + 14 + j * REGEL}" font-size="13" '
                             f'fill="currentColor">{_e(r)}</text>')
        y += k.hoogte
        if i < len(knopen) - 1:  # arrow down to the next box
            mx = MARGE + KOLOM / 2
            delen.append(f'<line x1="{mx}" y1="{y}" x2="{mx}" y2="{y + TUSSEN - 8}" stroke="currentColor" stroke-width="1.5"/>')
            delen.append(f'<polygon points="{mx},{y + TUSSEN} {mx - 5},{y + TUSSEN - 9} {mx + 5},{y + TUSSEN - 9}" fill="currentColor"/>')
            if k.vraag:
                delen.append(f'<text x="{mx + 10}" y="{y + TUSSEN / 2 + 5}" font-size="13" fill="currentColor">ja</text>')
            y += TUSSEN
    hoogte = y + MARGE
    breedte = BREEDTE if any(k.nee for k in knopen) else KOLOM + 2 * MARGE  # no side column: no empty space
    return (f'<svg class="vw-stroomschema" viewBox="0 0 {breedte} {hoogte}" width="{breedte}" height="{hoogte}" '
            f'role="img" '
            f'aria-labelledby="{id_}-titel {id_}-uitleg" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{id_}-titel">{_e(titel)}</title><desc id="{id_}-uitleg">{_e(omschrijving)}</desc>'
            + "".join(delen) + "</svg>")


def _lijst(knopen: list[_Knoop]) -> str:
    items = []
    for k in knopen:
        tekst = "; ".join([*k.details, *([f"zo niet: {k.nee}"] if k.nee else [])])
        items.append(f"<li><strong>{_e(k.titel)}</strong>" + (f" – {_e(tekst)}" if tekst else "") + "</li>")
    return "<ol>" + "".join(items) + "</ol>"


def figuur(knopen: list[_Knoop], titel: str, id_: str) -> str:
    """One line of HTML (so Markdown keeps it as a raw block): the chart, its caption, the list."""
    omschrijving = (f"Stroomschema in {len(knopen)} stappen, van boven naar beneden. "
                    "Dezelfde stappen staan als genummerde lijst onder het schema.")
    return (f'<figure class="vw-schema" id="{id_}">{_svg(knopen, titel, omschrijving, id_)}'
            f'<figcaption>{_e(titel)}</figcaption>'
            f'<details class="vw-schema-tekst"><summary>Het schema als tekst</summary>{_lijst(knopen)}</details>'
            "</figure>")


def _termijn(profiel: profielen.Profiel, stap: dict) -> str:
    van, tot = stap.get("termijn_van"), stap.get("termijn_tot")
    a = profiel.parameter(van)[0] if van else None
    b = profiel.parameter(tot)[0] if tot else None
    if a and b:
        if a.waarde == b.waarde:
            return b.tekst()
        return f"{a.waarde}–{b.tekst()}" if a.eenheid == b.eenheid else f"{a.tekst()} tot {b.tekst()}"
    if b:
        return ("uiterlijk " if "uiterlijk" in b.label.lower() else "") + b.tekst()
    return f"vanaf {a.tekst()}" if a else ""


def knopen_stappenplan(profiel: profielen.Profiel, wanneer) -> list[_Knoop]:
    uit = []
    for i, stap in enumerate(profiel.stappen, 1):
        details = []
        if wanneer(stap, profiel.id):
            details.append(f"Wanneer: {wanneer(stap, profiel.id)}")
        if stap.get("in_regie"):
            details.append(f"In regie: {stap['in_regie']}")
        uit.append(_Knoop(f"{i}. {stap.get('titel', stap.get('id', ''))}", details))
    return uit


def knopen_escalatie(profiel: profielen.Profiel) -> list[_Knoop]:
    uit = []
    for stap in profiel.escalatie:
        details = [f"Doel: {stap['doel']}"] if stap.get("doel") else []
        if _termijn(profiel, stap):
            details.append(f"Termijn na de eerste datum van zorgwekkend verzuim: {_termijn(profiel, stap)}")
        if stap.get("overslaan"):
            details.append("Slaan deze stap over: " + ", ".join(stap["overslaan"]))
        nummer = f"{stap['nummer']}. " if stap.get("nummer") is not None else ""
        uit.append(_Knoop(f"{nummer}{stap.get('titel', '')}", details))
    return uit


def knopen_melding(profiel: profielen.Profiel) -> list[_Knoop]:
    """The national melding route (Lpw art. 21a, DUO, Inspectie), with the profile's thresholds."""
    def t(pid):
        return profiel.parameter(pid)[0].tekst()

    return [
        _Knoop("De school registreert elke afwezigheid", [
            "Geoorloofd of ongeoorloofd, met de reden; dezelfde dag contact met de ouders."]),
        _Knoop(f"Samen minstens {t('melding_uren')} ongeoorloofd verzuim in {t('melding_lesweken')}?", [
            "Weken zonder les (vakanties) tellen niet als lesweek; ziekte en verlof tellen niet mee."],
            vraag=True, nee="Niet melden bij DUO; blijf het verzuim volgen en tel door."),
        _Knoop("De school meldt bij DUO (ROD, voorheen verzuimregister)", [
            f"Onverwijld; volgens de Inspectie binnen {t('melding_termijn_werkdagen')}.",
            "Begindatum: de eerste verzuimdag; einddatum: de dag waarop de grens is bereikt."]),
        _Knoop("DUO zet de melding door naar de leerplichtambtenaar", [
            "Van de woongemeente van de leerling."]),
        _Knoop("De leerplichtambtenaar onderzoekt het verzuim", [
            "Nodigt leerling en ouders uit; zo nodig een waarschuwing, Halt of proces-verbaal."]),
        _Knoop("Gaat het verzuim door?", [
            f"Doorlopend verzuim: de school mag volstaan met één vervolgmelding per {t('melding_vervolg_dagen')}.",
            f"Langer dan {t('lrv_weken')} aaneengesloten afwezig: één melding langdurig relatief verzuim (LRV)."]),
    ]


SOORTEN = {"stappenplan": "Stappenplan", "escalatie": "Opschaling", "melding": "De meldroute bij ongeoorloofd verzuim"}


def registreer(env) -> None:
    @env.macro
    def stroomschema(soort="stappenplan", regio=None):
        """A flow chart of the page's region profile (or of ``regio``): stappenplan, escalatie or melding."""
        if soort not in SOORTEN:
            raise ValueError(f"stroomschema('{soort}'): kies uit {', '.join(SOORTEN)}.")
        page = paginacontext.pagina()
        rid = regio or paginacontext.regio() or profielen.BASIS
        profiel = profielen.laad(rid)
        naam = profiel.regio.get("korte_naam") or profiel.naam
        if soort == "stappenplan":
            knopen = knopen_stappenplan(profiel, env.macros["wanneer"])
            titel = f"Stappenplan {naam}, van licht naar zwaar"
        elif soort == "escalatie":
            knopen = knopen_escalatie(profiel)
            titel = f"Opschaling {naam}, met termijnen"
        else:
            knopen = knopen_melding(profiel)
            titel = "De meldroute bij ongeoorloofd verzuim" + ("" if rid == profielen.BASIS else f" ({naam})")
        if not knopen:
            return f"*{naam} heeft geen {SOORTEN[soort].lower()} in het profiel.*"
        # ids unique on the page, also when a page shows two charts
        tellers = getattr(page, "_vw_schemas", {}) if page is not None else {}
        tellers[soort] = tellers.get(soort, 0) + 1
        if page is not None:
            page._vw_schemas = tellers
        id_ = f"vw-schema-{soort}" + (f"-{tellers[soort]}" if tellers[soort] > 1 else "")
        return figuur(knopen, titel, id_)
