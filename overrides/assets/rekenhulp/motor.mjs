// The Python worker, once per visit: its start (with one automatic retry and a button after that), its
// messages (berichten.mjs), and ending a calculation: by the user ("Stoppen") or by a time limit. Ending
// one terminates the worker and starts a fresh one, so the page recovers without a reload.
import { BOUW, el } from "./gemeen.mjs";
import { SOORT, STADIA, bericht, foutVan } from "./berichten.mjs";

const SITE = new URL("../../", import.meta.url);
const START_TIMEOUT_MS = 60000;
const RUNTIME = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json"]
  .map((n) => new URL(`__PYODIDE_PAD__${n}`, SITE).href)
  .concat(["__STDLIB_PAD__", "__WIEL_PAD__"].map((p) => new URL(p, SITE).href))
  .concat(["werker.mjs", "berichten.mjs"].map((n) => new URL(`${n}?v=${BOUW}`, import.meta.url).href));

// For tests and the benchmark: how often a worker started, when it was ready, what was ended and why.
// `limieten` (ms): a calculation or a document; an overview without a sign of progress; an overview in all.
export const stand = (window.vwRekenhulp = {
  bouw: BOUW, starts: 0, herkansingen: 0, klaarMs: null, offline: false, afgebroken: [],
  limieten: { vraag: 60000, stil: 90000, overzicht: 600000 },
});

let motor = null;
let volgnummer = 0;
const volgers = new Set();  // called with every new motor (a restart after a failure or a stop)
const stadiumVolgers = new Set();

// Called now with the current motor (if any) and again with every new one; returns a function to stop.
export function volgMotor(functie) {
  volgers.add(functie);
  if (motor) functie(motor);
  return () => volgers.delete(functie);
}

export function volgStadium(functie) {
  stadiumVolgers.add(functie);
  return () => stadiumVolgers.delete(functie);
}

// Whether `m` is still this visit's motor (a stopped or replaced one may still settle later: ignore it).
export const isHuidig = (m) => m === motor;

// The motor of this visit, started if there is none or its start failed (a new try).
export function startMotor() {
  if (motor && !motor.mislukt) return motor;
  motor = maakMotor();
  for (const f of [...volgers]) f(motor);
  return motor;
}

function maakMotor() {
  const m = { gereed: false, mislukt: null, worker: null, wachtend: new Map() };
  m.gestopt = new Promise((stop) => { m.stop = stop; });  // resolved when stopped before it was ready
  stand.stadium = null;
  m.klaar = (async () => {
    try {
      await poging(m);
    } catch (eerste) {
      // One failed download (seen on a local server too) must not break the visit: try once more by itself.
      if (motor !== m) throw eerste;
      m.worker?.terminate();
      stand.herkansingen += 1;
      stand.stadium = null;
      await poging(m);
    }
    m.gereed = true;
    stand.klaarMs = performance.now();
  })();
  m.klaar.then(bewaarVoorOffline, (fout) => {
    m.mislukt = fout;
    m.worker?.terminate();
  });
  return m;
}

// One worker and its start: resolves when Python and the calculators are loaded.
function poging(m) {
  stand.starts += 1;
  stand.werkerMs = performance.now();
  return new Promise((gereed, mislukt) => {
    const klok = setTimeout(() => mislukt(new Error("time-out")), START_TIMEOUT_MS);
    let worker;
    try {
      worker = new Worker(new URL(`werker.mjs?v=${BOUW}`, import.meta.url), { type: "module", name: "rekenhulp" });
    } catch (fout) {
      clearTimeout(klok);
      mislukt(fout);
      return;
    }
    m.worker = worker;
    worker.onerror = (e) => { clearTimeout(klok); mislukt(new Error(e.message || "worker")); };
    worker.onmessage = ({ data }) => {
      if (data.soort === SOORT.KLAAR) {
        clearTimeout(klok);
        stand.startMs = data.ms;  // {pyodide, calculators}: time spent in the worker
        gereed();
      } else if (data.soort === SOORT.STADIUM) {
        meldStadium(data.stadium);
      } else if (data.soort === SOORT.STARTFOUT) {
        clearTimeout(klok);
        mislukt(new Error(data.melding));
      } else {
        ontvang(m, data);
      }
    };
  });
}

function ontvang(m, data) {
  const taak = m.wachtend.get(data.id);
  if (!taak) return;
  if (data.soort === SOORT.VOORTGANG) {
    zetStilKlok(m, data.id, taak);
    if (taak.opVoortgang) taak.opVoortgang(data);
    return;
  }
  klaarMet(m, data.id);
  taak.gereed(data);
}

