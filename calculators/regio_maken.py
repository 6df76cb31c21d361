"""``python -m calculators nieuwe-regio <id> --naam "…" --vakantieregio midden``: a new region's files.

Writes a commented profile that inherits every value from landelijk.toml and shows, commented out,
what regions usually change; and a starter folder docs/regio/<id>/ (start page, meldcriteria,
stappenplan, contact) written with the macros only, so no number is typed. The menu entry follows
from the profile and the folder (bouw/voor.py): nothing in a shared file changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from . import profielen
from .woordenschat import REGIO_S, VAKANTIEREGIO_TEKST

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PAGINAS = ["index.md", "meldcriteria.md", "stappenplan.md", "contact.md"]


def _toml_tekst(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _schooljaar_start(vandaag: dt.date) -> str:
    return dt.date(vandaag.year if vandaag.month >= 8 else vandaag.year - 1, 8, 1).isoformat()


def profiel_tekst(id_: str, naam: str, vakantieregio: str, vandaag: dt.date | None = None) -> str:
    n = _toml_tekst(naam)
    start = _schooljaar_start(vandaag or dt.date.today())
    return f'''# Regioprofiel {naam}.
# Alles wat hier NIET staat, komt uit landelijk.toml (de wet): dit profiel werkt dus meteen.
# Neem alleen op wat uw eigen protocol zegt, ook als het de wet herhaalt. Elke waarde heeft een bron
# (een sleutel onder [bronnen]), een artikel of paragraaf en geldig_vanaf. Het formaat: FORMAAT.md.
# Controleren:  python -m calculators profiel-check {id_}
# Bouwen:       make build        (alle regio's)   of   VERZUIMWIJZER_REGIO={id_} make build   (alleen deze)

[regio]
id = "{id_}"
naam = {n}
korte_naam = {n}                 # in het menu en de vergelijkingstabel
omschrijving = ""                 # één zin: voor wie het protocol geldt
organisaties = "aanvullen"        # aanvullen | vervangen: wat uw [[organisatie]]-blokken met de landelijke doen
vakantieregio = "{vakantieregio}"             # {" | ".join(REGIO_S)}
gemeenten = []                    # bv. ["Gemeente A", "Gemeente B"]
bron_document = ""                # de titel en versie van uw protocol
paginas = {PAGINAS!r}  # volgorde in het menu; nieuwe pagina's komen er vanzelf achter
# kleur = "teal"                  # alleen in de eigen site (VERZUIMWIJZER_REGIO): een kleur van het thema
# logo = "regio/{id_}/logo.svg"   # alleen in de eigen site: een bestand onder docs/

[bronnen.protocol]
titel = "Verzuimprotocol {naam.replace('"', "'")}"
url = ""                          # mag leeg; een link naar het protocol is beter

# --- Wat regio's meestal zelf regelen (haal '# ' weg om het te gebruiken) -------------------
#
# Een eerder gesprek dan de wettelijke meldgrens (een eigen drempel: de wet kent hem niet):
# [[parameter.verzuimgesprek_uren]]
# waarde = 8
# eenheid = "uur"
# label = "Verzuimgesprek van de school met leerling en ouders vanaf"
# bron = "protocol"
# artikel = "§…"
# soort = "regionaal"
# verhouding = "aanvulling"
# geldig_vanaf = {start}
#
# Te laat komen als apart meldsignaal (de wet telt gemiste lestijd mee in de meldgrens):
# [[parameter.te_laat_melden]]
# waarde = 9
# eenheid = "keer te laat"
# label = "Te laat komen dat de school meldt bij leerplicht"
# bron = "protocol"
# artikel = "§…"
# soort = "regionaal"
# verhouding = "aanvulling"
# geldig_vanaf = {start}
#
# De meldgrens herhalen of aanscherpen (de wet: 16 uur in 4 lesweken; een school moet altijd melden
# vanaf de wettelijke grens, ook als de regio eerder ingrijpt):
# [[parameter.melding_uren]]
# waarde = 16
# eenheid = "uur"
# label = "Ongeoorloofd verzuim dat de school meldt bij DUO"
# bron = "protocol"
# artikel = "§…"
# soort = "wet"
# verhouding = "herhaalt"
# geldig_vanaf = {start}
#
# Ziekteverzuim (M@ZL): de landelijke criteria staan in landelijk.toml; een regio kan ze herhalen
# of eigen criteria per onderwijssoort kiezen:
# [[parameter.mazl_ziekmeldingen]]
# waarde = 4
# eenheid = "ziekmeldingen"
# label = "Ziekteverzuim: zorgwekkend bij de zoveelste ziekmelding binnen de periode"
# bron = "protocol"
# artikel = "§…"
# soort = "beleid"
# verhouding = "herhaalt"
# geldig_vanaf = {start}
#
# [[parameter.mazl_aaneengesloten_dagen]]
# waarde = 7
# eenheid = "schooldagen"
# label = "Ziekteverzuim: zorgwekkend vanaf de zoveelste aaneengesloten ziektedag"
# bron = "protocol"
# artikel = "§…"
# soort = "beleid"
# verhouding = "herhaalt"
# geldig_vanaf = {start}
#
# Thuiszitter (landelijk: langer dan 4 weken zonder onderwijs):
# [[parameter.thuiszitter_weken]]
# waarde = 4
# eenheid = "weken"
# label = "Thuiszitter: zonder geldige reden geen onderwijs, langer dan"
# bron = "protocol"
# artikel = "§…"
# soort = "beleid"
# verhouding = "herhaalt"
# geldig_vanaf = {start}

# --- Stappenplan -----------------------------------------------------------------------------
# Zonder eigen [[stap]]-blokken geldt het landelijke stappenplan (landelijk.toml). Zodra u één stap
# opneemt, vervangt uw lijst de landelijke: neem ze dan allemaal op, licht naar zwaar. Elke stap zegt
# wie de regie heeft (in_regie); 'als' verwijst naar parameter-id's, nooit naar getallen.
# [[stap]]
# id = "verzuimgesprek"
# titel = "Verzuimgesprek"
# in_regie = "Mentor"
# betrokken = ["ouders en leerling"]
# acties = ["Bespreek het verzuim met leerling en ouders en maak afspraken."]
# bron = "protocol"
# artikel = "§…"
# als = [{{ veld = "ongeoorloofde_uren", vanaf = "verzuimgesprek_uren", tot = "melding_uren" }}]

# --- Organisaties en contacten -----------------------------------------------------------------
# Zonder eigen [[organisatie]]-blokken staan de landelijke organisaties (DUO, Veilig Thuis,
# onderwijsconsulenten) op de contactpagina. Met eigen blokken zegt [regio] organisaties wat er met de
# landelijke gebeurt: "aanvullen" (ze blijven, na de uwe) of "vervangen" (neem DUO en Veilig Thuis dan zelf op).
# [[organisatie]]
# naam = "Leerplicht {naam.replace('"', "'")}"
# rol = "Leerplichtambtenaren en RMC-consulenten: vragen over verzuim, verlof en vrijstellingen."
# telefoon = ""
# email = ""
# website = ""
'''


def _kop(id_: str, titel: str, omschrijving: str) -> str:
    # JSON strings are valid YAML: quotes and colons in a name cannot break the front matter
    return f"---\nregio: {id_}\ntitle: {json.dumps(titel, ensure_ascii=False)}\n" \
           f"description: {json.dumps(omschrijving, ensure_ascii=False)}\n---\n\n"


def paginas(id_: str, naam: str) -> dict[str, str]:
    return {
        "index.md": _kop(id_, naam, "Het verzuimprotocol van de regio: wat er anders of extra is dan de wet.")
        + f"""# {{{{ profiel().naam }}}}

