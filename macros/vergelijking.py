"""The law and the regions side by side: {{ vergelijk_tabel() }}, {{ vergelijk_themas() }}, {{ afwijkingen() }}."""

from __future__ import annotations

from types import SimpleNamespace

from calculators import profielen
from calculators.profiel_check import MARKERING
from calculators.profiel_check import VOLGT_DE_WET

from macros.gemeen import LEGENDA, OVERIG_THEMA, THEMAS, _alle_pids, _cel, _pagina_regio, _regios, bron_link, vergelijk


def registreer(env, pg: SimpleNamespace) -> None:
    """Register these macros; ``pg`` holds the page helpers and the macros registered before."""
    link = pg.link

    @env.macro
    def vergelijk_tabel(regios=None, pids=None):
        """Every threshold side by side: the law and each region, each value linked to its source.

        ``regios``: a list of region ids (default: all); ``pids``: only these parameter ids.
        """
        regio_lijst = list(regios) if regios else _regios()
        basis = profielen.laad(profielen.BASIS)
        kop = ["Drempel", "Landelijk (wet)"]
        for r in regio_lijst:
            prof = profielen.laad(r)
            naam = prof.regio.get("korte_naam") or prof.naam
            kop.append(link(f"regio/{r}/index.md", naam))
        rijen = ["| " + " | ".join(kop) + " |", "|" + "---|" * len(kop)]
        for pid in (pids or _alle_pids(regio_lijst)):
            if basis.heeft(pid):
                label = basis.parameter(pid)[0].label
                wet = bron_link(basis.parameter(pid)[0])
            else:
                label = next(profielen.laad(r).parameter(pid)[0].label
                             for r in regio_lijst if profielen.laad(r).heeft(pid))
                wet = "—"
            cellen = [f'<span data-parameter="{pid}">{_cel(label)}</span>', wet]  # the id for tests, not for readers
            for r in regio_lijst:
                par, mark = vergelijk(pid, r)
                if par is None:
                    cellen.append("—")
                elif mark == VOLGT_DE_WET:
                    cellen.append(f"*{mark}*")
                else:
                    cellen.append(f"{bron_link(par)}<br>*{mark}*")
            rijen.append("| " + " | ".join(cellen) + " |")
        return "\n".join(rijen)

    @env.macro
    def vergelijk_themas(regios=None):
        """[(thema, [parameter ids])] for the comparison page; themes without parameters are left out."""
        pids = _alle_pids(list(regios) if regios else _regios())
        groepen = {titel: [] for titel, _ in THEMAS}
        groepen[OVERIG_THEMA] = []
        for pid in pids:
            titel = next((t for t, prefixen in THEMAS if pid.startswith(prefixen)), OVERIG_THEMA)
            groepen[titel].append(pid)
        return [(t, ps) for t, ps in groepen.items() if ps]

    @env.macro
    def vergelijk_legenda():
        """The meaning of the marks in the comparison table, as a definition list."""
        return "\n\n".join(f"*{naam}*\n:   {uitleg[0].upper()}{uitleg[1:]}" for naam, uitleg in LEGENDA)

    @env.macro
    def afwijkingen(regio=None):
        """A bullet list of what the region states differently from the law, or adds to it."""
        r = _pagina_regio(env, regio)
        regels = []
        for pid in _alle_pids([r]):
            par, mark = vergelijk(pid, r)
            if par is None or mark in ("", VOLGT_DE_WET, MARKERING["herhaalt"], MARKERING["herhaalt_richtlijn"]):
                continue
            regels.append(f"- {par.label}: **{bron_link(par)}** ({mark})")
        return "\n".join(regels) or "- Geen: de regio volgt op alle drempels de wet."
    pg.vergelijk_tabel = vergelijk_tabel
    pg.vergelijk_themas = vergelijk_themas
    pg.vergelijk_legenda = vergelijk_legenda
    pg.afwijkingen = afwijkingen
