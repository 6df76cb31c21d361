// Verzuimoverzicht: a school's whole absence export, read and checked in the Pyodide worker.
// Loaded by rekenhulp.mjs only on a page with a .vw-overzicht block. The file's bytes go to the worker
// and nowhere else; the page gets the summary and the table rows, and asks the worker (which keeps the
// analysis) for a pupil's full answer, picture and letters when that pupil is opened (issue 18, 20). Long
// tables are rendered in slices, so our code never blocks the page for long.
import { BOUW, datumNl, el, toonSamenvatting } from "./gemeen.mjs";
import { isHuidig, startMotor, startfoutInhoud, startfoutMelding, startfoutTekst, overzicht as rekenOverzicht,
  overzichtDetail, overzichtWeken, stopRekenen, volgMotor, vraag } from "./motor.mjs";

const VERSIE = new URL(import.meta.url).search;  // ?v=<build>, for the stylesheet of this build
const OPSLAG = "verzuimwijzer-overzicht";        // localStorage: the user's settings, never pupil data
const PLAK = 100;                                // table rows per slice between two frames
// Rows in the table at once; 'Toon nog …' adds the next. A board's thousands of pupils in one table would be
// laid out as a whole at every change (seconds of a frozen page); the export and the print hold them all.
const PAGINA = 500;

// The signal kinds in their order; their names, the field and category names come from the schema
// (macros/overzicht.py puts them on the block as data-teksten).
const SIGNALEN = ["melding_16_uur", "lrv", "mazl", "te_laat", "thuiszitter"];
let T = { labels: {}, codes: {}, velden: {}, categorieen: {}, las: {}, vakantieregios: {} };
const code = (c) => T.codes[c] || String(c).replace(/_/g, " ");
const FASEN = { xlsx: "XLSX-lezer laden", lezen: "Bestand lezen", analyseren: "Leerlingen nagaan" };
// Table columns: key, header, sortable value. The key columns first (a narrow screen shows each pupil as
// a card in this order): who, the one next action with its date, what holds now, then the counts.
// The next action sorts: a passed deadline first, then by date, then actions without a date, then none.
const actieSleutel = (a) => (!a ? "3" : a.verstreken ? `0${a.datum}` : a.datum ? `1${a.datum}` : "2");
const KOLOMMEN = [
  ["leerling", "Leerling", (r) => r.leerling],
  ["naam", "Naam", (r) => r.sorteernaam || r.naam || ""],
  ["klas", "Klas", (r) => r.klas || ""],
  ["volgende_actie", "Volgende actie", (r) => actieSleutel(r.volgende_actie)],
  ["nu", "Nu", (r) => (r.nu || []).length],
  ["uren_ongeoorloofd", "Uren ongeoorloofd", (r) => r.uren_ongeoorloofd || 0],
  ["keer_te_laat", "Keer te laat", (r) => r.keer_te_laat || 0],
  ["ziekmeldingen", "Ziek­meldingen", (r) => r.ziekmeldingen || 0],
];
// Counts sort the largest first on the first click; text and dates A–Z / earliest first.
const EERST_AFLOPEND = new Set(["uren_ongeoorloofd", "keer_te_laat", "ziekmeldingen", "nu"]);

const hulp = { startMotor, datumNl, startfoutTekst, overzichtDetail, overzichtWeken };
// document.mjs (letters: preview, open fields, print, download), the same module instance the calculators use.
const documentModule = () => import(new URL(`document.mjs?v=${BOUW}`, import.meta.url).href);
const stand = (window.vwOverzicht = { gekozenMs: null, getoondMs: null, voortgang: [], antwoorden: 0, hulp });

// ---------------------------------------------------------------- small helpers
const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;
const getal = (n) => (n === null || n === undefined ? "—" : Number(n).toLocaleString("nl-NL", { maximumFractionDigits: 2 }));
const datum = (d) => (d ? hulp.datumNl(d) : "—");
// dd-mm-jjjj: short, for table cells and cards (a phone has no room for 'donderdag 16 oktober 2025')
const kortDatum = (d) => (d && ISO_DATUM.test(d) ? d.split("-").reverse().join("-") : "—");
const volgendeFrame = () => new Promise((klaar) => setTimeout(klaar, 0));

