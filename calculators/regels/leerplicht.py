"""Leerplicht start and end, kwalificatieplicht, and the partial exemption for five-year-olds."""

from __future__ import annotations

import datetime as dt

from ..fouten import Fout, InvoerFout, datum_nl, maand_nl
from ..invoer import Rekenhulp, Veld
from ..kalender import BRON_SCHOOLJAAR, binnen_dekking, schooljaar_van
from ..register import kalender_voor, niet_in_toekomst
from ..tekst import begin_klein, getal_nl
from ..woorden import in_woorden
from .. import profielen


def _wet(pid: str, standaard: int) -> int:
    """A national value for a form text, so hints follow the profile too (never break the import)."""
    try:
        return profielen.laad(profielen.BASIS).waarde(pid)
    except Exception:
        return standaard

GEBOORTEDATUM = Veld("geboortedatum", "datum", "Geboortedatum", "De geboortedatum van het kind.",
                     verplicht=True)
SCHOOLGESCHIEDENIS = [
    Veld("eerste_volledige_schooljaar", "geheel", "Eerste volledige schooljaar op school (beginjaar)",
         "Het jaar waarin het eerste schooljaar begon dat het kind van de eerste tot de laatste schooldag op "
         f"school zat, bijvoorbeeld 2014 voor 2014-2015. Leeg: alleen de "
         f"{_wet('leerplicht_eindleeftijd', 16)}-jaarregel.",
         minimum=1950, maximum=2100),
    Veld("basisschool_jaren", "geheel",
         f"Schooljaren op de basisschool (als minder dan {_wet('basisschool_schooljaren', 8)})",
         f"Vul alleen in als het kind de basisschool in minder dan "
         f"{in_woorden(_wet('basisschool_schooljaren', 8))} schooljaren doorliep, bijvoorbeeld een jaar minder "
         "na het overslaan van een groep.", minimum=1, maximum=_wet("basisschool_schooljaren", 8), meer_opties=True),
]


def verjaardag(geboren: dt.date, leeftijd: int) -> dt.date:
    """The day the age is reached. 29 February falls on 1 March in a year without it (keuze)."""
    try:
        return geboren.replace(year=geboren.year + leeftijd)
    except ValueError:
        return dt.date(geboren.year + leeftijd, 3, 1)


def _schrikkel(geboren: dt.date, leeftijd: int, uitleg) -> None:
    if geboren.month == 2 and geboren.day == 29 and verjaardag(geboren, leeftijd).month == 3:
        uitleg.keuze("schrikkeldag")
        uitleg.stap(f"Geboren op 29 februari: in {geboren.year + leeftijd} is er geen 29 februari, dus telt "
                    f"1 maart als verjaardag. Wie 28 februari aanhoudt, komt een maand eerder uit.")


