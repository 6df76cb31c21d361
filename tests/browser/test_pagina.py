"""The page around the calculators (issue 12): Meer opties, skip link, reflow at 320/390 px,
glossary tooltips in answers, what the wait says, and the search's first result."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

import calculators

from browserhulp import bereken, vul_in, wacht_op_python
from omgeving import START_MS
from test_rekenhulpen import VOORBEELDEN

ROOT = Path(__file__).resolve().parents[2]
from bouw.na import afkortingen  # noqa: E402  (the build step that writes the glossary JSON)

BREEDTES = (390, 320)


def _blokken(pagina):
    return pagina.eval_on_selector_all(".vw-rekenhulp[data-rekenhulp]", "bs => bs.map(b => [b.id, b.dataset.rekenhulp])")


def _heeft_rekenhulp(site_dir: Path, pad: str) -> bool:
    return pad.endswith("/") and 'data-rekenhulp="' in (site_dir / pad / "index.html").read_text(encoding="utf-8")


def ga_naar(pagina, url: str) -> None:
    """Material's instant navigation (as a click on a menu link): the Python worker keeps running."""
    if pagina.url.split("#")[0] == url:  # navigation.tracking puts the current heading in the URL
        return
    pagina.evaluate("document.querySelector('[data-md-component=container]').dataset.vwOud = 'ja'")
    pagina.evaluate("""u => { const a = Object.assign(document.createElement('a'), {href: u, textContent: 'volgende'});
                              document.querySelector('.md-content').append(a); a.click(); }""", url)
    try:
        pagina.wait_for_function(
            """u => location.origin + location.pathname === u && !document.querySelector('[data-vw-oud]')
                 && !document.querySelector('.vw-rekenhulp:not([data-gekoppeld])')""", arg=url, timeout=START_MS)
    except Exception as fout:
        raise AssertionError(f"instant navigatie naar {url} lukte niet (nu op {pagina.url})") from fout


def _te_breed(pagina) -> dict[int, int]:
    """Viewport width -> document width, for each width where the page scrolls sideways."""
    uit = {}
    for breedte in BREEDTES:
        pagina.set_viewport_size({"width": breedte, "height": 800})
        breed = pagina.evaluate("document.documentElement.scrollWidth")
        if breed > breedte:
            uit[breedte] = breed
    return uit


# ---------------------------------------------------------------- 1. Meer opties

def test_meer_opties_verbergt_zelden_nodige_velden_en_opent_bij_een_fout(pagina, base_url):
    naam = "verlof"
    pagina.goto(f"{base_url}proef/{naam}/")
    meer = pagina.locator("details.vw-meer")
    assert meer.count() == 1 and not meer.evaluate("d => d.open")
    binnen = meer.locator("[data-veld]").evaluate_all("vs => vs.map(v => v.dataset.veld)")
    assert binnen == [v["naam"] for v in calculators.schema(naam)["velden"] if v.get("meer_opties")]
    assert {"peildatum", "vrije_dagen", "onderwijsdagen_per_week"} <= set(binnen)
    # What users need is outside it, in view; the summary says what is inside.
    assert pagina.locator('[data-veld="soort"] select').is_visible()
    assert not pagina.locator('[data-veld="peildatum"] input').is_visible()
    assert "peildatum" in meer.locator("summary").inner_text()

    # A wrong value in a field that is folded away again: the error opens the disclosure.
    vul_in(pagina, naam, {**VOORBEELDEN[naam], "onderwijsdagen_per_week": "9"})
    meer.locator("summary").click()
    assert not meer.evaluate("d => d.open")
    uit = bereken(pagina, naam)
    verwacht = calculators.run(naam, {**VOORBEELDEN[naam], "onderwijsdagen_per_week": "9"})["fouten"]
    assert [f["veld"] for f in verwacht] == ["onderwijsdagen_per_week"]
    assert verwacht[0]["melding"] in uit["fouten_getoond"]
    assert meer.evaluate("d => d.open")
    veld = pagina.locator('[data-veld="onderwijsdagen_per_week"]')
    assert veld.locator(".vw-fout").inner_text() == verwacht[0]["melding"]
    assert veld.locator("input").is_visible()
    # Its link in the error summary puts the focus in the field.
    pagina.locator(".vw-samenvatting a").click()
    assert pagina.evaluate("document.activeElement.id") == f"vw-{naam}-onderwijsdagen_per_week"


