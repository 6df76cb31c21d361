// Benchmark (not a test): would a build-time Pyodide memory snapshot start the calculators sooner?
//   node scripts/bench_snapshot.mjs [runs]     (after a build: uses the cached artifacts of .cache/pyodide-bouw/)
// Under Node, medians of: start-up on the site's compiled artifacts (stdlib + wheel, then import) against
// restoring a snapshot made with the calculators imported; and the snapshot's size, raw and compressed.
// Pyodide 314's snapshot API is private (_makeSnapshot, makeMemorySnapshot, _loadSnapshot).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { loadPyodide } from "pyodide";

const runs = Number(process.argv[2] || 3);
const cache = ".cache/pyodide-bouw";
const map = fs.readdirSync(cache).map((n) => path.join(cache, n)).find((p) => fs.existsSync(path.join(p, "bouw.json")));
if (!map) { console.error("Geen artefacten in .cache/pyodide-bouw/: draai eerst 'make build'."); process.exit(2); }
const stdLibURL = path.join(map, "stdlib.zip");
const wiel = new Uint8Array(fs.readFileSync(path.join(map, "calculators.whl")));
const VRAAG = "import calculators; calculators.run('leerplicht_start', {'geboortedatum': '2020-07-14', 'vakantieregio': 'midden'})['eerste_dag']";

async function eersteAntwoord(opties, importeer) {
  const t0 = performance.now();
  const py = await loadPyodide({ stdLibURL, ...opties });
  py.unpackArchive(wiel, "wheel", { extractDir: py.runPython("import site; site.getsitepackages()[0]") });
  if (importeer) py.runPython("import calculators");
  const uit = py.runPython(VRAAG);
  if (uit !== "2025-09-01") throw new Error(`onverwacht antwoord ${uit}`);
  return performance.now() - t0;
}

const maker = await loadPyodide({ stdLibURL, _makeSnapshot: true });
maker.unpackArchive(wiel, "wheel", { extractDir: maker.runPython("import site; site.getsitepackages()[0]") });
maker.runPython("import calculators");
const snapshot = maker.makeMemorySnapshot();

const mediaan = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r = { artefacten: [], snapshot: [] };
for (let i = 0; i < runs; i++) {
  r.artefacten.push(await eersteAntwoord({}, true));
  r.snapshot.push(await eersteAntwoord({ _loadSnapshot: snapshot }, false));
}
const gz = zlib.gzipSync(snapshot, { level: 6 }).length;
const br = zlib.brotliCompressSync(snapshot, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }).length;
console.log(`Node ${process.version}, ${runs} runs, ms to the first answer (all: ${JSON.stringify(r, (k, v) => typeof v === "number" ? Math.round(v) : v)})`);
console.log(`  compiled artifacts (the site's way)   ${mediaan(r.artefacten).toFixed(0).padStart(7)}`);
console.log(`  memory snapshot restored              ${mediaan(r.snapshot).toFixed(0).padStart(7)}`);
console.log(`  snapshot size (extra download)      ${String(snapshot.length).padStart(9)} bytes raw, ${gz} gzip, ${br} brotli`);
