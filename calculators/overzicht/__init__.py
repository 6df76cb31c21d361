"""Verzuimoverzicht: a school's whole absence export checked against the law and the region, per pupil.

``run("verzuimoverzicht", invoer, voortgang=…)`` is the contract (see CONTRACT.md beside this file), with
progress for the page; this package is what run() dispatches into and never imports run() back.

Modules: lezen (bytes/text -> rows), kolommen (headers -> fields), codes (codes -> categories),
vormen (rows -> hours per pupil per day), analyse (the existing rules per pupil).
"""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import replace

from .. import csv_veilig
from ..fouten import Fout, InvoerFout, datum_nl
from ..invoer import Rekenhulp, Veld
from ..kalender import schooljaar_van
from ..register import kalender_voor
from ..tekst import getal_nl, opsomming
from ..regels import melding, stappenplan, ziekte
from . import analyse, kolommen as kolommen_mod
from .codes import controleer_gebruiker, deel_in
from .lezen import kort, lees_csv
from .standaard import CATEGORIEEN, LAS_S, laad
from .deel import Deel, MetNaam, bronnen
from .vormen import Instellingen, bepaal_vorm, codes_per_rij, genummerd, lees_rijen, nieuwe_staat, tel_codes, vul_aan
from .xlsx import lees_xlsx


def _n(x) -> str:
    """A count with Dutch thousands separators: 200000 -> '200.000' (a school file has that many rows)."""
    return f"{x:,}".replace(",", ".") if isinstance(x, int) and not isinstance(x, bool) else getal_nl(x)


def aantal(n, enkelvoud: str, meervoud: str) -> str:
    return f"{_n(n)} {enkelvoud if n == 1 else meervoud}"


NAAM = "verzuimoverzicht"
VORMEN = {"lesuur": "per lesuur", "tijdvak": "met begin- en eindtijd", "dagtotaal": "uren of minuten per dag"}
VERWACHT = ("Verwacht: een export van de absenties (CSV met puntkomma, komma of tab, of XLSX) met per regel een "
            "leerling (leerlingnummer of naam), een datum, en een lesuur, een begin- en eindtijd of een aantal uren "
            "of minuten, met een absentiecode of reden.")


def _tijd(tekst: str, veld: str) -> int:
    delen = str(tekst).strip().replace(".", ":").split(":")
    if len(delen) == 2 and all(d.isdecimal() and len(d) <= 2 for d in delen) and int(delen[0]) < 24 and int(delen[1]) < 60:
        return int(delen[0]) * 60 + int(delen[1])
    raise InvoerFout(Fout(veld, f"'{tekst}' is geen tijd; schrijf UU:MM, bijvoorbeeld 08:30."))


VOORBEELD_RIJEN, VOORBEELD_TEKENS = 5, 40


def voorbeeld(rijen: list) -> list[list[str]]:
    """The first rows of a file without a header row, short, so the page can show what each column holds."""
    def cel(c) -> str:
        t = "" if c is None else str(c)
        return t if len(t) <= VOORBEELD_TEKENS else t[:VOORBEELD_TEKENS - 1] + "…"
    return [[cel(c) for c in r] for r in rijen[:VOORBEELD_RIJEN]]


def _bereken(w: dict, uitleg) -> dict:
    """The overview without the cyclic garbage collector: its hundreds of thousands of rows and counts are
    containers that live until the answer is made, and every collection would walk them all again (it took
    about a third of the time). Reference counting still frees everything; the collector's state is restored."""
    aan = gc.isenabled()
    gc.disable()
    try:
        return _bereken_alles(w, uitleg)
    finally:
        if aan:
            gc.enable()


