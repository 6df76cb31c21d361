"""mkdocs-macros module: every number, name and contact in the prose comes from a region profile.

Profiles are read through ``calculators.profielen`` (never a second parser). A page belongs to a
region when its front matter says ``regio: <id>``; otherwise it shows the law's values.
"""

from __future__ import annotations

import sys
from pathlib import Path

# mkdocs-macros imports this package by name; Zensical loads this file by its path, where a relative import has
# no package. So the project root is made importable and the modules are imported by their full name.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from macros import beeld, overzicht, paginacontext, profiel, rekenhulp, stroomschema, voorbeeld  # noqa: E402


def define_env(env):
    env = paginacontext.Omgeving(env)  # macros learn their page from the template, not from env.page
    profiel.registreer(env)
    rekenhulp.registreer(env)
    overzicht.registreer(env)
    stroomschema.registreer(env)
    voorbeeld.registreer(env)
    beeld.registreer(env)
