// Runs the calculators' unit tests (tests/unit) inside Pyodide under Node: the same Python (3.14,
// WebAssembly) the browser uses. Usage: node tools/pytest-in-pyodide.mjs [repo] [wheel-dir] [pytest args…]
// The wheels (pytest and its dependencies, hypothesis) come from `make vendor` (pip download).
// Exit code: 0 when every test passed, 1 otherwise.
import fs from "node:fs";
import path from "node:path";
import { loadPyodide } from "pyodide";

const [repo = ".", wielen = "vendor/test-wheels", ...pytestArgs] = process.argv.slice(2);
const REPO = path.resolve(repo);
const WIELEN = path.resolve(wielen);

const wheels = fs.existsSync(WIELEN) ? fs.readdirSync(WIELEN).filter((n) => n.endsWith(".whl")) : [];
if (!wheels.some((n) => n.startsWith("pytest-"))) {
  console.error(`Geen pytest-wheel in ${WIELEN}: draai eerst 'make vendor'.`);
  process.exit(2);
}

const py = await loadPyodide({ stdout: (t) => console.log(t), stderr: (t) => console.error(t) });
const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
for (const naam of wheels) {
  // Only pure-Python wheels can run here; a platform wheel would fail at import.
  if (!/-none-any\.whl$/.test(naam)) continue;
  py.unpackArchive(new Uint8Array(fs.readFileSync(path.join(WIELEN, naam))), "wheel", { extractDir: sitePackages });
}

py.FS.mkdirTree("/repo");
py.FS.mount(py.FS.filesystems.NODEFS, { root: REPO }, "/repo");
py.globals.set("extra_args", py.toPy(pytestArgs));
const rc = py.runPython(`
import os, sys
os.chdir("/repo")
sys.path.insert(0, "/repo")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", "/tmp/.hypothesis")
args = ["-q", "-p", "no:cacheprovider", "--rootdir=/repo", "tests/unit", *extra_args]
import importlib.util
if importlib.util.find_spec("hypothesis") is None:
    # Without hypothesis the property tests cannot run here; say so instead of failing on import.
    print("hypothesis is niet te laden in Pyodide; modules die het gebruiken worden overgeslagen.")
    for naam in sorted(os.listdir("tests/unit")):
        if naam.startswith("test_") and "hypothesis" in open(f"tests/unit/{naam}", encoding="utf-8").read():
            args.append(f"--ignore=tests/unit/{naam}")
import subprocess
import pytest

def _geen_subprocess(*a, **k):
    # WebAssembly has no processes: a test of the command line is skipped here (CPython runs it).
    pytest.skip("geen subprocessen in Pyodide")

subprocess.Popen = subprocess.run = subprocess.check_output = subprocess.call = _geen_subprocess
print(f"Python {sys.version.split()[0]} ({sys.platform}), pytest {pytest.__version__}")
int(pytest.main(args))
`);
process.exit(rc === 0 ? 0 : 1);
