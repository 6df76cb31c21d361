// Verzuimoverzicht: a school's whole absence export, read and checked in the Pyodide worker.
// Loaded by rekenhulp.mjs only on a page with a .vw-overzicht block. The file's bytes go to the worker
// and nowhere else; the page keeps the answer as one JSON text per pupil and parses a pupil when shown,
// and renders long tables in slices, so our code never blocks the page for long.
import { datumNl, el, toonSamenvatting } from "./gemeen.mjs";
import { isHuidig, startMotor, startfoutInhoud, startfoutMelding, startfoutTekst, overzicht as rekenOverzicht, stopRekenen, volgMotor } from "./motor.mjs";

const VERSIE = new URL(import.meta.url).search;  // ?v=<build>, for the stylesheet of this build
const OPSLAG = "verzuimwijzer-overzicht";        // localStorage: the user's settings, never pupil data
const PLAK = 100;                                // table rows per slice between two frames
const UTF8 = new TextDecoder();

// The signal kinds in their order; their names, the field and category names come from the schema
// (macros/overzicht.py puts them on the block as data-teksten).
const SIGNALEN = ["melding_16_uur", "lrv", "mazl", "te_laat", "thuiszitter"];
let T = { labels: {}, codes: {}, velden: {}, categorieen: {} };
const code = (c) => T.codes[c] || String(c).replace(/_/g, " ");
const FASEN = { xlsx: "XLSX-lezer laden", lezen: "Bestand lezen", analyseren: "Leerlingen nagaan" };
// Table columns: key, header, sortable value.
const KOLOMMEN = [
  ["leerling", "Leerling", (r) => r.leerling],
  ["naam", "Naam", (r) => r.naam || ""],
  ["klas", "Klas", (r) => r.klas || ""],
  ["signalen", "Signalen", (r) => r.signalen.length],
  ["uren_ongeoorloofd", "Uren ongeoorloofd", (r) => r.uren_ongeoorloofd || 0],
  ["keer_te_laat", "Keer te laat", (r) => r.keer_te_laat || 0],
  ["ziekmeldingen", "Ziek­meldingen", (r) => r.ziekmeldingen || 0],
  ["eerstvolgende_termijn", "Eerstvolgende termijn", (r) => r.eerstvolgende_termijn || "9999"],
  ["stap", "Stap", (r) => r.stap || ""],
];

const hulp = { startMotor, datumNl, startfoutTekst };
const stand = (window.vwOverzicht = { gekozenMs: null, getoondMs: null, voortgang: [], antwoorden: 0 });

// ---------------------------------------------------------------- small helpers
const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;
const getal = (n) => (n === null || n === undefined ? "—" : Number(n).toLocaleString("nl-NL", { maximumFractionDigits: 2 }));
const datum = (d) => (d ? hulp.datumNl(d) : "—");
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

function bewaar(blok, staat) {
  const instellingen = {};
  for (const veld of blok.querySelectorAll("[data-onthouden]")) {
    instellingen[veld.name] = veld.value;
  }
  // Only what the user chose: column headers and absence codes, never a value from a pupil's row.
  const inhoud = { versie: 1, ...instellingen, kolommen: staat.kolommen, codes: staat.codes };
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
  staat.codes = opgeslagen.codes && typeof opgeslagen.codes === "object" ? opgeslagen.codes : {};
}

