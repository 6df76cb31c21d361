"""The Verzuimoverzicht's form (macros/overzicht.py): its dates are the other forms' date fields, and it can be
stopped (issue 16: the peildatum was a native date control; issue 17: the Stoppen button)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from macros import overzicht, rekenhulp  # noqa: E402


def test_peildatum_is_het_gedeelde_datumveld():
    html = overzicht.blok("haaglanden")
    veld = re.search(r'<input[^>]*id="vwo-peildatum"[^>]*>', html).group(0)
    assert 'type="text"' in veld and 'class="vw-datum"' in veld and 'type="date"' not in html
    assert 'aria-describedby="vwo-peildatum-hulp vwo-peildatum-fout"' in veld
    # the same renderer, so the same field as on every calculator form
    assert veld == rekenhulp.datumveld("", "", ' id="vwo-peildatum" name="peildatum"'
                                       ' aria-describedby="vwo-peildatum-hulp vwo-peildatum-fout"')
    hulp = re.search(r'<div class="vw-hulp" id="vwo-peildatum-hulp">([^<]*)</div>', html).group(1)
    assert rekenhulp.DATUM_HULP in hulp


def test_stoppen_knop_bij_de_voortgang():
    html = overzicht.blok()
    voortgang = re.search(r'<div class="vw-voortgang" hidden>.*?</div>', html).group(0)
    assert '<button type="button" class="vw-knop" data-actie="stoppen">Stoppen</button>' in voortgang
