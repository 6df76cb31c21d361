"""A filled document as the files school staff download: a Word document (.docx) and clean plain text.

The documents are Markdown of a fixed, small shape (see sjablonen/): headings '#'/'##', lists '- '
(a checklist item '- [ ] '), and paragraphs whose line breaks are kept (addresses). The .docx is
WordprocessingML written with zipfile (no library to ship to the browser): headings, paragraphs, bullet
lists, the Dutch language tag. Nothing here reads a clock: the same text gives the same bytes.
"""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

_KOP = re.compile(r"^(#{1,2}) (.*)$")
VINK = "- [ ] "


@dataclass(frozen=True)
class Blok:
    soort: str  # "kop1", "kop2", "lijst", "alinea"
    regels: tuple[str, ...]
    vink: tuple[bool, ...] = ()


def blokken(tekst: str) -> list[Blok]:
    """The Markdown split into headings, lists and paragraphs, as the page's preview shows it."""
    uit = []
    for blok in re.split(r"\n{2,}", tekst.strip()):
        regels = blok.split("\n")
        if len(regels) == 1 and (m := _KOP.match(regels[0])):
            uit.append(Blok("kop1" if len(m[1]) == 1 else "kop2", (m[2],)))
        elif all(r.startswith("- ") for r in regels):
            vink = tuple(r.startswith(VINK) for r in regels)
            uit.append(Blok("lijst", tuple(r[len(VINK) if v else 2:] for r, v in zip(regels, vink)), vink))
        else:
            uit.append(Blok("alinea", tuple(regels)))
    return uit


def als_tekst(tekst: str) -> str:
    """Plain text without Markdown marks: headings as their own line, '•' bullets, '☐' check boxes."""
    delen = []
    for b in blokken(tekst):
        if b.soort == "lijst":
            delen.append("\n".join(("☐ " if v else "• ") + r for r, v in zip(b.regels, b.vink)))
        elif b.soort == "kop1":
            delen.append(b.regels[0].upper())
        else:
            delen.append("\n".join(b.regels))
    return "\n\n".join(delen) + "\n"


# ---------------------------------------------------------------- WordprocessingML
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PAKKET = "http://schemas.openxmlformats.org/package/2006/relationships"
_TAAL = "nl-NL"
_NUM_BOLLETJE, _NUM_VINK = 1, 2


def _run(tekst: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(tekst)}</w:t></w:r>'


def _alinea(inhoud: str, stijl: str | None = None, num: int | None = None) -> str:
    eigen = ""
    if stijl:
        eigen += f'<w:pStyle w:val="{stijl}"/>'
    if num:
        eigen += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p>{f'<w:pPr>{eigen}</w:pPr>' if eigen else ''}{inhoud}</w:p>"


def _lichaam(tekst: str) -> str:
    delen = []
    for b in blokken(tekst):
        if b.soort in ("kop1", "kop2"):
            delen.append(_alinea(_run(b.regels[0]), "Kop1" if b.soort == "kop1" else "Kop2"))
        elif b.soort == "lijst":
            delen += [_alinea(_run(r), "Lijstalinea", _NUM_VINK if v else _NUM_BOLLETJE)
                      for r, v in zip(b.regels, b.vink)]
        else:  # line breaks inside a paragraph stay (an address)
            delen.append(_alinea("<w:r><w:br/></w:r>".join(_run(r) for r in b.regels)))
    return "".join(delen)


def _document_xml(tekst: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}" xmlns:r="{_R}">'
            f'<w:body>{_lichaam(tekst)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" '
            'w:gutter="0"/></w:sectPr></w:body></w:document>')


def _stijl(id_: str, naam: str, eigen: str = "", run: str = "") -> str:
    standaard = ' w:default="1"' if id_ == "Standaard" else ""
    return (f'<w:style w:type="paragraph"{standaard} w:styleId="{id_}"><w:name w:val="{naam}"/>'
            + ('<w:basedOn w:val="Standaard"/>' if id_ != "Standaard" else '<w:qFormat/>')
            + f"<w:pPr>{eigen}</w:pPr><w:rPr>{run}</w:rPr></w:style>")


_STIJLEN = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{_W}">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
    f'<w:sz w:val="22"/><w:lang w:val="{_TAAL}" w:eastAsia="{_TAAL}" w:bidi="{_TAAL}"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    '</w:docDefaults>'
    + _stijl("Standaard", "Normal")
    + _stijl("Kop1", "heading 1", '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>',
             '<w:b/><w:sz w:val="32"/>')
    + _stijl("Kop2", "heading 2", '<w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/>',
             '<w:b/><w:sz w:val="26"/>')
    + _stijl("Lijstalinea", "List Paragraph", '<w:spacing w:after="60"/><w:ind w:left="720"/>')
    + "</w:styles>")


def _lijst(num: int, teken: str) -> str:
    return (f'<w:abstractNum w:abstractNumId="{num}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{teken}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol"/></w:rPr></w:lvl></w:abstractNum>')


_NUMMERING = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{_W}">'
    + _lijst(_NUM_BOLLETJE, "•") + _lijst(_NUM_VINK, "☐")
    + "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>' for n in (_NUM_BOLLETJE, _NUM_VINK))
    + "</w:numbering>")

_SOORTEN = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>")

_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PAKKET}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/></Relationships>')

_DOCUMENT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PAKKET}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
    'Target="numbering.xml"/></Relationships>')


def _kern(titel: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{escape(titel)}</dc:title><dc:language>{_TAAL}</dc:language>"
            "<dc:creator>Verzuimwijzer</dc:creator></cp:coreProperties>")


def als_docx(tekst: str, titel: str = "") -> bytes:
    """The document as a Word file (Office Open XML), in Dutch."""
    delen = {"[Content_Types].xml": _SOORTEN, "_rels/.rels": _RELS, "docProps/core.xml": _kern(titel),
             "word/_rels/document.xml.rels": _DOCUMENT_RELS, "word/document.xml": _document_xml(tekst),
             "word/styles.xml": _STIJLEN, "word/numbering.xml": _NUMMERING}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, inhoud in delen.items():
            z.writestr(zipfile.ZipInfo(naam, date_time=(1980, 1, 1, 0, 0, 0)), inhoud.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def bestanden_json(verzoek_json: str) -> str:
    """The worker's bridge: {tekst, titel} (the document with what was typed) -> {docx: base64, txt}."""
    try:
        verzoek = json.loads(verzoek_json)
        tekst, titel = str(verzoek["tekst"]), str(verzoek.get("titel") or "")
    except (ValueError, TypeError, KeyError):
        return json.dumps({"fouten": [{"veld": "document", "melding": "Het document kon niet worden gelezen."}]})
    return json.dumps({"docx": base64.b64encode(als_docx(tekst, titel)).decode("ascii"), "txt": als_tekst(tekst)},
                      ensure_ascii=False)
