// Verzuimwijzer: binds the server-rendered calculator forms to one Pyodide Web Worker.
// Loaded on every page (extra_javascript, type=module) and kept alive by navigation.instant, so Python
// starts at most once per visit, and only on a page that shows a calculator.
const SITE = new URL("../../", import.meta.url);
const BOUW = "__BOUW__";
const START_TIMEOUT_MS = 60000;
const RUNTIME = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json"]
  .map((n) => new URL(`__PYODIDE_PAD__${n}`, SITE).href)
  .concat(["__STDLIB_PAD__", "__WIEL_PAD__"].map((p) => new URL(p, SITE).href))
  .concat([new URL(`werker.mjs?v=${BOUW}`, import.meta.url).href]);

// For tests and the benchmark: how often the worker started, and when it was ready.
const stand = (window.vwRekenhulp = { bouw: BOUW, starts: 0, klaarMs: null, offline: false });

// ---------------------------------------------------------------- the worker (once per visit)
let motor = null;

function startMotor() {
  if (motor) return motor;
  stand.starts += 1;
  stand.werkerMs = performance.now();
  const wachtend = new Map();
  const voortgang = new Map();  // id -> callback, for the Verzuimoverzicht's long runs
  let volgnummer = 0;
  let worker;
  const klaar = new Promise((gereed, mislukt) => {
    const klok = setTimeout(() => mislukt(new Error("time-out")), START_TIMEOUT_MS);
    try {
      worker = new Worker(new URL(`werker.mjs?v=${BOUW}`, import.meta.url), { type: "module", name: "rekenhulp" });
    } catch (fout) {
      clearTimeout(klok);
      mislukt(fout);
      return;
    }
    worker.onerror = (e) => { clearTimeout(klok); mislukt(new Error(e.message || "worker")); };
    worker.onmessage = ({ data }) => {
      if (data.soort === "klaar") {
        clearTimeout(klok);
        stand.klaarMs = performance.now();
        stand.startMs = data.ms;  // {pyodide, calculators}: time spent in the worker
        motor.gereed = true;
        gereed();
      } else if (data.soort === "stadium") {
        toonStadium(data.stadium);
      } else if (data.soort === "startfout") {
        clearTimeout(klok);
        mislukt(new Error(data.melding));
      } else if ((data.soort === "antwoord" || data.soort === "overzicht") && wachtend.has(data.id)) {
        wachtend.get(data.id)(data);
        wachtend.delete(data.id);
        voortgang.delete(data.id);
      } else if (data.soort === "voortgang" && voortgang.has(data.id)) {
        voortgang.get(data.id)(data);
      }
    };
  });
  klaar.then(bewaarVoorOffline, () => {});
  motor = {
    klaar,
    gereed: false,
    async vraag(naam, invoer, extra = {}) {
      await klaar;
      const id = ++volgnummer;
      return new Promise((gereed) => {
        wachtend.set(id, gereed);
        worker.postMessage({ id, naam, invoer, ...extra });
      });
    },
    // A whole export (overzicht.mjs): its bytes are transferred to the worker, progress comes back.
    async overzicht(bestand, invoer, opVoortgang) {
      await klaar;
      const id = ++volgnummer;
      return new Promise((gereed) => {
        wachtend.set(id, gereed);
        voortgang.set(id, opVoortgang);
        worker.postMessage({ soort: "overzicht", id, bestand, invoer }, [bestand]);
      });
    },
  };
  return motor;
}

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

// ---------------------------------------------------------------- waiting for the start (issue 12)
// The worker reports its stages (werker.mjs); every form on the page says which one it is at, that it
// can be filled in meanwhile, and, once 'Bereken' was pressed, that the answer will follow by itself.
const STADIA = {
  laden: "het rekenprogramma (Python) wordt opgehaald",
  starten: "Python wordt gestart",
  rekenhulpen: "de rekenhulpen worden geladen",
};
const STADIUM_NUMMER = { laden: 1, starten: 2, rekenhulpen: 3 };

function wachtTekst(blok) {
  const stadium = stand.stadium || "laden";
  const stap = `Rekenhulp starten, stap ${STADIUM_NUMMER[stadium]} van 3: ${STADIA[stadium]}…`;
  return blok.dataset.wacht === "ja"
    ? `${stap} Uw vraag is ontvangen: het antwoord verschijnt hier vanzelf zodra de rekenhulp klaar is.`
    : `${stap} U kunt het formulier al invullen; de eerste keer per bezoek duurt dit enkele seconden.`;
}