def test_gedeelde_link_met_een_verborgen_veld_opent_meer_opties(pagina, base_url):
    naam = "leerplicht_start"
    invoer = '{"geboortedatum":"2020-07-14","vakantieregio":"midden","peildatum":"2025-01-01"}'
    pagina.goto(f"{base_url}proef/{naam}/#rekenhulp={naam}&invoer={invoer}")
    pagina.wait_for_selector(".vw-antwoord:not([hidden])", timeout=START_MS)
    assert pagina.locator("details.vw-meer").evaluate("d => d.open")
    assert pagina.locator(f"#vw-{naam}-peildatum").input_value() == "2025-01-01"


# ---------------------------------------------------------------- 2. skip link

def test_skiplink_naar_de_rekenhulp(pagina, base_url):
    """Tab presses from the top of wet/leerplicht to its first field: 68 before, now 2 and Enter."""
    pagina.set_viewport_size({"width": 1280, "height": 800})
    pagina.goto(f"{base_url}wet/leerplicht/")
    pagina.evaluate("window.__paginas = 0; document$.subscribe(() => window.__paginas++)")
    tabs = 0
    for tabs in range(1, 6):
        pagina.keyboard.press("Tab")
        if pagina.evaluate("document.activeElement.classList.contains('vw-skip')"):
            break
    else:
        raise AssertionError("geen skiplink naar de rekenhulp in de eerste vijf Tabs")
    assert tabs <= 2
    link = pagina.evaluate_handle("document.activeElement")
    assert "Naar de rekenhulp" in link.inner_text()
    # Visible while focused (Material's md-skip fades in).
    pagina.wait_for_function("() => getComputedStyle(document.activeElement).opacity === '1'")
    doos = link.bounding_box()
    assert doos and doos["width"] > 0 and 0 <= doos["y"] < 800
    pagina.keyboard.press("Enter")
    eerste = _blokken(pagina)[0][0]
    # the form's first question (the region: the answer depends on it, so it comes first)
    assert pagina.evaluate("document.activeElement.id") == f"{eerste}-regio"
    assert pagina.evaluate("document.activeElement.closest('form').id") == f"{eerste}-formulier"
    assert pagina.evaluate("window.__paginas") == 1  # not a page change for Material's instant navigation
    # Two calculators on this page: one link each, named after the calculator.
    namen = pagina.locator("a.vw-skip").all_inner_texts()
    assert len(namen) == 2 and all(n.startswith("Naar de rekenhulp: ") for n in namen)


# ---------------------------------------------------------------- 3. reflow

def test_geen_horizontaal_scrollen_op_320_en_390_px(pagina, base_url, paginas):
    """Before: 13 pages 456-614 px wide at 390 px (the list rows of melding_16_uur and ziekteverzuim)."""
    pagina.goto(base_url)
    te_breed = {}
    for pad in paginas:
        if pad.endswith(".html"):  # 404.html: not a page Material navigates to
            continue
        ga_naar(pagina, base_url + pad)
        if fout := _te_breed(pagina):
            te_breed[pad] = fout
        pagina.set_viewport_size({"width": 1280, "height": 800})
    assert not te_breed, te_breed


def test_geen_horizontaal_scrollen_met_antwoord(pagina, base_url, site_dir, paginas):
    """Every page with a calculator, each calculator's answer shown (the page's own region)."""
    pagina.goto(base_url)
    te_breed, gezien = {}, set()
    for pad in paginas:
        if not _heeft_rekenhulp(site_dir, pad):
            continue
        ga_naar(pagina, base_url + pad)
        pagina.set_viewport_size({"width": 1280, "height": 800})
        for bid, naam in _blokken(pagina):
            # the page's own region: a field only other regions use is hidden there and not filled
            verborgen = set(pagina.eval_on_selector_all(f"#{bid} [data-veld][hidden]", "vs => vs.map(v => v.dataset.veld)"))
            invoer = {k: v for k, v in VOORBEELDEN[naam].items() if k != "regio" and k not in verborgen}
            vul_in(pagina, naam, invoer, blok=f"#{bid}")
            pagina.locator(f"#{bid} .vw-bereken").click()
            pagina.wait_for_function("b => !document.getElementById(b).querySelector('.vw-antwoord').hidden",
                                     arg=bid, timeout=START_MS)
            gezien.add(naam)
        if fout := _te_breed(pagina):
            te_breed[pad] = fout
    assert gezien == set(calculators.namen_met_formulier())
    assert not te_breed, te_breed


