"""Export rows to, per pupil, hours per day per category: per-lesuur rows, time spans over days, day totals.

Every row either counts, or is listed with its line number and the reason (rejected, in the future, on a
day without school, a duplicate), or waits for the user to place its code. Nothing is dropped silently.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from ..tekst import aantal, getal_nl
from ..fouten import datum_nl
from .codes import Telling, vlag
from .lezen import Datumfout, Tijdlezer, kort
from .tabel import Tabel

MAX_TOON = 200  # characters of a name or class shown; the pupil number stays whole (it is the key)

EEN_DAG = dt.timedelta(days=1)
BEDRAG_VELDEN = {  # day-total columns: field -> (category, factor to minutes)
    "minuten_ongeoorloofd": ("ongeoorloofd", 1), "uren_ongeoorloofd": ("ongeoorloofd", 60),
    "minuten_ziek": ("ziek", 1), "uren_ziek": ("ziek", 60),
    "minuten_geoorloofd": ("geoorloofd", 1), "uren_geoorloofd": ("geoorloofd", 60),
}


@dataclass
class Leerling:
    id: str
    naam: str | None = None
    klas: str | None = None
    rijen: int = 0
    sorteernaam: str | None = None  # 'achternaam, voornaam' when the file has a surname column
    minuten: dict = field(default_factory=lambda: {"ongeoorloofd": defaultdict(float), "ziek": defaultdict(float),
                                                   "geoorloofd": defaultdict(float)})
    lesuren: dict = field(default_factory=lambda: {"ongeoorloofd": defaultdict(int), "ziek": defaultdict(int),
                                                   "geoorloofd": defaultdict(int)})
    tijdvakken: dict = field(default_factory=dict)       # (categorie, datum) -> [(van, tot)] minutes, merged later
    te_laat: set = field(default_factory=set)             # distinct late registrations: (datum, lesuur or time)
    open_ziek: dt.date | None = None                      # first day of a sick report without an end
    per_lesuur: dict = field(default_factory=dict)        # categorie -> Counter {lesuur: count} (patterns by lesuur)


@dataclass
class Instellingen:
    vorm: str
    lesuur_minuten: int
    dag_begin: int
    dag_eind: int
    vandaag: dt.date
    kal: object


@dataclass
class Verzameling:
    leerlingen: dict[str, Leerling]
    afgewezen: list[dict]
    tellers: dict[str, int]
    laatste_datum: dt.date | None
    waarschuwingen: list[str]


def bepaal_vorm(index: dict[str, int]) -> str | None:
    if "begin" in index and "eind" in index:
        return "tijdvak"
    if "lesuur" in index:
        return "lesuur"
    if index.keys() & {"uren", "minuten", *BEDRAG_VELDEN}:
        return "dagtotaal"
    if "begin" in index or "eind" in index:
        return "tijdvak"
    return None


def _cel(rij: list, i: int | None):
    if i is None or i >= len(rij):
        return ""
    waarde = rij[i]
    return waarde.strip() if isinstance(waarde, str) else waarde


def vul_aan(rijen: list[list], breedte: int) -> None:
    """Short rows get empty cells, so every column index exists in every row."""
    if isinstance(rijen, Tabel):
        rijen.vul_aan(breedte)
        return
    if not rijen or min(map(len, rijen)) >= breedte:
        return
    for rij in rijen:
        if len(rij) < breedte:
            rij.extend([""] * (breedte - len(rij)))


def _kolom(rijen: list[list], i: int | None) -> list:
    if i is None:
        return [None] * len(rijen)
    if isinstance(rijen, Tabel):  # CSV read as columns: every cell is text
        return rijen.tekst_kolom(i)
    try:  # CSV: every cell is text
        return list(map(str.strip, map(itemgetter(i), rijen)))
    except TypeError:  # XLSX: numbers, dates
        return [w.strip() if isinstance(w, str) else w for w in map(itemgetter(i), rijen)]


def codes_per_rij(rijen: list[list], index: dict[str, int]) -> list[str]:
    """The code a row is placed by: its code, else its reason text, else its soort; '' when none."""
    if "code" in index:
        kolom = _kolom(rijen, index["code"])
        return kolom if isinstance(rijen, Tabel) else ["" if c is None else str(c) for c in kolom]  # CSV: text already
    kolommen = [_kolom(rijen, index[v]) for v in ("reden", "soort") if v in index]
    if not kolommen:
        return [""] * len(rijen)
    return [next((str(c) for c in cellen if c not in ("", None)), "") for cellen in zip(*kolommen)]


def tel_codes(codes: list[str], rijen: list[list], index: dict[str, int]) -> Telling:
    """Count per code which soort, geoorloofd and reason values occur (distinct combinations counted once)."""
    telling = Telling()
    soorten = _kolom(rijen, index.get("soort"))
    vlaggen = _kolom(rijen, index.get("geoorloofd"))
    redenen = _kolom(rijen, index.get("reden") if "code" in index else None)
    gelezen: dict = {}
    for (code, soort, ruw, reden), aantal in Counter(zip(codes, soorten, vlaggen, redenen)).items():
        v = gelezen.get(ruw)
        if v is None and ruw not in gelezen:
            v = gelezen[ruw] = vlag(ruw) if ruw not in (None, "") else None
        telling.tel(code, str(soort) if soort not in (None, "") else None, v, str(reden) if reden else None, aantal)
    return telling


def _getal(waarde, wat: str) -> float:
    try:
        if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
            getal = float(waarde)
        else:
            getal = float(str(waarde).replace(",", "."))
    except (ValueError, OverflowError):
        raise Datumfout(f"'{kort(waarde)}' bij {wat} is geen getal.") from None
    if getal != getal or getal in (float("inf"), float("-inf")):
        raise Datumfout(f"'{kort(waarde)}' bij {wat} is geen getal.")
    if getal < 0:
        raise Datumfout(f"{wat} kan niet negatief zijn ({kort(waarde)}).")
    return getal


def _lesuur(waarde) -> int:
    tekst = str(waarde).strip().lower().rstrip("e").removesuffix(".0")
    if not (tekst.isdecimal() and len(tekst) <= 2) or not 0 <= int(tekst) <= 20:
        raise Datumfout(f"'{kort(waarde)}' is geen lesuur (0 tot en met 20).")
    return int(tekst)


class _Rijen:
    """The state of one pass over the rows: pupils, rejected rows, counters, what was seen (duplicates)."""

    def __init__(self, inst: Instellingen, namen: list[str] | None = None):
        self.inst = inst
        self.leerlingen: dict[str, Leerling] = {}
        self.afgewezen: list[dict] = []
        self.tellers = dict.fromkeys(("afgewezen", "dubbel", "toekomst", "geen_schooldag", "niet_ingedeeld",
                                      "negeren"), 0)
        self.gezien: dict[tuple, int] = {}
        self.gezien_lesuur: dict[str, dict[int, int]] = {}  # per pupil: day key + lesuur -> its first line
        self.laatste: dt.date | None = None
        # Several files: a line is numbered nr * BESTAND + line (see genummerd), so that a duplicate across files
        # names the file of the first registration, and each refused row its own file.
        self.namen = namen
        self.nummer = 0  # the file being read

    def wijs_af(self, regel: int, soort: str, reden: str) -> None:
        self.tellers["afgewezen" if soort == "ongeldig" else soort] += 1
        nr, regel = divmod(regel, BESTAND)
        self.afgewezen.append({"regel": regel, "soort": soort, "reden": reden,
                               **({"bestand": self.namen[nr]} if self.namen else {})})

    def plek(self, regel: int) -> str:
        """'regel 12', or 'regel 12 van export-b.csv' when the line is in another file than the one being read."""
        nr, regel = divmod(regel, BESTAND)
        return f"regel {regel}" + (f" van {self.namen[nr]}" if self.namen and nr != self.nummer else "")

    def tot(self, datum: dt.date) -> None:
        if self.laatste is None or datum > self.laatste:
            self.laatste = datum

    # --- one method per shape: the row is valid and its pupil known; does it count, and for what ---

    def tijdvak(self, lezer: Leerling, lln: str, rij, regel: int, index, tijd, categorie, dagen) -> None:
        """A time span, already spread over school days."""
        if not dagen:
            if _begin_na(rij, index, tijd, self.inst.vandaag):
                self.wijs_af(regel, "toekomst", "De periode begint na de peildatum; telt niet mee.")
            else:
                self.wijs_af(regel, "geen_schooldag", "De periode valt geheel op dagen zonder school; telt niet mee.")
            return
        sleutel = (lln, str(_cel(rij, index.get("begin"))), str(_cel(rij, index.get("eind"))), dagen[0][0])
        if sleutel in self.gezien:
            self.wijs_af(regel, "dubbel", f"Dezelfde periode staat al op {self.plek(self.gezien[sleutel])}; telt één keer.")
            return
        self.gezien[sleutel] = regel
        self.tot(dagen[-1][0])
        if categorie == "te_laat":
            lezer.te_laat.add((dagen[0][0], dagen[0][1]))
            return
        for d, van, tot in dagen:
            lezer.tijdvakken.setdefault((categorie, d), []).append((van, tot))
        if categorie == "ziek" and _cel(rij, index.get("eind")) in ("", None):
            lezer.open_ziek = dagen[0][0]

    def schooldag(self, datum: dt.date, regel: int) -> bool:
        """Rows of one day count only on a school day up to the peildatum; the others are listed."""
        if datum > self.inst.vandaag:
            self.wijs_af(regel, "toekomst", f"{datum_nl(datum)} ligt na de peildatum; telt niet mee.")
            return False
        if not self.inst.kal.is_schooldag(datum):
            self.wijs_af(regel, "geen_schooldag", f"{datum_nl(datum)} is geen schooldag "
                                                  f"({self.inst.kal.reden_vrij(datum)}); telt niet mee.")
            return False
        self.tot(datum)
        return True

    def lesuur(self, lezer: Leerling, lln: str, regel: int, categorie, datum: dt.date, uren: list[int]) -> None:
        vrij = []
        for uur in uren:
            sleutel = (lln, datum, uur)
            if sleutel not in self.gezien:
                self.gezien[sleutel] = regel
                vrij.append(uur)
        if not vrij:
            welk = str(uren[0]) if len(uren) == 1 else f"{uren[0]} tot en met {uren[-1]}"
            self.wijs_af(regel, "dubbel", f"Lesuur {welk} op {datum_nl(datum)} staat al op "
                                          f"{self.plek(self.gezien[(lln, datum, uren[0])])}; telt één keer.")
            return
        if categorie == "te_laat":
            lezer.te_laat.update((datum, uur) for uur in vrij)
        else:
            lezer.lesuren[categorie][datum] += len(vrij)
            lezer.per_lesuur.setdefault(categorie, Counter()).update(vrij)

    def dagtotaal(self, lezer: Leerling, lln: str, regel: int, code: str, datum: dt.date, bedragen) -> None:
        nieuw = []
        for veld, cat, minuten in bedragen:
            sleutel = (lln, datum, veld, code)
            if sleutel not in self.gezien:
                self.gezien[sleutel] = regel
                nieuw.append((cat, minuten))
        if not nieuw:
            self.wijs_af(regel, "dubbel", f"{datum_nl(datum)} staat voor deze leerling al op "
                                          f"{self.plek(self.gezien[(lln, datum, bedragen[0][0], code)])}; telt één keer.")
            return
        if sum(m for c, m in nieuw if c != "te_laat") > 24 * 60:
            self.wijs_af(regel, "ongeldig", f"Meer dan 24 uur op één dag ({datum_nl(datum)}) kan niet.")
            return
        for cat, minuten in nieuw:
            if cat == "te_laat":
                lezer.te_laat.add((datum, code))
            else:
                lezer.minuten[cat][datum] += minuten


class _Cache:
    """Parsed dates and lesuur ranges per distinct text (exports repeat a few hundred), errors included."""

    def __init__(self, tijd: Tijdlezer):
        self.tijd = tijd
        self.datums: dict = {}
        self.lesuren: dict = {}

    def datum(self, ruw) -> dt.date:
        d = self.datums.get(ruw)
        if d is None:
            try:
                if ruw in ("", None):
                    raise Datumfout("de datum ontbreekt.")
                d, _ = self.tijd.moment(ruw)
                if d is None:
                    raise Datumfout(f"'{kort(ruw)}' bij de datum is een tijd, geen datum.")
            except Datumfout as e:
                d = e
            self.datums[ruw] = d
        if isinstance(d, Datumfout):
            raise d
        return d

    def uren(self, van, tot) -> list[int]:
        uit = self.lesuren.get((van, tot))
        if uit is None:
            try:
                uit = _lesuren(van, tot)
            except Datumfout as e:
                uit = e
            self.lesuren[(van, tot)] = uit
        if isinstance(uit, Datumfout):
            raise uit
        return uit


def _leerling_id(lln) -> str:
    return str(int(lln)) if isinstance(lln, float) and lln.is_integer() else str(lln)


SNEL = True  # the per-lesuur loop below; tests switch it off to prove it counts as the general loop does
BESTAND = 1 << 32  # line numbers of file nr are nr * BESTAND + line (one file: the lines themselves)


def genummerd(regels, nr: int):
    """The line numbers of file ``nr`` of several, as lees_rijen takes them."""
    if not nr:
        return regels
    if isinstance(regels, range):
        return range(regels.start + nr * BESTAND, regels.stop + nr * BESTAND)
    return [nr * BESTAND + r for r in regels]


def nieuwe_staat(inst: Instellingen, namen: list[str] | None = None) -> _Rijen:
    """What several files' rows are counted into together: pupils, duplicates, refused rows and counters."""
    return _Rijen(inst, namen)


