"""Command line: python -m calculators NAAM --invoer '<json>' prints the same JSON as run()."""

from __future__ import annotations

import argparse
import json
import sys

from . import namen, run, schema


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("nieuwe-regio", "profiel-check"):  # region maintenance: calculators/regio_maken.py
        from . import regio_maken
        return (regio_maken.main if argv[0] == "nieuwe-regio" else regio_maken.check_main)(argv[1:])
    parser = argparse.ArgumentParser(
        prog="python -m calculators",
        description="Verzuimwijzer-rekenhulpen: de regels van de Leerplichtwet en de regio's. "
                    "Geeft JSON met het antwoord, de uitleg (met bronnen) en de gemaakte keuzes.",
        epilog="Rekenhulpen: " + ", ".join(namen()) + ". Voorbeeld: python -m calculators leerplicht_start "
               "--invoer '{\"geboortedatum\": \"2020-03-14\", \"vakantieregio\": \"midden\"}'",
    )
    parser.add_argument("naam", nargs="?", help="de rekenhulp")
    parser.add_argument("--invoer", default="{}", help="de invoer als JSON-object (of - voor standaardinvoer)")
    parser.add_argument("--schema", action="store_true", help="toon de invoervelden in plaats van te rekenen")
    parser.add_argument("--bestand", action="append",
                        help="een exportbestand (CSV of XLSX) als invoer 'bestand' (verzuimoverzicht); meer keer "
                             "--bestand: meerdere bestanden samen (een registratie in twee bestanden telt één keer)")
    parser.add_argument("--csv", action="store_true",
                        help="verzuimoverzicht: de tabel per leerling als CSV voor Excel (puntkomma, UTF-8 met BOM)")
    parser.add_argument("--document", nargs="?", const="", metavar="DOC",
                        help="zonder DOC: de documenten die bij het antwoord passen (één per regel); "
                             "met DOC: dat document, ingevuld, als tekst")
    parser.add_argument("--leerling", metavar="NUMMER",
                        help="verzuimoverzicht: alleen deze leerling: het beeld van het schooljaar, de patronen en de "
                             "documenten (met --document DOC: dat document, ingevuld, als tekst)")
    args = parser.parse_args(argv)
    if not args.naam:
        print(json.dumps({"rekenhulpen": namen()}, ensure_ascii=False, indent=2))
        return 0
    if args.schema:
        uit = schema(args.naam)
    else:
        tekst = sys.stdin.read() if args.invoer == "-" else args.invoer
        from .invoer import te_diep_genest

        try:
            if te_diep_genest(tekst):
                raise RecursionError
            invoer = json.loads(tekst)
        except ValueError:
            uit = {"fouten": [{"veld": "invoer", "melding": "--invoer is geen geldige JSON."}]}
        except RecursionError:
            uit = {"fouten": [{"veld": "invoer", "melding": "--invoer is te diep genest (te veel haakjes binnen "
                                                            "elkaar) om te lezen."}]}
        else:
            toestand: dict = {}
            if args.bestand and isinstance(invoer, dict):
                uit = _met_bestand(invoer, args.bestand)
                if uit is None:
                    uit = run(args.naam, invoer, **({"toestand": toestand} if args.leerling is not None else {}))
            else:
                uit = run(args.naam, invoer, **({"toestand": toestand} if args.leerling is not None else {}))
            if args.leerling is not None:
                return _leerling(args.naam, uit, toestand, args.leerling, args.document)
            if args.csv:
                if "fouten" in uit:  # never into the CSV file the user redirected stdout to
                    print("\n".join(f"Fout ({f['veld'] or 'invoer'}): {f['melding']}" for f in uit["fouten"]),
                          file=sys.stderr)
                    return 1
                from .overzicht import als_csv

                sys.stdout.buffer.write(("\ufeff" + als_csv(uit)).encode("utf-8"))
                return 0
            if args.document is not None and "fouten" not in uit:
                return _document(args.naam, invoer, uit, args.document)
    if isinstance(uit.get("leerlingen"), list):
        _schrijf_overzicht(uit, sys.stdout)
    else:
        print(json.dumps(uit, ensure_ascii=False, indent=2))
    return 1 if "fouten" in uit else 0