function klaarMet(m, id) {
  const taak = m.wachtend.get(id);
  if (!taak) return;
  clearTimeout(taak.klok);
  clearTimeout(taak.stilKlok);
  m.wachtend.delete(id);
}

// An overview that shows no progress for a while has hung (a hostile XLSX file): end it.
function zetStilKlok(m, id, taak) {
  if (taak.bericht.soort !== SOORT.BESTAND) return;
  clearTimeout(taak.stilKlok);
  taak.stilKlok = setTimeout(() => beeindig(m, "tijdslimiet", (i) => i === id), stand.limieten.stil);
}

async function stuur(m, maak, { opVoortgang, transfer = [] } = {}) {
  try {
    await Promise.race([m.klaar, m.gestopt]);
  } catch (fout) {
    throw Object.assign(fout instanceof Error ? fout : new Error(String(fout)), { start: true });
  }
  if (motor !== m) {
    // This worker was ended while the question waited for its start: a calculation goes to the new one.
    const b = maak(0);
    if (b.soort === SOORT.BESTAND) return { afgebroken: "gestopt" };
    return stuur(startMotor(), maak, { opVoortgang, transfer });
  }
  const id = ++volgnummer;
  const b = maak(id);
  return new Promise((gereed) => {
    const taak = { gereed, opVoortgang, bericht: b, maak };
    const limiet = b.soort === SOORT.BESTAND ? stand.limieten.overzicht : stand.limieten.vraag;
    const klok = () => {
      // A calculation waiting behind a running overview has not started yet: give it its time once that is done.
      if (b.soort !== SOORT.BESTAND && [...m.wachtend.values()].some((t) => t.bericht.soort === SOORT.BESTAND)) {
        taak.klok = setTimeout(klok, limiet);
      } else beeindig(m, "tijdslimiet", (i) => i === id);
    };
    taak.klok = setTimeout(klok, limiet);
    m.wachtend.set(id, taak);
    zetStilKlok(m, id, taak);
    m.worker.postMessage(b, transfer);
  });
}

// End the worker: the questions `getroffen` selects get {afgebroken: reden}; the others (another
// calculator's question that waited behind it) are asked again of the fresh worker.
function beeindig(m, reden, getroffen) {
  if (motor !== m) return;
  m.worker.terminate();
  stand.afgebroken.push(reden);
  const taken = [...m.wachtend.entries()];
  for (const [id] of taken) klaarMet(m, id);
  motor = null;
  const nieuw = startMotor();
  for (const [id, taak] of taken) {
    if (getroffen(id, taak)) taak.gereed({ afgebroken: reden });
    else stuur(nieuw, taak.maak, { opVoortgang: taak.opVoortgang }).then(taak.gereed);
  }
}

// The user's "Stoppen": ends every running overview (a calculation is asked again of the fresh worker).
export function stopRekenen() {
  if (!motor) return false;
  if (!motor.gereed) {
    // Still starting: nothing runs yet; the overview's question is dropped when the start is done.
    const m = motor;
    motor = null;
    m.worker?.terminate();
    m.stop();
    stand.afgebroken.push("gestopt");
    startMotor();
    return true;
  }
  const overzicht = (_, taak) => taak.bericht.soort === SOORT.BESTAND;
  if (![...motor.wachtend.entries()].some(([id, taak]) => overzicht(id, taak))) return false;  // nothing to stop
  beeindig(motor, "gestopt", overzicht);
  return true;
}

// A calculation, or (extra = {documenten: answer}) the documents that fit an answer:
// {antwoord} | {startfout} | {afgebroken}.
export async function vraag(naam, invoer, extra = {}) {
  const uit = await stuur(startMotor(), (id) => bericht.vraag(id, naam, invoer, extra));
  return foutVan(uit) ? { startfout: foutVan(uit) } : uit;
}

// Whole exports (overzicht.mjs): the chosen files go to the worker, which reads them; progress comes back.
export async function overzicht(bestanden, invoer, opVoortgang) {
  const uit = await stuur(startMotor(), (id) => bericht.bestand(id, [...bestanden], invoer), { opVoortgang });
  return foutVan(uit) ? { startfout: foutVan(uit) } : uit;
}

// One pupil of the last overview ({antwoord: {leerling, beeld, documenten}}), or the school's weeks
// ({antwoord: {svg, weken}}); {antwoord: {fouten}} when the worker has no overview (a fresh one after a stop).
export async function overzichtDetail(leerling) {
  const uit = await stuur(startMotor(), (id) => bericht.detail(id, leerling));
  return foutVan(uit) ? { startfout: foutVan(uit) } : uit;
}