def lees_rijen(rijen: list[list], regels: list[int], index: dict[str, int], codes: list[str],
               indeling: dict[str, str | None], inst: Instellingen, voortgang=None,
               staat: _Rijen | None = None) -> Verzameling:
    """Every row: rejected with its reason, or counted for its pupil by the method of the file's shape.
    With ``staat`` (nieuwe_staat) the rows are counted together with earlier files' rows: a registration in
    two files counts once."""
    tijd = Tijdlezer()
    cache = _Cache(tijd)
    staat = staat or _Rijen(inst)
    staat.inst = inst
    i_lln, i_naam, i_klas = index.get("leerling"), index.get("naam"), index.get("klas")
    i_vn, i_tv, i_an = index.get("voornaam"), index.get("tussenvoegsel"), index.get("achternaam")
    naam_als_id = i_lln is None
    stap = max(1, len(rijen) // 50)
    llns = _kolom(rijen, i_lln) if not naam_als_id else None
    ruwe_datums = _kolom(rijen, index.get("datum")) if "datum" in index else [None] * len(rijen)
    les = _kolom(rijen, index.get("lesuur")) if inst.vorm == "lesuur" else None
    # no 'lesuur_tot' column (the usual file): no column of Nones held for every row
    les_tot = _kolom(rijen, index["lesuur_tot"]) if inst.vorm == "lesuur" and "lesuur_tot" in index else None

    if les is not None and not naam_als_id and SNEL:
        _lees_lesuren(rijen, regels, codes, llns, ruwe_datums, les, les_tot, indeling, staat, cache,
                      (i_naam, i_klas, i_vn, i_tv, i_an), voortgang)
        return _verzameling(staat, tijd)
    for n, (rij, regel, code) in enumerate(zip(rijen, regels, codes)):
        if voortgang and n % stap == 0:
            voortgang("lezen", n, len(rijen))
        naam = _naam(rij, i_naam, i_vn, i_tv, i_an) if naam_als_id else None
        lln = naam if naam_als_id else llns[n]
        if lln in ("", None):
            staat.wijs_af(regel, "ongeldig", "De naam ontbreekt." if naam_als_id else "Het leerlingnummer ontbreekt.")
            continue
        if not isinstance(lln, str):
            lln = _leerling_id(lln)
        categorie = indeling.get(code)
        dagen = datum = uren = bedragen = None
        try:  # everything that can be wrong with the row itself, before it counts for anyone
            if inst.vorm == "tijdvak":
                dagen = _tijdvak(rij, index, tijd, inst, categorie)
            else:
                datum = cache.datum(ruwe_datums[n])
                if les is not None:
                    uren = cache.uren(les[n], les_tot[n] if les_tot is not None else None)
                else:
                    bedragen = _bedragen(rij, index, categorie)
        except Datumfout as e:
            staat.wijs_af(regel, "ongeldig", _hoofdletter(str(e)))
            continue
        lezer = staat.leerlingen.get(lln)
        if lezer is None:
            lezer = staat.leerlingen[lln] = _nieuwe_leerling(lln, rij, naam, (i_naam, i_klas, i_vn, i_tv, i_an))
        lezer.rijen += 1
        if bedragen is not None:
            if bedragen and all(c is None for _, c, _ in bedragen):
                staat.tellers["niet_ingedeeld"] += 1
                continue
            bedragen = [b for b in bedragen if b[1] not in (None, "negeren")]
            if not bedragen:
                continue
        elif categorie is None:
            staat.tellers["niet_ingedeeld"] += 1
            continue
        elif categorie == "negeren":
            staat.tellers["negeren"] += 1
            continue
        if dagen is not None:
            staat.tijdvak(lezer, lln, rij, regel, index, tijd, categorie, dagen)
        elif staat.schooldag(datum, regel):
            if uren is not None:
                staat.lesuur(lezer, lln, regel, categorie, datum, uren)
            else:
                staat.dagtotaal(lezer, lln, regel, code, datum, bedragen)
    if voortgang:
        voortgang("lezen", len(rijen), len(rijen))
    return _verzameling(staat, tijd)


def _verzameling(staat: _Rijen, tijd: Tijdlezer) -> Verzameling:
    waarschuwingen = []
    if tijd.dubbelzinnig and not tijd.dag_eerst:
        waarschuwingen.append(f"{aantal(tijd.dubbelzinnig, 'datum is', 'datums zijn')} zowel als dag-maand als "
                              "maand-dag te lezen (zoals 03-04); ze zijn gelezen als dag-maand-jaar. Controleer een "
                              "paar regels.")
    return Verzameling(staat.leerlingen, staat.afgewezen, staat.tellers, staat.laatste, waarschuwingen)


def _nieuwe_leerling(lln: str, rij, naam, kol) -> Leerling:
    """A pupil as first met in the file: name, class and sort name from that row."""
    i_naam, i_klas, i_vn, i_tv, i_an = kol
    if naam is None:
        naam = _naam(rij, i_naam, i_vn, i_tv, i_an)
    klas = _cel(rij, i_klas) if i_klas is not None else None
    lezer = Leerling(lln, kort(naam, MAX_TOON) if naam else None,
                     kort(klas, MAX_TOON) if klas not in ("", None) else None)
    if i_an is not None and _cel(rij, i_an) not in ("", None):
        lezer.sorteernaam = ", ".join(str(_cel(rij, i)) for i in (i_an, i_vn) if i is not None
                                      and _cel(rij, i) not in ("", None))
    return lezer


def _lees_lesuren(rijen, regels, codes, llns, ruwe_datums, les, les_tot, indeling, staat: _Rijen, cache: _Cache,
                  kol, voortgang) -> None:
    """lees_rijen for the commonest export (one row per lesuur, a pupil number): the same checks in the same
    order with the same messages, with per-text and per-day results looked up instead of recomputed, because
    a school board's file has a million such rows. Duplicates are keyed per pupil by day and lesuur."""
    leerlingen, tellers, inst = staat.leerlingen, staat.tellers, staat.inst
    datums, uren_cache = cache.datums, cache.lesuren
    # per day: why its rows do not count (a tuple), or on a school day its key base (ordinal x 32: lesuren <= 20)
    dag_status: dict[dt.date, tuple | int] = {}
    gezien = staat.gezien_lesuur
    laatste = staat.laatste
    totaal = len(rijen)
    stap = max(1, totaal // 50)
    zonder_tot = les_tot is None or all(t in ("", None) for t in les_tot)  # the usual file: one lesuur per row, no 'tot'
    for blok in range(0, totaal, stap):
        if voortgang:
            voortgang("lezen", blok, totaal)
        e = blok + stap
        for n, regel, lln, code, ruw, van in zip(range(blok, e), regels[blok:e], llns[blok:e], codes[blok:e],
                                                 ruwe_datums[blok:e], les[blok:e]):
            if lln.__class__ is not str:
                if lln is None:
                    staat.wijs_af(regel, "ongeldig", "Het leerlingnummer ontbreekt.")
                    continue
                lln = _leerling_id(lln)
            elif not lln:
                staat.wijs_af(regel, "ongeldig", "Het leerlingnummer ontbreekt.")
                continue
            categorie = indeling.get(code)
            datum = datums.get(ruw)
            try:
                if datum is None or datum.__class__ is Datumfout:
                    datum = cache.datum(ruw)
                sleutel = (van, None) if zonder_tot else (van, les_tot[n])
                uren = uren_cache.get(sleutel)
                if uren is None or uren.__class__ is Datumfout:
                    uren = cache.uren(*sleutel)
            except Datumfout as fout:
                staat.wijs_af(regel, "ongeldig", _hoofdletter(str(fout)))
                continue
            lezer = leerlingen.get(lln)
            if lezer is None:
                lezer = leerlingen[lln] = _nieuwe_leerling(lln, rijen[n], None, kol)
            eigen = gezien.get(lln)
            if eigen is None:
                eigen = gezien[lln] = {}
            lezer.rijen += 1
            if categorie is None:
                tellers["niet_ingedeeld"] += 1
                continue
            if categorie == "negeren":
                tellers["negeren"] += 1
                continue
            dag = dag_status.get(datum)
            if dag is None:
                dag = dag_status[datum] = _niet_te_tellen(datum, inst) or datum.toordinal() * 32
            if dag.__class__ is tuple:
                staat.wijs_af(regel, *dag)
                continue
            if laatste is None or datum > laatste:
                laatste = datum
            if len(uren) == 1:  # the usual row: one lesuur
                uur = uren[0]
                if dag + uur in eigen:
                    staat.wijs_af(regel, "dubbel", f"Lesuur {uur} op {datum_nl(datum)} staat al op "
                                                   f"{staat.plek(eigen[dag + uur])}; telt één keer.")
                    continue
                eigen[dag + uur] = regel
                if categorie == "te_laat":
                    lezer.te_laat.add((datum, uur))
                else:
                    lezer.lesuren[categorie][datum] += 1
                    per_uur = lezer.per_lesuur.get(categorie)
                    if per_uur is None:
                        per_uur = lezer.per_lesuur[categorie] = Counter()
                    per_uur[uur] += 1
                continue
            vrij = [uur for uur in uren if dag + uur not in eigen]
            if not vrij:
                staat.wijs_af(regel, "dubbel", f"Lesuur {uren[0]} tot en met {uren[-1]} op {datum_nl(datum)} staat "
                                               f"al op {staat.plek(eigen[dag + uren[0]])}; telt één keer.")
                continue
            for uur in vrij:
                eigen[dag + uur] = regel
            if categorie == "te_laat":
                lezer.te_laat.update((datum, uur) for uur in vrij)
            else:
                lezer.lesuren[categorie][datum] += len(vrij)
                lezer.per_lesuur.setdefault(categorie, Counter()).update(vrij)
    staat.laatste = laatste
    if voortgang:
        voortgang("lezen", totaal, totaal)


def _niet_te_tellen(datum: dt.date, inst: Instellingen) -> tuple[str, str] | None:
    """Why rows of this day do not count (as _Rijen.schooldag says it), or None on a school day."""
    if datum > inst.vandaag:
        return "toekomst", f"{datum_nl(datum)} ligt na de peildatum; telt niet mee."
    if not inst.kal.is_schooldag(datum):
        return "geen_schooldag", f"{datum_nl(datum)} is geen schooldag ({inst.kal.reden_vrij(datum)}); telt niet mee."
    return None


def _hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def _naam(rij, i_naam, i_vn, i_tv, i_an) -> str:
    if i_naam is not None:
        w = _cel(rij, i_naam)
        if w not in ("", None):
            return str(w)
    delen = [str(_cel(rij, i)) for i in (i_vn, i_tv, i_an) if i is not None and _cel(rij, i) not in ("", None)]
    return " ".join(delen)


def _lesuren(van, tot) -> list[int]:
    if van in ("", None):
        raise Datumfout("het lesuur ontbreekt.")
    eerste = laatste = _lesuur(van)
    if tot not in ("", None):
        laatste = _lesuur(tot)
        if laatste < eerste:
            raise Datumfout(f"het laatste lesuur ({laatste}) ligt voor het eerste ({eerste}).")
    return list(range(eerste, laatste + 1))


def _bedragen(rij, index, categorie) -> list[tuple[str, str | None, float]]:
    """(category, minutes) of a day-total row; the generic uren/minuten columns follow the row's code."""
    uit = []
    for veld, (cat, factor) in BEDRAG_VELDEN.items():
        if veld in index:
            w = _cel(rij, index[veld])
            if w not in ("", None):
                minuten = _getal(w, veld.replace("_", " ")) * factor
                if minuten:
                    uit.append((veld, cat, minuten))
    for veld, factor in (("minuten", 1), ("uren", 60)):
        if veld in index:
            w = _cel(rij, index[veld])
            if w not in ("", None):
                minuten = _getal(w, veld) * factor
                if minuten:
                    uit.append((veld, categorie, minuten))
    return uit


def _begin_na(rij, index, tijd, vandaag) -> bool:
    try:
        d, _ = tijd.moment(_cel(rij, index["begin"])) if "begin" in index else (None, None)
        if d is None and "datum" in index:
            d, _ = tijd.moment(_cel(rij, index["datum"]))
    except Datumfout:
        return False
    return d is not None and d > vandaag


def _tijdvak(rij, index, tijd, inst: Instellingen, categorie) -> list[tuple[dt.date, int, int]]:
    """A time span as (school day, from, to) in minutes, over every school day it covers up to the peildatum.

    First and last day count from/to the given time, days in between as a full school day (keuze
    'tijdvak_over_dagen'). An open end runs to the peildatum."""
    b_dag, b_min = tijd.moment(_cel(rij, index["begin"])) if "begin" in index else (None, None)
    ruw_eind = _cel(rij, index.get("eind")) if "eind" in index else ""
    e_dag, e_min = tijd.moment(ruw_eind) if ruw_eind not in ("", None) else (None, None)
    if b_dag is None and "datum" in index:
        b_dag, _ = tijd.moment(_cel(rij, index["datum"]))
    if b_dag is None:
        raise Datumfout("de begindatum ontbreekt.")
    open_eind = ruw_eind in ("", None)
    if e_dag is None:
        if "einddatum" in index and _cel(rij, index["einddatum"]) not in ("", None):
            e_dag, _ = tijd.moment(_cel(rij, index["einddatum"]))
        elif not open_eind or e_min is not None:
            e_dag = b_dag
    if open_eind:
        e_dag, e_min = max(b_dag, inst.vandaag), None
    if e_dag < b_dag or (e_dag == b_dag and b_min is not None and e_min is not None and e_min < b_min):
        raise Datumfout("het einde ligt voor het begin.")
    kal, dag_begin, dag_eind = inst.kal, inst.dag_begin, inst.dag_eind
    uit = []
    d = b_dag
    laatste = min(e_dag, inst.vandaag)
    while d <= laatste:
        if kal.is_schooldag(d):
            if b_dag == e_dag:
                van = b_min if b_min is not None else dag_begin
                tot = e_min if e_min is not None else dag_eind
            elif d == b_dag:
                van, tot = (b_min if b_min is not None else dag_begin), dag_eind
            elif d == e_dag:
                van, tot = dag_begin, (e_min if e_min is not None else dag_eind)
            else:
                van, tot = dag_begin, dag_eind
            if tot > van:
                uit.append((d, van, tot))
            elif categorie == "te_laat" or b_dag == e_dag:
                uit.append((d, van, van))  # a moment (te laat) or an empty span: the row still counts once
        d += EEN_DAG
    return uit


def minuten_van_tijdvakken(lln: Leerling) -> None:
    """Merge overlapping spans per day and category (two registrations of the same hour count once)."""
    for (cat, d), vakken in lln.tijdvakken.items():
        vakken.sort()
        som, eind = 0, -1
        for van, tot in vakken:
            if van > eind:
                som += tot - van
                eind = tot
            elif tot > eind:
                som += tot - eind
                eind = tot
        lln.minuten[cat][d] += som
    lln.tijdvakken = {}
