"""The rows of the European matrix, written in Python: a master of 500
clauses and 12 countries has 6,000 cells, and a template loop over them (or
one ``format_html`` per cell, each translating its lazy state word again)
costs most of the page's time. The state words and the "review pending"
mark are translated and escaped once per page; every other value is
escaped with ``html.escape``, as the triage table does."""

from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()


def _shortened(text, length):
    """What the ``truncatechars`` filter shows (at most ``length`` characters, "…" included), without its Truncator."""
    return text if len(text) <= length else text[: length - 1] + "…"


def _cell_html(state, word, reason, open_items, pending):
    reason_html = f'<br><span class="variants-reason">{escape(_shortened(reason, 120))}</span>' if reason else ""
    mark = pending if open_items else ""
    return f'<td class="variants-cell variants-cell--{escape(state)}">{word}{mark}{reason_html}</td>'


@register.simple_tag
def matrix_rows(matrix):
    """Every ``<tr>`` of the matrix: the clause (number and first words),
    then each country's state in words, "review pending" when an item is
    open, and the public reason."""
    pending = f' <span class="variants-pending">({escape(gettext("review pending"))})</span>'
    words = {}
    lines = []
    for row in matrix.rows:
        clause = row.clause
        cells = []
        for _variant, state, word, reason, open_items in row.cells:
            if state not in words:
                words[state] = escape(str(word))
            cells.append(_cell_html(state, words[state], reason, open_items, pending))
        heading = ' class="variants-heading"' if clause.is_heading else ""
        lines.append(
            f'<tr{heading}><th scope="row"><span class="recs-meta">{escape(clause.number)}</span> '
            f"{escape(_shortened(clause.text, 90))}</th>{''.join(cells)}</tr>"
        )
    return mark_safe("\n".join(lines))  # noqa: S308 - every value above is escaped
