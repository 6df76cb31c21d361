// Module Web Worker: loads Pyodide and the calculators once, then answers {id, naam, invoer}.
// The page never runs Python itself, so start-up cannot freeze it. Paths are written in at build time.
const SITE = new URL("../../", import.meta.url);
const PYODIDE_URL = new URL("__PYODIDE_PAD__", SITE).href;
const ZIP_URL = new URL("__ZIP_PAD__", SITE).href;

async function haalZip() {
  const antwoord = await fetch(ZIP_URL);
  if (!antwoord.ok) throw new Error(`${ZIP_URL}: HTTP ${antwoord.status}`);
  return antwoord.arrayBuffer();
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

// Stages for the page's status line (rekenhulp.mjs): fetching the runtime, starting it, loading the
// calculators. "starten" once the WebAssembly runtime is downloaded and compiled: Pyodide's own
// instantiate call resolves then. (Resource timing cannot tell: its entries are only delivered once
// the worker is idle again, after Python's start-up.) Only observed, the calls themselves are unchanged.
function meldStadia() {
  postMessage({ soort: "stadium", stadium: "laden" });
  const wasm = globalThis.WebAssembly;
  const origineel = { instantiateStreaming: wasm.instantiateStreaming, instantiate: wasm.instantiate };
  const herstel = () => Object.assign(wasm, origineel);
  for (const [naam, functie] of Object.entries(origineel)) {
    if (typeof functie !== "function") continue;
    wasm[naam] = function (...args) {
      const uit = functie.apply(this, args);
      if (args[0] instanceof wasm.Module) return uit;  // not the runtime's first, big module
      herstel();
      Promise.resolve(uit).then(() => postMessage({ soort: "stadium", stadium: "starten" }), () => {});
      return uit;
    };
  }
  return herstel;
}

async function start() {
  const stopStadia = meldStadia();
  const t0 = performance.now();
  const zip = haalZip();  // in parallel with the runtime
  zip.catch(() => {});
  const { loadPyodide } = await import(PYODIDE_URL + "pyodide.mjs");
  const wasm = wasmMislukt();
  let py;
  try {
    py = await Promise.race([loadPyodide({ indexURL: PYODIDE_URL, stdout: () => {}, stderr: () => {} }),
      wasm.mislukt]);
  } finally {
    wasm.herstel();
  }
  const t1 = performance.now();
  stopStadia();
  postMessage({ soort: "stadium", stadium: "rekenhulpen" });
  py.unpackArchive(await zip, "zip", { extractDir: "/home/pyodide/verzuimwijzer" });
  py.runPython("import sys; sys.path.insert(0, '/home/pyodide/verzuimwijzer'); import calculators");
  const calculators = py.pyimport("calculators");
  return { runJson: calculators.run_json, ms: { pyodide: t1 - t0, calculators: performance.now() - t1 } };
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