def _bereken_alles(w: dict, uitleg) -> dict:
    """The overview in its phases: settings, each file with its columns and codes, hours, rows, then each pupil."""
    voortgang = w.get("_voortgang")
    profiel = uitleg.profiel
    kal, gebruiker_codes, dag_begin, dag_eind = _instellingen(w, profiel, uitleg)
    s = laad()
    delen, overgeslagen = _delen(w, s, gebruiker_codes, uitleg)
    peildatum, vandaag, telt_lesuren = _uren(w, profiel, {d.vorm for d in delen}, uitleg)
    inst = Instellingen(delen[0].vorm, w["lesuur_minuten"], dag_begin, dag_eind, vandaag, kal)
    verz, t, per_bestand = _registraties(delen, overgeslagen, inst, voortgang, uitleg)
    stand, ctx = _context(w, profiel, kal, peildatum, vandaag, telt_lesuren, verz, uitleg)
    leerlingen = _per_leerling(verz, ctx, voortgang, uitleg)
    if w.get("_toestand") is not None:  # run(…, toestand={}): what a pupil's picture and letters are made from
        w["_toestand"].update(leerlingen=verz.leerlingen, ctx=ctx)
    leerlingen.sort(key=analyse.volgorde)
    signalen = {k: sum(k in x["signalen"] for x in leerlingen) for k in analyse.SIGNALEN}
    kern, wat_nu = _oordeel(leerlingen, signalen, profiel)
    gelezen_totaal = sum(b["rijen_gelezen"] for b in per_bestand if "rijen_gelezen" in b)
    uit = {
        "kern": kern, "wat_nu": wat_nu, "stand_op": stand.isoformat(),
        "bestand": _bestandsblok(delen[0], s, per_bestand[0]),  # the first file's (per_bestand: read files first)
        "codes": _samen(delen),
        "leerlingen": leerlingen,
        "samenvatting": {"leerlingen": len(leerlingen), "rijen_gelezen": gelezen_totaal,
                         "rijen_afgewezen": t["afgewezen"],
                         "rijen_dubbel": t["dubbel"], "rijen_toekomst": t["toekomst"],
                         "rijen_geen_schooldag": t["geen_schooldag"], "rijen_niet_ingedeeld": t["niet_ingedeeld"],
                         "rijen_negeren": t["negeren"], "signalen": signalen, "actie_nodig":
                         sum(x["actie_nodig"] for x in leerlingen), "stand": stand.isoformat(),
                         "eenheid": "lesuren" if telt_lesuren else "klokuren"},
        "afgewezen": verz.afgewezen,
    }
    if len(per_bestand) > 1:
        uit["bestanden"] = per_bestand
    return uit


def _bestandsblok(deel: Deel, s, telling: dict) -> dict:
    gelezen, koppeling, index = deel.gelezen, deel.koppeling, deel.index
    return {"vorm": deel.vorm, "codering": gelezen.codering,
            "scheidingsteken": gelezen.scheidingsteken, "koprij": koppeling["koprij"], "las": deel.las,
            "rijen_gelezen": telling["rijen_gelezen"], "rijen_afgewezen": telling["rijen_afgewezen"],
            "kolommen": koppeling["kolommen"], "las_naam": s.namen[deel.las],
            "codekolom": "code" in index,
            "naam_sortering": "achternaam" if "achternaam" in index else
            ("naam" if index.keys() & {"naam", "voornaam"} else None),
            **({} if koppeling["koprij"] else {"voorbeeld": voorbeeld(gelezen.rijen)})}


def _samen(delen: list[Deel]) -> list[dict]:
    """The code tables of the files as one: the same code placed the same way is one row, its counts added."""
    if len(delen) == 1:
        return delen[0].codes_tabel
    uit: dict[tuple, dict] = {}
    for deel in delen:
        for c in deel.codes_tabel:
            sleutel = (c["code"], c["categorie"], c["herkomst"])
            if sleutel in uit:
                uit[sleutel]["aantal"] += c["aantal"]
            else:
                uit[sleutel] = dict(c)
    return list(uit.values())


