"""MkDocs hook: put the Python runtime and the calculators into the built site, self-hosted.

* Pyodide's runtime files are copied from node_modules/pyodide (pinned in package.json) to
  ``pyodide/<version>/``: a new version gets a new path, so caches never mix two runtimes.
* The ``calculators`` package becomes its own pure-Python wheel (setuptools, from pyproject.toml, so every
  subpackage and data file is in it) with its ``.py`` compiled to the bytecode of the shipped Pyodide:
  ``py/calculators-<hash>.whl``. The browser then imports ready bytecode instead of compiling sources.
* The standard library likewise: Pyodide's python_stdlib.zip holds sources only, so every visit compiles
  the ~150 modules its own start-up imports. ``py/stdlib-<hash>.zip`` is the same zip with exactly those
  modules (and the ones our import adds) as bytecode; the worker passes it to loadPyodide (stdLibURL).
  Both are made inside Pyodide under Node (tools/compileer-in-pyodide.mjs): the build's CPython cannot
  write Python 3.14 bytecode. Cached in .cache/pyodide-bouw/ by the hash of their inputs.
* The browser glue (assets/rekenhulp/*.mjs) gets those paths written in, and every page links the
  glue with ``?v=<build hash>``, so a page always talks to the worker and artifacts of its own build.
* ``sw.js``: a service worker with the precache list and the build hash (offline after a first visit).

Anything missing fails the build: a site whose calculators cannot start must not be deployed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
# python_stdlib.zip is not shipped: the site has its own, partly compiled copy (py/stdlib-<hash>.zip).
RUNTIME = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json")
PAKKET = ROOT / "calculators"
# What the wheel is built from (copied to a temporary folder, so the checkout gets no build/ litter).
WIEL_BRONNEN = ("pyproject.toml", "README.md", "calculators")
COMPILEER = (ROOT / "tools" / "compileer-in-pyodide.mjs", ROOT / "tools" / "pyc_in_pyodide.py")
CACHE = ROOT / ".cache" / "pyodide-bouw"
GLUE = "assets/rekenhulp/"
OVERRIDES = ROOT / "overrides"


def glue_bestanden() -> list[str]:
    """Every file of the browser glue (its ES modules, styles and the service worker's template)."""
    return sorted(p.name for p in (OVERRIDES / GLUE).iterdir() if p.suffix in {".mjs", ".css", ".js"})


# A relative import between the glue's modules ('from "./motor.mjs"'): versioned like the page's own link,
# so one build's modules load together (and are one module instance, shared by every importer).
_GLUE_IMPORT = re.compile(r'(\bfrom\s*|\bimport\s*\(?\s*)"\./([\w-]+\.mjs)"')
_bouw: dict = {}


def pyodide_versie() -> str:
    pakket = PYODIDE_NPM / "package.json"
    if not pakket.is_file():
        raise PluginError(f"Pyodide ontbreekt: {pakket} niet gevonden. Draai eerst 'npm ci'.")
    return json.loads(pakket.read_text(encoding="utf-8"))["version"]


def _bron_bestanden() -> list[Path]:
    uit = []
    for naam in WIEL_BRONNEN:
        pad = ROOT / naam
        uit += [pad] if pad.is_file() else sorted(
            p for p in pad.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    return uit


def _invoer_hash(versie: str) -> str:
    """Of everything the two artifacts are made from: sources, build tools and the Pyodide version."""
    h = hashlib.sha256(versie.encode())
    for pad in _bron_bestanden() + [*COMPILEER, PYODIDE_NPM / "python_stdlib.zip"]:
        h.update(pad.relative_to(ROOT).as_posix().encode() + b"\0" + pad.read_bytes())
    return h.hexdigest()[:16]


def _draai(cmd: list[str], wat: str) -> str:
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise PluginError(f"{wat} mislukte ({' '.join(cmd[:4])} …):\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    return r.stdout


def bouw_artefacten(versie: str) -> dict:
    """The compiled wheel and standard library, from the cache or built now (a few seconds)."""
    if not (PAKKET / "__init__.py").is_file():
        raise PluginError(f"Het pakket calculators ontbreekt in {PAKKET}.")
    map_ = CACHE / _invoer_hash(versie)
    if (map_ / "bouw.json").is_file():
        return {**json.loads((map_ / "bouw.json").read_text(encoding="utf-8")), "map": map_}
    if not shutil.which("node"):
        raise PluginError("node ontbreekt: nodig om de rekenhulpen voor Pyodide te compileren.")
    with tempfile.TemporaryDirectory(prefix="vw-wiel-") as tmp:
        werk = Path(tmp)
        bron = werk / "bron"
        for pad in _bron_bestanden():
            doel = bron / pad.relative_to(ROOT)
            doel.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(pad, doel)
        # The package's own wheel, as pip would build it for an install (no dependencies: there are none).
        _draai([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
                "-w", str(werk), str(bron)], "Het wheel van de rekenhulpen bouwen")
        wielen = list(werk.glob("*.whl"))
        if len(wielen) != 1:
            raise PluginError(f"Verwacht één wheel, gevonden: {[w.name for w in wielen]}")
        shutil.copyfile(PYODIDE_NPM / "python_stdlib.zip", werk / "stdlib-bron.zip")
        uit = _draai(["node", str(COMPILEER[0]), str(werk), wielen[0].name, "calculators.whl",
                      "stdlib-bron.zip", "stdlib.zip"], "Compileren in Pyodide")
        verslag = json.loads(uit.strip().splitlines()[-1])
        verslag["wiel_naam"] = wielen[0].name
        CACHE.mkdir(parents=True, exist_ok=True)
        tijdelijk = Path(tempfile.mkdtemp(prefix=map_.name + ".", dir=CACHE))
        for naam in ("calculators.whl", "stdlib.zip"):
            shutil.copyfile(werk / naam, tijdelijk / naam)
        shutil.copyfile(wielen[0], tijdelijk / "bron.whl")  # the sources' wheel: for the benchmark's sizes
        (tijdelijk / "bouw.json").write_text(json.dumps(verslag, indent=1) + "\n", encoding="utf-8")
    for oud in CACHE.iterdir():  # one entry per input: the old ones are of no use any more
        if oud.is_dir() and oud.name != map_.name and not oud.name.startswith(map_.name + "."):
            shutil.rmtree(oud, ignore_errors=True)
    try:
        tijdelijk.rename(map_)  # atomic: a build running alongside sees all or nothing
    except OSError:
        shutil.rmtree(tijdelijk, ignore_errors=True)  # the other build was first; same bytes
    return {**verslag, "map": map_}


def _kort(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def on_pre_build(config, **kwargs):
    versie = pyodide_versie()
    ontbreekt = [n for n in (*RUNTIME, "python_stdlib.zip") if not (PYODIDE_NPM / n).is_file()]
    if ontbreekt:
        raise PluginError(f"Pyodide {versie}: bestanden ontbreken in {PYODIDE_NPM}: {', '.join(ontbreekt)}. "
                          "Andere Pyodide-versies gebruiken andere bestandsnamen; controleer package.json.")
    artefacten = bouw_artefacten(versie)
    wiel = (artefacten["map"] / "calculators.whl").read_bytes()
    stdlib = (artefacten["map"] / "stdlib.zip").read_bytes()
    glue = b"".join((OVERRIDES / GLUE / n).read_bytes() for n in glue_bestanden())
    _bouw.update(
        versie=versie,
        artefacten=artefacten,
        pyodide_pad=f"pyodide/{versie}/",
        wiel_pad=f"py/calculators-{_kort(wiel)}.whl",
        stdlib_pad=f"py/stdlib-{_kort(stdlib)}.zip",
        hash=_kort(wiel + stdlib + glue + versie.encode()),
    )


def on_files(files, config, **kwargs):
    """With VW_PROEFPAGINAS=1 (browser tests, benchmark): one extra page per calculator.

    So every calculator is tested in a real page, whether or not the content embeds it yet. The
    published site never has these pages.
    """
    if os.environ.get("VW_PROEFPAGINAS") != "1":
        return files
    from mkdocs.structure.files import File

    from calculators import namen_met_formulier

    alle = namen_met_formulier()  # a calculator with its own page (eigen_pagina) gets no generated test page
    for naam in alle:
        links = " · ".join(f"[{n}]({n}.md)" for n in alle if n != naam)
        tekst = (f"---\ntitle: Proef {naam}\nsearch:\n  exclude: true\n---\n\n# Proef: {naam}\n\n"
                 f"{{{{ rekenhulp(\"{naam}\") }}}}\n\nAndere proefpagina's: {links}\n")
        files.append(File.generated(config, f"proef/{naam}.md", content=tekst))
    files.append(File.generated(config, "proef/zonder.md", content=(
        "---\ntitle: Proef zonder rekenhulp\n---\n\n# Proef zonder rekenhulp\n\nGeen rekenhulp op deze pagina. "
        + " · ".join(f"[{n}]({n}.md)" for n in alle) + "\n")))
    return files


_GLUE_LINK = re.compile(r'((?:src|href)="[^"]*assets/rekenhulp/[\w.-]+\.(?:mjs|css))"')


_GLUE_SCRIPT = re.compile(r'<script src="[^"]*assets/rekenhulp/rekenhulp\.mjs[^"]*" type="module" async></script>')


def on_post_page(output, page, config, **kwargs):
    # Version the glue per build; the site's other assets are already fingerprinted by Material.
    output = _GLUE_LINK.sub(lambda m: f'{m.group(1)}?v={_bouw["hash"]}"', output)
    # On a page with a calculator the glue goes into <head>, marked, so Python starts loading while the
    # theme's bundle is still being fetched and parsed, not after it (measured: a few hundred ms sooner).
    script = _GLUE_SCRIPT.search(output)
    if script and 'class="vw-rekenhulp"' in output and "</head>" in output:
        output = output.replace(script.group(0), "", 1)
        output = output.replace("</head>", f'<meta name="vw-rekenhulp" content="start">{script.group(0)}</head>', 1)
    return output


def on_post_build(config, **kwargs):
    site = Path(config["site_dir"])
    doel = site / _bouw["pyodide_pad"]
    doel.mkdir(parents=True, exist_ok=True)
    for naam in RUNTIME:
        shutil.copyfile(PYODIDE_NPM / naam, doel / naam)
    py = site / "py"
    py.mkdir(parents=True, exist_ok=True)
    for oud in (*py.glob("calculators-*"), *py.glob("stdlib-*.zip")):
        oud.unlink()
    map_ = _bouw["artefacten"]["map"]
    shutil.copyfile(map_ / "calculators.whl", site / _bouw["wiel_pad"])
    shutil.copyfile(map_ / "stdlib.zip", site / _bouw["stdlib_pad"])

    vervang = {"__PYODIDE_PAD__": _bouw["pyodide_pad"], "__WIEL_PAD__": _bouw["wiel_pad"],
               "__STDLIB_PAD__": _bouw["stdlib_pad"], "__BOUW__": _bouw["hash"]}
    for naam in (n for n in glue_bestanden() if n.endswith(".mjs")):
        pad = site / GLUE / naam
        if not pad.is_file():
            raise PluginError(f"{pad} ontbreekt: is overrides/{GLUE}{naam} weg?")
        tekst = pad.read_text(encoding="utf-8")
        for sleutel, waarde in vervang.items():
            tekst = tekst.replace(sleutel, waarde)
        tekst = _GLUE_IMPORT.sub(lambda m: f'{m.group(1)}"./{m.group(2)}?v={_bouw["hash"]}"', tekst)
        pad.write_text(tekst, encoding="utf-8")
    (site / GLUE / "sw.sjabloon.js").unlink(missing_ok=True)  # a template, not an asset
    schrijf_service_worker(site)
    (site / "csp.txt").write_text(csp(site) + "\n", encoding="utf-8")


_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)


def csp(site: Path) -> str:
    """The Content-Security-Policy this build works under (docs/over/hosting.md; tested in the browser).

    Python needs only 'wasm-unsafe-eval'. Material has a few inline scripts (theme, storage scope per
    folder depth); they are allowed by their hashes, so 'unsafe-inline' is not needed.
    """
    hashes = set()
    for pad in site.rglob("*.html"):
        for m in _INLINE_SCRIPT.finditer(pad.read_text(encoding="utf-8")):
            if "application/json" not in m.group(1) and m.group(2).strip():
                hashes.add(base64.b64encode(hashlib.sha256(m.group(2).encode()).digest()).decode())
    scripts = " ".join(f"'sha256-{h}'" for h in sorted(hashes))
    return ("default-src 'self'; "
            f"script-src 'self' 'wasm-unsafe-eval' {scripts}; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'")


def _precache(site: Path) -> list[str]:
    """Pages and small assets, fetched when the service worker installs.

    The runtime (13 MB) and the calculators' wheel are not in it: they are cached when a calculator first uses
    them, so a visit to a page without a calculator never downloads Python.
    """
    uit = []
    for pad in sorted(site.rglob("*")):
        rel = pad.relative_to(site).as_posix()
        if not pad.is_file() or rel.startswith(("pyodide/", "py/")) or rel in {"sw.js", "sitemap.xml.gz", "csp.txt"}:
            continue
        if "/lunr/min/" in rel and not re.search(r"lunr\.(nl|stemmer\.support|multi)\.min\.js$", rel):
            continue  # other languages' stemmers: the site is Dutch
        if rel.startswith(GLUE) and rel.endswith((".mjs", ".css")):
            rel += f"?v={_bouw['hash']}"
        if rel.endswith("index.html"):
            rel = rel[: -len("index.html")] or "./"
        uit.append(rel)
    return uit


def schrijf_service_worker(site: Path) -> None:
    sjabloon = (OVERRIDES / GLUE / "sw.sjabloon.js").read_text(encoding="utf-8")
    tekst = (sjabloon.replace("__BOUW__", _bouw["hash"])
             .replace('"__PRECACHE__"', json.dumps(_precache(site), indent=0)))
    (site / "sw.js").write_text(tekst, encoding="utf-8")
