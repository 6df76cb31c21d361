"""Verlof: may this leave be granted, and who decides (art. 11, 13, 13a, 14 Lpw)."""

from __future__ import annotations

import datetime as dt

from ..fouten import Fout, InvoerFout, datum_nl
from ..invoer import Rekenhulp, Veld
from ..kalender import binnen_dekking, schooljaar_naam, schooljaar_van
from ..register import kalender_voor, registreer
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
                f"{nieuw} in plaats van {maximum} schooldagen.")
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
    uitleg.stap("Over vakantieverlof beslist alleen de directeur van de school. Er is geen weg naar meer dagen via "
                "de leerplichtambtenaar.", maximum_p.bron)
    if w.get("eerder_vakantieverlof"):
        toegestaan = False
        redenen.append(f"Vakantieverlof mag maar één keer per schooljaar; dit schooljaar ({schooljaar_naam(eerste)}) is "
                       "al vakantieverlof verleend.")
    if dagen > maximum:
        toegestaan = False
        redenen.append(f"De aanvraag telt {dagen} schooldagen; vakantieverlof is hoogstens {maximum} schooldagen.")
    begin_jaar, eind_verboden = kal.eerste_lesweken(eerste, lesweken.waarde)
    if eerste <= eind_verboden and laatste >= begin_jaar:
        toegestaan = False
        redenen.append(f"Vakantieverlof kan niet in de eerste {lesweken.tekst()} van het schooljaar "
                       f"({datum_nl(begin_jaar)} t/m {datum_nl(eind_verboden)}).")
    aanvraag = w.get("aanvraagdatum")
    if aanvraag is not None:
        if aanvraag > eerste:
            toegestaan = False
            redenen.append("Vakantieverlof moet vooraf worden aangevraagd; achteraf verlenen kan niet.")
        elif aanvraag > eerste - dt.timedelta(weeks=termijn.waarde):
            redenen.append(f"De aanvraag is later dan {termijn.tekst()} vooraf gedaan. Dat is een richtlijn, geen "
                           "wettelijke weigergrond: de directeur mag vragen waarom het niet eerder kon.")
            uitleg.stap(f"Richtlijn: vraag vakantieverlof {termijn.tekst()} vooraf aan.", termijn.bron)
    for r in redenen:
        uitleg.stap(r, maximum_p.bron)
    if toegestaan is None:
        redenen.append("De aanvraag voldoet aan de vaste regels. De directeur beoordeelt nog of de ouders door het "
                       "beroep van een van hen in geen enkele schoolvakantie samen op vakantie kunnen (een "
                       "werkgeversverklaring) en of het verlof zo kort mogelijk is.")
        uitleg.stap(redenen[-1], {**maximum_p.bron.als_dict(), "artikel": "art. 11 onder f en art. 13a lid 1 Lpw"})
    return {"toegestaan": toegestaan, "beslisser": "directeur", "redenen": redenen, "max_dagen": maximum,
            "uiterlijk_aanvragen": (eerste - dt.timedelta(weeks=termijn.waarde)).isoformat()}


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
    if eerder:
        uitleg.stap(f"Eerder dit schooljaar verleend: {eerder} schooldag(en); met deze aanvraag samen {totaal}.")
    if totaal <= grens:
        beslisser = "directeur"
        redenen.append(f"Samen {totaal} schooldag(en) dit schooljaar: de directeur beslist (tot en met {grens}).")
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
    return {"toegestaan": toegestaan, "beslisser": beslisser, "redenen": redenen, "max_dagen": grens,
            "totaal_dit_schooljaar": totaal}


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
    elif aanvraag <= uiterlijk:
        redenen = [f"De directeur is op tijd ingelicht ({datum_nl(aanvraag)}): de afwezigheid is geoorloofd."]
        toegestaan = True
    else:
        redenen = [f"De directeur is te laat ingelicht ({datum_nl(aanvraag)}, uiterlijk was {datum_nl(uiterlijk)}): "
                   "een beroep op deze vrijstelling kan dan niet worden gedaan."]
        toegestaan = False
    uitleg.stap(redenen[0], termijn.bron)
    return {"toegestaan": toegestaan, "beslisser": None, "redenen": redenen, "uiterlijk_melden": uiterlijk.isoformat()}


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
    uitleg.stap(f"Van {datum_nl(eerste)} tot en met {datum_nl(laatste)}: {dagen} schooldag(en).")
    benadering = not (binnen_dekking(eerste) and binnen_dekking(laatste))
    if benadering:
        uitleg.keuze("benadering_buiten_data")
        uitleg.waarschuwing("De schoolvakanties van dit schooljaar zijn niet bekend: het aantal schooldagen is een "
                            "benadering.")
    soort = w["soort"]
    if dagen == 0 and soort != "religieus":
        uitleg.stap("In deze periode valt geen schooldag: er is geen verlof nodig.")
        return {"schooldagen": 0, "toegestaan": True, "beslisser": None, "redenen": ["Geen schooldagen: geen verlof "
                "nodig."], "benadering": benadering}
    if soort == "vakantie":
        uit = _vakantie(w, dagen, uitleg, kal)
    elif soort == "gewichtige_omstandigheden":
        uit = _gewichtig(w, dagen, uitleg)
    else:
        uit = _religieus(w, uitleg)
    return {"schooldagen": dagen, **uit, "benadering": benadering}


registreer(Rekenhulp(
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
    bereken=_verlof, kalender=True))