function toonStadium(stadium) {
  // Stages only move forward: a late message cannot set the status line back.
  if (!Object.hasOwn(STADIA, stadium) || STADIUM_NUMMER[stadium] <= (STADIUM_NUMMER[stand.stadium] || 0)) return;
  stand.stadium = stadium;
  (stand.stadia ||= []).push(stadium);
  (stand.stadiaMs ||= {})[stadium] = Math.round(performance.now());  // for the benchmark
  for (const blok of document.querySelectorAll(".vw-rekenhulp[data-gekoppeld]")) {
    const status = blok.querySelector(".vw-status");
    if (motor && !motor.gereed && !status.classList.contains("vw-status--fout")) status.textContent = wachtTekst(blok);
  }
}

function startfoutTekst(fout) {
  const reden = String(fout && fout.message || fout);
  const oorzaak = reden === "time-out"
    ? "Het starten duurde te lang."
    : "Uw browser, een beveiligingsinstelling of het netwerk blokkeert het rekenprogramma (WebAssembly).";
  return `De rekenhulp kan in deze browser niet starten. ${oorzaak} De uitleg op deze pagina blijft gewoon ` +
    `bruikbaar; probeer het later opnieuw of in een andere browser. (Technisch: ${reden})`;
}

// ---------------------------------------------------------------- small DOM helpers
function el(tag, attrs = {}, ...kinderen) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "tekst") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const kind of kinderen.flat()) if (kind !== null && kind !== undefined && kind !== false) node.append(kind);
  return node;
}

// ---------------------------------------------------------------- Dutch formatting
const DAGEN = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
  "oktober", "november", "december"];
