"""A single-region build in Chromium: every calculator offers only that region and computes with it; the
generated flow charts pass axe (WCAG 2.1 AA) and have an accessible name and a text alternative."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import calculators

from browserhulp import bereken, vul_in
from omgeving import ROOT, nieuwe_context, serveer, vrije_poort
from test_site import WCAG_21_AA, _axe

REGIO = "haaglanden"
SCHEMAS = ["wet/melden-duo/", "regio/drechtsteden/stappenplan/", "regio/haaglanden/fase-3b-opschalen/",
           "regio/zuid-kennemerland-ijmond/stappenplan/", "regio/amsterdam-diemen/"]


@pytest.fixture(scope="module")
def eigen_site(tmp_path_factory):
    """(base_url, site_dir) of the site built for one region, with the calculators' test pages."""
    poort = vrije_poort()
    map_ = tmp_path_factory.mktemp("eigen-site")
    env = {k: v for k, v in os.environ.items() if k != "VERZUIMWIJZER_PROFIELEN"}
    env.update(SITE_URL=f"http://127.0.0.1:{poort}/", VW_PROEFPAGINAS="1", VERZUIMWIJZER_REGIO=REGIO)
    r = subprocess.run([sys.executable, "-m", "bouw", "-q", "-d", str(map_)], cwd=ROOT,
                       env=env, capture_output=True, text=True)
    assert r.returncode == 0, f"python -m bouw faalde:\n{r.stdout}\n{r.stderr}"
    proces = serveer(map_, poort)
    yield f"http://127.0.0.1:{poort}/", map_
    proces.terminate()
    proces.wait()


@pytest.fixture
def eigen_pagina(browser, eigen_site):
    context = nieuwe_context(browser, eigen_site[0])
    p = context.new_page()
    fouten = []
    p.on("pageerror", lambda e: fouten.append(str(e)))
    yield p
    extern = context.verzoeken.extern
    context.close()
    assert not extern, f"verzoeken buiten 127.0.0.1: {extern}"
    assert not fouten, f"JavaScript-fouten: {fouten}"


def test_elke_rekenhulp_toont_alleen_de_eigen_regio(eigen_pagina, eigen_site):
    base_url, _ = eigen_site
    for naam in calculators.namen_met_formulier():  # verzuimoverzicht has its own page, no proef page
        eigen_pagina.goto(f"{base_url}proef/{naam}/")
        keuze = eigen_pagina.locator(f'.vw-rekenhulp[data-rekenhulp="{naam}"] [data-veld="regio"] select')
        assert keuze.evaluate("s => [...s.options].map(o => o.value)") == [REGIO], naam
        assert keuze.input_value() == REGIO, naam
    assert eigen_pagina.locator('meta[name="vw-regio"]').get_attribute("content") == REGIO


def test_rekenhulp_rekent_met_de_eigen_regio(eigen_pagina, eigen_site):
    base_url, _ = eigen_site
    invoer = {"ongeoorloofde_uren": "12", "gemeente": "Den Haag"}  # Haaglanden has no te-laat step
    eigen_pagina.goto(f"{base_url}proef/stappenplan/")
    vul_in(eigen_pagina, "stappenplan", invoer)
    antwoord = bereken(eigen_pagina, "stappenplan")
    assert antwoord == calculators.run("stappenplan", {**invoer, "regio": REGIO})
    assert antwoord["regio"] == REGIO


def test_menu_en_startpagina_van_de_eigen_regio(eigen_pagina, eigen_site):
    base_url, site_dir = eigen_site
    eigen_pagina.goto(base_url)
    assert "Haaglanden" in eigen_pagina.title()
    assert eigen_pagina.get_by_text("Routeboek van Haaglanden").count() >= 1
    regio_mappen = sorted(p.name for p in (site_dir / "regio").iterdir() if p.is_dir())
    assert regio_mappen == [REGIO]


@pytest.mark.parametrize("pad", SCHEMAS)
def test_stroomschema_toegankelijk(axe_context, base_url, pad):
    pagina = axe_context.new_page()
    pagina.goto(base_url + pad)
    schema = pagina.locator("figure.vw-schema svg").first
    naam = schema.evaluate("s => s.getAttribute('aria-labelledby').split(' ')"
                           ".map(i => document.getElementById(i).textContent).join(' ')")
    assert naam.strip() and "lijst" in naam
    # the text alternative lists as many steps as the chart has boxes
    vakken = pagina.locator("figure.vw-schema").first.locator("svg rect[rx]").count()
    zij = pagina.locator("figure.vw-schema").first.locator('svg rect[fill="none"]').count()
    assert pagina.locator("figure.vw-schema").first.locator("details li").count() == vakken - zij
    pagina.locator("figure.vw-schema details summary").first.click()  # open: the list is checked too
    assert _axe(pagina) == []
    uitslag = pagina.evaluate(
        "tags => axe.run({include: [['figure.vw-schema']]}, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA)
    assert uitslag["violations"] == []
    assert uitslag["passes"], "axe heeft het schema niet getoetst"
    pagina.close()


@pytest.fixture(scope="module")
def axe_context(browser, base_url):
    c = nieuwe_context(browser, base_url)
    yield c
    c.close()
