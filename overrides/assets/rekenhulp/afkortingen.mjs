// Abbreviations in answers (issue 12) and the one tooltip that explains them.
import { el } from "./gemeen.mjs";

// The glossary behind Material's build-time tooltips (docs/includes/afkortingen.md, as JSON from
// overrides/hooks/pagina.py) does not reach answers rendered here, so they get the same expansions.
// Like Material's tooltips the first use of each abbreviation is an <abbr> with a tooltip, but one that
// keyboard users can reach (tabindex, aria-describedby); later uses keep a plain title for the mouse.
let afkortingen = null;

export function laadAfkortingen() {
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

export function markeerAfkortingen(inhoud, { lijst, patroon }) {
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
