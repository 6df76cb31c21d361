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
// calculators. "starten" once the two big runtime files have arrived (resource timing of this worker).
function meldStadia() {
  postMessage({ soort: "stadium", stadium: "laden" });
  const nodig = new Set(["pyodide.asm.wasm", "python_stdlib.zip"]);
  try {
    const waarnemer = new PerformanceObserver((lijst) => {
      for (const e of lijst.getEntries()) nodig.delete(e.name.split("?")[0].split("/").pop());
      if (!nodig.size) {
        waarnemer.disconnect();
        postMessage({ soort: "stadium", stadium: "starten" });
      }
    });
    waarnemer.observe({ type: "resource", buffered: true });
  } catch { /* no resource timing in this worker: the page just skips a stage */ }
}

async function start() {
  meldStadia();
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
