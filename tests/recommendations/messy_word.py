"""A messy Word draft as a working group leaves it, built with python-docx and,
where python-docx has no API, raw WordprocessingML: a hyperlink, tracked
insertions and deletions not yet accepted, a simple and a complex field, a
smart tag, content controls (inline, block and an empty one), a soft line
break, symbols, a footnote, a comment, a text box (with Word's fallback copy),
hidden text, an image, a page header, a table with merged cells, a nested
table and a hyperlink in a cell, and a right-to-left paragraph.

``SHOWN`` is what Word shows with every change accepted; ``NOT_SHOWN`` is text
the file holds that Word does not show as the draft's text."""

import base64
import io

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
REFERRAL_MAP = "https://example.org/referral-map"

SHOWN = [
    ("heading", 1, "Referral"),
    ("paragraph", 1, f"Staff use [the online referral map]({REFERRAL_MAP}) to find services."),
    ("paragraph", 1, "Police officers shall not check residence papers."),
    ("paragraph", 1, "This SOP was updated on 3 March 2025; see page 7 for contacts."),
    ("paragraph", 1, "Call 112 in an emergency."),
    ("paragraph", 1, "The lead agency is the municipality."),
    ("paragraph", 1, "Interpreters are offered free of charge."),
    ("paragraph", 1, "Ask for the person's language  \nand for an interpreter of the chosen gender."),
    ("paragraph", 1, "Consent ✓ for persons ≥ 18 years."),
    ("paragraph", 1, "Consent is recorded[^1] before referral.\n\n[^1]: See the national data protection act."),
    ("paragraph", 1, "Reception centres inform residents."),
    ("paragraph", 1, "The box below is a reminder."),
    ("paragraph", 1, "Remember: believe the person."),
    ("heading", 2, "Services"),
    (
        "paragraph",
        1,
        "| Service | When |\n| --- | --- |\n"
        f"| Sexual assault centre | [Within 7 days]({REFERRAL_MAP}) |\n"
        "| Police | Day · Night<br>112 |\n"
        "| Shelter |  |",
    ),
    ("paragraph", 1, "اتصل بالرقم 112 في حالات الطوارئ."),
    ("paragraph", 1, "The person decides."),
]

NOT_SHOWN = [
    "the residence",  # a tracked deletion
    "PAGEREF",
    "DATE",  # field codes
    "Click here to enter text",  # an empty content control's prompt
    "Check with COA",  # a comment
    "working group only",  # hidden text
    "PROTECT draft header",
]


def _p(xml):
    return parse_xml(f"<w:p {nsdecls('w', 'r')}>{xml}</w:p>")


def _r(text, extra=""):
    return f'<w:r>{extra}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _footnotes_part(document):
    xml = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> See the national data protection act.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def messy_draft_docx():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "PROTECT draft header"
    d.add_heading("SOP on SGBV: referral", 0)
    d.add_heading("1. Referral", 1)
    body = d.element.body
    sect = body[-1]

    def add(xml):
        sect.addprevious(_p(xml))

    rid = d.part.relate_to(REFERRAL_MAP, RT.HYPERLINK, is_external=True)
    add(
        _r("Staff use ")
        + f'<w:hyperlink r:id="{rid}">{_r("the online referral map")}</w:hyperlink>'
        + _r(" to find services.")
    )
    add(
        _r("Police officers ")
        + '<w:ins w:id="1" w:author="Participant 4" w:date="2025-03-01T10:00:00Z">'
        + _r("shall ")
        + "</w:ins>"
        + _r("not check ")
        + '<w:del w:id="2" w:author="Participant 4" w:date="2025-03-01T10:00:00Z">'
        + '<w:r><w:delText xml:space="preserve">the residence </w:delText></w:r></w:del>'
        + _r("residence papers.")
    )
    add(
        _r("This SOP was updated on ")
        + '<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">'
        + _r("3 March 2025")
        + "</w:fldSimple>"
        + _r("; see page ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r("7")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + _r(" for contacts.")
    )
    add(
        _r("Call ")
        + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="phone">'
        + _r("112")
        + "</w:smartTag>"
        + _r(" in an emergency.")
    )
    add(
        _r("The lead agency is ")
        + '<w:sdt><w:sdtPr><w:alias w:val="Agency"/></w:sdtPr><w:sdtContent>'
        + _r("the municipality")
        + "</w:sdtContent></w:sdt>"
        + _r(".")
        + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + _r("Click here to enter text.")
        + "</w:sdtContent></w:sdt>"
    )
    sect.addprevious(
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtPr><w:alias w:val='Interpreters'/></w:sdtPr><w:sdtContent>"
            f"<w:p>{_r('Interpreters are offered free of charge.')}</w:p></w:sdtContent></w:sdt>"
        )
    )
    add(
        _r("Ask for the person's language")
        + "<w:r><w:br/></w:r>"
        + _r("and for an interpreter of the chosen gender.")
        + '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (working group only)</w:t></w:r>'
    )
    add(
        _r("Consent ")
        + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
        + _r(" for persons ")
        + '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>'
        + _r(" 18 years.")
    )
    _footnotes_part(d)
    add(
        _r("Consent is recorded")
        + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        + _r(" before referral.")
    )
    paragraph = d.add_paragraph()
    run = paragraph.add_run("Reception centres inform residents.")
    d.add_comment(run, text="Check with COA whether this is right", author="Participant 2", initials="P2")
    textbox = f"<w:txbxContent><w:p>{_r('Remember: believe the person.')}</w:p></w:txbxContent>"
    sect.addprevious(
        parse_xml(
            f"<w:p {nsdecls('w', 'wp', 'a')} {MC} {WPS} {V}>"
            + _r("The box below is a reminder.")
            + "<w:r><mc:AlternateContent>"
            + '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
            + f"<wps:wsp><wps:txbx>{textbox}</wps:txbx></wps:wsp>"
            + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + f"<mc:Fallback><w:pict><v:shape><v:textbox>{textbox}</v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>"
        )
    )
    d.add_picture(io.BytesIO(PNG), width=Inches(0.5))
    d.add_heading("Services", 2)
    table = d.add_table(rows=4, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Service", "When"
    table.cell(1, 0).text = "Sexual assault centre"
    table.cell(1, 1)._tc.remove(table.cell(1, 1).paragraphs[0]._p)
    table.cell(1, 1)._tc.append(
        _p(f'<w:hyperlink r:id="{rid}">{_r("Within 7 days")}</w:hyperlink>'),
    )
    table.cell(2, 0).text = "Police"
    nested = table.cell(2, 1).add_table(rows=1, cols=2)
    nested.cell(0, 0).text, nested.cell(0, 1).text = "Day", "Night"
    table.cell(2, 1).add_paragraph("112")
    table.cell(2, 1)._tc.remove(table.cell(2, 1).paragraphs[0]._p)
    table.cell(3, 0).text = "Shelter"
    table.cell(3, 0).merge(table.cell(3, 1))  # "Shelter" spans both columns
    rtl = d.add_paragraph("اتصل بالرقم 112 في حالات الطوارئ.")
    rtl._p.get_or_add_pPr().append(parse_xml(f"<w:bidi {nsdecls('w')}/>"))
    d.add_paragraph("The person decides.")
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()
