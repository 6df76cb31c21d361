// For scripts/bench_snapshot.py: a Pyodide memory snapshot with the calculators already imported.
//   node scripts/snapshot-maken.mjs STDLIB.zip WIEL.whl UIT.bin
// Pyodide's snapshot API is private (_makeSnapshot, makeMemorySnapshot, _loadSnapshot) in 314.x.
import fs from "node:fs";
import { loadPyodide } from "pyodide";

const [stdlib, wiel, uit] = process.argv.slice(2);
const py = await loadPyodide({ _makeSnapshot: true, stdLibURL: stdlib });
const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
py.unpackArchive(new Uint8Array(fs.readFileSync(wiel)), "wheel", { extractDir: sitePackages });
py.runPython("import calculators");
fs.writeFileSync(uit, py.makeMemorySnapshot());
