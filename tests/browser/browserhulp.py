"""Filling a generated calculator form from an input dict, driven by calculators.schema() only."""

from __future__ import annotations

import json

from calculators import schema

from omgeving import START_MS


def vul_in(pagina, naam: str, invoer: dict, blok: str | None = None) -> None:
    blok = blok or f'.vw-rekenhulp[data-rekenhulp="{naam}"]'
    # The region first, as the form shows it: fields some regions use only appear once their region is chosen.
    for veld in sorted(schema(naam)["velden"], key=lambda v: v["naam"] != "regio"):
        if veld["naam"] not in invoer:
            continue
        waarde = invoer[veld["naam"]]
        plek = pagina.locator(f'{blok} [data-veld="{veld["naam"]}"]')
        if veld.get("meer_opties"):  # behind the "Meer opties" disclosure: open it as a person would
            meer = pagina.locator(f"{blok} details.vw-meer")
            if not meer.evaluate("d => d.open"):
                meer.locator("summary").click()
        soort = veld["type"]
        if soort == "keuze":
            plek.locator("select").select_option(str(waarde))
        elif soort == "bool":
            plek.locator("input").set_checked(bool(waarde))
        elif soort == "datumlijst":
            plek.locator("textarea").fill("\n".join(waarde) if isinstance(waarde, list) else waarde)
        elif soort == "lijst" and isinstance(waarde, str):
            plek.locator("[data-plak]").fill(waarde)
        elif soort == "lijst":
            for i, rij in enumerate(waarde):
                if plek.locator("tbody tr").count() <= i:
                    plek.get_by_role("button", name="Regel toevoegen").click()
                for kolom, w in rij.items():
                    plek.locator("tbody tr").nth(i).locator(f'[data-kolom="{kolom}"]').fill(str(w))
        else:
            plek.locator("input, textarea").first.fill(str(waarde))


def bereken(pagina, naam: str) -> dict:
    """Click 'Bereken' and return the raw answer the page shows (or its fouten)."""
    blok = pagina.locator(f'.vw-rekenhulp[data-rekenhulp="{naam}"]').first
    # A previous answer on the page must not count as this one.
    blok.evaluate("b => { b.querySelector('.vw-antwoord').hidden = true; b.querySelector('.vw-samenvatting').hidden = true; }")
    blok.get_by_role("button", name="Bereken", exact=True).click()
    pagina.wait_for_function(
        """b => !b.hasAttribute('aria-busy') && (!b.querySelector('.vw-antwoord').hidden
             || !b.querySelector('.vw-samenvatting').hidden)""", arg=blok.element_handle(), timeout=START_MS)
    if blok.locator(".vw-antwoord").is_visible():
        return json.loads(blok.locator(".vw-antwoord-json").text_content())
    return {"fouten_getoond": blok.locator(".vw-samenvatting").inner_text()}


def wacht_op_python(pagina) -> None:
    pagina.wait_for_function("() => window.vwRekenhulp && window.vwRekenhulp.klaarMs !== null", timeout=START_MS)


def tab_naar(pagina, selector: str, max_keer: int = 400) -> None:
    """Press Tab until the focused element matches ``selector`` (keyboard-only tests)."""
    for _ in range(max_keer):
        pagina.keyboard.press("Tab")
        if pagina.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"met Tab niet bij {selector} gekomen")