def _schrijf_overzicht(uit: dict, stroom) -> None:
    """A whole school's answer as JSON written as it goes: one line per key, and per pupil in 'leerlingen'
    (a board's file gives tens of megabytes; each piece is encoded by the json module's fast encoder)."""
    stroom.write("{\n")
    for i, (sleutel, waarde) in enumerate(uit.items()):
        stroom.write(f' {json.dumps(sleutel)}: ')
        if sleutel == "leerlingen" and waarde:
            stroom.write("[\n")
            for j, leerling in enumerate(waarde):
                stroom.write("  " + json.dumps(leerling, ensure_ascii=False) + (",\n" if j < len(waarde) - 1 else "\n"))
            stroom.write(" ]")
        else:
            stroom.write(json.dumps(waarde, ensure_ascii=False))
        stroom.write(",\n" if i < len(uit) - 1 else "\n")
    stroom.write("}\n")


def _document(naam: str, invoer: dict, uit: dict, soort: str) -> int:
    """--document: a Dutch message, never a traceback, whatever the input."""
    from .documenten import cli

    try:
        return cli(naam, invoer, uit, soort)
    except Exception as e:  # noqa: BLE001  a bug of ours: say so, keep the detail for the maintainers
        print(json.dumps({"fouten": [{"veld": "document", "melding": "De documenten konden niet worden gemaakt. Dit "
                                      "is een fout van Verzuimwijzer; het antwoord zelf klopt wel."}],
                          "interne_fout": f"{type(e).__name__}: {e}"}, ensure_ascii=False, indent=2))
        return 1


def _leerling(naam: str, uit: dict, toestand: dict, leerling: str, document: str | None) -> int:
    """--leerling: one pupil of the verzuimoverzicht (its detail as JSON, or with --document its documents)."""
    from .overzicht_pagina import detail

    def fout(melding: str) -> int:
        print(f"Fout: {melding}", file=sys.stderr)
        return 1

    if naam != "verzuimoverzicht":
        return fout("--leerling hoort bij de rekenhulp verzuimoverzicht (met --bestand).")
    if "fouten" in uit:
        print(json.dumps(uit, ensure_ascii=False, indent=2))
        return 1
    d = detail(leerling, uit, toestand)
    if "fouten" in d:
        return fout(d["fouten"][0]["melding"])
    if document is None:
        print(json.dumps(d, ensure_ascii=False, indent=2))
        return 0
    soorten = [x["soort"] for x in d["documenten"]]
    if not document:
        print("\n".join(soorten))
        return 0
    gevonden = next((x for x in d["documenten"] if x["soort"] == document), None)
    if gevonden is None:
        return fout(f"Document '{document}' past niet bij leerling {leerling}. Passend: "
                    f"{', '.join(soorten) if soorten else 'geen: bij deze leerling hoort nu geen document'}.")
    print(gevonden["tekst"], end="")
    return 0


def _met_bestand(invoer: dict, paden: list[str]) -> dict | None:
    """Put the file(s) into the input (calculators/brug.py, as the page's worker does); a Dutch error if one
    cannot be read."""
    from pathlib import Path

    from .brug import invoer_met_bestand, invoer_met_bestanden

    gelezen = []
    for pad in paden:
        try:
            gelezen.append((Path(pad).name, Path(pad).read_bytes()))
        except OSError as e:
            return {"fouten": [{"veld": "bestand", "melding": f"Het bestand '{pad}' is niet te lezen ({e.strerror})."}]}
    if len(gelezen) == 1:
        invoer.update(invoer_met_bestand(invoer, gelezen[0][1]))
    else:
        invoer.update(invoer_met_bestanden(invoer, gelezen))
    return None


if __name__ == "__main__":
    sys.exit(main())
