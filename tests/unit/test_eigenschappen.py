"""Property tests (Hypothesis) for the date rules, and: no input makes run() raise or fail internally."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculators import namen, run, schema
from calculators.kalender import Kalender

GEBOORTE = st.dates(dt.date(2005, 1, 1), dt.date(2024, 12, 31))
REGIO = st.sampled_from(["noord", "midden", "zuid"])
D = dt.date.fromisoformat


@given(GEBOORTE, REGIO)
def test_leerplicht_start_is_een_schooldag_in_of_na_de_maand_na_de_vijfde_verjaardag(geboren, regio):
    uit = run("leerplicht_start", {"geboortedatum": geboren.isoformat(), "vakantieregio": regio,
                                   "peildatum": "2026-11-23"})
    eerste, vijf = D(uit["eerste_dag"]), D(uit["vijfde_verjaardag"])
    assert Kalender(regio).is_schooldag(eerste)
    assert (eerste.year, eerste.month) > (vijf.year, vijf.month)
    assert (eerste - vijf).days <= 31 + 45  # never more than a month plus a summer holiday
    assert uit["buiten_maand"] == ((eerste.year * 12 + eerste.month) - (vijf.year * 12 + vijf.month) > 1)


@given(GEBOORTE)
def test_leerplicht_eindigt_op_31_juli_van_het_schooljaar_van_de_zestiende_verjaardag(geboren):
    uit = run("leerplicht_einde", {"geboortedatum": geboren.isoformat(), "peildatum": "2026-11-23"})
    einde, zestien = D(uit["laatste_dag"]), D(uit["zestiende_verjaardag"])
    assert (einde.month, einde.day) == (7, 31)
    assert 0 <= (einde - zestien).days < 366


@given(GEBOORTE, st.integers(0, 3))
def test_twaalf_schooljaren_nooit_later_dan_de_zestienjaarregel(geboren, later):
    jaar = (geboren.year + 4) + (1 if geboren.replace(year=2000) > dt.date(2000, 9, 1) else 0) + later
    met = run("leerplicht_einde", {"geboortedatum": geboren.isoformat(), "eerste_volledige_schooljaar": jaar,
                                   "peildatum": "2026-11-23"})
    zonder = run("leerplicht_einde", {"geboortedatum": geboren.isoformat(), "peildatum": "2026-11-23"})
    assert "fouten" not in met, met
    assert met["laatste_dag"] <= zonder["laatste_dag"]


@given(GEBOORTE, st.one_of(st.none(), st.dates(dt.date(2018, 1, 1), dt.date(2026, 11, 1))))
def test_kwalificatieplicht_sluit_aan_op_de_leerplicht(geboren, diploma):
    invoer = {"geboortedatum": geboren.isoformat(), "peildatum": "2026-11-23"}
    if diploma and diploma > geboren:
        invoer["startkwalificatie_datum"] = diploma.isoformat()
    uit = run("kwalificatieplicht", invoer)
    einde = run("leerplicht_einde", {"geboortedatum": geboren.isoformat(), "peildatum": "2026-11-23"})
    if uit["van_toepassing"]:
        assert D(uit["eerste_dag"]) == D(einde["laatste_dag"]) + dt.timedelta(days=1)
        assert D(uit["laatste_dag"]) >= D(uit["eerste_dag"]) - dt.timedelta(days=1)
        assert D(uit["laatste_dag"]) < geboren.replace(year=geboren.year + 18) if geboren.month != 2 or \
            geboren.day != 29 else True


REGISTRATIES = st.lists(st.fixed_dictionaries({
    "datum": st.dates(dt.date(2025, 8, 1), dt.date(2026, 7, 31)).map(dt.date.isoformat),
    "uren": st.sampled_from([0.5, 1, 2, 3, 4, 5, 6, 8])}), max_size=80, unique_by=lambda r: r["datum"])


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(REGISTRATIES, REGIO)
def test_meldingen_zijn_geordend_en_bereiken_de_drempel(registraties, regio):
    uit = run("melding_16_uur", {"registraties": registraties, "vakantieregio": regio, "peildatum": "2026-11-23"})
    assert "fouten" not in uit, uit
    vorige_einde = None
    for m in uit["meldingen"]:
        assert m["einddatum"] is None or m["begindatum"] <= m["einddatum"]
        if vorige_einde:
            assert m["begindatum"] > vorige_einde  # counting restarts after the previous melding
        if m["soort"] == "16_uur":
            assert m["uren"] >= 16
            vorige_einde = m["einddatum"]
        else:
            vorige_einde = m["einddatum"] or "9999"
    assert sum(m["uren"] for m in uit["meldingen"]) <= uit["totaal_uren"] + 1e-6
    if uit["totaal_uren"] < 16:
        assert uit["meldingen"] == []


WAARDEN = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                    st.text(max_size=30), st.dates().map(dt.date.isoformat),
                    st.lists(st.dictionaries(st.sampled_from(["datum", "uren", "eerste_dag", "laatste_dag", "x"]),
                                             st.one_of(st.text(max_size=12), st.integers(-5, 30),
                                                       st.dates().map(dt.date.isoformat))), max_size=5))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(namen()), st.data())
def test_geen_invoer_laat_run_crashen(naam, data):
    velden = [v["naam"] for v in schema(naam)["velden"]]
    invoer = data.draw(st.dictionaries(st.sampled_from(velden + ["onbekend"]), WAARDEN, max_size=6))
    uit = run(naam, invoer)
    assert isinstance(uit, dict)
    assert "interne_fout" not in uit, (invoer, uit)
    assert ("fouten" in uit) != ("uitleg" in uit)