def _instellingen(w: dict, profiel, uitleg):
    """The calendar, the user's codes and the school day; every input error at once."""
    fouten = []
    try:
        kal = kalender_voor(w, profiel, uitleg)
    except InvoerFout as e:
        fouten += e.fouten
    if not (w.get("bestand") or "").strip() and not w.get("bestand_xlsx") and not w.get("bestanden"):
        fouten.append(Fout("bestand", "Kies een exportbestand. " + VERWACHT))
    if fouten:
        raise InvoerFout(fouten)
    gebruiker_codes = controleer_gebruiker(w.get("codes") or {})
    dag_begin = _tijd(w.get("schooldag_begin") or "08:30", "schooldag_begin")
    dag_eind = _tijd(w.get("schooldag_eind") or "15:30", "schooldag_eind")
    if dag_eind <= dag_begin:
        raise InvoerFout(Fout("schooldag_eind", "Het einde van de schooldag moet na het begin liggen."))
    return kal, gebruiker_codes, dag_begin, dag_eind


def _delen(w: dict, s, gebruiker_codes, uitleg) -> tuple[list[Deel], list[dict]]:
    """Each file read, its columns mapped and its codes placed; with several files one that cannot be read is
    skipped with its reason (said in a warning and in 'bestanden'), unless none can."""
    bronnen_ = bronnen(w)
    delen, overgeslagen = [], []
    for nr, (naam, bron) in enumerate(bronnen_):
        u = uitleg if naam is None else MetNaam(uitleg, naam)
        try:
            deel = _bestand_en_kolommen(bron, w, u, s, naam, nr)
            _codes(deel, s, gebruiker_codes, u)
        except InvoerFout as e:
            if naam is None:
                raise
            reden = " ".join(f.melding for f in e.fouten)
            overgeslagen.append({"naam": naam, "overgeslagen": reden})
            uitleg.waarschuwing(f"{naam} is overgeslagen: {reden}")
            continue
        delen.append(deel)
    if not delen:
        raise InvoerFout([Fout("bestanden", f"{o['naam']}: {o['overgeslagen']}") for o in overgeslagen])
    return delen, overgeslagen


def _lees_bron(bron: dict):
    if bron.get("bestand_xlsx"):
        return lees_xlsx(bron["bestand_xlsx"])
    if not (bron.get("bestand") or "").strip():
        raise InvoerFout(Fout("bestand", "Het bestand is leeg. " + VERWACHT))
    return lees_csv(bron["bestand"], bron.get("codering") or "UTF-8")


def _bestand_en_kolommen(bron: dict, w: dict, uitleg, s, naam: str | None = None, nr: int = 0) -> Deel:
    """The file read and its columns mapped to fields; what is missing is said with what was recognised."""
    gelezen = _lees_bron(bron)
    for tekst in gelezen.waarschuwingen:
        uitleg.waarschuwing(tekst)
    if not gelezen.rijen:
        raise InvoerFout(Fout("bestand", "Het bestand is leeg. " + VERWACHT))
    rijen, regels, koppeling, kopregel = _koprij_en_rand(gelezen, w, uitleg)
    index = koppeling["index"]
    herkend = ", ".join(f"'{k['kop']}' → {kolommen_mod.VELDEN[k['veld']]}" for k in koppeling["kolommen"] if k["veld"])
    if not koppeling["koprij"] and not index:
        fout = InvoerFout(Fout("bestand", "Dit bestand heeft geen koprij met bekende kolomnamen. Geef per "
                                           "kolomnummer (1, 2, …) aan wat erin staat, of voeg een koprij toe. " + VERWACHT))
        fout.extra = {"bestand": {"koprij": False, "kolommen": koppeling["kolommen"], "las": koppeling["las"],
                                  "voorbeeld": voorbeeld(gelezen.rijen)}}
        raise fout
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
        weg = [f"regel {a['regel']}: {a['reden']}" for a in gelezen.afgewezen if a["regel"] > kopregel]
        if weg:
            raise InvoerFout(Fout("bestand", f"Geen enkele regel van het bestand is te lezen: {'; '.join(weg[:3])}"))
        raise InvoerFout(Fout("bestand", "Het bestand heeft alleen een koprij, geen registraties. " + VERWACHT))
    las = koppeling["las"]
    uitleg.stap(f"Bestand gelezen: {aantal(len(rijen), 'regel', 'regels')}, vorm {VORMEN[vorm]}, herkend als {s.namen[las]}. "
                f"Kolommen: {herkend}.")
    if "leerling" not in index:
        uitleg.waarschuwing("Het bestand heeft geen leerlingnummer: leerlingen zijn herkend aan hun naam. Twee "
                            "leerlingen met dezelfde naam tellen dan als één.")
    return Deel(naam, nr, gelezen, koppeling, rijen, regels, kopregel, index, vorm, las)


