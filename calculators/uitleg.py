"""The explanation every answer carries: steps with sources, interpretation choices, warnings."""

from __future__ import annotations

from . import keuzes
from .profielen import Bron, Parameter, Profiel


class Uitleg:
    def __init__(self, profiel: Profiel, vandaag=None):
        self.profiel = profiel
        self.vandaag = vandaag  # used when a calculation has no date of its own
        self.stappen: list[dict] = []
        self.keuzes: list[dict] = []
        self.waarschuwingen: list[str] = []
        self._keuze_ids: set[str] = set()

    def stap(self, tekst: str, bron: Bron | dict | None = None) -> None:
        if isinstance(bron, Bron):
            bron = bron.als_dict()
        self.stappen.append({"tekst": tekst, "bron": bron})

    def keuze(self, kid: str) -> None:
        if kid not in self._keuze_ids:
            self._keuze_ids.add(kid)
            self.keuzes.append({"id": kid, **keuzes.keuze(kid, self.profiel)})

    def waarschuwing(self, tekst: str | None) -> None:
        if tekst and tekst not in self.waarschuwingen:
            self.waarschuwingen.append(tekst)

    def param(self, pid: str, peildatum=None) -> Parameter:
        """Read a parameter for this calculation; a stale value becomes a warning."""
        p, waarschuwing = self.profiel.parameter(pid, peildatum or self.vandaag)
        if p.verhouding in ("herhaalt", "herhaalt_richtlijn") and p.herkomst != "landelijk":
            # a region that restates the law: cite the law itself, as the authoritative source
            from .profielen import laad

            basis = laad("landelijk")
            if basis.heeft(pid):
                wet, wet_waarschuwing = basis.parameter(pid, peildatum or self.vandaag)
                if wet.tekst() == p.tekst():
                    p, waarschuwing = wet, wet_waarschuwing
        self.waarschuwing(waarschuwing)
        return p

    def waarde(self, pid: str, peildatum=None):
        return self.param(pid, peildatum).waarde

    def als_dict(self) -> dict:
        return {"uitleg": self.stappen, "keuzes": self.keuzes, "waarschuwingen": self.waarschuwingen}


def regionaal_verschil(uitleg: Uitleg, pid: str, peildatum=None) -> None:
    """Say so when the region's value differs from the law's, naming both sources."""
    from .profielen import laad

    profiel = uitleg.profiel
    if profiel.id == "landelijk" or pid not in profiel.eigen:
        return
    regio_p, _ = profiel.parameter(pid, peildatum)
    toelichting = f" {regio_p.toelichting}" if regio_p.toelichting else ""
    basis = laad("landelijk")
    if not basis.heeft(pid):
        uitleg.stap(f"{regio_p.label}: {regio_p.tekst()} is eigen beleid van {profiel.naam}; de wet kent deze "
                    f"drempel niet.{toelichting}", regio_p.bron)
        return
    wet_p, _ = basis.parameter(pid, peildatum)
    if regio_p.waarde != wet_p.waarde:
        uitleg.stap(
            f"Let op: {profiel.naam} hanteert {regio_p.tekst()} waar de wet {wet_p.tekst()} zegt "
            f"({wet_p.bron.artikel}). Deze berekening volgt de regio; de wettelijke regel blijft gelden."
            f"{toelichting}", regio_p.bron)
    elif regio_p.verhouding in {"anders", "strenger", "ruimer"}:
        # the same number, worded or applied differently: say how, not "10 where the law says 10"
        uitleg.stap(
            f"Let op: het protocol van {profiel.regio.get('korte_naam') or profiel.naam} noemt dezelfde grens als de wet ({wet_p.tekst()}, "
            f"{wet_p.bron.artikel}), maar zegt het anders.{toelichting} Deze berekening volgt de wet.",
            regio_p.bron)
