"""Verzuimoverzicht: a school's whole absence export checked against the law and the region, per pupil.

``run("verzuimoverzicht", invoer)`` is the contract (see CONTRACT.md beside this file). The browser worker
may call ``analyseer(invoer, voortgang)`` instead to get progress: it is the same code path as run().

Modules: lezen (bytes/text -> rows), kolommen (headers -> fields), codes (codes -> categories),
vormen (rows -> hours per pupil per day), analyse (the existing rules per pupil).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from ..tekst import aantal, getal_nl, opsomming
from ..fouten import Fout, InvoerFout, datum_nl
from ..invoer import Rekenhulp, Veld
from ..register import kalender_voor, registreer
from ..regels import ziekte
from . import analyse, kolommen as kolommen_mod
from .codes import controleer_gebruiker, deel_in
from .lezen import lees_csv, lees_xlsx
from .standaard import CATEGORIEEN, LAS_S, laad
from .vormen import Instellingen, bepaal_vorm, codes_per_rij, lees_rijen, tel_codes, vul_aan

NAAM = "verzuimoverzicht"
VORMEN = {"lesuur": "per lesuur", "tijdvak": "met begin- en eindtijd", "dagtotaal": "uren of minuten per dag"}
VERWACHT = ("Verwacht: een export van de absenties (CSV met puntkomma, komma of tab, of XLSX) met per regel een "
            "leerling (leerlingnummer of naam), een datum, en een lesuur, een begin- en eindtijd of een aantal uren "
            "of minuten, met een absentiecode of reden.")


def analyseer(invoer: dict, voortgang=None) -> dict:
    """run('verzuimoverzicht', invoer) with progress: voortgang(fase, gedaan, totaal), fase 'lezen' or
    'analyseren', called about every 2%."""
    from .. import run

    return run(NAAM, invoer, voortgang=voortgang)


bereken_met_voortgang = analyseer  # the same function under the name the page's worker uses


def _tijd(tekst: str, veld: str) -> int:
    delen = str(tekst).strip().replace(".", ":").split(":")
    if len(delen) == 2 and all(d.isdigit() for d in delen) and int(delen[0]) < 24 and int(delen[1]) < 60:
        return int(delen[0]) * 60 + int(delen[1])
    raise InvoerFout(Fout(veld, f"'{tekst}' is geen tijd; schrijf UU:MM, bijvoorbeeld 08:30."))


def _lees_bestand(w: dict):
    if w.get("bestand_xlsx"):
        return lees_xlsx(w["bestand_xlsx"])
    return lees_csv(w["bestand"], w.get("codering") or "UTF-8")


def _bereken(w: dict, uitleg) -> dict:
    voortgang = w.get("_voortgang")
    profiel = uitleg.profiel
    fouten = []
    try:
        kal = kalender_voor(w, profiel, uitleg)
    except InvoerFout as e:
        fouten += e.fouten
    if not (w.get("bestand") or "").strip() and not w.get("bestand_xlsx"):
        fouten.append(Fout("bestand", "Kies een exportbestand. " + VERWACHT))
    if fouten:
        raise InvoerFout(fouten)
    gebruiker_codes = controleer_gebruiker(w.get("codes") or {})
    dag_begin = _tijd(w.get("schooldag_begin") or "08:30", "schooldag_begin")
    dag_eind = _tijd(w.get("schooldag_eind") or "15:30", "schooldag_eind")
    if dag_eind <= dag_begin:
        raise InvoerFout(Fout("schooldag_eind", "Het einde van de schooldag moet na het begin liggen."))

    gelezen = _lees_bestand(w)
    for tekst in gelezen.waarschuwingen:
        uitleg.waarschuwing(tekst)
    if not gelezen.rijen:
        raise InvoerFout(Fout("bestand", "Het bestand is leeg. " + VERWACHT))
    koppeling = kolommen_mod.koppel(gelezen.rijen[0], w.get("las") or "auto", w.get("kolommen") or {})
    rijen = gelezen.rijen[1:] if koppeling["koprij"] else gelezen.rijen
    regels = gelezen.regels[1:] if koppeling["koprij"] else gelezen.regels
    index = koppeling["index"]
    herkend = ", ".join(f"'{k['kop']}' → {kolommen_mod.VELDEN[k['veld']]}" for k in koppeling["kolommen"] if k["veld"])
    if not koppeling["koprij"] and not index:
        raise InvoerFout(Fout("bestand", "De eerste regel is geen koprij met bekende kolomnamen. Geef per veld het "
                                         "kolomnummer op (1, 2, …), of voeg een koprij toe. " + VERWACHT))
    vorm = bepaal_vorm(index)
    ontbreekt = []
    if "leerling" not in index and not index.keys() & {"naam", "achternaam"}:
        ontbreekt.append("een leerlingnummer of naam")
    if vorm is None:
        ontbreekt.append("een lesuur, een begin- en eindtijd, of uren/minuten")
    elif vorm != "tijdvak" and "datum" not in index:
        ontbreekt.append("een datum")
    if ontbreekt:
        raise InvoerFout(Fout("bestand", f"In het bestand ontbreekt {' en '.join(ontbreekt)}. Herkende kolommen: "
                                         f"{herkend or 'geen'}. " + VERWACHT))
    if not rijen:
        raise InvoerFout(Fout("bestand", "Het bestand heeft alleen een koprij, geen registraties. " + VERWACHT))
    las = koppeling["las"]
    s = laad()
    uitleg.stap(f"Bestand gelezen: {len(rijen)} regels, vorm {VORMEN[vorm]}, herkend als {s.namen[las]}. "
                f"Kolommen: {herkend}.")
    if "leerling" not in index:
        uitleg.waarschuwing("Het bestand heeft geen leerlingnummer: leerlingen zijn herkend aan hun naam. Twee "
                            "leerlingen met dezelfde naam tellen dan als één.")

    vul_aan(rijen, len(koppeling["kolommen"]))
    codes = codes_per_rij(rijen, index)
    telling = tel_codes(codes, rijen, index)
    if vorm == "dagtotaal" and not index.keys() & {"uren", "minuten"}:
        indeling, codes_tabel = {}, []  # the columns say the category (minuten_ziek, …): no codes to place
    else:
        indeling, codes_tabel = deel_in(telling, las, gebruiker_codes, "code" not in index, uitleg)
        uitleg.keuze("overzicht_codes")
    onbekend = [c for c in codes_tabel if c["categorie"] is None]
    for c in onbekend:
        wat = f"'{c['code']}'" if c["code"] else "zonder code"
        uitleg.waarschuwing(f"Code {wat} ({c['aantal']} regels) is nog niet ingedeeld: deze regels tellen niet mee "
                            "tot u kiest of het ongeoorloofd, ziek, te laat, geoorloofd of te negeren is.")
    geraden = [c["code"] for c in codes_tabel if c["herkomst"] and c["herkomst"].startswith("standaard")]
    if geraden:
        uitleg.waarschuwing(f"De indeling van {aantal(len(geraden), 'code', 'codes')} ({', '.join(geraden[:8])}"
                            f"{', …' if len(geraden) > 8 else ''}) komt uit de standaardlijst van {s.namen[las]}; "
                            "codes verschillen per school. Controleer de tabel met codes.")

    peildatum, vandaag = w.get("peildatum"), w["_vandaag"]
    melding_uren = uitleg.param("melding_uren", peildatum or vandaag)
    telt_lesuren = melding_uren.eenheid == "lesuren"
    uitleg.keuze("overzicht_uren")
    uitleg.keuze("zestien_uur_eenheid")
    if telt_lesuren:
        uitleg.stap(f"{profiel.naam} telt lesuren: elk lesuur telt als één uur, tijden tellen als "
                    f"{w['lesuur_minuten']} minuten per lesuur. De wet (art. 21a Lpw) spreekt van uren les- of "
                    "praktijktijd; bij lesuren korter dan 60 minuten meldt wie lesuren telt later dan de wet vraagt.",
                    melding_uren.bron)
    elif vorm == "lesuur":
        uitleg.stap(f"Uren zijn klokuren: een lesuur telt als {w['lesuur_minuten']} minuten (instelling lesduur).",
                    melding_uren.bron)
    if vorm == "tijdvak":
        uitleg.keuze("tijdvak_over_dagen")
    uitleg.keuze("te_laat_geen_uren")
    uitleg.keuze("ziekmelding_uit_registraties")
    uitleg.keuze("overzicht_dubbel")

    inst = Instellingen(vorm, w["lesuur_minuten"], dag_begin, dag_eind, vandaag, kal)
    verz = lees_rijen(rijen, regels, index, codes, indeling, inst, voortgang)
    for tekst in verz.waarschuwingen:
        uitleg.waarschuwing(tekst)
    t = verz.tellers
    if t["dubbel"]:
        uitleg.waarschuwing(f"{aantal(t['dubbel'], 'dubbele registratie', 'dubbele registraties')} (zelfde leerling, dag en lesuur of periode) tellen "
                            "één keer; zie de lijst van regels die niet meetellen.")
    if t["afgewezen"]:
        uitleg.waarschuwing(f"{aantal(t['afgewezen'], 'regel is', 'regels zijn')} niet te lezen en tellen niet mee; de lijst noemt elke "
                            "regel met de reden. De rest is geanalyseerd.")
    if t["toekomst"]:
        uitleg.waarschuwing(f"{aantal(t['toekomst'], 'regel ligt', 'regels liggen')} na de peildatum ({datum_nl(vandaag)}) en tellen niet mee.")
    if t["geen_schooldag"]:
        uitleg.waarschuwing(f"{aantal(t['geen_schooldag'], 'regel valt', 'regels vallen')} op een dag zonder school en tellen niet mee. "
                            "Klopt de vakantieregio, of heeft de school daar les?")

    stand = max(min(verz.laatste_datum or vandaag, vandaag), dt.date(1990, 1, 1))
    uitleg.keuze("overzicht_stand")
    uitleg.stap(f"De tellingen voor het stappenplan ('nu') gaan tot en met {datum_nl(stand)}, de laatste schooldag "
                "met een registratie in het bestand.")
    criteria = ziekte.criteria_voor(profiel, w["onderwijssoort"])
    te_laat_pid = analyse.te_laat_parameter(profiel)
    te_laat_param = uitleg.param(te_laat_pid, stand) if te_laat_pid else None
    if te_laat_param:
        uitleg.stap(f"Te laat: signaal vanaf {te_laat_param.tekst()} in een schooljaar ({te_laat_param.label}).",
                    te_laat_param.bron)
    else:
        uitleg.stap(f"{profiel.naam} noemt geen grens voor te laat komen: het aantal keer te laat staat in het "
                    "overzicht, zonder signaal.")
    algemeen_stappen = analyse.algemene_stappen(profiel, kal, peildatum, vandaag, criteria)
    for stap in algemeen_stappen:
        if stap not in uitleg.stappen:
            uitleg.stappen.append(stap)
    ctx = analyse.Context(
        profiel=profiel, kal=kal, peildatum=peildatum, vandaag=vandaag, stand=stand, telt_lesuren=telt_lesuren,
        lesuur_minuten=w["lesuur_minuten"], criteria=criteria, te_laat_param=te_laat_pid,
        thuiszitter_stappen=analyse.thuiszitter_stappen(profiel),
        algemeen={s["tekst"] for s in algemeen_stappen},
        lesweken=uitleg.waarde("melding_lesweken", stand), mazl_weken=uitleg.waarde("mazl_schoolweken", stand))

    leerlingen, totaal = [], len(verz.leerlingen)
    stap = max(1, totaal // 50)
    for n, lln in enumerate(verz.leerlingen.values()):
        if voortgang and n % stap == 0:
            voortgang("analyseren", n, totaal)
        leerlingen.append(analyse.analyseer_leerling(lln, ctx, uitleg))
    if voortgang:
        voortgang("analyseren", totaal, totaal)
    leerlingen.sort(key=analyse.volgorde)
    signalen = {k: sum(k in x["signalen"] for x in leerlingen) for k in analyse.SIGNALEN}
    kern, wat_nu = _oordeel(leerlingen, signalen, profiel)
    return {
        "kern": kern, "wat_nu": wat_nu, "stand_op": stand.isoformat(),
        "bestand": {"vorm": vorm, "codering": gelezen.codering,
                    "scheidingsteken": gelezen.scheidingsteken, "koprij": koppeling["koprij"], "las": las,
                    "rijen_gelezen": len(rijen), "rijen_afgewezen": t["afgewezen"],
                    "kolommen": koppeling["kolommen"]},
        "codes": codes_tabel,
        "leerlingen": leerlingen,
        "samenvatting": {"leerlingen": len(leerlingen), "rijen_gelezen": len(rijen), "rijen_afgewezen": t["afgewezen"],
                         "rijen_dubbel": t["dubbel"], "rijen_toekomst": t["toekomst"],
                         "rijen_geen_schooldag": t["geen_schooldag"], "rijen_niet_ingedeeld": t["niet_ingedeeld"],
                         "rijen_negeren": t["negeren"], "signalen": signalen, "actie_nodig":
                         sum(x["actie_nodig"] for x in leerlingen), "stand": stand.isoformat(),
                         "eenheid": "lesuren" if telt_lesuren else "klokuren"},
        "afgewezen": verz.afgewezen,
    }


SIGNAAL_NAMEN = {"melding_16_uur": ("bij DUO te melden voor de urengrens", "bij DUO te melden voor de urengrens"),
                 "lrv": ("langdurig relatief verzuim", "langdurig relatief verzuim"),
                 "mazl": ("zorgwekkend ziek (M@ZL)", "zorgwekkend ziek (M@ZL)"),
                 "te_laat": ("te vaak te laat", "te vaak te laat"),
                 "thuiszitter": ("thuiszitter", "thuiszitters")}


def _oordeel(leerlingen: list[dict], signalen: dict, profiel) -> tuple[str, list[str]]:
    """The overview's verdict: how many pupils need action now, and of which kind."""
    if not leerlingen:
        return ("Het bestand bevat geen leerlingen met verzuimregistraties die meetellen.",
                ["Controleer de kolommen en de indeling van de codes hieronder."])
    actie = sum(x["actie_nodig"] for x in leerlingen)
    verstreken = sum(x["termijn_verstreken"] is not None for x in leerlingen)
    soorten = [f"{n} {SIGNAAL_NAMEN[k][n != 1]}" for k, n in signalen.items() if n]
    if not actie:
        kern = (f"Van de {aantal(len(leerlingen), 'leerling', 'leerlingen')} in dit bestand hoeft nu niemand bij DUO "
                f"te worden gemeld en vraagt niemand een stap van het stappenplan van {profiel.naam}.")
    else:
        kern = (f"Van de {aantal(len(leerlingen), 'leerling', 'leerlingen')} in dit bestand "
                f"{'vraagt' if actie == 1 else 'vragen'} er {actie} nu actie"
                + (f": {opsomming(soorten)}" if soorten else "") + ".")
    wat_nu = []
    if verstreken:
        wat_nu.append(f"Bij {aantal(verstreken, 'leerling', 'leerlingen')} is een meldtermijn van DUO verstreken: "
                      "controleer of die melding al is gedaan, en meld anders nu.")
    if signalen.get("melding_16_uur") or signalen.get("lrv"):
        wat_nu.append("Meld in het verzuimregister van DUO vóór de termijn per leerling; de leerplichtambtenaar van "
                      "de woongemeente krijgt de melding.")
    if actie:
        wat_nu.append("Open per leerling de details: daar staan de stap van het stappenplan, wie de regie heeft en "
                      "wie u belt.")
    return kern, wat_nu