const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function datumNl(iso) {
  const m = ISO_DATUM.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return `${DAGEN[d.getUTCDay()]} ${d.getUTCDate()} ${MAANDEN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

// `tekst` = {labels, leeg, tonen, vouwen, codes} from the calculator's schema (macros/rekenhulp.py puts it
// on the block).
const GEEN_TEKST = { labels: {}, leeg: {}, tonen: {}, vouwen: {}, codes: {} };

// Whether a field is shown: internal ids never, a yes/no flag whose "nee" says nothing only when "ja".
function getoond(sleutel, w, tekst) {
  const tonen = tekst.tonen[sleutel];
  return tonen !== "nooit" && !(tonen === "als_ja" && w !== true);
}

function label(sleutel, tekst) {
  if (tekst.labels[sleutel]) return tekst.labels[sleutel];
  const woorden = sleutel.replace(/_/g, " ");
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

function waardeTekst(w, tekst, sleutel) {
  if (w === null || w === undefined || w === "") return (sleutel && tekst.leeg[sleutel]) || "—";
  if (typeof w === "boolean") return w ? "ja" : "nee";
  if (typeof w === "number") return w.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
  if (typeof w === "string") {
    if (Object.hasOwn(tekst.codes, w)) return tekst.codes[w];
    if (ISO_DATUM.test(w)) return datumNl(w);
    if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(w)) return w.replace(/_/g, " ");  // a code without a text
    return w;
  }
  return JSON.stringify(w);
}

function waardeNode(w, tekst, sleutel) {
  if (Array.isArray(w)) {
    if (!w.length) return document.createTextNode("geen");
    const vouw = sleutel && tekst.vouwen[sleutel];
    if (vouw && w.length > vouw.na) {
      // The current step stays in view; the rest folds away (issue: a 2,400 px answer).
      const rest = w.slice(vouw.na);
      return el("div", {}, vouw.na ? waardeNode(w.slice(0, vouw.na), tekst) : null,
        el("details", { class: "vw-vouw" }, el("summary", { tekst: `${vouw.samenvatting} (${rest.length})` }),
          waardeNode(rest, tekst)));
    }
    if (w.every((x) => x && typeof x === "object" && !Array.isArray(x))) {
      // Short flat rows read best as a table; rows with lists or many fields (a step and its actions) as cards.
      const breed = w.some((r) => Object.values(r).some(Array.isArray)) || kolommenVan(w).length > 6;
      return breed ? kaarten(w, tekst) : tabel(w, tekst);
    }
    return el("ul", {}, w.map((x) => el("li", {}, waardeNode(x, tekst))));
  }
  if (w && typeof w === "object" && typeof w.url === "string" && (w.artikel || w.titel)) {
    // A source; without a URL it is plain text, not a link to nowhere.
    const naam = w.artikel || w.titel;
    return w.url ? el("a", { href: w.url, title: w.titel || null, tekst: naam }) : document.createTextNode(naam);
  }
  if (w && typeof w === "object") return lijstVan(Object.entries(w), tekst);
  return document.createTextNode(waardeTekst(w, tekst, sleutel));
}

const isLeeg = (w) => w === null || w === undefined || w === "";

// Columns empty in every row (e.g. dates when no start date was given) say nothing: leave them out, and so
// are internal ids. (`tekst` is optional here: without it, only emptiness counts.)
const kolommenVan = (rijen, tekst = GEEN_TEKST) =>
  [...new Set(rijen.flatMap((r) => Object.keys(r)))]
    .filter((k) => rijen.some((r) => !isLeeg(r[k]) && getoond(k, r[k], tekst)));

function kaarten(rijen, tekst) {
  const kolommen = kolommenVan(rijen, tekst);
  return el("ol", { class: "vw-kaarten" }, rijen.map((r) => el("li", {},
    r.titel ? el("p", { class: "vw-kaart-titel" }, el("strong", { tekst: r.titel })) : null,
    lijstVan(kolommen.filter((k) => k !== "titel" && !isLeeg(r[k]) && getoond(k, r[k], tekst)).map((k) => [k, r[k]]),
      tekst))));
}

function tabel(rijen, tekst) {
  const kolommen = kolommenVan(rijen, tekst);
  // Scrolls inside its own box on a narrow screen (reflow), so it must be reachable by keyboard.
  const kader = { class: "vw-tabel", tabindex: "0", role: "region", "aria-label": "Tabel (horizontaal scrollbaar)" };
  return el("div", kader, el("table", {},
    el("thead", {}, el("tr", {}, kolommen.map((k) => el("th", { scope: "col", tekst: label(k, tekst) })))),
    el("tbody", {}, rijen.map((r) => el("tr", {}, kolommen.map((k) => el("td", {}, waardeNode(r[k], tekst, k))))))));
}

function lijstVan(paren, tekst) {
  // A list of rows (a table or cards) gets the full width, under its name.
  const breed = (w) => Array.isArray(w) && w.length > 0 && w.every((x) => x && typeof x === "object");
  return el("dl", { class: "vw-uitkomsten" }, paren.flatMap(([k, w]) => [
    el("dt", { class: breed(w) ? "vw-breed" : null, tekst: label(k, tekst) }),
    el("dd", { class: breed(w) ? "vw-breed" : null }, waardeNode(w, tekst, k))]));
}

// Fields of every answer that are not a result of this calculator, and the verdict fields shown first.
const KADER = new Set(["rekenhulp", "regio", "regio_naam", "uitleg", "keuzes", "waarschuwingen", "fouten",
  "interne_fout", "kern", "wat_nu", "stand_op"]);

function toonAntwoord(blok, antwoord, invoer) {
  const tekst = { ...GEEN_TEKST, ...JSON.parse(blok.dataset.labels || "{}") };
  const vak = blok.querySelector(".vw-antwoord");
  const inhoud = vak.querySelector(".vw-antwoord-inhoud");
  const kop = (t) => el("h4", { tekst: t });
  const resultaten = Object.entries(antwoord).filter(([k, w]) => !KADER.has(k) && getoond(k, w, tekst));
  // Result first: the verdict is the heading (it gets the focus, so a screen reader reads it), then what to
  // do now, then for which region and date; the details after that.
  vak.querySelector("h3").textContent = antwoord.kern || "Uitkomst";
  const watNu = antwoord.wat_nu || [];
  const delen = [
    watNu.length ? el("div", { class: "vw-wat-nu" }, kop("Wat nu?"), el("ul", {}, watNu.map((t) => el("li", { tekst: t }))))
      : null,
    el("p", { class: "vw-regio" },
      antwoord.regio_naam ? ["Regio: ", el("strong", { tekst: antwoord.regio_naam })] : null,
      antwoord.stand_op ? [antwoord.regio_naam ? " · " : "", "Stand op ", el("strong", { tekst: datumNl(antwoord.stand_op) })]
        : null),
    resultaten.length ? el("div", { class: "vw-details" }, kop("Details"), lijstVan(resultaten, tekst)) : null,
  ];
  if (antwoord.waarschuwingen && antwoord.waarschuwingen.length) {
    delen.push(el("div", { class: "vw-waarschuwingen" }, kop("Let op"),
      el("ul", {}, antwoord.waarschuwingen.map((w) => el("li", { tekst: w })))));
  }
  if (antwoord.uitleg && antwoord.uitleg.length) {
    delen.push(el("details", { class: "vw-uitleg-vak" },
      el("summary", { tekst: `Hoe is dit berekend? (${antwoord.uitleg.length} ${antwoord.uitleg.length === 1 ? "stap" : "stappen"}, met bronnen)` }),
      el("ol", { class: "vw-uitleg" }, antwoord.uitleg.map((stap) => {
      const bron = stap.bron;
      const link = bron && (bron.url
        ? el("a", { href: bron.url, title: bron.titel || null, tekst: bron.artikel || bron.titel })
        : el("span", { tekst: bron.artikel || bron.titel }));
      return el("li", {}, stap.tekst, link ? el("span", { class: "vw-bron" }, " Bron: ", link, ".") : null);
    }))));
  }
  if (antwoord.keuzes && antwoord.keuzes.length) {
    delen.push(el("details", { class: "vw-keuzes" },
      el("summary", { tekst: `Keuzes die de rekenhulp maakt (${antwoord.keuzes.length})` }),
      el("dl", {}, antwoord.keuzes.flatMap((k) => [el("dt", { tekst: k.titel }), el("dd", { tekst: k.tekst })]))));
  }
  // What was entered, for the printout (hidden on screen: the form is right above).
  delen.push(el("div", { class: "vw-afdruk-invoer" }, kop("Uw invoer"),
    lijstVan(Object.entries(invoer).map(([k, w]) => [veldLabel(blok, k), w]), GEEN_TEKST)));
  // The raw answer, machine-readable (tests compare it with CPython's).
  delen.push(el("script", { type: "application/json", class: "vw-antwoord-json" }, JSON.stringify(antwoord)));
  inhoud.replaceChildren(...delen.filter(Boolean));
  // data-vw-afkortingen: a settled state to wait on (tests), instead of a pause.
  if (afkortingen) afkortingen.then((a) => { markeerAfkortingen(inhoud, a); inhoud.dataset.vwAfkortingen = "klaar"; });
  vak.hidden = false;
  blok.querySelector(".vw-deel").hidden = true;
  vak.querySelector("h3").focus();
}

// The documents that fit the answer (letters, verslagen, checklists): their own module, loaded when needed.
function toonDocumenten(blok, antwoord, invoer, m) {
  import(new URL(`document.mjs?v=${BOUW}`, import.meta.url).href)
    .then((d) => d.toon(blok, antwoord, (extra) => m.vraag(blok.dataset.rekenhulp, invoer, extra), el))
    .catch((fout) => console.error("documenten:", fout));  // the answer itself stays usable
}

function veldLabel(blok, naam) {
  const veld = blok.querySelector(`[data-veld="${CSS.escape(naam)}"]`);
  const tekst = veld && veld.querySelector("label, legend");
  return tekst ? tekst.firstChild.textContent.trim() : naam;
}

// ---------------------------------------------------------------- abbreviations in answers (issue 12)
// The glossary behind Material's build-time tooltips (docs/includes/afkortingen.md, as JSON from
// overrides/hooks/pagina.py) does not reach answers rendered here, so they get the same expansions.
// Like Material's tooltips the first use of each abbreviation is an <abbr> with a tooltip, but one that
// keyboard users can reach (tabindex, aria-describedby); later uses keep a plain title for the mouse.
let afkortingen = null;

function laadAfkortingen() {
  afkortingen ??= fetch(new URL("afkortingen.json", import.meta.url))
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}))
    .then((lijst) => {
      const namen = Object.keys(lijst).sort((a, b) => b.length - a.length)
        .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      // Whole words only, case as written: 'JA' (jeugdarts) is not 'ja'.
      const patroon = namen.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${namen.join("|")})(?![\\p{L}\\p{N}])`, "gu") : null;
      return { lijst, patroon };
    });
  return afkortingen;
}

