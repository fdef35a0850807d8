"""The European matrix as PDF and Word, with the exports' own machinery: the
print stylesheet and weasyprint's local-only fetcher for the PDF, the Word
writer (styles, header, repeated table header rows) for the DOCX.

A matrix is small and changes whenever an office edits, so it is rendered
on request like the CSV, not stored as an Export row.
"""

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ...exports.to_pdf import local_only_url_fetcher
from ...exports.word.clause_model import Run, Table
from ...exports.word.writer import WordFile


def summary_line(summary):
    return _("%(country)s: adapted %(adapted)s of %(of)s, omitted %(omitted)s, added %(added)s") % {
        "country": str(summary.variant.country),
        "adapted": summary.adapted,
        "of": summary.of,
        "omitted": summary.omitted,
        "added": summary.added,
    }


def _context(master, matrix):
    return {
        "master": master,
        "matrix": matrix,
        "summaries": [summary_line(s) for s in matrix.summaries],
        "generated": timezone.now(),
    }


def matrix_html(master, matrix):
    return render_to_string("recommendations/variants/matrix_export.html", _context(master, matrix))


def matrix_pdf(master, matrix):
    from weasyprint import HTML  # slow import (see exports/to_pdf.py)

    return HTML(string=matrix_html(master, matrix), url_fetcher=local_only_url_fetcher()).write_pdf()


def matrix_docx(master, matrix):
    """A Word document: the per-country summary, then one table row per
    master clause with each country's state in words and its reason."""
    subtitle = _("The countries' variants, clause by country")
    if matrix.version is not None:
        subtitle += " · " + _("master version %(n)s") % {"n": matrix.version.number}
    word = WordFile(
        title=master.title,
        header_text=f"{master.title} — {subtitle}",
        subtitle=subtitle,
        language=translation.get_language(),
    )
    word.paragraph([Run(_("By country"))], style="Heading 1")
    for summary in matrix.summaries:
        word.paragraph([Run(summary_line(summary))])
    if not matrix.summaries:
        word.paragraph([Run(_("No country has a variant yet."))])
    word.paragraph([Run(_("Clause by country"))], style="Heading 1")
    header = [[Run(_("Clause"))]] + [[Run(str(v.country))] for v in matrix.variants]
    rows = [header]
    for row in matrix.rows:
        cells = [[Run(f"{row.clause.number} ", bold=True), Run(row.clause.text)]]
        for _variant, _state, state_word, reason, pending in row.cells:
            runs = [Run(str(state_word), bold=True)]
            if pending:
                runs.append(Run(" (" + _("review pending") + ")"))
            if reason:
                runs += [Run("\n"), Run(reason, italic=True)]
            cells.append(runs)
        rows.append(cells)
    word.table(Table(rows=rows, header_rows=1))
    return word.save()
