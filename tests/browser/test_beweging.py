"""A settled page for every check (issue 21): with reduced motion nothing on the site moves, so axe and the
tests read final colours and positions, also on a loaded machine."""

from __future__ import annotations


def test_geen_overgang_of_animatie_bij_minder_beweging(pagina, base_url):
    pagina.goto(base_url + "proef/melding_16_uur/")  # where axe once caught a .md-button mid-transition
    assert pagina.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches")  # the tests' context
    # Every element, the theme's buttons included: no transition or animation left that could be caught halfway.
    bewegend = pagina.evaluate("""() => [...document.querySelectorAll('*')].filter(e => {
        const s = getComputedStyle(e);
        const duur = (w) => w.split(',').some(d => parseFloat(d) > 0);
        return duur(s.transitionDuration) || (s.animationName !== 'none' && duur(s.animationDuration));
      }).map(e => e.tagName + '.' + [...e.classList].join('.')).slice(0, 10)""")
    assert bewegend == []
    knop = pagina.locator(".md-button").first
    knop.hover()
    assert pagina.evaluate("document.getAnimations().length") == 0