# --- The per-pupil table as CSV for Dutch Excel (';', UTF-8 with BOM added by the caller) --------------

CSV_KOLOMMEN = ("leerling", "naam", "klas", "actie_nodig", "signalen", "uren_ongeoorloofd", "keer_te_laat",
                "ziekmeldingen", "meldingen", "eerstvolgende_termijn", "stap", "regie")
CSV_KOPPEN = ("Leerlingnummer", "Naam", "Klas", "Actie nodig", "Signalen", "Uren ongeoorloofd", "Keer te laat",
              "Ziekmeldingen", "Meldingen aan DUO", "Eerstvolgende termijn", "Stap", "Regie")


def als_csv(antwoord: dict, namen: bool = True) -> str:
    """The per-pupil table as CSV text (';' separator, decimal comma) for Excel; ``namen=False`` leaves names out."""
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(CSV_KOPPEN)
    for x in antwoord.get("leerlingen", []):
        meldingen = " | ".join(f"{m['soort']} {m['begindatum']} t/m {m['einddatum'] or 'open'}"
                               + (f" (uiterlijk {m['melden_uiterlijk']})" if m["melden_uiterlijk"] else "")
                               for m in x["meldingen"])
        zwaarste = x["stap"]["stappen"][0] if x["stap"]["stappen"] else {}
        schrijver.writerow([
            x["leerling"], (x["naam"] or "") if namen else "", x["klas"] or "", "ja" if x["actie_nodig"] else "nee",
            ", ".join(x["signalen"]), f"{x['uren_ongeoorloofd']:g}".replace(".", ","), x["keer_te_laat"],
            x["ziekmeldingen"], meldingen, x["eerstvolgende_termijn"] or "", zwaarste.get("titel", ""),
            zwaarste.get("in_regie") or ""])
    return buffer.getvalue()


