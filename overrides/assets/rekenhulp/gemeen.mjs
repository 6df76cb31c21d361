// Helpers shared by every module of the browser glue: the one DOM builder, Dutch dates, the error summary.
// Every value reaches the page through textContent or setAttribute (el's "tekst" and attributes), never as
// HTML: keep it that way (issue 17 found no XSS because of it).
export const BOUW = "__BOUW__";  // written in at build time (overrides/hooks/pyodide_bouw.py)

export function el(tag, attrs = {}, ...kinderen) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "tekst") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const kind of kinderen.flat()) if (kind !== null && kind !== undefined && kind !== false) node.append(kind);
  return node;
}

// ---------------------------------------------------------------- Dutch dates
const DAGEN = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
  "oktober", "november", "december"];
export const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function datumNl(iso) {
  const m = ISO_DATUM.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return `${DAGEN[d.getUTCDay()]} ${d.getUTCDate()} ${MAANDEN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export const getalNl = (n) => n.toLocaleString("nl-NL", { maximumFractionDigits: 2 });

// ---------------------------------------------------------------- the error summary (GOV.UK pattern)
// A heading that counts the problems, the list (links to their fields, or plain text), announced as an
// alert and focused, so a screen reader reads it and the keyboard starts there.
export function toonSamenvatting(vak, items, kop = "h3") {
  vak.replaceChildren(el(kop, { tekst: items.length === 1 ? "Er is een probleem" : `Er zijn ${items.length} problemen` }),
    el("ul", {}, items));
  vak.setAttribute("role", "alert");
  vak.hidden = false;
  vak.focus();
}

export function wisSamenvatting(vak) {
  vak.hidden = true;
  vak.removeAttribute("role");
  vak.replaceChildren();
}
