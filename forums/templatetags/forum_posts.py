"""``{{ post|post_body }}``: a post's HTML as pages show it, its quotes
naming the quoted authors as they are now (forums/quotes.py)."""

from django import template
from django.utils.safestring import mark_safe

from .. import quotes

register = template.Library()


@register.filter
def post_body(post):
    html = quotes.resolve(post.body_html, post.thread_id, quotes.quoted_authors([post]))
    return mark_safe(html)  # noqa: S308 (sanitised on save; names are escaped by resolve)