let afkTeller = 0;

function markeerAfkortingen(inhoud, { lijst, patroon }) {
  if (!patroon) return;
  const gezien = new Set();
  const uitleg = el("div", { class: "vw-afk-uitleg", hidden: true });
  const loper = document.createTreeWalker(inhoud, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement.closest("a, abbr, script, .vw-afdruk-invoer")
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const teksten = [];
  while (loper.nextNode()) teksten.push(loper.currentNode);
  for (const node of teksten) {
    const tekst = node.nodeValue;
    patroon.lastIndex = 0;
    if (!patroon.test(tekst)) continue;
    patroon.lastIndex = 0;
    const delen = [];
    let vanaf = 0;
    for (const m of tekst.matchAll(patroon)) {
      delen.push(tekst.slice(vanaf, m.index));
      const afk = m[0];
      if (gezien.has(afk)) {
        delen.push(el("abbr", { title: lijst[afk], tekst: afk }));
      } else {
        gezien.add(afk);
        const id = `vw-afk-${++afkTeller}`;
        uitleg.append(el("span", { id, tekst: lijst[afk] }));
        delen.push(el("abbr", { class: "vw-afk", tabindex: "0", "aria-describedby": id, "data-uitleg": lijst[afk],
          tekst: afk }));
      }
      vanaf = m.index + afk.length;
    }
    delen.push(tekst.slice(vanaf));
    node.replaceWith(...delen.filter((d) => d !== ""));
  }
  if (gezien.size) inhoud.append(uitleg);
}

// One tooltip for the whole page (position: fixed, kept inside the viewport: no sideways scroll),
// shown on hover and keyboard focus, dismissed with Escape, hoverable itself (WCAG 1.4.13).
function tooltip() {
  let tip = document.getElementById("vw-tip");
  if (!tip) {
    tip = el("div", { id: "vw-tip", class: "vw-tip", role: "tooltip", hidden: true });
    document.body.append(tip);
    tip.addEventListener("mouseleave", () => verbergTip());
  }
  return tip;
}

let tipVoor = null;
let tipKlok = null;

function toonTip(abbr) {
  clearTimeout(tipKlok);
  const tip = tooltip();
  tipVoor = abbr;
  tip.textContent = abbr.dataset.uitleg;
  tip.hidden = false;
  const r = abbr.getBoundingClientRect();
  const breed = tip.offsetWidth;
  tip.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - breed - 8))}px`;
  const onder = r.bottom + 6 + tip.offsetHeight < window.innerHeight;
  tip.style.top = `${onder ? r.bottom + 6 : Math.max(8, r.top - 6 - tip.offsetHeight)}px`;
}

function verbergTip(later = false) {
  clearTimeout(tipKlok);
  const weg = () => { const tip = document.getElementById("vw-tip"); if (tip) tip.hidden = true; tipVoor = null; };
  if (later) tipKlok = setTimeout(weg, 300);
  else weg();
}

const afkVan = (e) => e.target instanceof Element && e.target.closest("abbr.vw-afk");
document.addEventListener("focusin", (e) => { const a = afkVan(e); if (a) toonTip(a); else if (tipVoor) verbergTip(); });
document.addEventListener("focusout", (e) => { if (afkVan(e)) verbergTip(); });
document.addEventListener("mouseover", (e) => {
  const a = afkVan(e);
  if (a) toonTip(a);
  else if (e.target instanceof Element && e.target.closest("#vw-tip")) clearTimeout(tipKlok);
});
document.addEventListener("mouseout", (e) => { if (afkVan(e)) verbergTip(true); });
document.addEventListener("keydown", (e) => { if (e.key === "Escape" && tipVoor) verbergTip(); });
// Focus may scroll the page: the tooltip follows its abbreviation (it is position: fixed).
const volgTip = () => { if (tipVoor && tipVoor.isConnected) toonTip(tipVoor); else if (tipVoor) verbergTip(); };
window.addEventListener("scroll", volgTip, { passive: true });
window.addEventListener("resize", volgTip, { passive: true });

// ---------------------------------------------------------------- reading and filling the form
function rijen(veld) {
  return [...veld.querySelectorAll("tbody tr")].map((tr) => Object.fromEntries(
    [...tr.querySelectorAll("[data-kolom]")].map((i) => [i.dataset.kolom, i.value.trim()])))
    .filter((rij) => Object.values(rij).some((w) => w !== ""));
}

function leesInvoer(blok) {
  const invoer = {};
  const problemen = [];
  for (const veld of blok.querySelectorAll("[data-veld]")) {
    const naam = veld.dataset.veld;
    const type = veld.dataset.type;
    if (type === "lijst") {
      const lijst = rijen(veld);
      const plak = veld.querySelector("[data-plak]").value;
      if (lijst.length && plak.trim()) {
        problemen.push({ veld: naam, melding: "Gebruik óf de regels óf het plakvak, niet allebei. Maak één van beide leeg." });
      } else if (plak.trim()) invoer[naam] = plak;
      else if (lijst.length) invoer[naam] = lijst;
    } else if (type === "bool") {
      invoer[naam] = veld.querySelector("input").checked;
    } else {
      const waarde = veld.querySelector("input, select, textarea").value.trim();
      if (waarde !== "") invoer[naam] = waarde;
    }
  }
  return { invoer, problemen };
}

function vulIn(blok, invoer) {
  for (const [naam, waarde] of Object.entries(invoer)) {
    const veld = blok.querySelector(`[data-veld="${CSS.escape(naam)}"]`);
    if (!veld) continue;
    if (![null, "", false].includes(waarde) && !(Array.isArray(waarde) && !waarde.length)) toonVerborgenVeld(veld);
    const type = veld.dataset.type;
    if (type === "lijst") {
      const body = veld.querySelector("tbody");
      body.replaceChildren();
      veld.querySelector("[data-plak]").value = typeof waarde === "string" ? waarde : "";
      for (const rij of Array.isArray(waarde) ? waarde : []) {
        const tr = nieuweRij(veld);
        for (const [k, w] of Object.entries(rij)) {
          const cel = tr.querySelector(`[data-kolom="${CSS.escape(k)}"]`);
          if (cel) cel.value = w ?? "";
        }
      }
      if (!body.children.length) nieuweRij(veld);
    } else if (type === "bool") {
      veld.querySelector("input").checked = waarde === true || waarde === "true" || waarde === "ja";
    } else {
      veld.querySelector("input, select, textarea").value = Array.isArray(waarde) ? waarde.join("\n") : String(waarde);
    }
  }
}

// ---------------------------------------------------------------- rows of a 'lijst' field
function nummerRijen(veld) {
  veld.querySelectorAll("tbody tr").forEach((tr, i) => {
    for (const invoer of tr.querySelectorAll("[aria-label]")) {
      invoer.setAttribute("aria-label", invoer.getAttribute("aria-label").replace(/regel \S+$/, `regel ${i + 1}`));
    }
    const sr = tr.querySelector("[data-actie=verwijder] .vw-sr");
    if (sr) sr.textContent = ` regel ${i + 1}`;
  });
}

function nieuweRij(veld) {
  const body = veld.querySelector("tbody");
  body.append(veld.querySelector("template").content.cloneNode(true));
  nummerRijen(veld);
  return body.lastElementChild;
}

function rijActie(knop) {
  const veld = knop.closest("[data-type=lijst]");
  if (knop.dataset.actie === "toevoegen") {
    nieuweRij(veld).querySelector("input, select").focus();
    return;
  }
  const tr = knop.closest("tr");
  const rijenNu = [...veld.querySelectorAll("tbody tr")];
  const volgende = rijenNu[rijenNu.indexOf(tr) + 1] || rijenNu[rijenNu.indexOf(tr) - 1];
  tr.remove();
  if (!veld.querySelector("tbody tr")) nieuweRij(veld);
  nummerRijen(veld);
  // Keep the keyboard user in the table: focus the neighbouring row, or the add button.
  (volgende && volgende.isConnected ? volgende.querySelector("input, select")
    : veld.querySelector("[data-actie=toevoegen]")).focus();
}

// ---------------------------------------------------------------- "Meer opties" (issue 9)
// Rarely needed fields sit in a closed <details class="vw-meer">. A field there that has an error or a
// value from a shared link must not stay hidden: open its disclosure.
function toonVerborgenVeld(veld) {
  const meer = veld && veld.closest("details.vw-meer");
  if (meer && !meer.open) meer.open = true;
}

// ---------------------------------------------------------------- errors
function wisFouten(blok) {
  const samenvatting = blok.querySelector(".vw-samenvatting");
  samenvatting.hidden = true;
  samenvatting.removeAttribute("role");
  samenvatting.replaceChildren();
  for (const f of blok.querySelectorAll(".vw-fout")) f.textContent = "";
  for (const v of blok.querySelectorAll(".vw-veld--fout")) v.classList.remove("vw-veld--fout");
  for (const i of blok.querySelectorAll("[aria-invalid]")) i.removeAttribute("aria-invalid");
}

function veldVoorFout(blok, naam) {
  if (!naam) return null;
  const velden = [...blok.querySelectorAll("[data-veld]")];
  // 'afwezigheid[3].uren' or 'afwezigheid.3' belongs to the field 'afwezigheid'.
  return velden.find((v) => v.dataset.veld === naam)
    || velden.find((v) => naam.startsWith(v.dataset.veld) && /^[[.]/.test(naam.slice(v.dataset.veld.length)))
    || null;
}

function toonFouten(blok, fouten) {
  wisFouten(blok);
  blok.querySelector(".vw-antwoord").hidden = true;
  const samenvatting = blok.querySelector(".vw-samenvatting");
  const items = [];
  for (const fout of fouten) {
    const veld = veldVoorFout(blok, fout.veld);
    if (!veld) {
      items.push(el("li", { tekst: fout.melding }));
      continue;
    }
    veld.classList.add("vw-veld--fout");
    toonVerborgenVeld(veld);
    const plek = veld.querySelector(".vw-fout");
    plek.textContent = plek.textContent ? `${plek.textContent} ${fout.melding}` : fout.melding;
    const doel = veld.querySelector("input, select, textarea");
    for (const i of veld.querySelectorAll("input, select, textarea")) i.setAttribute("aria-invalid", "true");
    items.push(el("li", {}, el("a", { href: `#${doel.id || veld.id}`, "data-doel": doel.id || "", tekst: fout.melding })));
  }
  samenvatting.replaceChildren(
    el("h3", { tekst: fouten.length === 1 ? "Er is een probleem" : `Er zijn ${fouten.length} problemen` }),
    el("ul", {}, items));
  samenvatting.setAttribute("role", "alert");
  samenvatting.hidden = false;
  samenvatting.focus();
}

