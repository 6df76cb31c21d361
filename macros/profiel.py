"""Macros that render profile values: {{ p("melding_uren") }}, {{ bron("melding_uren") }}, …

Besides the single-value macros there are table macros for the cross-cutting pages and the region
pages: ``vergelijk_tabel()``, ``stappen_tabel()``, ``escalatie_tabel()``, ``regio_overzicht()``,
``afwijkingen()``, ``bronnen_lijst()`` and ``link()``. None of them contains a number: every value
comes from a profile through ``calculators.profielen``.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from pathlib import Path

from calculators import keuzes as keuzes_mod
from calculators import profielen, woorden
from calculators.profiel_check import EIGEN_BELEID, MARKERING, VOLGT_DE_WET, WIJKT_AF, verhouding
from macros import pagina

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

VAKANTIEREGIO = {"noord": "Noord", "midden": "Midden", "zuid": "Zuid"}

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]

# The fields a step's 'als' condition can test (see FORMAAT.md), as a reader would say them.
# {lesweken} and {schoolweken} are filled from the profile, so no number is typed here.
VELDEN = {
    "ongeoorloofde_uren": "ongeoorloofd verzuim in {lesweken}",
    "keer_te_laat": "keer te laat",
    "ziekmeldingen_12_weken": "ziekmeldingen in {schoolweken}",
    "aaneengesloten_ziektedagen": "aaneengesloten ziek",
    "aaneengesloten_ziekte_uren": "aaneengesloten ziek",
    "weken_aaneengesloten_afwezig": "aaneengesloten afwezig",
}
GRENZEN = [("vanaf", "vanaf"), ("boven", "meer dan"), ("tot", "minder dan"), ("tot_en_met", "tot en met")]


def _pagina_regio(env, regio: str | None) -> str:
    if regio:
        return regio
    return pagina.regio() or profielen.BASIS


def datum_nl(d: dt.date | None) -> str:
    """'1 augustus 2024' (own month names: no locale, see the tech probe)."""
    if d is None:
        return ""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


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
    if b.url:
        return f'[{tekst}]({b.url}){{ title="Bron: {wat}" }}'
    return f"{tekst} <small>({_cel(b.artikel or b.titel)})</small>"


def vergelijk(pid: str, regio: str) -> tuple[profielen.Parameter | None, str]:
    """The region's parameter and its mark relative to the law (see LEGENDA)."""
    return verhouding(regio, pid)


# A single-region build (bouw/voor.py) sets config.extra.verzuimwijzer_regio; the
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


