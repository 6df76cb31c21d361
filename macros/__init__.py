"""mkdocs-macros module: every number, name and contact in the prose comes from a region profile.

Profiles are read through ``calculators.profielen`` (never a second parser). A page belongs to a
region when its front matter says ``regio: <id>``; otherwise it shows the law's values.
"""

from __future__ import annotations

from . import overzicht, profiel, rekenhulp, stroomschema, voorbeeld


def define_env(env):
    profiel.registreer(env)
    rekenhulp.registreer(env)
    overzicht.registreer(env)
    stroomschema.registreer(env)
    voorbeeld.registreer(env)
