// Module Web Worker: loads Pyodide and the calculators once, then answers {id, naam, invoer}.
// The page never runs Python itself, so start-up cannot freeze it. Paths are written in at build time.
const SITE = new URL("../../", import.meta.url);
const PYODIDE_URL = new URL("__PYODIDE_PAD__", SITE).href;

// ---------------------------------------------------------------- how the calculators are loaded
// Two build artifacts (overrides/hooks/pyodide_bouw.py), both compiled to this Pyodide's bytecode, so
// nothing is compiled here: the standard library (Pyodide's own zip, its start-up modules as .pyc)
// and the calculators' wheel (.pyc only). Both are fetched while the runtime itself loads.
const STDLIB_URL = new URL("__STDLIB_PAD__", SITE).href;
const WIEL_URL = new URL("__WIEL_PAD__", SITE).href;

async function haalWiel() {
  const antwoord = await fetch(WIEL_URL);
  if (!antwoord.ok) throw new Error(`${WIEL_URL}: HTTP ${antwoord.status}`);
  return antwoord.arrayBuffer();
}

// Unpacked where pip would install it (the .pyc files name that place), then imported.
function laadCalculators(py, wiel) {
  const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
  py.unpackArchive(wiel, "wheel", { extractDir: sitePackages });
  return py.pyimport("calculators");
}

// Pyodide does not reject when its WebAssembly cannot be fetched or compiled (blocked by a proxy, a CSP
// without 'wasm-unsafe-eval'): Emscripten only warns and waits for ever. Turn that warning into an error.
function wasmMislukt() {
  const warn = console.warn;
  const mislukt = new Promise((_, weiger) => {
    console.warn = (...args) => {
      warn(...args);
      if (String(args[0]).includes("wasm instantiation failed")) weiger(new Error("WebAssembly kon niet laden"));
    };
  });
  mislukt.catch(() => {});
  return { mislukt, herstel: () => { console.warn = warn; } };
}

async function start() {
  const t0 = performance.now();
  const wiel = haalWiel();  // in parallel with the runtime
  wiel.catch(() => {});
  const { loadPyodide } = await import(PYODIDE_URL + "pyodide.mjs");
  const wasm = wasmMislukt();
  let py;
  try {
    py = await Promise.race([loadPyodide({ indexURL: PYODIDE_URL, stdLibURL: STDLIB_URL,
      stdout: () => {}, stderr: () => {} }), wasm.mislukt]);
  } finally {
    wasm.herstel();
  }
  const t1 = performance.now();
  const calculators = laadCalculators(py, await wiel);
  return { py, runJson: calculators.run_json, ms: { pyodide: t1 - t0, calculators: performance.now() - t1 } };
}

const klaar = start();
klaar.then(
  ({ ms }) => postMessage({ soort: "klaar", ms }),
  (fout) => postMessage({ soort: "startfout", melding: String(fout && fout.message || fout) }),
);

onmessage = async ({ data }) => {
  const { id, naam, invoer } = data;
  try {
    const { runJson } = await klaar;
    postMessage({ soort: "antwoord", id, antwoord: JSON.parse(runJson(naam, JSON.stringify(invoer))) });
  } catch (fout) {
    postMessage({ soort: "antwoord", id, startfout: String(fout && fout.message || fout) });
  }
};
