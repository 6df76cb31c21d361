"""Every region at a glance and its sources: {{ regio_overzicht() }}, {{ bronnen_lijst() }}, {{ bronnen() }}."""

from __future__ import annotations

from types import SimpleNamespace

from calculators import profielen

from macros.gemeen import _pagina_regio, _regios, geldend_op


def registreer(env, pg: SimpleNamespace) -> None:
    """Register these macros; ``pg`` holds the page helpers and the macros registered before."""
    afwijkingen = pg.afwijkingen
    link = pg.link
    profiel_van = pg.profiel_van
    vakantieregio = pg.vakantieregio

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
            regel = f"- [{b['titel']}]({b['url']})" if b.get("url") else f"- {b['titel']}"
            if b.get("gecontroleerd"):
                regel += f" ({geldend_op(b['gecontroleerd'])})"
            regels.append(regel)
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
    pg.bronnen_lijst = bronnen_lijst
    pg.regio_overzicht = regio_overzicht
    pg.bronnen = bronnen