def test_lijstregels_stapelen_op_een_smal_scherm(pagina, base_url):
    pagina.set_viewport_size({"width": 320, "height": 800})
    pagina.goto(f"{base_url}proef/ziekteverzuim/")
    rij = pagina.locator('[data-veld="ziekmeldingen"] tbody tr').first
    velden = rij.locator("input")
    # Under each other, each with its column name shown above it; the remove button in reach.
    boven = [velden.nth(i).bounding_box()["y"] for i in range(velden.count())]
    assert boven == sorted(boven) and len(set(boven)) == len(boven)
    assert rij.locator("td").first.evaluate("td => getComputedStyle(td, '::before').content") == '"Eerste ziektedag"'
    knop = rij.get_by_role("button", name="Verwijder regel 1").bounding_box()
    assert knop["x"] + knop["width"] <= 320


# ---------------------------------------------------------------- 4. abbreviations in answers

def test_afkortingen_in_het_antwoord_met_uitleg(pagina, base_url):
    naam = "stappenplan"
    lijst = afkortingen()
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, VOORBEELDEN[naam])  # Haaglanden: JES, MDO, SWVZHW
    bereken(pagina, naam)
    pagina.wait_for_selector(".vw-antwoord abbr.vw-afk", state="attached")
    # the steps and the ladder are folded away (current step first): open them, as a reader would
    pagina.evaluate("document.querySelectorAll('.vw-antwoord details').forEach(d => d.open = true)")
    eerste = pagina.locator(".vw-antwoord abbr.vw-afk")
    gevonden = eerste.all_inner_texts()
    assert {"JES", "MDO", "SWVZHW"} <= set(gevonden)
    assert len(gevonden) == len(set(gevonden))  # the first use of each; later ones only carry a title
    for afk in ("JES", "MDO", "SWVZHW"):
        abbr = pagina.locator(".vw-antwoord abbr.vw-afk", has_text=re.compile(f"^{afk}$"))
        assert abbr.get_attribute("tabindex") == "0"
        beschrijving = pagina.locator(f'[id="{abbr.get_attribute("aria-describedby")}"]')
        assert beschrijving.text_content() == lijst[afk]
    for later in pagina.locator(".vw-antwoord abbr:not(.vw-afk)").all():
        assert later.get_attribute("title") == lijst[later.inner_text()]
    # The text a person reads is unchanged (the expansions are descriptions, not inserted text).
    verwacht = calculators.run(naam, VOORBEELDEN[naam])
    tekst = pagina.locator(".vw-antwoord").inner_text()
    assert all(stap["tekst"] in tekst for stap in verwacht["uitleg"])

    # Keyboard: focus shows the tooltip with the expansion, Escape dismisses it.
    jes = pagina.locator(".vw-antwoord abbr.vw-afk", has_text=re.compile("^JES$"))
    jes.focus()
    tip = pagina.locator("#vw-tip")
    assert tip.is_visible() and tip.inner_text() == lijst["JES"]
    assert tip.get_attribute("role") == "tooltip"
    pagina.keyboard.press("Escape")
    assert not tip.is_visible()
    # Mouse: hovering shows it too, and it stays inside a 320 px screen.
    pagina.set_viewport_size({"width": 320, "height": 700})
    jes.scroll_into_view_if_needed()
    jes.hover()
    doos = tip.bounding_box()
    assert tip.is_visible() and doos["x"] >= 0 and doos["x"] + doos["width"] <= 320
    assert pagina.evaluate("document.documentElement.scrollWidth") <= 320


def test_geen_afkorting_in_een_woord_of_link(pagina, base_url):
    """Whole words, case as written: 'ja' is not JA (jeugdarts), and a link's text stays a link."""
    naam = "leerplicht_start"
    pagina.goto(f"{base_url}proef/{naam}/")
    vul_in(pagina, naam, VOORBEELDEN[naam])
    bereken(pagina, naam)
    pagina.wait_for_selector('.vw-antwoord [data-vw-afkortingen="klaar"]', state="attached")
    teksten = pagina.locator(".vw-antwoord abbr").all_inner_texts()
    lijst = afkortingen()
    assert all(t in lijst for t in teksten)
    assert pagina.locator(".vw-antwoord a abbr").count() == 0


