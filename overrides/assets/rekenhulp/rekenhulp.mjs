// Verzuimwijzer: binds the server-rendered calculator forms to one Pyodide Web Worker.
// Loaded on every page (extra_javascript, type=module) and kept alive by navigation.instant, so Python
// starts at most once per visit, and only on a page that shows a calculator. The jobs live in their own
// modules: gemeen.mjs (el, dates, error summary), motor.mjs (the worker), berichten.mjs (its messages),
// formulier.mjs (reading and filling a form), antwoord.mjs (rendering an answer), afkortingen.mjs,
// delen.mjs (the shared link); overzicht.mjs and document.mjs are loaded only where they are needed.
import { BOUW, el } from "./gemeen.mjs";
import { isHuidig, startMotor, startfoutInhoud, startfoutMelding, startfoutTekst, volgMotor, volgStadium, vraag, wachtTekst } from "./motor.mjs";
import { focusVeld, leesInvoer, rijActie, toonFouten, toonRegioVelden, vulIn, wisFouten } from "./formulier.mjs";
import { toonAntwoord } from "./antwoord.mjs";
import { laadAfkortingen } from "./afkortingen.mjs";
import { deelLink, uitFragment } from "./delen.mjs";

const SITE = new URL("../../", import.meta.url);

// ---------------------------------------------------------------- computing
async function bereken(blok) {
  const naam = blok.dataset.rekenhulp;
  const status = blok.querySelector(".vw-status");
  const { invoer, problemen } = leesInvoer(blok);
  if (problemen.length) {
    toonFouten(blok, problemen);
    return;
  }
  const m = startMotor();  // after a failed start: a new try
  if (!m.gereed) blok.dataset.wacht = "ja";
  status.classList.remove("vw-status--fout");
  status.textContent = !m.gereed ? wachtTekst(true) : "Bezig met rekenen…";
  blok.setAttribute("aria-busy", "true");
  try {
    const { antwoord, startfout, afgebroken } = await vraag(naam, invoer);
    if (startfout) throw new Error(startfout);
    status.textContent = "";
    if (afgebroken) {
      toonFouten(blok, [{ veld: "", melding: afgebroken === "tijdslimiet"
        ? "De berekening duurde te lang en is gestopt. Controleer de invoer en probeer het opnieuw."
        : "De berekening is gestopt. Kies ‘Bereken’ om het opnieuw te proberen." }]);
    } else if (antwoord.fouten && antwoord.fouten.length) toonFouten(blok, antwoord.fouten);
    else {
      wisFouten(blok);
      blok.dataset.invoer = JSON.stringify(invoer);
      toonAntwoord(blok, antwoord, invoer);
    }
  } catch (fout) {
    toonFouten(blok, [{ veld: "", melding: startfoutMelding(fout) }]);
    status.replaceChildren(...startfoutInhoud(fout));
    status.classList.add("vw-status--fout");
  } finally {
    blok.removeAttribute("aria-busy");
    delete blok.dataset.wacht;
  }
}

// ---------------------------------------------------------------- binding (every instant page change)
// Every status line follows the worker: its start stages, ready, or a failed start with a button to try
// again (a new worker after a stop or a failure is followed too, see motor.mjs volgMotor).
function volgStatus(blok) {
  const status = blok.querySelector(".vw-status");
  const stop = volgMotor((m) => {
    if (!blok.isConnected) { stop(); return; }
    status.classList.remove("vw-status--fout");
    if (!m.gereed && !blok.getAttribute("aria-busy")) status.textContent = wachtTekst(false);
    m.klaar.then(() => { if (!blok.getAttribute("aria-busy")) status.textContent = ""; },
      (fout) => {
        if (!isHuidig(m) || !blok.isConnected || blok.getAttribute("aria-busy")) return;  // bereken() says it itself
        status.replaceChildren(...startfoutInhoud(fout));
        status.classList.add("vw-status--fout");
      });
  });
  const stopStadium = volgStadium(() => {
    if (!blok.isConnected) { stopStadium(); return; }
    if (!status.classList.contains("vw-status--fout")) status.textContent = wachtTekst(blok.dataset.wacht === "ja");
  });
}

function koppel(blok) {
  blok.dataset.gekoppeld = "ja";
  toonRegioVelden(blok);
  startMotor();  // start loading at once: the page shows a calculator
  laadAfkortingen();
  volgStatus(blok);
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
  if (blok) vulIn(blok, gedeeld.invoer).then(() => bereken(blok));
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
    .then((m) => m.koppel(blok))
    .catch((fout) => {
      const status = blok.querySelector(".vw-status");
      status.textContent = startfoutMelding(fout);
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
