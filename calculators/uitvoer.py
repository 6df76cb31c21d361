"""What the result fields shared by every calculator are called for a reader, what an empty value means, and codes.

Each calculator declares its own labels with its rule (``uitvoer=`` in ``calculators/regels/<naam>.py``).

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

# Codes in answers, as a reader says them. {naam} is a parameter of the law's profile (landelijk), so the
# numbers in these texts come from the same place as the calculators' thresholds.
CODES = {
    "16_jaar": "{leerplicht_eindleeftijd} (einde van het schooljaar waarin de jongere die leeftijd bereikt)",
    "12_schooljaren": "{leerplicht_max_schooljaren} (art. 3 lid 1 onder a Lpw)",
    "18_jaar": "tot de verjaardag waarop de jongere {kwalificatieplicht_eindleeftijd} wordt",
    "startkwalificatie": "startkwalificatie behaald",
    "uitzondering": "wettelijke uitzondering",
    "16_uur": "{melding_uren} in {melding_lesweken}",
    "lrv": "langdurig relatief verzuim",
    "meldingen_in_schoolweken": "aantal ziekmeldingen in een aantal schoolweken",
    "aaneengesloten_dagen": "aaneengesloten schooldagen ziek",
    "aaneengesloten_uren": "aaneengesloten uren ziek",
    "meldingen_per_schooljaar": "ziekmeldingen per schooljaar",
    "dagen_per_schooljaar": "ziektedagen per schooljaar",
    "directeur": "de directeur van de school",
    "leerplichtambtenaar": "de leerplichtambtenaar van de woongemeente",
    "overgeslagen": "overgeslagen in deze gemeente",
    "melding_16_uur": "melding {melding_uren} in {melding_lesweken}",
    "mazl": "zorgwekkend ziekteverzuim (M@ZL)",
    "te_laat": "te laat",
    "thuiszitter": "thuiszitter",
    "ongeoorloofd": "ongeoorloofd",
    "ziek": "ziek",
    "geoorloofd": "geoorloofd",
    "negeren": "geen verzuim (negeren)",
    "lesuur": "per lesuur",
    "tijdvak": "met begin- en eindtijd",
    "dagtotaal": "uren of minuten per dag",
    "synoniem": "herkend aan de kolomnaam",
    "gebruiker": "door u gekozen",
    "geoorloofd-kolom": "volgens de kolom geoorloofd",
    "soort-kolom": "volgens de kolom soort",
    "ongeldig": "niet te lezen",
    "toekomst": "na de peildatum",
    "geen_schooldag": "geen schooldag",
    "dubbel": "dubbel",
    "verstreken": "termijn verstreken",
    "nu": "nu aan de beurt",
    "later": "nog niet aan de beurt",
    "nu_te_laat": "nu aan de beurt: alle termijnen zijn verstreken",
    "bij_twijfel": "alleen als de school twijfelt of de leerling ziek is",
    "regionaal": "volgens de afspraak van de regio (de wet vraagt het niet)",
}


def codes() -> dict[str, str]:
    """Every code as a reader says it, its numbers from the law's profile."""
    wet = profielen.laad(profielen.BASIS)
    waarden = {pid: wet.parameter(pid)[0].tekst() for pid in wet.parameters}
    return {code: tekst.format(**waarden) for code, tekst in CODES.items()}


def _tonen(naam: str) -> str:
    return "nooit" if naam in NOOIT_TONEN else "als_ja" if naam in ALLEEN_ALS_JA else "altijd"


def beschrijving(hulp) -> dict:
    """The 'uitvoer' and 'codes' parts of schema(naam): the shared labels and the calculator's own
    (``Rekenhulp.uitvoer``, declared with its rule in calculators/regels/<naam>.py)."""
    velden = {**GEDEELD, **hulp.uitvoer}
    return {"uitvoer": [{"naam": k, "label": label, "leeg": leeg, "tonen": _tonen(k),
                         **({"vouwen": {"na": VOUWEN[k][0], "samenvatting": VOUWEN[k][1]}} if k in VOUWEN else {})}
                        for k, (label, leeg) in velden.items()],
            "codes": codes()}