# ---------------------------------------------------------------- 5. waiting

def test_wachten_zegt_wat_er_gebeurt_en_het_antwoord_komt_vanzelf(context, base_url):
    """The runtime arrives slowly: the status names the stages, and a click made meanwhile is answered."""
    statussen = []
    vertraagd = {"wasm": False}

    def traag(route):
        vertraagd["wasm"] = True
        time.sleep(1.5)  # a slow connection; the page keeps running meanwhile
        route.continue_()
    context.route("**/pyodide.asm.wasm", traag)
    pagina = context.new_page()
    pagina.expose_function("vwStatus", lambda t: statussen.append(t))
    pagina.add_init_script("""document.addEventListener('DOMContentLoaded', () => {
      const s = document.querySelector('.vw-status');
      if (s) new MutationObserver(() => window.vwStatus(s.textContent)).observe(s, {childList: true, characterData: true, subtree: true});
    });""")
    naam = "leerplicht_start"
    pagina.goto(f"{base_url}proef/{naam}/")
    status = pagina.locator(".vw-status")
    assert "U kunt het formulier al invullen" in status.inner_text()
    vul_in(pagina, naam, VOORBEELDEN[naam])
    pagina.get_by_role("button", name="Bereken").click()
    assert "het antwoord verschijnt hier vanzelf" in status.inner_text()
    pagina.wait_for_selector(".vw-antwoord:not([hidden])", timeout=START_MS)  # no second click
    assert vertraagd["wasm"]
    stadia = pagina.evaluate("window.vwRekenhulp.stadia")
    assert stadia == ["laden", "starten", "rekenhulpen"], stadia
    volgorde = [n for n in ("stap 1 van 3", "stap 2 van 3", "stap 3 van 3")
                if any(n in t for t in statussen)]
    assert volgorde[-1] == "stap 3 van 3" and "stap 2 van 3" in volgorde, statussen
    assert status.inner_text() == ""
    pagina.close()


# ---------------------------------------------------------------- 6. search

# Ten questions a school asks, and the page that should come first (Material's own search in the page).
ZOEKVRAGEN = {
    "luxe verzuim": "wet/soorten-verzuim/",
    "thuiszitter": "wet/thuiszitters/",
    "16 uur": "wet/melden-duo/",
    "melden bij DUO": "wet/melden-duo/",
    "vakantieverlof": "wet/verlof/",
    "gewichtige omstandigheden": "wet/verlof/",
    "ziekteverzuim": "wet/ziekteverzuim-mazl/",
    "jeugdarts": "rollen/jeugdarts/",
    "kwalificatieplicht": "wet/kwalificatieplicht/",
    "vijfjarige": "wet/vrijstellingen/",
    "privacy": "wet/privacy/",
    "schorsing": "wet/soorten-verzuim/",
}


@pytest.fixture(scope="module")
def zoekpagina(browser, base_url):
    from omgeving import nieuwe_context

    c = nieuwe_context(browser, base_url)
    p = c.new_page()
    p.set_viewport_size({"width": 1280, "height": 800})
    p.goto(base_url + "proef/zonder/")
    yield p
    c.close()


@pytest.mark.parametrize("vraag", ZOEKVRAGEN)
def test_zoeken_eerste_resultaat(zoekpagina, base_url, vraag):
    zoek = zoekpagina.locator("input.md-search__input")
    zoek.click()
    # Material searches on keyup: one keyup after the whole question, so only that query runs.
    zoek.fill("")
    zoek.press("End")
    zoekpagina.wait_for_function("() => !/\\d/.test(document.querySelector('.md-search-result__meta').textContent)")
    zoek.fill(vraag)
    zoek.press("End")
    zoekpagina.wait_for_function(
        """() => /\\d/.test(document.querySelector('.md-search-result__meta').textContent)
             && document.querySelector('.md-search-result__list > .md-search-result__item a')""", timeout=20_000)
    eerste = zoekpagina.locator(".md-search-result__list > .md-search-result__item a").first.get_attribute("href")
    pad = eerste.split("?")[0].split("#")[0].replace(base_url, "")
    assert pad == ZOEKVRAGEN[vraag], f"'{vraag}': eerst {eerste}"
    zoekpagina.keyboard.press("Escape")
