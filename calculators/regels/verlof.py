"""Verlof: may this leave be granted, and who decides (art. 11, 13, 13a, 14 Lpw)."""

from __future__ import annotations

import datetime as dt

from ..fouten import Fout, InvoerFout, datum_nl
from ..invoer import Rekenhulp, Veld
from ..kalender import binnen_dekking, schooljaar_naam, schooljaar_van
from ..register import kalender_voor
from ..tekst import aantal
from ..uitleg import regionaal_verschil

SOORTEN = (
    ("vakantie", "Vakantie buiten de schoolvakanties (art. 13a)"),
    ("gewichtige_omstandigheden", "Gewichtige omstandigheden (art. 14)"),
    ("religieus", "Religieuze verplichting (art. 13)"),
)


def _naar_rato(maximum: int, dagen_per_week: int | None, uitleg) -> int:
    if dagen_per_week is None or dagen_per_week >= 5:
        return maximum
    uitleg.keuze("verlof_naar_rato")
    nieuw = maximum * dagen_per_week // 5
    uitleg.stap(f"Voor een kwalificatieplichtige met {dagen_per_week} onderwijsdagen per week geldt een evenredig deel: "
                f"{aantal(nieuw, 'schooldag', 'schooldagen')} in plaats van {maximum}.")
    return nieuw


def _vakantie(w: dict, dagen: int, uitleg, kal) -> dict:
    eerste, laatste = w["eerste_dag"], w["laatste_dag"]
    peil = w.get("peildatum") or eerste
    maximum_p = uitleg.param("verlof_vakantie_max_dagen", peil)
    regionaal_verschil(uitleg, "verlof_vakantie_max_dagen", peil)
    maximum = _naar_rato(maximum_p.waarde, w.get("onderwijsdagen_per_week"), uitleg)
    lesweken = uitleg.param("verlof_vakantie_uitgesloten_lesweken", peil)
    termijn = uitleg.param("verlof_vakantie_aanvraag_weken", peil)
    redenen, toegestaan = [], None
    weigeringen: list[int] = []
    uitleg.stap("Over vakantieverlof beslist alleen de directeur van de school. Er is geen weg naar meer dagen via "
                "de leerplichtambtenaar.", maximum_p.bron)
    if w.get("eerder_vakantieverlof"):
        toegestaan = False
        weigeringen.append(len(redenen))  # the refusals, by position: never by their wording
        redenen.append(f"Vakantieverlof mag maar één keer per schooljaar; dit schooljaar ({schooljaar_naam(eerste)}) is "
                       "al vakantieverlof verleend.")
    if dagen > maximum:
        toegestaan = False
        weigeringen.append(len(redenen))
        redenen.append(f"De aanvraag telt {dagen} schooldagen; vakantieverlof is hoogstens {maximum} schooldagen.")
    begin_jaar, eind_verboden = kal.eerste_lesweken(eerste, lesweken.waarde)
    if eerste <= eind_verboden and laatste >= begin_jaar:
        toegestaan = False
        weigeringen.append(len(redenen))
        redenen.append(f"Vakantieverlof kan niet in de eerste {lesweken.tekst()} van het schooljaar "
                       f"({datum_nl(begin_jaar)} t/m {datum_nl(eind_verboden)}).")
    aanvraag = w.get("aanvraagdatum")
    if aanvraag is not None:
        if aanvraag > eerste:
            toegestaan = False
            weigeringen.append(len(redenen))
            redenen.append("Vakantieverlof moet vooraf worden aangevraagd; achteraf verlenen kan niet.")
        elif aanvraag > eerste - dt.timedelta(weeks=termijn.waarde):
            redenen.append(f"De aanvraag is later dan {termijn.tekst()} vooraf gedaan. Dat is een richtlijn, geen "
                           "wettelijke weigergrond: de directeur mag vragen waarom het niet eerder kon.")
            uitleg.stap(f"Richtlijn: vraag vakantieverlof {termijn.tekst()} vooraf aan.", termijn.bron)
    for r in redenen:
        uitleg.stap(r, maximum_p.bron)
    uiterlijk = eerste - dt.timedelta(weeks=termijn.waarde)
    if toegestaan is None:
        redenen.append("De aanvraag voldoet aan de vaste regels. De directeur beoordeelt nog of de ouders door het "
                       "beroep van een van hen in geen enkele schoolvakantie samen op vakantie kunnen (een "
                       "werkgeversverklaring) en of het verlof zo kort mogelijk is.")
        uitleg.stap(redenen[-1], {**maximum_p.bron.als_dict(), "artikel": "art. 11 onder f en art. 13a lid 1 Lpw"})
        kern = (f"De directeur van de school beslist over dit vakantieverlof van {aantal(dagen, 'schooldag', 'schooldagen')}: "
                f"het past binnen de regels van de wet (hoogstens {aantal(maximum, 'schooldag', 'schooldagen')}, één keer "
                f"per schooljaar, niet in de eerste {lesweken.tekst()}).")
        wat_nu = ["De directeur vraagt een werkgeversverklaring waaruit blijkt dat de ouders door hun werk in geen "
                  "enkele schoolvakantie samen op vakantie kunnen, en beslist dan; het verlof moet zo kort mogelijk zijn."]
        if aanvraag is None:
            wat_nu.append(f"Vraag het verlof bij voorkeur uiterlijk {datum_nl(uiterlijk)} aan bij de directeur "
                          f"({termijn.tekst()} vooraf; een richtlijn, geen wettelijke termijn).")
    else:
        eerste_reden = redenen[weigeringen[0]]
        kern = f"Dit vakantieverlof kan niet worden verleend: {eerste_reden[0].lower()}{eerste_reden[1:]}"
        wat_nu = ["De directeur wijst de aanvraag af. Ook de leerplichtambtenaar kan geen vakantieverlof buiten deze "
                  "regels geven.",
                  "Blijft het kind toch weg, dan is dat ongeoorloofd verzuim: de school registreert het en meldt het "
                  "bij DUO als het de meldgrens haalt."]
    return {"kern": kern, "wat_nu": wat_nu, "toegestaan": toegestaan, "beslisser": "directeur", "redenen": redenen,
            "max_dagen": maximum, "uiterlijk_aanvragen": uiterlijk.isoformat()}


