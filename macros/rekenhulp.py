"""The {{ rekenhulp("naam") }} macro: a calculator form generated from calculators.schema().

(Placeholder until the in-page calculators land: renders a titled box, so pages can already embed it.)
"""

from __future__ import annotations


def registreer(env) -> None:
    @env.macro
    def rekenhulp(naam, regio=None):
        from calculators import schema

        s = schema(naam)
        titel = s.get("titel", naam)
        return f'<div class="vw-rekenhulp" data-rekenhulp="{naam}"><p><strong>{titel}</strong></p></div>'