{{{{ profiel().regio.omschrijving }}}}

De scholen in deze regio volgen de schoolvakanties van {{{{ vakantieregio() or "(nog geen vakantieregio)" }}}}.
De wet geldt hier zoals overal; dit is wat het protocol van de regio anders of extra regelt:

{{{{ afwijkingen() }}}}

Verder: {{{{ link("regio/{id_}/meldcriteria.md", "wanneer melden") }}}},
{{{{ link("regio/{id_}/stappenplan.md", "het stappenplan") }}}} en
{{{{ link("regio/{id_}/contact.md", "contact") }}}}. Alle drempels naast die van de wet en van andere
regio's: {{{{ link("vergelijk.md", "Vergelijk regio's") }}}}.
""",
        "meldcriteria.md": _kop(id_, f"{naam}: wanneer melden", "De meldgrenzen bij ongeoorloofd verzuim en ziekteverzuim.")
        + f"""# Wanneer melden ({{{{ profiel().regio.korte_naam }}}})

## Ongeoorloofd verzuim

De school meldt bij DUO als een leerling in {{{{ p("melding_lesweken") }}}} samen minstens
{{{{ p("melding_uren") }}}} ongeoorloofd heeft verzuimd ({{{{ bron("melding_uren") }}}}, *{{{{ markering("melding_uren") }}}}*).
De school meldt onverwijld; volgens de Inspectie binnen {{{{ p("melding_termijn_werkdagen") }}}}
({{{{ bron("melding_termijn_werkdagen") }}}}).

{{{{ stroomschema("melding") }}}}

{{{{ rekenhulp("melding_16_uur") }}}}

## Ziekteverzuim

Zorgwekkend ziekteverzuim (M@ZL): de {{{{ w("mazl_ziekmeldingen") }}}}e ziekmelding in
{{{{ p("mazl_schoolweken") }}}}, of vanaf de {{{{ w("mazl_aaneengesloten_dagen") }}}}e aaneengesloten ziektedag
({{{{ bron("mazl_ziekmeldingen") }}}}). Ziekteverzuim meldt de school niet bij DUO.

