"""``{{ post|post_body }}``: a post's HTML as pages show it, its quotes
naming the quoted authors as they are now (forums/quotes.py).
``{{ posts_html|with_csrf_token:csrf_token }}``: a thread page's post
fragments with the page's own CSRF token in their forms."""

from django import template
from django.utils.safestring import mark_safe

from .. import fragments, quotes

register = template.Library()


@register.filter
def post_body(post):
    html = quotes.resolve(post.body_html, post.thread_id, quotes.quoted_authors([post]))
    return mark_safe(html)  # noqa: S308 (sanitised on save; names are escaped by resolve)


@register.filter(is_safe=True)
def with_csrf_token(html, token):
    return fragments.with_csrf_token(html, token)
