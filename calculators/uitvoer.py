"""What the result fields of each calculator are called for a reader, and what an empty value means.

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

_STAPPENPLAN = {
        "stappen": ("Stappen die nu gelden, zwaarste eerst", ""),
        "id": ("Kenmerk", ""),
        "in_regie": ("Regie bij", ""),
        "betrokken": ("Betrokken", ""),
        "acties": ("Wat te doen", ""),
        "escalatie": ("Escalatieladder", ""),
        "nummer": ("Nr.", ""),
        "doel": ("Doel", ""),
        "termijn": ("Termijn", ""),
        "datum_van": ("Van", ""),
        "datum_tot": ("Tot", ""),
        "status": ("Stand", ""),
        "van_toepassing": ("Geldt in deze gemeente", ""),
        "per_gemeente": ("In deze gemeente", ""),
}

UITVOER: dict[str, dict[str, tuple[str, str]]] = {
    "leerplicht_start": {
        "eerste_dag": ("Eerste dag van de leerplicht", ""),
        "vijfde_verjaardag": ("Vijfde verjaardag", ""),
        "buiten_maand": ("Geen schooldag in de maand na de verjaardag", ""),
    },
    "leerplicht_einde": {
        "laatste_dag": ("Laatste dag van de volledige leerplicht", ""),
        "regel": ("Grond", ""),
        "zestiende_verjaardag": ("Zestiende verjaardag", ""),
        "kwalificatieplicht_vanaf": ("Kwalificatieplicht vanaf", ""),
    },
    "kwalificatieplicht": {
        "van_toepassing": ("Geldt de kwalificatieplicht?", ""),
        "eerste_dag": ("Eerste dag", "niet van toepassing"),
        "laatste_dag": ("Laatste dag", "niet van toepassing"),
        "reden": ("Grond", ""),
        "leerplicht_einde_regel": ("Volledige leerplicht eindigt volgens", ""),
    },
    "vrijstelling_vijfjarige": {
        "toegestaan": ("Toegestaan", "alleen met toestemming van de directeur"),
        "toestemming_directeur_nodig": ("Toestemming van de directeur nodig", ""),
        "max_uren_per_week": ("Hoogstens uren per week", "geen grens: het kind is nog niet leerplichtig"),
        "leerplichtig_vanaf": ("Leerplichtig vanaf", ""),
        "geldt_tot": ("Vrijstelling kan tot en met", "niet van toepassing"),
    },
    "verlof": {
        "schooldagen": ("Schooldagen in de verlofperiode", ""),
        "toegestaan": ("Toegestaan", "ter beoordeling van wie beslist (zie de redenen)"),
        "beslisser": ("Wie beslist", "niemand: de ouders lichten de directeur tijdig in"),
        "max_dagen": ("Vakantieverlof hoogstens (schooldagen per schooljaar)", ""),
        "directeur_tot_en_met": ("De directeur beslist tot en met (schooldagen per schooljaar)", ""),
        "uiterlijk_aanvragen": ("Aanvragen bij voorkeur uiterlijk", ""),
        "uiterlijk_melden": ("Uiterlijk melden bij de directeur", ""),
        "totaal_dit_schooljaar": ("Schooldagen verlof dit schooljaar, samen", ""),
    },
    "melding_16_uur": {
        "meldingen": ("Meldingen aan DUO", ""),
        "soort": ("Soort melding", ""),
        "begindatum": ("Begindatum", ""),
        "einddatum": ("Einddatum", "nog open: invullen bij terugkeer of uitschrijving"),
        "uren": ("Uren", ""),
        "melden_uiterlijk": ("Uiterlijk melden", "geen termijn berekend (zie de uitleg)"),
        "totaal_uren": ("Uren ongeoorloofd verzuim, totaal", ""),
        "verzuimdagen": ("Dagen met ongeoorloofd verzuim", ""),
    },
    "ziekteverzuim": {
        "signalen": ("Signalen", ""),
        "datum": ("Datum", ""),
        "criterium": ("Criterium", ""),
        "omschrijving": ("Omschrijving", ""),
        "zorgwekkend": ("Zorgwekkend ziekteverzuim", ""),
        "criteria": ("Criteria van deze regio", ""),
        "ziekmeldingen": ("Ziekmeldingen", ""),
        "ziektedagen": ("Schooldagen ziek", ""),
    },
    "stappenplan": _STAPPENPLAN,
    "verzuimoverzicht": {
        # the file
        "bestand": ("Het bestand", ""),
        "vorm": ("Vorm van de export", ""),
        "codering": ("Tekencodering", ""),
        "scheidingsteken": ("Scheidingsteken", "geen (XLSX)"),
        "koprij": ("Eerste regel is een koprij", ""),
        "las": ("Leerlingadministratiesysteem", ""),
        "rijen_gelezen": ("Regels gelezen", ""),
        "rijen_afgewezen": ("Regels niet te lezen", ""),
        "kolommen": ("Kolommen", ""),
        "kop": ("Kolom in het bestand", ""),
        "veld": ("Gebruikt als", "niet gebruikt"),
        "herkend": ("Herkend", "niet herkend"),
        # codes
        "codes": ("Absentiecodes", ""),
        "code": ("Code", "(geen code)"),
        "omschrijving": ("Omschrijving", ""),
        "aantal": ("Aantal", ""),
        "categorie": ("Indeling", "nog niet ingedeeld: telt niet mee tot u kiest"),
        "herkomst": ("Indeling volgens", "niemand: kies zelf"),
        # pupils
        "leerlingen": ("Leerlingen", ""),
        "leerling": ("Leerlingnummer", ""),
        "naam": ("Naam", "onbekend"),
        "klas": ("Klas", "onbekend"),
        "rijen": ("Regels", ""),
        "uren_ongeoorloofd": ("Uren ongeoorloofd (totaal)", ""),
        "keer_te_laat": ("Keer te laat (dit schooljaar)", ""),
        "ziekmeldingen": ("Ziekmeldingen", ""),
        "signalen": ("Signalen", "geen"),
        "meldingen": ("Meldingen aan DUO", ""),
        "soort": ("Soort", ""),
        "begindatum": ("Begindatum", ""),
        "einddatum": ("Einddatum", "nog open: invullen bij terugkeer of uitschrijving"),
        "uren": ("Uren", ""),
        "melden_uiterlijk": ("Uiterlijk melden", "geen termijn berekend (zie de uitleg)"),
        "uiterlijk_melden": ("Uiterlijk melden bij DUO", "geen termijn berekend (zie de uitleg)"),
        "lrv": ("Langdurig relatief verzuim", "nee"),
        "mazl": ("Zorgwekkend ziekteverzuim (M@ZL)", "geen signaal"),
        "datum": ("Datum", ""),
        "criterium": ("Criterium", ""),
        "te_laat": ("Te laat", ""),
        "drempel": ("Grens van de regio", "de regio noemt geen grens"),
        "bereikt": ("Grens bereikt", "de regio noemt geen grens"),
        "tellingen": ("Tellingen voor het stappenplan", ""),
        "ongeoorloofde_uren": ("Uren ongeoorloofd in de laatste lesweken", ""),
        "ziekmeldingen_12_weken": ("Ziekmeldingen in de laatste schoolweken (M@ZL)", ""),
        "aaneengesloten_ziektedagen": ("Schooldagen aaneengesloten ziek (nu)", ""),
        "aaneengesloten_ziekte_uren": ("Uren aaneengesloten ziek (nu)", ""),
        "weken_aaneengesloten_afwezig": ("Weken aaneengesloten afwezig (nu)", ""),
        "stap": ("Stappenplan", ""),
        **_STAPPENPLAN,  # the per-pupil stappenplan answer, labelled as the calculator labels it
        "eerstvolgende_termijn": ("Eerstvolgende termijn", "geen open termijn"),
        "termijn_verstreken": ("Meldtermijn verstreken op", "geen"),
        "actie_nodig": ("Actie nodig", ""),
        "uitleg": ("Uitleg", ""),
        "tekst": ("Stap", ""),
        # signal kinds (keys of samenvatting.signalen)
        "melding_16_uur": ("Melding 16 uur", ""),
        "thuiszitter": ("Thuiszitter", ""),
        # summary and rejected rows
        "samenvatting": ("Samenvatting", ""),
        "rijen_dubbel": ("Dubbele regels (tellen één keer)", ""),
        "rijen_toekomst": ("Regels na de peildatum", ""),
        "rijen_geen_schooldag": ("Regels op een dag zonder school", ""),
        "rijen_niet_ingedeeld": ("Regels met een code zonder indeling", ""),
        "rijen_negeren": ("Regels die geen verzuim zijn (genegeerd)", ""),
        "stand": ("Tellingen tot en met", ""),
        "eenheid": ("Uren geteld als", ""),
        "afgewezen": ("Regels die niet meetellen", "geen"),
        "regel": ("Regel", ""),
        "reden": ("Reden", ""),
    },
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
}


def _codes() -> dict[str, str]:
    wet = profielen.laad(profielen.BASIS)
    waarden = {pid: wet.parameter(pid)[0].tekst() for pid in wet.parameters}
    return {code: tekst.format(**waarden) for code, tekst in CODES.items()}


def _tonen(naam: str) -> str:
    return "nooit" if naam in NOOIT_TONEN else "als_ja" if naam in ALLEEN_ALS_JA else "altijd"


def beschrijving(naam: str) -> dict:
    """The 'uitvoer' and 'codes' parts of schema(naam)."""
    velden = {**GEDEELD, **UITVOER.get(naam, {})}
    return {"uitvoer": [{"naam": k, "label": label, "leeg": leeg, "tonen": _tonen(k),
                         **({"vouwen": {"na": VOUWEN[k][0], "samenvatting": VOUWEN[k][1]}} if k in VOUWEN else {})}
                        for k, (label, leeg) in velden.items()],
            "codes": _codes()}
