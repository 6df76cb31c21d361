"""What the result fields shared by every calculator are called for a reader, what an empty value means, and codes.

Each calculator declares its own labels and codes with its rule (``uitvoer=`` and ``codes=`` in
``calculators/regels/<naam>.py``); here the shared ones.

The browser shows answers from these texts (via ``schema(naam)["uitvoer"]`` and ``["codes"]``), so a
``null`` reads as "ter beoordeling van de beslisser" instead of a bare dash, and a code such as
``lrv`` reads as "langdurig relatief verzuim".
"""

from __future__ import annotations

from . import profielen

# naam -> (label, tekst als de waarde leeg is); the same names are used for table columns.
GEDEELD = {
    "kern": ("Conclusie", ""),
    "wat_nu": ("Wat nu", ""),
    "stand_op": ("Stand op", ""),
    "per_vakantieregio": ("Uitkomst per vakantieregio", ""),
    "vakantieregio": ("Vakantieregio", ""),
    "uitkomst": ("Uitkomst", ""),
    "benadering": ("Benadering (schoolvakanties van dat schooljaar niet bekend)", ""),
    "bron": ("Bron", ""),
    "redenen": ("Redenen", ""),
    "titel": ("Titel", ""),
}

# Fields a reader does not need to see: internal ids, and yes/no flags whose "nee" says nothing (the
# verdict sentence already covers them). The page reads this from schema(naam)["uitvoer"][i]["tonen"].
NOOIT_TONEN = {"id"}
ALLEEN_ALS_JA = {"benadering", "buiten_maand", "toestemming_directeur_nodig"}
# Lists the page folds away: (rows shown before the fold, the fold's summary).
# (The current step's title, regie and actions are in the verdict and 'wat nu' already.)
VOUWEN = {"stappen": (0, "Alle stappen die nu gelden, met betrokkenen en bron"),
          "escalatie": (0, "De hele opschalingsladder")}

# Codes in answers, as a reader says them, are declared with the rekenhulp whose answers carry them
# (``Rekenhulp.codes`` in calculators/regels/<naam>.py; the overview composes the codes of the rules it reuses).
# {naam} is a parameter of the law's profile (landelijk), so the numbers in these texts come from the same place
# as the calculators' thresholds. Here only the codes that the answers of more than one rule carry.
GEDEELDE_CODES = {
    # ziekteverzuim (melden_bij_ziekte) and stappenplan (why a step asks a melding)
    "bij_twijfel": "alleen als de school twijfelt of de leerling ziek is",
}


def codes(*hulpen) -> dict[str, str]:
    """The shared codes and those of ``hulpen`` as a reader says them, their numbers from the law's profile."""
    wet = profielen.laad(profielen.BASIS)
    waarden = {pid: wet.parameter(pid)[0].tekst() for pid in wet.parameters}
    tabel = dict(GEDEELDE_CODES)
    for hulp in hulpen:
        tabel.update(hulp.codes)
    return {code: tekst.format(**waarden) for code, tekst in tabel.items()}


def _tonen(naam: str) -> str:
    return "nooit" if naam in NOOIT_TONEN else "als_ja" if naam in ALLEEN_ALS_JA else "altijd"


def beschrijving(hulp, alle=()) -> dict:
    """The 'uitvoer' and 'codes' parts of schema(naam): the shared labels and the calculator's own
    (``Rekenhulp.uitvoer``, declared with its rule in calculators/regels/<naam>.py). The codes are those of
    every rekenhulp in ``alle`` (the register), as before they moved to their declarations: the page looks a code
    up by its value wherever it shows one."""
    velden = {**GEDEELD, **hulp.uitvoer}
    return {"uitvoer": [{"naam": k, "label": label, "leeg": leeg, "tonen": _tonen(k),
                         **({"vouwen": {"na": VOUWEN[k][0], "samenvatting": VOUWEN[k][1]}} if k in VOUWEN else {})}
                        for k, (label, leeg) in velden.items()],
            "codes": codes(hulp, *alle)}
