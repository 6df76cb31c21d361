"""The calculators, in menu order: an explicit list, not the side effect of an import.

Everything about one calculator is declared with its rule, under its name: fields, rule, output labels
(``uitvoer``), the codes its answers carry (``codes``), the interpretation choices they may record (``keuzes``)
and which documents fit an answer (``documenten``) in ``calculators/regels/<module>.py`` (the overview in
``calculators/overzicht``); the document values in ``calculators/documenten/<naam>.py``.
"""

from __future__ import annotations

from .invoer import Rekenhulp
from .overzicht import VERZUIMOVERZICHT
from .regels.leerplicht import KWALIFICATIEPLICHT, LEERPLICHT_EINDE, LEERPLICHT_START, VRIJSTELLING_VIJFJARIGE
from .regels.melding import MELDING_16_UUR
from .regels.stappenplan import STAPPENPLAN
from .regels.verlof import VERLOF
from .regels.ziekte import ZIEKTEVERZUIM

REKENHULPEN: list[Rekenhulp] = [
    LEERPLICHT_START, LEERPLICHT_EINDE, KWALIFICATIEPLICHT, VRIJSTELLING_VIJFJARIGE,
    VERLOF, MELDING_16_UUR, ZIEKTEVERZUIM, STAPPENPLAN,
    VERZUIMOVERZICHT,  # reuses the rules above, one pupil at a time
]
REGISTER: dict[str, Rekenhulp] = {h.naam: h for h in REKENHULPEN}
