"""What a paragraph or element is, from its style and its XML: front matter,
a heading and its level, a list item, text-bearing, and the children to walk."""

from .markdown_runs import w

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
NOT_CLAUSES = ("Title", "Subtitle", "TOC Heading")

# The paragraph and table styles of the platform's own exports: a "Clause"
# paragraph starts a clause (Word numbers it); paragraphs, list items and
# tables in the other clause styles belong to the clause above them.
CLAUSE_STYLE = "Clause"
CLAUSE_TEXT_STYLE = "Clause Text"
CLAUSE_BULLET_STYLE = "Clause Bullet"
CLAUSE_NUMBER_STYLE = "Clause Number"
CLAUSE_TABLE_STYLE = "Clause Table"
CLAUSE_CONTINUATIONS = (CLAUSE_TEXT_STYLE, CLAUSE_BULLET_STYLE, CLAUSE_NUMBER_STYLE)


def style_name(paragraph):
    return (paragraph.style.name if paragraph.style is not None else "") or ""


def is_front_matter(paragraph):
    """The document's title and subtitle, and Word's table of contents."""
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    return name in NOT_CLAUSES or name.lower().startswith("toc ")


def heading_level(paragraph):
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if name.startswith("Heading ") and name[8:9].isdigit():
        return max(1, min(int(name[8:9]), 6))
    ppr = paragraph._p.find(w("pPr"))
    if ppr is not None:
        level = ppr.find(w("outlineLvl"))
        if level is not None and level.get(w("val")) not in (None, "9"):
            return min(int(level.get(w("val"))) + 1, 6)
    return None


def list_marker(paragraph):
    """ "- " for bullets and list items Word numbers (the platform numbers
    clauses), "" for plain paragraphs and "List Number" items."""
    name = ((paragraph.style.name if paragraph.style is not None else "") or "").lower()
    ppr = paragraph._p.pPr
    numbered = ppr is not None and ppr.numPr is not None
    if "number" in name:
        return ""
    if "bullet" in name or "list" in name or numbered:
        return "- "
    return ""


def has_text(element):
    return any((t.text or "").strip() for t in element.iter(w("t"), w("delText")))


def children(element, *tags):
    """Direct children with these tags, looking through content controls and custom XML around them."""
    wanted = {w(tag) for tag in tags}
    for child in element.iterchildren():
        if child.tag in wanted:
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from children(content, *tags)
        elif child.tag == w("customXml"):
            yield from children(child, *tags)


def ancestors(element, stop):
    parent = element.getparent()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.getparent()


def list_depth(paragraph):
    """The list level of a numbered paragraph (``w:numPr/w:ilvl``), 0 when it has none."""
    ppr = paragraph.find(w("pPr"))
    num_pr = ppr.find(w("numPr")) if ppr is not None else None
    ilvl = num_pr.find(w("ilvl")) if num_pr is not None else None
    try:
        return max(0, min(int(ilvl.get(w("val"))), 8)) if ilvl is not None else 0
    except (TypeError, ValueError):
        return 0


def mark_deleted(paragraph):
    """The paragraph's mark is a tracked deletion (accepting it removes the paragraph break)."""
    ppr = paragraph.find(w("pPr"))
    rpr = ppr.find(w("rPr")) if ppr is not None else None
    return rpr is not None and rpr.find(w("del")) is not None
