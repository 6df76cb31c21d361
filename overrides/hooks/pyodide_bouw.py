"""MkDocs hook: put the Python runtime and the calculators into the built site, self-hosted.

* Pyodide's runtime files are copied from node_modules/pyodide (pinned in package.json) to
  ``pyodide/<version>/``: a new version gets a new path, so caches never mix two runtimes.
* The ``calculators`` package (with its data and profiles) becomes a deterministic zip named after
  its content hash, ``py/calculators-<hash>.zip``.
* The browser glue (assets/rekenhulp/*.mjs) gets those paths written in, and every page links the
  glue with ``?v=<build hash>``, so a page always talks to the worker and zip of its own build.
* ``sw.js``: a service worker with the precache list and the build hash (offline after a first visit).

Anything missing fails the build: a site whose calculators cannot start must not be deployed.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import shutil
import zipfile
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
RUNTIME = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
PAKKET = ROOT / "calculators"
PAKKET_BESTANDEN = ("*.py", "regels/*.py", "data/*.csv", "profielen/*.toml", "documenten/*.py",
                    "documenten/sjablonen/*.toml", "profielen/*/documenten/*.toml")
GLUE = "assets/rekenhulp/"
GLUE_BESTANDEN = ("rekenhulp.mjs", "werker.mjs", "rekenhulp.css", "sw.sjabloon.js", "document.mjs", "document.css")
OVERRIDES = ROOT / "overrides"
# Fixed zip timestamps: the same sources give the same bytes, hence the same hash and URL.
ZIP_TIJD = (2020, 1, 1, 0, 0, 0)

_bouw: dict = {}


def pyodide_versie() -> str:
    pakket = PYODIDE_NPM / "package.json"
    if not pakket.is_file():
        raise PluginError(f"Pyodide ontbreekt: {pakket} niet gevonden. Draai eerst 'npm ci'.")
    return json.loads(pakket.read_text(encoding="utf-8"))["version"]


def calculators_zip() -> bytes:
    bestanden = sorted({p for patroon in PAKKET_BESTANDEN for p in PAKKET.glob(patroon) if p.is_file()})
    if not any(p.name == "__init__.py" for p in bestanden):
        raise PluginError(f"Het pakket calculators ontbreekt in {PAKKET}.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for pad in bestanden:
            info = zipfile.ZipInfo(pad.relative_to(ROOT).as_posix(), ZIP_TIJD)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, pad.read_bytes())
    return buffer.getvalue()


def _kort(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def on_pre_build(config, **kwargs):
    versie = pyodide_versie()
    ontbreekt = [n for n in RUNTIME if not (PYODIDE_NPM / n).is_file()]
    if ontbreekt:
        raise PluginError(f"Pyodide {versie}: bestanden ontbreken in {PYODIDE_NPM}: {', '.join(ontbreekt)}. "
                          "Andere Pyodide-versies gebruiken andere bestandsnamen; controleer package.json.")
    zip_bytes = calculators_zip()
    glue = b"".join((OVERRIDES / GLUE / n).read_bytes() for n in GLUE_BESTANDEN)
    _bouw.update(
        versie=versie,
        zip_bytes=zip_bytes,
        pyodide_pad=f"pyodide/{versie}/",
        zip_pad=f"py/calculators-{_kort(zip_bytes)}.zip",
        hash=_kort(zip_bytes + glue + versie.encode()),
    )


def on_files(files, config, **kwargs):
    """With VW_PROEFPAGINAS=1 (browser tests, benchmark): one extra page per calculator.

    So every calculator is tested in a real page, whether or not the content embeds it yet. The
    published site never has these pages.
    """
    if os.environ.get("VW_PROEFPAGINAS") != "1":
        return files
    from mkdocs.structure.files import File

    from calculators import namen

    alle = namen()
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
    zip_doel = site / _bouw["zip_pad"]
    zip_doel.parent.mkdir(parents=True, exist_ok=True)
    for oud in zip_doel.parent.glob("calculators-*.zip"):
        oud.unlink()
    zip_doel.write_bytes(_bouw["zip_bytes"])

    vervang = {"__PYODIDE_PAD__": _bouw["pyodide_pad"], "__ZIP_PAD__": _bouw["zip_pad"],
               "__BOUW__": _bouw["hash"]}
    for naam in ("rekenhulp.mjs", "werker.mjs"):
        pad = site / GLUE / naam
        if not pad.is_file():
            raise PluginError(f"{pad} ontbreekt: is overrides/{GLUE}{naam} weg?")
        tekst = pad.read_text(encoding="utf-8")
        for sleutel, waarde in vervang.items():
            tekst = tekst.replace(sleutel, waarde)
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

    The runtime (13 MB) and the zip are not in it: they are cached when a calculator first uses
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
