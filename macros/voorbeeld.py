"""Worked examples and rule outcomes on a page come from a calculator run at build time.

``{{ uitkomst("stappenplan", "duo_melding", ziekmeldingen_12_weken=4) }}`` runs the calculator for the page's
region and returns one value of its answer; ``{{ voorbeeld("stappenplan", ziekmeldingen_12_weken=4) }}`` shows
input, verdict and what to do as an admonition; ``{{ regel_ziekte("duo_zin") }}`` states the region's sickness
rule (calculators.regels.ziekte.melden_bij_ziekte). A page that states a rule's outcome so cannot drift from the
code: change the rule and the page changes with it; a calculator error stops the build.
"""

from __future__ import annotations

from calculators import profielen, run
from calculators.regels import ziekte

from macros.gemeen import _pagina_regio

# Readable names for the words an answer uses in its structured fields.
WOORDEN = {"ja": "ja", "nee": "nee", "bij_twijfel": "alleen bij twijfel aan de ziekte",
           "regionaal": "volgens de afspraak van de regio (de wet vraagt het niet)"}


def _binnen_grenzen(naam: str, invoer: dict) -> dict:
    """A count taken from a profile stays within the field's bounds (a test build shifts every profile value by
    thousands; the example then shows the bound, real profiles are far below it)."""
    grenzen = {v["naam"]: v.get("maximum") for v in _schema_velden(naam)}
    return {k: min(v, grenzen[k]) if isinstance(v, (int, float)) and grenzen.get(k) is not None else v
            for k, v in invoer.items()}


def bereken(naam: str, regio: str, invoer: dict) -> dict:
    antwoord = run(naam, {"regio": regio, **_binnen_grenzen(naam, invoer)})
    if "fouten" in antwoord:
        raise ValueError(f"voorbeeld {naam} ({regio}): {antwoord['fouten']}")
    return antwoord


def waarde_uit(antwoord: dict, pad: str):
    """'kern', 'duo_melding', 'wat_nu.-1', 'stappen.0.titel': a path into the answer."""
    x = antwoord
    for deel in pad.split("."):
        x = x[int(deel)] if isinstance(x, list) else x[deel]
    return x


def registreer(env) -> None:
    @env.macro
    def uitkomst(naam: str, pad: str, regio: str | None = None, **invoer):
        x = waarde_uit(bereken(naam, _pagina_regio(env, regio), invoer), pad)
        return WOORDEN.get(x, x) if isinstance(x, str) else x

    @env.macro
    def voorbeeld(naam: str, regio: str | None = None, **invoer):
        antwoord = bereken(naam, _pagina_regio(env, regio), invoer)
        labels = {v["naam"]: v["label"] for v in _schema_velden(naam)}
        feiten = "; ".join(f"{labels.get(k, k).lower()}: {v}" for k, v in invoer.items())
        regels = [f'!!! example "Rekenvoorbeeld (berekend bij het bouwen van deze pagina)"',
                  f"    **Invoer:** {feiten}.", "", f"    **Antwoord:** {antwoord['kern']}", ""]
        regels += [f"    - {a}" for a in antwoord.get("wat_nu", [])]
        return "\n".join(regels)

    @env.macro
    def regel_ziekte(sleutel: str, regio: str | None = None):
        x = ziekte.melden_bij_ziekte(profielen.laad(_pagina_regio(env, regio)))[sleutel]
        return WOORDEN.get(x, x) if isinstance(x, str) else x


def _schema_velden(naam: str) -> list[dict]:
    from calculators import schema

    return schema(naam)["velden"]
