"""The shape of the code: import circles, imports upward, the longest functions, lines per module.

    python scripts/structuur.py            # the report
    python scripts/structuur.py --json     # the same as JSON (tests/unit/test_structuur.py reads the functions)

Every import counts, also one inside a function ("late" imports hide a circle, they do not remove it).
The layering below is the intended shape: a module may import from its own layer or a lower one, never
from a higher one. A module not named here takes the layer of its nearest named parent package.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path

WORTEL = Path(__file__).resolve().parent.parent
PAKKETTEN = ("calculators", "macros")

# Lowest first. Names are dotted module names; a package name covers its submodules unless they are named.
LAGEN: list[tuple[str, ...]] = [
    ("calculators.fouten", "calculators.tekst", "calculators.woorden", "calculators.woordenschat",
     "calculators.csv_veilig"),
    ("calculators.kalender", "calculators.profielen", "calculators.profiel_regels", "calculators.invoer"),
    ("calculators.keuzes", "calculators.uitleg", "calculators.uitvoer", "calculators.register"),
    ("calculators.regels",),
    ("calculators.documenten", "calculators.overzicht",
     "calculators.profiel_check", "calculators.regio_maken", "calculators.rekenhulpen"),
    # the package (run) and its callers: the command line and the page's bridge (overzicht_pagina)
    ("calculators", "calculators.__main__", "calculators.overzicht_pagina", "calculators.brug"),
    ("macros",),
]


def laag(module: str) -> int | None:
    beste, lengte = None, -1
    for i, namen in enumerate(LAGEN):
        for naam in namen:
            if (module == naam or module.startswith(naam + ".")) and len(naam) > lengte:
                beste, lengte = i, len(naam)
    return beste


def modules() -> dict[str, Path]:
    uit = {}
    for pakket in PAKKETTEN:
        for pad in sorted((WORTEL / pakket).rglob("*.py")):
            delen = list(pad.relative_to(WORTEL).with_suffix("").parts)
            if delen[-1] == "__init__":
                delen.pop()
            uit[".".join(delen)] = pad
    return uit


def _absoluut(module: str, is_pakket: bool, node: ast.ImportFrom) -> list[str]:
    if node.level == 0:
        basis = node.module or ""
    else:
        delen = module.split(".") if is_pakket else module.split(".")[:-1]
        delen = delen[: len(delen) - (node.level - 1)]
        basis = ".".join(delen + ([node.module] if node.module else []))
    # 'from pkg import x': the module pkg.x if there is one, else a name defined in pkg itself
    return [f"{basis}.{a.name}" for a in node.names]


def importen(alle: dict[str, Path]) -> dict[str, set[str]]:
    """module -> the modules of our packages it imports (anywhere in the file)."""
    uit: dict[str, set[str]] = {}
    for module, pad in alle.items():
        doelen = set()
        for node in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                namen = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                namen = _absoluut(module, pad.name == "__init__.py", node)
            else:
                continue
            for naam in namen:
                while naam and naam not in alle:  # a name inside a module: the module
                    naam = naam.rpartition(".")[0]
                if naam and naam != module:
                    doelen.add(naam)
        uit[module] = doelen
    return uit


def _ouder(module: str, doel: str) -> bool:
    """A package importing its own submodule, or a submodule its package: the package's own wiring."""
    return module.startswith(doel + ".") or doel.startswith(module + ".")


def cirkels(graaf: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index, laag_, stapel, op_stapel, uit = {}, {}, [], set(), []
    teller = [0]

    def bezoek(v):
        index[v] = laag_[v] = teller[0]
        teller[0] += 1
        stapel.append(v)
        op_stapel.add(v)
        for w in graaf.get(v, ()):
            if _ouder(v, w) and w.count(".") < v.count("."):
                continue  # a submodule reading its package's __init__: counted as upward, not as a circle
            if w not in index:
                bezoek(w)
                laag_[v] = min(laag_[v], laag_[w])
            elif w in op_stapel:
                laag_[v] = min(laag_[v], index[w])
        if laag_[v] == index[v]:
            groep = []
            while True:
                w = stapel.pop()
                op_stapel.discard(w)
                groep.append(w)
                if w == v:
                    break
            if len(groep) > 1:
                uit.append(sorted(groep))

    sys.setrecursionlimit(10000)
    for v in sorted(graaf):
        if v not in index:
            bezoek(v)
    return sorted(uit)


def omhoog(graaf: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(module, imported module) where the import goes to a higher layer."""
    uit = []
    for module, doelen in sorted(graaf.items()):
        for doel in sorted(doelen):
            a, b = laag(module), laag(doel)
            if a is not None and b is not None and b > a:
                uit.append((module, doel))
    return uit


def functies(aantal: int = 15) -> list[tuple[int, str]]:
    """The longest functions: Python via ast, .mjs by counting braces from a function's opening line."""
    uit = []
    for pakket in (*PAKKETTEN, "overrides"):
        for pad in sorted((WORTEL / pakket).rglob("*.py")):
            for node in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    uit.append((node.end_lineno - node.lineno + 1,
                                f"{pad.relative_to(WORTEL)}:{node.lineno} {node.name}"))
    kop = re.compile(r"^\s*(?:export\s+)?(?:async\s+)?function\s*\*?\s*([A-Za-z0-9_$]+)|"
                     r"^\s*(?:export\s+)?(?:const|let)\s+([A-Za-z0-9_$]+)\s*=\s*(?:async\s*)?(?:\([^)]*\)|[A-Za-z0-9_$]+)\s*=>\s*\{")
    for pad in sorted((WORTEL / "overrides").rglob("*.mjs")):
        regels = pad.read_text(encoding="utf-8").splitlines()
        for i, regel in enumerate(regels):
            m = kop.match(regel)
            if not m or "{" not in regel:
                continue
            diepte, j = 0, i
            for j in range(i, len(regels)):
                diepte += regels[j].count("{") - regels[j].count("}")
                if diepte <= 0 and j > i or (diepte <= 0 and regels[j].rstrip().endswith("}")):
                    break
            uit.append((j - i + 1, f"{pad.relative_to(WORTEL)}:{i + 1} {m.group(1) or m.group(2)}"))
    return sorted(uit, key=lambda x: (-x[0], x[1]))[:aantal]


def regels_per_module(alle: dict[str, Path]) -> list[tuple[int, str]]:
    return sorted(((len(p.read_text(encoding="utf-8").splitlines()), str(p.relative_to(WORTEL)))
                   for p in alle.values()), reverse=True)


def rapport() -> dict:
    alle = modules()
    graaf = importen(alle)
    per_module = regels_per_module(alle)
    return {"cirkels": cirkels(graaf), "omhoog": omhoog(graaf), "langste_functies": functies(),
            "regels_per_module": per_module, "regels_totaal": sum(n for n, _ in per_module),
            "modules": len(per_module)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    r = rapport()
    if args.json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
        return 0
    print(f"Importcirkels: {len(r['cirkels'])}")
    for c in r["cirkels"]:
        print("  " + " <-> ".join(c))
    print(f"Imports omhoog (lagere laag importeert hogere): {len(r['omhoog'])}")
    for a, b in r["omhoog"]:
        print(f"  {a} -> {b}")
    print("Langste functies:")
    for n, waar in r["langste_functies"]:
        print(f"  {n:4d}  {waar}")
    print(f"Regels per module ({r['modules']} modules, {r['regels_totaal']} regels):")
    for n, pad in r["regels_per_module"]:
        print(f"  {n:5d}  {pad}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
