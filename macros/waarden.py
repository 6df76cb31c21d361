"""Single profile values in the prose: {{ p("melding_uren") }}, {{ bron(…) }}, {{ geldig(…) }}, in words, marked."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from calculators import woorden

from macros.gemeen import _pagina_regio, bron_link, datum_nl, vergelijk


def registreer(env, pg: SimpleNamespace) -> None:
    """Register these macros; ``pg`` holds the page helpers and the macros registered before."""
    profiel_van = pg.profiel_van

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
    def param(pid, regio=None, peildatum=None):
        """The current version of a parameter (label, waarde, eenheid, bron, toelichting); with peildatum
        ('2025-12-31') the version valid then, for a sentence about what the law used to say."""
        datum = dt.date.fromisoformat(peildatum) if peildatum else None
        return profiel_van(regio).parameter(pid, datum)[0]

    @env.macro
    def p(pid, regio=None, peildatum=None):
        """The value with its unit, as a reader sees it: '16 uur'."""
        return param(pid, regio, peildatum).tekst()

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
    pg.regio = regio
    pg.profiel = profiel
    pg.param = param
    pg.p = p
    pg.w = w
    pg.pw = pw
    pg.ww = ww
    pg.rw = rw
    pg.bron = bron
    pg.pb = pb
    pg.geldig = geldig
    pg.markering = markering