function focusVeld(blok, link) {
  const doel = link.dataset.doel ? blok.querySelector(`#${CSS.escape(link.dataset.doel)}`)
    : blok.querySelector(link.getAttribute("href"));
  const invoer = doel && (doel.matches("input, select, textarea") ? doel : doel.querySelector("input, select, textarea"));
  if (invoer) {
    toonVerborgenVeld(invoer);
    invoer.focus();
    invoer.closest("[data-veld]").scrollIntoView({ block: "center" });
  }
}

// ---------------------------------------------------------------- computing
async function bereken(blok) {
  const naam = blok.dataset.rekenhulp;
  const status = blok.querySelector(".vw-status");
  const { invoer, problemen } = leesInvoer(blok);
  if (problemen.length) {
    toonFouten(blok, problemen);
    return;
  }
  const m = startMotor();
  if (!m.gereed) blok.dataset.wacht = "ja";
  status.textContent = !m.gereed ? wachtTekst(blok) : "Bezig met rekenen…";
  blok.setAttribute("aria-busy", "true");
  try {
    const { antwoord, startfout } = await m.vraag(naam, invoer);
    if (startfout) throw new Error(startfout);
    status.textContent = "";
    if (antwoord.fouten && antwoord.fouten.length) toonFouten(blok, antwoord.fouten);
    else {
      wisFouten(blok);
      blok.dataset.invoer = JSON.stringify(invoer);
      toonAntwoord(blok, antwoord, invoer);
      toonDocumenten(blok, antwoord, invoer, m);
    }
  } catch (fout) {
    status.textContent = "";
    toonFouten(blok, [{ veld: "", melding: startfoutTekst(fout) }]);
  } finally {
    blok.removeAttribute("aria-busy");
    delete blok.dataset.wacht;
  }
}

