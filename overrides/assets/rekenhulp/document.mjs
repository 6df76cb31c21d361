// Documents that fit a calculator answer (letters, verslagen, checklists), filled by Python in the worker.
// Each document: a disclosure with its open fields as labelled inputs, a live preview, print (a clean A4
// letter: only the letter, no site chrome) and download as an editable file. What is typed stays in this
// page: it is not sent, not stored, not put in the URL.
const VERSIE = new URL(import.meta.url).search;  // ?v=<build>, for the stylesheet of the same build
const STIJL = new URL(`document.css${VERSIE}`, import.meta.url).href;

import { el } from "./gemeen.mjs";

export function laadStijl() {
  if (document.querySelector("link[data-vw-document]")) return;
  document.head.append(el("link", { rel: "stylesheet", href: STIJL, "data-vw-document": "" }));
}

// ---------------------------------------------------------------- the text, with its blanks
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The text with every blank's marker replaced by what was typed (unfilled blanks keep their [marker]).
function ingevuld(doc, waarden) {
  let tekst = doc.tekst;
  for (const v of doc.velden_open) {
    const w = (waarden.get(v.naam) || "").trim();
    if (w) tekst = tekst.split(v.merk).join(w);
  }
  return tekst;
}

// A line of text as nodes: blanks become marked spans (filled or not), the rest plain text.
function regel(tekst, doc, waarden) {
  if (!doc.velden_open.length) return [tekst];
  const patroon = new RegExp(`(${doc.velden_open.map((v) => escape(v.merk)).join("|")})`);
  return tekst.split(patroon).filter((d) => d !== "").map((deel) => {
    const veld = doc.velden_open.find((v) => v.merk === deel);
    if (!veld) return deel;
    const w = (waarden.get(veld.naam) || "").trim();
    return el("span", { class: w ? "vw-open vw-open--ingevuld" : "vw-open", "data-open": veld.naam,
      title: w ? null : `In te vullen: ${veld.label}`, tekst: w || veld.merk });
  });
}

