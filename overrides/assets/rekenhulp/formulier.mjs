// A calculator's form: reading it, filling it (from a shared link), its rows, its "Meer opties" and its errors.
import { el, toonSamenvatting, wisSamenvatting } from "./gemeen.mjs";

// ---------------------------------------------------------------- reading and filling the form
function rijen(veld) {
  return [...veld.querySelectorAll("tbody tr")].map((tr) => Object.fromEntries(
    [...tr.querySelectorAll("[data-kolom]")].map((i) => [i.dataset.kolom, i.value.trim()])))
    .filter((rij) => Object.values(rij).some((w) => w !== ""));
}

// Fields some regions use only (data-regios, from the schema): shown and read when one of them is chosen.
export function geldtVoorRegio(blok, veld) {
  const regio = blok.querySelector('select[name="regio"]');
  return !veld.dataset.regios || veld.dataset.regios.split(" ").includes((regio && regio.value) || "landelijk");
}

export function toonRegioVelden(blok) {
  const toon = () => { for (const v of blok.querySelectorAll("[data-regios]")) v.hidden = !geldtVoorRegio(blok, v); };
  blok.querySelector('select[name="regio"]')?.addEventListener("change", toon);
  toon();
}

export function leesInvoer(blok) {
  const invoer = {};
  const problemen = [];
  for (const veld of blok.querySelectorAll("[data-veld]")) {
    const naam = veld.dataset.veld;
    const type = veld.dataset.type;
    if (!geldtVoorRegio(blok, veld)) continue;  // a field of another region is not sent
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

// A shared link fills at most this many rows of a list field; a longer list goes into its paste box, whole,
// and the field says so (issue 17: 2,000 rows used to block the page for half a minute).
export const MAX_RIJEN = 2000;

export async function vulIn(blok, invoer) {
  for (const [naam, waarde] of Object.entries(invoer)) {
    const veld = blok.querySelector(`[data-veld="${CSS.escape(naam)}"]`);
    if (!veld) continue;
    if (![null, "", false].includes(waarde) && !(Array.isArray(waarde) && !waarde.length)) toonVerborgenVeld(veld);
    const type = veld.dataset.type;
    if (type === "lijst") await vulLijst(veld, waarde);
    else if (type === "bool") {
      veld.querySelector("input").checked = waarde === true || waarde === "true" || waarde === "ja";
    } else {
      veld.querySelector("input, select, textarea").value = Array.isArray(waarde) ? waarde.join("\n") : String(waarde);
    }
  }
}

// Rows are built in fragments of PLAK rows, numbered as they are made, with the page free between two
// fragments: linear in the number of rows, and no long task (issue 17: 2,000 rows took 32 s before).
const PLAK = 200;
const volgendeTaak = () => new Promise((klaar) => setTimeout(klaar, 0));

async function vulLijst(veld, waarde) {
  const body = veld.querySelector("tbody");
  const plak = veld.querySelector("[data-plak]");
  const lijst = (Array.isArray(waarde) ? waarde : []).filter((r) => r && typeof r === "object");
  veld.querySelector(".vw-lijst-melding")?.remove();
  plak.value = typeof waarde === "string" ? waarde : "";
  body.replaceChildren();
  if (lijst.length > MAX_RIJEN) {
    // As lines in the paste box, tab-separated in the columns' order: nothing is lost, the page stays quick.
    const kolommen = [...veld.querySelector("template").content.querySelectorAll("[data-kolom]")].map((c) => c.dataset.kolom);
    const cel = (w) => (w === null || w === undefined ? "" : String(w).replace(/[\t\r\n]+/g, " "));
    plak.value = lijst.map((r) => kolommen.map((k) => cel(r[k])).join("\t")).join("\n");
    const aantal = (n) => n.toLocaleString("nl-NL");
    plak.before(el("p", { class: "vw-melding vw-lijst-melding", role: "status", tekst:
      `Deze link bevat ${aantal(lijst.length)} regels. Het formulier toont hoogstens ${aantal(MAX_RIJEN)} regels ` +
      "als losse velden; daarom staan ze allemaal in het plakvak hieronder, één regel per rij. De berekening " +
      "gebruikt ze allemaal." }));
    nieuweRij(veld);
    return;
  }
  // Built off the page (no layout per fragment), then put in at once: one layout of the whole table.
  const rijen = document.createDocumentFragment();
  for (let i = 0; i < lijst.length; i += PLAK) {
    lijst.slice(i, i + PLAK).forEach((rij, j) => {
      const tr = sjabloonRij(veld);
      for (const cel of tr.querySelectorAll("[data-kolom]")) cel.value = rij[cel.dataset.kolom] ?? "";
      nummer(tr, i + j + 1);
      rijen.append(tr);
    });
    if (i + PLAK < lijst.length) await volgendeTaak();
  }
  if (!rijen.children.length) rijen.append(sjabloonRij(veld));
  body.append(rijen);
  if (!lijst.length) nummerRijen(veld);
}

// ---------------------------------------------------------------- rows of a 'lijst' field
function nummer(tr, n) {
  for (const invoer of tr.querySelectorAll("[aria-label]")) {
    invoer.setAttribute("aria-label", invoer.getAttribute("aria-label").replace(/regel \S+$/, `regel ${n}`));
  }
  const sr = tr.querySelector("[data-actie=verwijder] .vw-sr");
  if (sr) sr.textContent = ` regel ${n}`;
}

function nummerRijen(veld) {
  veld.querySelectorAll("tbody tr").forEach((tr, i) => nummer(tr, i + 1));
}

const sjabloonRij = (veld) => veld.querySelector("template").content.firstElementChild.cloneNode(true);

function nieuweRij(veld) {
  const body = veld.querySelector("tbody");
  body.append(sjabloonRij(veld));
  nummerRijen(veld);
  return body.lastElementChild;
}

export function rijActie(knop) {
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
export function toonVerborgenVeld(veld) {
  const meer = veld && veld.closest("details.vw-meer");
  if (meer && !meer.open) meer.open = true;
}

// ---------------------------------------------------------------- errors
export function wisFouten(blok) {
  wisSamenvatting(blok.querySelector(".vw-samenvatting"));
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

export function toonFouten(blok, fouten) {
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
  toonSamenvatting(samenvatting, items);
}

export function focusVeld(blok, link) {
  const doel = link.dataset.doel ? blok.querySelector(`#${CSS.escape(link.dataset.doel)}`)
    : blok.querySelector(link.getAttribute("href"));
  const invoer = doel && (doel.matches("input, select, textarea") ? doel : doel.querySelector("input, select, textarea"));
  if (invoer) {
    toonVerborgenVeld(invoer);
    invoer.focus();
    invoer.closest("[data-veld]").scrollIntoView({ block: "center" });
  }
}
