"""What exports are made of, and the renderers that turn it into files.

Three kinds of subject (a version, the changes between two versions, a
round's consultation report) and four formats. Each kind is first gathered
into plain values (``*Content``): that is what the export's fingerprint
hashes and what every renderer reads, so the file and the fingerprint can
never disagree. HTML and PDF share one template per kind (PDF is that HTML
through weasyprint with its print stylesheet); DOCX is written with
python-docx; Markdown is plain text.

Privacy: a report's authors appear as "Participant 1, 2, …" (numbered in the
order they first appear, sector and country kept) unless their profile says
``named_in_exports``; feedback that is held or hidden is dropped here
whatever the report gave us.
"""

import dataclasses
import hashlib
import io
import json
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .diffing import ADDED, DELETE, EQUAL, INSERT, REMOVED, ClauseSnapshot, diff_clauses, snapshots, summary
from .models import Export, Feedback
from .models.documents import render_markdown
from .redline import display_rows

try:  # the consultation report is built by recommendations.reporting
    from .reporting import consultation_report
except ImportError:  # pragma: no cover - a branch without reporting.py
    consultation_report = None

# Bump when the renderers change what they write: every fingerprint changes,
# so old files are not handed out as if they were current.
RENDERER_REVISION = 1


def available_kinds():
    """The export kinds this installation can build (the report needs reporting.py)."""
    kinds = [Export.Kind.VERSION, Export.Kind.DIFF]
    if consultation_report is not None:
        kinds.append(Export.Kind.REPORT)
    return kinds


# --- what an export is made of ---------------------------------------------------


@dataclass
class Header:
    document_title: str
    scope: str
    version_number: int
    version_status: str
    base_version_number: int | None = None


@dataclass
class VersionContent:
    header: Header
    clauses: list[ClauseSnapshot]


@dataclass
class DiffContent:
    header: Header
    old: list[ClauseSnapshot]
    new: list[ClauseSnapshot]


@dataclass
class ReportContent:
    header: Header
    report: object  # a recommendations.reporting.ConsultationReport, pseudonymised


def header_of(version, base_version=None):
    document = version.document
    return Header(
        document_title=document.title,
        scope=document.country.name if document.country_id else _("EU-wide"),
        version_number=version.number,
        version_status=str(version.get_status_display()),
        base_version_number=base_version.number if base_version else None,
    )


def version_content(version):
    return VersionContent(header=header_of(version), clauses=snapshots(version))


def diff_content(base_version, version):
    return DiffContent(header=header_of(version, base_version), old=snapshots(base_version), new=snapshots(version))


def report_content(round):
    if consultation_report is None:
        raise LookupError("The consultation report is not available in this installation.")
    report = consultation_report(round)
    return ReportContent(header=header_of(round.version), report=pseudonymised(report, round=round))


def content_for(kind, *, version, base_version=None, round=None):
    if kind == Export.Kind.VERSION:
        return version_content(version)
    if kind == Export.Kind.DIFF:
        return diff_content(base_version, version)
    return report_content(round)


