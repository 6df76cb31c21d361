"""Column headers to fields: recognise the header row and the LAS, apply the user's mapping."""

from __future__ import annotations

from ..fouten import Fout, InvoerFout
from .standaard import LAS_S, laad, normaliseer, voor_las

# The closed set of fields an export's columns can be mapped to, with what a reader calls them.
VELDEN: dict[str, str] = {
    "leerling": "Leerlingnummer",
    "naam": "Naam",
    "voornaam": "Voornaam of roepnaam",
    "tussenvoegsel": "Tussenvoegsel",
    "achternaam": "Achternaam",
    "klas": "Klas of groep",
    "datum": "Datum (of begindatum)",
    "einddatum": "Einddatum",
    "begin": "Begin (tijd of datum en tijd)",
    "eind": "Eind (tijd of datum en tijd)",
    "lesuur": "Lesuur (of eerste lesuur)",
    "lesuur_tot": "Laatste lesuur",
    "code": "Absentiecode",
    "reden": "Reden of omschrijving",
    "geoorloofd": "Geoorloofd (ja/nee)",
    "soort": "Soort (absentiesoort, verantwoordingtype)",
    "uren": "Uren",
    "minuten": "Minuten",
    "minuten_ongeoorloofd": "Minuten ongeoorloofd",
    "minuten_geoorloofd": "Minuten geoorloofd",
    "minuten_ziek": "Minuten ziek",
    "uren_ongeoorloofd": "Uren ongeoorloofd",
    "uren_geoorloofd": "Uren geoorloofd",
    "uren_ziek": "Uren ziek",
}

# EduArte's import layout without a header row (voorbeeld absentiemeldingen.csv, see las_standaard.toml):
# deelnemernr; begindatum yyyymmdd; begintijd HHmm; einddatum; eindtijd; beginlesuur; eindlesuur; reden; opmerking
EDUARTE_ZONDER_KOPRIJ = ("leerling", "datum", "begin", "einddatum", "eind", "lesuur", "lesuur_tot", "code", None)


def _las_van(genormaliseerd: list[str]) -> str:
    s = laad()
    scores = {las: sum(k in s.herkenning[las] for k in genormaliseerd) for las in LAS_S if las != "algemeen"}
    beste = max(scores, key=lambda las: scores[las])
    return beste if scores[beste] > 0 else "algemeen"


def _lijkt_eduarte_import(rij: list) -> bool:
    def cijfers(i, n):
        return i < len(rij) and str(rij[i]).strip().isdecimal() and len(str(rij[i]).strip()) == n
    return len(rij) >= 8 and cijfers(1, 8) and cijfers(3, 8) and str(rij[2]).strip().isdecimal()


KOPRIJ_BINNEN = 20  # the header row is looked for in the first rows: title and empty lines may come first
# Lines under the data that are no registration: totals and export notes (normalised first cell).
VOET = ("totaal", "subtotaal", "eindtotaal", "total", "aantal", "gemiddeld", "som", "einde", "geexporteerd",
        "export", "afgedrukt", "pagina")


def _treffers(rij: list) -> int:
    alle = {k for t in laad().kolommen.values() for k in t}
    return sum(1 for c in rij if normaliseer("" if c is None else str(c)) in alle)


def zoek_koprij(rijen: list[list], gebruiker: dict[str, str]) -> int:
    """The index of the header row among the first rows: the first with two known column names (or a header
    the user named). 0 when none is found: a file without a header row starts with data."""
    namen = {str(k).strip() for k in gebruiker.values() if k is not None and not str(k).strip().isdecimal()} - {""}
    genorm = {normaliseer(k) for k in namen}
    for i, rij in enumerate(rijen[:KOPRIJ_BINNEN]):
        koppen = {"" if c is None else str(c).strip() for c in rij}
        if _treffers(rij) >= 2 or (namen and (koppen & namen or {normaliseer(k) for k in koppen} & genorm)):
            return i
    return 0


def is_voetregel(rij: list, breedte: int) -> bool:
    """A total or note under the data: its first filled cell starts with a word like 'Totaal', or it fills only
    one cell of a wide table."""
    gevuld = [c for c in rij if c not in ("", None) and (not isinstance(c, str) or c.strip())]
    if not gevuld:
        return True
    eerste = normaliseer(str(gevuld[0]))
    return eerste.startswith(VOET) or (len(gevuld) == 1 and breedte >= 4 and isinstance(gevuld[0], str)
                                      and not gevuld[0].strip().isdecimal())


def koppel(eerste: list, las: str, gebruiker: dict[str, str]) -> dict:
    """How the columns map: {koprij, las, kolommen: [{kop, veld, herkend}], index: {veld: kolom}}."""
    for veld in gebruiker:
        if veld not in VELDEN:
            raise InvoerFout(Fout("kolommen", f"'{veld}' is geen veld van de indeling. Kies uit: "
                                              f"{', '.join(VELDEN)}."))
    koppen = ["" if c is None else str(c).strip() for c in eerste]
    genorm = [normaliseer(k) for k in koppen]
    gekozen_las = _las_van(genorm) if las == "auto" else las
    synoniemen = voor_las(laad().kolommen, gekozen_las)
    alle_synoniemen = {k for t in laad().kolommen.values() for k in t}
    treffers = sum(1 for k in genorm if k in alle_synoniemen)
    # a column number ("3") is no evidence of a header row; a header text the user names is
    gebruiker_koppen = {str(k).strip() for k in gebruiker.values() if k is not None and not str(k).strip().isdecimal()}
    koprij = treffers >= 2 or bool(gebruiker_koppen & (set(koppen) | set(genorm)) - {""})

    velden: list[str | None] = [None] * len(koppen)
    herkend: list[str | None] = [None] * len(koppen)
    if koprij:
        for i, k in enumerate(genorm):
            veld = synoniemen.get(k, (None,))[0]
            if veld and veld not in velden:
                velden[i], herkend[i] = veld, "synoniem"
        namen = koppen
    else:
        namen = [str(i + 1) for i in range(len(koppen))]
        if not gebruiker and (las == "eduarte" or (las == "auto" and _lijkt_eduarte_import(eerste))):
            gekozen_las = "eduarte"
            for i, veld in enumerate(EDUARTE_ZONDER_KOPRIJ[:len(koppen)]):
                if veld:
                    velden[i], herkend[i] = veld, "synoniem"

    fouten = []
    for veld, kop in gebruiker.items():
        kop = "" if kop is None else str(kop).strip()
        if veld in velden:  # the user's choice replaces what was recognised
            oud = velden.index(veld)
            velden[oud], herkend[oud] = None, None
        if not kop:
            continue
        plek = next((i for i, n in enumerate(namen) if n == kop), None)
        if plek is None:
            plek = next((i for i, g in enumerate(genorm) if koprij and g == normaliseer(kop)), None)
        if plek is None and kop.isdecimal() and len(kop) < 6 and 1 <= int(kop) <= len(koppen):
            plek = int(kop) - 1
        if plek is None:
            bekend = ", ".join(f"'{n}'" for n in namen[:30])
            fouten.append(Fout("kolommen", f"De kolom '{kop}' voor '{VELDEN[veld]}' staat niet in het bestand. "
                                           f"Kolommen: {bekend}."))
            continue
        velden[plek], herkend[plek] = veld, "gebruiker"
    if fouten:
        raise InvoerFout(fouten)
    return {
        "koprij": koprij, "las": gekozen_las,
        "kolommen": [{"kop": n, "veld": v, "herkend": h} for n, v, h in zip(namen, velden, herkend)],
        "index": {v: i for i, v in enumerate(velden) if v},
    }
