"""Benchmark (not a test): would a build-time memory snapshot start the calculators sooner?

    .venv/bin/python scripts/bench_snapshot.py [--runs 3]

Builds the site into a temp dir, makes a Pyodide memory snapshot under Node with the calculators
imported (scripts/snapshot-maken.mjs), and measures in Chromium, each run in a fresh profile (cold),
the time from creating a worker to the first answer: the site's own worker (compiled artifacts) against
a worker that restores the snapshot. Prints medians and the snapshot's size, raw and compressed.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from omgeving import CHROMIUM, CHROMIUM_ARGS, bouw, serveer, vrije_poort  # noqa: E402

VRAAG = '{id: 1, naam: "leerplicht_start", invoer: {geboortedatum: "2020-07-14", vakantieregio: "midden"}}'
PAGINA = """<!doctype html><html lang="nl"><meta charset="utf-8"><title>Snapshot of niet</title>
<script type="module">
const t0 = performance.now();
const w = new Worker(new URL("%s", import.meta.url), {type: "module"});
w.onmessage = ({data}) => { if (data.soort === "antwoord") window.__klaar = performance.now() - t0; };
w.postMessage(%s);
</script></html>"""
SNAPSHOT_WERKER = """const SITE = new URL("../", import.meta.url);
const PYODIDE_URL = new URL("pyodide/%(versie)s/", SITE).href;
const snapshot = fetch(new URL("bench/snapshot.bin", SITE)).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
const wiel = fetch(new URL("%(wiel)s", SITE)).then((r) => r.arrayBuffer());
const { loadPyodide } = await import(PYODIDE_URL + "pyodide.mjs");
const py = await loadPyodide({ indexURL: PYODIDE_URL, stdLibURL: new URL("%(stdlib)s", SITE).href, _loadSnapshot: snapshot });
py.unpackArchive(await wiel, "wheel", { extractDir: py.runPython("import site; site.getsitepackages()[0]") });
const calculators = py.pyimport("calculators");
onmessage = ({ data }) => {
  postMessage({ soort: "antwoord", id: data.id, antwoord: JSON.parse(calculators.run_json(data.naam, JSON.stringify(data.invoer))) });
};
"""


def meet(p, map_, url):
    c = p.chromium.launch_persistent_context(str(map_), executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                             service_workers="block")
    pg = c.new_page()
    pg.goto(url)
    pg.wait_for_function("window.__klaar", timeout=120_000)
    ms = pg.evaluate("window.__klaar")
    c.close()
    return ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="vw-snap-"))
    poort = vrije_poort()
    site = tmp / "site"
    bouw(site, poort)
    versie = next((site / "pyodide").iterdir()).name
    wiel = next((site / "py").glob("calculators-*.whl")).relative_to(site).as_posix()
    stdlib = next((site / "py").glob("stdlib-*.zip")).relative_to(site).as_posix()
    bench = site / "bench"
    bench.mkdir()
    snapshot = bench / "snapshot.bin"
    subprocess.run(["node", str(ROOT / "scripts" / "snapshot-maken.mjs"), str(site / stdlib), str(site / wiel),
                    str(snapshot)], cwd=ROOT, check=True)
    werker = next((site / "assets" / "rekenhulp").glob("werker.mjs"))
    (bench / "ons.html").write_text(PAGINA % ("../assets/rekenhulp/werker.mjs", VRAAG), encoding="utf-8")
    (bench / "snapshot.html").write_text(PAGINA % ("snapshot-werker.mjs", VRAAG), encoding="utf-8")
    (bench / "snapshot-werker.mjs").write_text(SNAPSHOT_WERKER % {"versie": versie, "wiel": wiel, "stdlib": stdlib},
                                               encoding="utf-8")
    assert werker.is_file()
    server = serveer(site, poort)
    base = f"http://127.0.0.1:{poort}/bench/"
    r = {"ons": [], "snapshot": []}
    try:
        with sync_playwright() as p:
            for i in range(args.runs):
                for soort in r:
                    r[soort].append(meet(p, tmp / f"{soort}-{i}", base + f"{soort}.html"))
    finally:
        server.terminate()
        server.wait()
    data = snapshot.read_bytes()
    rauw, gz = len(data), len(gzip.compress(data, 6))
    shutil.rmtree(tmp, ignore_errors=True)
    m = {k: statistics.median(v) for k, v in r.items()}
    paar = statistics.median([s / o for s, o in zip(r["snapshot"], r["ons"])])
    print(f"Chromium, {args.runs} runs, cold, ms from new Worker() to the first answer (all: {r})")
    print(f"  compiled artifacts (the site's worker)  {m['ons']:7.0f}")
    print(f"  memory snapshot restored                {m['snapshot']:7.0f}   = {paar:.2f} x, median of paired runs")
    print(f"  snapshot size                          {rauw:9d}   bytes raw, {gz} gzip (on top of the runtime)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
