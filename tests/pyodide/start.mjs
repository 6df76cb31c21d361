// For tests/pyodide/test_artefacten.py: start Pyodide under Node (optionally on the site's artifacts),
// then print one JSON line about what was loaded and how.
//   node tests/pyodide/start.mjs [STDLIB.zip WIEL.whl]
import fs from "node:fs";
import { loadPyodide } from "pyodide";

const [stdlib, wiel] = process.argv.slice(2);
const py = await loadPyodide(stdlib ? { stdLibURL: stdlib } : {});
const bijStart = py.runPython("import sys; sorted(sys.modules)").toJs();
if (wiel) {
  const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
  py.unpackArchive(new Uint8Array(fs.readFileSync(wiel)), "wheel", { extractDir: sitePackages });
}
console.log(py.runPython(`
import importlib.util, json, os, sys
uit = {"python": sys.version.split()[0], "magic": importlib.util.MAGIC_NUMBER.hex(),
       "stdlib": next(p for p in sys.path if p.endswith(".zip"))}
if ${wiel ? "True" : "False"}:
    import calculators
    antwoord = calculators.run("leerplicht_start", {"geboortedatum": "2020-07-14", "vakantieregio": "midden"})
    uit["eerste_dag"] = antwoord.get("eerste_dag")
    uit["pycache"] = [d for d, _, _ in os.walk(os.path.dirname(calculators.__file__)) if "__pycache__" in d]
modules = {}
for naam, m in list(sys.modules.items()):
    spec = getattr(m, "__spec__", None)
    if getattr(m, "__file__", None) and spec is not None:
        loader = spec.loader  # FrozenImporter is used as a class, the others as instances
        modules[naam] = [m.__file__, loader.__name__ if isinstance(loader, type) else type(loader).__name__]
uit["modules"] = modules
json.dumps(uit)
`));
