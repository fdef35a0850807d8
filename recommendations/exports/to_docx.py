"""Word (DOCX) exports, written with python-docx; a diff carries its word-level
changes as marked runs (inserted: "[+…+]" underlined in blue; deleted: "[-…-]"
struck through in red)."""

import io

from django.utils.translation import gettext as _
from docx import Document
from docx.oxml.parser import OxmlElement
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph

from ..merging.diffing import ADDED, DELETE, EQUAL, INSERT, REMOVED, diff_clauses, summary
from ..merging.redline import display_rows
from ..models import Export
from .content import change_labels, summary_sentence

INSERTED_COLOUR = (0x0B, 0x4F, 0x8A)  # dark blue, underlined
DELETED_COLOUR = (0x8A, 0x10, 0x10)  # dark red, struck through


def add_paragraph(document, text="", style=None):
    """``document.add_paragraph(text, style)`` in constant time.

    python-docx finds where to insert each paragraph (before the section
    properties) by scanning the whole body, and finds a style by walking
    every style: a report of 2,000 items took 88 s. Here the section
    properties and the style ids are looked up once per document.
    """
    cache = getattr(document, "_protect_cache", None)
    if cache is None:
        cache = document._protect_cache = {"sectPr": document.element.body.sectPr, "styles": {}}
    element = OxmlElement("w:p")
    if cache["sectPr"] is not None:
        cache["sectPr"].addprevious(element)
    else:
        document.element.body.append(element)
    paragraph = Paragraph(element, document._body)
    if style:
        if style not in cache["styles"]:
            cache["styles"][style] = document.styles[style].style_id
        element.style = cache["styles"][style]
    if text:
        paragraph.add_run(text)
    return paragraph


def add_heading(document, text, level):
    return add_paragraph(document, text, style="Title" if level == 0 else f"Heading {level}")


def _new_docx(header, subtitle):
    document = Document()
    properties = document.core_properties
    properties.title = header.document_title
    properties.author = "PROTECT"
    properties.last_modified_by = "PROTECT"
    properties.comments = ""
    add_heading(document, header.document_title, 0)
    add_paragraph(document, subtitle)
    return document


def _docx_bytes(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def version_docx(content):
    h = content.header
    document = _new_docx(
        h,
        _("%(scope)s · Version %(number)s (%(status)s)")
        % {"scope": h.scope, "number": h.version_number, "status": h.version_status},
    )
    for clause in content.clauses:
        if clause.kind == "heading":
            add_heading(document, f"{clause.number} {clause.text}", min(clause.level, 9))
        else:
            paragraph = add_paragraph(document)
            paragraph.add_run(f"{clause.number} ").bold = True
            paragraph.add_run(clause.text)
    return _docx_bytes(document)


def add_redline_runs(paragraph, ops):
    """Word-level changes as runs: inserted words underlined in blue between
    "[+" and "+]", deleted ones struck through in red between "[-" and "-]"
    (the brackets say it without colour, and survive a screen reader)."""
    for op, text in ops:
        if op == EQUAL:
            paragraph.add_run(text)
            continue
        marker_open, marker_close = ("[+", "+]") if op == INSERT else ("[-", "-]")
        run = paragraph.add_run(f"{marker_open}{text}{marker_close}")
        if op == INSERT:
            run.underline = True
            run.font.color.rgb = RGBColor(*INSERTED_COLOUR)
        else:
            run.font.strike = True
            run.font.color.rgb = RGBColor(*DELETED_COLOUR)


def diff_docx(content):
    h = content.header
    diffs = diff_clauses(content.old, content.new)
    document = _new_docx(
        h,
        _("%(scope)s · Changes from version %(old)s to version %(new)s")
        % {"scope": h.scope, "old": h.base_version_number, "new": h.version_number},
    )
    legend = add_paragraph(document)
    legend.add_run(_("How to read it: ") + " ")
    add_redline_runs(legend, [(INSERT, _("inserted words"))])
    legend.add_run(", ")
    add_redline_runs(legend, [(DELETE, _("deleted words"))])
    legend.add_run(".")
    add_paragraph(document, summary_sentence(summary(diffs)))
    for row in display_rows(diffs):
        diff = row.diff
        label = add_paragraph(document)
        label.add_run(f"{row.number} · {row.label}").bold = True
        paragraph = add_paragraph(document)
        if diff.change == ADDED:
            add_redline_runs(paragraph, [(INSERT, diff.new.text)])
        elif diff.change == REMOVED:
            add_redline_runs(paragraph, [(DELETE, diff.old.text)])
        elif diff.words:
            add_redline_runs(paragraph, diff.words)
        else:
            paragraph.add_run(diff.new.text)
    return _docx_bytes(document)


def _docx_item(document, item):
    author = " · ".join(part for part in (item.author_display, item.author_sector, item.author_country) if part)
    heading = add_paragraph(document, style="List Bullet")
    heading.add_run(author).bold = True
    heading.add_run(f" ({item.kind_label})")
    if item.text:
        add_paragraph(document, item.text)
    if item.quoted_span:
        add_paragraph(document, _("On: “%(span)s”") % {"span": item.quoted_span})
    if item.proposed_text:
        add_paragraph(document, _("Proposed text: %(text)s") % {"text": item.proposed_text})
    decision = add_paragraph(document)
    decision.add_run(_("Decision: %(decision)s") % {"decision": item.decision_label}).bold = True
    if item.reason:
        decision.add_run(f" — {item.reason}")
    if item.outcome_label:
        add_paragraph(document, item.outcome_label)
    if item.endorsements:
        add_paragraph(document, _("Endorsements: %(n)s") % {"n": item.endorsements})


def report_docx(content):
    h, report = content.header, content.report
    document = _new_docx(
        h, _("%(scope)s · Consultation report on version %(number)s") % {"scope": h.scope, "number": h.version_number}
    )
    changes = change_labels()
    for clause in report.clauses:
        if clause.kind == "heading":
            add_heading(document, f"{clause.number} {clause.text}", 1)
        else:
            paragraph = add_paragraph(document)
            paragraph.add_run(f"{clause.number} ").bold = True
            paragraph.add_run(clause.text)
        if clause.change and clause.change != "unchanged":
            result = add_paragraph(document)
            result.add_run(
                _("Result: %(change)s") % {"change": changes.get(clause.change, clause.change)}
            ).italic = True
            if clause.new_text:
                add_paragraph(document, clause.new_text)
        for item in clause.items:
            _docx_item(document, item)
    if report.document_items:
        add_heading(document, _("Feedback on the whole document"), 1)
        for item in report.document_items:
            _docx_item(document, item)
    return _docx_bytes(document)


DOCX = {
    Export.Kind.VERSION: version_docx,
    Export.Kind.DIFF: diff_docx,
    Export.Kind.REPORT: report_docx,
}


def render_docx(kind, content):
    return DOCX[kind](content)
