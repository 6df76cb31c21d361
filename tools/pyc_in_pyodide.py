"""Runs INSIDE Pyodide (started by tools/compileer-in-pyodide.mjs): replaces .py by .pyc in a zip or wheel.

The build machine's CPython (3.11) cannot write the bytecode of the shipped runtime (Python 3.14 on
WebAssembly); the runtime itself can, so its compiler, magic number and flags are by definition the ones
the browser uses. The pycs are "unchecked hash" pycs: the same source gives the same bytes (so the file's
content hash only changes when a source does), and the importer never looks for a source to compare.

    main("wiel", IN.whl, OUT.whl, ROOT)            # ROOT: the site-packages it is unpacked in; all .py
    main("stdlib", IN.zip, OUT.zip, ROOT, alleen)  # ROOT: the zip's place on sys.path; only `alleen`

For the standard library only the modules every visit imports (Pyodide's own start-up plus
``import calculators``, listed by the caller
(tools/compileer-in-pyodide.mjs) before this module imported anything) are
compiled. The rest stays source, importable and compiled when first used: all 559 modules as bytecode
would make the zip 4.5 MB instead of 2.5 MB.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import os
import py_compile
import sys
import tempfile
import zipfile

# Fixed timestamps: the same input gives the same bytes, hence the same hash and URL.
ZIP_TIJD = (2020, 1, 1, 0, 0, 0)


def pyc(bron: bytes, code_pad: str, werk: str) -> bytes:
    """Bytecode of one module; code_pad is its path at run time (tracebacks name it)."""
    py, uit = os.path.join(werk, "m.py"), os.path.join(werk, "m.pyc")
    with open(py, "wb") as f:
        f.write(bron)
    py_compile.compile(py, cfile=uit, dfile=code_pad, doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    with open(uit, "rb") as f:
        return f.read()


def _schrijf(z: zipfile.ZipFile, naam: str, data: bytes) -> None:
    info = zipfile.ZipInfo(naam, ZIP_TIJD)
    info.external_attr = (0o40755 << 16 | 0x10) if naam.endswith("/") else 0o644 << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data, compresslevel=9)


def compileer(invoer: str, root: str, alleen: set[str] | None = None) -> dict:
    """Each .py (of `alleen`, if given) becomes a .pyc at the same place (a sourceless module)."""
    n = 0
    inhoud: list[tuple[str, bytes]] = []
    with tempfile.TemporaryDirectory() as werk, zipfile.ZipFile(invoer) as z:
        for info in z.infolist():
            data = z.read(info)  # directory entries too: zipimport finds namespace packages by them
            if info.filename.endswith(".py") and (alleen is None or info.filename in alleen):
                naam = info.filename + "c"
                data = pyc(data, f"{root}/{info.filename}", werk)
                n += 1
            else:
                naam = info.filename
            inhoud.append((naam, data))
    return {"bestanden": inhoud, "gecompileerd": n}


def _record_regel(naam: str, data: bytes) -> list[str]:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return [naam, f"sha256={digest}", str(len(data))]


def schrijf_zip(bestanden: list[tuple[str, bytes]], uitvoer: str, wiel: bool) -> None:
    if wiel:
        # The wheel's RECORD lists every file with its hash: rewrite it for the .pyc files.
        record = next(n for n, _ in bestanden if n.endswith(".dist-info/RECORD"))
        bestanden = [(n, d) for n, d in bestanden if n != record]
        buffer = io.StringIO()
        schrijver = csv.writer(buffer, lineterminator="\n")
        for naam, data in bestanden:
            if not naam.endswith("/"):
                schrijver.writerow(_record_regel(naam, data))
        schrijver.writerow([record, "", ""])
        bestanden.append((record, buffer.getvalue().encode()))
    with zipfile.ZipFile(uitvoer, "w") as z:
        for naam, data in bestanden:
            _schrijf(z, naam, data)


def main(soort: str, invoer: str, uitvoer: str, root: str, alleen: list[str] | None = None) -> dict:
    if soort not in ("stdlib", "wiel"):
        raise SystemExit(f"onbekende soort {soort!r}: stdlib of wiel")
    uit = compileer(invoer, root, set(alleen) if alleen is not None else None)
    schrijf_zip(uit["bestanden"], uitvoer, wiel=soort == "wiel")
    import importlib.util

    return {"soort": soort, "gecompileerd": uit["gecompileerd"], "python": sys.version.split()[0],
            "magic": importlib.util.MAGIC_NUMBER.hex(), "bytes": os.path.getsize(uitvoer)}
