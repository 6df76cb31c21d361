"""MkDocs hook: with VW_PROEFPAGINAS=1 (browser tests, benchmark) one extra page per calculator.

So every calculator is tested in a real page, whether or not the content embeds it yet. The published site
never has these pages. (A page the generator renders, so it stays a hook; MkDocs and ProperDocs run it alike.)
"""

from __future__ import annotations

import os


def on_files(files, config, **kwargs):
    if os.environ.get("VW_PROEFPAGINAS") != "1":
        return files
    from mkdocs.structure.files import File

    from calculators import namen_met_formulier

    alle = namen_met_formulier()  # a calculator with its own page (eigen_pagina) gets no generated test page
    for naam in alle:
        links = " · ".join(f"[{n}]({n}.md)" for n in alle if n != naam)
        tekst = (f"---\ntitle: Proef {naam}\nsearch:\n  exclude: true\n---\n\n# Proef: {naam}\n\n"
                 f"{{{{ rekenhulp(\"{naam}\") }}}}\n\nAndere proefpagina's: {links}\n")
        files.append(File.generated(config, f"proef/{naam}.md", content=tekst))
    files.append(File.generated(config, "proef/zonder.md", content=(
        "---\ntitle: Proef zonder rekenhulp\n---\n\n# Proef zonder rekenhulp\n\nGeen rekenhulp op deze pagina. "
        + " · ".join(f"[{n}]({n}.md)" for n in alle) + "\n")))
    return files
