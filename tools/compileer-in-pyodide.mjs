// Build step: compile Python to the bytecode of the shipped Pyodide, inside that Pyodide, under Node.
//   node tools/compileer-in-pyodide.mjs WERKMAP WIEL_IN WIEL_UIT STDLIB_IN STDLIB_UIT
// File names are inside WERKMAP. WIEL_IN: the calculators' pure-Python wheel (setuptools); STDLIB_IN:
// Pyodide's python_stdlib.zip. Prints one JSON object: python version, magic number, what was compiled.
// The zip work is tools/pyc_in_pyodide.py; called by bouw/pyodide.py.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const [werkmap, wielIn, wielUit, stdlibIn, stdlibUit] = process.argv.slice(2);
if (!stdlibUit) {
  console.error("gebruik: node tools/compileer-in-pyodide.mjs WERKMAP WIEL_IN WIEL_UIT STDLIB_IN STDLIB_UIT");
  process.exit(2);
}
const script = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "pyc_in_pyodide.py"), "utf8");

const py = await loadPyodide({ stdout: (t) => console.error(t), stderr: (t) => console.error(t) });
py.FS.mkdirTree("/werk");
py.FS.mount(py.FS.filesystems.NODEFS, { root: path.resolve(werkmap) }, "/werk");
py.globals.set("wiel_in", `/werk/${wielIn}`);
// What every visit imports: Pyodide's start-up (done) plus the calculators from the source wheel.
// Listed before tools/pyc_in_pyodide.py runs, so the build's own imports do not count.
const [stdlibPad, sitePackages, geladen] = py.runPython(`
import sys, site
stdlib_pad = next(p for p in sys.path if p.endswith(".zip"))
site_packages = site.getsitepackages()[0]
import shutil  # loaded by Pyodide's start-up already
shutil.unpack_archive(wiel_in, site_packages, "zip")
import calculators
for naam in calculators.namen():
    calculators.run(naam, {})
[stdlib_pad, site_packages,
 sorted(m.__file__[len(stdlib_pad) + 1:] for m in list(sys.modules.values())
        if (getattr(m, "__file__", None) or "").startswith(stdlib_pad + "/"))]
`).toJs();
py.globals.set("bron", script);
py.runPython("ns = {'__name__': 'pyc_in_pyodide'}; exec(compile(bron, 'pyc_in_pyodide.py', 'exec'), ns)");
const taak = (...args) => py.globals.get("ns").get("main")(...args).toJs({ dict_converter: Object.fromEntries });
const wiel = taak("wiel", `/werk/${wielIn}`, `/werk/${wielUit}`, sitePackages);
const stdlib = taak("stdlib", `/werk/${stdlibIn}`, `/werk/${stdlibUit}`, stdlibPad, py.toPy(geladen));
console.log(JSON.stringify({ wiel, stdlib, stdlib_modules: geladen }));
