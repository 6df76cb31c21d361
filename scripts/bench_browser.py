"""Benchmark (not a test): the calculators in Chromium, against a page that only loads Pyodide.

    .venv/bin/python scripts/bench_browser.py [--runs 3]

Builds the site (with the test pages) into a temp dir, serves it on 127.0.0.1 and prints, as medians:
bare Pyodide ready (a baseline page: a module worker that only runs loadPyodide), our time to the first
answer cold and warm (the click comes at once), click-to-answer once the worker is warm, the longest
main-thread task during start-up, our scripts in long animation frames, the bytes a page without a
calculator transfers, what a calculator page fetches for Python (files, bytes; the baseline's too), and
the sizes of the calculator artifacts against their sources (bouw/pyodide.py),
the status line's start-up stages, and the first answer after a reload served by the service worker.
"Cold" is a fresh browser profile; "warm" the same profile again (disk cache); "reload" the same page
reloaded once the service worker has the runtime in its cache (as a visitor's second visit).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from omgeving import CHROMIUM, CHROMIUM_ARGS, bouw, serveer, vrije_poort  # noqa: E402

BASIS_HTML = """<!doctype html><html lang="nl"><meta charset="utf-8"><title>Alleen Pyodide</title>
<p id="uit">bezig</p><script type="module">
const w = new Worker(new URL("basis-werker.mjs", import.meta.url), {type: "module"});
w.onmessage = () => { window.__klaar = performance.now(); document.getElementById("uit").textContent = "klaar"; };
</script></html>"""
BASIS_WERKER = """import { loadPyodide } from "../pyodide/%s/pyodide.mjs";
await loadPyodide({ indexURL: new URL("../pyodide/%s/", import.meta.url).href });
postMessage("klaar");"""

# Records when the answer appears and every long main-thread task, from the very start of the page.
METING = """
window.__lang = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lang.push({start: e.startTime, duur: e.duration}); })
  .observe({type: "longtask", buffered: true});
