"""Dutch text helpers for answers: numbers with a decimal comma, singular/plural, lists.

Own code, not ``locale``: Pyodide and CPython have different locales, and an answer must read the
same in the page and on the command line.
"""

from __future__ import annotations


def getal_nl(x) -> str:
    """12.5 -> '12,5'; 16.0 -> '16'; at most two decimals, as the page shows numbers."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    if float(x).is_integer():
        return str(int(x))
    return f"{round(float(x), 2):g}".replace(".", ",")


def aantal(n, enkelvoud: str, meervoud: str) -> str:
    """'1 schooldag', '3 schooldagen', '2,5 uur' (a fraction takes the plural)."""
    return f"{getal_nl(n)} {enkelvoud if n == 1 else meervoud}"


def opsomming(delen: list[str], slot: str = "en") -> str:
    """['a', 'b', 'c'] -> 'a, b en c'."""
    delen = [d for d in delen if d]
    if len(delen) <= 1:
        return "".join(delen)
    return f"{', '.join(delen[:-1])} {slot} {delen[-1]}"


def zin(tekst: str) -> str:
    """A sentence: capital first letter, exactly one full stop at the end."""
    tekst = tekst.strip()
    if not tekst:
        return tekst
    tekst = tekst[0].upper() + tekst[1:]
    return tekst if tekst.endswith((".", "!", "?")) else tekst + "."


def begin_klein(tekst: str) -> str:
    """A title inside a sentence: 'Verzuimgesprek' -> 'verzuimgesprek', but 'JES-overleg' stays."""
    if len(tekst) > 1 and tekst[0].isupper() and tekst[1].islower():
        return tekst[0].lower() + tekst[1:]
    return tekst
