"""A messy OpenDocument draft as an office on LibreOffice leaves it, written
in raw ODF XML: the tuning draft of the .odt reader (the held-back one is
messy_odt_heldback.py).

It holds the title and subtitle, a contents list typed by hand, headings by
outline level, by paragraph style and inside a numbered outline list (with
LibreOffice's cached number), a typed heading number, a hyperlink in the
middle of a sentence, a tracked insertion and a tracked deletion not yet
accepted, fields (a date, a page reference, a variable, a sequence), runs of
spaces, nested emphasis, a conditional text and a hidden text field, a
hidden paragraph, a placeholder, a ruby annotation, a footnote, a comment, a
page-anchored text box and a shape with text, an image and a formula, a page
header and footer, a bulleted and a numbered list, a table without header
rows whose first row is its header, with merged cells, a nested table, a
link and a list in cells, and a right-to-left paragraph.

``SHOWN`` is what LibreOffice shows with every change accepted; ``NOT_SHOWN``
is text the file holds that LibreOffice does not show as the draft's text."""

from .odt_files import NAMED_STYLES, content_xml, odt_package, styles_xml

REFERRAL_MAP = "https://example.org/referral-map"

SHOWN = [
    ("paragraph", 1, "Remember: believe the person."),
    ("paragraph", 1, "Never ask why."),
    ("heading", 1, "Referral"),
    ("paragraph", 1, f"Staff use [the online referral map]({REFERRAL_MAP}) to find services."),
    ("paragraph", 1, "Police officers shall not check residence papers."),
    ("paragraph", 1, "This SOP was updated on 3 March 2025; see page 7 for contacts."),
    ("paragraph", 1, "The lead agency is the municipality  of Utrecht."),
    ("paragraph", 1, "Interpreters are ***always*** offered *free of* ***charge***."),
    ("paragraph", 1, "Ask for the person's language  \nand for an interpreter of the chosen gender."),
    ("paragraph", 1, "Consent is recorded[^1] before referral.\n\n[^1]: See the national data protection act."),
    ("paragraph", 1, "Reception centres inform residents."),
    ("paragraph", 1, "Minors are referred to the guardian authority."),
    ("paragraph", 1, "The coordinator is named in the annex."),
    ("paragraph", 1, "Read the name 東京 as Tokyo."),
    ("paragraph", 1, "Keep the form short."),
    ("heading", 2, "Steps"),
    ("paragraph", 1, "- Listen."),
    ("paragraph", 1, "- Refer within 7 days."),
    ("paragraph", 1, "- Record consent."),
    ("heading", 2, "Services"),
    ("paragraph", 1, "Table 1: services."),
    (
        "paragraph",
        1,
        "| Service | When |\n| --- | --- |\n"
        f"| Sexual assault centre | [Within 7 days]({REFERRAL_MAP}) |\n"
        "| Police | Day · Night<br>112 |\n"
        "| Shelter |  |\n"
        "| Legal aid | - free<br>- confidential |",
    ),
    ("paragraph", 1, "اتصل بالرقم 112 في حالات الطوارئ."),
    ("paragraph", 1, "The person decides."),
]

NOT_SHOWN = [
    "the residence",  # a tracked deletion
    "Check with COA",  # a comment
    "working group only",  # hidden text
    "internal remark",  # a hidden paragraph
    "Click here",  # a placeholder's prompt
    "PROTECT draft header",
    "Page footer",
    "SOP on SGBV",  # the title
    "Working draft",  # the subtitle
    "E=mc",  # a formula object
    "とうきょう",  # ruby text
]

_AUTOMATIC = (
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
    'fo:font-style="italic"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="T3" style:family="text"><style:text-properties text:display="none"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body">'
    '<style:paragraph-properties style:writing-mode="rl-tb"/></style:style>'
)


def _p(inner, style="Text_20_body"):
    return f'<text:p text:style-name="{style}">{inner}</text:p>'


def _cell(inner, attributes=""):
    return f'<table:table-cell office:value-type="string"{attributes}>{inner}</table:table-cell>'


def _items(*texts):
    return "".join(f"<text:list-item>{_p(text)}</text:list-item>" for text in texts)