## Wat de regio anders of extra regelt

{{{{ afwijkingen() }}}}
""",
        "stappenplan.md": _kop(id_, f"{naam}: het stappenplan", "Wie wat doet bij verzuim, van licht naar zwaar.")
        + f"""# Het stappenplan ({{{{ profiel().regio.korte_naam }}}})

{{{{ stroomschema("stappenplan") }}}}

## Overzicht

{{{{ stappen_tabel() }}}}

## Welke stap geldt nu?

{{{{ rekenhulp("stappenplan") }}}}
""",
        "contact.md": _kop(id_, f"{naam}: contact", "Organisaties en contactgegevens in de regio.")
        + """# Contact

{{ organisaties() }}
""",
    }


def maak(id_: str, naam: str, vakantieregio: str, profielen_map: Path | None = None,
         docs: Path | None = None) -> list[Path]:
    """Write the profile and the starter pages; refuse to overwrite anything. Returns the files."""
    if not ID.match(id_ or ""):
        raise ValueError(f"'{id_}' is geen geldige regio-id: kleine letters, cijfers en streepjes, "
                         "bv. 'west-friesland'.")
    if id_ == profielen.BASIS:
        raise ValueError("'landelijk' is het profiel van de wet; kies een andere naam.")
    if vakantieregio not in REGIO_S:
        raise ValueError(f"--vakantieregio moet {VAKANTIEREGIO_TEKST} zijn.")
    if not naam.strip():
        raise ValueError("--naam mag niet leeg zijn.")
    profielen_map = Path(profielen_map or profielen.profielen_map())
    docs = Path(docs or _docs())
    profiel = profielen_map / f"{id_}.toml"
    map_ = docs / "regio" / id_
    if profiel.exists():
        raise ValueError(f"{profiel} bestaat al; er is niets overschreven.")
    if map_.exists():
        raise ValueError(f"{map_} bestaat al; er is niets overschreven.")
    profiel.write_text(profiel_tekst(id_, naam.strip(), vakantieregio), encoding="utf-8")
    map_.mkdir(parents=True)
    gemaakt = [profiel]
    for bestand, tekst in paginas(id_, naam.strip()).items():
        (map_ / bestand).write_text(tekst, encoding="utf-8")
        gemaakt.append(map_ / bestand)
    return gemaakt


def _docs() -> Path:
    """docs/ of the project this package lives in (a checkout), else of the current folder."""
    project = Path(__file__).resolve().parents[1]
    return project / "docs" if (project / "mkdocs.yml").is_file() else Path.cwd() / "docs"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m calculators nieuwe-regio",
                                     description="Maak het profiel en de eerste pagina's van een nieuwe regio.")
    parser.add_argument("id", help="de regio-id: kleine letters en streepjes, bv. west-friesland")
    parser.add_argument("--naam", required=True, help='de naam van de regio, bv. "West-Friesland"')
    parser.add_argument("--vakantieregio", required=True, choices=list(REGIO_S))
    parser.add_argument("--docs", type=Path, help="de map docs/ van de site (standaard: die van dit project)")
    args = parser.parse_args(argv)
    try:
        gemaakt = maak(args.id, args.naam, args.vakantieregio, docs=args.docs)
    except ValueError as e:
        print(f"Niet gemaakt: {e}", file=sys.stderr)
        return 1
    print("Gemaakt:")
    for pad in gemaakt:
        print(f"  {pad}")
    print(f"\nVolgende stappen:\n  1. Vul het profiel in: {gemaakt[0]}\n"
          f"  2. Controleer het:      python -m calculators profiel-check {args.id}\n"
          f"  3. Bouw en bekijk:      VERZUIMWIJZER_REGIO={args.id} make serve   (of make serve voor alle regio's)")
    return 0


def check_main(argv: list[str]) -> int:
    from .profiel_check import overzicht

    parser = argparse.ArgumentParser(prog="python -m calculators profiel-check",
                                     description="Controleer een regioprofiel en toon elke waarde met bron en geldigheid.")
    parser.add_argument("id", nargs="?", default=None, help="de regio-id (leeg: alle profielen, alleen problemen)")
    args = parser.parse_args(argv)
    docs = _docs()
    docs = docs if docs.is_dir() else None
    if args.id is None:
        from .profiel_check import controleer

        problemen, meldingen = controleer(docs=docs)
        for m in meldingen:
            print(f"Let op: {m.tekst()}")
        print("\n".join(f"✗ {p.tekst()}" for p in problemen) or "Geen problemen gevonden in de profielen.")
        return 1 if problemen else 0
    tekst, aantal = overzicht(args.id, docs=docs)
    print(tekst)
    return 1 if aantal else 0
