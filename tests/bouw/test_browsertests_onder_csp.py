"""Every page carries a CSP without 'unsafe-eval' (bouw/na.py). Playwright polls an *expression* string given to
wait_for_function with eval() in the page, which that policy blocks; a function ("() => …") it does not. So the
browser tests and benchmarks pass functions only."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXPRESSIE = re.compile(r'wait_for_function\(\s*(?:"""|"(?!"")|\')(?!\s*(?:\(|[A-Za-z_]\w*\s*=>|async\b|function\b))')


def test_wait_for_function_krijgt_een_functie():
    plekken = [f"{p.relative_to(ROOT)}:{s.count(chr(10), 0, m.start()) + 1}"
               for p in [*ROOT.glob("tests/browser/*.py"), *ROOT.glob("scripts/*.py")]
               for s in [p.read_text(encoding="utf-8")] for m in EXPRESSIE.finditer(s)]
    assert plekken == [], "Geef wait_for_function een functie ('() => …'), geen expressie: " + ", ".join(plekken)


def test_het_patroon_vindt_een_expressie():
    assert EXPRESSIE.search('p.wait_for_function("window.x === 1")')
    assert not EXPRESSIE.search('p.wait_for_function("() => window.x === 1")')
    assert not EXPRESSIE.search('p.wait_for_function("""b => b.hidden""", arg=b)')
