"""The {{ verzuimoverzicht() }} macro: the Verzuimoverzicht's controls, rendered at build time.

Labelled and readable before any JavaScript runs; assets/rekenhulp/overzicht.mjs (loaded by the glue
only on a page with this block) binds them to the Pyodide worker. Regions and their names come from
the profiles, like every other form on the site.
"""

from __future__ import annotations

from html import escape

from calculators import profielen
from calculators.register import VAKANTIEREGIO_LABELS

LAS = (("auto", "Automatisch herkennen"), ("magister", "Magister"), ("somtoday", "SOMtoday"),
       ("eduarte", "EduArte"), ("parnassys", "ParnasSys"), ("algemeen", "Anders / algemeen"))
LESUUR_STANDAARD = 50


def _a(tekst) -> str:
    return escape("" if tekst is None else str(tekst), quote=True)


def _opties(paren, gekozen=None) -> str:
    return "".join(f'<option value="{_a(w)}"{" selected" if w == gekozen else ""}>{_a(t)}</option>'
                   for w, t in paren)


def _regio_opties() -> list[tuple[str, str]]:
    uit = []
    for rid in profielen.regio_ids():
        try:
            uit.append((rid, profielen.laad(rid).naam))
        except Exception:  # a broken profile is reported by the calculator when chosen
            uit.append((rid, rid))
    return uit


def _veld(vid: str, label: str, hulp: str, invoer: str) -> str:
    return (f'<div class="vw-veld"><label for="{vid}">{_a(label)}</label>'
            f'<div class="vw-hulp" id="{vid}-hulp">{_a(hulp)}</div><p class="vw-fout" id="{vid}-fout"></p>'
            f'{invoer}</div>')


def blok(regio: str | None = None) -> str:
    regio = regio or profielen.BASIS
    p = "vwo"
    beschreven = lambda vid: f' aria-describedby="{vid}-hulp {vid}-fout"'  # noqa: E731
    instellingen = "".join([
        _veld(f"{p}-regio", "Regio", "Het regioprotocol dat uw school volgt; 'landelijk' is alleen de wet.",
              f'<select id="{p}-regio" name="regio" data-instelling="regio"{beschreven(f"{p}-regio")}>'
              f'{_opties(_regio_opties(), regio)}</select>'),
        _veld(f"{p}-vakantieregio", "Vakantieregio", "Leeg: de vakantieregio van de gekozen regio.",
              f'<select id="{p}-vakantieregio" name="vakantieregio" data-instelling="vakantieregio"'
              f'{beschreven(f"{p}-vakantieregio")}><option value="">(van de regio)</option>'
              f'{_opties(VAKANTIEREGIO_LABELS.items())}</select>'),
        _veld(f"{p}-lesuur_minuten", "Lengte van een lesuur (minuten)",
              "Lesuren in de export worden met deze lengte omgerekend naar uren.",
              f'<input type="text" inputmode="numeric" autocomplete="off" class="vw-getal" id="{p}-lesuur_minuten" '
              f'name="lesuur_minuten" data-instelling="lesuur_minuten" value="{LESUUR_STANDAARD}"'
              f'{beschreven(f"{p}-lesuur_minuten")}>'),
        _veld(f"{p}-las", "Leerlingadministratie (LAS)",
              "Bepaalt welke kolomnamen en verzuimcodes als standaard worden herkend.",
              f'<select id="{p}-las" name="las" data-instelling="las"{beschreven(f"{p}-las")}>{_opties(LAS, "auto")}'
              '</select>'),
        _veld(f"{p}-peildatum", "Peildatum",
              "Leeg: vandaag. Regels na deze datum worden gemeld maar niet als verzuim geteld.",
              f'<input type="date" id="{p}-peildatum" name="peildatum"{beschreven(f"{p}-peildatum")}>'),
        _veld(f"{p}-vrije_dagen", "Extra vrije dagen van de school",
              "Studiedagen en andere vrije dagen, één datum per regel (JJJJ-MM-DD).",
              f'<textarea id="{p}-vrije_dagen" name="vrije_dagen" rows="2" data-instelling="vrije_dagen"'
              f'{beschreven(f"{p}-vrije_dagen")}></textarea>'),
    ])
    return "".join([
        f'<div class="vw-overzicht" id="{p}" data-rekenhulp="verzuimoverzicht">',
        '<noscript><p class="vw-melding">Het verzuimoverzicht rekent in uw browser en heeft daarvoor JavaScript '
        'nodig.</p></noscript>',
        f'<div class="vw-overzicht-fouten" id="{p}-fouten" tabindex="-1" hidden></div>',
        f'<form class="vw-formulier" novalidate aria-label="Verzuimoverzicht">',
        f'<div class="vw-veld vw-sleep" data-sleep><label for="{p}-bestand">Exportbestand (CSV, TXT of XLSX)</label>'
        f'<div class="vw-hulp" id="{p}-bestand-hulp">Kies het bestand, of sleep het naar dit vak. '
        '<strong>Het bestand blijft op deze computer:</strong> het wordt in uw browser gelezen en niet verstuurd.'
        f'</div><p class="vw-fout" id="{p}-bestand-fout"></p>'
        f'<input type="file" id="{p}-bestand" name="bestand" accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"'
        f' aria-describedby="{p}-bestand-hulp {p}-bestand-fout"></div>',
        f'<fieldset class="vw-instellingen"><legend>Instellingen</legend>{instellingen}</fieldset>',
        '<div class="vw-knoppen"><button type="submit" class="md-button md-button--primary vw-bereken">'
        'Overzicht maken</button>'
        '<button type="button" class="vw-knop" data-actie="vergeet">Vergeet mijn instellingen</button></div>',
        f'<p class="vw-hulp" id="{p}-onthouden">Regio, lesuur, koppeling van kolommen en codes worden in deze '
        'browser onthouden; leerlinggegevens nooit.</p>',
        f'<div class="vw-voortgang" hidden><label for="{p}-voortgang">Voortgang</label> '
        f'<progress id="{p}-voortgang" max="100" value="0"></progress></div>',
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
        page = getattr(env, "page", None)
        return blok(regio or (getattr(page, "meta", None) or {}).get("regio"))
