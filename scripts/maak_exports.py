"""Synthetic absence exports for tests and benchmarks: no real pupils, deterministic (seeded).

Three shapes, as the research on LAS exports describes them (shared/research/las-exports.md):

* ``magister``: one row per lesuur with a code; ``;``, Windows-1252, Dutch dates (14-03-2026 and 4-3-2026).
* ``somtoday``: rows with begin/eind date-times (ISO with offset), ``,``, UTF-8; sick reports and long
  truancy as one row spanning several days (over weekends and holidays).
* ``dagtotalen``: one row per pupil per day with minutes per category, as XLSX (openpyxl writes it).

Each generator also returns the truth per pupil, in the terms of the single-pupil calculators:
``{leerling: {"registraties": [{datum, uren}], "ziekmeldingen": [{eerste_dag, laatste_dag, uren}],
"te_laat": n}}``, so a test can compare the overview with run("melding_16_uur") and run("ziekteverzuim").

    python scripts/maak_exports.py magister --leerlingen 1500 --rijen 200000 -o export.csv
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from calculators.kalender import Kalender  # noqa: E402

SCHOOLJAAR = 2025                                      # the default: school year 2025-2026
VAN, TOT = dt.date(2025, 9, 1), dt.date(2026, 7, 3)   # school year 2025-2026, vakantieregio midden
LESUREN = 8
LESUUR_MINUTEN = 50
DAG_BEGIN, DAG_EIND = 8 * 60 + 30, 15 * 60 + 30        # the calculator's default school day
VOORNAMEN = ["Sanne", "Daan", "Noah", "Emma", "Léa", "Zoë", "Mohammed", "Julia", "Sem", "Chloë", "Liam", "Fenna",
             "Björn", "Inès", "Yusuf", "Mila", "René", "Anaïs", "Thijs", "Sofie"]
ACHTERNAMEN = [("", "Jansen"), ("de", "Vries"), ("van", "Dijk"), ("", "Bakker"), ("", "Janssen; Visser"),
               ("van der", "Berg"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Müller"), ("", "Yilmaz"),
               ("", "El Idrissi"), ("", "Mulder"), ("van den", "Heuvel")]


def _schooldagen(kal: Kalender, van=VAN, tot=TOT) -> list[dt.date]:
    return kal.schooldagen(van, tot)


def periode(schooljaar: int) -> tuple[dt.date, dt.date]:
    """The school days of a school year as the generator uses them: 1 September to 3 July (holidays and feast
    days are left out by the calendar)."""
    return dt.date(schooljaar, 9, 1), dt.date(schooljaar + 1, 7, 3)


class Model:
    """Pupils and their absence: per pupil per day, lesuur -> category; sick episodes; long truancy."""

    def __init__(self, leerlingen: int, rijen: int, seed: int = 1, regio: str = "midden",
                 schooljaar: int = SCHOOLJAAR, ziek_aandeel: float | None = None):
        self.rnd = random.Random(seed)
        # None: the default mix (long sick reports of whole days). A share (0.25): the sickness-heavy mix of a
        # real school, with that share of rows sick, most of them short reports (a day, or sent home
        # mid-day) spread over every pupil, so every pupil has many reports to count.
        self.ziek_aandeel = ziek_aandeel
        self.kal = Kalender(regio)
        self.dagen = _schooldagen(self.kal, *periode(schooljaar))
        self.leerlingen = [str(100000 + i * 7) for i in range(leerlingen)]
        self.namen = {lln: self._naam() for lln in self.leerlingen}
        self.klassen = {lln: f"{self.rnd.randint(1, 6)}{self.rnd.choice('ABCDE')}" for lln in self.leerlingen}
        self.uren: dict[str, dict[dt.date, dict[int, str]]] = {lln: {} for lln in self.leerlingen}
        self.ziek: dict[str, list[tuple[dt.date, dt.date]]] = {lln: [] for lln in self.leerlingen}
        self.lang: dict[str, list[tuple[dt.date, dt.date]]] = {lln: [] for lln in self.leerlingen}
        self._ziek_geteld = 0
        self._vul(rijen)

    def _naam(self):
        tv, an = self.rnd.choice(ACHTERNAMEN)
        return self.rnd.choice(VOORNAMEN), tv, an

    def _vrij(self, lln, d, uren) -> bool:
        return all(u not in self.uren[lln].get(d, {}) for u in uren)

    def _ziek_mag(self, lln, i, j) -> bool:
        """Sick on school days i..j: those days free, and no sick day right before or after (else two reports
        would be one: the calculator joins sick days without a school day in between)."""
        per = self.uren[lln]
        if any(per.get(self.dagen[k]) for k in range(i, j + 1)):
            return False
        return not any(0 <= k < len(self.dagen) and "ziek" in per.get(self.dagen[k], {}).values() for k in (i - 1, j + 1))

    def _kort_ziek(self, lln, i: int, ruimte: int) -> int:
        """A short sick report on school day i (sent home from a lesuur on, or one or two whole days); its rows."""
        rnd = self.rnd
        if rnd.random() < 0.5:
            j, vanaf = i, rnd.randint(2, LESUREN)
        else:
            j, vanaf = min(len(self.dagen) - 1, i + rnd.choice([0, 0, 1])), 1
        rijen = (LESUREN - vanaf + 1) + LESUREN * (j - i)
        if rijen > ruimte or not self._ziek_mag(lln, i, j):
            return 0
        for k in range(i, j + 1):
            self.uren[lln].setdefault(self.dagen[k], {}).update(
                dict.fromkeys(range(vanaf if k == i else 1, LESUREN + 1), "ziek"))
        self.ziek[lln].append((self.dagen[i], self.dagen[j]))
        self._ziek_geteld += rijen
        return rijen

    def _vul(self, rijen: int) -> None:
        rnd, n_dagen = self.rnd, len(self.dagen)
        zwaar = set(rnd.sample(self.leerlingen, max(1, len(self.leerlingen) // 12)))
        # a few pupils absent for weeks on end (LRV / thuiszitter)
        for lln in rnd.sample(self.leerlingen, max(1, len(self.leerlingen) // 60)):
            i = rnd.randrange(0, n_dagen - 45)
            j = i + rnd.randint(24, 40)  # longer than four lesweken: LRV
            for k in range(i, j + 1):
                self.uren[lln].setdefault(self.dagen[k], {}).update(dict.fromkeys(range(1, LESUREN + 1), "ongeoorloofd"))
            self.lang[lln].append((self.dagen[i], self.dagen[j]))
        # a few pupils often ill: four short sick reports within twelve school weeks (M@ZL)
        for lln in rnd.sample(self.leerlingen, max(1, len(self.leerlingen) // 40)):
            i = rnd.randrange(0, n_dagen - 50)
            for k in range(4):
                a = i + 11 * k
                if self._ziek_mag(lln, a, a + 1):
                    for d in self.dagen[a:a + 2]:
                        self.uren[lln].setdefault(d, {}).update(dict.fromkeys(range(1, LESUREN + 1), "ziek"))
                    self.ziek[lln].append((self.dagen[a], self.dagen[a + 1]))
        geteld = sum(len(u) for per in self.uren.values() for u in per.values())
        pogingen = 0
        while geteld < rijen and pogingen < rijen * 20:
            pogingen += 1
            lln = rnd.choice(self.leerlingen)
            i = rnd.randrange(n_dagen)
            d = self.dagen[i]
            kans = rnd.random()
            if self.ziek_aandeel is not None:
                if self._ziek_geteld < self.ziek_aandeel * max(geteld, 1):
                    geteld += self._kort_ziek(lln, i, rijen - geteld)
                    continue
                kans = 0.12 + kans * 0.88  # the rest as the default mix, without its long sick reports
            if kans < 0.12:  # a sick report of 1-4 school days (sometimes over a weekend)
                lengte = rnd.choice([1, 1, 2, 3, 4])
                j = min(n_dagen - 1, i + lengte - 1)
                if not self._ziek_mag(lln, i, j) or geteld + LESUREN * (j - i + 1) > rijen:
                    continue
                for k in range(i, j + 1):
                    self.uren[lln].setdefault(self.dagen[k], {}).update(dict.fromkeys(range(1, LESUREN + 1), "ziek"))
                self.ziek[lln].append((self.dagen[i], self.dagen[j]))
                geteld += LESUREN * (j - i + 1)
                continue
            if "ziek" in self.uren[lln].get(d, {}).values():
                continue
            if kans < 0.22:
                soort, aantal = "te_laat", 1
            elif kans < 0.40:
                soort, aantal = "geoorloofd", rnd.randint(1, 3)
            else:
                soort, aantal = "ongeoorloofd", rnd.randint(1, 4 if lln in zwaar else 2)
            eerste = rnd.randint(1, LESUREN - aantal + 1)
            uren = range(eerste, eerste + aantal)
            if not self._vrij(lln, d, uren) or geteld + aantal > rijen:
                continue
            self.uren[lln].setdefault(d, {}).update(dict.fromkeys(uren, soort))
            geteld += aantal
        self.rijen = geteld

    def waarheid(self, uren_per_lesuur: float = LESUUR_MINUTEN / 60) -> dict:
        uit = {}
        for lln in self.leerlingen:
            registraties, te_laat = [], 0
            for d in sorted(self.uren[lln]):
                per = self.uren[lln][d]
                n = sum(1 for c in per.values() if c == "ongeoorloofd")
                te_laat += sum(1 for c in per.values() if c == "te_laat")
                if n:
                    registraties.append({"datum": d.isoformat(), "uren": round(n * uren_per_lesuur, 4)})
            ziek = [{"eerste_dag": a.isoformat(), "laatste_dag": b.isoformat(),
                     "uren": round(uren_per_lesuur * sum(1 for d in self.kal.schooldagen(a, b)
                                                         for c in self.uren[lln].get(d, {}).values() if c == "ziek"), 4)}
                    for a, b in sorted(self.ziek[lln])]
            uit[lln] = {"registraties": registraties, "ziekmeldingen": ziek, "te_laat": te_laat}
        return uit


# --- (a) Magister-like: per lesuur, ';', cp1252, Dutch dates -----------------------------------

MAGISTER_CODES = {"ongeoorloofd": [("A", "Absent"), ("S", "Gespijbeld")], "ziek": [("Z", "Ziek")],
                  "te_laat": [("L", "Te laat")], "geoorloofd": [("M", "Medisch"), ("V", "Verlof")]}


def magister(model: Model) -> bytes:
    rnd = random.Random(7)
    regels = ["Stamnr;Leerling;Klas;Datum;Lesuur;Code;Omschrijving;Geoorloofd"]
    for lln in model.leerlingen:
        vn, tv, an = model.namen[lln]
        naam = " ".join(x for x in (vn, tv, an) if x)
        naam = f'"{naam}"' if ";" in naam else naam
        for d in sorted(model.uren[lln]):
            datum = f"{d.day:02d}-{d.month:02d}-{d.year}" if rnd.random() < 0.8 else f"{d.day}-{d.month}-{d.year}"
            for uur, soort in sorted(model.uren[lln][d].items()):
                code, oms = rnd.choice(MAGISTER_CODES[soort])
                geo = "J" if soort in ("ziek", "geoorloofd") else "N"
                regels.append(f"{lln};{naam};{model.klassen[lln]};{datum};{uur};{code};{oms};{geo}")
    return ("\r\n".join(regels) + "\r\n").encode("cp1252")


# --- (b) SOMtoday-like: begin/eind date-times, spans over days ----------------------------------

def _tijd(minuten: int) -> str:
    return f"{minuten // 60:02d}:{minuten % 60:02d}"


def _iso(d: dt.date, minuten: int) -> str:
    return f"{d.isoformat()}T{_tijd(minuten)}:00.000+0{1 if d.month < 4 or d.month > 10 else 2}:00"


def somtoday(model: Model) -> tuple[bytes, dict]:
    """The export and the truth in clock hours from the spans written (lesuur n runs 08:30 + (n-1)x50 min)."""
    regels = ["leerlingnummer,roepnaam,achternaam,afkorting,omschrijving,geoorloofd,absentieSoort,"
              "beginDatumTijd,eindDatumTijd,beginLesuur,eindLesuur"]
    waarheid = model.waarheid()
    soorten = {"ongeoorloofd": ("XC", "Onbekend", "false", "Absent"), "ziek": ("ZK", "Ziek", "true", "Absent"),
               "te_laat": ("TL", "Te laat", "false", "Telaat"), "geoorloofd": ("MA", "Medisch", "true", "Absent")}

    def rij(lln, soort, begin, eind, les_van, les_tot):
        vn, tv, an = model.namen[lln]
        achternaam = f"{tv} {an}".strip()
        achternaam = f'"{achternaam}"' if "," in achternaam else achternaam
        code, oms, geo, abs_soort = soorten[soort]
        regels.append(f"{lln},{vn},{achternaam},{code},{oms},{geo},{abs_soort},{begin},{eind},{les_van},{les_tot}")

    for lln in model.leerlingen:
        ziek_dagen = {d for a, b in model.ziek[lln] for d in model.kal.schooldagen(a, b)}
        lang_dagen = {d for a, b in model.lang[lln] for d in model.kal.schooldagen(a, b)}
        for a, b in model.ziek[lln]:  # one span per sick report: first lesson to the end of the last school day
            rij(lln, "ziek", _iso(a, DAG_BEGIN), _iso(b, DAG_EIND), 1, LESUREN)
        for a, b in model.lang[lln]:
            rij(lln, "ongeoorloofd", _iso(a, DAG_BEGIN), _iso(b, DAG_EIND), 1, LESUREN)
        for d in sorted(model.uren[lln]):
            if d in ziek_dagen or d in lang_dagen:
                continue
            per = sorted(model.uren[lln][d].items())
            i = 0
            while i < len(per):  # consecutive lesuren of one kind become one span; each late arrival is its own row
                j = i
                while (per[i][1] != "te_laat" and j + 1 < len(per) and per[j + 1][0] == per[j][0] + 1
                       and per[j + 1][1] == per[i][1]):
                    j += 1
                soort, van, tot = per[i][1], per[i][0], per[j][0]
                begin = DAG_BEGIN + (van - 1) * LESUUR_MINUTEN
                eind = begin + 5 if soort == "te_laat" else DAG_BEGIN + tot * LESUUR_MINUTEN
                rij(lln, soort, _iso(d, begin), _iso(d, eind), van, tot)
                i = j + 1
        # truth: a sick or long span counts a full school day (7 clock hours) on every school day
        dag_uren = (DAG_EIND - DAG_BEGIN) / 60
        per_dag = {r["datum"]: r["uren"] for r in waarheid[lln]["registraties"]}
        for d in lang_dagen:
            per_dag[d.isoformat()] = round(dag_uren, 4)
        waarheid[lln]["registraties"] = [{"datum": k, "uren": v} for k, v in sorted(per_dag.items())]
        for z in waarheid[lln]["ziekmeldingen"]:
            n = len(model.kal.schooldagen(dt.date.fromisoformat(z["eerste_dag"]), dt.date.fromisoformat(z["laatste_dag"])))
            z["uren"] = round(n * dag_uren, 4)
    return ("\n".join(regels) + "\n").encode("utf-8"), waarheid


# --- (c) day totals as XLSX ---------------------------------------------------------------------

def dagtotalen_xlsx(model: Model) -> bytes:
    import openpyxl

    boek = openpyxl.Workbook()
    blad = boek.active
    blad.title = "Verzuim"
    blad.append(list(DAGTOTAAL_KOP))
    for lln, *rest in _dagtotalen(model):
        blad.append([int(lln), *rest])
    buffer = io.BytesIO()
    boek.save(buffer)
    return buffer.getvalue()


def _dagtotalen(model: Model):
    """The day-total rows: (pupil, name, class, date, minutes ongeoorloofd, geoorloofd, ziek)."""
    for lln in model.leerlingen:
        vn, tv, an = model.namen[lln]
        for d in sorted(model.uren[lln]):
            tel = {"ongeoorloofd": 0, "geoorloofd": 0, "ziek": 0}
            for soort in model.uren[lln][d].values():
                if soort in tel:
                    tel[soort] += LESUUR_MINUTEN
            if any(tel.values()):
                yield (lln, " ".join(x for x in (vn, tv, an) if x), model.klassen[lln], d,
                       tel["ongeoorloofd"], tel["geoorloofd"], tel["ziek"])


DAGTOTAAL_KOP = ("Studentnummer", "Naam", "Klas", "Datum", "Minuten ongeoorloofd", "Minuten geoorloofd", "Minuten ziek")


def dagtotalen_csv(model: Model) -> bytes:
    """The same day totals as CSV (';', UTF-8 with BOM, dd-mm-jjjj), for -o x.csv."""
    import csv

    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(DAGTOTAAL_KOP)
    for lln, naam, klas, d, *minuten in _dagtotalen(model):
        schrijver.writerow([lln, naam, klas, f"{d:%d-%m-%Y}", *minuten])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Synthetische absentie-exports (geen echte leerlingen).")
    p.add_argument("vorm", choices=["magister", "somtoday", "dagtotalen"])
    p.add_argument("--leerlingen", type=int, default=100)
    p.add_argument("--rijen", type=int, default=5000, help="ongeveer zoveel registraties (lesuren)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--ziek", type=float, default=None, metavar="AANDEEL",
                   help="ziekte-zware mix: dit aandeel van de regels ziek (0.25), vooral korte ziekmeldingen bij alle leerlingen")
    p.add_argument("--schooljaar", type=int, default=SCHOOLJAAR, choices=range(2023, 2030), metavar="JAAR",
                   help=f"beginjaar van het schooljaar (2023-2029, de jaren met schoolvakanties in de kalender); "
                        f"standaard {SCHOOLJAAR}, dus {SCHOOLJAAR}-{SCHOOLJAAR + 1}")
    p.add_argument("-o", "--uit", required=True,
                   help="uitvoerbestand; de extensie kiest het formaat waar dat kan (dagtotalen: .xlsx of .csv)")
    a = p.parse_args(argv)
    model = Model(a.leerlingen, a.rijen, a.seed, schooljaar=a.schooljaar, ziek_aandeel=a.ziek)
    uit = Path(a.uit)
    if a.vorm == "dagtotalen":
        data = dagtotalen_csv(model) if uit.suffix.lower() in (".csv", ".txt") else dagtotalen_xlsx(model)
    elif uit.suffix.lower() == ".xlsx":
        p.error(f"{a.vorm} maakt CSV; kies een bestandsnaam op .csv (alleen dagtotalen kan ook .xlsx)")
    else:
        data = magister(model) if a.vorm == "magister" else somtoday(model)[0]
    uit.write_bytes(data)
    print(f"{a.uit}: {a.vorm}, schooljaar {a.schooljaar}-{a.schooljaar + 1}, {a.leerlingen} leerlingen, "
          f"{model.rijen} registraties, {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