def _gewichtig(w: dict, dagen: int, uitleg) -> dict:
    eerste = w["eerste_dag"]
    peil = w.get("peildatum") or eerste
    grens_p = uitleg.param("verlof_gewichtig_max_dagen_directeur", peil)
    regionaal_verschil(uitleg, "verlof_gewichtig_max_dagen_directeur", peil)
    grens = _naar_rato(grens_p.waarde, w.get("onderwijsdagen_per_week"), uitleg)
    eerder = w.get("eerder_verleend_dagen") or 0
    totaal = eerder + dagen
    uitleg.keuze("verlof_gewichtig_per_schooljaar")
    uitleg.keuze("verlof_tellers_apart")
    redenen, toegestaan = [], None
    samen = aantal(totaal, "schooldag", "schooldagen")
    if eerder:
        uitleg.stap(f"Eerder dit schooljaar verleend: {aantal(eerder, 'schooldag', 'schooldagen')}; met deze aanvraag "
                    f"samen {samen}.")
    if totaal <= grens:
        beslisser = "directeur"
        redenen.append(f"Samen {samen} dit schooljaar: de directeur beslist (tot en met {grens}).")
    else:
        beslisser = "leerplichtambtenaar"
        redenen.append(f"Samen {totaal} schooldagen dit schooljaar, meer dan {grens}: de leerplichtambtenaar van de "
                       "woongemeente beslist, nadat de directeur is gehoord.")
    uitleg.stap(redenen[-1], grens_p.bron)
    aanvraag = w.get("aanvraagdatum")
    if aanvraag is not None and aanvraag > eerste:
        achteraf = uitleg.param("verlof_gewichtig_achteraf_dagen", peil)
        if aanvraag > eerste + dt.timedelta(days=achteraf.waarde):
            toegestaan = False
            redenen.append(f"Er is geen verlof gevraagd en de reden is later dan {achteraf.tekst()} na het begin gemeld: "
                           "achteraf verlenen kan dan niet.")
        else:
            redenen.append(f"Er is geen verlof vooraf gevraagd, maar de reden is binnen {achteraf.tekst()} gemeld: de "
                           "directeur kan het verlof alsnog verlenen.")
        uitleg.stap(redenen[-1], achteraf.bron)
    if toegestaan is None:
        redenen.append("Of de omstandigheid 'gewichtig' is (bijvoorbeeld een huwelijk, overlijden of ernstige ziekte in "
                       "de familie, een verhuizing) beoordeelt de beslisser. Een goedkope reis of familiebezoek in het "
                       "buitenland is dat niet.")
    grens_tekst = aantal(grens, "schooldag", "schooldagen")
    if toegestaan is False:
        kern = f"Dit verlof kan niet meer worden verleend: {redenen[-1][0].lower()}{redenen[-1][1:]}"
        wat_nu = ["De afwezigheid is ongeoorloofd verzuim: de school registreert het en meldt het bij DUO als het de "
                  "meldgrens haalt."]
    elif beslisser == "directeur":
        kern = (f"De directeur van de school beslist over dit verlof: samen {samen} verlof wegens gewichtige "
                f"omstandigheden dit schooljaar, en tot en met {grens_tekst} is dat aan de directeur.")
        wat_nu = ["De directeur beoordeelt of de omstandigheid gewichtig is en beslist; vakantie of een goedkope reis "
                  "is geen gewichtige omstandigheid."]
    else:
        kern = (f"De leerplichtambtenaar van de woongemeente beslist over dit verlof: samen {samen} dit schooljaar is "
                f"meer dan de {grens_tekst} waarover de directeur zelf mag beslissen.")
        wat_nu = ["De aanvraag gaat naar de leerplichtambtenaar; die beslist nadat de directeur is gehoord. De school "
                  "geeft dus haar oordeel over de aanvraag mee.",
                  "Voor de leerplichtambtenaar geeft de wet geen vast maximum aantal dagen: die beoordeelt of de "
                  "omstandigheid zo lang verlof rechtvaardigt."]
    return {"kern": kern, "wat_nu": wat_nu, "toegestaan": toegestaan, "beslisser": beslisser, "redenen": redenen,
            "directeur_tot_en_met": grens, "totaal_dit_schooljaar": totaal}


