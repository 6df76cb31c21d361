"""Filling a template: string.Template with a strict mapping.

Every ``$naam`` in a template must be a value computed from the answer, a part (``delen``) or a declared
blank (``open``); anything else is an error naming the template, never a silently empty spot.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Template

from ..fouten import ProfielFout
from .laden import Leeg, Sjabloon


class _Strikt(Mapping):
    def __init__(self, waarden: dict, sjabloon: Sjabloon):
        self.waarden = waarden
        self.sjabloon = sjabloon
        self.gebruikt: dict[str, Leeg] = {}

    def __getitem__(self, naam: str) -> str:
        if naam in self.waarden:
            waarde = self.waarden[naam]
        elif naam in self.sjabloon.open:
            waarde = self.sjabloon.open[naam]
        else:
            raise ProfielFout(f"document '{self.sjabloon.soort}' ({', '.join(self.sjabloon.herkomst)}): "
                              f"'${naam}' is geen berekende waarde, geen deel en geen open veld.")
        if isinstance(waarde, Leeg):
            self.gebruikt[waarde.merk] = waarde
            return waarde.merk
        if isinstance(waarde, (list, tuple)):
            return "\n".join(f"- {w}" for w in waarde) if waarde else "- (geen)"
        return str(waarde)

    def __iter__(self):
        return iter(self.waarden)

    def __len__(self):
        return len(self.waarden)


def _vul(tekst: str, mapping: _Strikt, waar: str) -> str:
    try:
        return Template(tekst).substitute(mapping)
    except ValueError as e:  # a lone '$': write '$$' for a dollar sign
        raise ProfielFout(f"document '{mapping.sjabloon.soort}', {waar}: ongeldige $-plaatshouder ({e}).") from None


def vul(sjabloon: Sjabloon, waarden: dict, rekenhulp: str) -> tuple[str, list[dict]]:
    """The filled text and its open fields (in the order they first appear)."""
    waarden = dict(waarden)
    weglaten = set(waarden.pop("_weglaten", ()))  # parts that do not apply to this answer
    mapping = _Strikt(waarden, sjabloon)
    delen = {**sjabloon.delen, **sjabloon.varianten.get(rekenhulp, {})}
    for naam, tekst in delen.items():  # a part may use the parts defined before it
        if naam in waarden:
            raise ProfielFout(f"document '{sjabloon.soort}': deel '{naam}' heeft de naam van een berekende waarde.")
        mapping.waarden[naam] = "" if naam in weglaten else _vul(tekst, mapping, f"deel '{naam}'")
    tekst = _vul(sjabloon.tekst, mapping, "tekst").strip() + "\n"
    while "\n\n\n" in tekst:  # an empty part leaves no gap
        tekst = tekst.replace("\n\n\n", "\n\n")
    open_ = sorted((v for v in mapping.gebruikt.values() if v.merk in tekst), key=lambda v: tekst.find(v.merk))
    return tekst, [v.als_dict() for v in open_]