// ---------------------------------------------------------------- sharing: inputs in the fragment only
const FRAGMENT = /^#rekenhulp=([^&]+)&invoer=(.*)$/;

function deelLink(blok) {
  const hash = `#rekenhulp=${encodeURIComponent(blok.dataset.rekenhulp)}&invoer=${encodeURIComponent(blok.dataset.invoer || "{}")}`;
  // The fragment never reaches a server, so a birth date does not end up in a log.
  history.replaceState(history.state, "", hash);
  const vak = blok.querySelector(".vw-deel");
  const veld = vak.querySelector("input");
  veld.value = location.href;
  vak.hidden = false;
  veld.focus();
  veld.select();
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(location.href).catch(() => {});
}

function uitFragment() {
  const m = FRAGMENT.exec(location.hash);
  if (!m) return null;
  try {
    return { naam: decodeURIComponent(m[1]), invoer: JSON.parse(decodeURIComponent(m[2])) };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- binding (every instant page change)
function koppel(blok) {
  blok.dataset.gekoppeld = "ja";
  const status = blok.querySelector(".vw-status");
  const m = startMotor();  // start loading at once: the page shows a calculator
  laadAfkortingen();
  if (!m.gereed) status.textContent = wachtTekst(blok);
  m.klaar.then(() => { if (!blok.getAttribute("aria-busy")) status.textContent = ""; },
    (fout) => { status.textContent = startfoutTekst(fout); status.classList.add("vw-status--fout"); });
  blok.querySelector("form").addEventListener("submit", (e) => {
    e.preventDefault();
    bereken(blok);
  });
  blok.addEventListener("click", (e) => {
    const knop = e.target.closest("button[data-actie]");
    if (knop && (knop.dataset.actie === "toevoegen" || knop.dataset.actie === "verwijder")) rijActie(knop);
    else if (knop && knop.dataset.actie === "delen") deelLink(blok);
    else if (knop && knop.dataset.actie === "afdrukken") window.print();
  });
}

function koppelAlles() {
  const blokken = [...document.querySelectorAll(".vw-rekenhulp[data-rekenhulp]:not([data-gekoppeld])")];
  blokken.forEach(koppel);
  const gedeeld = uitFragment();
  const blok = gedeeld && blokken.find((b) => b.dataset.rekenhulp === gedeeld.naam);
  if (blok) {
    vulIn(blok, gedeeld.invoer);
    bereken(blok);
  }
}

// A link in an error summary moves the focus to its field. Caught before Material's instant navigation
// sees it: that would treat '#field' as a page change and render the page again, emptying the form.
window.addEventListener("click", (e) => {
  const link = e.target instanceof Element && e.target.closest(".vw-samenvatting a");
  if (!link) return;
  e.preventDefault();
  e.stopPropagation();
  focusVeld(link.closest(".vw-rekenhulp"), link);
}, true);

// ---------------------------------------------------------------- skip link "Naar de rekenhulp"
// (overrides/hooks/pagina.py) lands on the form's first field. Handled here, like the error links, so
// Material's instant navigation does not take the '#…' link for a page change.
window.addEventListener("click", (e) => {
  const link = e.target instanceof Element && e.target.closest("a.vw-skip[data-vw-skip]");
  const blok = link && document.getElementById(link.dataset.vwSkip);
  if (!blok) return;
  e.preventDefault();
  e.stopPropagation();
  const veld = blok.querySelector(".vw-formulier :is(input, select, textarea):not([type=hidden])");
  blok.scrollIntoView({ block: "start" });
  if (veld) veld.focus({ preventScroll: true });
}, true);

window.addEventListener("beforeprint", () => {
  for (const d of document.querySelectorAll(".vw-antwoord details")) d.open = true;
});

// Two accessibility repairs of the theme, on every page (WCAG 2.1.1 and 2.5.3):
// a table that scrolls sideways must be reachable by keyboard, and the footer links' aria-label
// (Material escapes '&' twice in it) must not differ from their visible text.
function repareerThema() {
  for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])")) {
    wrap.setAttribute("tabindex", "0");
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", "Tabel (horizontaal scrollbaar)");
  }
  for (const link of document.querySelectorAll(".md-footer__link[aria-label]")) link.removeAttribute("aria-label");
}

