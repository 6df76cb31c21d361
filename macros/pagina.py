"""The page a macro renders: its region's profile, its path, links to other pages."""

from __future__ import annotations

import posixpath
from pathlib import Path
from types import SimpleNamespace

from calculators import profielen
from macros import paginacontext
from macros.gemeen import _pagina_regio, site_regio


def registreer(env) -> SimpleNamespace:
    """The page being rendered, as the other macro modules need it: its profile, paths and links."""

    def profiel_van(regio=None):
        return profielen.laad(_pagina_regio(env, regio))

    def docs_dir() -> Path:
        return Path(env.conf["docs_dir"])

    def pagina_pad() -> str:
        return paginacontext.pad()

    def bestaat(pad: str) -> bool:
        deel, alleen = pad.split("/"), site_regio()
        if alleen and len(deel) > 2 and deel[0] == "regio" and deel[1] != alleen:
            return False  # another region's page: not in this single-region build
        return (docs_dir() / pad).is_file()

    def relatief(pad: str) -> str:
        """A docs-relative path as seen from the current page (MkDocs resolves .md links)."""
        van = posixpath.dirname(pagina_pad()) or "."
        pad, _, anker = pad.partition("#")
        rel = posixpath.relpath(pad, van)
        return rel + (f"#{anker}" if anker else "")

    @env.macro
    def link(pad, tekst):
        """A link to another page of the site, by its path under docs/ ('wet/verlof.md#anker').

        If the page does not exist (yet), the text is rendered without a link, marked with
        ``data-ontbreekt`` so the site tests can report it, and the build keeps working.
        """
        doel = pad.partition("#")[0]
        if bestaat(doel):
            return f"[{tekst}]({relatief(pad)})"
        return f'<span data-ontbreekt="{doel}">{tekst}</span>'

    return SimpleNamespace(profiel_van=profiel_van, docs_dir=docs_dir, pagina_pad=pagina_pad, bestaat=bestaat, relatief=relatief, link=link)
