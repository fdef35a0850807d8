"""The sample drafts an editor tries the import with (`make run`: the link
"Try it with a sample draft" on the import page). They are committed under
recommendations/static/recommendations/samples/; run

    .venv/bin/python -m tests.recommendations.sample_drafts

to write them again (the .odt is LibreOffice's own conversion of the .docx,
``soffice --headless --convert-to odt``, as an office on LibreOffice has it).

The draft is the realistic SOP (realistic_sop.py: header and footer, a
typed contents list, three heading levels, lists, tables, merged cells)
after a working group went through it in Word: a hyperlink in a sentence,
tracked insertions and deletions not yet accepted, comments, a footnote,
hidden text, a text box, a content control, a soft line break, a table
whose first column is styled as its row headers, and a right-to-left
paragraph. ``ADDED_SHOWN`` is what Word shows of the working group's
section with every change accepted."""

import io
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from .messy_word import MC, REFERRAL_MAP, WPS, V, _footnotes_part, _p, _r
from .realistic_sop import realistic_sop_docx

SAMPLES = Path(__file__).resolve().parents[2] / "recommendations" / "static" / "recommendations" / "samples"
DOCX_NAME = "sop-draft-working-group.docx"
ODT_NAME = "sop-draft-working-group.odt"

ADDED_SHOWN = [
    ("heading", 1, "Comments from the working group"),
    ("paragraph", 1, f"Staff use [the online referral map]({REFERRAL_MAP}) to find the nearest service."),
    ("paragraph", 1, "Police officers shall not check residence papers when a person reports violence."),
    ("paragraph", 1, "The lead agency for referral is the municipality."),
    ("paragraph", 1, "Ask for the person's language  \nand for an interpreter of the chosen gender."),
    (
        "paragraph",
        1,
        "Consent is recorded[^1] before any referral.\n\n[^1]: See the national data protection act.",
    ),
    ("paragraph", 1, "Reception centres inform residents of these procedures on arrival."),
    ("paragraph", 1, "Remember: believe the person."),
    (
        "paragraph",
        1,
        "| Contact | Languages | Hours |\n| --- | --- | --- |\n"
        "| **Interpreter service** | Arabic, Farsi, Tigrinya | On request |\n"
        "| **Helpline** | Dutch, English, Arabic | 24/7 |",
    ),
    ("paragraph", 1, "اتصل بالرقم 112 في حالات الطوارئ."),
    ("paragraph", 1, "The person decides what happens next."),
]


def working_group_docx():
    d = Document(io.BytesIO(realistic_sop_docx()))
    body = d.element.body
    sect = body[-1]

    def add(xml):
        sect.addprevious(_p(xml))

    d.add_heading("7. Comments from the working group", 1)
    rid = d.part.relate_to(REFERRAL_MAP, RT.HYPERLINK, is_external=True)
    add(
        _r("Staff use ")
        + f'<w:hyperlink r:id="{rid}">{_r("the online referral map")}</w:hyperlink>'
        + _r(" to find the nearest service.")
    )
    add(
        _r("Police officers ")
        + '<w:ins w:id="101" w:author="Participant 4" w:date="2025-03-01T10:00:00Z">'
        + _r("shall ")
        + "</w:ins>"
        + _r("not check ")
        + '<w:del w:id="102" w:author="Participant 4" w:date="2025-03-01T10:00:00Z">'
        + '<w:r><w:delText xml:space="preserve">the residence </w:delText></w:r></w:del>'
        + _r("residence papers when a person reports violence.")
    )
    add(
        _r("The lead agency for referral is ")
        + '<w:sdt><w:sdtPr><w:alias w:val="Agency"/></w:sdtPr><w:sdtContent>'
        + _r("the municipality")
        + "</w:sdtContent></w:sdt>"
        + _r(".")
    )
    add(
        _r("Ask for the person's language")
        + "<w:r><w:br/></w:r>"
        + _r("and for an interpreter of the chosen gender.")
        + '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (working group only)</w:t></w:r>'
    )
    _footnotes_part(d)
    add(
        _r("Consent is recorded")
        + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        + _r(" before any referral.")
    )
    run = d.add_paragraph().add_run("Reception centres inform residents of these procedures on arrival.")
    d.add_comment(run, text="Check with the asylum agency whether this is right", author="Participant 2", initials="P2")
    textbox = f"<w:txbxContent><w:p>{_r('Remember: believe the person.')}</w:p></w:txbxContent>"
    sect.addprevious(
        parse_xml(
            f"<w:p {nsdecls('w', 'wp', 'a')} {MC} {WPS} {V}><w:r><mc:AlternateContent>"
            + '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
            + f"<wps:wsp><wps:txbx>{textbox}</wps:txbx></wps:wsp>"
            + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + f"<mc:Fallback><w:pict><v:shape><v:textbox>{textbox}</v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>"
        )
    )
    contacts = d.add_table(rows=3, cols=3, style="Light List Accent 1")  # First Column styled as row headers
    for row, values in zip(
        contacts.rows,
        [
            ("Contact", "Languages", "Hours"),
            ("Interpreter service", "Arabic, Farsi, Tigrinya", "On request"),
            ("Helpline", "Dutch, English, Arabic", "24/7"),
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    rtl = d.add_paragraph("اتصل بالرقم 112 في حالات الطوارئ.")
    rtl._p.get_or_add_pPr().append(parse_xml(f"<w:bidi {nsdecls('w')}/>"))
    d.add_paragraph("The person decides what happens next.")
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def write_samples():
    SAMPLES.mkdir(parents=True, exist_ok=True)
    docx = SAMPLES / DOCX_NAME
    docx.write_bytes(working_group_docx())
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "odt",
                "--outdir",
                str(SAMPLES),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return docx, SAMPLES / ODT_NAME


if __name__ == "__main__":
    for path in write_samples():
        print(path)