def messy_draft_odt():
    tracked = (
        '<text:tracked-changes text:track-changes="true">'
        '<text:changed-region xml:id="ct1" text:id="ct1"><text:insertion><office:change-info>'
        "<dc:creator>Participant 4</dc:creator><dc:date>2025-03-01T10:00:00</dc:date></office:change-info>"
        "</text:insertion></text:changed-region>"
        '<text:changed-region xml:id="ct2" text:id="ct2"><text:deletion><office:change-info>'
        "<dc:creator>Participant 4</dc:creator><dc:date>2025-03-01T10:00:00</dc:date></office:change-info>"
        + _p("the residence ")
        + "</text:deletion></text:changed-region></text:tracked-changes>"
    )
    table = (
        '<table:table table:name="Services"><table:table-column table:number-columns-repeated="2"/>'
        f"<table:table-row>{_cell(_p('Service'))}{_cell(_p('When'))}</table:table-row>"
        "<table:table-row>"
        + _cell(_p("Sexual assault centre"))
        + _cell(_p(f'<text:a xlink:type="simple" xlink:href="{REFERRAL_MAP}">Within 7 days</text:a>'))
        + "</table:table-row><table:table-row>"
        + _cell(_p("Police"))
        + _cell(
            '<table:table table:name="Times"><table:table-column table:number-columns-repeated="2"/>'
            f"<table:table-row>{_cell(_p('Day'))}{_cell(_p('Night'))}</table:table-row></table:table>" + _p("112")
        )
        + "</table:table-row><table:table-row>"
        + _cell(_p("Shelter"), ' table:number-columns-spanned="2"')
        + "<table:covered-table-cell/></table:table-row><table:table-row>"
        + _cell(_p("Legal aid"))
        + _cell(f"<text:list>{_items('free', 'confidential')}</text:list>")
        + "</table:table-row>"
        + '<table:table-row table:number-rows-repeated="400"><table:table-cell table:number-columns-repeated="2"/>'
        + "</table:table-row></table:table>"
    )
    body = (
        tracked
        + '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
        + "</text:sequence-decls>"
        # shapes anchored to the page come first in the body, as LibreOffice writes them
        + '<draw:frame draw:name="Reminder" text:anchor-type="page" text:anchor-page-number="1" svg:x="1cm" '
        + 'svg:y="20cm" svg:width="8cm" svg:height="2cm"><draw:text-box>'
        + _p("Remember: believe the person.")
        + "</draw:text-box></draw:frame>"
        + '<draw:custom-shape draw:name="Arrow" text:anchor-type="page" text:anchor-page-number="1" svg:x="10cm" '
        + 'svg:y="20cm" svg:width="6cm" svg:height="2cm">'
        + _p("Never ask why.")
        + '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle"/></draw:custom-shape>'
        + _p("SOP on SGBV: referral", "Title")
        + _p("Working draft", "Subtitle")
        + _p("Contents")
        + _p("1. Referral")
        + _p("Steps")
        + _p("Services")
        + '<text:list text:style-name="Outline"><text:list-item>'
        + '<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:number>1.</text:number>'
        + "1. Referral</text:h></text:list-item></text:list>"
        + _p(
            f'Staff use <text:a xlink:type="simple" xlink:href="{REFERRAL_MAP}">the online referral map</text:a>'
            " to find services."
        )
        + _p(
            'Police officers <text:change-start text:change-id="ct1"/>shall <text:change-end text:change-id="ct1"/>'
            'not check <text:change text:change-id="ct2"/>residence papers.'
        )
        + _p(
            'This SOP was updated on <text:date text:date-value="2025-03-03" text:fixed="true">3 March 2025'
            "</text:date>; see page "
            '<text:bookmark-ref text:reference-format="page" text:ref-name="contacts">7</text:bookmark-ref>'
            " for contacts."
        )
        + _p(
            'The lead agency is <text:variable-get text:name="agency">the municipality</text:variable-get>'
            '<text:s text:c="2"/>of Utrecht.'
        )
        + _p(
            'Interpreters are <text:span text:style-name="T1">always</text:span> offered '
            '<text:span text:style-name="T2">free of <text:span text:style-name="Strong_20_Emphasis">charge'
            "</text:span></text:span>."
        )
        + _p(
            "Ask for the person's language<text:line-break/>and for an interpreter of the chosen gender."
            '<text:span text:style-name="T3"> (working group only)</text:span>'
        )
        + _p(
            'Consent is recorded<text:note text:id="ftn1" text:note-class="footnote">'
            "<text:note-citation>1</text:note-citation><text:note-body>"
            + _p("See the national data protection act.", "Footnote")
            + "</text:note-body></text:note> before referral."
        )
        + _p(
            "<office:annotation><dc:creator>Participant 2</dc:creator><dc:date>2025-03-02T08:00:00</dc:date>"
            + _p("Check with COA whether this is right")
            + "</office:annotation>Reception centres inform residents."
        )
        + _p(
            'Minors are referred to the <text:conditional-text text:condition="ooow:minor" '
            'text:string-value-if-true="guardian authority" text:string-value-if-false="police" '
            'text:current-value="true">guardian authority</text:conditional-text>.'
            '<text:hidden-text text:condition="ooow:1" text:string-value="(working group only)" '
            'text:is-hidden="true"/>'
        )
        + _p('<text:hidden-paragraph text:condition="ooow:1==1" text:is-hidden="true"/>An internal remark.')
        + _p(
            "The coordinator is named in the annex."
            '<text:placeholder text:placeholder-type="text">&lt;Click here to enter a name&gt;</text:placeholder>'
        )
        + _p(
            "Read the name <text:ruby><text:ruby-base>東京</text:ruby-base><text:ruby-text>とうきょう"
            "</text:ruby-text></text:ruby> as Tokyo."
            '<draw:frame draw:name="Formula" text:anchor-type="as-char"><draw:object xlink:href="./Object 1">'
            "</draw:object><svg:desc>E=mc2</svg:desc></draw:frame>"
        )
        + _p(
            'Keep the form short.<draw:frame draw:name="Logo" text:anchor-type="char">'
            '<draw:image xlink:href="Pictures/logo.png"/></draw:frame>'
        )
        + _p("Steps", "P1")
        + f'<text:list text:style-name="L1">{_items("Listen.", "Refer within 7 days.", "Record consent.")}'
        + "</text:list>"
        + '<text:h text:style-name="Heading_20_2" text:outline-level="2">3.1 Services</text:h>'
        + _p(
            'Table <text:sequence text:ref-name="refTable0" text:name="Table" text:formula="ooow:Table+1" '
            'style:num-format="1">1</text:sequence>: services.'
        )
        + table
        + _p("اتصل بالرقم 112 في حالات الطوارئ.", "P2")
        + _p('<text:bookmark text:name="contacts"/>The person decides.')
    )
    styles = styles_xml(
        NAMED_STYLES,
        _p("PROTECT draft header", "Header"),
        _p("Page footer", "Footer"),
    )
    return odt_package(content_xml(body, _AUTOMATIC), styles, pictures=("logo.png",))
