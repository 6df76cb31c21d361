"""The one rule set for a region profile: the loader refuses, and ``profiel-check`` reports, the same problems.

:func:`problemen` walks a whole profile (the parsed TOML) and returns every problem as (key, message); the
loader (:mod:`calculators.profielen`) raises on the first, the check (:mod:`calculators.profiel_check`) lists
them all with file and key. So whatever a calculator would reject is reported before it runs: a word where a
number belongs, an unknown criterion, a region's contacts that would hide the national ones.
The words a profile may use are in :mod:`calculators.woordenschat`.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib

from . import woordenschat as w

Probleem = tuple[str, str]  # (key, message)


def _lijst(woorden) -> str:
    return ", ".join(sorted(woorden))


def datum(waarde) -> dt.date | None:
    if isinstance(waarde, dt.date) and not isinstance(waarde, dt.datetime):
        return waarde
    try:
        return dt.date.fromisoformat(str(waarde))
    except ValueError:
        return None


def versies(waarde) -> list | None:
    """A parameter's versions: one table or a list of tables (None when it is neither)."""
    if isinstance(waarde, dict):
        return [waarde]
    return waarde if isinstance(waarde, list) and waarde else None


# --- TOML syntax, in Dutch ------------------------------------------------------------------------------
_TOML_HINTS = (
    ("Unterminated string", "een tekst zonder sluitend aanhalingsteken (\")"),
    ("Invalid value", "geen geldige waarde: zet tekst tussen aanhalingstekens, schrijf een getal zonder "
                      "aanhalingstekens, een datum als 2025-08-01 en ja/nee als true/false"),
    ("Cannot overwrite a value", "deze sleutel staat twee keer in dezelfde tabel"),
    ("Cannot declare", "deze tabel staat twee keer in het bestand; gebruik [[…]] voor een lijst van tabellen"),
    ("Expected '=' after a key", "na een sleutel hoort een '=' met een waarde"),
    ("Expected newline or end of document after a statement",
     "na de waarde staat nog iets op de regel (een datum bestaat niet, of een vergeten '#' voor commentaar)"),
    ("Invalid initial character for a key part", "een sleutel begint met een teken dat niet mag"),
    ("Unclosed array", "een lijst zonder sluitende ']'"),
)


def toml_fout(e: tomllib.TOMLDecodeError) -> tuple[int | None, str]:
    """(line number or None, Dutch message with a hint that fits) for a TOML syntax error."""
    tekst = str(e)
    regel = re.search(r"line (\d+)", tekst)
    hint = next((h for patroon, h in _TOML_HINTS if tekst.startswith(patroon)),
                "de TOML klopt hier niet; vaak een vergeten aanhalingsteken of '='")
    waar = "" if regel else " (aan het einde van het bestand)"
    return (int(regel.group(1)) if regel else None), f"geen geldige TOML{waar}: {hint}."


# --- The rules --------------------------------------------------------------------------------------
def problemen(data: dict, stam: str, basis: dict | None) -> list[Probleem]:
    """Every problem of one profile. ``stam``: the file name without .toml (the region id); ``basis``: the
    parsed landelijk.toml a region inherits from (None for landelijk itself)."""
    p: list[Probleem] = []
    p += _bovenaan(data)
    regio = data.get("regio") if isinstance(data.get("regio"), dict) else {}
    p += _regio(data.get("regio"), stam)
    bronnen = _tabel(data, "bronnen") | (_tabel(basis, "bronnen") if basis else {})
    for sleutel, bron in _tabel(data, "bronnen").items():
        if not isinstance(bron, dict) or not isinstance(bron.get("titel"), str):
            p.append((f"bronnen.{sleutel}", "heeft geen 'titel'."))
    eigen = _tabel(data, "parameter")
    wet = _tabel(basis, "parameter") if basis else {}
    p += _parameters(eigen, wet, bronnen)
    alle = {**wet, **eigen}
    getallen = {}  # pid -> where a number is needed
    p += _stappen(data.get("stap"), bronnen, alle, _keuze_ids(data, basis), getallen)
    p += _escalatie(data.get("escalatie"), alle, getallen)
    p += _ziekteverzuim(data.get("ziekteverzuim"), alle, getallen)
    for pid in alle:  # the overview's te-laat threshold (overzicht/analyse.py te_laat_parameter) counts with it
        if w.TE_LAAT in pid and not pid.endswith("_tot"):
            getallen.setdefault(pid, "de grens voor te laat komen in het verzuimoverzicht")
    for pid, plek in getallen.items():
        for i, v in enumerate(versies(alle.get(pid)) or []):
            if isinstance(v, dict) and "waarde" in v and w.type_van(v["waarde"]) != "getal":
                bestand = "dit profiel" if pid in eigen else "landelijk.toml"
                p.append((f"parameter.{pid}[{i}].waarde", f"moet een getal zijn: {plek} rekent ermee "
                          f"(nu {v['waarde']!r}, in {bestand})."))
    p += _organisaties(data.get("organisatie"), regio, basis is not None)
    p += _keuzes(data.get("keuzes"))
    return p