export async function overzichtWeken() {
  const uit = await stuur(startMotor(), (id) => bericht.weken(id));
  return foutVan(uit) ? { startfout: foutVan(uit) } : uit;
}

// ---------------------------------------------------------------- offline
// The worker of this first visit started before the service worker took over, so its files are not
// cached yet: put them in the service worker's cache now (mostly from the HTTP cache, no new download).
async function bewaarVoorOffline() {
  if (!window.isSecureContext || !("caches" in window) || !navigator.serviceWorker) return;
  try {
    await navigator.serviceWorker.ready;  // its cache (same name) exists once it is active
    const cache = await caches.open(`verzuimwijzer-${BOUW}`);
    for (const url of RUNTIME) if (!(await cache.match(url))) await cache.add(url);
    stand.offline = true;
  } catch { /* offline use is a bonus; the calculator works without it */ }
}

// ---------------------------------------------------------------- the start, in words (issue 12, 21)
const STADIUM_TEKST = {
  laden: "het rekenprogramma (Python) wordt opgehaald",
  starten: "Python wordt gestart",
  rekenhulpen: "de rekenhulpen worden geladen",
};

function meldStadium(stadium) {
  // Stages only move forward: a late message cannot set the status line back.
  const nummer = STADIA.indexOf(stadium);
  if (nummer < 0 || nummer <= STADIA.indexOf(stand.stadium)) return;
  stand.stadium = stadium;
  (stand.stadia ||= []).push(stadium);
  (stand.stadiaMs ||= {})[stadium] = Math.round(performance.now());  // for the benchmark
  for (const f of [...stadiumVolgers]) f(stadium);
}

// `wacht`: 'Bereken' was pressed, so the answer will follow by itself.
export function wachtTekst(wacht = false) {
  const stadium = stand.stadium || STADIA[0];
  const stap = `Rekenhulp starten, stap ${STADIA.indexOf(stadium) + 1} van ${STADIA.length}: ${STADIUM_TEKST[stadium]}…`;
  return wacht
    ? `${stap} Uw vraag is ontvangen: het antwoord verschijnt hier vanzelf zodra de rekenhulp klaar is.`
    : `${stap} U kunt het formulier al invullen; de eerste keer per bezoek duurt dit enkele seconden.`;
}

// Why the start failed, in words for school staff: a failed download is not the browser's fault.
export function startfoutTekst(fout) {
  const reden = String(fout && fout.message || fout);
  let oorzaak;
  if (reden === "time-out") oorzaak = "Het starten duurde te lang, ook bij een tweede poging.";
  else if (/WebAssembly/i.test(reden)) {
    oorzaak = "Het rekenprogramma (Python) kon niet worden opgehaald of gestart, ook niet bij een tweede poging: " +
      "de verbinding viel weg, of een beveiligingsinstelling blokkeert WebAssembly.";
  } else oorzaak = "Het rekenprogramma (Python) kon niet worden opgehaald, ook niet bij een tweede poging. " +
    "Controleer de internetverbinding.";
  return `De rekenhulp kon niet starten. ${oorzaak} Kies ‘Opnieuw proberen’, of laad de pagina opnieuw. ` +
    `De uitleg op deze pagina blijft gewoon bruikbaar.`;
}

const techniek = (fout) => `(Technisch: ${String(fout && fout.message || fout)})`;

// For an error summary: the words and the technical detail in one text.
export const startfoutMelding = (fout) => `${startfoutTekst(fout)} ${techniek(fout)}`;

// For a status line: the words, the button that starts again (no dead end), then the technical detail.
export function startfoutInhoud(fout) {
  return [startfoutTekst(fout),
    el("button", { type: "button", class: "vw-knop vw-opnieuw", "data-actie": "opnieuw-starten", tekst: "Opnieuw proberen" }),
    el("span", { class: "vw-techniek", tekst: techniek(fout) })];
}

// One listener for every "Opnieuw proberen" on the page (the calculators' and the overview's).
document.addEventListener("click", (e) => {
  const knop = e.target instanceof Element && e.target.closest("button[data-actie=opnieuw-starten]");
  if (!knop) return;
  const blok = knop.closest(".vw-rekenhulp, .vw-overzicht");
  startMotor();  // a failed motor is replaced; the status lines follow it (volgMotor)
  // The button is gone with the message; keep the keyboard in the same place.
  const doel = blok && blok.querySelector(".vw-status");
  if (doel) { doel.setAttribute("tabindex", "-1"); doel.focus(); }
});
