"""What the profile macros share: formatting helpers, the comparison's marks and themes, the site's regions.

Every value comes from a profile through ``calculators.profielen``; no number is typed here."""

from __future__ import annotations

import datetime as dt
import posixpath
from pathlib import Path

from calculators import keuzes as keuzes_mod
from calculators import profielen, woorden
from calculators.woordenschat import STAP_GRENZEN, STAP_VELDEN, VAKANTIEREGIO_LABELS
from calculators.profiel_check import EIGEN_BELEID, MARKERING, VOLGT_DE_WET, WIJKT_AF, verhouding
from macros import paginacontext

# MARKERING, WIJKT_AF, EIGEN_BELEID, VOLGT_DE_WET: what a region cell in the comparison says about the
# region's value relative to the law; defined once in calculators.profiel_check (the profile check uses them).

# Uitleg bij de markeringen, voor de legenda onder de vergelijkingstabel.
LEGENDA = [
    (VOLGT_DE_WET, "het protocol van de regio noemt deze drempel niet; de landelijke waarde geldt."),
    (MARKERING["herhaalt"], "het protocol noemt de drempel zelf, met dezelfde waarde als de wet."),
    (MARKERING["herhaalt_richtlijn"], "het protocol noemt de drempel zelf, met dezelfde waarde als een landelijke "
                                      "richtlijn (zoals M@ZL, DUO of de Inspectie); dat is geen wet."),
    (MARKERING["strenger"], "de regio grijpt eerder in of vraagt meer dan de wet."),
    (MARKERING["ruimer"], "de regio laat meer ruimte dan de wet."),
    (MARKERING["anders"], "de regio gebruikt een andere maatstaf dan de wet."),
    (MARKERING["aanvulling"], "de regio voegt iets toe aan de landelijke regel."),
    (WIJKT_AF, "de waarde verschilt van de wet en het profiel zegt niet hoe."),
    (EIGEN_BELEID, "een drempel die alleen in de regio bestaat; de wet kent hem niet."),
]

# Themes of the comparison page, by parameter-id prefix; what matches none lands in the last theme.
THEMAS = [
    ("Leerplicht en kwalificatieplicht", ("leerplicht_", "basisschool_", "kwalificatieplicht_", "vijfjarige_")),
    ("Verlof en ziekmelding", ("verlof_", "ziekmelding_")),
    ("Melden bij DUO", ("melding_", "lrv_", "te_laat", "overig_")),
    ("Ziekteverzuim (M@ZL)", ("mazl_",)),
    ("Thuiszitters", ("thuiszitter_",)),
]
OVERIG_THEMA = "Regionale stappen en termijnen"


MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]

# The fields a step's 'als' condition can test and its bounds, as a reader says them (calculators/woordenschat.py);
# {lesweken} and {schoolweken} are filled from the profile, so no number is typed here.
VELDEN = STAP_VELDEN
GRENZEN = [(op, woord) for op, (_, woord) in STAP_GRENZEN.items()]


def _pagina_regio(env, regio: str | None) -> str:
    if regio:
        return regio
    return paginacontext.regio() or profielen.BASIS


def datum_nl(d: dt.date | None) -> str:
    """'1 augustus 2024' (own month names: no locale, see the tech probe)."""
    if d is None:
        return ""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


# DUO's report categories in the ROD (DUO, "Verzuim digitaal melden" and "Soorten verzuim"; research §6.4): one
# list for the glossary, the regional pages and the table on wet/melden-duo.md (a site test keeps them equal).
DUO_MELDCATEGORIEEN = (
    ("\"16 uur in 4 weken\"", "16-uur-in-4-weken"),
    ("langdurig relatief verzuim (LRV)", "langdurig-relatief-verzuim"),
    ("luxe verzuim", "luxe-verzuim"),
    ("overig verzuim", "overig-verzuim"),
    ("18-plus / RMC", "18-plus-en-rmc"),
)


def geldend_op(gecontroleerd) -> str:
    """'tekst geldend op 4 december 2026' for a source's gecontroleerd date; empty without one."""
    if not gecontroleerd:
        return ""
    d = gecontroleerd if isinstance(gecontroleerd, dt.date) else dt.date.fromisoformat(str(gecontroleerd))
    return f"tekst geldend op {datum_nl(d)}"


def _cel(tekst) -> str:
    """Text that is safe inside a Markdown table cell."""
    return str(tekst).replace("|", "\\|").replace("\n", " ").strip()


def _lijst(items) -> str:
    """A real list inside a table cell (inline HTML; the text in between is still Markdown)."""
    items = [_cel(i) for i in items if str(i).strip()]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def bron_link(par: profielen.Parameter, tekst: str | None = None) -> str:
    """The value (or ``tekst``) linked to the parameter's source; without a URL the source is named."""
    tekst = _cel(tekst if tekst is not None else par.tekst())
    b = par.bron
    wat = _cel(" – ".join(x for x in (b.titel, b.artikel) if x)).replace('"', "'")
    if b.gecontroleerd:
        wat += f" ({geldend_op(b.gecontroleerd)})"
    if b.url:
        return f'[{tekst}]({b.url}){{ title="Bron: {wat}" }}'
    return f"{tekst} <small>({_cel(b.artikel or b.titel)})</small>"


def vergelijk(pid: str, regio: str) -> tuple[profielen.Parameter | None, str]:
    """The region's parameter and its mark relative to the law (see LEGENDA)."""
    return verhouding(regio, pid)


# A single-region build (overrides/hooks/regio_site.py) sets config.extra.verzuimwijzer_regio; the
# macros read it at render time, after every on_config has run.
_SITE: dict = {}


def site_regio() -> str | None:
    conf = _SITE.get("conf")
    return ((conf.get("extra") or {}).get("verzuimwijzer_regio") if conf is not None else None) or None


def _regios() -> list[str]:
    """The regions the site shows: all, or in a single-region build only that one."""
    alleen = site_regio()
    return [r for r in profielen.regio_ids() if r != profielen.BASIS and (not alleen or r == alleen)]


def _alle_pids(regios: list[str]) -> list[str]:
    """Law parameters in profile order, then each region's own parameters."""
    pids = list(profielen.laad(profielen.BASIS).parameters)
    for r in regios:
        for pid in profielen.laad(r).parameters:
            if pid not in pids:
                pids.append(pid)
    return pids