def _tabel(data: dict | None, sleutel: str) -> dict:
    t = (data or {}).get(sleutel)
    return t if isinstance(t, dict) else {}


def _keuze_ids(data: dict, basis: dict | None) -> set[str]:
    return set(_tabel(data, "keuzes")) | set(_tabel(basis, "keuzes"))


def _onbekend(plek: str, tabel: dict, bekend) -> list[Probleem]:
    pre = f"{plek}." if plek else ""
    return [(f"{pre}{s}", f"onbekende sleutel; bekend zijn {_lijst(bekend)}.") for s in sorted(set(tabel) - set(bekend))]


def _bovenaan(data: dict) -> list[Probleem]:
    return _onbekend("", data, w.BOVENSTE_SLEUTELS)


def _regio(regio, stam: str) -> list[Probleem]:
    if not isinstance(regio, dict):
        return [("regio", "[regio] ontbreekt.")]
    p = _onbekend("regio", regio, w.REGIO_SLEUTELS)
    if not isinstance(regio.get("naam"), str):
        p.append(("regio.naam", "ontbreekt."))
    if regio.get("id", stam) != stam:
        p.append(("regio.id", f"'{regio.get('id')}' moet gelijk zijn aan de bestandsnaam ('{stam}')."))
    if regio.get("vakantieregio") not in (None, "", *w.REGIO_S):
        p.append(("regio.vakantieregio", f"moet {w.VAKANTIEREGIO_TEKST} zijn."))
    if regio.get("kleur") and regio["kleur"] not in w.KLEUREN:
        p.append(("regio.kleur", f"'{regio['kleur']}' is geen kleur van het thema; kies uit {_lijst(w.KLEUREN)}."))
    if "organisaties" in regio and regio["organisaties"] not in w.ORGANISATIES:
        p.append(("regio.organisaties", f"moet {w.opsomming(w.ORGANISATIES)} zijn."))
    return p


