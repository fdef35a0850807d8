"""HTML exports: one template per kind (``recommendations/exports/<kind>.html``),
shared with the PDF, which is this HTML through weasyprint."""

from django.template.loader import render_to_string

from consult.sanitising import CLAUSE, render_markdown

from ..merging.diffing import diff_clauses, summary
from ..merging.redline import display_rows
from ..models import Export, Feedback
from .content import change_labels


def _version_context(content):
    clauses = [{"clause": c, "html": render_markdown(c.text, CLAUSE)} for c in content.clauses]
    return {"header": content.header, "clauses": clauses}


def _diff_context(content):
    diffs = diff_clauses(content.old, content.new)
    return {"header": content.header, "rows": display_rows(diffs), "summary": summary(diffs)}


def _report_context(content):
    kinds = dict(Feedback.Kind.choices)
    changes = change_labels()
    clauses = [
        {
            "clause": clause,
            "change_label": changes.get(clause.change, clause.change),
            "counts": [(str(kinds.get(kind, kind)), n) for kind, n in clause.counts.items() if n],
        }
        for clause in content.report.clauses
    ]
    return {"header": content.header, "report": content.report, "clauses": clauses}


CONTEXTS = {
    Export.Kind.VERSION: _version_context,
    Export.Kind.DIFF: _diff_context,
    Export.Kind.REPORT: _report_context,
}


def render_html(kind, content):
    context = CONTEXTS[kind](content)
    return render_to_string(f"recommendations/exports/{kind}.html", context)