// Long animation frames name the scripts that ran in them: this is how a long task is pinned on our code.
window.__ons = 0;
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) for (const s of e.scripts || [])
    if (/assets\/rekenhulp\//.test(s.sourceURL || "")) window.__ons = Math.max(window.__ons, s.duration);
}).observe({type: "long-animation-frame", buffered: true});
new MutationObserver(() => {
  const a = document.querySelector(".vw-antwoord");
  if (a && !a.hidden && !window.__antwoord) window.__antwoord = performance.now();
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["hidden"], childList: true});
"""

INVOER = ("#vw-leerplicht_start-geboortedatum", "2020-07-14")


def mediaan(xs):
    return statistics.median(xs) if xs else float("nan")


def profiel(p, map_, service_workers="block"):
    c = p.chromium.launch_persistent_context(str(map_), executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                             service_workers=service_workers, locale="nl-NL")
    c.add_init_script(METING)
    return c


def basis(c, base):
    pg = c.new_page()
    pg.goto(base + "bench/basis.html")
    pg.wait_for_function("() => window.__klaar", timeout=120_000)
    ms = pg.evaluate("window.__klaar")
    pg.close()
    return ms


def eerste_antwoord(c, base):
    """Open a calculator page, fill and click at once; ms from navigation start to the answer."""
    pg = c.new_page()
    pg.goto(base + "proef/leerplicht_start/", wait_until="domcontentloaded")
    pg.fill(*INVOER)
    pg.select_option("#vw-leerplicht_start-vakantieregio", "midden")
    pg.click(".vw-bereken")
    pg.wait_for_function("() => window.__antwoord", timeout=120_000)
    ms = pg.evaluate("window.__antwoord")
    lang = pg.evaluate("window.__lang")
    pg.wait_for_function("() => window.vwRekenhulp.startMs")
    pg.stadia = pg.evaluate("window.vwRekenhulp.stadiaMs || {}")  # when the status line moved on
    return pg, ms, (max((t["duur"] for t in lang), default=0), pg.evaluate("window.__ons"),
                    pg.evaluate("window.vwRekenhulp.startMs"))


def klik_tot_antwoord(pg):
    """With the worker warm, 5 s after the page was shown: click to answer, in ms."""
    pg.wait_for_timeout(5000)
    pg.fill("#vw-leerplicht_start-geboortedatum", "2019-03-01")
    return pg.evaluate("""() => new Promise((klaar) => {
      const a = document.querySelector('.vw-antwoord');
      a.hidden = true;
      const t0 = performance.now();
      new MutationObserver((_, o) => { if (!a.hidden) { o.disconnect(); klaar(performance.now() - t0); } })
        .observe(a, {attributes: true});
      document.querySelector('.vw-bereken').click();
    })""")


def gedeelde_link(c, base, n):
    """A shared link with n registraties rows (issue 17 item 7): ms until every row is in the form, and the
    longest main-thread task meanwhile (the page's own start-up included)."""
    import json
    from urllib.parse import quote

    rijen = [{"datum": f"2025-{9 + i % 4:02d}-{1 + i % 28:02d}", "uren": str(1 + i % 3)} for i in range(n)]
    invoer = {"regio": "landelijk", "vakantieregio": "midden", "registraties": rijen}
    pg = c.new_page()
    pg.goto(f"{base}proef/melding_16_uur/#rekenhulp=melding_16_uur&invoer={quote(json.dumps(invoer))}")
    pg.wait_for_function("n => document.querySelectorAll('[data-veld=registraties] tbody tr').length === n "
                         "|| document.querySelector('.vw-lijst-melding')", arg=n, timeout=120_000)
    ms = pg.evaluate("performance.now()")
    lang = max((t["duur"] for t in pg.evaluate("window.__lang")), default=0)
    pg.close()
    return ms, lang


def bytes_zonder_rekenhulp(c, base):
    pg = c.new_page()
    cdp = c.new_cdp_session(pg)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    urls, totaal = {}, {"alle": 0, "python": 0}
    cdp.on("Network.requestWillBeSent", lambda e: urls.__setitem__(e["requestId"], e["request"]["url"]))

    def klaar(e):
        totaal["alle"] += e["encodedDataLength"]
        if any(d in urls.get(e["requestId"], "") for d in ("/pyodide/", "/py/")):
            totaal["python"] += e["encodedDataLength"]
    cdp.on("Network.loadingFinished", klaar)
    pg.goto(base + "proef/zonder/", wait_until="networkidle")
    pg.wait_for_timeout(1000)
    pg.close()
    return totaal


def python_verzoeken(p, map_, url):
    """Every file under /pyodide/ and /py/ that a cold load of `url` fetches (the worker's too), with bytes."""
    c = profiel(p, map_)
    uit = {}

    def klaar(r):
        if "/pyodide/" in r.url or "/py/" in r.url:
            uit[r.url.rsplit("/", 1)[-1].split("?")[0]] = r.sizes()["responseBodySize"]
    c.on("requestfinished", klaar)
    pg = c.new_page()
    pg.goto(url)
    pg.wait_for_function("() => window.__klaar || (window.vwRekenhulp && window.vwRekenhulp.klaarMs)", timeout=120_000)
    pg.wait_for_timeout(300)
    c.close()
    return uit


def artefacten(site):
    """Sizes of what the build ships for Python against what it is made from."""
    import json

    sys.path.insert(0, str(ROOT))
    from bouw import pyodide as pyodide_bouw

    map_ = pyodide_bouw.CACHE / pyodide_bouw._invoer_hash(pyodide_bouw.pyodide_versie())
    verslag = json.loads((map_ / "bouw.json").read_text(encoding="utf-8"))
    return {
        "wiel": next((site / "py").glob("calculators-*.whl")).stat().st_size,
        "bron_wiel": (map_ / "bron.whl").stat().st_size,
        "stdlib": next((site / "py").glob("stdlib-*.zip")).stat().st_size,
        "stdlib_pyodide": (pyodide_bouw.PYODIDE_NPM / "python_stdlib.zip").stat().st_size,
        "verslag": verslag,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--alleen-link", action="store_true", help="only the shared-link figures (issue 17 item 7)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="vw-bench-"))
    poort = vrije_poort()
    site = tmp / "site"
    bouw(site, poort)
    versie = next((site / "pyodide").iterdir()).name
    # The baseline is Pyodide as published, with its own (source-only) standard library.
    shutil.copyfile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip", site / "pyodide" / versie / "python_stdlib.zip")
    a = artefacten(site)
    (site / "bench").mkdir()
    (site / "bench" / "basis.html").write_text(BASIS_HTML, encoding="utf-8")
    (site / "bench" / "basis-werker.mjs").write_text(BASIS_WERKER % (versie, versie), encoding="utf-8")
    server = serveer(site, poort)
    base = f"http://127.0.0.1:{poort}/"
    r = {k: [] for k in ("basis_koud", "basis_warm", "koud", "warm", "klik", "lang_alle", "lang_ons", "lang_zonder",
                                "werker_pyodide", "werker_calculators", "sw_koud", "sw_herladen", "starten_koud",
                                "rekenhulpen_koud")}
    link = {}
    try:
        with sync_playwright() as p:
            for n in (2000, 8000):
                c = profiel(p, tmp / f"link-{n}")
                link[n] = [gedeelde_link(c, base, n) for _ in range(args.runs)]
                c.close()
            for i in range(args.runs if not args.alleen_link else 0):
                c = profiel(p, tmp / f"basis-{i}")
                r["basis_koud"].append(basis(c, base))
                r["basis_warm"].append(basis(c, base))
                c.close()
                c = profiel(p, tmp / f"ons-{i}")
                pg, ms, lang = eerste_antwoord(c, base)
                r["koud"].append(ms)
                r["starten_koud"].append(pg.stadia.get("starten", float("nan")))
                r["rekenhulpen_koud"].append(pg.stadia.get("rekenhulpen", float("nan")))
                r["lang_alle"].append(lang[0])
                r["lang_ons"].append(lang[1])
                r["werker_pyodide"].append(lang[2]["pyodide"])
                r["werker_calculators"].append(lang[2]["calculators"])
                pg.close()
                pg, ms, _ = eerste_antwoord(c, base)
                r["warm"].append(ms)
                r["klik"].append(klik_tot_antwoord(pg))
                pg.close()
                c.close()
                # A visitor's reload: the service worker (allowed here) has cached the runtime on the first visit.
                c = profiel(p, tmp / f"sw-{i}", service_workers="allow")
                pg, ms, _ = eerste_antwoord(c, base)
                r["sw_koud"].append(ms)
                pg.wait_for_function("() => window.vwRekenhulp.offline === true", timeout=120_000)
                pg.reload(wait_until="domcontentloaded")
                pg.fill(*INVOER)
                pg.select_option("#vw-leerplicht_start-vakantieregio", "midden")
                pg.click(".vw-bereken")
                pg.wait_for_function("() => window.__antwoord", timeout=120_000)
                r["sw_herladen"].append(pg.evaluate("window.__antwoord"))
                c.close()
                # The same cold start-up without a calculator: long tasks there are the theme's, not ours.
                c = profiel(p, tmp / f"zonder-{i}")
                pg = c.new_page()
                pg.goto(base + "proef/zonder/")
                pg.wait_for_timeout(1500)
                r["lang_zonder"].append(max((t["duur"] for t in pg.evaluate("window.__lang")), default=0))
                c.close()
            if args.alleen_link:
                for n, uit in link.items():
                    print(f"  shared link, {n:5d} rows: filled at {mediaan([u[0] for u in uit]):6.0f} ms, longest "
                          f"main-thread task {mediaan([u[1] for u in uit]):5.0f} ms (runs: {[tuple(map(round, u)) for u in uit]})")
                return 0
            c = profiel(p, tmp / "bytes")
            b = bytes_zonder_rekenhulp(c, base)
            c.close()
            verzoeken = {"kaal": python_verzoeken(p, tmp / "v-kaal", base + "bench/basis.html"),
                         "ons": python_verzoeken(p, tmp / "v-ons", base + "proef/leerplicht_start/")}
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)

    m = {k: mediaan(v) for k, v in r.items()}
    # Paired per run (baseline and ours measured back to back): steadier on a busy machine.
    paar_koud = mediaan([o / b for o, b in zip(r["koud"], r["basis_koud"])])
    paar_warm = mediaan([o / b for o, b in zip(r["warm"], r["basis_warm"])])
    print(f"Chromium, {args.runs} runs, medians in ms (all runs: {', '.join(f'{k}={[round(x) for x in v]}' for k, v in r.items())})")
    print(f"  bare Pyodide ready (worker), cold      {m['basis_koud']:7.0f}")
    print(f"  bare Pyodide ready (worker), warm      {m['basis_warm']:7.0f}")
    print(f"  first answer, click at once, cold      {m['koud']:7.0f}   = {paar_koud:.2f} x bare, median of paired runs (target <= 1.0)")
    print(f"  first answer, click at once, warm      {m['warm']:7.0f}   = {paar_warm:.2f} x bare, median of paired runs (target <= 1.0)")
    print(f"  in the worker, cold: loadPyodide       {m['werker_pyodide']:7.0f}   then unpack + import calculators {m['werker_calculators']:.0f}")
    print(f"  first answer, click at once, reload    {m['sw_herladen']:7.0f}   with the service worker's cache "
          f"(its first visit: {m['sw_koud']:.0f})")
    print(f"  status line, cold: 'starten' at        {m['starten_koud']:7.0f}   'rekenhulpen' at {m['rekenhulpen_koud']:.0f}")
    print(f"  click to answer, worker warm (5 s)     {m['klik']:7.1f}   (target <= 300)")
    print(f"  longest main-thread task, cold start   {m['lang_alle']:7.0f}   (cold page without calculator: {m['lang_zonder']:.0f})")
    print(f"  longest run of our own scripts         {m['lang_ons']:7.0f}   in a long animation frame (target 0)")
    for n, uit in link.items():
        print(f"  shared link with {n:5d} rows: filled at {mediaan([u[0] for u in uit]):6.0f} ms, longest main-thread "
              f"task {mediaan([u[1] for u in uit]):.0f} ms ({'all rows' if n <= 2000 else 'above the cap: paste box'})")
    print(f"  bytes, page without calculator         {b['alle']:7d}   of which Pyodide/calculators: {b['python']} (target 0)")
    for wie, lijst in verzoeken.items():
        print(f"  Python fetched at start-up, {wie:4}       {sum(lijst.values()):9d}   bytes in {len(lijst)} files: "
              + ", ".join(f"{n} {v}" for n, v in sorted(lijst.items(), key=lambda x: -x[1])))
    v = a["verslag"]
    print(f"  calculators artifact (wheel, .pyc)     {a['wiel']:9d}   bytes; from sources {a['bron_wiel']} "
          f"({v['wiel']['gecompileerd']} modules, Python {v['wiel']['python']}, magic {v['wiel']['magic']})")
    print(f"  standard library (start-up as .pyc)    {a['stdlib']:9d}   bytes; Pyodide's own (sources) {a['stdlib_pyodide']} "
          f"({v['stdlib']['gecompileerd']} modules compiled)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
