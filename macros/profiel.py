"""Macros that render profile values: {{ p("melding_uren") }}, {{ bron("melding_uren") }}, …"""

from __future__ import annotations

from calculators import profielen
from calculators.keuzes import KEUZES


def _pagina_regio(env, regio: str | None) -> str:
    if regio:
        return regio
    page = getattr(env, "page", None)
    meta = getattr(page, "meta", None) or {}
    return meta.get("regio", profielen.BASIS)


def registreer(env) -> None:
    def profiel_van(regio=None):
        return profielen.laad(_pagina_regio(env, regio))

    @env.macro
    def regio(id=None):
        """The region profile of this page (or of ``id``): .naam, .organisaties, .stappen, .escalatie."""
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
    def bron(pid, regio=None):
        """The source of a parameter as a Markdown link: '[art. 21a lid 1 Lpw](…)'."""
        b = param(pid, regio).bron
        tekst = b.artikel or b.titel
        return f"[{tekst}]({b.url})" if b.url else tekst

    @env.macro
    def organisaties(regio=None):
        """The region's organisations and contacts as a Markdown table."""
        rijen = ["| Organisatie | Wat | Contact |", "|---|---|---|"]
        for o in profiel_van(regio).organisaties:
            contact = " · ".join(x for x in (
                o.get("telefoon", ""),
                f"[{o['email']}](mailto:{o['email']})" if o.get("email") else "",
                f"[website]({o['website']})" if o.get("website") else "") if x)
            rijen.append(f"| {o['naam']} | {o.get('rol', '')} | {contact} |")
        return "\n".join(rijen)

    @env.macro
    def keuzes():
        """All interpretation choices of the calculators (id, titel, tekst)."""
        return [{"id": k, **v} for k, v in KEUZES.items()]

    @env.macro
    def regio_ids():
        return profielen.regio_ids()