// The documents are Markdown of a fixed, small shape (see calculators/documenten/sjablonen): headings
// '#'/'##', lists '- ' (a checklist item '- [ ] '), and paragraphs whose line breaks are kept (addresses).
function brief(doc, waarden) {
  const blokken = doc.tekst.trim().split(/\n{2,}/);
  return blokken.map((blok) => {
    const regels = blok.split("\n");
    const kop = /^(#{1,2}) (.*)$/.exec(regels[0]);
    if (kop && regels.length === 1) return el(kop[1].length === 1 ? "h5" : "h6", { class: "vw-brief-kop" }, regel(kop[2], doc, waarden));
    if (regels.every((r) => r.startsWith("- "))) {
      return el("ul", {}, regels.map((r) => {
        const vink = r.startsWith("- [ ] ");
        return el("li", { class: vink ? "vw-vink" : null }, regel(r.slice(vink ? 6 : 2), doc, waarden));
      }));
    }
    return el("p", {}, regels.flatMap((r, i) => (i ? [el("br"), ...regel(r, doc, waarden)] : regel(r, doc, waarden))));
  });
}

// ---------------------------------------------------------------- print and download
function afdrukken(voorbeeld) {
  const kopie = voorbeeld.cloneNode(true);
  kopie.classList.add("vw-afdrukbrief");
  kopie.removeAttribute("aria-label");
  const html = document.documentElement;
  const klaar = () => {
    kopie.remove();
    html.classList.remove("vw-brief-afdrukken");
    window.removeEventListener("afterprint", klaar);
  };
  document.body.append(kopie);
  html.classList.add("vw-brief-afdrukken");
  window.addEventListener("afterprint", klaar);
  window.print();
}

function download(naam, inhoud, type) {
  const url = URL.createObjectURL(new Blob([inhoud], { type }));
  // A detached link: the theme's instant navigation never sees this click.
  el("a", { href: url, download: naam }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---------------------------------------------------------------- one document
function documentBlok(idBasis, doc, waarden, herteken, vraag) {
  const id = `${idBasis}-doc-${doc.soort}`;
  const voorbeeld = el("div", { class: "vw-brief", role: "region", "aria-label": `Voorbeeld: ${doc.titel}` });
  const status = el("p", { class: "vw-status", role: "status", "aria-live": "polite" });
  const teken = () => voorbeeld.replaceChildren(...brief(doc, waarden));
  const velden = doc.velden_open.map((v) => {
    const vid = `${id}-${v.naam}`;
    const attrs = { id: vid, "data-open-veld": v.naam, autocomplete: "off", spellcheck: v.regels > 1 ? "true" : "false" };
    const invoer = v.regels > 1 ? el("textarea", { ...attrs, rows: String(v.regels) }) : el("input", { ...attrs, type: "text" });
    invoer.value = waarden.get(v.naam) || "";
    invoer.addEventListener("input", () => {
      waarden.set(v.naam, invoer.value);
      herteken(v.naam, invoer);
    });
    return el("div", { class: "vw-veld" }, el("label", { for: vid, tekst: v.label }), invoer);
  });
  const knop = (actie, tekst) => el("button", { type: "button", class: "vw-knop", "data-doc": actie, tekst });
  const details = el("details", { class: "vw-document", id, "data-soort": doc.soort },
    el("summary", {}, el("span", { class: "vw-document-titel", tekst: doc.titel })),
    doc.omschrijving ? el("p", { class: "vw-hulp", tekst: doc.omschrijving }) : null,
    velden.length ? el("fieldset", { class: "vw-open-velden" },
      el("legend", { tekst: `In te vullen (${velden.length})` }),
      el("p", { class: "vw-hulp", tekst: "Wat u hier typt, komt alleen in het voorbeeld en in uw afdruk of download. " +
        "Het wordt niet verstuurd en niet bewaard. Lege velden blijven [tussen haken] staan." }),
      velden) : null,
    voorbeeld,
    el("div", { class: "vw-knoppen" }, knop("afdrukken", "Afdrukken"), knop("docx", "Download voor Word (.docx)"),
      knop("txt", "Download als tekst (.txt)")),
    status);
  details.addEventListener("click", async (e) => {
    const k = e.target.closest("button[data-doc]");
    if (!k) return;
    const soort = k.dataset.doc;
    if (soort === "afdrukken") return afdrukken(voorbeeld);
    // The files are written by Python in the worker, from the letter with what was typed in it.
    const naam = `${doc.bestandsnaam || doc.soort}.${soort}`;
    const { antwoord: uit, startfout } = await vraag({ bestand: { tekst: ingevuld(doc, waarden), titel: doc.titel } });
    if (startfout || !uit || uit.fouten) {
      status.textContent = `Het bestand ${naam} kon niet worden gemaakt. Gebruik Afdrukken, of laad de pagina opnieuw.`;
      return;
    }
    if (soort === "docx") {
      const bytes = Uint8Array.from(atob(uit.docx), (c) => c.charCodeAt(0));
      download(naam, bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    } else download(naam, `\ufeff${uit.txt}`, "text/plain;charset=utf-8");  // BOM: Windows programs read UTF-8
    status.textContent = `Het bestand ${naam} is gedownload.`;
  });
  teken();
  return { details, teken };
}

// ---------------------------------------------------------------- all documents of an answer
export async function toon(blok, antwoord, vraag) {
  const vak = blok.querySelector(".vw-antwoord");
  let sectie = vak.querySelector(".vw-documenten");
  if (!sectie) {
    sectie = el("section", { class: "vw-documenten vw-niet-afdrukken", "aria-labelledby": `${blok.id}-documenten-kop` });
    vak.append(sectie);
  }
  const beurt = (blok.vwDocumentBeurt = (blok.vwDocumentBeurt || 0) + 1);
  sectie.hidden = true;
  sectie.replaceChildren();
  // data-stand: 'bezig' while Python fills the documents, 'klaar' when this answer's documents (or none) are
  // shown: a settled state to wait on.
  sectie.dataset.stand = "bezig";
  const { antwoord: uit, startfout } = await vraag({ documenten: antwoord });
  if (beurt !== blok.vwDocumentBeurt) return;  // a newer answer is on its way
  sectie.dataset.stand = "klaar";
  if (startfout || !uit) return;
  if (uit.fouten) {
    sectie.append(el("p", { class: "vw-status--fout", role: "alert", tekst: uit.fouten.map((f) => f.melding).join(" ") }));
    sectie.hidden = false;
    return;
  }
  if (!uit.documenten.length) return;
  laadStijl();
  // What is typed in one document (the pupil's name, the school) also fills the others: kept in memory only.
  const waarden = (blok.vwDocumentWaarden ||= new Map());
  const blokken = documentBlokken(blok.id, uit.documenten, vraag, waarden);
  sectie.append(
    el("h4", { id: `${blok.id}-documenten-kop`, tekst: "Documenten bij dit antwoord" }),
    el("p", { tekst: "Het protocol vraagt bij deze uitkomst om een brief, verslag of checklist. De data, uren en " +
      "regels komen uit het antwoord hierboven; namen en andere gegevens vult u zelf in." }),
    ...blokken);
  sectie.hidden = false;
}

// The given filled documents, each as its disclosure (letter preview, open fields, print and download); ids
// start with `idBasis`. `waarden`: what is typed, shared by these documents (in memory only). `vraag(extra)`
// asks the worker for the files. Used for a calculator's answer (toon) and a pupil of the Verzuimoverzicht.
export function documentBlokken(idBasis, documenten, vraag, waarden = new Map()) {
  laadStijl();
  const blokken = [];
  const herteken = (naam, bron) => {
    for (const b of blokken) b.teken();
    for (const b of blokken) {
      for (const i of b.details.querySelectorAll(`[data-open-veld="${CSS.escape(naam)}"]`)) if (i !== bron) i.value = waarden.get(naam);
    }
  };
  for (const doc of documenten) blokken.push(documentBlok(idBasis, doc, waarden, herteken, vraag));
  return blokken.map((b) => b.details);
}
