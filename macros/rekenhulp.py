"""The {{ rekenhulp("naam") }} macro: a calculator form generated from calculators.schema().

(Placeholder until the in-page calculators land: renders a notice, so pages can already embed it.)
"""

from __future__ import annotations


def registreer(env) -> None:
    @env.macro
    def rekenhulp(naam, regio=None):
        from calculators import schema

        s = schema(naam)
        if "fouten" in s:
            raise ValueError(s["fouten"][0]["melding"])
        return f'<div class="vw-rekenhulp" data-rekenhulp="{naam}"><p><strong>{s["titel"]}</strong></p></div>'
