"""Markdown exports: plain text, deleted words ~~struck through~~ and
inserted ones in **bold**."""

from django.utils.translation import gettext as _

from ..merging.diffing import ADDED, DELETE, EQUAL, REMOVED, diff_clauses, summary
from ..merging.redline import display_rows
from ..models import Export
from .content import change_labels, summary_sentence


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
        summary_sentence(counts),
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
    if item.outcome_label:
        lines.append(f"  {item.outcome_label}")
    if item.endorsements:
        lines.append("  " + _("Endorsements: %(n)s") % {"n": item.endorsements})
    return lines


def report_markdown(content):
    h, report = content.header, content.report
    lines = _md_header(
        h, _("%(scope)s · Consultation report on version %(number)s") % {"scope": h.scope, "number": h.version_number}
    )
    changes = change_labels()
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
