// Runs the calculators' unit tests (tests/unit) inside Pyodide under Node: the same Python (3.14,
// WebAssembly) the browser uses. Usage:
//   node tools/pytest-in-pyodide.mjs [--wiel W.whl --stdlib S.zip] [repo] [wheel-dir] [pytest args…]
// With --wiel/--stdlib the tests run against the built artifacts the site ships (bouw/
// pyodide.py): Pyodide started on the compiled standard library, the calculators imported from
// the compiled wheel in site-packages, not from the repo's sources. Without them: against the sources.
// The wheels (pytest and its dependencies, hypothesis) come from `make vendor` (pip download).
// Exit code: 0 when every test passed, 1 otherwise.
import fs from "node:fs";
import path from "node:path";
import { loadPyodide } from "pyodide";

const argv = process.argv.slice(2);
const optie = (naam) => {
  const i = argv.indexOf(naam);
  return i < 0 ? null : path.resolve(argv.splice(i, 2)[1]);
};
const WIEL = optie("--wiel");
const STDLIB = optie("--stdlib");
const [repo = ".", wielen = "vendor/test-wheels", ...pytestArgs] = argv;
const REPO = path.resolve(repo);
const WIELEN = path.resolve(wielen);

const wheels = fs.existsSync(WIELEN) ? fs.readdirSync(WIELEN).filter((n) => n.endsWith(".whl")) : [];
if (!wheels.some((n) => n.startsWith("pytest-"))) {
  console.error(`Geen pytest-wheel in ${WIELEN}: draai eerst 'make vendor'.`);
  process.exit(2);
}

const py = await loadPyodide({ stdout: (t) => console.log(t), stderr: (t) => console.error(t),
  ...(STDLIB ? { stdLibURL: STDLIB } : {}) });
const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
if (WIEL) py.unpackArchive(new Uint8Array(fs.readFileSync(WIEL)), "wheel", { extractDir: sitePackages });
for (const naam of wheels) {
  // Only pure-Python wheels can run here; a platform wheel would fail at import.
  if (!/-none-any\.whl$/.test(naam)) continue;
  py.unpackArchive(new Uint8Array(fs.readFileSync(path.join(WIELEN, naam))), "wheel", { extractDir: sitePackages });
}

py.FS.mkdirTree("/repo");
py.FS.mount(py.FS.filesystems.NODEFS, { root: REPO }, "/repo");
py.globals.set("extra_args", py.toPy(pytestArgs));
py.globals.set("uit_wiel", Boolean(WIEL));
const rc = py.runPython(`
import os, sys
os.chdir("/repo")
if uit_wiel:
    sys.path = [p for p in sys.path if p not in ("", "/repo")]  # the repo's sources must not shadow the wheel
else:
    sys.path.insert(0, "/repo")
import calculators
print(f"calculators uit {calculators.__file__}")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", "/tmp/.hypothesis")
args = ["-q", "-p", "no:cacheprovider", "--rootdir=/repo", "tests/unit", *extra_args]
import importlib.util
if importlib.util.find_spec("hypothesis") is None:
    # Without hypothesis the property tests cannot run here; say so instead of failing on import.
    print("hypothesis is niet te laden in Pyodide; modules die het gebruiken worden overgeslagen.")
    for naam in sorted(os.listdir("tests/unit")):
        if naam.startswith("test_") and "hypothesis" in open(f"tests/unit/{naam}", encoding="utf-8").read():
            args.append(f"--ignore=tests/unit/{naam}")
else:
    # Speed is not what these tests check (benchmarks do): no per-example deadline in WebAssembly,
    # where a busy CI machine makes a first call take longer than hypothesis's default 200 ms.
    from hypothesis import settings
    settings.register_profile("pyodide", deadline=None)
    settings.load_profile("pyodide")
    args += ["-W", "ignore:Module already imported:pytest.PytestAssertRewriteWarning"]  # imported just now
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