// The Verzuimoverzicht page has its own module, loaded only there; it shares this page's worker.
function koppelOverzicht() {
  const blok = document.querySelector(".vw-overzicht:not([data-gekoppeld])");
  if (!blok) return;
  blok.dataset.gekoppeld = "ja";
  import(new URL(`overzicht.mjs?v=${BOUW}`, import.meta.url).href)
    .then((m) => m.koppel(blok, { startMotor, datumNl, startfoutTekst, el }))
    .catch((fout) => {
      const status = blok.querySelector(".vw-status");
      status.textContent = startfoutTekst(fout);
      status.classList.add("vw-status--fout");
    });
}

function bijElkePagina() {
  repareerThema();
  koppelAlles();
  koppelOverzicht();
}

// On a page with a calculator this module is in <head> (overrides/hooks/pyodide_bouw.py) and may run before
// the page and Material's bundle are parsed: start Python at once, bind the forms once the DOM is there.
if (document.querySelector('meta[name="vw-rekenhulp"]')) startMotor();

function volgPaginas() {
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(bijElkePagina);
  else bijElkePagina();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", volgPaginas, { once: true });
else volgPaginas();

// Offline after a first visit; a service worker only exists in a secure context (https or localhost).
if (window.isSecureContext && "serviceWorker" in navigator) {
  navigator.serviceWorker.register(new URL("sw.js", SITE), { scope: SITE.pathname }).catch(() => {});
}