def registreer(env) -> None:
    _SITE["conf"] = env.conf
    env.macro(site_regio)  # the region of a single-region build, or None

    def profiel_van(regio=None):
        return profielen.laad(_pagina_regio(env, regio))

    def docs_dir() -> Path:
        return Path(env.conf["docs_dir"])

    def pagina_pad() -> str:
        return pagina.pad()

    def bestaat(pad: str) -> bool:
        deel, alleen = pad.split("/"), site_regio()
        if alleen and len(deel) > 2 and deel[0] == "regio" and deel[1] != alleen:
            return False  # another region's page: not in this single-region build
        return (docs_dir() / pad).is_file()

    def relatief(pad: str) -> str:
        """A docs-relative path as seen from the current page (MkDocs resolves .md links)."""
        van = posixpath.dirname(pagina_pad()) or "."
        pad, _, anker = pad.partition("#")
        rel = posixpath.relpath(pad, van)
        return rel + (f"#{anker}" if anker else "")

    @env.macro
    def link(pad, tekst):
        """A link to another page of the site, by its path under docs/ ('wet/verlof.md#anker').

        If the page does not exist (yet), the text is rendered without a link, marked with
        ``data-ontbreekt`` so the site tests can report it, and the build keeps working.
        """
        doel = pad.partition("#")[0]
        if bestaat(doel):
            return f"[{tekst}]({relatief(pad)})"
        return f'<span data-ontbreekt="{doel}">{tekst}</span>'

    @env.macro
    def regio(id=None):
        """The region profile of this page (or of ``id``): .naam, .organisaties, .stappen, .escalatie.

        On a page with front matter ``regio: <id>`` that variable hides this macro; use ``profiel()``.
        """
        return profiel_van(id)

    @env.macro
    def profiel(id=None):
        """Same as regio(), under a name that front matter does not hide."""
        return profiel_van(id)

    @env.macro
    def param(pid, regio=None):
        """The current version of a parameter (label, waarde, eenheid, bron, toelichting)."""
        return profiel_van(regio).parameter(pid)[0]

    @env.macro
    def p(pid, regio=None):
        """The value with its unit, as a reader sees it: '16 uur'."""
        return param(pid, regio).tekst()

    @env.macro
    def w(pid, regio=None):
        """The bare value: 16."""
        waarde = param(pid, regio).waarde
        return int(waarde) if isinstance(waarde, float) and waarde.is_integer() else waarde

    @env.macro
    def pw(pid, regio=None):
        """The value in words with its unit: 'twaalf volledige schooljaren', 'drie maanden'."""
        par = param(pid, regio)
        return woorden.vorm(par.waarde, par.eenheid, "woord")

    @env.macro
    def ww(pid, regio=None):
        """The bare value in words: 'twaalf'."""
        par = param(pid, regio)
        return woorden.vorm(par.waarde, par.eenheid, "woordgetal")

    @env.macro
    def rw(pid, regio=None):
        """The value as an ordinal in words: 'achttiende' (verjaardag), 'vierde' (ziekmelding)."""
        return woorden.rangtelwoord(w(pid, regio))

    @env.macro
    def bron(pid, regio=None):
        """The source of a parameter as a Markdown link: '[art. 21a lid 1 Lpw](…)'."""
        b = param(pid, regio).bron
        tekst = b.artikel or b.titel
        return f"[{tekst}]({b.url})" if b.url else tekst

    @env.macro
    def pb(pid, regio=None):
        """The value linked to its source: '[16 uur](…)' (for tables and short answers)."""
        return bron_link(param(pid, regio))

    @env.macro
    def geldig(pid, regio=None):
        """'geldig vanaf 1 augustus 2020' (and 'tot en met …' when the version ends)."""
        par = param(pid, regio)
        tekst = f"geldig vanaf {datum_nl(par.geldig_vanaf)}"
        if par.geldig_tot:
            tekst += f" tot en met {datum_nl(par.geldig_tot)}"
        return tekst

    @env.macro
    def markering(pid, regio=None):
        """How the region's value relates to the law: 'volgt de wet', 'strenger', 'eigen beleid', …"""
        return vergelijk(pid, _pagina_regio(env, regio))[1]

    @env.macro
    def organisaties(regio=None):
        """The region's organisations and contacts as a Markdown table."""
        rijen = ["| Organisatie | Wat | Contact |", "|---|---|---|"]
        for o in profiel_van(regio).organisaties:
            contact = " · ".join(x for x in (
                o.get("telefoon", ""),
                f"[{o['email']}](mailto:{o['email']})" if o.get("email") else "",
                f"`{o['email_onzeker']}` (zo in de bron; lijkt een tikfout, controleer het)" if o.get("email_onzeker") else "",
                f"[website van {o['naam']}]({o['website']})" if o.get("website") else "") if x)
            rijen.append(f"| {_cel(o['naam'])} | {_cel(o.get('rol', ''))} | {_cel(contact)} |")
        return "\n".join(rijen)

    @env.macro
    def meldpunt_adres(regio="drechtsteden"):
        """An e-mail address the source gives but that looks mistyped (organisation key 'email_onzeker'):
        as code text, never as a mailto link, so nobody mails it unchecked."""
        adressen = [o["email_onzeker"] for o in profiel_van(regio).organisaties if o.get("email_onzeker")]
        return " of ".join(f"`{a}`" for a in adressen) or "geen adres"

    @env.macro
    def keuzes():
        """All interpretation choices of the calculators (id, titel, tekst)."""
        return keuzes_mod.alle()

    @env.macro
    def regio_ids():
        return profielen.regio_ids()

    @env.macro
    def regios():
        """The region profiles (without 'landelijk'), in id order."""
        return [profielen.laad(r) for r in _regios()]

    @env.macro
    def aantal_regios():
        """'vier regio's', or 'één regio' in a single-region build: prose that counts the regions shown."""
        n = len(_regios())
        return "één regio" if n == 1 else f"{woorden.in_woorden(n)} regio's"

    @env.macro
    def vakantieregio(regio=None):
        """'regio Midden' (or '' when the profile names none)."""
        v = profiel_van(regio).vakantieregio
        return f"regio {VAKANTIEREGIO.get(v, v)}" if v else ""

    @env.macro
    def vergelijk_tabel(regios=None, pids=None):
        """Every threshold side by side: the law and each region, each value linked to its source.

        ``regios``: a list of region ids (default: all); ``pids``: only these parameter ids.
        """
        regio_lijst = list(regios) if regios else _regios()
        basis = profielen.laad(profielen.BASIS)
        kop = ["Drempel", "Landelijk (wet)"]
        for r in regio_lijst:
            prof = profielen.laad(r)
            naam = prof.regio.get("korte_naam") or prof.naam
            kop.append(link(f"regio/{r}/index.md", naam))
        rijen = ["| " + " | ".join(kop) + " |", "|" + "---|" * len(kop)]
        for pid in (pids or _alle_pids(regio_lijst)):
            if basis.heeft(pid):
                label = basis.parameter(pid)[0].label
                wet = bron_link(basis.parameter(pid)[0])
            else:
                label = next(profielen.laad(r).parameter(pid)[0].label
                             for r in regio_lijst if profielen.laad(r).heeft(pid))
                wet = "—"
            cellen = [f"{_cel(label)}<br><small><code>{pid}</code></small>", wet]
            for r in regio_lijst:
                par, mark = vergelijk(pid, r)
                if par is None:
                    cellen.append("—")
                elif mark == VOLGT_DE_WET:
                    cellen.append(f"*{mark}*")
                else:
                    cellen.append(f"{bron_link(par)}<br>*{mark}*")
            rijen.append("| " + " | ".join(cellen) + " |")
        return "\n".join(rijen)

    @env.macro
    def vergelijk_themas(regios=None):
        """[(thema, [parameter ids])] for the comparison page; themes without parameters are left out."""
        pids = _alle_pids(list(regios) if regios else _regios())
        groepen = {titel: [] for titel, _ in THEMAS}
        groepen[OVERIG_THEMA] = []
        for pid in pids:
            titel = next((t for t, prefixen in THEMAS if pid.startswith(prefixen)), OVERIG_THEMA)
            groepen[titel].append(pid)
        return [(t, ps) for t, ps in groepen.items() if ps]

    @env.macro
    def vergelijk_legenda():
        """The meaning of the marks in the comparison table, as a definition list."""
        return "\n\n".join(f"*{naam}*\n:   {uitleg[0].upper()}{uitleg[1:]}" for naam, uitleg in LEGENDA)

    @env.macro
    def afwijkingen(regio=None):
        """A bullet list of what the region states differently from the law, or adds to it."""
        r = _pagina_regio(env, regio)
        regels = []
        for pid in _alle_pids([r]):
            par, mark = vergelijk(pid, r)
            if par is None or mark in ("", VOLGT_DE_WET, MARKERING["herhaalt"], MARKERING["herhaalt_richtlijn"]):
                continue
            regels.append(f"- {par.label}: **{bron_link(par)}** ({mark})")
        return "\n".join(regels) or "- Geen: de regio volgt op alle drempels de wet."

    def grens(profiel, pid) -> str:
        return profiel.parameter(pid)[0].tekst() if profiel.heeft(pid) else pid

    def voorwaarde(profiel, v: dict) -> str:
        lesweken = grens(profiel, "melding_lesweken")
        schoolweken = grens(profiel, "mazl_schoolweken")
        veld = VELDEN.get(v.get("veld", ""), v.get("veld", "").replace("_", " "))
        veld = veld.format(lesweken=lesweken, schoolweken=schoolweken)
        delen = [f"{woord} {grens(profiel, v[sleutel])}" for sleutel, woord in GRENZEN if v.get(sleutel)]
        return f"{veld}: {' en '.join(delen)}" if delen else veld

    @env.macro
    def wanneer(stap, regio=None):
        """When a step applies, in words, with the thresholds from the profile."""
        profiel = profiel_van(regio)
        if stap.get("standaard"):
            return "Als geen andere stap geldt"
        als = stap.get("als") or []
        if not als:
            return ""
        tekst = " of ".join(voorwaarde(profiel, v) for v in als)
        return tekst[0].upper() + tekst[1:]

    @env.macro
    def stappen_tabel(regio=None):
        """The region's step plan (light to heavy): wanneer, wie in regie, wie betrokken, acties."""
        profiel = profiel_van(regio)
        rijen = ["| Stap | Wanneer | In regie | Betrokken | Wat gebeurt er |", "|---|---|---|---|---|"]
        for i, stap in enumerate(profiel.stappen, 1):
            titel = f"{i}. {_cel(stap.get('titel', stap.get('id', '')))}"
            bron_ = profiel.bronnen.get(stap.get("bron", ""), {})
            if bron_:
                wat = _cel(stap.get("artikel") or bron_.get("titel", ""))
                if bron_.get("url"):
                    wat = f"[{wat}]({bron_['url']})"
                titel += f"<br><small>{wat}</small>"
            keuze_links = [link(f"keuzes.md#{k}", keuzes_mod.keuze(k)["titel"]) for k in stap.get("keuzes", [])]
            rijen.append("| " + " | ".join([
                titel,
                _cel(wanneer(stap, profiel.id)) + "".join(
                    f"<br><small>Interpretatie: {_cel(k)}</small>" for k in keuze_links),
                _cel(stap.get("in_regie", "")),
                _lijst(stap.get("betrokken", [])),
                _lijst(stap.get("acties", [])),
            ]) + " |")
        return "\n".join(rijen)

    def termijn(profiel, stap: dict) -> str:
        van, tot = stap.get("termijn_van"), stap.get("termijn_tot")
        if van and tot:
            a, b = profiel.parameter(van)[0], profiel.parameter(tot)[0]
            if a.waarde == b.waarde:
                return bron_link(b)
            if a.eenheid == b.eenheid:
                return bron_link(b, f"{a.waarde}–{b.tekst()}") if a.bron == b.bron else \
                    f"{bron_link(a, str(a.waarde))}–{bron_link(b)}"
            return f"{bron_link(a)} tot {bron_link(b)}"
        if tot:
            par = profiel.parameter(tot)[0]
            # Only the protocol's own wording makes a deadline a hard 'uiterlijk'.
            return ("uiterlijk " if "uiterlijk" in par.label.lower() else "") + bron_link(par)
        if van:
            return "vanaf " + bron_link(profiel.parameter(van)[0])
        return "—"

    @env.macro
    def escalatie_tabel(regio=None):
        """The region's escalation ladder with deadlines (weeks after the first date of worrying
        absence) taken from the referenced parameters."""
        profiel = profiel_van(regio)
        if not profiel.escalatie:
            return "*Deze regio heeft geen opschalingsladder met termijnen in haar profiel.*"
        rijen = ["| Nr. | Opschaling | Doel | Termijn na de eerste datum van zorgwekkend verzuim | Per gemeente |",
                 "|---|---|---|---|---|"]
        for stap in profiel.escalatie:
            per = [f"**{_cel(g)}:** {_cel(t)}" for g, t in (stap.get("per_gemeente") or {}).items()]
            if stap.get("overslaan"):
                per.append("Slaan deze stap over: " + _cel(", ".join(stap["overslaan"])))
            rijen.append("| " + " | ".join([
                _cel(stap.get("nummer", "")),
                _cel(stap.get("titel", "")),
                _cel(stap.get("doel", "")),
                termijn(profiel, stap),
                _lijst(per),
            ]) + " |")
        return "\n".join(rijen)

    @env.macro
    def bronnen_lijst(regio=None, alleen_eigen=True):
        """The sources of a profile as a list of links (own sources only, unless alleen_eigen=False)."""
        id_ = _pagina_regio(env, regio)
        profiel = profielen.laad(id_)
        bronnen_ = profiel.bronnen
        if alleen_eigen and id_ != profielen.BASIS:
            basis = profielen.laad(profielen.BASIS).bronnen
            bronnen_ = {k: v for k, v in bronnen_.items() if basis.get(k) != v}
        regels = []
        for b in bronnen_.values():
            regels.append(f"- [{b['titel']}]({b['url']})" if b.get("url") else f"- {b['titel']}")
        return "\n".join(regels)

    @env.macro
    def regio_overzicht(kort=False, niveau=2):
        """Every region: name (linked to its page), vakantieregio, gemeenten, and (unless kort) what
        it states differently from the law."""
        blokken = []
        for r in _regios():
            prof = profielen.laad(r)
            naam = prof.regio.get("korte_naam") or prof.naam
            gemeenten = ", ".join(prof.regio.get("gemeenten", []))
            vak = vakantieregio(r)
            if kort:
                extra = "; ".join(x for x in (gemeenten, f"schoolvakanties {vak}" if vak else "") if x)
                blokken.append(f"- {link(f'regio/{r}/index.md', naam)}" + (f": {extra}" if extra else ""))
                continue
            regels = [f"{'#' * niveau} {naam}", ""]
            if prof.regio.get("omschrijving"):
                regels += [prof.regio["omschrijving"], ""]
            regels += [f"Gemeenten\n:   {gemeenten or '—'}", "", f"Schoolvakanties\n:   {vak or 'niet vastgelegd'}", ""]
            if prof.regio.get("bron_document"):
                regels += [f"Protocol\n:   {prof.regio['bron_document']}", ""]
            regels += ["Wat deze regio anders of extra regelt dan de wet:", "", afwijkingen(r), "",
                       link(f"regio/{r}/index.md", f"Naar de pagina's van {naam}"), ""]
            blokken.append("\n".join(regels))
        return ("\n" if kort else "\n\n").join(blokken)

    @env.macro
    def bronnen(regio=None):
        """The [bronnen] table of a profile (key -> {titel, url}), for Jinja loops."""
        return profiel_van(regio).bronnen

    env.variables["datum_nl"] = datum_nl
