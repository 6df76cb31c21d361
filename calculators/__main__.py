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
    args = parser.parse_args(argv)
    if not args.naam:
        print(json.dumps({"rekenhulpen": namen()}, ensure_ascii=False, indent=2))
        return 0
    if args.schema:
        uit = schema(args.naam)
    else:
        tekst = sys.stdin.read() if args.invoer == "-" else args.invoer
        try:
            invoer = json.loads(tekst)
        except ValueError:
            uit = {"fouten": [{"veld": "invoer", "melding": "--invoer is geen geldige JSON."}]}
        else:
            uit = run(args.naam, invoer)
    print(json.dumps(uit, ensure_ascii=False, indent=2))
    return 1 if "fouten" in uit else 0


if __name__ == "__main__":
    sys.exit(main())
