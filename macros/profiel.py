"""Macros that render profile values: {{ p("melding_uren") }}, {{ bron("melding_uren") }}, …

Besides the single-value macros there are table macros for the cross-cutting pages and the region
pages: ``vergelijk_tabel()``, ``stappen_tabel()``, ``escalatie_tabel()``, ``regio_overzicht()``,
``afwijkingen()``, ``bronnen_lijst()`` and ``link()``. None of them contains a number: every value
comes from a profile through ``calculators.profielen``. One module per group of macros (pagina, waarden,
contacten, regiolijst, vergelijking, stappen, regio_overzicht); the shared helpers are in ``gemeen``.
"""

from __future__ import annotations

from macros import contacten, pagina, regio_overzicht, regiolijst, stappen, vergelijking, waarden
from macros.gemeen import (  # noqa: F401  (the names pages' hooks and tests import from here)
    DUO_MELDCATEGORIEEN, EIGEN_BELEID, LEGENDA, MARKERING, VOLGT_DE_WET, WIJKT_AF, _SITE, bron_link, datum_nl,
    site_regio, vergelijk,
)


def registreer(env) -> None:
    _SITE["conf"] = env.conf
    env.macro(site_regio)  # the region of a single-region build, or None
    pg = pagina.registreer(env)
    for groep in (waarden, contacten, regiolijst, vergelijking, stappen, regio_overzicht):  # later ones use earlier ones
        groep.registreer(env, pg)
    env.variables["datum_nl"] = datum_nl