def _parameters(eigen: dict, wet: dict, bronnen: dict) -> list[Probleem]:
    p: list[Probleem] = []
    for pid, waarde in eigen.items():
        lijst = versies(waarde)
        if lijst is None:
            p.append((f"parameter.{pid}", "moet een of meer versies hebben."))
            continue
        verwacht = w.PARAMETERS[pid].type if pid in w.PARAMETERS else None
        if verwacht is None and pid in wet:  # a region's value has the type of the law's
            verwacht = next((w.type_van(v.get("waarde")) for v in versies(wet[pid]) or [] if isinstance(v, dict)), None)
        for i, v in enumerate(lijst):
            plek = f"parameter.{pid}[{i}]"
            if not isinstance(v, dict):
                p.append((plek, "is geen tabel."))
                continue
            p += _onbekend(plek, v, w.PARAMETER_SLEUTELS)
            for verplicht in w.PARAMETER_VERPLICHT:
                if verplicht not in v:
                    p.append((f"{plek}.{verplicht}", "ontbreekt: elke waarde heeft een bron (een sleutel onder "
                              "[bronnen])." if verplicht == "bron" else "ontbreekt."))
            if "waarde" in v:
                soort = w.type_van(v["waarde"])
                if soort is None:
                    p.append((f"{plek}.waarde", "moet een getal, ja/nee (true/false) of tekst zijn."))
                elif verwacht and soort != verwacht:
                    p.append((f"{plek}.waarde", f"moet {w.TYPEN[verwacht]} zijn, zoals in de wet "
                              f"(nu {v['waarde']!r})."))
            if "bron" in v and v["bron"] not in bronnen:
                p.append((f"{plek}.bron", f"'{v['bron']}' staat niet onder [bronnen]."))
            if v.get("soort", "wet") not in w.SOORTEN:
                p.append((f"{plek}.soort", f"moet een van {_lijst(w.SOORTEN)} zijn."))
            if v.get("verhouding") is not None and v["verhouding"] not in w.VERHOUDINGEN:
                p.append((f"{plek}.verhouding", f"moet een van {_lijst(w.VERHOUDINGEN)} zijn."))
            vanaf = datum(v["geldig_vanaf"]) if "geldig_vanaf" in v else None
            for sleutel in ("geldig_vanaf", "geldig_tot"):
                if sleutel in v and datum(v[sleutel]) is None:
                    p.append((f"{plek}.{sleutel}", f"'{v[sleutel]}' is geen datum (JJJJ-MM-DD)."))
            tot = datum(v["geldig_tot"]) if "geldig_tot" in v else None
            if vanaf and tot and tot < vanaf:
                p.append((f"{plek}.geldig_tot", "ligt voor geldig_vanaf."))
    return p


def _stappen(stappen, bronnen: dict, parameters: dict, keuzes: set[str], getallen: dict) -> list[Probleem]:
    p: list[Probleem] = []
    for i, stap in enumerate(stappen or []):
        if not isinstance(stap, dict):
            p.append((f"stap[{i}]", "is geen tabel."))
            continue
        plek = f"stap[{i}] ({stap.get('id', '?')})"
        p += _onbekend(plek, stap, w.STAP_SLEUTELS)
        for verplicht in ("id", "titel"):
            if not isinstance(stap.get(verplicht), str):
                p.append((f"{plek}.{verplicht}", "ontbreekt."))
        if not str(stap.get("in_regie") or "").strip():
            p.append((f"{plek}.in_regie", "stap zonder contact: zeg wie bij deze stap de regie heeft."))
        if stap.get("bron") and stap["bron"] not in bronnen:
            p.append((f"{plek}.bron", f"'{stap['bron']}' staat niet onder [bronnen]."))
        for k in stap.get("keuzes", []):
            if k not in keuzes:
                p.append((f"{plek}.keuzes", f"noemt '{k}'; die keuze staat niet onder [keuzes] van dit profiel "
                          "of van landelijk.toml."))
        for j, voorwaarde in enumerate(stap.get("als", [])):
            vplek = f"{plek}.als[{j}]"
            if not isinstance(voorwaarde, dict) or voorwaarde.get("veld") not in w.STAP_VELDEN:
                p.append((f"{vplek}.veld", f"moet een van {_lijst(w.STAP_VELDEN)} zijn."))
                continue
            for op, ref in voorwaarde.items():
                if op == "veld":
                    continue
                if op not in w.STAP_GRENZEN:
                    p.append((f"{vplek}.{op}", f"is onbekend; gebruik {_lijst(w.STAP_GRENZEN)}."))
                elif not isinstance(ref, str):
                    p.append((f"{vplek}.{op}", "moet naar een parameter-id verwijzen, niet naar een getal."))
                elif ref not in parameters:
                    p.append((f"{vplek}.{op}", f"verwijst naar onbekende parameter '{ref}'."))
                else:
                    getallen.setdefault(ref, f"de voorwaarde {vplek}")
    return p


