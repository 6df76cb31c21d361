"""Which page a macro is rendering: its region (front matter ``regio: <id>``) and its path.

From the template's own variables, not from MkDocs' ``env.page``: mkdocs-macros and Zensical's macros both merge
a page's front matter into the template variables and give it ``page``, but only mkdocs-macros sets
``env.page``. Every macro is registered through :class:`Omgeving`, which hands the template context to
:func:`regio` and :func:`pad` for the duration of the call.
"""

from __future__ import annotations

import contextvars
import functools

import jinja2
from jinja2.runtime import Context

_CONTEXT: contextvars.ContextVar[Context | None] = contextvars.ContextVar("vw_pagina", default=None)


class Omgeving:
    """The generator's ``env``, except that ``env.macro()`` makes the page known while a macro runs."""

    def __init__(self, env):
        self._env = env

    def __getattr__(self, naam):
        return getattr(self._env, naam)

    def macro(self, fn=None, name=None):
        if fn is None:
            return lambda f: self.macro(f, name)

        @jinja2.pass_context
        @functools.wraps(fn)
        def met_pagina(*args, **kwargs):
            if not (args and isinstance(args[0], Context)):
                return fn(*args, **kwargs)  # called from Python (env.macros[...]): the page is already known
            token = _CONTEXT.set(args[0])
            try:
                return fn(*args[1:], **kwargs)
            finally:
                _CONTEXT.reset(token)

        self._env.macro(met_pagina, name or fn.__name__)
        return fn


def regio() -> str | None:
    """The region of the page being rendered (front matter ``regio:``), or None for a page of the law."""
    ctx = _CONTEXT.get()
    waarde = ctx.get("regio") if ctx is not None else None
    if not isinstance(waarde, str):  # the macro regio(): no front matter, or (Zensical 0.0.57) the macro won
        waarde = (getattr(pagina(), "meta", None) or {}).get("regio")
    return waarde if isinstance(waarde, str) else None


def pagina():
    """The page object the generator hands the template (for per-page state), or None."""
    ctx = _CONTEXT.get()
    return ctx.get("page") if ctx is not None else None


def pad() -> str:
    """The page's path under docs/ ('wet/verlof.md'): MkDocs' page.file.src_uri, Zensical's page.path."""
    p = pagina()
    return getattr(getattr(p, "file", None), "src_uri", None) or getattr(p, "path", None) or "index.md"
