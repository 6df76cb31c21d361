// The answer of a calculator, rendered from its JSON: the verdict first, then what to do now, the details
// (tables or cards), warnings, the explanation with its sources and the choices made; then the documents.
import { BOUW, ISO_DATUM, datumNl, el } from "./gemeen.mjs";
import { laadAfkortingen, markeerAfkortingen } from "./afkortingen.mjs";
import { vraag } from "./motor.mjs";


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

export function toonAntwoord(blok, antwoord, invoer) {
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
  laadAfkortingen().then((a) => { markeerAfkortingen(inhoud, a); inhoud.dataset.vwAfkortingen = "klaar"; });
  vak.hidden = false;
  blok.querySelector(".vw-deel").hidden = true;
  vak.querySelector("h3").focus();
  toonDocumenten(blok, antwoord, invoer);
}

// The documents that fit the answer (letters, verslagen, checklists): their own module, loaded when needed.
function toonDocumenten(blok, antwoord, invoer) {
  import(new URL(`document.mjs?v=${BOUW}`, import.meta.url).href)
    .then((d) => d.toon(blok, antwoord, (extra) => vraag(blok.dataset.rekenhulp, invoer, extra)))
    .catch((fout) => console.error("documenten:", fout));  // the answer itself stays usable
}

function veldLabel(blok, naam) {
  const veld = blok.querySelector(`[data-veld="${CSS.escape(naam)}"]`);
  const tekst = veld && veld.querySelector("label, legend");
  return tekst ? tekst.firstChild.textContent.trim() : naam;
}
