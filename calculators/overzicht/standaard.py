"""The default column synonyms and code mappings per LAS (data/las_standaard.toml), loaded once."""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

BESTAND = Path(__file__).resolve().parents[1] / "data" / "las_standaard.toml"
LAS_S = ("magister", "somtoday", "eduarte", "parnassys", "algemeen")
CATEGORIEEN = ("ongeoorloofd", "ziek", "te_laat", "geoorloofd", "negeren")


def normaliseer(kop: str) -> str:
    """'Begindatum/tijd' -> 'begindatumtijd': lower case, no accents, letters and digits only."""
    tekst = unicodedata.normalize("NFKD", str(kop)).lower()
    return "".join(c for c in tekst if c.isalnum() and not unicodedata.combining(c))


@dataclass(frozen=True)
class Standaard:
    namen: dict[str, str]                       # las -> readable name
    bronnen: dict[str, dict]                    # key -> {titel, url}
    kolommen: dict[str, dict[str, tuple]]       # las -> normalised header -> (veld, bron, geraden)
    herkenning: dict[str, set[str]]             # las -> normalised headers that betray it
    codes: dict[str, dict[str, tuple]]          # las -> code -> (categorie, omschrijving, bron, geraden)
    soorten: dict[str, dict[str, tuple]]        # las -> normalised soort -> (categorie, bron, geraden)
    teksten: tuple[tuple[str, str], ...]        # (word, categorie), in file order


@lru_cache(maxsize=1)
def laad() -> Standaard:
    data = tomllib.loads(BESTAND.read_text(encoding="utf-8"))
    namen = {las: v["naam"] for las, v in data["las"].items()}
    kolommen: dict[str, dict[str, tuple]] = {las: {} for las in LAS_S}
    for groep in data.get("kolom", []):
        for kop in groep["koppen"]:
            kolommen[groep["las"]].setdefault(normaliseer(kop), (groep["veld"], groep["bron"], groep["geraden"]))
    herkenning = {las: set() for las in LAS_S}
    for groep in data.get("herkenning", []):
        herkenning[groep["las"]].update(normaliseer(k) for k in groep["koppen"])
    for las in LAS_S:
        if las != "algemeen":
            herkenning[las].update(k for k, (_, _, geraden) in kolommen[las].items() if not geraden)
    codes: dict[str, dict[str, tuple]] = {las: {} for las in LAS_S}
    for groep in data.get("code", []):
        for code in groep["codes"]:
            codes[groep["las"]][code] = (groep["categorie"], groep["omschrijving"], groep["bron"], groep["geraden"])
    soorten: dict[str, dict[str, tuple]] = {las: {} for las in LAS_S}
    for groep in data.get("soort", []):
        for w in groep["waarden"]:
            soorten[groep["las"]][normaliseer(w)] = (groep["categorie"], groep["bron"], groep["geraden"])
    teksten = tuple((w, g["categorie"]) for g in data.get("tekst", []) for w in g["woorden"])
    return Standaard(namen, data["bron"], kolommen, herkenning, codes, soorten, teksten)


def voor_las(tabel: dict[str, dict], las: str) -> dict:
    """A LAS's own entries over the general ones."""
    return {**tabel["algemeen"], **tabel.get(las, {})} if las != "algemeen" else dict(tabel["algemeen"])
