"""A region's organisations and contacts: {{ organisaties() }}, {{ meldpunt_adres() }}."""

from __future__ import annotations

from types import SimpleNamespace

from calculators import woorden

from macros.gemeen import DUO_MELDCATEGORIEEN, _cel


def registreer(env, pg: SimpleNamespace) -> None:
    """Register these macros; ``pg`` holds the page helpers and the macros registered before."""
    profiel_van = pg.profiel_van

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
    def duo_meldcategorieen():
        """'vijf meldcategorieën: "16 uur in 4 weken", …' with each linked to its section on Melden bij DUO."""
        namen = [pg.link(f"wet/melden-duo.md#{anker}", naam) for naam, anker in DUO_MELDCATEGORIEEN]
        telwoord = woorden.vorm(len(namen), "", "woordgetal")
        return f"{telwoord} meldcategorieën: {', '.join(namen[:-1])} en {namen[-1]}"
    pg.organisaties = organisaties
    pg.meldpunt_adres = meldpunt_adres
