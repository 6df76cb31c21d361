"""Numbers as Dutch words ('twaalf', 'achttiende') and the placeholders that fill profile values into texts.

A text such as ``"Minstens {melding_uren:woord}"`` names a parameter instead of typing its number, so a
changed threshold cannot leave a stale sentence. Format specs (``{pid:spec}``):

- ``{pid}``: value and unit, '16 uur'          - ``{pid:woord}``: in words with unit, 'zestien uur'
- ``{pid:getal}``: the bare value, '16'        - ``{pid:woordgetal}``: the bare value in words, 'zestien'
- ``{pid:rang}``: ordinal in words, 'zestiende' - ``{pid:eenheid}``: the unit only, 'uur'
"""

from __future__ import annotations

import string

_EENHEDEN = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
             "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
_TIENTALLEN = {20: "twintig", 30: "dertig", 40: "veertig", 50: "vijftig", 60: "zestig", 70: "zeventig",
               80: "tachtig", 90: "negentig"}
_RANG_APART = {1: "eerste", 3: "derde", 8: "achtste"}


def in_woorden(n: int) -> str:
    """0–999 in words ('drieëntwintig', 'honderdvijftig'); other values stay digits."""
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n < 1000:
        return str(n)
    if n < 20:
        return _EENHEDEN[n]
    if n < 100:
        tien, een = divmod(n, 10)
        if not een:
            return _TIENTALLEN[n]
        verbinding = "ën" if _EENHEDEN[een].endswith("e") else "en"
        return f"{_EENHEDEN[een]}{verbinding}{_TIENTALLEN[tien * 10]}"
    honderd, rest = divmod(n, 100)
    return ("honderd" if honderd == 1 else f"{_EENHEDEN[honderd]}honderd") + (in_woorden(rest) if rest else "")


def rangtelwoord(n: int) -> str:
    """'eerste', 'achtste', 'twaalfde', 'achttiende', 'twintigste'."""
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        return f"{n}e"
    if n % 100 in _RANG_APART:
        return in_woorden(n - n % 100) * bool(n // 100) + _RANG_APART[n % 100]
    woord = in_woorden(n)
    return woord + ("ste" if n % 100 >= 20 or n % 100 == 0 else "de")


def _geheel(waarde):
    return int(waarde) if isinstance(waarde, float) and waarde.is_integer() else waarde


def vorm(waarde, eenheid: str, spec: str) -> str:
    """One value in the form a placeholder asks for (see the module docstring)."""
    w = _geheel(waarde)
    if spec == "":
        return f"{w} {eenheid}".strip()
    if spec == "getal":
        return str(w)
    if spec == "eenheid":
        return eenheid
    if spec == "woordgetal":
        return "één" if w == 1 else in_woorden(w)
    if spec == "woord":
        return f"{vorm(w, eenheid, 'woordgetal')} {eenheid}".strip()
    if spec == "rang":
        return rangtelwoord(w)
    raise ValueError(spec)


SPECS = {"", "getal", "eenheid", "woordgetal", "woord", "rang"}


def plaatshouders(tekst: str) -> list[tuple[str, str]]:
    """The (parameter id, spec) pairs in a text, read by the standard library's format parser."""
    return [(veld, spec or "") for _, veld, spec, _ in string.Formatter().parse(tekst) if veld is not None]


def vul_in(tekst: str, waarden: dict[str, tuple[object, str]]) -> str:
    """Fill ``{pid:spec}`` from ``waarden`` (pid -> (waarde, eenheid)); a text without braces stays as is."""
    if "{" not in tekst:
        return tekst
    uit = []
    for letterlijk, veld, spec, _ in string.Formatter().parse(tekst):
        uit.append(letterlijk)
        if veld is not None:
            waarde, eenheid = waarden[veld]
            uit.append(vorm(waarde, eenheid, spec or ""))
    return "".join(uit)