def _religieus(w: dict, uitleg) -> dict:
    eerste = w["eerste_dag"]
    peil = w.get("peildatum") or eerste
    termijn = uitleg.param("verlof_religieus_melding_dagen", peil)
    regionaal_verschil(uitleg, "verlof_religieus_melding_dagen", peil)
    uitleg.keuze("verlof_religieus_kalenderdagen")
    uiterlijk = eerste - dt.timedelta(days=termijn.waarde)
    uitleg.stap(f"Voor een religieuze verplichting vragen ouders geen verlof: zij lichten de directeur uiterlijk "
                f"{termijn.tekst()} vooraf in, dus uiterlijk {datum_nl(uiterlijk)}.", termijn.bron)
    aanvraag = w.get("aanvraagdatum")
    if aanvraag is None:
        redenen = [f"Geoorloofd als de directeur uiterlijk {datum_nl(uiterlijk)} is ingelicht."]
        toegestaan = True
        kern = (f"Hiervoor is geen verlof nodig: de afwezigheid voor een religieuze verplichting is geoorloofd als de "
                f"ouders de directeur uiterlijk {datum_nl(uiterlijk)} inlichten.")
        wat_nu = ["De ouders laten het de directeur op tijd weten; de directeur hoeft niets toe te staan."]
    elif aanvraag <= uiterlijk:
        redenen = [f"De directeur is op tijd ingelicht ({datum_nl(aanvraag)}): de afwezigheid is geoorloofd."]
        toegestaan = True
        kern = "De afwezigheid is geoorloofd: de directeur is op tijd ingelicht over de religieuze verplichting."
        wat_nu = ["De school registreert de afwezigheid als geoorloofd."]
    else:
        redenen = [f"De directeur is te laat ingelicht ({datum_nl(aanvraag)}, uiterlijk was {datum_nl(uiterlijk)}): "
                   "een beroep op deze vrijstelling kan dan niet worden gedaan."]
        toegestaan = False
        kern = (f"Een beroep op de religieuze verplichting kan niet meer: de directeur is te laat ingelicht (uiterlijk "
                f"was {datum_nl(uiterlijk)}).")
        wat_nu = ["De afwezigheid is dan ongeoorloofd verzuim: de school registreert het en meldt het bij DUO als het "
                  "de meldgrens haalt."]
    uitleg.stap(redenen[0], termijn.bron)
    return {"kern": kern, "wat_nu": wat_nu, "toegestaan": toegestaan, "beslisser": None, "redenen": redenen,
            "melden_uiterlijk": uiterlijk.isoformat()}


