"""A clause's Markdown as the pieces Word is written from: paragraphs of runs
(with emphasis, links, line breaks and footnote marks), list items with their
depth, and tables with their header row.

The Markdown is read through the site's own renderer (``render_markdown``
with the clause profile), so Word shows what the reading page shows: the
same emphasis, the same links kept or dropped, the same footnotes.
"""

from dataclasses import dataclass, field, replace

import lxml.html

from consult.sanitising import CLAUSE, render_markdown

LINE_BREAK = "\n"


@dataclass(frozen=True)
class Run:
    text: str  # LINE_BREAK alone: a line break
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    code: bool = False
    link: str | None = None
    note: str | None = None  # a footnote mark: the footnote's text


@dataclass
class Para:
    runs: list
    list_kind: str | None = None  # "bullet" or "number"
    depth: int = 0


@dataclass
class Table:
    rows: list  # rows of cells, each cell a list of runs
    header_rows: int = 1


@dataclass
class ClauseModel:
    blocks: list = field(default_factory=list)

    @property
    def is_one_paragraph(self):
        return len(self.blocks) == 1 and isinstance(self.blocks[0], Para) and self.blocks[0].list_kind is None

    @property
    def starts_with_paragraph(self):
        return bool(self.blocks) and isinstance(self.blocks[0], Para) and self.blocks[0].list_kind is None


_STYLES = {"strong": "bold", "b": "bold", "em": "italic", "i": "italic", "u": "underline", "s": "strike"}
_STYLES.update({"del": "strike", "code": "code"})


def _footnotes(root):
    """The footnotes' texts by label, and their container removed from the tree."""
    notes = {}
    for item in root.iter("li"):
        ident = item.get("id") or ""
        if ident.startswith("fn:"):
            for backref in item.iter("a"):
                if (backref.get("href") or "").startswith("#fnref"):
                    backref.drop_tree()
            notes[ident[3:]] = " ".join(item.text_content().replace("\u00a0", " ").split())
    for container in [div for div in root.iter("div") if div is not root]:
        if any((li.get("id") or "").startswith("fn:") for li in container.iter("li")):
            container.drop_tree()
    return notes


def _inline(element, base, notes, runs):
    """The runs of ``element``'s content (its text, children and their tails)."""

    def text(value, run):
        value = " ".join(value.replace("\u00a0", " ").split("\n")) if value else ""
        if value:
            runs.append(replace(run, text=value))

    text(element.text, base)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            runs.append(replace(base, text=LINE_BREAK))
            text((child.tail or "").lstrip("\n"), base)  # Markdown writes "<br />\n"
            continue
        elif tag == "sup" and (child.get("id") or "").startswith("fnref"):
            label = (child.get("id") or "")[6:]
            runs.append(replace(base, text=label, note=notes.get(label, "")))
        elif tag == "a":
            href = child.get("href") or ""
            link = href if href.startswith(("http://", "https://", "mailto:")) else base.link
            _inline(child, replace(base, link=link), notes, runs)
        elif tag in _STYLES:
            _inline(child, replace(base, **{_STYLES[tag]: True}), notes, runs)
        elif tag in ("ul", "ol", "table", "p"):
            continue  # blocks inside a list item are read by the caller
        elif "visually-hidden" in (child.get("class") or "").split():
            pass  # a label for screen readers (a table's empty corner): not shown on the page, nor in Word
        elif tag:
            _inline(child, base, notes, runs)
        text(child.tail, base)


def _trimmed(runs):
    """No white space at the start or end of a paragraph (Markdown drops it too)."""
    while runs and runs[0].text != LINE_BREAK and not runs[0].text.strip() and runs[0].note is None:
        runs.pop(0)
    while runs and runs[-1].text != LINE_BREAK and not runs[-1].text.strip() and runs[-1].note is None:
        runs.pop()
    if runs and runs[0].note is None and runs[0].text != LINE_BREAK:
        runs[0] = replace(runs[0], text=runs[0].text.lstrip())
    if runs and runs[-1].note is None and runs[-1].text != LINE_BREAK:
        runs[-1] = replace(runs[-1], text=runs[-1].text.rstrip())
    return runs


def _list(element, kind, depth, notes, blocks):
    for item in element:
        if item.tag != "li":
            continue
        paragraphs = [child for child in item if child.tag == "p"]
        runs = []
        if paragraphs:  # a loose list: its items' text is in paragraphs
            for paragraph in paragraphs:
                if runs:
                    runs.append(Run(LINE_BREAK))
                _inline(paragraph, Run(""), notes, runs)
        else:
            _inline(item, Run(""), notes, runs)
        blocks.append(Para(_trimmed(runs), list_kind=kind, depth=depth))
        for child in item:
            if child.tag in ("ul", "ol"):
                _list(child, "bullet" if child.tag == "ul" else "number", depth + 1, notes, blocks)


def _table(element, notes):
    rows, header_rows = [], 0
    for row in element.iter("tr"):
        cells = []
        for cell in row:
            if cell.tag in ("td", "th"):
                cells.append(_trimmed(_inline_of(cell, notes)))
        if row.getparent() is not None and row.getparent().tag == "thead":
            header_rows += 1
        rows.append(cells)
    return Table(rows=rows, header_rows=header_rows)


def _inline_of(element, notes):
    runs = []
    _inline(element, Run(""), notes, runs)
    return runs


def clause_model(text):
    """The blocks of a clause's Markdown, as Word will show them."""
    html = render_markdown(text, CLAUSE)
    if not html.strip():
        return ClauseModel()
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    notes = _footnotes(root)
    blocks = []
    for element in root:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("ul", "ol"):
            _list(element, "bullet" if tag == "ul" else "number", 0, notes, blocks)
        elif tag == "table":
            caption = element.find("caption")
            if caption is not None:  # a table's title: a bold line above it, as the import reads it back
                blocks.append(Para(_trimmed(_inline_of_styled(caption, notes, True))))
            blocks.append(_table(element, notes))
        elif tag == "hr":
            continue
        elif tag in ("pre", "blockquote"):
            for line in element.text_content().strip().split("\n"):
                blocks.append(Para([Run(line.strip())] if line.strip() else []))
        elif tag:
            bold = tag in ("h1", "h2", "h3", "h4", "h5", "h6")
            blocks.append(Para(_trimmed(_inline_of_styled(element, notes, bold))))
    if root.text and root.text.strip():
        blocks.insert(0, Para([Run(root.text.strip())]))
    return ClauseModel(blocks=[b for b in blocks if not isinstance(b, Para) or b.runs or b.list_kind])


def _inline_of_styled(element, notes, bold):
    runs = []
    _inline(element, Run("", bold=bold), notes, runs)
    return runs


def plain_text(runs):
    return "".join(" " if run.text == LINE_BREAK else run.text for run in runs if run.note is None)