ONDERWIJSSOORTEN = ziekte.ONDERWIJSSOORTEN
LAS_OPTIES = (("auto", "Automatisch herkennen"),) + tuple((las, laad().namen[las]) for las in LAS_S)

registreer(Rekenhulp(
    NAAM, "Verzuimoverzicht van de hele school",
    "Uit de absentie-export van het leerlingadministratiesysteem: per leerling de meldingen aan DUO (met termijn), "
    "langdurig relatief verzuim, zorgwekkend ziekteverzuim (M@ZL), te laat komen en de stap van het stappenplan "
    "van de regio. Het bestand blijft op deze computer.",
    [Veld("bestand", "tekst", "Exportbestand (CSV-tekst)",
          "De inhoud van de export als tekst: CSV met puntkomma, komma of tab."),
     Veld("bestand_xlsx", "tekst", "Exportbestand (XLSX, base64)", "Een Excel-bestand (.xlsx), base64-gecodeerd.",
          bytes_ook=True),
     Veld("codering", "tekst", "Tekencodering van het bestand",
          "Hoe de tekst is gelezen (UTF-8 of Windows-1252); alleen ter vermelding in het antwoord."),
     Veld("las", "keuze", "Leerlingadministratiesysteem",
          "Het systeem waaruit de export komt; automatisch: herkend aan de kolomnamen.", opties=LAS_OPTIES,
          standaard="auto"),
     Veld("kolommen", "object", "Indeling van de kolommen",
          "Per veld de kolomkop (of het kolomnummer 1, 2, … bij een bestand zonder koprij); leeg: herkend.",
          opties=tuple(kolommen_mod.VELDEN.items()), standaard={}),
     Veld("codes", "object", "Indeling van de absentiecodes",
          "Per code een van: ongeoorloofd, ziek, te laat, geoorloofd, negeren.",
          opties=tuple((c, c.replace("_", " ")) for c in CATEGORIEEN), standaard={}),
     Veld("lesuur_minuten", "geheel", "Lesduur in minuten", "Hoe lang een lesuur op deze school duurt.",
          standaard=50, minimum=10, maximum=120),
     Veld("onderwijssoort", "keuze", "Onderwijssoort", "Voor de M@ZL-criteria van de regio.",
          opties=ONDERWIJSSOORTEN, standaard="vo"),
     Veld("schooldag_begin", "tekst", "Begin van de schooldag",
          "Voor meldingen over meerdere dagen (UU:MM).", standaard="08:30"),
     Veld("schooldag_eind", "tekst", "Einde van de schooldag",
          "Voor meldingen over meerdere dagen (UU:MM).", standaard="15:30")],
    bereken=_bereken, kalender=True, eigen_pagina=True))
