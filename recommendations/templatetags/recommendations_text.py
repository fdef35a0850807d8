"""Recommendation text (clauses, feedback, amendments) in templates: Markdown
through the site's sanitiser (consult.sanitising, CLAUSE profile), never raw."""

from django import template
from django.utils.safestring import mark_safe

from consult.sanitising import CLAUSE, render_markdown

register = template.Library()


@register.filter
def clause_markdown(text):
    """``text`` (Markdown) as sanitised HTML."""
    return mark_safe(render_markdown(text or "", CLAUSE))  # noqa: S308 - nh3 keeps only the CLAUSE profile's markup