def _eerste_maand_na(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def bereken_start(geboren: dt.date, waarden: dict, uitleg) -> dict:
    leeftijd = uitleg.param("leerplicht_startleeftijd", waarden.get("peildatum"))
    kal = kalender_voor(waarden, uitleg.profiel, uitleg)
    vijf = verjaardag(geboren, leeftijd.waarde)
    _schrikkel(geboren, leeftijd.waarde, uitleg)
    maand = _eerste_maand_na(vijf)
    eerste = kal.volgende_schooldag(maand)
    buiten = (eerste.year, eerste.month) != (maand.year, maand.month)
    uitleg.stap(f"Het kind wordt {leeftijd.waarde} op {datum_nl(vijf)}; de leerplicht begint op de eerste schooldag "
                f"van de maand daarna, {maand_nl(maand.month)} {maand.year}.", leeftijd.bron)
    if eerste != maand:
        redenen = []
        d = maand
        while d < eerste and len(redenen) < 3:
            reden = kal.reden_vrij(d)
            if reden and reden not in redenen:
                redenen.append(reden)
            d += dt.timedelta(days=1)
        uitleg.stap(f"{datum_nl(maand).capitalize()} is geen schooldag ({', '.join(redenen)}); de eerste schooldag "
                    f"is {datum_nl(eerste)}.")
    if buiten:
        uitleg.keuze("eerste_schooldag")
        uitleg.stap(f"{maand_nl(maand.month).capitalize()} {maand.year} heeft geen schooldag. Volgens onze lezing "
                    "begint de leerplicht op de eerste schooldag daarna; de wet regelt dit geval niet.")
    benadering = not binnen_dekking(maand) or not binnen_dekking(eerste)
    if benadering:
        uitleg.keuze("benadering_buiten_data")
        uitleg.waarschuwing("De schoolvakanties van dit schooljaar zijn niet bekend: alleen weekenden en feestdagen "
                            "zijn overgeslagen. Controleer de datum met de kalender van de school.")
    return {"eerste_dag": eerste, "vijfde_verjaardag": vijf, "buiten_maand": buiten, "benadering": benadering}


def _leeftijd(geboren: dt.date, op: dt.date) -> int:
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def _onwaarschijnlijk(geboren: dt.date, vandaag: dt.date, waarden: dict, uitleg) -> None:
    """A start date asked for someone past the age of leerplicht is most likely a typing error: say so."""
    eind = uitleg.param("leerplicht_eindleeftijd", waarden.get("peildatum"))
    leeftijd = _leeftijd(geboren, vandaag)
    if leeftijd > eind.waarde:
        uitleg.waarschuwing(f"Volgens deze geboortedatum is de leerling op {datum_nl(vandaag)} al {leeftijd} jaar: "
                            "de leerplicht begon lang geleden en de volledige leerplicht is voorbij. Klopt de "
                            "geboortedatum? Het antwoord rekent met de wet en de schoolkalender van nu, niet met "
                            "die van toen.")


def _start(waarden: dict, uitleg) -> dict:
    geboren = waarden["geboortedatum"]
    niet_in_toekomst(geboren, "geboortedatum", "Geboortedatum", waarden["_vandaag"])
    r = bereken_start(geboren, waarden, uitleg)
    uitleg.keuze("keuzedagen_lesdag")
    kern = f"Dit kind is leerplichtig vanaf {datum_nl(r['eerste_dag'])}."
    if r["benadering"]:
        kern = f"Dit kind is leerplichtig vanaf {datum_nl(r['eerste_dag'])}, als die dag geen vakantiedag is."
    wat_nu = ["Vanaf die dag moet het kind elke schooldag naar school: afwezigheid zonder geldige reden is dan "
              "verzuim, waarover de school de ouders aanspreekt."]
    _onwaarschijnlijk(geboren, waarden["_vandaag"], waarden, uitleg)
    return {"kern": kern, "wat_nu": wat_nu, "eerste_dag": r["eerste_dag"].isoformat(), "vijfde_verjaardag": r["vijfde_verjaardag"].isoformat(),
            "buiten_maand": r["buiten_maand"], "benadering": r["benadering"]}


LEERPLICHT_START = Rekenhulp(
    "leerplicht_start", "Wanneer wordt een kind leerplichtig?",
    "De eerste schooldag van de leerplicht, uit de geboortedatum en de schoolkalender.",
    [GEBOORTEDATUM], bereken=_start, kalender=True,
    keuzes=("schoolkalender_regio", "schrikkeldag", "eerste_schooldag", "benadering_buiten_data", "keuzedagen_lesdag"),
    uitvoer={
        "eerste_dag": ("Eerste dag van de leerplicht", ""),
        "vijfde_verjaardag": ("Vijfde verjaardag", ""),
        "buiten_maand": ("Geen schooldag in de maand na de verjaardag", ""),
    })


def bereken_einde(geboren: dt.date, waarden: dict, uitleg) -> dict:
    peil = waarden.get("peildatum")
    eind_leeftijd = uitleg.param("leerplicht_eindleeftijd", peil)
    zestien = verjaardag(geboren, eind_leeftijd.waarde)
    _schrikkel(geboren, eind_leeftijd.waarde, uitleg)
    einde_b = schooljaar_van(zestien)[1]
    uitleg.keuze("einde_schooljaar_31_juli")
    uitleg.stap(f"Het kind wordt {eind_leeftijd.waarde} op {datum_nl(zestien)}. De volledige leerplicht eindigt aan "
                f"het einde van dat schooljaar: {datum_nl(einde_b)}.", eind_leeftijd.bron)
    uitleg.stap("Een schooljaar loopt van 1 augustus tot en met 31 juli.", BRON_SCHOOLJAAR)
    einde_a = None
    eerste_jaar = waarden.get("eerste_volledige_schooljaar")
    if eerste_jaar is None:
        uitleg.keuze("twaalf_schooljaren")
        max_jaren = uitleg.param("leerplicht_max_schooljaren", peil)
        uitleg.stap(f"Zonder schoolgeschiedenis is alleen de {eind_leeftijd.waarde}-jaarregel toegepast. Heeft het "
                    f"kind al {in_woorden(max_jaren.waarde)} volledige schooljaren op school gezeten, dan kan de "
                    "leerplicht eerder eindigen.", max_jaren.bron)
    else:
        vier = verjaardag(geboren, 4)
        if dt.date(eerste_jaar, 9, 1) < vier:  # a full year needs the child in class from the first school day
            raise InvoerFout(Fout("eerste_volledige_schooljaar",
                                  f"Het kind werd pas op {datum_nl(vier)} vier jaar; een volledig schooljaar "
                                  f"{eerste_jaar}-{eerste_jaar + 1} op school is dan niet mogelijk."))
        max_jaren = uitleg.param("leerplicht_max_schooljaren", peil)
        jaren_bs = waarden.get("basisschool_jaren")
        acht = uitleg.param("basisschool_schooljaren", peil)
        laatste_jaar = eerste_jaar + max_jaren.waarde - 1
        if jaren_bs is not None and jaren_bs < acht.waarde:
            laatste_jaar -= acht.waarde - jaren_bs
            uitleg.stap(f"De basisschool duurde {jaren_bs} schooljaren; die tellen als {acht.waarde}.", acht.bron)
        einde_a = dt.date(laatste_jaar + 1, 7, 31)
        uitleg.keuze("twaalf_schooljaren")
        uitleg.stap(f"Vanaf schooljaar {eerste_jaar}-{eerste_jaar + 1} zijn {max_jaren.waarde} volledige schooljaren "
                    f"vol op {datum_nl(einde_a)}.", max_jaren.bron)
    if einde_a is not None and einde_a < einde_b:
        uitleg.stap(f"De {in_woorden(max_jaren.waarde)} schooljaren zijn eerder vol dan het schooljaar waarin het kind "
                    f"{eind_leeftijd.waarde} wordt: de leerplicht eindigt op {datum_nl(einde_a)}.", max_jaren.bron)
        return {"laatste_dag": einde_a, "regel": "12_schooljaren", "zestiende_verjaardag": zestien,
                "leeftijd": eind_leeftijd.waarde, "schooljaren": max_jaren.waarde}
    return {"laatste_dag": einde_b, "regel": "16_jaar", "zestiende_verjaardag": zestien,
            "leeftijd": eind_leeftijd.waarde}


def _einde(waarden: dict, uitleg) -> dict:
    geboren = waarden["geboortedatum"]
    niet_in_toekomst(geboren, "geboortedatum", "Geboortedatum", waarden["_vandaag"])
    r = bereken_einde(geboren, waarden, uitleg)
    kwalificatie = r["laatste_dag"] + dt.timedelta(days=1)
    achttien = uitleg.param("kwalificatieplicht_eindleeftijd", waarden.get("peildatum"))
    grond = (f"na {in_woorden(r['schooljaren'])} volledige schooljaren" if r["regel"] == "12_schooljaren" else
             f"aan het einde van het schooljaar waarin de jongere {r['leeftijd']} wordt")
    kern = f"De volledige leerplicht eindigt op {datum_nl(r['laatste_dag'])}, {grond}."
    wat_nu = [f"Daarna geldt de kwalificatieplicht, vanaf {datum_nl(kwalificatie)}: tot de jongere "
              f"{achttien.waarde} wordt of een startkwalificatie heeft (havo, vwo of mbo niveau 2 of hoger)."]
    if r["laatste_dag"] < waarden["_vandaag"]:  # told in the past tense when it is past
        kern = f"De volledige leerplicht eindigde op {datum_nl(r['laatste_dag'])}, {grond}."
        wat_nu = [f"Daarna gold de kwalificatieplicht, vanaf {datum_nl(kwalificatie)}: tot de jongere "
                  f"{achttien.waarde} werd of een startkwalificatie had (havo, vwo of mbo niveau 2 of hoger)."]
    return {"kern": kern, "wat_nu": wat_nu, "laatste_dag": r["laatste_dag"].isoformat(), "regel": r["regel"],
            "zestiende_verjaardag": r["zestiende_verjaardag"].isoformat(),
            "kwalificatieplicht_vanaf": kwalificatie.isoformat()}


LEERPLICHT_EINDE = Rekenhulp(
    "leerplicht_einde", "Wanneer eindigt de volledige leerplicht?",
    "Het einde van de volledige leerplicht: het einde van het schooljaar waarin de jongere de eindleeftijd "
    "bereikt, of eerder na het wettelijke aantal volledige schooljaren.",
    [GEBOORTEDATUM, *SCHOOLGESCHIEDENIS], bereken=_einde,
    codes={"16_jaar": "{leerplicht_eindleeftijd} (einde van het schooljaar waarin de jongere die leeftijd bereikt)",
           "12_schooljaren": "{leerplicht_max_schooljaren} (art. 3 lid 1 onder a Lpw)"},
    # schrikkeldag: only when a 29 February child's 16th birthday falls in a common year (born 2084, 16 in 2100)
    keuzes=("schrikkeldag", "einde_schooljaar_31_juli", "twaalf_schooljaren"),
    uitvoer={
        "laatste_dag": ("Laatste dag van de volledige leerplicht", ""),
        "regel": ("Grond", ""),
        "zestiende_verjaardag": ("Zestiende verjaardag", ""),
        "kwalificatieplicht_vanaf": ("Kwalificatieplicht vanaf", ""),
    })

UITZONDERINGEN = (
    ("geen", "Geen uitzondering"),
    ("praktijkonderwijs", "Diploma praktijkonderwijs of verklaring (art. 2.59 WVO 2020)"),
    ("vso_arbeidsmarkt", "VSO gevolgd in het uitstroomprofiel arbeidsmarktgericht"),
    ("vso_dagbesteding", "VSO gevolgd in het uitstroomprofiel dagbesteding"),
)


def _kwalificatieplicht(waarden: dict, uitleg) -> dict:
    geboren = waarden["geboortedatum"]
    niet_in_toekomst(geboren, "geboortedatum", "Geboortedatum", waarden["_vandaag"])
    sk = waarden.get("startkwalificatie_datum")
    if sk is not None and sk <= geboren:
        raise InvoerFout(Fout("startkwalificatie_datum", "De datum van de startkwalificatie ligt niet na de "
                                                         "geboortedatum."))
    peil = waarden.get("peildatum")
    lpw = uitleg.profiel.parameter("kwalificatieplicht_eindleeftijd")[0].bron
    uitzondering = waarden.get("uitzondering") or "geen"
    if uitzondering != "geen":
        label = dict(UITZONDERINGEN)[uitzondering]
        uitleg.stap(f"{label}: de kwalificatieplicht geldt niet.", {**lpw.als_dict(), "artikel": "art. 4a lid 2 Lpw"})
        return {"kern": f"De kwalificatieplicht geldt niet voor deze jongere: {begin_klein(label)} is een "
                        "wettelijke uitzondering.",
                "wat_nu": ["Na het einde van de volledige leerplicht hoeft de jongere niet verder naar school."],
                "van_toepassing": False, "eerste_dag": None, "laatste_dag": None, "reden": "uitzondering"}
    einde = bereken_einde(geboren, waarden, uitleg)
    eerste = einde["laatste_dag"] + dt.timedelta(days=1)
    achttien_leeftijd = uitleg.param("kwalificatieplicht_eindleeftijd", peil)
    achttien = verjaardag(geboren, achttien_leeftijd.waarde)
    _schrikkel(geboren, achttien_leeftijd.waarde, uitleg)
    uitleg.keuze("kwalificatieplicht_18")
    uitleg.stap(f"De kwalificatieplicht begint direct na de leerplicht, op {datum_nl(eerste)}.",
                {**lpw.als_dict(), "artikel": "art. 4b Lpw"})
    laatste = achttien - dt.timedelta(days=1)
    uitleg.stap(f"Zij eindigt zodra de jongere {achttien_leeftijd.waarde} wordt ({datum_nl(achttien)}): de laatste "
                f"dag is {datum_nl(laatste)}.", achttien_leeftijd.bron)
    reden = "18_jaar"
    if sk is not None:
        uitleg.keuze("startkwalificatie_datum")
        if sk <= eerste:
            uitleg.stap(f"De startkwalificatie is behaald op {datum_nl(sk)}, voor de leerplicht eindigde: de "
                        "kwalificatieplicht ontstaat niet.", {**lpw.als_dict(), "artikel": "art. 4a lid 1 onder b Lpw"})
            return {"kern": "De kwalificatieplicht geldt niet voor deze jongere: de startkwalificatie is behaald "
                            "voordat de volledige leerplicht eindigde.", "wat_nu": [],
                    "van_toepassing": False, "eerste_dag": None, "laatste_dag": None, "reden": "startkwalificatie"}
        if sk <= laatste:
            laatste = sk - dt.timedelta(days=1)
            reden = "startkwalificatie"
            uitleg.stap(f"De startkwalificatie (havo, vwo of mbo niveau 2 of hoger) is behaald op {datum_nl(sk)}: de "
                        f"laatste kwalificatieplichtige dag is {datum_nl(laatste)}.",
                        {**lpw.als_dict(), "artikel": "art. 4b en art. 1 onder f Lpw"})
    tot = ("de dag voor de startkwalificatie" if reden == "startkwalificatie" else
           f"de dag voor de {achttien_leeftijd.waarde}e verjaardag")
    vandaag = waarden["_vandaag"]  # the tense follows the reference date: the peildatum, else today
    if laatste < vandaag:
        kern = (f"De kwalificatieplicht gold van {datum_nl(eerste)} tot en met {datum_nl(laatste)} ({tot}); op "
                f"{datum_nl(vandaag)} is die voorbij.")
        wat_nu = ["De jongere is niet meer kwalificatieplichtig: onderwijs volgen is geen plicht meer."]
    elif eerste > vandaag:
        kern = f"De kwalificatieplicht gaat gelden van {datum_nl(eerste)} tot en met {datum_nl(laatste)} ({tot})."
        wat_nu = ["Tot die dag geldt de volledige leerplicht. Daarna moet de jongere onderwijs volgen, volledig of "
                  "naast werk (zoals de bbl), tot een startkwalificatie (havo, vwo of mbo niveau 2 of hoger) is "
                  "behaald."]
    else:
        kern = f"De kwalificatieplicht geldt van {datum_nl(eerste)} tot en met {datum_nl(laatste)} ({tot})."
        wat_nu = ["In die periode moet de jongere onderwijs volgen, volledig of naast werk (zoals de bbl), tot een "
                  "startkwalificatie (havo, vwo of mbo niveau 2 of hoger) is behaald."]
    return {"kern": kern, "wat_nu": wat_nu,
            "van_toepassing": True, "eerste_dag": eerste.isoformat(), "laatste_dag": laatste.isoformat(),
            "reden": reden, "leerplicht_einde_regel": einde["regel"]}


KWALIFICATIEPLICHT = Rekenhulp(
    "kwalificatieplicht", "Geldt de kwalificatieplicht, en tot wanneer?",
    "Van het einde van de leerplicht tot de verjaardag waarop de kwalificatieplicht eindigt, of de startkwalificatie.",
    [GEBOORTEDATUM,
     Veld("startkwalificatie_datum", "datum", "Datum startkwalificatie",
          "De datum van het diploma havo, vwo of mbo niveau 2 of hoger. Leeg als (nog) niet behaald."),
     Veld("uitzondering", "keuze", "Uitzondering", "Geldt een van de wettelijke uitzonderingen (art. 4a lid 2)?",
          opties=UITZONDERINGEN, standaard="geen"),
     *SCHOOLGESCHIEDENIS],
    bereken=_kwalificatieplicht,
    codes={"18_jaar": "tot de verjaardag waarop de jongere {kwalificatieplicht_eindleeftijd} wordt",
           "startkwalificatie": "startkwalificatie behaald",
           "uitzondering": "wettelijke uitzondering"},
    # the end of the leerplicht is computed first (bereken_einde), with its choices
    keuzes=("kwalificatieplicht_18", "startkwalificatie_datum", "schrikkeldag", "einde_schooljaar_31_juli",
            "twaalf_schooljaren"),
    uitvoer={
        "van_toepassing": ("Geldt de kwalificatieplicht?", ""),
        "eerste_dag": ("Eerste dag", "niet van toepassing"),
        "laatste_dag": ("Laatste dag", "niet van toepassing"),
        "reden": ("Grond", ""),
        "leerplicht_einde_regel": ("Volledige leerplicht eindigt volgens", ""),
    })


def _vijfjarige(waarden: dict, uitleg) -> dict:
    geboren, datum, uren = waarden["geboortedatum"], waarden["datum"], waarden["uren_per_week"]
    if datum < geboren:
        raise InvoerFout(Fout("datum", "De datum ligt voor de geboortedatum."))
    uitleg.keuze("vijfjarige_per_week")
    vrij = uitleg.param("vijfjarige_vrijstelling_uren", datum)
    extra = uitleg.param("vijfjarige_extra_uren", datum)
    tot = uitleg.param("vijfjarige_tot_leeftijd", datum)
    zes = verjaardag(geboren, tot.waarde)
    start = bereken_start(geboren, waarden, uitleg)["eerste_dag"]
    if datum < start:
        uitleg.stap(f"Het kind is op {datum_nl(datum)} nog niet leerplichtig (dat wordt het op {datum_nl(start)}). "
                    "De ouders hoeven geen vrijstelling te vragen; spreek afwezigheid wel af met de school.",
                    uitleg.profiel.parameter("leerplicht_startleeftijd")[0].bron)
        return {"kern": f"Er is geen vrijstelling nodig: het kind is op {datum_nl(datum)} nog niet leerplichtig "
                        f"(dat wordt het op {datum_nl(start)}).",
                "wat_nu": ["Spreek de afwezigheid wel af met de school."],
                "toegestaan": True, "toestemming_directeur_nodig": False, "max_uren_per_week": None,
                "leerplichtig_vanaf": start.isoformat(), "geldt_tot": None}
    if datum >= zes:
        uitleg.stap(f"Het kind is op {datum_nl(datum)} al {tot.waarde}: de vrijstelling voor vijfjarigen geldt niet "
                    "meer. Afwezigheid is dan alleen geoorloofd op een andere grond (ziekte, verlof).", tot.bron)
        return {"kern": f"De vrijstelling voor vijfjarigen geldt niet meer: het kind is op {datum_nl(datum)} al "
                        f"{tot.waarde} jaar.",
                "wat_nu": ["Afwezigheid is dan alleen geoorloofd op een andere grond, zoals ziekte of verlof; anders "
                           "is het verzuim."],
                "toegestaan": False, "toestemming_directeur_nodig": False, "max_uren_per_week": 0,
                "leerplichtig_vanaf": start.isoformat(), "geldt_tot": (zes - dt.timedelta(days=1)).isoformat()}
    maximum = vrij.waarde + extra.waarde
    uitleg.stap(f"Tot de {tot.waarde}e verjaardag ({datum_nl(zes)}) mogen ouders het kind {vrij.tekst()} thuishouden "
                "na een mededeling aan de directeur.", vrij.bron)
    uitleg.stap(f"Daarnaast kan de directeur op aanvraag nog {extra.tekst()} toestaan: samen hoogstens "
                f"{maximum} uur per week.", extra.bron)
    u = getal_nl(uren)
    if uren <= vrij.waarde:
        toegestaan, nodig = True, False
        uitleg.stap(f"{u} uur per week past binnen de {vrij.tekst()}: een mededeling aan de directeur is genoeg.")
        kern = f"Dit mag: {u} uur per week thuis past binnen de {vrij.tekst()} waarvoor een mededeling genoeg is."
        wat_nu = ["De ouders laten het de directeur weten; toestemming is niet nodig."]
    elif uren <= maximum:
        toegestaan, nodig = None, True
        uitleg.stap(f"{u} uur per week is meer dan {vrij.tekst()}: voor het deel daarboven beslist de directeur "
                    "op aanvraag. Hij mag weigeren.")
        kern = (f"De directeur beslist: {u} uur per week is meer dan de {vrij.tekst()} waarvoor een mededeling "
                f"genoeg is; met toestemming van de directeur mag het tot {getal_nl(maximum)} uur.")
        wat_nu = [f"De ouders vragen de directeur toestemming voor het deel boven de {vrij.tekst()}; de directeur "
                  "mag weigeren."]
    else:
        toegestaan, nodig = False, True
        uitleg.stap(f"{u} uur per week is meer dan de {getal_nl(maximum)} uur die de wet toestaat.")
        kern = f"Dit mag niet: {u} uur per week is meer dan de {getal_nl(maximum)} uur die de wet toestaat."
        wat_nu = [f"Hoogstens {getal_nl(maximum)} uur per week (waarvan {vrij.tekst()} na een mededeling, de rest met "
                  "toestemming van de directeur); meer afwezigheid is verzuim, tenzij er een andere grond is."]
    return {"kern": kern, "wat_nu": wat_nu, "toegestaan": toegestaan, "toestemming_directeur_nodig": nodig, "max_uren_per_week": maximum,
            "leerplichtig_vanaf": start.isoformat(), "geldt_tot": (zes - dt.timedelta(days=1)).isoformat()}


VRIJSTELLING_VIJFJARIGE = Rekenhulp(
    "vrijstelling_vijfjarige", "Mag een vijfjarige uren thuisblijven?",
    "De gedeeltelijke vrijstelling voor vijfjarigen (art. 11a Lpw): enkele uren per week na een mededeling, "
    "en op aanvraag extra uren met toestemming van de directeur (de uren staan in het antwoord).",
    [GEBOORTEDATUM,
     Veld("datum", "datum", "Week van", "Een datum in de week waar het om gaat.", verplicht=True),
     Veld("uren_per_week", "getal", "Uren per week thuis", "Hoeveel uur per week het kind niet naar school gaat.",
          verplicht=True, maximum=60)],
    bereken=_vijfjarige, kalender=True,
    keuzes=("vijfjarige_per_week", "schoolkalender_regio"),
    uitvoer={
        "toegestaan": ("Toegestaan", "alleen met toestemming van de directeur"),
        "toestemming_directeur_nodig": ("Toestemming van de directeur nodig", ""),
        "max_uren_per_week": ("Hoogstens uren per week", "geen grens: het kind is nog niet leerplichtig"),
        "leerplichtig_vanaf": ("Leerplichtig vanaf", ""),
        "geldt_tot": ("Vrijstelling kan tot en met", "niet van toepassing"),
    })
