"""Markdown to safe HTML: the only way a member's or an editor's text becomes markup.

``markdown`` renders what was typed; ``nh3`` then keeps only the tags,
attributes and URL schemes of a named profile, so a ``<script>``, an
``onerror=`` or a ``javascript:`` link typed in any form never reaches a
page. Tables come out accessible whatever profile (``accessible_tables``, run on
the sanitised HTML, so typed HTML cannot use it to hide text): header cells
get ``scope="col"``; a table whose top-left header cell is empty is a
two-way table, so that corner gets a visually hidden label and each row's
first cell becomes its row header (``<th scope="row">``). A table whose
rows each begin with a cell wholly in bold (``| **Police** | 112 |``, how
Markdown marks a header column, and how a Word table with its "First
Column" option comes in) has those cells as its row headers too. A
paragraph wholly in bold right before a table (how a Word table's title row,
one cell merged across it, comes in) is that table's ``<caption>``.

Each kind of text has its profile:

- ``FORUM_POST``: what members write in the forums (no headings above h3, so
  a post cannot outshout its thread; line breaks kept as typed; links get
  ``nofollow``).
- ``CLAUSE``: recommendation clauses and feedback (headings allowed, tables,
  underline and strike-through as Word drafts carry them, and Markdown
  footnotes, ``[^3]`` and ``[^3]: text``, which is how a Word footnote is
  kept with its clause; the only ``id`` attributes kept are the footnotes'
  own ``fn:…``/``fnref:…``, so typed HTML cannot plant ids on the page).
"""

import re
import threading
from dataclasses import dataclass

import lxml.html
import markdown
import nh3
from django.utils.translation import gettext

_FOOTNOTE_ID = re.compile(r"^fn(?:ref)?:[\w-]+$")


@dataclass(frozen=True)
class MarkdownProfile:
    name: str
    tags: frozenset
    attributes: dict
    extensions: tuple
    link_rel: str
    url_schemes: frozenset = frozenset({"http", "https", "mailto"})


FORUM_POST = MarkdownProfile(
    name="forum_post",
    tags=frozenset(
        {
            "a",
            "abbr",
            "b",
            "blockquote",
            "br",
            "code",
            "del",
            "em",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "i",
            "li",
            "ol",
            "p",
            "pre",
            "strong",
            "sub",
            "sup",
            "table",
            "tbody",
            "td",
            "th",
            "thead",
            "tr",
            "ul",
        }
    ),
    attributes={"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}},
    extensions=("fenced_code", "tables", "sane_lists", "nl2br"),
    link_rel="nofollow noopener noreferrer",
)

CLAUSE = MarkdownProfile(
    name="clause",
    tags=frozenset(
        {
            "p",
            "br",
            "strong",
            "em",
            "b",
            "i",
            "u",
            "s",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "a",
            "table",
            "caption",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "sup",
            "div",
        }
    ),
    attributes={"a": {"href", "title"}, "sup": {"id"}, "li": {"id"}},
    extensions=("tables", "sane_lists", "footnotes"),
    link_rel="noopener nofollow",
)


def render_markdown(text, profile):
    """Sanitised HTML for ``text`` under ``profile``; never raises on malformed input."""
    html = _converter(profile.extensions).reset().convert(text or "")
    return accessible_tables(_clean(html, profile))


_converters = threading.local()


def _converter(extensions):
    """A Markdown converter with ``extensions``, one per thread, reset before
    each use: building one (its parsers, patterns and extensions) cost three
    times the conversion of a short text, and a review queue converts 50."""
    kept = _converters.__dict__
    converter = kept.get(extensions)
    if converter is None:
        converter = kept[extensions] = markdown.Markdown(extensions=list(extensions), output_format="html")
    return converter


def _clean(html, profile):
    return nh3.clean(
        html,
        tags=set(profile.tags),
        attributes=profile.attributes,
        url_schemes=set(profile.url_schemes),
        link_rel=profile.link_rel,
        strip_comments=True,
        attribute_filter=_footnote_ids_only,
    )


def sanitise_html(html, profile, *, extra_tags=None):
    """``html`` (already made from Markdown) cleaned again under ``profile``,
    with ``extra_tags`` ({tag: {attributes}}) allowed too; nh3 parses it as a
    browser would, so tags left open or crossed are closed where they belong."""
    extra_tags = extra_tags or {}
    attributes = {tag: set(names) for tag, names in profile.attributes.items()}
    for tag, names in extra_tags.items():
        attributes[tag] = attributes.get(tag, set()) | set(names)
    return nh3.clean(
        html,
        tags=set(profile.tags) | set(extra_tags),
        attributes=attributes,
        url_schemes=set(profile.url_schemes),
        link_rel=profile.link_rel,
        strip_comments=True,
        attribute_filter=_footnote_ids_only,
    )


def _footnote_ids_only(tag, attribute, value):
    """nh3's attribute filter: an ``id`` stays only if the footnotes extension made it."""
    if attribute == "id" and not _FOOTNOTE_ID.match(value):
        return None
    return value


def accessible_tables(html):
    """``html`` (already sanitised) with its tables' header cells scoped and
    an empty corner cell labelled for screen readers (see the module's docstring).
    The label is the only markup added, and only this function adds it."""
    if "<table" not in html:
        return html
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for table in root.iter("table"):
        _caption_from_title_paragraph(table)
        head_rows = [row for row in table.iter("tr") if row.getparent().tag == "thead"]
        for row in head_rows:
            for cell in row:
                if cell.tag == "th":
                    cell.set("scope", "col")
        corner = head_rows[0][0] if head_rows and len(head_rows[0]) else None
        body_rows = [row for row in table.iter("tr") if row.getparent().tag != "thead" and len(row)]
        if corner is not None and not corner.text_content().strip():
            label = lxml.html.Element("span", {"class": "visually-hidden"})
            label.text = gettext("Row headings")
            corner.append(label)
            headers = [row[0] for row in body_rows]
        elif _has_bold_header_column(body_rows):
            headers = [row[0] for row in body_rows if row[0].text_content().strip()]
        else:
            continue
        for cell in headers:
            if cell.tag == "td":
                cell.tag = "th"
                cell.set("scope", "row")
    return (root.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in root)


def _caption_from_title_paragraph(table):
    """A paragraph of nothing but bold text just before ``table`` becomes its caption."""
    title = table.getprevious()
    if title is None or title.tag != "p" or (title.text or "").strip() or len(title) != 1:
        return
    strong = title[0]
    if strong.tag not in ("strong", "b") or (strong.tail or "").strip() or (title.tail or "").strip():
        return
    caption = lxml.html.Element("caption")
    caption.text = strong.text
    caption.extend(list(strong))
    caption.tail = table.text
    table.text = None
    table.insert(0, caption)
    title.getparent().remove(title)


def _has_bold_header_column(body_rows):
    """Whether every row of a table of two columns or more begins with a cell
    that is bold and nothing else (empty first cells aside: they stay data
    cells, since an empty header is read out as nothing)."""
    filled = [row for row in body_rows if row[0].text_content().strip()]
    return bool(filled) and all(len(row) > 1 and _wholly_bold(row[0]) for row in filled)


def _wholly_bold(cell):
    if cell.tag != "td" or (cell.text or "").strip() or len(cell) != 1:
        return False
    strong = cell[0]
    return strong.tag in ("strong", "b") and not (strong.tail or "").strip()