def _codes(deel: Deel, s, gebruiker_codes, uitleg) -> None:
    """Each absence code placed in a category (the user's choice, the file, the system's standard list)."""
    rijen, koppeling, index, vorm, las = deel.rijen, deel.koppeling, deel.index, deel.vorm, deel.las
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
        regels_tekst = aantal(c["aantal"], "regel", "regels")
        if c["code"]:
            zin = (f"Code '{kort(c['code'], 60)}' ({regels_tekst}) is nog niet ingedeeld: "
                   + ("deze regel telt" if c["aantal"] == 1 else "deze regels tellen"))
        else:
            zin = (f"{'De regel' if c['aantal'] == 1 else 'Regels'} zonder code ({regels_tekst}) "
                   f"{'is' if c['aantal'] == 1 else 'zijn'} nog niet ingedeeld: "
                   + ("deze regel telt" if c["aantal"] == 1 else "deze regels tellen"))
        uitleg.waarschuwing(zin + " niet mee tot u kiest of het ongeoorloofd, ziek, te laat, geoorloofd of te "
                                  "negeren is.")
    geraden = [c["code"] for c in codes_tabel if c["herkomst"] and c["herkomst"].startswith("standaard")]
    if geraden:
        uitleg.waarschuwing(f"De indeling van {aantal(len(geraden), 'code', 'codes')} ({', '.join(kort(g, 30) for g in geraden[:8])}"
                            f"{', …' if len(geraden) > 8 else ''}) komt uit de standaardlijst van {s.namen[las]}; "
                            "codes verschillen per school. Controleer de tabel met codes.")
    deel.codes, deel.indeling, deel.codes_tabel = codes, indeling, codes_tabel


def _uren(w: dict, profiel, vormen_: set[str], uitleg):
    """How hours count: clock hours, or lesuren where the region counts those."""
    peildatum, vandaag = w.get("peildatum"), w["_vandaag"]
    melding_uren = uitleg.param("melding_uren", peildatum or vandaag)
    telt_lesuren = melding_uren.eenheid == "lesuren"
    uitleg.keuze("overzicht_uren")
    uitleg.keuze("zestien_uur_eenheid")
    if telt_lesuren:
        uitleg.stap(f"{profiel.naam} telt lesuren: elk lesuur telt als één uur, tijden tellen als "
                    f"{w['lesuur_minuten']} minuten per lesuur. De wet (art. 21a Lpw) spreekt van uren les- of "
                    "praktijktijd; bij lesuren korter dan 60 minuten is de grens in lesuren eerder bereikt (strenger dan de wet).",
                    melding_uren.bron)
    elif "lesuur" in vormen_:
        uitleg.stap(f"Uren zijn klokuren: een lesuur telt als {w['lesuur_minuten']} minuten (instelling lesduur).",
                    melding_uren.bron)
    if "tijdvak" in vormen_:
        uitleg.keuze("tijdvak_over_dagen")
    uitleg.keuze("te_laat_geen_uren")
    uitleg.keuze("ziekmelding_uit_registraties")
    uitleg.keuze("overzicht_dubbel")
    return peildatum, vandaag, telt_lesuren


