// Module Web Worker: loads Pyodide and the calculators once, then answers the page's messages
// (berichten.mjs). The page never runs Python itself, so start-up cannot freeze it. The Python side of
// every message is calculators/brug.py; no Python source lives here. Paths are written in at build time.
import { SOORT, bericht } from "./berichten.mjs";

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

// Unpacked where pip would install it (the .pyc files name that place), then its bridge imported.
function laadBrug(py, wiel) {
  const sitePackages = py.runPython("import site; site.getsitepackages()[0]");
  py.unpackArchive(wiel, "wheel", { extractDir: sitePackages });
  return py.pyimport("calculators.brug");
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

// Stages for the page's status line (motor.mjs): fetching the runtime, starting it, loading the
// calculators. "starten" once the WebAssembly runtime is downloaded and compiled: Pyodide's own
// instantiate call resolves then. (Resource timing cannot tell: its entries are only delivered once
// the worker is idle again, after Python's start-up.) Only observed, the calls themselves are unchanged.
function meldStadia() {
  postMessage(bericht.stadium("laden"));
  const wasm = globalThis.WebAssembly;
  const origineel = { instantiateStreaming: wasm.instantiateStreaming, instantiate: wasm.instantiate };
  const herstel = () => Object.assign(wasm, origineel);
  for (const [naam, functie] of Object.entries(origineel)) {
    if (typeof functie !== "function") continue;
    wasm[naam] = function (...args) {
      const uit = functie.apply(this, args);
      if (args[0] instanceof wasm.Module) return uit;  // not the runtime's first, big module
      herstel();
      Promise.resolve(uit).then(() => postMessage(bericht.stadium("starten")), () => {});
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
  postMessage(bericht.stadium("rekenhulpen"));
  const brug = laadBrug(py, await wiel);
  return { py, brug, ms: { pyodide: t1 - t0, calculators: performance.now() - t1 } };
}

const klaar = start();
klaar.then(
  ({ ms }) => postMessage(bericht.klaar(ms)),
  (fout) => postMessage(bericht.startfout(String(fout && fout.message || fout))),
);

const tekstVan = (fout) => String(fout && fout.message || fout);

onmessage = async ({ data }) => {
  if (data.soort === SOORT.BESTAND) return overzicht(data);
  if (data.soort === SOORT.DETAIL || data.soort === SOORT.WEKEN) return overzichtDeel(data);
  if (data.soort !== SOORT.VRAAG) return;
  const { id, naam, invoer, documenten, bestand } = data;
  try {
    const { brug } = await klaar;
    // {documenten: <answer>}: the letters that fit that answer (document.mjs); {bestand: {tekst, titel}}: one
    // filled letter as .docx and plain text; else a calculation.
    const uit = bestand !== undefined ? brug.bestanden_json(JSON.stringify(bestand))
      : documenten === undefined ? brug.antwoord_json(naam, JSON.stringify(invoer))
      : brug.antwoord_json(naam, JSON.stringify(invoer), JSON.stringify(documenten));
    postMessage(bericht.antwoord(id, JSON.parse(uit)));
  } catch (fout) {
    postMessage(bericht.fout(SOORT.ANTWOORD, id, tekstVan(fout)));
  }
};

// ---------------------------------------------------------------- Verzuimoverzicht (overzicht.mjs)
// A whole export: the file's bytes come in (transferred, never sent anywhere), progress goes out while
// Python reads and analyses, and the summary and table rows go back; a pupil's full answer, picture and
// letters follow when the page opens that pupil (DETAIL), the school's weeks when it asks (WEKEN). openpyxl is loaded from this site, and only when the file is an XLSX workbook.
const XLSX_MAP = new URL("py/xlsx/", SITE);
let xlsx = null;

function laadXlsx(py) {
  xlsx ??= fetch(new URL("wielen.json", XLSX_MAP))
    .then((r) => { if (!r.ok) throw new Error(`wielen.json: HTTP ${r.status}`); return r.json(); })
    .then((namen) => py.loadPackage(namen.map((n) => new URL(n, XLSX_MAP).href), { messageCallback: () => {} }));
  xlsx.catch(() => { xlsx = null; });  // a later try may succeed (back online)
  return xlsx;
}

// Each file is read in pieces of STUK bytes into calculators/overzicht/lezing.py, which decodes as they come:
// no copy of a whole file is held, here or in Python, and the page shows progress per piece.
const STUK = 8 * 1024 * 1024;

// {fouten} as the summary of an overview, so the page shows it at the file field like any input error.
const alsFout = (melding) => JSON.stringify({ fouten: [{ veld: "bestand", melding }] });

// The files' lezingen, or a Dutch message when one passes the browser's limit while read (a file that grew).
async function leesInStukken(brug, bestanden, lezingen, melding) {
  const totaal = bestanden.reduce((som, b) => som + b.size, 0);
  let gelezen = 0;
  for (const bestand of bestanden) {
    const lezing = brug.overzicht_lezing(bestand.name);
    lezingen.push(lezing);
    for (let van = 0; van < bestand.size; van += STUK) {
      const stuk = new Uint8Array(await bestand.slice(van, van + STUK).arrayBuffer());
      const teGroot = lezing.voeg_toe(stuk);
      if (teGroot) return teGroot;
      gelezen += stuk.length;
      melding(gelezen, totaal);
    }
  }
  return null;
}

async function overzicht({ id, bestanden, invoer }) {
  const voortgang = (fase, gedaan, totaal) => postMessage(bericht.voortgang(id, fase, gedaan, totaal));
  let lezingen = [];
  try {
    const { py, brug } = await klaar;
    // Too large for this tab: said before anything is read, with the limit and the command line.
    const teGroot = bestanden.map((b) => brug.overzicht_te_groot(b.size, b.name)).filter(Boolean);
    if (teGroot.length) {
      postMessage(bericht.overzicht(id, { kop: alsFout(teGroot.join(" ")), tabel: "[]", csvNamen: "", csvZonder: "" }));
      return;
    }
    voortgang("inlezen", 0, 1);
    const teGrootBijLezen = await leesInStukken(brug, bestanden, lezingen, (gedaan, totaal) => voortgang("inlezen", gedaan, totaal));
    if (teGrootBijLezen) {
      postMessage(bericht.overzicht(id, { kop: alsFout(teGrootBijLezen), tabel: "[]", csvNamen: "", csvZonder: "" }));
      return;
    }
    if (lezingen.some((l) => l.is_xlsx())) {
      voortgang("xlsx", 0, 1);
      await laadXlsx(py);
    }
    const uit = brug.overzicht_voor_pagina(JSON.stringify(invoer), lezingen, voortgang);
    // Only the summary, the table rows and the CSV cross to the page; each pupil's full answer stays here
    // (calculators/overzicht_pagina.py keeps the last overview) until that pupil is opened (DETAIL).
    const [kop, tabel, csvNamen, csvZonder] = uit.toJs();
    uit.destroy();
    postMessage(bericht.overzicht(id, { kop, tabel, csvNamen, csvZonder }));
  } catch (fout) {
    postMessage(bericht.fout(SOORT.OVERZICHT, id, tekstVan(fout)));
  } finally {
    for (const l of lezingen) l.destroy();
  }
}

// One pupil of the last overview (its answer, picture, patterns and filled letters), or the school's weeks.
async function overzichtDeel({ soort, id, leerling }) {
  try {
    const { brug } = await klaar;
    const uit = soort === SOORT.DETAIL ? brug.overzicht_detail(String(leerling)) : brug.overzicht_weken();
    postMessage(bericht.antwoord(id, JSON.parse(uit)));
  } catch (fout) {
    postMessage(bericht.fout(SOORT.ANTWOORD, id, tekstVan(fout)));
  }
}