function label(sleutel) {
  if (T.labels[sleutel]) return T.labels[sleutel];
  const woorden = String(sleutel).replace(/_/g, " ");
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

function bronLink(bron) {
  if (!bron || !(bron.artikel || bron.titel)) return null;
  const naam = bron.artikel || bron.titel;
  return bron.url ? el("a", { href: bron.url, title: bron.titel || null, tekst: naam }) : el("span", { tekst: naam });
}

// Any part of a rule's answer (a stappenplan step, an M@ZL signal) as lists; sources become links.
function waarde(w) {
  if (w === null || w === undefined || w === "") return document.createTextNode("—");
  if (typeof w === "boolean") return document.createTextNode(w ? "ja" : "nee");
  if (typeof w === "number") return document.createTextNode(getal(w));
  if (typeof w === "string") return document.createTextNode(ISO_DATUM.test(w) ? hulp.datumNl(w) : w);
  if (Array.isArray(w)) {
    if (!w.length) return document.createTextNode("geen");
    return el("ul", {}, w.map((x) => el("li", {}, waarde(x))));
  }
  if (typeof w.url === "string" && (w.artikel || w.titel)) return bronLink(w);
  const paren = Object.entries(w).filter(([, v]) => !(v === null || v === "" || (Array.isArray(v) && !v.length)));
  return el("dl", { class: "vw-uitkomsten" }, paren.flatMap(([k, v]) => [el("dt", { tekst: label(k) }), el("dd", {}, waarde(v))]));
}

function uitlegLijst(stappen) {
  return el("ol", { class: "vw-uitleg" }, (stappen || []).map((stap) => {
    const link = bronLink(stap.bron);
    return el("li", {}, stap.tekst, link ? el("span", { class: "vw-bron" }, " Bron: ", link, ".") : null);
  }));
}

// ---------------------------------------------------------------- remembered settings (no pupil data)
function leesOpslag() {
  try {
    const w = JSON.parse(localStorage.getItem(OPSLAG) || "{}");
    return w && typeof w === "object" ? w : {};
  } catch {
    return {};
  }
}

// A code may be remembered only when it came from the file's code column and looks like a code: short,
// letters, digits and a few signs, no spaces, not a long number (a pupil number or BSN is digits). Free
// text (the reason used as a code when a file has no code column) is never stored.
const CODE_VORM = /^[\p{L}\p{N}][\p{L}\p{N}._\-+/]{0,11}$/u;
export const lijktCode = (c) => typeof c === "string" && CODE_VORM.test(c) && !/^\d{4,}$/.test(c);
// A column is remembered by its header text (or number), not by a value: headers are short labels.
const lijktKop = (k) => typeof k === "string" && k.length <= 40 && !/^\d{4,}$/.test(k.trim());

function teOnthouden(staat) {
  const b = (staat.kop && staat.kop.bestand) || {};
  const inBestand = new Set((staat.kop && staat.kop.codes || []).map((c) => c.code));
  const codes = {};
  if (b.codekolom) {
    for (const [c, cat] of Object.entries(staat.codes)) if (inBestand.has(c) && lijktCode(c)) codes[c] = cat;
  }
  const koppen = new Set((b.kolommen || []).map((k) => k.kop));
  const kolommen = {};
  for (const [veld, kop] of Object.entries(staat.kolommen)) if (kop === "" || (koppen.has(kop) && lijktKop(kop))) kolommen[veld] = kop;
  return { codes, kolommen };
}

function bewaar(blok, staat, metKeuzes = true) {
  const instellingen = {};
  for (const veld of blok.querySelectorAll("[data-onthouden]")) {
    instellingen[veld.name] = veld.value;
  }
  // Only settings, column headers and code-shaped codes of this file (pruned to what it uses), never a
  // value from a pupil's row. Before a file is read, what was remembered stays as it was.
  const vorige = leesOpslag();
  const gekozen = metKeuzes && staat.kop && !staat.kop.fouten ? teOnthouden(staat)
    : { kolommen: vorige.kolommen || {}, codes: vorige.codes || {} };
  const inhoud = { versie: 2, ...instellingen, ...gekozen };
  try { localStorage.setItem(OPSLAG, JSON.stringify(inhoud)); } catch { /* private mode: not remembered */ }
}

function herstel(blok, staat) {
  const opgeslagen = leesOpslag();
  for (const veld of blok.querySelectorAll("[data-onthouden]")) {
    const w = opgeslagen[veld.name];
    if (typeof w === "string" && (veld.tagName !== "SELECT" || [...veld.options].some((o) => o.value === w))) veld.value = w;
  }
  staat.kolommen = opgeslagen.kolommen && typeof opgeslagen.kolommen === "object" ? opgeslagen.kolommen : {};
  staat.kolommenOnthouden = Object.keys(staat.kolommen).length > 0;
  const codes = opgeslagen.codes && typeof opgeslagen.codes === "object" ? opgeslagen.codes : {};
  // An older version kept free text too: only code-shaped values are read back (and so rewritten).
  staat.codes = Object.fromEntries(Object.entries(codes).filter(([c, cat]) => lijktCode(c) && typeof cat === "string"));
}

function vergeet(blok, staat) {
  try { localStorage.removeItem(OPSLAG); } catch { /* nothing stored */ }
  for (const veld of blok.querySelectorAll("[data-onthouden]")) {
    if (veld.tagName === "SELECT") veld.value = [...veld.options].find((o) => o.defaultSelected)?.value ?? veld.options[0].value;
    else veld.value = veld.defaultValue;
  }
  staat.kolommen = {};
  staat.codes = {};
  toonVakantieregio(blok);
  meld(blok, "Uw instellingen zijn vergeten. Deze browser onthoudt niets meer van dit overzicht.");
}

// ---------------------------------------------------------------- status, progress and errors
function meld(blok, tekst, fout = false) {
  const status = blok.querySelector(".vw-status");
  status.textContent = tekst;
  status.classList.toggle("vw-status--fout", fout);
}

function toonVoortgang(blok, fase, gedaan, totaal) {
  const vak = blok.querySelector(".vw-voortgang");
  const balk = vak.querySelector("progress");
  vak.hidden = false;
  // Taking in the file's bytes (inlezen, in the worker) is the first 5%, reading its rows up to half,
  // analysing the second half; the XLSX reader is loaded in between. Taking in and reading are one phase
  // for the live region ("Bestand lezen"), so it speaks at the same moments as before the worker read pieces.
  const deel = totaal > 0 ? Math.min(1, gedaan / totaal) : 0;
  const procent = Math.round(fase === "analyseren" ? 50 + 50 * deel : fase === "lezen" ? 5 + 45 * deel
    : fase === "inlezen" ? 5 * deel : 5);
  const groep = fase === "inlezen" ? "lezen" : fase;
  balk.value = procent;
  balk.textContent = `${procent}%`;
  stand.voortgang.push({ fase, procent, ms: Math.round(performance.now()) });  // ms: for the benchmark
  // The live region speaks every 10%, not at every update.
  const stap = Math.floor(procent / 10);
  if (stap !== blok._gemeldeStap || groep !== blok._gemeldeFase) {
    blok._gemeldeStap = stap;
    blok._gemeldeFase = groep;
    meld(blok, `${FASEN[groep] || groep}… ${procent}%`);
  }
}

function wisFouten(blok) {
  const vak = blok.querySelector(".vw-overzicht-fouten");
  vak.hidden = true;
  vak.removeAttribute("role");
  vak.replaceChildren();
  for (const f of blok.querySelectorAll(".vw-fout")) f.textContent = "";
  for (const i of blok.querySelectorAll("[aria-invalid]")) i.removeAttribute("aria-invalid");
}

function toonFouten(blok, fouten) {
  const vak = blok.querySelector(".vw-overzicht-fouten");
  const items = fouten.map((f) => {
    const naam = f.veld === "bestand_xlsx" ? "bestand" : f.veld;
    const veld = naam && blok.querySelector(`#vwo-${CSS.escape(naam)}`);
    if (veld) {
      veld.setAttribute("aria-invalid", "true");
      const plek = blok.querySelector(`#vwo-${CSS.escape(naam)}-fout`);
      if (plek) plek.textContent = f.melding;
      return el("li", {}, el("a", { href: `#${veld.id}`, "data-veld": veld.id, tekst: f.melding }));
    }
    return el("li", { tekst: f.melding });
  });
  toonSamenvatting(vak, items, "h2");
}

// ---------------------------------------------------------------- computing (in the worker)
function invoerVan(blok, staat) {
  const invoer = {};
  for (const veld of blok.querySelectorAll("form [name]")) {
    const w = veld.value.trim();
    if (!w) continue;
    invoer[veld.name] = veld.name === "vrije_dagen" ? w.split(/\s+/) : w;
  }
  if (Object.keys(staat.kolommen).length) invoer.kolommen = { ...staat.kolommen };
  if (Object.keys(staat.codes).length) invoer.codes = { ...staat.codes };
  return invoer;
}

async function bereken(blok, staat) {
  wisFouten(blok);
  const bestanden = staat.bestanden;
  if (!bestanden || !bestanden.length) {
    toonFouten(blok, [{ veld: "bestand", melding: "Kies eerst een exportbestand (CSV, TXT of XLSX)." }]);
    return;
  }
  const invoer = invoerVan(blok, staat);
  // A new run: the worker forgets the previous overview, so what is shown can no longer be opened.
  staat.nummer = (staat.nummer || 0) + 1;
  stand.invoer = invoer;  // for the tests: CPython gets the same fields
  bewaar(blok, staat, false);
  blok.setAttribute("aria-busy", "true");
  blok._gemeldeStap = null;
  stand.voortgang = [];
  toonVoortgang(blok, "inlezen", 0, 1);  // the worker's first progress (taking in the file) then says nothing new
  const motor = hulp.startMotor();
  if (!motor.gereed) meld(blok, "Python wordt geladen… Met ‘Stoppen’ breekt u het overzicht af.");
  else meld(blok, "Bestand lezen… Met ‘Stoppen’ breekt u het overzicht af.");
  try {
    // The files themselves go to the worker, which reads them in pieces (no copy of a whole file here).
    const uit = await rekenOverzicht(bestanden, invoer, (v) => toonVoortgang(blok, v.fase, v.gedaan, v.totaal));
    stand.ontvangenMs = performance.now();  // for the benchmark: the worker's answer is in the page
    if (uit.startfout) throw new Error(uit.startfout);
    if (uit.afgebroken) {
      // Stopped by the user or by the time limit: the worker was replaced by a fresh one (motor.mjs).
      blok.querySelector(".vw-voortgang").hidden = true;
      if (uit.afgebroken === "tijdslimiet") {
        meld(blok, "");
        toonFouten(blok, [{ veld: "bestand", melding: "Het overzicht duurde te lang en is gestopt. Het bestand is " +
          "misschien te groot of beschadigd. Probeer een kleinere periode, of sla het in Excel op als CSV." }]);
      } else {
        meld(blok, "Gestopt: het overzicht is niet gemaakt. U kunt een bestand kiezen en opnieuw beginnen.");
        // The Stoppen button is hidden with the progress: the keyboard continues at the status line.
        const status = blok.querySelector(".vw-status");
        if (!document.activeElement || document.activeElement === document.body
            || blok.querySelector(".vw-voortgang").contains(document.activeElement)) {
          status.setAttribute("tabindex", "-1");
          status.focus();
        }
      }
      return;
    }
    const kop = JSON.parse(uit.kop);
    if (kop.fouten && staat.kolommenOnthouden && kop.fouten.every((f) => f.veld === "kolommen")) {
      // A column mapping remembered from another export does not fit this file: read it as recognised.
      staat.kolommen = {};
      staat.kolommenOnthouden = false;
      staat.melding = "Uw onthouden koppeling van kolommen past niet bij dit bestand; de kolommen zijn opnieuw herkend.";
      return bereken(blok, staat);
    }
    if (kop.fouten && kop.bestand && kop.bestand.voorbeeld) {
      // No header row: show the first rows and a chooser per column number, then compute again.
      blok.querySelector(".vw-voortgang").hidden = true;
      blok.querySelector(".vw-resultaat").hidden = true;
      staat.kop = kop;
      toonKoppeling(blok, staat);
      meld(blok, "Dit bestand heeft geen kopregel. Geef hieronder per kolom aan wat erin staat en kies dan " +
        "‘Overzicht maken met deze kolommen’.");
      blok.querySelector(".vw-koppeling h2").focus();
      return;
    }
    if (kop.fouten) {
      blok.querySelector(".vw-voortgang").hidden = true;
      meld(blok, "");
      toonFouten(blok, kop.fouten);
      return;
    }
    staat.kop = kop;
    staat.tabel = JSON.parse(uit.tabel).map((r, i) => ({ ...r, volgorde: i }));
    staat.getoond = staat.nummer;  // the worker's last overview is this table's
    staat.volgordeVan = new Map(staat.tabel.map((r) => [r.leerling, r.volgorde]));
    staat.csvNamen = uit.csvNamen;
    staat.csvZonder = uit.csvZonder;
    staat.details = new Map();  // leerling -> Promise of {detail} | {fout}, asked of the worker when opened
    staat.klaar = new Map();    // leerling -> detail, once it has come (for the print view, which cannot wait)
    bewaar(blok, staat);  // now the file's codes are known: keep only code-shaped ones it uses
    stand.antwoorden += 1;
    toonKoppeling(blok, staat);
    await volgendeFrame();  // the mapping tables and the result table in separate tasks (main thread free)
    await toonResultaat(blok, staat);
    toonWeken(blok, staat);  // the school's weeks follow from the worker; the table is usable meanwhile
    stand.getoondMs = performance.now();
    blok.querySelector(".vw-voortgang").hidden = true;
    const n = staat.tabel.length;
    meld(blok, `Klaar: ${getal(n)} ${n === 1 ? "leerling" : "leerlingen"}, ${getal(staat.tabel.filter((r) => r.actie_nodig).length)} met actie nodig.` +
      (staat.melding ? ` ${staat.melding}` : ""));
    staat.melding = null;
    blok.querySelector(".vw-resultaat h2").focus();
  } catch (fout) {
    blok.querySelector(".vw-voortgang").hidden = true;
    meld(blok, "");
    if (fout && fout.start) {  // Python did not start (twice): say why, and offer to try again
      toonFouten(blok, [{ veld: null, melding: startfoutMelding(fout) }]);
      meld(blok, "", true);
      blok.querySelector(".vw-status").replaceChildren(...startfoutInhoud(fout));
    } else {
      toonFouten(blok, [{ veld: null, melding: "Het overzicht kon niet worden gemaakt in deze browser. " +
        `Probeer het opnieuw of in een andere browser. (Technisch: ${String(fout && fout.message || fout)})` }]);
    }
  } finally {
    blok.removeAttribute("aria-busy");
  }
}

// The full answer, as run("verzuimoverzicht", …) gives it (tests compare it with CPython's): every pupil is
// asked of the worker, as opening each would. null when the table shown is not the worker's last overview.
stand.volledig = async () => {
  const staat = stand.staat;
  if (!staat || !staat.kop || staat.getoond !== staat.nummer) return null;
  const leerlingen = [];
  for (const r of staat.tabel) {
    const uit = await haalDetail(staat, r.leerling);
    if (uit.fout) throw new Error(uit.fout);
    leerlingen.push(uit.detail.leerling);
  }
  return { ...staat.kop, leerlingen };
};

// One pupil of the shown overview: {detail: {leerling, beeld, documenten}} or {fout} (a Dutch message).
// Asked once; a failure is not kept, so opening the pupil again tries again.
function haalDetail(staat, leerling) {
  if (!staat.details.has(leerling)) {
    const nummer = staat.nummer;
    const belofte = (async () => {
      if (staat.getoond !== nummer) return { fout: verouderd };
      let uit;
      try {
        uit = await hulp.overzichtDetail(leerling);
      } catch (fout) {
        uit = { startfout: String(fout && fout.message || fout) };
      }
      if (staat.nummer !== nummer) return { fout: verouderd };
      // {opnieuw: true}: trying again may help (the page offers a button); not for a replaced overview.
      if (uit.startfout) return { fout: `De rekenhulp werkt niet. ${uit.startfout}`, opnieuw: true };
      if (uit.afgebroken) return { fout: "Het laden is gestopt.", opnieuw: true };
      const a = uit.antwoord || {};
      // The worker was replaced (after 'Stoppen' or a time limit) and no longer has this file's analysis.
      if (a.fouten && a.fouten.some((f) => f.veld === "bestand")) return { fout: "De rekenhulp is opnieuw gestart en " +
        "heeft dit bestand niet meer. Kies ‘Overzicht maken’ om het bestand opnieuw te lezen." };
      if (a.fouten) return { fout: a.fouten.map((f) => f.melding).join(" "), opnieuw: true };
      if (!a.leerling || !a.beeld) return { fout: "Het antwoord van de rekenhulp was onvolledig.", opnieuw: true };
      staat.klaar.set(leerling, a);
      return { detail: a };
    })();
    staat.details.set(leerling, belofte);
    belofte.then((u) => { if (u.fout && staat.details.get(leerling) === belofte) staat.details.delete(leerling); });
  }
  return staat.details.get(leerling);
}

const verouderd = "Dit overzicht is intussen vervangen door een nieuw bestand of een nieuwe berekening. " +
  "Open de leerling in het nieuwe overzicht.";

// ---------------------------------------------------------------- the mapping: columns and codes
function toonKoppeling(blok, staat) {
  const b = staat.kop.bestand || {};
  const vak = blok.querySelector(".vw-koppeling");
  const inhoud = vak.querySelector(".vw-koppeling-inhoud");
  const velden = { ...T.velden };
  for (const k of b.kolommen || []) if (k.veld && !velden[k.veld]) velden[k.veld] = label(k.veld);
  const zonderKop = b.koprij === false;
  const voorbeeld = b.voorbeeld || [];
  const kolomRijen = (b.kolommen || []).map((k, i) => {
    const id = `vwo-kolom-${i}`;
    const gekozen = Object.entries(staat.kolommen).find(([, kop]) => kop === k.kop)?.[0] ?? k.veld ?? "";
    const kopTekst = zonderKop ? `Kolom ${k.kop}` : k.kop;
    const voorbeelden = voorbeeld.map((r) => r[i]).filter((w) => w !== undefined && w !== "").slice(0, 3);
    return el("tr", {},
      el("th", { scope: "row", id: `${id}-kop`, tekst: kopTekst }),
      zonderKop ? el("td", { class: "vw-voorbeeld", "data-kop": "Voorbeelden", tekst: voorbeelden.length ? voorbeelden.join(" · ") : "(leeg)" }) : null,
      el("td", { "data-kop": "Betekent" }, el("select", { id, "data-kop": k.kop, "aria-labelledby": `vwo-kolomveld ${id}-kop` },
        el("option", { value: "", tekst: "(niet gebruiken)" }),
        Object.entries(velden).map(([w, t]) => el("option", { value: w, selected: w === gekozen, tekst: t })))),
      zonderKop ? null : el("td", { "data-kop": "Herkenning", tekst: k.herkend ? code(k.herkend) : "niet herkend" }));
  });
  // A file without a header row: its first rows as they are, so the user sees what each column holds.
  const eersteRegels = zonderKop && voorbeeld.length ? [
    el("h3", { tekst: `De eerste ${voorbeeld.length === 1 ? "regel" : `${voorbeeld.length} regels`} van het bestand` }),
    el("div", { class: "vw-tabel", tabindex: "0", role: "region", "aria-label": "De eerste regels van het bestand" },
      el("table", { class: "vw-eerste-regels" },
        el("thead", {}, el("tr", {}, (b.kolommen || []).map((k) => el("th", { scope: "col", tekst: `Kolom ${k.kop}` })))),
        el("tbody", {}, voorbeeld.map((r) => el("tr", {}, (b.kolommen || []).map((_, i) => el("td", { tekst: r[i] ?? "" }))))))),
  ] : [];
  const onbekend = (staat.kop.codes || []).filter((c) => !c.categorie);
  const codeRijen = (staat.kop.codes || []).map((c, i) => {
    const id = `vwo-code-${i}`;
    return el("tr", { class: c.categorie ? null : "vw-nog-kiezen" },
      el("th", { scope: "row", id: `${id}-code`, tekst: c.code || "(zonder code)" }),
      el("td", { "data-kop": "Omschrijving", tekst: c.omschrijving || "—" }),
      el("td", { class: "vw-getal-cel", "data-kop": "Aantal regels", tekst: getal(c.aantal) }),
      el("td", { "data-kop": "Telt als" }, el("select", { id, "data-code": c.code, "aria-labelledby": `vwo-codecategorie ${id}-code` },
        [["", "nog kiezen"], ...Object.entries(T.categorieen)]
          .map(([w, t]) => el("option", { value: w, selected: w === (c.categorie || ""), tekst: t })))),
      el("td", { "data-kop": "Herkomst", tekst: c.herkomst ? code(c.herkomst) : "—" }));
  });
  const kenmerken = [
    b.las ? `leerlingadministratie: ${b.las_naam || T.las[b.las] || b.las}` : null,
    b.vorm ? `vorm: ${code(b.vorm)}` : null,
    b.scheidingsteken === null && b.codering === "XLSX" ? "Excel-werkmap (XLSX)" : b.codering ? `tekenset: ${b.codering}` : null,
    b.scheidingsteken ? `scheidingsteken: ${b.scheidingsteken === "\t" ? "tab" : b.scheidingsteken}` : null,
    b.koprij === false ? "geen kopregel (kolommen op nummer)" : null,
  ].filter(Boolean);
  const zonderIndeling = zonderKop && staat.kop.fouten;
  vak.querySelector("h2").textContent = zonderIndeling ? "Kolommen kiezen: het bestand heeft geen kopregel" : "Herkende kolommen en codes";
  inhoud.replaceChildren(...[
    zonderIndeling
      ? el("p", { class: "vw-let-op" }, el("strong", { tekst: "Dit bestand heeft geen kopregel. " }),
        "Kies per kolom wat erin staat. Nodig zijn een leerlingnummer (of naam), een datum, en een lesuur, een " +
        "begin- en eindtijd of een aantal uren of minuten; een absentiecode of reden telt mee voor de indeling.")
      : el("p", { tekst: `Het bestand is gelezen als ${kenmerken.join(", ")}. Controleer de koppeling hieronder; ` +
        "pas zo nodig aan en kies dan ‘Opnieuw berekenen’." }),
    ...eersteRegels,
    el("h3", { tekst: zonderKop ? "Wat staat in welke kolom" : "Kolommen" }),
    el("div", { class: "vw-tabel vw-kaarttabel" }, el("table", {},
      el("thead", {}, el("tr", {}, el("th", { scope: "col", tekst: zonderKop ? "Kolom" : "Kop in het bestand" }),
        zonderKop ? el("th", { scope: "col", tekst: "Voorbeelden" }) : null,
        el("th", { scope: "col", id: "vwo-kolomveld", tekst: "Betekent" }),
        zonderKop ? null : el("th", { scope: "col", tekst: "Herkenning" }))),
      el("tbody", {}, kolomRijen))),
    zonderIndeling ? null : el("h3", { tekst: "Verzuimcodes" }),
    onbekend.length ? el("p", { class: "vw-let-op" }, el("strong", { tekst: "Nog kiezen: " }),
      `${onbekend.map((c) => `${c.code ? `‘${c.code}’` : "zonder code"} (${getal(c.aantal)} ${c.aantal === 1 ? "regel" : "regels"})`).join(", ")}. ` +
      "Regels met een code die ‘nog kiezen’ is, tellen niet mee tot u een categorie kiest.") : null,
    zonderIndeling ? null : el("div", { class: "vw-tabel vw-kaarttabel" }, el("table", {},
      el("thead", {}, el("tr", {}, ["Code", "Omschrijving", "Aantal regels"].map((t) => el("th", { scope: "col", tekst: t })),
        el("th", { scope: "col", id: "vwo-codecategorie", tekst: "Telt als" }), el("th", { scope: "col", tekst: "Herkomst" }))),
      el("tbody", {}, codeRijen))),
    el("div", { class: "vw-knoppen" },
      el("button", { type: "button", class: "md-button md-button--primary", "data-actie": "toepassen",
        tekst: zonderIndeling ? "Overzicht maken met deze kolommen" : "Opnieuw berekenen met deze koppeling" }))].filter(Boolean));
  vak.hidden = false;
}

function leesKoppeling(blok, staat) {
  const b = staat.kop.bestand || {};
  const kolommen = {};
  const keuzes = [...blok.querySelectorAll(".vw-koppeling select[data-kop]")];
  for (const s of keuzes) {
    const herkend = (b.kolommen || []).find((k) => k.kop === s.dataset.kop);
    if (s.value && (!herkend || herkend.veld !== s.value || herkend.herkend === "gebruiker")) kolommen[s.value] = s.dataset.kop;
    // "(niet gebruiken)" for a recognised column: the contract's "" unmaps that field.
    if (!s.value && herkend && herkend.veld && !keuzes.some((x) => x.value === herkend.veld)) kolommen[herkend.veld] = "";
  }
  const codes = { ...staat.codes };
  for (const s of blok.querySelectorAll(".vw-koppeling select[data-code]")) {
    const c = (staat.kop.codes || []).find((x) => x.code === s.dataset.code);
    if (s.value && (c.categorie !== s.value || c.herkomst === "gebruiker")) codes[s.dataset.code] = s.value;
    else if (!s.value) delete codes[s.dataset.code];
  }
  staat.kolommen = kolommen;
  staat.kolommenOnthouden = false;  // chosen for this file: a misfit is the user's to fix, with the message
  staat.codes = codes;
}

// ---------------------------------------------------------------- the result
function samenvatting(kop) {
  const s = kop.samenvatting || {};
  const rijen = [
    ["Leerlingen", s.leerlingen], ["Regels gelezen", s.rijen_gelezen], ["Regels afgewezen", s.rijen_afgewezen],
    ["Dubbele registraties (één keer geteld)", s.rijen_dubbel], ["Regels na de peildatum (niet geteld)", s.rijen_toekomst],
    ["Regels op een dag zonder school (niet geteld)", s.rijen_geen_schooldag],
    ["Regels met een code die nog gekozen moet worden (niet geteld)", s.rijen_niet_ingedeeld],
  ].filter(([, w]) => w !== undefined);
  const signalen = Object.entries(s.signalen || {});
  return el("div", { class: "vw-overzicht-samenvatting" },
    kop.regio_naam ? el("p", { class: "vw-regio" }, "Regio: ", el("strong", { tekst: kop.regio_naam })) : null,
    s.stand ? el("p", { class: "vw-stand" }, "Geteld tot en met ", el("strong", { tekst: datum(s.stand) }),
      " (de laatste schooldag met een registratie, niet na de peildatum). ",
      s.eenheid === "lesuren" ? el("strong", { tekst: "Uren zijn lesuren" }) : el("strong", { tekst: "Uren zijn klokuren" }),
      s.eenheid === "lesuren" ? ": in deze regio telt elk lesuur als één uur." : ": een lesuur telt naar zijn lengte in minuten.") : null,
    el("dl", { class: "vw-uitkomsten" }, rijen.flatMap(([k, w]) => [el("dt", { tekst: k }), el("dd", { tekst: getal(w) })]),
      signalen.flatMap(([k, w]) => [el("dt", { tekst: `Signaal: ${code(k)}` }), el("dd", { tekst: getal(w) })])),
    kop.bestanden ? bestandenLijst(kop.bestanden) : null);
}

// Several files: each with its rows, or why it was skipped (the others still counted).
function bestandenLijst(bestanden) {
  return el("div", { class: "vw-bestanden" }, el("h3", { tekst: `De bestanden (${bestanden.length})` }),
    el("ul", {}, bestanden.map((b) => el("li", {}, el("strong", { tekst: b.naam }), b.overgeslagen
      ? `: overgeslagen. ${b.overgeslagen}`
      : `: ${getal(b.rijen_gelezen)} ${b.rijen_gelezen === 1 ? "regel" : "regels"} gelezen, ` +
        `${getal(b.rijen_afgewezen)} afgewezen.`))));
}

function filterVak(staat) {
  const keuzes = SIGNALEN.map((k) => {
    const n = staat.tabel.filter((r) => r.signalen.includes(k)).length;
    return el("label", { class: "vw-vinkje" },
      el("input", { type: "checkbox", "data-filter": k, checked: true }), ` ${code(k)} (${n})`);
  });
  const zonder = staat.tabel.filter((r) => !r.signalen.length).length;
  return el("fieldset", { class: "vw-filter" }, el("legend", { tekst: "Toon leerlingen met" }), keuzes,
    el("label", { class: "vw-vinkje" }, el("input", { type: "checkbox", "data-filter": "", checked: true }),
      ` geen signaal (${zonder})`));
}

function zichtbaar(blok, staat) {
  const aan = new Set([...blok.querySelectorAll("[data-filter]")].filter((i) => i.checked).map((i) => i.dataset.filter));
  let rijen = staat.tabel.filter((r) => (r.signalen.length ? r.signalen.some((s) => aan.has(s)) : aan.has("")));
  if (staat.sorteer) {
    const [sleutel, richting] = staat.sorteer;
    const waardeVan = KOLOMMEN.find(([k]) => k === sleutel)[2];
    const maal = richting === "ascending" ? 1 : -1;
    rijen = [...rijen].sort((a, b) => {
      const x = waardeVan(a);
      const y = waardeVan(b);
      const v = typeof x === "number" ? x - y : String(x).localeCompare(String(y), "nl", { numeric: true });
      return v * maal || a.volgorde - b.volgorde;
    });
  }
  return rijen;
}

function kolommenNu(staat) {
  return KOLOMMEN.filter(([k]) => !(k === "naam" && (staat.namenVerborgen || !staat.tabel.some((r) => r.naam))));
}

function actieInhoud(a) {
  if (!a) return document.createTextNode("geen");
  const wanneer = a.verstreken ? `termijn verstreken ${kortDatum(a.datum)}` : a.datum ? `uiterlijk ${kortDatum(a.datum)}` : "nu";
  return el("span", { class: a.verstreken ? "vw-actie-tekst vw-verstreken" : "vw-actie-tekst" },
    el("strong", { tekst: wanneer }), el("br"), a.tekst);
}

function celInhoud(sleutel, r) {
  if (sleutel === "signalen") {
    return r.signalen.length ? el("ul", { class: "vw-signalen" }, r.signalen.map((s) => el("li", { tekst: code(s) })))
      : document.createTextNode("geen");
  }
  if (sleutel === "volgende_actie") return actieInhoud(r.volgende_actie);
  if (sleutel === "nu") {
    const nu = r.nu || [];
    return nu.length ? el("ul", { class: "vw-signalen" }, nu.map((n) => el("li", { tekst: n.tekst })))
      : document.createTextNode((r.voorbij || []).length ? "niets meer (zie details: eerder)" : "niets");
  }
  if (sleutel === "ziekmeldingen") return document.createTextNode(getal(r[sleutel]));
  if (sleutel === "eerstvolgende_termijn") return document.createTextNode(datum(r[sleutel]));
  if (sleutel === "uren_ongeoorloofd" || sleutel === "keer_te_laat") return document.createTextNode(getal(r[sleutel]));
  return document.createTextNode(r[sleutel] ?? "—");
}

function tabelRij(staat, r, kolommen) {
  const id = `vwo-detail-${r.volgorde}`;
  // data-kop: the column's name, shown before the value when a narrow screen stacks a row as a card
  return el("tr", { class: r.actie_nodig ? "vw-actie" : null, "data-i": r.volgorde },
    kolommen.map(([k, t], j) => el(j === 0 ? "th" : "td", j === 0 ? { scope: "row", "data-kop": t }
      : { class: typeof r[k] === "number" ? "vw-getal-cel" : null, "data-kop": t.replace("\u00ad", "") },
    celInhoud(k, r))),
    el("td", {}, el("button", { type: "button", class: "vw-knop vw-knop--klein", "data-actie": "detail",
      "aria-expanded": "false", "aria-controls": id },
    "Details", el("span", { class: "vw-sr", tekst: ` van leerling ${r.leerling}` }))));
}

async function vulTabel(blok, staat) {
  const rijen = zichtbaar(blok, staat);
  const kolommen = kolommenNu(staat);
  const tabel = blok.querySelector(".vw-leerlingen");
  const lesuren = ((staat.kop || {}).samenvatting || {}).eenheid === "lesuren";
  const kopRij = el("tr", {}, kolommen.map(([k, t0]) => {
    const t = k === "uren_ongeoorloofd" ? `${t0} (${lesuren ? "lesuren" : "klokuren"})` : t0;
    const richting = staat.sorteer && staat.sorteer[0] === k ? staat.sorteer[1] : null;
    return el("th", { scope: "col", "aria-sort": richting },
      el("button", { type: "button", class: "vw-sorteer", "data-sorteer": k },
        t, el("span", { class: "vw-sr", tekst: richting ? (richting === "ascending" ? ", oplopend gesorteerd" : ", aflopend gesorteerd") : ", sorteren" }),
        el("span", { "aria-hidden": "true", class: "vw-pijl", tekst: richting === "ascending" ? " ▲" : richting === "descending" ? " ▼" : "" })));
  }), el("th", { scope: "col" }, el("span", { class: "vw-sr", tekst: "Details" })));
  tabel.querySelector("thead").replaceChildren(kopRij);
  tabel.querySelector("tbody").replaceChildren();
  staat.beurt = (staat.beurt || 0) + 1;
  staat.zichtbaar = rijen;
  staat.getoondTot = 0;
  staat.kolommenNu = kolommen;
  await voegRijenToe(blok, staat, Math.min(rijen.length, PAGINA));
}

// The shown pupils up to ``tot`` in the table, a slice per frame; then the count and the 'Toon nog' button.
async function voegRijenToe(blok, staat, tot) {
  const { zichtbaar: rijen, kolommenNu: kolommen, beurt } = staat;
  const body = blok.querySelector(".vw-leerlingen tbody");
  for (let i = staat.getoondTot; i < tot; i += PLAK) {
    if (i > staat.getoondTot) await volgendeFrame();
    if (beurt !== staat.beurt) return;  // a newer sort or filter took over
    body.append(...rijen.slice(i, Math.min(i + PLAK, tot)).map((r) => tabelRij(staat, r, kolommen)));
  }
  const van = staat.getoondTot;
  staat.getoondTot = tot;
  const gefilterd = rijen.length === staat.tabel.length ? "" : ` (van ${getal(staat.tabel.length)})`;
  blok.querySelector(".vw-aantal").textContent = tot < rijen.length
    ? `De eerste ${getal(tot)} van ${getal(rijen.length)} leerlingen${gefilterd} staan in de tabel` +
      `${staat.sorteer ? "" : ", de leerlingen met actie nodig eerst"}; de knop onder de tabel toont er meer. ` +
      "De export en de afdruk bevatten ze allemaal."
    : `${getal(rijen.length)} van ${getal(staat.tabel.length)} leerlingen getoond${staat.sorteer ? "" : ", de leerlingen met actie nodig eerst"}.`;
  const meer = blok.querySelector("[data-actie=meer]");
  const volgende = Math.min(PAGINA, rijen.length - tot);
  meer.hidden = volgende <= 0;
  meer.textContent = `Toon nog ${getal(volgende)} ${volgende === 1 ? "leerling" : "leerlingen"}`;
  return van;
}

// 'Toon nog …': the next page of pupils; the keyboard goes on at the first of them.
async function toonMeer(blok, staat) {
  const van = await voegRijenToe(blok, staat, Math.min(staat.zichtbaar.length, staat.getoondTot + PAGINA));
  if (van === undefined) return;
  blok.querySelectorAll(".vw-leerlingen tbody tr:not(.vw-detail-rij)")[van]?.querySelector("button[data-actie=detail]")?.focus();
}

function meldingenTabel(meldingen) {
  return el("div", { class: "vw-tabel" }, el("table", {},
    el("thead", {}, el("tr", {}, ["Soort", "Begindatum", "Einddatum", "Uren", "Uiterlijk melden"]
      .map((t) => el("th", { scope: "col", tekst: t })))),
    el("tbody", {}, meldingen.map((m) => el("tr", {}, el("td", { tekst: code(m.soort) }), el("td", { tekst: datum(m.begindatum) }),
      el("td", { tekst: m.einddatum ? datum(m.einddatum) : "loopt nog" }), el("td", { tekst: getal(m.uren) }),
      el("td", {}, el("strong", { tekst: m.melden_uiterlijk ? datum(m.melden_uiterlijk) : "—" })))))));
}

// A stappenplan step: who has regie, who else is involved, what to do, why, and the protocol's source.
function stapKaart(stap) {
  const rijen = [["Regie bij", stap.in_regie], ["Betrokken", stap.betrokken], ["Wat te doen", stap.acties],
    ["Waarom deze stap", stap.redenen]].filter(([, w]) => !(w === null || w === undefined || w === "" || (Array.isArray(w) && !w.length)));
  const bron = bronLink(stap.bron);
  return el("li", {}, el("p", { class: "vw-kaart-titel" }, el("strong", { tekst: stap.titel || stap.id })),
    el("dl", { class: "vw-uitkomsten" }, rijen.flatMap(([k, w]) => [el("dt", { tekst: k }), el("dd", {}, waarde(w))])),
    bron ? el("p", { class: "vw-bron" }, "Bron: ", bron) : null);
}

function contacten(organisaties) {
  return el("ul", { class: "vw-contacten" }, organisaties.map((o) => el("li", {}, el("strong", { tekst: o.naam }),
    o.rol ? ` – ${o.rol}` : "",
    o.telefoon ? el("span", {}, " Telefoon: ", el("a", { href: `tel:${o.telefoon.replace(/[^+\d]/g, "")}`, tekst: o.telefoon })) : null,
    o.email ? el("span", {}, " E-mail: ", el("a", { href: `mailto:${o.email}`, tekst: o.email })) : null,
    o.website ? el("span", {}, " ", el("a", { href: o.website, tekst: `website van ${o.naam}` })) : null)));
}

function eenheid(staat, n) {
  const lesuren = ((staat.kop || {}).samenvatting || {}).eenheid === "lesuren";
  return lesuren ? (n === 1 ? "lesuur" : "lesuren") : (n === 1 ? "klokuur" : "klokuren");
}

// ---------------------------------------------------------------- a pupil's year as a picture (issue 20)
// The SVG is our own Python's (calculators/overzicht/beeld.py): static, no script, names escaped there. It is
// parsed as XML (never as HTML, never with data from the file spliced in by us) and its style attribute is
// dropped (the site's CSP allows no inline style; overzicht.css sizes it). Pupil names and numbers reach the
// page only through textContent, as everywhere else.
const SVG_NS = "http://www.w3.org/2000/svg";

function svgVan(markup, achtervoegsel = "") {
  if (typeof markup !== "string" || !markup.startsWith("<svg")) return null;
  const doc = new DOMParser().parseFromString(markup.replace(/\sstyle="[^"]*"/g, ""), "image/svg+xml");
  const svg = doc.documentElement;
  if (!svg || svg.namespaceURI !== SVG_NS || svg.localName !== "svg" || doc.getElementsByTagName("parsererror").length) return null;
  for (const n of [...svg.querySelectorAll("script, foreignObject, [href], [*|href]")]) n.remove();
  for (const n of [svg, ...svg.querySelectorAll("*")]) {
    for (const a of [...n.attributes]) if (/^on/i.test(a.name)) n.removeAttribute(a.name);
  }
  if (achtervoegsel) {
    // A second copy on the page (the print view) needs its own ids for its title and description.
    for (const n of svg.querySelectorAll("[id]")) n.id += achtervoegsel;
    const namen = svg.getAttribute("aria-labelledby");
    if (namen) svg.setAttribute("aria-labelledby", namen.split(/\s+/).map((i) => i + achtervoegsel).join(" "));
  }
  svg.setAttribute("focusable", "false");
  return document.importNode(svg, true);
}

// A colour swatch with its letter, as in the picture: decorative, the legend's text says what it means.
function staal(kleur, letter) {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 14 12");
  svg.setAttribute("class", "vw-staal");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const rect = document.createElementNS(SVG_NS, "rect");
  for (const [k, v] of Object.entries({ x: "0.5", y: "0.5", width: "13", height: "11", fill: kleur || "#ffffff", stroke: "#5c5c5c" })) rect.setAttribute(k, v);
  svg.append(rect);
  if (letter) {
    const t = document.createElementNS(SVG_NS, "text");
    const donker = helderheid(kleur) < 0.35;
    for (const [k, v] of Object.entries({ x: "7", y: "9.5", "font-size": "9", "text-anchor": "middle", fill: donker ? "#ffffff" : "#1a1a1a",
      "font-family": "Arial, Helvetica, sans-serif", "font-weight": "bold" })) t.setAttribute(k, v);
    t.textContent = letter;
    svg.append(t);
  }
  return svg;
}

// Relative luminance of a #rrggbb colour (WCAG): a dark swatch gets a white letter, as in the picture.
function helderheid(kleur) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(kleur || "");
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// A pupil's place in the table: a safe part of an id (a pupil number from the file never becomes an id).
const idVan = (staat, leerling) => staat.volgordeVan.get(leerling) ?? "x";

const DAGNAMEN = ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"];

// The weeks of the picture as a table: its text alternative, closed by default, scrolling in its own box.
function wekenTabel(staat, beeld, label, id) {
  const soortTekst = Object.fromEntries((beeld.legenda || []).map((x) => [x.soort, x.tekst.split(":")[0]]));
  const cel = (dag) => {
    if (!dag) return "";
    if (dag.soort === "aanwezig") return "—";
    const uren = dag.uren ? `, ${getal(dag.uren)} ${eenheid(staat, dag.uren)}` : "";
    return `${soortTekst[dag.soort] || code(dag.soort)}${uren}`;
  };
  return el("details", { class: "vw-keuzes vw-weken-tabel", id },
    el("summary", { tekst: "De weken als tabel" }),
    el("p", { class: "vw-hulp", tekst: "Een streepje (—): geen verzuim geregistreerd op die schooldag." }),
    el("div", { class: "vw-tabel", tabindex: "0", role: "region", "aria-label": label },
      el("table", { class: "vw-weken-rooster" }, el("caption", { class: "vw-sr", tekst: label }),
        el("thead", {}, el("tr", {}, el("th", { scope: "col", tekst: "Week" }), DAGNAMEN.map((d) => el("th", { scope: "col", tekst: d })),
          el("th", { scope: "col", tekst: "Periode" }))),
        el("tbody", {}, (beeld.weken || []).map((w) => el("tr", {},
          el("th", { scope: "row", tekst: `${w.label} (${kortDatum(w.maandag)})` }),
          DAGNAMEN.map((_, i) => el("td", { tekst: cel(w.dagen[i]) })),
          el("td", { tekst: (w.vensters || []).map((v) => soortTekst[v] || code(v)).join("; ") || "—" })))))));
}

function legenda(beeld) {
  return el("ul", { class: "vw-legenda", "aria-label": "Legenda" }, (beeld.legenda || []).map((x) =>
    el("li", {}, staal(x.kleur, x.letter), x.letter ? el("span", { class: "vw-legenda-letter", tekst: x.letter }) : null, ` ${x.tekst}`)));
}

// The picture, its legend, its weeks as a table, the windows it marks and the patterns to discuss.
function beeldInhoud(staat, d, { kopNiveau = "h4", achtervoegsel = "", metTabel = true } = {}) {
  const l = d.leerling;
  const beeld = d.beeld || {};
  const delen = [el(kopNiveau, { tekst: "Het schooljaar in beeld" })];
  const svg = svgVan(beeld.svg, achtervoegsel);
  delen.push(svg ? el("div", { class: "vw-beeld" }, svg) : el("p", { tekst: beeld.omschrijving || "De afbeelding kon niet worden getoond." }));
  delen.push(legenda(beeld));
  if (metTabel) delen.push(wekenTabel(staat, beeld, `De weken van leerling ${l.leerling}`, `vwo-weken-${idVan(staat, l.leerling)}${achtervoegsel}`));
  const vensters = beeld.vensters || [];
  if (vensters.length) {
    delen.push(el(kopNiveau, { tekst: "Periodes in de afbeelding" }),
      el("ul", { class: "vw-vensters" }, vensters.map((v) => el("li", {}, v.tekst, v.bron ? el("span", { class: "vw-bron" }, ` Bron: ${v.bron}.`) : null))));
  }
  const patronen = beeld.patronen || [];
  delen.push(el(kopNiveau, { tekst: "Om te bespreken" }));
  if (patronen.length) {
    delen.push(el("ul", { class: "vw-patronen" }, patronen.map((p) => el("li", {}, el("strong", { tekst: "Om te bespreken: " }), p.tekst,
      p.bron ? el("span", { class: "vw-bron" }, ` Bron: ${p.bron}.`) : null))));
  } else delen.push(el("p", { tekst: "Geen patroon gevonden in de registraties van deze leerling." }));
  const keuzes = beeld.keuzes || [];
  if (keuzes.length && metTabel) {
    delen.push(el("details", { class: "vw-keuzes" }, el("summary", { tekst: "Wanneer noemt het overzicht een patroon?" }),
      el("dl", {}, keuzes.flatMap((k) => [el("dt", { tekst: k.titel }), el("dd", { tekst: k.tekst })]))));
  }
  return delen;
}

// The letters the pupil's step and signals ask for, filled by Python: document.mjs shows each (preview,
// open fields, print, download), exactly as after a calculator's answer.
function brievenVak(staat, d) {
  const l = d.leerling;
  const docs = d.documenten || [];
  const sectie = el("section", { class: "vw-documenten vw-brieven", "aria-label": `Brieven en documenten voor leerling ${l.leerling}` },
    el("h4", { tekst: "Brieven en documenten" }));
  if (!docs.length) {
    sectie.append(el("p", { tekst: "Bij wat nu geldt, vraagt het protocol geen brief, verslag of checklist." }));
    return sectie;
  }
  sectie.append(el("p", { tekst: "Ingevuld met de gegevens van deze leerling uit het bestand. Open een document om het " +
    "te controleren, aan te vullen, af te drukken of te downloaden. Wat u invult, blijft in deze pagina." +
    (staat.namenVerborgen ? " De documenten noemen de leerling wel bij naam: ze zijn voor de ouders en het dossier." : "") }));
  const plek = el("div", { class: "vw-brieven-lijst", "data-stand": "bezig" });
  sectie.append(plek);
  const vraagBestand = (extra) => vraag("verzuimoverzicht", {}, extra);
  documentModule().then((m) => {
    plek.replaceChildren(...m.documentBlokken(`vwo-detail-${idVan(staat, l.leerling)}`, docs, vraagBestand, new Map()));
    plek.dataset.stand = "klaar";
  }, () => {
    plek.replaceChildren(el("p", { class: "vw-status--fout", tekst: "De documenten konden niet worden geladen. Laad de pagina opnieuw." }));
    plek.dataset.stand = "fout";
  });
  return sectie;
}

function detailInhoud(staat, d, kopNiveau = "h3", metContacten = true, afdruk = false) {
  const l = d.leerling;
  const naam = staat.namenVerborgen || !l.naam ? "" : ` – ${l.naam}`;
  const delen = [el(kopNiveau, { tekst: `Leerling ${l.leerling}${naam}${l.klas ? ` (klas ${l.klas})` : ""}` })];
  const a = l.volgende_actie;
  delen.push(el("p", {}, el("strong", { tekst: a ? "Volgende actie: " : "Nu geen actie nodig." }),
    a ? `${a.tekst} (${a.verstreken ? `de meldtermijn was ${datum(a.datum)}` : a.datum ? `uiterlijk ${datum(a.datum)}` : "nu"}).` : ""));
  const nu = l.nu || [];
  const voorbij = l.voorbij || [];
  delen.push(el("dl", { class: "vw-uitkomsten" },
    el("dt", { tekst: "Nu" }),
    el("dd", {}, nu.length ? el("ul", {}, nu.map((n) => el("li", { tekst: n.tekst }))) : "niets"),
    el("dt", { tekst: "Eerder (voorbij)" }),
    el("dd", {}, voorbij.length ? el("ul", {}, voorbij.map((n) => el("li", { tekst: n.tekst }))) : "niets")));
  delen.push(el("p", { tekst: `Signalen: ${l.signalen.length ? l.signalen.map(code).join(", ") : "geen"}. ` +
    `Ongeoorloofd verzuim: ${getal(l.uren_ongeoorloofd)} ${eenheid(staat, l.uren_ongeoorloofd)}; ${getal(l.keer_te_laat)} keer te laat; ` +
    `${getal(l.ziekmeldingen)} ${l.ziekmeldingen === 1 ? "ziekmelding" : "ziekmeldingen"}; ${getal(l.rijen)} ${l.rijen === 1 ? "regel" : "regels"} in het bestand.` }));
  delen.push(...beeldInhoud(staat, d, afdruk ? { kopNiveau: "h4", achtervoegsel: "-afdruk", metTabel: false } : {}));
  if (!afdruk) delen.push(brievenVak(staat, d));
  if (l.meldingen && l.meldingen.length) delen.push(el("h4", { tekst: "Melden bij DUO" }), meldingenTabel(l.meldingen));
  if (l.lrv) delen.push(el("h4", { tekst: label("lrv") }), meldingenTabel([l.lrv]));
  if (l.mazl && l.mazl.length) {
    delen.push(el("h4", { tekst: label("mazl") }), el("ul", {}, l.mazl.map((m) => {
      const bron = bronLink(m.bron);
      return el("li", {}, m.datum ? `${datum(m.datum)}: ` : "", m.omschrijving || code(m.criterium),
        bron ? el("span", { class: "vw-bron" }, " Bron: ", bron, ".") : null);
    })));
  }
  if (l.te_laat) {
    const t = l.te_laat;
    delen.push(el("h4", { tekst: "Te laat" }), el("p", { tekst: t.drempel === null || t.drempel === undefined
      ? `${getal(t.aantal)} keer te laat. Deze regio noemt geen grens voor te laat komen.`
      : `${getal(t.aantal)} keer te laat; de grens van de regio is ${getal(t.drempel)}: ${t.bereikt ? "bereikt" : "niet bereikt"}.` }));
  }
  const stap = l.stap || {};
  if (stap.stappen && stap.stappen.length) {
    delen.push(el("h4", { tekst: "Stappenplan: wat nu" }), el("ol", { class: "vw-kaarten" }, stap.stappen.map(stapKaart)));
  }
  if (stap.escalatie && stap.escalatie.length) {
    delen.push(el("details", { class: "vw-keuzes" }, el("summary", { tekst: label("escalatie") }), waarde(stap.escalatie)));
  }
  const organisaties = (staat.organisaties || {})[staat.kop.regio] || [];
  if (organisaties.length && metContacten) {
    delen.push(el("h4", { tekst: `Wie u belt in ${staat.kop.regio_naam || "deze regio"}` }), contacten(organisaties));
  }
  if (l.uitleg && l.uitleg.length) delen.push(el("h4", { tekst: "Hoe is dit bepaald?" }), uitlegLijst(l.uitleg));
  return delen;
}

// Open or close a pupil's detail row; its content is asked of the worker the first time (a short
// 'Details laden…', announced politely), an error is shown in Dutch in the same place.
async function wisselDetail(blok, staat, knop) {
  const tr = knop.closest("tr");
  const r = staat.tabel[Number(tr.dataset.i)];
  const open = knop.getAttribute("aria-expanded") === "true";
  const bestaand = blok.querySelector(`#${knop.getAttribute("aria-controls")}`);
  if (open) {
    if (bestaand) bestaand.remove();
    knop.setAttribute("aria-expanded", "false");
    return;
  }
  const status = el("p", { class: "vw-detail-status", role: "status", "aria-live": "polite" });
  const vak = el("div", { class: "vw-detail", "data-stand": "bezig", "aria-busy": "true" }, status);
  const rij = el("tr", { class: "vw-detail-rij", id: knop.getAttribute("aria-controls") }, el("td", { colspan: tr.children.length }, vak));
  tr.after(rij);
  knop.setAttribute("aria-expanded", "true");
  // The live region is in the page before its text changes, so a screen reader announces it.
  const laden = setTimeout(() => { if (vak.dataset.stand === "bezig") status.textContent = `Details van leerling ${r.leerling} laden…`; }, 0);
  const uit = await haalDetail(staat, r.leerling);
  clearTimeout(laden);
  if (!rij.isConnected) return;  // closed, re-sorted or replaced meanwhile
  vak.removeAttribute("aria-busy");
  if (uit.fout) {
    status.classList.add("vw-status--fout");
    status.textContent = `De details van leerling ${r.leerling} konden niet worden geladen. ${uit.fout}`;
    if (uit.opnieuw) {
      vak.append(el("button", { type: "button", class: "vw-knop vw-knop--klein", "data-actie": "detail-opnieuw", tekst: "Opnieuw proberen" }));
    }
    vak.dataset.stand = "fout";
    return;
  }
  status.classList.add("vw-sr");
  status.textContent = `Details van leerling ${r.leerling} geladen.`;
  vak.append(...detailInhoud(staat, uit.detail));
  vak.dataset.stand = "klaar";
}

async function toonResultaat(blok, staat) {
  const kop = staat.kop;
  const vak = blok.querySelector(".vw-resultaat");
  const inhoud = vak.querySelector(".vw-resultaat-inhoud");
  staat.sorteer = null;
  const afgewezen = kop.afgewezen || [];
  const delen = [
    samenvatting(kop),
    kop.waarschuwingen && kop.waarschuwingen.length ? el("div", { class: "vw-waarschuwingen" }, el("h3", { tekst: "Let op" }),
      el("ul", {}, kop.waarschuwingen.map((w) => el("li", { tekst: w })))) : null,
    el("div", { class: "vw-knoppen vw-niet-afdrukken" },
      el("label", { class: "vw-vinkje" }, el("input", { type: "checkbox", "data-actie": "namen", checked: staat.namenVerborgen || null }),
        " Namen verbergen (in de tabel, de details, de export en de afdruk)"),
      el("button", { type: "button", class: "vw-knop", "data-actie": "csv", tekst: "Exporteer alle leerlingen als CSV (Excel)" }),
      el("button", { type: "button", class: "vw-knop", "data-actie": "afdrukken", tekst: "Afdrukken" }),
      el("label", { class: "vw-vinkje" }, el("input", { type: "checkbox", "data-actie": "afdrukdetails", checked: staat.afdrukDetails || null }),
        " Details per leerling meeprinten"),
      el("p", { class: "vw-afdruk-stand", role: "status", "aria-live": "polite" })),
    el("section", { class: "vw-weken", "aria-labelledby": "vwo-weken-kop", "data-stand": "bezig" },
      el("h3", { id: "vwo-weken-kop", tekst: "Verzuim per week" }),
      el("p", { class: "vw-weken-status", role: "status", "aria-live": "polite" })),
    el("div", { class: "vw-niet-afdrukken" }, filterVak(staat)),
    el("p", { class: "vw-aantal", role: "status", "aria-live": "polite" }),
    el("div", { class: "vw-tabel vw-leerlingen-vak vw-niet-afdrukken", tabindex: "0", role: "region", "aria-label": "Leerlingen" },
      el("table", { class: "vw-leerlingen" }, el("caption", { tekst: `Leerlingen, de leerlingen met actie nodig eerst. ${naamSortering(kop)}` }),
        el("thead"), el("tbody"))),
    el("button", { type: "button", class: "vw-knop vw-niet-afdrukken", "data-actie": "meer", hidden: true }),
    el("h3", { tekst: `${label("afgewezen")} (${getal(afgewezen.length)})` }),
    afgewezen.length ? el("div", { class: "vw-niet-afdrukken" }, afgewezenLijst(afgewezen)) : el("p", { tekst: "Geen: elke regel telt mee." }),
    kop.uitleg && kop.uitleg.length ? el("details", { class: "vw-keuzes vw-niet-afdrukken" }, el("summary", { tekst: "Hoe is het bestand gelezen?" }),
      uitlegLijst(kop.uitleg)) : null,
    kop.keuzes && kop.keuzes.length ? el("details", { class: "vw-keuzes vw-niet-afdrukken" },
      el("summary", { tekst: `Keuzes die de rekenhulp maakt (${kop.keuzes.length})` }),
      el("dl", {}, kop.keuzes.flatMap((k) => [el("dt", { tekst: k.titel }), el("dd", { tekst: k.tekst })]))) : null,
    el("div", { class: "vw-afdruk" }),
  ];
  inhoud.replaceChildren(...delen.filter(Boolean));
  vak.hidden = false;
  await vulTabel(blok, staat);
}

// How 'Naam' sorts: by surname when the file has a surname column, else as the file writes the name.
function naamSortering(kop) {
  const n = (kop.bestand || {}).naam_sortering;
  if (n === "achternaam") return "‘Naam’ sorteert op achternaam.";
  if (n === "naam") return "‘Naam’ sorteert zoals het bestand de naam schrijft (het bestand heeft geen kolom met de achternaam).";
  return "";
}

const AFGEWEZEN_EERST = 200;

// 'Regel 12', or with several files 'Regel 12 van b.csv': each refused row is found in its own file.
const afgewezenItem = (a) => el("li", {}, el("strong", { tekst: a.bestand ? `Regel ${a.regel} van ${a.bestand}` : `Regel ${a.regel}` }),
  a.soort ? ` (${code(a.soort)})` : "", `: ${a.reden}`);

function afgewezenLijst(afgewezen) {
  const lijst = el("ul", {}, afgewezen.slice(0, AFGEWEZEN_EERST).map(afgewezenItem));
  // A long list scrolls in its own box: one the keyboard can reach, with a name (axe: scrollable-region-focusable).
  const vak = el("div", { class: "vw-afgewezen", tabindex: "0", role: "region", "aria-label": label("afgewezen") }, lijst);
  if (afgewezen.length <= AFGEWEZEN_EERST) return vak;
  const knop = el("button", { type: "button", class: "vw-knop", tekst: `Toon alle ${afgewezen.length} afgewezen regels` });
  knop.addEventListener("click", () => {
    lijst.append(...afgewezen.slice(AFGEWEZEN_EERST).map(afgewezenItem));
    knop.remove();
    lijst.lastElementChild.setAttribute("tabindex", "-1");
  });
  return el("div", {}, vak, knop);
}

// ---------------------------------------------------------------- export: CSV for Dutch Excel, print view
// The CSV is the core's (calculators.overzicht.als_csv, the same as the command line's --csv), made in the
// worker with the answer; the BOM makes Excel read it as UTF-8.
function exporteer(blok, staat) {
  const tekst = "\uFEFF" + (staat.namenVerborgen ? staat.csvZonder : staat.csvNamen);
  const url = URL.createObjectURL(new Blob([tekst], { type: "text/csv;charset=utf-8" }));
  const a = el("a", { href: url, download: `verzuimoverzicht-${staat.kop.peildatum || new Date().toISOString().slice(0, 10)}.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  stand.laatsteCsv = tekst;
  meld(blok, "Het CSV-bestand is gemaakt in uw browser en staat in uw downloads.");
}

// Print: a compact list of the shown pupils (a few lines each); the full details of those with an action
// only when asked for ('Details per leerling meeprinten'). Those details come from the worker: they are
// asked for when the box is ticked, and 'Afdrukken' waits for them. The browser's own print command cannot
// wait (beforeprint is synchronous): a pupil whose details have not come yet is printed with a note.
function maakAfdruk(blok, staat) {
  const vak = blok.querySelector(".vw-afdruk");
  if (!vak || !staat.tabel) return;
  const rijen = zichtbaar(blok, staat);
  const kolommen = kolommenNu(staat);
  vak.replaceChildren(
    el("table", { class: "vw-afdruk-tabel" }, el("thead", {}, el("tr", {}, kolommen.map(([, t]) => el("th", { tekst: t })))),
      el("tbody", {}, rijen.map((r) => el("tr", {}, kolommen.map(([k]) => el("td", {}, celInhoud(k, r))))))),
    ...(staat.afdrukDetails ? rijen.filter((r) => r.actie_nodig).map((r) => {
      const d = staat.getoond === staat.nummer ? staat.klaar.get(r.leerling) : null;
      return el("section", { class: "vw-afdruk-detail" }, d ? detailInhoud(staat, d, "h3", false, true) : [
        el("h3", { tekst: `Leerling ${r.leerling}${staat.namenVerborgen || !r.naam ? "" : ` – ${r.naam}`}` }),
        el("p", { tekst: "De details van deze leerling waren nog niet geladen. Kies op de pagina ‘Afdrukken’: " +
          "die wacht tot de details er zijn." })]);
    }) : []),
    el("h3", { tekst: `Wie u belt in ${staat.kop.regio_naam || "deze regio"}` }),
    contacten((staat.organisaties || {})[staat.kop.regio] || []));
}

// The details of the shown pupils with an action, for the print view: asked of the worker (one at a time
// there), the progress in a polite live region next to the box.
async function laadAfdrukDetails(blok, staat) {
  const plek = blok.querySelector(".vw-afdruk-stand");
  const rijen = zichtbaar(blok, staat).filter((r) => r.actie_nodig);
  const nummer = staat.nummer;
  if (!plek) return;
  plek.dataset.stand = "bezig";
  plek.classList.remove("vw-status--fout");
  let gedaan = 0;
  let mislukt = 0;
  // The live region speaks about every tenth, not at every pupil.
  const stap = Math.max(1, Math.ceil(rijen.length / 10));
  const toon = () => {
    if (gedaan % stap === 0 || gedaan === rijen.length) plek.textContent = `Details voor de afdruk laden… ${gedaan} van ${rijen.length}`;
  };
  toon();
  // One at a time: each question has the worker's time limit to itself (hundreds sent at once would queue
  // behind each other there, and the last would run out of time and end the worker with its analysis).
  const beurt = (staat.afdrukBeurt = (staat.afdrukBeurt || 0) + 1);
  for (const r of rijen) {
    const u = await haalDetail(staat, r.leerling);
    if (beurt !== staat.afdrukBeurt || staat.nummer !== nummer || !staat.afdrukDetails) return;  // unticked or replaced
    gedaan += 1;
    if (u.fout) mislukt += 1;
    toon();
  }
  if (!plek.isConnected) return;
  if (mislukt) {
    plek.classList.add("vw-status--fout");
    plek.textContent = `De details van ${mislukt} van de ${rijen.length} leerlingen met actie nodig konden niet worden geladen; ` +
      "de afdruk noemt die leerlingen zonder details.";
  } else plek.textContent = rijen.length ? `De details van ${rijen.length} ${rijen.length === 1 ? "leerling" : "leerlingen"} ` +
    "met actie nodig worden meegeprint." : "Geen leerling met actie nodig: er worden geen details meegeprint.";
  plek.dataset.stand = "klaar";
}

async function afdrukken(blok, staat) {
  // A loading started by ticking the box gives way to this one; what has come is not asked again.
  if (staat.afdrukDetails) await laadAfdrukDetails(blok, staat);
  window.print();
}

// ---------------------------------------------------------------- the school's weeks (issue 20)
// One small chart above the table, with its weeks as a table; asked of the worker after the table is shown.
async function toonWeken(blok, staat) {
  const vak = blok.querySelector(".vw-weken");
  if (!vak) return;
  const status = vak.querySelector(".vw-weken-status");
  const nummer = staat.nummer;
  const laden = setTimeout(() => { if (vak.dataset.stand === "bezig") status.textContent = "Verzuim per week laden…"; }, 0);
  let uit;
  try {
    uit = await hulp.overzichtWeken();
  } catch (fout) {
    uit = { startfout: String(fout && fout.message || fout) };
  }
  clearTimeout(laden);
  if (staat.nummer !== nummer || !vak.isConnected) return;
  const a = uit.antwoord || {};
  const fout = uit.startfout || (uit.afgebroken ? "het laden is gestopt" : null) || (a.fouten ? a.fouten.map((f) => f.melding).join(" ") : null);
  const svg = !fout && svgVan(a.svg);
  if (fout || !svg) {
    status.classList.add("vw-status--fout");
    status.textContent = `Het verzuim per week kon niet worden getoond${fout ? `: ${fout}` : "."} De tabel hieronder klopt wel.`;
    vak.dataset.stand = "fout";
    return;
  }
  status.textContent = "";
  const lesuren = ((staat.kop || {}).samenvatting || {}).eenheid === "lesuren";
  const weken = a.weken || [];
  vak.append(el("div", { class: "vw-beeld vw-beeld--school" }, svg),
    el("details", { class: "vw-keuzes vw-weken-tabel" }, el("summary", { tekst: "De weken als tabel" }),
      el("div", { class: "vw-tabel", tabindex: "0", role: "region", "aria-label": "Verzuim per week als tabel" },
        el("table", { class: "vw-weken-rooster" }, el("caption", { class: "vw-sr", tekst: "Verzuim per week" }),
          el("thead", {}, el("tr", {}, ["Week", `Uren ongeoorloofd (${lesuren ? "lesuren" : "klokuren"})`,
            "Leerlingen ongeoorloofd afwezig", "Nieuwe ziekmeldingen"].map((t) => el("th", { scope: "col", tekst: t })))),
          el("tbody", {}, weken.map((w) => el("tr", {},
            el("th", { scope: "row", tekst: `${w.label} (${kortDatum(w.maandag)})${w.vakantie ? ", vakantie" : ""}` }),
            el("td", { class: "vw-getal-cel", tekst: getal(w.uren_ongeoorloofd) }),
            el("td", { class: "vw-getal-cel", tekst: getal(w.leerlingen_afwezig) }),
            el("td", { class: "vw-getal-cel", tekst: getal(w.ziekmeldingen) }))))))));
  vak.dataset.stand = "klaar";
}

// ---------------------------------------------------------------- offline, XLSX included
// rekenhulp.mjs caches the Python runtime for offline use; the XLSX reader is added here, so an XLSX
// export can also be read offline after one visit to this page (270 kB, only on this page).
async function bewaarXlsxVoorOffline() {
  if (!window.isSecureContext || !("caches" in window) || !navigator.serviceWorker) return;
  try {
    await navigator.serviceWorker.ready;
    const cache = await caches.open(`verzuimwijzer-${new URLSearchParams(VERSIE).get("v")}`);
    const lijst = new URL("../../py/xlsx/wielen.json", import.meta.url).href;
    if (!(await cache.match(lijst))) await cache.add(lijst);
    const namen = await (await cache.match(lijst)).json();
    for (const n of namen) {
      const url = new URL(`../../py/xlsx/${n}`, import.meta.url).href;
      if (!(await cache.match(url))) await cache.add(url);
    }
    stand.xlsxOffline = true;
  } catch { /* offline XLSX is a bonus */ }
}

// ---------------------------------------------------------------- binding
function laadStijl() {
  const href = new URL(`overzicht.css${VERSIE}`, import.meta.url).href;
  if (![...document.querySelectorAll("link[rel=stylesheet]")].some((l) => l.href === href)) {
    document.head.append(el("link", { rel: "stylesheet", href }));
  }
}

// 'Leeg' for the vakantieregio means the region's own; a region without one ('Landelijk') needs a choice,
// and the empty option and aria-required say so before the first file, not after.
function toonVakantieregio(blok) {
  const regio = blok.querySelector("#vwo-regio");
  const vr = blok.querySelector("#vwo-vakantieregio");
  if (!regio || !vr) return;
  const leeg = [...vr.options].find((o) => o.value === "");
  const eigen = T.vakantieregios[regio.value];
  const naam = eigen && [...vr.options].find((o) => o.value === eigen)?.textContent.split(":")[0];
  if (leeg) leeg.textContent = eigen ? `Die van de regio (${naam || eigen})` : "Kies de vakantieregio van de school";
  if (eigen) vr.removeAttribute("aria-required");
  else vr.setAttribute("aria-required", "true");
}

function kiesBestand(blok, staat, bestanden) {
  if (!bestanden || !bestanden.length) return;
  staat.bestanden = [...bestanden];
  stand.gekozenMs = performance.now();
  stand.getoondMs = null;
  bereken(blok, staat);
}

export function koppel(blok) {
  T = { ...T, ...JSON.parse(blok.dataset.teksten || "{}") };
  const organisaties = JSON.parse(blok.dataset.organisaties || "{}");
  laadStijl();
  const staat = (stand.staat = { kolommen: {}, codes: {}, namenVerborgen: false, bestanden: null, organisaties });
  herstel(blok, staat);
  toonVakantieregio(blok);
  blok.querySelector("#vwo-regio")?.addEventListener("change", () => toonVakantieregio(blok));
  const invoer = blok.querySelector('input[type="file"]');
  hulp.startMotor();  // start Python now: by the time a file is chosen it is ready
  // The status follows the worker, a fresh one after a stop or a failed start included (motor.mjs).
  const stop = volgMotor((motor) => {
    if (!blok.isConnected) { stop(); return; }
    if (!motor.gereed && !blok.getAttribute("aria-busy")) meld(blok, "Python wordt geladen…");
    motor.klaar.then(() => {
      if (!blok.getAttribute("aria-busy") && blok.querySelector(".vw-status").textContent === "Python wordt geladen…") meld(blok, "");
      bewaarXlsxVoorOffline();
    }, (fout) => {
      if (!isHuidig(motor) || !blok.isConnected || blok.getAttribute("aria-busy")) return;
      meld(blok, "", true);
      blok.querySelector(".vw-status").replaceChildren(...startfoutInhoud(fout));
    });
  });
  invoer.addEventListener("change", () => kiesBestand(blok, staat, invoer.files));
  const zone = blok.querySelector("[data-sleep]");
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("vw-sleep--over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("vw-sleep--over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("vw-sleep--over");
    if (e.dataTransfer.files.length) {
      invoer.files = e.dataTransfer.files;
      kiesBestand(blok, staat, invoer.files);
    }
  });
  blok.querySelector("form").addEventListener("submit", (e) => { e.preventDefault(); bereken(blok, staat); });
  for (const veld of blok.querySelectorAll("[data-onthouden]")) veld.addEventListener("change", () => bewaar(blok, staat));
  blok.addEventListener("change", (e) => {
    const t = e.target;
    if (t.matches("[data-filter]")) vulTabel(blok, staat);
    else if (t.matches("[data-actie=namen]")) { staat.namenVerborgen = t.checked; vulTabel(blok, staat); }
    else if (t.matches("[data-actie=afdrukdetails]")) {
      staat.afdrukDetails = t.checked;
      if (t.checked) laadAfdrukDetails(blok, staat);
      else {
        const plek = blok.querySelector(".vw-afdruk-stand");
        plek.textContent = "";
        delete plek.dataset.stand;
      }
    }
  });
  blok.addEventListener("click", (e) => {
    const knop = e.target.closest("button");
    if (!knop) return;
    if (knop.dataset.sorteer) {
      const k = knop.dataset.sorteer;
      const eerst = EERST_AFLOPEND.has(k) ? "descending" : "ascending";
      const ander = eerst === "ascending" ? "descending" : "ascending";
      const richting = staat.sorteer && staat.sorteer[0] === k && staat.sorteer[1] === eerst ? ander : eerst;
      staat.sorteer = [k, richting];
      vulTabel(blok, staat).then(() => blok.querySelector(`[data-sorteer="${CSS.escape(k)}"]`)?.focus());
    } else if (knop.dataset.actie === "detail") wisselDetail(blok, staat, knop);
    else if (knop.dataset.actie === "detail-opnieuw") {
      // Close and open the pupil again; the keyboard goes back to its Details button (this one is gone).
      const rij = knop.closest("tr.vw-detail-rij");
      const details = rij && blok.querySelector(`button[aria-controls="${CSS.escape(rij.id)}"]`);
      if (details) {
        details.focus();
        wisselDetail(blok, staat, details);
        wisselDetail(blok, staat, details);
      }
    }
    else if (knop.dataset.actie === "toepassen") { leesKoppeling(blok, staat); bereken(blok, staat); }
    else if (knop.dataset.actie === "vergeet") vergeet(blok, staat);
    else if (knop.dataset.actie === "stoppen") stopRekenen();
    else if (knop.dataset.actie === "csv") exporteer(blok, staat);
    else if (knop.dataset.actie === "meer") toonMeer(blok, staat);
    else if (knop.dataset.actie === "afdrukken") afdrukken(blok, staat);
  });
  // An error link moves the focus to its field (not a page change for Material's instant navigation).
  blok.querySelector(".vw-overzicht-fouten").addEventListener("click", (e) => {
    const link = e.target.closest("a[data-veld]");
    if (!link) return;
    e.preventDefault();
    e.stopPropagation();
    document.getElementById(link.dataset.veld)?.focus();
  }, true);
  window.addEventListener("beforeprint", () => {
    // Printing one letter (document.mjs) prints only that letter.
    if (document.documentElement.classList.contains("vw-brief-afdrukken")) return;
    if (blok.isConnected && staat.tabel) { maakAfdruk(blok, staat); document.documentElement.classList.add("vw-overzicht-afdruk"); }
  });
  window.addEventListener("afterprint", () => document.documentElement.classList.remove("vw-overzicht-afdruk"));
}