def _registraties(delen: list[Deel], overgeslagen: list[dict], inst, voortgang, uitleg):
    """The rows of every file as hours per pupil per day, counted together; rows that do not count are said
    in a warning, and per file in 'bestanden' (its name, rows read and refused)."""
    vandaag = inst.vandaag
    meer = len(delen) + len(overgeslagen) > 1
    staat = nieuwe_staat(inst, [d.naam for d in delen] if meer else None)
    per_bestand, waarschuwingen, verz = [], [], None
    for k, deel in enumerate(delen):
        staat.nummer = k
        begin, afgewezen_voor = len(staat.afgewezen), staat.tellers["afgewezen"]
        verz = lees_rijen(deel.rijen, genummerd(deel.regels, k), deel.index, deel.codes, deel.indeling,
                          replace(inst, vorm=deel.vorm), _deel_van(voortgang, k, len(delen)), staat)
        _met_leesfouten(staat, begin, deel.gelezen, deel.kopregel + 1, deel.naam if meer else None)
        eigen = staat.tellers["afgewezen"] - afgewezen_voor
        gelezen = len(deel.rijen) + len(deel.gelezen.afgewezen)
        if eigen and eigen >= gelezen:
            voorbeelden = "; ".join(f"regel {a['regel']}: {a['reden']}" for a in staat.afgewezen[begin:begin + 3])
            melding = (f"Geen enkele regel van het bestand is te lezen: alle {aantal(eigen, 'regel is', 'regels zijn')} "
                       f"afgewezen ({voorbeelden}). Klopt de indeling van de kolommen? " + VERWACHT)
            if not meer:
                raise InvoerFout(Fout("bestand", melding))
            uitleg.waarschuwing(f"{deel.naam}: {melding}")
        waarschuwingen += [(deel.naam, tekst) for tekst in verz.waarschuwingen]
        per_bestand.append({"naam": deel.naam, "vorm": deel.vorm, "codering": deel.gelezen.codering,
                            "las": deel.las, "rijen_gelezen": gelezen, "rijen_afgewezen": eigen})
        deel.rijen = deel.codes = None  # counted: the file's rows are not needed for the pupils' analysis
        if deel.koppeling["koprij"]:  # a file without a header row shows its first rows (bestand.voorbeeld)
            deel.gelezen.rijen = None
    if meer and len(per_bestand) == len(delen) and not any(b["rijen_gelezen"] > b["rijen_afgewezen"]
                                                           for b in per_bestand):
        raise InvoerFout(Fout("bestanden", "Geen enkele regel van de bestanden is te lezen; zie de waarschuwingen."))
    for naam, tekst in waarschuwingen:
        uitleg.waarschuwing(f"{naam}: {tekst}" if meer else tekst)
    t = verz.tellers
    if t["dubbel"]:
        uitleg.waarschuwing(f"{aantal(t['dubbel'], 'dubbele registratie', 'dubbele registraties')} (zelfde leerling, dag en lesuur of periode"
                            f"{', ook in verschillende bestanden' if meer else ''}) "
                            f"{'telt' if t['dubbel'] == 1 else 'tellen'} één keer; zie de lijst van regels die niet meetellen.")
    if t["afgewezen"]:
        uitleg.waarschuwing(f"{aantal(t['afgewezen'], 'regel is', 'regels zijn')} niet te lezen en "
                            f"{'telt' if t['afgewezen'] == 1 else 'tellen'} niet mee; de lijst noemt elke "
                            "regel met de reden. De rest is geanalyseerd.")
    if t["toekomst"]:
        uitleg.waarschuwing(f"{aantal(t['toekomst'], 'regel ligt', 'regels liggen')} na de peildatum ({datum_nl(vandaag)}) en "
                            f"{'telt' if t['toekomst'] == 1 else 'tellen'} niet mee.")
    if t["geen_schooldag"]:
        uitleg.waarschuwing(f"{aantal(t['geen_schooldag'], 'regel valt', 'regels vallen')} op een dag zonder school en "
                            f"{'telt' if t['geen_schooldag'] == 1 else 'tellen'} niet mee. "
                            "Klopt de vakantieregio, of heeft de school daar les?")
    return verz, t, per_bestand + overgeslagen