function vergeet(blok, staat) {
  try { localStorage.removeItem(OPSLAG); } catch { /* nothing stored */ }
  for (const veld of blok.querySelectorAll("[data-onthouden]")) {
    if (veld.tagName === "SELECT") veld.value = [...veld.options].find((o) => o.defaultSelected)?.value ?? veld.options[0].value;
    else veld.value = veld.defaultValue;
  }
  staat.kolommen = {};
  staat.codes = {};
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
  // Reading is the first half, analysing the second; the XLSX reader is loaded before either.
  const deel = totaal > 0 ? Math.min(1, gedaan / totaal) : 0;
  const procent = Math.round(fase === "analyseren" ? 50 + 50 * deel : fase === "lezen" ? 50 * deel : 0);
  balk.value = procent;
  balk.textContent = `${procent}%`;
  stand.voortgang.push({ fase, procent });
  // The live region speaks every 10%, not at every update.
  const stap = Math.floor(procent / 10);
  if (stap !== blok._gemeldeStap || fase !== blok._gemeldeFase) {
    blok._gemeldeStap = stap;
    blok._gemeldeFase = fase;
    meld(blok, `${FASEN[fase] || fase}… ${procent}%`);
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
  const bestand = staat.bestand;
  if (!bestand) {
    toonFouten(blok, [{ veld: "bestand", melding: "Kies eerst een exportbestand (CSV, TXT of XLSX)." }]);
    return;
  }
  const invoer = invoerVan(blok, staat);
  stand.invoer = invoer;  // for the tests: CPython gets the same fields
  bewaar(blok, staat);
  blok.setAttribute("aria-busy", "true");
  blok._gemeldeStap = null;
  stand.voortgang = [];
  toonVoortgang(blok, "lezen", 0, 1);
  const motor = hulp.startMotor();
  if (!motor.gereed) meld(blok, "Python wordt geladen… Met ‘Stoppen’ breekt u het overzicht af.");
  else meld(blok, "Bestand lezen… Met ‘Stoppen’ breekt u het overzicht af.");
  try {
    const bytes = await bestand.arrayBuffer();  // a copy of the file, handed (not copied) to the worker
    const uit = await rekenOverzicht(bytes, invoer, (v) => toonVoortgang(blok, v.fase, v.gedaan, v.totaal));
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
    if (kop.fouten) {
      blok.querySelector(".vw-voortgang").hidden = true;
      meld(blok, "");
      toonFouten(blok, kop.fouten);
      return;
    }
    staat.kop = kop;
    staat.tabel = JSON.parse(uit.tabel).map((r, i) => ({ ...r, volgorde: i }));
    staat.leerlingen = new Uint8Array(uit.leerlingen);  // UTF-8 JSON per pupil, parsed one at a time
    staat.grenzen = new Uint32Array(uit.grenzen);
    staat.csvNamen = uit.csvNamen;
    staat.csvZonder = uit.csvZonder;
    staat.details = new Map();
    stand.antwoorden += 1;
    toonKoppeling(blok, staat);
    await volgendeFrame();  // the mapping tables and the result table in separate tasks (main thread free)
    await toonResultaat(blok, staat);
    stand.getoondMs = performance.now();
    blok.querySelector(".vw-voortgang").hidden = true;
    const n = staat.tabel.length;
    meld(blok, `Klaar: ${n} ${n === 1 ? "leerling" : "leerlingen"}, ${staat.tabel.filter((r) => r.actie_nodig).length} met actie nodig.` +
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

// The full answer, as run("verzuimoverzicht", …) gives it (tests compare it with CPython's).
stand.volledig = () => {
  const staat = stand.staat;
  return staat && staat.kop ? { ...staat.kop, leerlingen: staat.tabel.map((_, i) => detail(staat, i)) } : null;
};

function detail(staat, i) {
  if (!staat.details.has(i)) {
    const tekst = UTF8.decode(staat.leerlingen.subarray(staat.grenzen[i], staat.grenzen[i + 1]));
    staat.details.set(i, JSON.parse(tekst));
  }
  return staat.details.get(i);
}

// ---------------------------------------------------------------- the mapping: columns and codes
function toonKoppeling(blok, staat) {
  const b = staat.kop.bestand || {};
  const vak = blok.querySelector(".vw-koppeling");
  const inhoud = vak.querySelector(".vw-koppeling-inhoud");
  const velden = { ...T.velden };
  for (const k of b.kolommen || []) if (k.veld && !velden[k.veld]) velden[k.veld] = label(k.veld);
  const kolomRijen = (b.kolommen || []).map((k, i) => {
    const id = `vwo-kolom-${i}`;
    const gekozen = Object.entries(staat.kolommen).find(([, kop]) => kop === k.kop)?.[0] ?? k.veld ?? "";
    return el("tr", {},
      el("th", { scope: "row", id: `${id}-kop`, tekst: k.kop }),
      el("td", {}, el("select", { id, "data-kop": k.kop, "aria-labelledby": `vwo-kolomveld ${id}-kop` },
        el("option", { value: "", tekst: "(niet gebruiken)" }),
        Object.entries(velden).map(([w, t]) => el("option", { value: w, selected: w === gekozen, tekst: t })))),
      el("td", { tekst: k.herkend ? code(k.herkend) : "niet herkend" }));
  });
  const onbekend = (staat.kop.codes || []).filter((c) => !c.categorie);
  const codeRijen = (staat.kop.codes || []).map((c, i) => {
    const id = `vwo-code-${i}`;
    return el("tr", { class: c.categorie ? null : "vw-nog-kiezen" },
      el("th", { scope: "row", id: `${id}-code`, tekst: c.code }),
      el("td", { tekst: c.omschrijving || "" }),
      el("td", { class: "vw-getal-cel", tekst: getal(c.aantal) }),
      el("td", {}, el("select", { id, "data-code": c.code, "aria-labelledby": `vwo-codecategorie ${id}-code` },
        [["", "nog kiezen"], ...Object.entries(T.categorieen)]
          .map(([w, t]) => el("option", { value: w, selected: w === (c.categorie || ""), tekst: t })))),
      el("td", { tekst: c.herkomst ? code(c.herkomst) : "—" }));
  });
  const kenmerken = [
    b.las ? `leerlingadministratie: ${b.las}` : null,
    b.vorm ? `vorm: ${code(b.vorm)}` : null,
    b.codering ? `tekenset: ${b.codering}` : null,
    b.scheidingsteken ? `scheidingsteken: ${b.scheidingsteken === "\t" ? "tab" : b.scheidingsteken}` : null,
    b.koprij === false ? "geen kopregel (kolommen op nummer)" : null,
  ].filter(Boolean);
  inhoud.replaceChildren(...[
    el("p", { tekst: `Het bestand is gelezen als ${kenmerken.join(", ")}. Controleer de koppeling hieronder; ` +
      "pas zo nodig aan en kies dan ‘Opnieuw berekenen’." }),
    el("h3", { tekst: "Kolommen" }),
    el("div", { class: "vw-tabel" }, el("table", {},
      el("thead", {}, el("tr", {}, el("th", { scope: "col", tekst: "Kop in het bestand" }),
        el("th", { scope: "col", id: "vwo-kolomveld", tekst: "Betekent" }), el("th", { scope: "col", tekst: "Herkenning" }))),
      el("tbody", {}, kolomRijen))),
    el("h3", { tekst: "Verzuimcodes" }),
    onbekend.length ? el("p", { class: "vw-let-op" }, el("strong", { tekst: "Nog kiezen: " }),
      `${onbekend.map((c) => `‘${c.code}’ (${getal(c.aantal)} regels)`).join(", ")}. ` +
      "Regels met een code die ‘nog kiezen’ is, tellen niet mee tot u een categorie kiest.") : null,
    el("div", { class: "vw-tabel" }, el("table", {},
      el("thead", {}, el("tr", {}, ["Code", "Omschrijving", "Aantal regels"].map((t) => el("th", { scope: "col", tekst: t })),
        el("th", { scope: "col", id: "vwo-codecategorie", tekst: "Telt als" }), el("th", { scope: "col", tekst: "Herkomst" }))),
      el("tbody", {}, codeRijen))),
    el("div", { class: "vw-knoppen" },
      el("button", { type: "button", class: "md-button md-button--primary", "data-actie": "toepassen",
        tekst: "Opnieuw berekenen met deze koppeling" }))].filter(Boolean));
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
    el("dl", { class: "vw-uitkomsten" }, rijen.flatMap(([k, w]) => [el("dt", { tekst: k }), el("dd", { tekst: getal(w) })]),
      signalen.flatMap(([k, w]) => [el("dt", { tekst: `Signaal: ${code(k)}` }), el("dd", { tekst: getal(w) })])));
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

function celInhoud(sleutel, r) {
  if (sleutel === "signalen") {
    return r.signalen.length ? el("ul", { class: "vw-signalen" }, r.signalen.map((s) => el("li", { tekst: code(s) })))
      : document.createTextNode("geen");
  }
  if (sleutel === "eerstvolgende_termijn") return document.createTextNode(datum(r[sleutel]));
  if (sleutel === "uren_ongeoorloofd" || sleutel === "keer_te_laat") return document.createTextNode(getal(r[sleutel]));
  return document.createTextNode(r[sleutel] ?? "—");
}

function tabelRij(staat, r, kolommen) {
  const id = `vwo-detail-${r.volgorde}`;
  return el("tr", { class: r.actie_nodig ? "vw-actie" : null, "data-i": r.volgorde },
    kolommen.map(([k], j) => el(j === 0 ? "th" : "td", j === 0 ? { scope: "row" } : { class: typeof r[k] === "number" ? "vw-getal-cel" : null },
      celInhoud(k, r))),
    el("td", {}, el("button", { type: "button", class: "vw-knop vw-knop--klein", "data-actie": "detail",
      "aria-expanded": "false", "aria-controls": id },
    "Details", el("span", { class: "vw-sr", tekst: ` van leerling ${r.leerling}` }))));
}

async function vulTabel(blok, staat) {
  const rijen = zichtbaar(blok, staat);
  const kolommen = kolommenNu(staat);
  const tabel = blok.querySelector(".vw-leerlingen");
  const kopRij = el("tr", {}, kolommen.map(([k, t]) => {
    const richting = staat.sorteer && staat.sorteer[0] === k ? staat.sorteer[1] : null;
    return el("th", { scope: "col", "aria-sort": richting },
      el("button", { type: "button", class: "vw-sorteer", "data-sorteer": k },
        t, el("span", { class: "vw-sr", tekst: richting ? (richting === "ascending" ? ", oplopend gesorteerd" : ", aflopend gesorteerd") : ", sorteren" }),
        el("span", { "aria-hidden": "true", class: "vw-pijl", tekst: richting === "ascending" ? " ▲" : richting === "descending" ? " ▼" : "" })));
  }), el("th", { scope: "col" }, el("span", { class: "vw-sr", tekst: "Details" })));
  tabel.querySelector("thead").replaceChildren(kopRij);
  const body = tabel.querySelector("tbody");
  body.replaceChildren();
  const beurt = (staat.beurt = (staat.beurt || 0) + 1);
  for (let i = 0; i < rijen.length; i += PLAK) {
    if (i) await volgendeFrame();
    if (beurt !== staat.beurt) return;  // a newer sort or filter took over
    body.append(...rijen.slice(i, i + PLAK).map((r) => tabelRij(staat, r, kolommen)));
  }
  blok.querySelector(".vw-aantal").textContent =
    `${rijen.length} van ${staat.tabel.length} leerlingen getoond${staat.sorteer ? "" : ", de leerlingen met actie nodig eerst"}.`;
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

function detailInhoud(staat, l, kopNiveau = "h3", metContacten = true) {
  const naam = staat.namenVerborgen || !l.naam ? "" : ` – ${l.naam}`;
  const delen = [el(kopNiveau, { tekst: `Leerling ${l.leerling}${naam}${l.klas ? ` (klas ${l.klas})` : ""}` })];
  delen.push(el("p", {}, el("strong", { tekst: l.actie_nodig ? "Actie nodig. " : "Nu geen actie nodig. " }),
    l.eerstvolgende_termijn ? `Eerstvolgende termijn: ${datum(l.eerstvolgende_termijn)}.` : ""));
  delen.push(el("p", { tekst: `Signalen: ${l.signalen.length ? l.signalen.map(code).join(", ") : "geen"}. ` +
    `Ongeoorloofd verzuim: ${getal(l.uren_ongeoorloofd)} uur; ${getal(l.keer_te_laat)} keer te laat; ` +
    `${getal(l.ziekmeldingen)} ziekmeldingen; ${getal(l.rijen)} regels in het bestand.` }));
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

function wisselDetail(blok, staat, knop) {
  const tr = knop.closest("tr");
  const i = Number(tr.dataset.i);
  const open = knop.getAttribute("aria-expanded") === "true";
  const bestaand = blok.querySelector(`#${knop.getAttribute("aria-controls")}`);
  if (open) {
    if (bestaand) bestaand.remove();
    knop.setAttribute("aria-expanded", "false");
    return;
  }
  const l = detail(staat, i);
  const breedte = tr.children.length;
  tr.after(el("tr", { class: "vw-detail-rij", id: knop.getAttribute("aria-controls") },
    el("td", { colspan: breedte }, el("div", { class: "vw-detail" }, detailInhoud(staat, l)))));
  knop.setAttribute("aria-expanded", "true");
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
      el("button", { type: "button", class: "vw-knop", "data-actie": "afdrukken", tekst: "Afdrukken" })),
    el("div", { class: "vw-niet-afdrukken" }, filterVak(staat)),
    el("p", { class: "vw-aantal", role: "status", "aria-live": "polite" }),
    el("div", { class: "vw-tabel vw-niet-afdrukken", tabindex: "0", role: "region", "aria-label": "Leerlingen (tabel scrolt horizontaal)" },
      el("table", { class: "vw-leerlingen" }, el("caption", { tekst: "Leerlingen, de leerlingen met actie nodig eerst" }),
        el("thead"), el("tbody"))),
    el("h3", { tekst: `${label("afgewezen")} (${afgewezen.length})` }),
    afgewezen.length ? afgewezenLijst(afgewezen) : el("p", { tekst: "Geen: elke regel telt mee." }),
    kop.uitleg && kop.uitleg.length ? el("details", { class: "vw-keuzes" }, el("summary", { tekst: "Hoe is het bestand gelezen?" }),
      uitlegLijst(kop.uitleg)) : null,
    kop.keuzes && kop.keuzes.length ? el("details", { class: "vw-keuzes" },
      el("summary", { tekst: `Keuzes die de rekenhulp maakt (${kop.keuzes.length})` }),
      el("dl", {}, kop.keuzes.flatMap((k) => [el("dt", { tekst: k.titel }), el("dd", { tekst: k.tekst })]))) : null,
    el("div", { class: "vw-afdruk" }),
  ];
  inhoud.replaceChildren(...delen.filter(Boolean));
  vak.hidden = false;
  await vulTabel(blok, staat);
}

const AFGEWEZEN_EERST = 200;

function afgewezenLijst(afgewezen) {
  const lijst = el("ul", { class: "vw-afgewezen" },
    afgewezen.slice(0, AFGEWEZEN_EERST).map((a) => el("li", {}, el("strong", { tekst: `Regel ${a.regel}` }), a.soort ? ` (${code(a.soort)})` : "", `: ${a.reden}`)));
  if (afgewezen.length <= AFGEWEZEN_EERST) return lijst;
  const knop = el("button", { type: "button", class: "vw-knop", tekst: `Toon alle ${afgewezen.length} afgewezen regels` });
  knop.addEventListener("click", () => {
    lijst.append(...afgewezen.slice(AFGEWEZEN_EERST).map((a) => el("li", {}, el("strong", { tekst: `Regel ${a.regel}` }), a.soort ? ` (${code(a.soort)})` : "", `: ${a.reden}`)));
    knop.remove();
    lijst.lastElementChild.setAttribute("tabindex", "-1");
  });
  return el("div", {}, lijst, knop);
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

// Print: the shown pupils as a plain table, then the details of those with a signal.
function maakAfdruk(blok, staat) {
  const vak = blok.querySelector(".vw-afdruk");
  if (!vak || !staat.tabel) return;
  const rijen = zichtbaar(blok, staat);
  const kolommen = kolommenNu(staat);
  vak.replaceChildren(
    el("table", { class: "vw-afdruk-tabel" }, el("thead", {}, el("tr", {}, kolommen.map(([, t]) => el("th", { tekst: t })))),
      el("tbody", {}, rijen.map((r) => el("tr", {}, kolommen.map(([k]) => el("td", {}, celInhoud(k, r))))))),
    ...rijen.filter((r) => r.signalen.length || r.actie_nodig)
      .map((r) => el("section", { class: "vw-afdruk-detail" }, detailInhoud(staat, detail(staat, r.volgorde), "h3", false))),
    el("h3", { tekst: `Wie u belt in ${staat.kop.regio_naam || "deze regio"}` }),
    contacten((staat.organisaties || {})[staat.kop.regio] || []));
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

function kiesBestand(blok, staat, bestand) {
  if (!bestand) return;
  staat.bestand = bestand;
  stand.gekozenMs = performance.now();
  stand.getoondMs = null;
  bereken(blok, staat);
}

export function koppel(blok) {
  T = { ...T, ...JSON.parse(blok.dataset.teksten || "{}") };
  const organisaties = JSON.parse(blok.dataset.organisaties || "{}");
  laadStijl();
  const staat = (stand.staat = { kolommen: {}, codes: {}, namenVerborgen: false, bestand: null, organisaties });
  herstel(blok, staat);
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
  invoer.addEventListener("change", () => kiesBestand(blok, staat, invoer.files[0]));
  const zone = blok.querySelector("[data-sleep]");
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("vw-sleep--over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("vw-sleep--over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("vw-sleep--over");
    if (e.dataTransfer.files.length) {
      invoer.files = e.dataTransfer.files;
      kiesBestand(blok, staat, invoer.files[0]);
    }
  });
  blok.querySelector("form").addEventListener("submit", (e) => { e.preventDefault(); bereken(blok, staat); });
  for (const veld of blok.querySelectorAll("[data-onthouden]")) veld.addEventListener("change", () => bewaar(blok, staat));
  blok.addEventListener("change", (e) => {
    const t = e.target;
    if (t.matches("[data-filter]")) vulTabel(blok, staat);
    else if (t.matches("[data-actie=namen]")) { staat.namenVerborgen = t.checked; vulTabel(blok, staat); }
  });
  blok.addEventListener("click", (e) => {
    const knop = e.target.closest("button");
    if (!knop) return;
    if (knop.dataset.sorteer) {
      const k = knop.dataset.sorteer;
      const richting = staat.sorteer && staat.sorteer[0] === k && staat.sorteer[1] === "ascending" ? "descending" : "ascending";
      staat.sorteer = [k, richting];
      vulTabel(blok, staat).then(() => blok.querySelector(`[data-sorteer="${CSS.escape(k)}"]`)?.focus());
    } else if (knop.dataset.actie === "detail") wisselDetail(blok, staat, knop);
    else if (knop.dataset.actie === "toepassen") { leesKoppeling(blok, staat); bereken(blok, staat); }
    else if (knop.dataset.actie === "vergeet") vergeet(blok, staat);
    else if (knop.dataset.actie === "stoppen") stopRekenen();
    else if (knop.dataset.actie === "csv") exporteer(blok, staat);
    else if (knop.dataset.actie === "afdrukken") window.print();
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
    if (blok.isConnected && staat.tabel) { maakAfdruk(blok, staat); document.documentElement.classList.add("vw-overzicht-afdruk"); }
  });
  window.addEventListener("afterprint", () => document.documentElement.classList.remove("vw-overzicht-afdruk"));
}
