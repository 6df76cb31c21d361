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
  stopStadia();
  postMessage({ soort: "stadium", stadium: "rekenhulpen" });
  const calculators = laadCalculators(py, await wiel);
  return { py, runJson: calculators.run_json, documentenJson: calculators.documenten_json,
    bestandenJson: calculators.documentbestanden_json,
    ms: { pyodide: t1 - t0, calculators: performance.now() - t1 } };
}

const klaar = start();
klaar.then(
  ({ ms }) => postMessage({ soort: "klaar", ms }),
  (fout) => postMessage({ soort: "startfout", melding: String(fout && fout.message || fout) }),
);

onmessage = async ({ data }) => {
  if (data.soort === "overzicht") return overzicht(data);
  const { id, naam, invoer, documenten, bestand } = data;
  try {
    const { runJson, documentenJson, bestandenJson } = await klaar;
    // {documenten: <answer>}: the letters that fit that answer (document.mjs); {bestand: {tekst, titel}}: one
    // filled letter as .docx and plain text; else a calculation.
    const uit = bestand ? bestandenJson(JSON.stringify(bestand))
      : documenten ? documentenJson(naam, JSON.stringify(invoer), JSON.stringify(documenten))
      : runJson(naam, JSON.stringify(invoer));
    postMessage({ soort: "antwoord", id, antwoord: JSON.parse(uit) });
  } catch (fout) {
    postMessage({ soort: "antwoord", id, startfout: String(fout && fout.message || fout) });
  }
};

// ---------------------------------------------------------------- Verzuimoverzicht (overzicht.mjs)
// A whole export: the file's bytes come in (transferred, never sent anywhere), progress goes out while
// Python reads and analyses, and the answer comes back as one JSON text per pupil, so the page parses
// only what it shows. openpyxl is loaded from this site, and only when the file is an XLSX workbook.
const XLSX_MAP = new URL("py/xlsx/", SITE);
let xlsx = null;

function laadXlsx(py) {
  xlsx ??= fetch(new URL("wielen.json", XLSX_MAP))
    .then((r) => { if (!r.ok) throw new Error(`wielen.json: HTTP ${r.status}`); return r.json(); })
    .then((namen) => py.loadPackage(namen.map((n) => new URL(n, XLSX_MAP).href), { messageCallback: () => {} }));
  xlsx.catch(() => { xlsx = null; });  // a later try may succeed (back online)
  return xlsx;
}

const OVERZICHT_PY = `
def _vw_overzicht(data, invoer_json, voortgang):
    import json
    from calculators.overzicht_pagina import voor_pagina
    return voor_pagina(json.loads(invoer_json), data.to_bytes(), voortgang)
_vw_overzicht
`;

async function overzicht({ id, bestand, invoer }) {
  try {
    const { py } = await klaar;
    const bytes = new Uint8Array(bestand);
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) {  // "PK": a zip, so an XLSX workbook
      postMessage({ soort: "voortgang", id, fase: "xlsx", gedaan: 0, totaal: 1 });
      await laadXlsx(py);
    }
    const functie = py.runPython(OVERZICHT_PY);
    const voortgang = (fase, gedaan, totaal) => postMessage({ soort: "voortgang", id, fase, gedaan, totaal });
    const uit = functie(bytes, JSON.stringify(invoer), voortgang);
    const [kop, tabel, leerlingen, csvNamen, csvZonder] = uit.toJs();
    uit.destroy();
    functie.destroy();
    // The pupils' texts as one UTF-8 buffer with their bounds, transferred: copying megabytes of strings
    // into the page would be done on its main thread.
    const encoder = new TextEncoder();
    const delen = leerlingen.map((t) => encoder.encode(t));
    const grenzen = new Uint32Array(delen.length + 1);
    delen.forEach((d, i) => { grenzen[i + 1] = grenzen[i] + d.length; });
    const alles = new Uint8Array(grenzen[delen.length]);
    delen.forEach((d, i) => alles.set(d, grenzen[i]));
    postMessage({ soort: "overzicht", id, kop, tabel, leerlingen: alles.buffer, grenzen: grenzen.buffer, csvNamen, csvZonder },
      [alles.buffer, grenzen.buffer]);
  } catch (fout) {
    postMessage({ soort: "overzicht", id, startfout: String(fout && fout.message || fout) });
  }
}