def _verlof(w: dict, uitleg) -> dict:
    eerste, laatste = w["eerste_dag"], w["laatste_dag"]
    if laatste < eerste:
        raise InvoerFout(Fout("laatste_dag", "De laatste verlofdag ligt voor de eerste."))
    if schooljaar_van(eerste) != schooljaar_van(laatste):
        raise InvoerFout(Fout("laatste_dag", "Het verlof loopt over twee schooljaren (31 juli). Vraag per schooljaar "
                                             "apart: het maximum geldt per schooljaar."))
    kal = kalender_voor(w, uitleg.profiel, uitleg)
    uitleg.keuze("verlof_schooldagen")
    schooldagen = kal.schooldagen(eerste, laatste)
    dagen = len(schooldagen)
    uitleg.stap(f"Van {datum_nl(eerste)} tot en met {datum_nl(laatste)}: {aantal(dagen, 'schooldag', 'schooldagen')}.")
    benadering = not (binnen_dekking(eerste) and binnen_dekking(laatste))
    if benadering:
        uitleg.keuze("benadering_buiten_data")
        uitleg.waarschuwing("De schoolvakanties van dit schooljaar zijn niet bekend: het aantal schooldagen is een "
                            "benadering.")
    soort = w["soort"]
    if dagen == 0 and soort != "religieus":
        uitleg.stap("In deze periode valt geen schooldag: er is geen verlof nodig.")
        # No 'beslisser': there is nothing to decide (an empty one reads as the religieus rule's 'niemand').
        return {"kern": "Er is geen verlof nodig: in deze periode valt geen schooldag.", "wat_nu": [],
                "schooldagen": 0, "toegestaan": True, "redenen": ["Geen schooldagen: geen verlof nodig."],
                "benadering": benadering}
    if soort == "vakantie":
        uit = _vakantie(w, dagen, uitleg, kal)
    elif soort == "gewichtige_omstandigheden":
        uit = _gewichtig(w, dagen, uitleg)
    else:
        uit = _religieus(w, uitleg)
    return {"schooldagen": dagen, **uit, "benadering": benadering}


def passende_documenten(invoer: dict, antwoord: dict, profiel) -> list[str]:
    """The decision letters this answer asks for (calculators/documenten/verlof.py fills them)."""
    if not antwoord.get("schooldagen") or invoer.get("soort") == "religieus":
        return []  # no school day, or a mededeling: nothing to decide
    toegestaan = antwoord.get("toegestaan")
    if invoer.get("soort") == "vakantie":
        soort = "vakantieverlof"
    elif antwoord.get("beslisser") == "leerplichtambtenaar":
        return ["doorverwijzing_leerplichtambtenaar"]
    else:
        soort = "verlof_gewichtig"
    if toegestaan is False:
        return [f"besluit_{soort}_afwijzing"]
    # Open: the fixed rules allow it; the directeur weighs the rest and writes either decision.
    return [f"besluit_{soort}_toekenning", f"besluit_{soort}_afwijzing"]


VERLOF = Rekenhulp(
    "verlof", "Mag dit verlof, en wie beslist?",
    "Vakantieverlof, verlof wegens gewichtige omstandigheden of een religieuze verplichting: het aantal "
    "schooldagen, de vaste regels en wie beslist.",
    [Veld("soort", "keuze", "Soort verlof", opties=SOORTEN, verplicht=True),
     Veld("eerste_dag", "datum", "Eerste verlofdag", verplicht=True),
     Veld("laatste_dag", "datum", "Laatste verlofdag", verplicht=True),
     Veld("aanvraagdatum", "datum", "Datum van de aanvraag of mededeling",
          "Wanneer de ouders het verlof aanvroegen of de directeur inlichtten. Leeg als nog niet aangevraagd."),
     Veld("eerder_vakantieverlof", "bool", "Dit schooljaar al vakantieverlof gekregen", standaard=False),
     Veld("eerder_verleend_dagen", "geheel", "Dit schooljaar al verleend wegens gewichtige omstandigheden (schooldagen)",
          standaard=0, maximum=200),
     Veld("onderwijsdagen_per_week", "geheel", "Onderwijsdagen per week (alleen kwalificatieplichtigen)",
          "Bijvoorbeeld 2 voor een bbl-student. Leeg: volledig dagonderwijs.", minimum=1, maximum=5,
          meer_opties=True)],
    bereken=_verlof, kalender=True,
    codes={"directeur": "de directeur van de school",
           "leerplichtambtenaar": "de leerplichtambtenaar van de woongemeente"},
    keuzes=("schoolkalender_regio", "verlof_schooldagen", "benadering_buiten_data", "verlof_naar_rato",
            "verlof_gewichtig_per_schooljaar", "verlof_tellers_apart", "verlof_religieus_kalenderdagen"),
    uitvoer={
        "schooldagen": ("Schooldagen in de verlofperiode", ""),
        "toegestaan": ("Toegestaan", "ter beoordeling van wie beslist (zie de redenen)"),
        "beslisser": ("Wie beslist", "niemand: de ouders lichten de directeur tijdig in"),
        "max_dagen": ("Vakantieverlof hoogstens (schooldagen per schooljaar)", ""),
        "directeur_tot_en_met": ("De directeur beslist tot en met (schooldagen per schooljaar)", ""),
        "uiterlijk_aanvragen": ("Aanvragen bij voorkeur uiterlijk", ""),
        "melden_uiterlijk": ("Uiterlijk melden bij de directeur", ""),
        "totaal_dit_schooljaar": ("Schooldagen verlof dit schooljaar, samen", ""),
    },
    documenten=passende_documenten)
