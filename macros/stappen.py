"""A region's stappenplan and escalation as tables: {{ stappen_tabel() }}, {{ escalatie_tabel() }}, {{ wanneer(stap) }}."""

from __future__ import annotations

from types import SimpleNamespace

from calculators import keuzes as keuzes_mod

from macros.gemeen import GRENZEN, VELDEN, _cel, _lijst, bron_link


def registreer(env, pg: SimpleNamespace) -> None:
    """Register these macros; ``pg`` holds the page helpers and the macros registered before."""
    link = pg.link
    profiel_van = pg.profiel_van

    def grens(profiel, pid) -> str:
        return profiel.parameter(pid)[0].tekst() if profiel.heeft(pid) else pid

    def voorwaarde(profiel, v: dict) -> str:
        lesweken = grens(profiel, "melding_lesweken")
        schoolweken = grens(profiel, "mazl_schoolweken")
        veld = VELDEN.get(v.get("veld", ""), v.get("veld", "").replace("_", " "))
        veld = veld.format(lesweken=lesweken, schoolweken=schoolweken)
        delen = [f"{woord} {grens(profiel, v[sleutel])}" for sleutel, woord in GRENZEN if v.get(sleutel)]
        return f"{veld}: {' en '.join(delen)}" if delen else veld

    @env.macro
    def wanneer(stap, regio=None):
        """When a step applies, in words, with the thresholds from the profile."""
        profiel = profiel_van(regio)
        if stap.get("standaard"):
            return "Als geen andere stap geldt"
        als = stap.get("als") or []
        if not als:
            return ""
        tekst = " of ".join(voorwaarde(profiel, v) for v in als)
        return tekst[0].upper() + tekst[1:]

    @env.macro
    def stappen_tabel(regio=None):
        """The region's step plan (light to heavy): wanneer, wie in regie, wie betrokken, acties."""
        profiel = profiel_van(regio)
        rijen = ["| Stap | Wanneer | In regie | Betrokken | Wat gebeurt er |", "|---|---|---|---|---|"]
        for i, stap in enumerate(profiel.stappen, 1):
            titel = f"{i}. {_cel(stap.get('titel', stap.get('id', '')))}"
            bron_ = profiel.bronnen.get(stap.get("bron", ""), {})
            if bron_:
                wat = _cel(stap.get("artikel") or bron_.get("titel", ""))
                if bron_.get("url"):
                    wat = f"[{wat}]({bron_['url']})"
                titel += f"<br><small>{wat}</small>"
            keuze_links = [link(f"keuzes.md#{k}", keuzes_mod.keuze(k, profiel)["titel"]) for k in stap.get("keuzes", [])]
            rijen.append("| " + " | ".join([
                titel,
                _cel(wanneer(stap, profiel.id)) + "".join(
                    f"<br><small>Interpretatie: {_cel(k)}</small>" for k in keuze_links),
                _cel(stap.get("in_regie", "")),
                _lijst(stap.get("betrokken", [])),
                _lijst(stap.get("acties", [])),
            ]) + " |")
        return "\n".join(rijen)

    def termijn(profiel, stap: dict) -> str:
        van, tot = stap.get("termijn_van"), stap.get("termijn_tot")
        if van and tot:
            a, b = profiel.parameter(van)[0], profiel.parameter(tot)[0]
            if a.waarde == b.waarde:
                return bron_link(b)
            if a.eenheid == b.eenheid:
                return bron_link(b, f"{a.waarde}–{b.tekst()}") if a.bron == b.bron else \
                    f"{bron_link(a, str(a.waarde))}–{bron_link(b)}"
            return f"{bron_link(a)} tot {bron_link(b)}"
        if tot:
            par = profiel.parameter(tot)[0]
            # Only the protocol's own wording makes a deadline a hard 'uiterlijk'.
            return ("uiterlijk " if "uiterlijk" in par.label.lower() else "") + bron_link(par)
        if van:
            return "vanaf " + bron_link(profiel.parameter(van)[0])
        return "—"

    @env.macro
    def escalatie_tabel(regio=None):
        """The region's escalation ladder with deadlines (weeks after the first date of worrying
        absence) taken from the referenced parameters."""
        profiel = profiel_van(regio)
        if not profiel.escalatie:
            return "*Deze regio heeft geen opschalingsladder met termijnen in haar profiel.*"
        rijen = ["| Nr. | Opschaling | Doel | Termijn na de eerste datum van zorgwekkend verzuim | Per gemeente |",
                 "|---|---|---|---|---|"]
        for stap in profiel.escalatie:
            per = [f"**{_cel(g)}:** {_cel(t)}" for g, t in (stap.get("per_gemeente") or {}).items()]
            if stap.get("overslaan"):
                per.append("Slaan deze stap over: " + _cel(", ".join(stap["overslaan"])))
            rijen.append("| " + " | ".join([
                _cel(stap.get("nummer", "")),
                _cel(stap.get("titel", "")),
                _cel(stap.get("doel", "")),
                termijn(profiel, stap),
                _lijst(per),
            ]) + " |")
        return "\n".join(rijen)
    pg.grens = grens
    pg.voorwaarde = voorwaarde
    pg.wanneer = wanneer
    pg.stappen_tabel = stappen_tabel
    pg.termijn = termijn
    pg.escalatie_tabel = escalatie_tabel
