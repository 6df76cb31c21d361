"""The regions and choices a page lists: {{ regios() }}, {{ aantal_regios() }}, {{ vakantieregio() }}, {{ keuzes() }}."""

from __future__ import annotations

from types import SimpleNamespace

from calculators import keuzes as keuzes_mod
from calculators import profielen
from calculators import woorden
from calculators.woordenschat import VAKANTIEREGIO_LABELS

from macros.gemeen import _regios


def registreer(env, pg: SimpleNamespace) -> None:
    """Register these macros; ``pg`` holds the page helpers and the macros registered before."""
    profiel_van = pg.profiel_van

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
        return f"regio {VAKANTIEREGIO_LABELS.get(v, v)}" if v else ""
    pg.keuzes = keuzes
    pg.regio_ids = regio_ids
    pg.regios = regios
    pg.aantal_regios = aantal_regios
    pg.vakantieregio = vakantieregio
