"""Interpretation choices: where the law is silent or sources disagree, what the calculators do.

The texts are profile data: ``[keuzes.<id>]`` in ``landelijk.toml`` for the national ones, and in a region's
own profile for the choices that read that region's protocol (a region may also replace a national text).
Each answer lists the choices it applied under ``keuzes``; the site's page 'Keuzes en interpretaties'
renders the same texts, so the page and the answers cannot drift apart. The loader fills the ``{pid}``
placeholders (forms in ``calculators/woorden.py``) from the profile that states the choice.
"""

from __future__ import annotations

from . import profielen


def keuze(kid: str, profiel: profielen.Profiel | None = None) -> dict[str, str]:
    """One choice, filled: {"titel": …, "tekst": …}; the region's own text when ``profiel`` has one."""
    bron = profiel.keuzes if profiel is not None and kid in profiel.keuzes else profielen.laad(profielen.BASIS).keuzes
    k = bron[kid]
    return {"titel": k["titel"], "tekst": k["tekst"]}


def alle() -> list[dict[str, str]]:
    """Every choice, filled: [{"id", "titel", "tekst"}], the national ones first, then each region's own."""
    uit: dict[str, dict[str, str]] = {}
    for rid in profielen.regio_ids():
        try:
            profiel = profielen.laad(rid)
        except Exception:  # a broken profile is reported by profiel-check and the build, not here
            continue
        for kid in (profiel.keuzes if rid == profielen.BASIS else profiel.eigen_keuzes):
            uit.setdefault(kid, {"id": kid, **keuze(kid, profiel)})
    return list(uit.values())
