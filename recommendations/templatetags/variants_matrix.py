"""The cells of the European matrix, written in Python: a master of 500
clauses and 12 countries has 6,000 cells, and a template loop over them
costs most of the page's time. Every value is escaped (format_html)."""

from django import template
from django.template.defaultfilters import truncatechars
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def matrix_cells(row):
    """The ``<td>`` of each country for one matrix row: the state in words,
    "review pending" when an item is open, and the public reason."""
    pending = format_html(' <span class="variants-pending">({})</span>', gettext("review pending"))
    return format_html_join(
        "",
        '<td class="variants-cell variants-cell--{}">{}{}{}</td>',
        (
            (
                state,
                word,
                pending if open_items else "",
                format_html('<br><span class="variants-reason">{}</span>', truncatechars(reason, 120))
                if reason
                else "",
            )
            for _variant, state, word, reason, open_items in row.cells
        ),
    )
