"""The download files of a document (issue 21): a real Word .docx and clean text, no Markdown marks."""

from __future__ import annotations

import base64
import io
import json
import zipfile
import xml.etree.ElementTree as ET

import pytest

from calculators import documentbestanden_json, run
from calculators.documenten import document
from calculators.documenten.bestanden import als_docx, als_tekst

VERLOF = {"soort": "vakantie", "eerste_dag": "02-03-2027", "laatste_dag": "17-03-2027", "aanvraagdatum": "05-01-2027",
          "vakantieregio": "midden"}
MELDING = {"registraties": [{"datum": "08-09-2025", "uren": 5}, {"datum": "10-09-2025", "uren": 6},
                            {"datum": "17-09-2025", "uren": 6.5}], "vakantieregio": "zuid", "regio": "haaglanden"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _brief(naam="verlof", invoer=VERLOF, soort="besluit_vakantieverlof_afwijzing"):
    return document(naam, invoer, run(naam, invoer), soort)


def test_tekst_zonder_markdown():
    tekst = als_tekst(_brief()["tekst"])
    assert "##" not in tekst and "\n- " not in tekst
    assert "\nBesluit\n" in tekst  # the heading as its own line
    assert "• De aanvraag telt 12 schooldagen" in tekst
    assert "[naam leerling]" in tekst  # a blank stays visible to fill in


def test_checklist_in_tekst_met_vakjes():
    tekst = als_tekst(_brief("melding_16_uur", MELDING, "checklist_duo_melding")["tekst"])
    assert "☐ Soort verzuim:" in tekst and "[ ]" not in tekst


def test_docx_is_een_wordbestand_in_het_nederlands():
    bytes_ = als_docx(_brief()["tekst"], "Besluit")
    with zipfile.ZipFile(io.BytesIO(bytes_)) as z:
        assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                "word/numbering.xml"} <= set(z.namelist())
        for naam in z.namelist():
            ET.fromstring(z.read(naam))  # every part is well-formed XML
        stijlen = z.read("word/styles.xml").decode()
        lichaam = ET.fromstring(z.read("word/document.xml"))
    assert 'w:lang w:val="nl-NL"' in stijlen
    stijl = [p.find(f"{W}pPr/{W}pStyle") for p in lichaam.iter(f"{W}p")]
    assert {s.get(f"{W}val") for s in stijl if s is not None} >= {"Kop2", "Lijstalinea"}
    assert als_docx(_brief()["tekst"], "Besluit") == bytes_  # no clock in the file


def test_docx_opent_in_python_docx_met_koppen_lijst_en_tekst():
    docx = pytest.importorskip("docx", reason="python-docx (dev extras) leest het bestand terug; niet in Pyodide")
    brief = _brief()
    uit = json.loads(documentbestanden_json(json.dumps({"tekst": brief["tekst"].replace("[naam leerling]", "Sanne"),
                                                        "titel": brief["titel"]})))
    assert uit["txt"].startswith("[naam school]")
    d = docx.Document(io.BytesIO(base64.b64decode(uit["docx"])))
    alineas = [(p.style.name, p.text) for p in d.paragraphs]
    assert ("Heading 2", "Besluit") in alineas and ("Heading 2", "Overwegingen") in alineas
    assert any(s == "List Paragraph" and t.startswith("De aanvraag telt 12 schooldagen") for s, t in alineas)
    assert any("Sanne krijgt geen vakantieverlof van dinsdag 2 maart 2027" in t for _, t in alineas)
    assert not any(t.startswith(("#", "- ")) for _, t in alineas)
    # the address block keeps its line breaks inside one paragraph
    assert alineas[0][1] == "[naam school]\n[adres school]"
    assert d.core_properties.title == brief["titel"] and d.core_properties.language == "nl-NL"


def test_brug_met_foute_invoer_geeft_een_nederlandse_fout():
    assert json.loads(documentbestanden_json("{}"))["fouten"][0]["melding"] == "Het document kon niet worden gelezen."