def _deel_van(voortgang, k: int, n: int):
    """Progress of file k of n as progress of the whole: each file an equal share of 'lezen'."""
    if voortgang is None or n == 1:
        return voortgang
    return lambda fase, gedaan, totaal: voortgang(fase, k * 1000 + (gedaan * 1000 // max(totaal, 1)), n * 1000)


def _context(w: dict, profiel, kal, peildatum, vandaag, telt_lesuren, verz, uitleg):
    """What every pupil's analysis shares: the date the counts run to, the criteria and thresholds."""
    stand = max(min(verz.laatste_datum or vandaag, vandaag), dt.date(1990, 1, 1))
    jaar_begin = schooljaar_van(vandaag)[0] if dt.MINYEAR < vandaag.year < dt.MAXYEAR else None
    if verz.laatste_datum and jaar_begin and verz.laatste_datum < jaar_begin:
        uitleg.waarschuwing(f"Alle registraties liggen vóór {datum_nl(jaar_begin)}, het begin van het schooljaar van "
                            f"de peildatum ({datum_nl(vandaag)}): dit is een export van een vorig schooljaar. De "
                            f"tellingen gaan tot en met {datum_nl(stand)}; zegt dit overzicht iets over nu, exporteer "
                            "dan ook dit schooljaar.")
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
    return stand, ctx


def _per_leerling(verz, ctx, voortgang, uitleg) -> list[dict]:
    """Each pupil through the rules' own functions (calculators/overzicht/analyse.py), with progress."""
    leerlingen, totaal = [], len(verz.leerlingen)
    stap = max(1, totaal // 50)
    for n, lln in enumerate(verz.leerlingen.values()):
        if voortgang and n % stap == 0:
            voortgang("analyseren", n, totaal)
        leerlingen.append(analyse.analyseer_leerling(lln, ctx, uitleg))
    if voortgang:
        voortgang("analyseren", totaal, totaal)
    return leerlingen


def _koprij_en_rand(gelezen, w: dict, uitleg) -> tuple[list, list, dict, int]:
    """(data rows, their line numbers, the column mapping, the header's line or 0): the header row is looked for below a title and
    empty lines; total and note lines under the data are left out. Both are reported, never dropped silently."""
    gebruiker = w.get("kolommen") or {}
    k = kolommen_mod.zoek_koprij(gelezen.rijen, gebruiker)
    koppeling = kolommen_mod.koppel(gelezen.rijen[k], w.get("las") or "auto", gebruiker)
    if not koppeling["koprij"]:
        k = 0
    elif k:
        boven = "; ".join(f"'{kort(' '.join(str(c) for c in r if c not in ('', None)), 60)}'"
                          for r in gelezen.rijen[:k])
        uitleg.waarschuwing(f"De koprij staat op regel {gelezen.regels[k]}; "
                            f"{aantal(k, 'regel erboven is', 'regels erboven zijn')} overgeslagen ({boven}).")
    start = k + 1 if koppeling["koprij"] else 0
    rijen, regels = gelezen.rijen[start:], gelezen.regels[start:]
    breedte = len(koppeling["kolommen"])
    voet = 0
    while voet < min(len(rijen), 5) and kolommen_mod.is_voetregel(rijen[len(rijen) - 1 - voet], breedte):
        voet += 1
    if voet and voet < len(rijen):
        weg = [f"regel {regel} ('{kort(' '.join(str(c) for c in r if c not in ('', None)), 60)}')"
               for r, regel in zip(rijen[-voet:], regels[-voet:])]
        uitleg.waarschuwing(f"{'Een totaal- of slotregel' if voet == 1 else f'{voet} totaal- of slotregels'} onder de "
                            f"gegevens {'is' if voet == 1 else 'zijn'} overgeslagen: {', '.join(weg)}.")
        rijen, regels = rijen[:-voet], regels[:-voet]
    return rijen, regels, koppeling, (gelezen.regels[k] if koppeling["koprij"] else 0)


def _met_leesfouten(staat, begin: int, gelezen, eerste_regel: int, naam: str | None) -> None:
    """Rows refused while reading (a cell or row over a cap) join the rows this file refused by their content,
    in line order; with several files each names its file."""
    eigen = [a for a in gelezen.afgewezen if a["regel"] >= eerste_regel]
    gelezen.afgewezen = eigen
    if naam is not None:
        for a in eigen:
            a["bestand"] = naam
    if eigen:
        staat.afgewezen[begin:] = sorted(staat.afgewezen[begin:] + eigen, key=lambda a: a["regel"])
        staat.tellers["afgewezen"] += len(eigen)


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
        wat_nu.append("Meld in het ROD (voorheen verzuimregister) van DUO vóór de termijn per leerling; de leerplichtambtenaar van "
                      "de woongemeente krijgt de melding.")
    if actie:
        wat_nu.append("Open per leerling de details: daar staan de stap van het stappenplan, wie de regie heeft en "
                      "wie u belt.")
    return kern, wat_nu


# --- The per-pupil table as CSV for Dutch Excel (';', UTF-8 with BOM added by the caller) --------------
# One column per fact a coordinator filters on, Dutch labels and dd-mm-jjjj dates, no internal codes; every
# cell goes through csv_veilig (formula neutralisation). The unit of the hours and the date the counts run
# to are in the headers and in a column, so the file says them once it has left the page.

def _ja(waar: bool) -> str:
    return "ja" if waar else "nee"


def _lrv_stand(x: dict) -> str:
    if any(n["soort"] == "lrv" for n in x.get("nu", [])):
        return "loopt"
    return "afgelopen" if x.get("lrv") else "nee"


def _mazl_stand(x: dict) -> str:
    if any(n["soort"] == "mazl" for n in x.get("nu", [])):
        return "nu"
    return "eerder" if x.get("mazl") else "nee"


def csv_kolommen(eenheid: str) -> tuple[str, ...]:
    return ("Leerlingnummer", "Naam", "Klas", "Actie nodig", "Volgende actie", "Datum volgende actie",
            "Meldtermijn DUO verstreken op", "Uiterlijk melden bij DUO", "Urengrens bereikt",
            "Langdurig relatief verzuim", "Zorgwekkend ziekteverzuim (M@ZL)", "Te vaak te laat", "Thuiszitter",
            f"Uren ongeoorloofd ({eenheid})", "Keer te laat dit schooljaar", "Ziekmeldingen", "Nu", "Voorbij",
            "Stap van het stappenplan", "Regie", "Geteld tot en met")


def als_csv(antwoord: dict, namen: bool = True) -> str:
    """The per-pupil table as CSV text (';' separator, decimal comma) for Excel; ``namen=False`` leaves names out."""
    s = antwoord.get("samenvatting") or {}
    stand = analyse.kort(s["stand"]) if s.get("stand") else ""
    rijen = []
    for x in antwoord.get("leerlingen", []):
        zwaarste = x["stap"]["stappen"][0] if x["stap"]["stappen"] else {}
        actie = x.get("volgende_actie") or {}
        te_laat = x.get("te_laat") or {}
        rijen.append([
            x["leerling"], (x["naam"] or "") if namen else "", x["klas"] or "", _ja(x["actie_nodig"]),
            actie.get("tekst", ""), analyse.kort(actie["datum"]) if actie.get("datum") else "",
            analyse.kort(x["termijn_verstreken"]) if x.get("termijn_verstreken") else "",
            analyse.kort(x["eerstvolgende_termijn"]) if x.get("eerstvolgende_termijn") else "",
            _ja("melding_16_uur" in x["signalen"]), _lrv_stand(x), _mazl_stand(x),
            "geen grens in de regio" if te_laat.get("bereikt") is None else _ja(te_laat["bereikt"]),
            _ja("thuiszitter" in x["signalen"]), getal_nl(x["uren_ongeoorloofd"]), x["keer_te_laat"],
            x["ziekmeldingen"], " | ".join(n["tekst"] for n in x.get("nu", [])),
            " | ".join(n["tekst"] for n in x.get("voorbij", [])), zwaarste.get("titel", ""),
            zwaarste.get("in_regie") or "", stand])
    return csv_veilig.schrijf(csv_kolommen(s.get("eenheid") or "uren"), rijen)


# What the overview's result fields are called for a reader.
UITVOER = {
    # the file
    "bestand": ("Het bestand", ""),
    "vorm": ("Vorm van de export", ""),
    "codering": ("Tekencodering", ""),
    "scheidingsteken": ("Scheidingsteken", "geen (XLSX)"),
    "koprij": ("Eerste regel is een koprij", ""),
    "las": ("Leerlingadministratiesysteem", ""),
    "rijen_gelezen": ("Regels gelezen", ""),
    "rijen_afgewezen": ("Regels niet te lezen", ""),
    "bestanden": ("De bestanden", ""),
    "overgeslagen": ("Overgeslagen, want", ""),
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
    "weken_aaneengesloten_niet_op_school": ("Weken aaneengesloten niet op school, ook ziek (nu)", ""),
    "ziekmeldingen_schooljaar": ("Ziekmeldingen dit schooljaar", ""),
    "ziektedagen_schooljaar": ("Schooldagen ziek dit schooljaar", ""),
    "stap": ("Stappenplan", ""),
    **stappenplan.UITVOER,  # the per-pupil stappenplan answer, labelled as the calculator labels it
    "eerstvolgende_termijn": ("Eerstvolgende termijn", "geen open termijn"),
    "termijn_verstreken": ("Meldtermijn verstreken op", "geen"),
    "actie_nodig": ("Actie nodig", ""),
    "nu": ("Nu", "niets"),
    "voorbij": ("Eerder (voorbij)", "niets"),
    "volgende_actie": ("Volgende actie", "geen"),
    "verstreken": ("Termijn verstreken", ""),
    "sorteernaam": ("Naam (achternaam eerst)", ""),
    "las_naam": ("Leerlingadministratie", ""),
    "codekolom": ("Het bestand heeft een kolom met absentiecodes", ""),
    "naam_sortering": ("Naam sorteert op", "zoals in het bestand"),
    "voorbeeld": ("De eerste regels van het bestand", ""),
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
}

ONDERWIJSSOORTEN = ziekte.ONDERWIJSSOORTEN
LAS_OPTIES = (("auto", "Automatisch herkennen"),) + tuple((las, laad().namen[las]) for las in LAS_S)

# Codes in its answers: its own (signals, categories, how a file was read, rows left out) and those of the
# rules it reuses for each pupil (melding, ziekte, stappenplan).
CODES = {
    **melding.CODES, **ziekte.CODES, **stappenplan.CODES,
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
}
# Its own choices and those of the rules it applies to each pupil (analyse.py copies their answers' keuzes).
KEUZES = tuple(dict.fromkeys((
    "overzicht_codes", "overzicht_uren", "zestien_uur_eenheid", "tijdvak_over_dagen", "te_laat_geen_uren",
    "ziekmelding_uit_registraties", "overzicht_dubbel", "overzicht_stand",
    *melding.KEUZES, *ziekte.KEUZES, *stappenplan.KEUZES)))

VERZUIMOVERZICHT = Rekenhulp(
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
     Veld("bestanden", "lijst", "Meerdere exportbestanden",
          "In plaats van één bestand: per bestand een naam en de inhoud (tekst, of XLSX als base64). Een registratie "
          "die in twee bestanden staat, telt één keer.",
          kolommen=(Veld("naam", "tekst", "Bestandsnaam"), Veld("bestand", "tekst", "Exportbestand (CSV-tekst)"),
                    Veld("bestand_xlsx", "tekst", "Exportbestand (XLSX, base64)", bytes_ook=True),
                    Veld("codering", "tekst", "Tekencodering van het bestand")),
          max_rijen=100, standaard=[]),
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
    bereken=_bereken, kalender=True, eigen_pagina=True,
    codes=CODES, keuzes=KEUZES,
    uitvoer=UITVOER)
