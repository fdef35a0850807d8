"""Markdown to safe HTML: the only way a post's text becomes markup.

Markdown (``markdown``) renders what the member typed; ``nh3`` then keeps
only the tags, attributes and URL schemes listed here, so a ``<script>``,
an ``onerror=`` or a ``javascript:`` link typed in any form never reaches
a page. Links get ``rel="nofollow noopener noreferrer"``.
"""

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol",
    "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}}
ALLOWED_SCHEMES = {"http", "https", "mailto"}
EXTENSIONS = ["fenced_code", "tables", "sane_lists", "nl2br"]


def render_markdown(text):
    """Sanitised HTML for ``text``; never raises on malformed input."""
    html = markdown.markdown(text or "", extensions=EXTENSIONS, output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )


def quote_markdown(text, author_name):
    """``text`` as a Markdown quote, for a reply that quotes a post."""
    lines = (text or "").strip().splitlines() or [""]
    quoted = "\n".join(f"> {line}" if line else ">" for line in lines)
    return f"> **{author_name}:**\n{quoted}\n\n"