def _escalatie(escalatie, parameters: dict, getallen: dict) -> list[Probleem]:
    p: list[Probleem] = []
    for i, e in enumerate(escalatie or []):
        if not isinstance(e, dict):
            p.append((f"escalatie[{i}]", "is geen tabel."))
            continue
        p += _onbekend(f"escalatie[{i}]", e, w.ESCALATIE_SLEUTELS)
        if not isinstance(e.get("titel"), str):
            p.append((f"escalatie[{i}].titel", "ontbreekt."))
        for sleutel in w.ESCALATIE_TERMIJNEN:
            if sleutel in e:
                if e[sleutel] not in parameters:
                    p.append((f"escalatie[{i}].{sleutel}", f"verwijst naar onbekende parameter '{e[sleutel]}'."))
                else:
                    getallen.setdefault(e[sleutel], f"escalatie[{i}].{sleutel}")
    return p


def _ziekteverzuim(tabel, parameters: dict, getallen: dict) -> list[Probleem]:
    if tabel is None:
        return []
    if not isinstance(tabel, dict):
        return [("ziekteverzuim", "moet een tabel zijn: per onderwijssoort een lijst van criteria.")]
    p: list[Probleem] = []
    for soort, criteria in tabel.items():
        plek = f"ziekteverzuim.{soort}"
        if soort == "duo":
            if criteria not in w.ZIEKTE_DUO:
                p.append((plek, f"moet {_lijst(w.ZIEKTE_DUO)} zijn."))
            continue
        if soort == "inschakelen":
            if not isinstance(criteria, list) or any(c not in w.ZIEKTE_INSCHAKELEN for c in criteria):
                p.append((plek, f"moet een lijst zijn met {_lijst(w.ZIEKTE_INSCHAKELEN)}."))
            continue
        if soort not in w.ONDERWIJSSOORTEN:
            p.append((plek, f"onbekende onderwijssoort; gebruik {_lijst(w.ONDERWIJSSOORTEN)}."))
            continue
        if not isinstance(criteria, list):
            p.append((plek, "moet een lijst van criteria zijn."))
            continue
        for c in criteria:
            if c not in w.CRITERIA:
                p.append((plek, f"'{c}' is geen criterium; bekend zijn {_lijst(w.CRITERIA)}."))
                continue
            for pid in w.CRITERIA[c][1]:
                if pid not in parameters:
                    p.append((plek, f"het criterium '{c}' vraagt de parameter '{pid}'; die ontbreekt."))
                else:
                    getallen.setdefault(pid, f"het criterium {plek} '{c}'")
    return p


def _organisaties(organisaties, regio: dict, is_regio: bool) -> list[Probleem]:
    p: list[Probleem] = []
    for i, org in enumerate(organisaties or []):
        if not isinstance(org, dict):
            p.append((f"organisatie[{i}]", "is geen tabel."))
            continue
        p += _onbekend(f"organisatie[{i}]", org, w.ORGANISATIE_SLEUTELS)
        if not isinstance(org.get("naam"), str):
            p.append((f"organisatie[{i}].naam", "ontbreekt."))
    if is_regio and organisaties and "organisaties" not in regio:
        keuzes = "; ".join(f"'{k}': {t}" for k, t in w.ORGANISATIES.items())
        p.append(("regio.organisaties", "ontbreekt: dit profiel heeft eigen [[organisatie]]-blokken; zeg wat er met "
                  f"de landelijke organisaties (DUO, Veilig Thuis) gebeurt. {keuzes}."))
    return p


def _keuzes(tabel) -> list[Probleem]:
    if tabel is None:
        return []
    if not isinstance(tabel, dict):
        return [("keuzes", "moet een tabel zijn: [keuzes.<id>] met titel en tekst.")]
    p: list[Probleem] = []
    for kid, k in tabel.items():
        if not isinstance(k, dict):
            p.append((f"keuzes.{kid}", "moet een tabel met titel en tekst zijn."))
            continue
        p += _onbekend(f"keuzes.{kid}", k, w.KEUZE_SLEUTELS)
        for sleutel in w.KEUZE_SLEUTELS:
            if not isinstance(k.get(sleutel), str):
                p.append((f"keuzes.{kid}.{sleutel}", "ontbreekt."))
    return p