def content_hash(content):
    """sha256 of the content as canonical JSON."""
    data = json.dumps(dataclasses.asdict(content), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def fingerprint(*, kind, format, language, version, base_version=None, round=None, content):
    parts = [
        f"r{RENDERER_REVISION}",
        kind,
        format,
        language,
        str(version.pk),
        str(base_version.pk if base_version else ""),
        str(round.pk if round else ""),
        content_hash(content),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


# --- privacy ----------------------------------------------------------------------


def pseudonymised(report, *, round):
    """The report with held and hidden feedback dropped and every author who
    did not choose to be named shown as "Participant N" (N in order of first
    appearance: clauses first, then the whole-document feedback)."""
    from consult.models import Profile

    items = [item for clause in report.clauses for item in clause.items] + list(report.document_items)
    visible = set(
        Feedback.objects.filter(round=round, pk__in=[item.feedback_id for item in items])
        .visible()
        .values_list("pk", flat=True)
    )
    named = dict(
        Profile.objects.filter(user_id__in={item.author_id for item in items}, named_in_exports=True)
        .exclude(status=Profile.Status.DELETED)
        .exclude(display_name="")
        .values_list("user_id", "display_name")
    )
    numbers = {}

    def shown(item):
        if item.author_id in named:
            author = named[item.author_id]
        else:
            number = numbers.setdefault(item.author_id, len(numbers) + 1)
            author = _("Participant %(number)s") % {"number": number}
        # author_id is dropped too: the file must not let anyone join pseudonyms to accounts.
        return dataclasses.replace(item, author_display=author, author_id=0)

    clauses = [
        dataclasses.replace(clause, items=[shown(item) for item in clause.items if item.feedback_id in visible])
        for clause in report.clauses
    ]
    document_items = [shown(item) for item in report.document_items if item.feedback_id in visible]
    return dataclasses.replace(report, clauses=clauses, document_items=document_items)


# --- HTML and PDF -------------------------------------------------------------------


def _version_context(content):
    clauses = [{"clause": c, "html": render_markdown(c.text)} for c in content.clauses]
    return {"header": content.header, "clauses": clauses}


def _diff_context(content):
    diffs = diff_clauses(content.old, content.new)
    return {"header": content.header, "rows": display_rows(diffs), "summary": summary(diffs)}


def _report_context(content):
    kinds = dict(Feedback.Kind.choices)
    changes = _change_labels()
    clauses = [
        {
            "clause": clause,
            "change_label": changes.get(clause.change, clause.change),
            "counts": [(str(kinds.get(kind, kind)), n) for kind, n in clause.counts.items() if n],
        }
        for clause in content.report.clauses
    ]
    return {"header": content.header, "report": content.report, "clauses": clauses}


def _change_labels():
    return {
        "unchanged": _("Unchanged"),
        "changed": _("Changed"),
        "added": _("Added"),
        "removed": _("Removed"),
        "moved": _("Moved"),
        "": "",
    }


CONTEXTS = {
    Export.Kind.VERSION: _version_context,
    Export.Kind.DIFF: _diff_context,
    Export.Kind.REPORT: _report_context,
}


def render_html(kind, content):
    context = CONTEXTS[kind](content)
    return render_to_string(f"recommendations/exports/{kind}.html", context)


def local_only_url_fetcher():
    """weasyprint's fetcher limited to ``data:`` URLs: rendering never reaches
    the network or the file system, whatever a clause links to."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols=("data",), timeout=1)


def render_pdf(kind, content):
    from weasyprint import HTML

    return HTML(string=render_html(kind, content), url_fetcher=local_only_url_fetcher()).write_pdf()


# --- Markdown -------------------------------------------------------------------------


def _wrap(text, mark):
    """``mark`` around the words of ``text``, white space left outside (Markdown needs it)."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core[0])
    return f"{text[:start]}{mark}{core}{mark}{text[start + len(core) :]}"


def _md_header(header, title):
    lines = [f"# {header.document_title}", "", f"{title}", ""]
    return lines


def version_markdown(content):
    h = content.header
    lines = _md_header(
        h,
        _("%(scope)s · Version %(number)s (%(status)s)")
        % {"scope": h.scope, "number": h.version_number, "status": h.version_status},
    )
    for clause in content.clauses:
        if clause.kind == "heading":
            lines += ["#" * min(clause.level + 1, 6) + f" {clause.number} {clause.text}", ""]
        else:
            lines += [f"**{clause.number}** {clause.text}", ""]
    return "\n".join(lines)


def words_markdown(ops):
    parts = []
    for op, text in ops:
        if op == EQUAL:
            parts.append(text)
        elif op == DELETE:
            parts.append(_wrap(text, "~~"))
        else:
            parts.append(_wrap(text, "**"))
    return "".join(parts)


def diff_markdown(content):
    h = content.header
    diffs = diff_clauses(content.old, content.new)
    counts = summary(diffs)
    lines = _md_header(
        h,
        _("%(scope)s · Changes from version %(old)s to version %(new)s")
        % {"scope": h.scope, "old": h.base_version_number, "new": h.version_number},
    )
    lines += [
        _("Deleted words are ~~struck through~~; inserted words are in **bold**."),
        "",
        _summary_sentence(counts),
        "",
    ]
    for row in display_rows(diffs):
        diff = row.diff
        lines.append(f"### {row.number} · {row.label}")
        lines.append("")
        if diff.change == ADDED:
            lines.append(_wrap(diff.new.text, "**"))
        elif diff.change == REMOVED:
            lines.append(_wrap(diff.old.text, "~~"))
        elif diff.words:
            lines.append(words_markdown(diff.words))
        else:
            lines.append(diff.new.text)
        lines.append("")
    return "\n".join(lines)


def _summary_sentence(counts):
    return _("%(changed)s changed, %(added)s added, %(removed)s removed, %(moved)s moved, %(unchanged)s unchanged.") % {
        "changed": counts["changed"],
        "added": counts["added"],
        "removed": counts["removed"],
        "moved": counts["moved_total"],
        "unchanged": counts["unchanged"],
    }


def _item_lines(item):
    author = " · ".join(part for part in (item.author_display, item.author_sector, item.author_country) if part)
    lines = [f"- **{author}** ({item.kind_label})"]
    if item.text:
        lines.append(f"  {item.text}")
    if item.quoted_span:
        lines.append("  " + _("On: “%(span)s”") % {"span": item.quoted_span})
    if item.proposed_text:
        lines.append("  " + _("Proposed text: %(text)s") % {"text": item.proposed_text})
    decision = _("Decision: %(decision)s") % {"decision": item.decision_label}
    if item.reason:
        decision += f" — {item.reason}"
    lines.append(f"  {decision}")
    if item.endorsements:
        lines.append("  " + _("Endorsements: %(n)s") % {"n": item.endorsements})
    return lines


def report_markdown(content):
    h, report = content.header, content.report
    lines = _md_header(
        h, _("%(scope)s · Consultation report on version %(number)s") % {"scope": h.scope, "number": h.version_number}
    )
    changes = _change_labels()
    for clause in report.clauses:
        title = f"## {clause.number} {clause.text}" if clause.kind == "heading" else f"### {clause.number}"
        lines += [title, ""]
        if clause.kind != "heading":
            lines += [clause.text, ""]
        if clause.change and clause.change != "unchanged":
            lines.append(_("Result: %(change)s") % {"change": changes.get(clause.change, clause.change)})
            if clause.new_text:
                lines += ["", f"> {clause.new_text}"]
            lines.append("")
        for item in clause.items:
            lines += _item_lines(item)
        if clause.items:
            lines.append("")
    if report.document_items:
        lines += ["## " + _("Feedback on the whole document"), ""]
        for item in report.document_items:
            lines += _item_lines(item)
    return "\n".join(lines)


MARKDOWN = {
    Export.Kind.VERSION: version_markdown,
    Export.Kind.DIFF: diff_markdown,
    Export.Kind.REPORT: report_markdown,
}


def render_markdown_export(kind, content):
    return MARKDOWN[kind](content).encode()


# --- DOCX -------------------------------------------------------------------------------

INSERTED_COLOUR = (0x0B, 0x4F, 0x8A)  # dark blue, underlined
DELETED_COLOUR = (0x8A, 0x10, 0x10)  # dark red, struck through


def add_paragraph(document, text="", style=None):
    """``document.add_paragraph(text, style)`` in constant time.

    python-docx finds where to insert each paragraph (before the section
    properties) by scanning the whole body, and finds a style by walking
    every style: a report of 2,000 items took 88 s. Here the section
    properties and the style ids are looked up once per document.
    """
    from docx.oxml.parser import OxmlElement
    from docx.text.paragraph import Paragraph

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
    from docx import Document

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
    from docx.shared import RGBColor

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
    add_paragraph(document, _summary_sentence(summary(diffs)))
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
    if item.endorsements:
        add_paragraph(document, _("Endorsements: %(n)s") % {"n": item.endorsements})


def report_docx(content):
    h, report = content.header, content.report
    document = _new_docx(
        h, _("%(scope)s · Consultation report on version %(number)s") % {"scope": h.scope, "number": h.version_number}
    )
    changes = _change_labels()
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


def render(kind, format, content):
    """The file's bytes for one (kind, format)."""
    if format == Export.Format.HTML:
        return render_html(kind, content).encode()
    if format == Export.Format.PDF:
        return render_pdf(kind, content)
    if format == Export.Format.DOCX:
        return render_docx(kind, content)
    if format == Export.Format.MARKDOWN:
        return render_markdown_export(kind, content)
    raise ValueError(f"unknown export format {format!r}")
