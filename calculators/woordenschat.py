"""What a region profile may say: every word of the profile vocabulary, declared once.

The loader (profielen), the check (profiel_check), the scaffold (regio_maken), the calendar, the macros
and the page (through ``als_json()``) read these tables; ``json_schema()`` gives an editor the same rules
while a profile is typed (``calculators/profielen/profiel.schema.json``, kept up to date by a test).
Standard library only, and no import from this package: everything else may import this module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

# --- Vakantieregio's --------------------------------------------------------------------------------
# What a reader recognises: the provinces (the region follows the gemeente of the school; source:
# Regeling vaststelling schoolvakanties, summarised in the project's research on school holidays).
VAKANTIEREGIO_S: dict[str, tuple[str, str]] = {
    "noord": ("Noord", "Noord: Groningen, Friesland, Drenthe, Overijssel, Noord-Holland, Flevoland (niet Zeewolde)"),
    "midden": ("Midden", "Midden: Zuid-Holland, Utrecht, Zeewolde, het grootste deel van Gelderland"),
    "zuid": ("Zuid", "Zuid: Noord-Brabant, Limburg, Zeeland, Arnhem, Nijmegen en omgeving"),
}
REGIO_S = tuple(VAKANTIEREGIO_S)
VAKANTIEREGIO_LABELS = {r: label for r, (label, _) in VAKANTIEREGIO_S.items()}
VAKANTIEREGIO_OPTIES = tuple((r, lang) for r, (_, lang) in VAKANTIEREGIO_S.items())
VAKANTIEREGIO_TEKST = ", ".join(REGIO_S[:-1]) + f" of {REGIO_S[-1]}"  # 'noord, midden of zuid'

# --- Tables and keys ----------------------------------------------------------------------------------
BOVENSTE_SLEUTELS = ("regio", "bronnen", "parameter", "organisatie", "stap", "escalatie", "ziekteverzuim",
                     "stappenplan", "documenten", "keuzes")
# Keys of [regio]. The site reads paginas (menu order), kleur and logo (single-region build).
REGIO_SLEUTELS = ("id", "naam", "korte_naam", "omschrijving", "vakantieregio", "gemeenten", "bron_document",
                  "soort", "paginas", "kleur", "logo", "verlopen_aanvaard", "organisaties")
PARAMETER_SLEUTELS = ("waarde", "eenheid", "label", "bron", "artikel", "geldig_vanaf", "geldig_tot", "soort",
                      "toelichting", "verhouding")
PARAMETER_VERPLICHT = ("waarde", "label", "bron", "geldig_vanaf")
STAP_SLEUTELS = ("id", "titel", "in_regie", "betrokken", "acties", "bron", "artikel", "als", "standaard", "keuzes",
                 "documenten", "meldt_bij_duo")
ESCALATIE_SLEUTELS = ("nummer", "titel", "doel", "termijn_van", "termijn_tot", "overslaan", "per_gemeente")
ORGANISATIE_SLEUTELS = ("naam", "rol", "telefoon", "email", "email_onzeker", "website")
CONTACT_SLEUTELS = ("telefoon", "email", "website")
KEUZE_SLEUTELS = ("titel", "tekst")

# [regio] organisaties: what a region's own [[organisatie]] blocks do with the national contacts (DUO,
# Veilig Thuis, onderwijsconsulenten). A region with blocks must say which, so none vanish silently.
ORGANISATIES = {
    "aanvullen": "de landelijke organisaties blijven op de contactpagina, na die van de regio",
    "vervangen": "alleen de organisaties van de regio staan op de contactpagina (neem DUO en Veilig Thuis zelf op)",
}

# --- Parameters ---------------------------------------------------------------------------------------
# Kinds (soort) of a value and how a region's value relates to the law (verhouding), as a reader says them.
SOORTEN = ("wet", "beleid", "regionaal")
VERHOUDINGEN = {"herhaalt": "herhaalt de wet", "herhaalt_richtlijn": "herhaalt de landelijke richtlijn",
                "strenger": "strenger", "ruimer": "ruimer", "anders": "anders", "aanvulling": "aanvulling"}

# The type of a value: a number (getal), yes/no (ja_nee) or text (tekst).
TYPEN = {"getal": "een getal", "ja_nee": "ja of nee (true/false)", "tekst": "tekst"}


@dataclass(frozen=True)
class Soort:
    type: str
    eenheid: str  # the law's unit; a region may say it in its own words ('lesuren')


# Every parameter a calculator reads by name, with its type and the law's unit. A parameter not named here
# (a region's own threshold) is a number when a step, an escalation or a criterion refers to it.
PARAMETERS: dict[str, Soort] = {
    "basisschool_schooljaren": Soort("getal", "schooljaren"),
    "kwalificatieplicht_eindleeftijd": Soort("getal", "jaar"),
    "leerplicht_eindleeftijd": Soort("getal", "jaar"),
    "leerplicht_max_schooljaren": Soort("getal", "volledige schooljaren"),
    "leerplicht_startleeftijd": Soort("getal", "jaar"),
    "lrv_weken": Soort("getal", "weken"),
    "mazl_aaneengesloten_dagen": Soort("getal", "schooldagen"),
    "mazl_aaneengesloten_uren": Soort("getal", "uur"),
    "mazl_dagen_schooljaar": Soort("getal", "schooldagen ziek per schooljaar"),
    "mazl_meldingen_schooljaar": Soort("getal", "ziekmeldingen per schooljaar"),
    "mazl_schoolweken": Soort("getal", "schoolweken"),
    "mazl_ziekmeldingen": Soort("getal", "ziekmeldingen"),
    "melding_lesweken": Soort("getal", "lesweken"),
    "melding_termijn_werkdagen": Soort("getal", "werkdagen"),
    "melding_uren": Soort("getal", "uur"),
    "melding_vervolg_dagen": Soort("getal", "kalenderdagen"),
    "thuiszitter_weken": Soort("getal", "weken"),
    "verlof_gewichtig_achteraf_dagen": Soort("getal", "dagen"),
    "verlof_gewichtig_max_dagen_directeur": Soort("getal", "schooldagen per schooljaar"),
    "verlof_religieus_melding_dagen": Soort("getal", "dagen"),
    "verlof_vakantie_aanvraag_weken": Soort("getal", "weken"),
    "verlof_vakantie_max_dagen": Soort("getal", "schooldagen"),
    "verlof_vakantie_uitgesloten_lesweken": Soort("getal", "lesweken"),
    "vijfjarige_extra_uren": Soort("getal", "uur per week"),
    "vijfjarige_tot_leeftijd": Soort("getal", "jaar"),
    "vijfjarige_vrijstelling_uren": Soort("getal", "uur per week"),
}


def type_van(waarde) -> str | None:
    """'getal', 'ja_nee', 'tekst' or None (not a value a profile may hold)."""
    if isinstance(waarde, bool):
        return "ja_nee"
    if isinstance(waarde, (int, float)):
        return "getal"
    if isinstance(waarde, str):
        return "tekst"
    return None


# --- Stappenplan conditions ([[stap]] als = [{veld = …, vanaf = "<parameter-id>"}]) -------------------
# field -> how a reader says it; {lesweken} and {schoolweken} are filled from the profile by the macros.
STAP_VELDEN = {
    "ongeoorloofde_uren": "ongeoorloofd verzuim in {lesweken}",
    "keer_te_laat": "keer te laat",
    "ziekmeldingen_12_weken": "ziekmeldingen in {schoolweken}",
    "aaneengesloten_ziektedagen": "aaneengesloten ziek",
    "aaneengesloten_ziekte_uren": "aaneengesloten ziek",
    "weken_aaneengesloten_afwezig": "aaneengesloten afwezig",
    "weken_aaneengesloten_niet_op_school": "aaneengesloten niet op school (ook ziek of geoorloofd)",
    "ziekmeldingen_schooljaar": "ziekmeldingen in het schooljaar",
    "ziektedagen_schooljaar": "schooldagen ziek in het schooljaar",
}
# operator -> (sign, how a reader says it)
STAP_GRENZEN = {"vanaf": ("≥", "vanaf"), "boven": (">", "meer dan"), "tot": ("<", "minder dan"),
                "tot_en_met": ("≤", "tot en met")}
ESCALATIE_TERMIJNEN = ("termijn_van", "termijn_tot")
# A region's own parameter whose id contains this is a te-laat threshold the overview counts against
# (unless it ends in _tot: an upper bound of a step); it must be a number.
TE_LAAT = "te_laat"

# --- Ziekteverzuim ([ziekteverzuim] <onderwijssoort> = [criteria]) --------------------------------------
ONDERWIJSSOORTEN = {"po": "Primair onderwijs", "vo": "Voortgezet onderwijs", "mbo": "Mbo"}
# criterion -> (how a reader says it, the parameters it reads)
CRITERIA: dict[str, tuple[str, tuple[str, ...]]] = {
    "meldingen_in_schoolweken": ("aantal ziekmeldingen in een aantal schoolweken",
                                 ("mazl_ziekmeldingen", "mazl_schoolweken")),
    "aaneengesloten_dagen": ("aaneengesloten schooldagen ziek", ("mazl_aaneengesloten_dagen",)),
    "aaneengesloten_uren": ("aaneengesloten uren ziek", ("mazl_aaneengesloten_uren",)),
    "meldingen_per_schooljaar": ("ziekmeldingen per schooljaar", ("mazl_meldingen_schooljaar",)),
    "dagen_per_schooljaar": ("ziektedagen per schooljaar", ("mazl_dagen_schooljaar",)),
}
# [ziekteverzuim] inschakelen = [...] (who the school brings in at a threshold) and duo = "…" (when sickness
# goes to DUO): the law's default is the jeugdarts and no DUO melding.
ZIEKTE_INSCHAKELEN = ("jeugdarts", "leerplichtambtenaar")
ZIEKTE_DUO = ("nee", "bij_twijfel")

# Material for MkDocs' named primary colours (theme.palette.primary); they come with readable text colours.
KLEUREN = ("red", "pink", "purple", "deep purple", "indigo", "blue", "light blue", "cyan", "teal", "green",
           "light green", "lime", "yellow", "amber", "orange", "deep orange", "brown", "grey", "blue grey",
           "black", "white")


def opsomming(woorden) -> str:
    """'a, b of c': the choices in a message."""
    woorden = list(woorden)
    return woorden[0] if len(woorden) == 1 else ", ".join(woorden[:-1]) + f" of {woorden[-1]}"


def als_dict() -> dict:
    return {
        "vakantieregios": [{"id": r, "label": label, "omschrijving": lang} for r, (label, lang) in VAKANTIEREGIO_S.items()],
        "bovenste_sleutels": list(BOVENSTE_SLEUTELS), "regio_sleutels": list(REGIO_SLEUTELS),
        "parameter_sleutels": list(PARAMETER_SLEUTELS), "stap_sleutels": list(STAP_SLEUTELS),
        "escalatie_sleutels": list(ESCALATIE_SLEUTELS), "organisatie_sleutels": list(ORGANISATIE_SLEUTELS),
        "organisaties": ORGANISATIES, "soorten": list(SOORTEN), "verhoudingen": VERHOUDINGEN, "typen": TYPEN,
        "parameters": {pid: {"type": s.type, "eenheid": s.eenheid} for pid, s in PARAMETERS.items()},
        "stap_velden": STAP_VELDEN,
        "stap_grenzen": {op: {"teken": t, "tekst": w} for op, (t, w) in STAP_GRENZEN.items()},
        "onderwijssoorten": ONDERWIJSSOORTEN,
        "criteria": {c: {"tekst": t, "parameters": list(p)} for c, (t, p) in CRITERIA.items()},
        "kleuren": list(KLEUREN),
    }


def als_json() -> str:
    """The vocabulary for the page and for tools in other languages."""
    return json.dumps(als_dict(), ensure_ascii=False, indent=1)


def _enum(waarden) -> dict:
    return {"enum": list(waarden)}


def json_schema() -> dict:
    """A JSON Schema (draft 2020-12) for a profile: editors with a TOML language server check while typing."""
    tekst = {"type": "string"}
    tekstlijst = {"type": "array", "items": tekst}
    datum = {"type": "string", "format": "date"}
    waarde = {"type": ["number", "boolean", "string"]}
    versie = {"type": "object", "additionalProperties": False, "required": list(PARAMETER_VERPLICHT),
              "properties": {**{k: tekst for k in PARAMETER_SLEUTELS}, "waarde": waarde,
                             "geldig_vanaf": datum, "geldig_tot": datum, "soort": _enum(SOORTEN),
                             "verhouding": _enum(VERHOUDINGEN)}}
    getal = {**versie, "properties": {**versie["properties"], "waarde": {"type": "number"}}}
    een_of_meer = {naam: {"anyOf": [{"$ref": f"#/$defs/{naam}"},
                                    {"type": "array", "minItems": 1, "items": {"$ref": f"#/$defs/{naam}"}}]}
                   for naam in ("versie", "versie_getal")}
    parameters = {pid: een_of_meer["versie_getal"] for pid, s in PARAMETERS.items() if s.type == "getal"}
    voorwaarde = {"type": "object", "additionalProperties": False, "required": ["veld"],
                  "properties": {"veld": _enum(STAP_VELDEN), **{op: tekst for op in STAP_GRENZEN}}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Verzuimwijzer regioprofiel",
        "description": "Gegenereerd uit calculators/woordenschat.py; zie calculators/profielen/FORMAAT.md.",
        "type": "object", "additionalProperties": False, "required": ["regio"],
        "$defs": {"versie": versie, "versie_getal": getal},
        "properties": {
            "regio": {"type": "object", "additionalProperties": False, "required": ["naam"],
                      "properties": {**{k: tekst for k in REGIO_SLEUTELS}, "gemeenten": tekstlijst, "paginas": tekstlijst,
                                     "vakantieregio": _enum(("", *REGIO_S)), "kleur": _enum(KLEUREN),
                                     "organisaties": _enum(ORGANISATIES)}},
            "bronnen": {"type": "object", "additionalProperties": {
                "type": "object", "required": ["titel"], "properties": {"titel": tekst, "url": tekst, "gecontroleerd": tekst}}},
            "parameter": {"type": "object", "properties": parameters,
                          "additionalProperties": een_of_meer["versie"]},
            "organisatie": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["naam"],
                "properties": {k: tekst for k in ORGANISATIE_SLEUTELS}}},
            "stap": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["id", "titel", "in_regie"],
                "properties": {**{k: tekst for k in STAP_SLEUTELS}, "betrokken": tekstlijst, "acties": tekstlijst,
                               "keuzes": tekstlijst, "documenten": tekstlijst, "standaard": {"type": "boolean"},
                               "als": {"type": "array", "items": voorwaarde}}}},
            "escalatie": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["titel"],
                "properties": {**{k: tekst for k in ESCALATIE_SLEUTELS}, "nummer": {"type": ["integer", "string"]},
                               "overslaan": tekstlijst, "per_gemeente": {"type": "object", "additionalProperties": tekst}}}},
            "ziekteverzuim": {"type": "object", "additionalProperties": False, "properties": {
                **{s: {"type": "array", "items": _enum(CRITERIA)} for s in ONDERWIJSSOORTEN},
                "inschakelen": {"type": "array", "items": _enum(ZIEKTE_INSCHAKELEN)}, "duo": _enum(ZIEKTE_DUO)}},
            "stappenplan": {"type": "object"},
            "documenten": {"type": "object"},
            "keuzes": {"type": "object", "additionalProperties": {
                "type": "object", "additionalProperties": False, "required": list(KEUZE_SLEUTELS),
                "properties": {k: tekst for k in KEUZE_SLEUTELS}}},
        },
    }


if __name__ == "__main__":  # python -m calculators.woordenschat > calculators/profielen/profiel.schema.json
    print(json.dumps(json_schema(), ensure_ascii=False, indent=1))
