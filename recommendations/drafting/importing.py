"""Turning a Word (.docx) or Markdown draft into clause blocks.

Headings become heading clauses (their level from the Word style "Heading N"
or the paragraph's outline level; numbering typed into the heading, "4.2
Referral", is dropped since the platform numbers clauses itself), paragraphs
and list items become paragraph clauses, and a table becomes one clause
holding a Markdown table. Numbered list items lose their "1." (each is a
clause with its own number, 2.3, so a Markdown "1." would show every item as
item 1); bulleted items keep "- ". The document's Title and Subtitle
paragraphs and a table of contents are not clauses (the document has a
title field, and the reading page builds its own contents): Word's own
(its "TOC" styles) and one typed by hand ("Contents" followed by lines that
name the document's headings).
"""

import io
import re
import zipfile
from dataclasses import dataclass

from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from consult.refusals import Refusal

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_CLAUSES = 2000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .docx and old .doc files
_TYPED_NUMBER = re.compile(r"^\s*(?:(?:chapter|section|article)\s+)?(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Z])[.)]?\s+", re.I)


class ImportRefused(Refusal):
    """The file cannot be imported; the message says why, for the editor, on the form's "file" field."""

    def __init__(self, message=None, *, field="file", status=None):
        super().__init__(message, field=field, status=status)


@dataclass
class Block:
    kind: str  # "heading" or "paragraph"
    text: str
    level: int = 1


def _strip_typed_number(text):
    stripped = _TYPED_NUMBER.sub("", text, count=1)
    return stripped or text


_NOT_CLAUSES = ("Title", "Subtitle", "TOC Heading")
_CONTENTS_TITLES = {"contents", "table of contents", "content"}
_PAGE_NUMBER = re.compile(r"[\s.·…\t]*\d*\s*$")


def _toc_line_key(text):
    """A contents line or heading reduced for comparison: no typed number,
    no dot leaders or page number, no case."""
    return _PAGE_NUMBER.sub("", _strip_typed_number(text)).strip().lower()


def _names_a_heading(text, headings):
    """The line is a heading's title, or its start (contents lists shorten long titles)."""
    key = _toc_line_key(text)
    return key in headings or (len(key) >= 4 and any(heading.startswith(key) for heading in headings))


def _drop_typed_contents(blocks):
    """Remove a contents list typed by hand: a "Contents" paragraph and the
    paragraphs right after it that each name a later heading."""
    headings = {_toc_line_key(b.text) for b in blocks if b.kind == "heading"}
    for start, block in enumerate(blocks):
        if block.kind != "paragraph" or block.text.strip().rstrip(":").lower() not in _CONTENTS_TITLES:
            continue
        end = start + 1
        while end < len(blocks) and blocks[end].kind == "paragraph" and _names_a_heading(blocks[end].text, headings):
            end += 1
        if end > start + 1:
            return blocks[:start] + blocks[end:]
    return blocks


def _is_front_matter(paragraph):
    """The document's title and subtitle, and Word's table of contents."""
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    return name in _NOT_CLAUSES or name.lower().startswith("toc ")


def _heading_level(paragraph):
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    match = re.match(r"Heading (\d)", name)
    if match:
        return max(1, min(int(match.group(1)), 6))
    outline = paragraph._p.find(qn("w:pPr"))
    if outline is not None:
        level = outline.find(qn("w:outlineLvl"))
        if level is not None and level.get(qn("w:val")) not in (None, "9"):
            return min(int(level.get(qn("w:val"))) + 1, 6)
    return None


def _list_marker(paragraph):
    """ "1. " for numbered items, "- " for bullets, "" for plain paragraphs."""
    name = ((paragraph.style.name if paragraph.style is not None else "") or "").lower()
    ppr = paragraph._p.pPr
    numbered = ppr is not None and ppr.numPr is not None
    if "number" in name:
        return ""
    if "bullet" in name or "list" in name or numbered:
        return "- "
    return ""


def _inline_markdown(paragraph):
    """The paragraph's runs with bold and italic kept as Markdown."""
    parts = []
    for run in paragraph.runs:
        text = run.text
        if not text:
            continue
        text = text.replace("*", r"\*").replace("_", r"\_")
        if run.bold and text.strip():
            text = f"**{text.strip()}** " if text.endswith(" ") else f"**{text.strip()}**"
        elif run.italic and text.strip():
            text = f"*{text.strip()}* " if text.endswith(" ") else f"*{text.strip()}*"
        parts.append(text)
    return "".join(parts).strip() or paragraph.text.strip()


def _cell_text(cell):
    return " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()).replace("|", r"\|")


def _table_markdown(table):
    rows = []
    for row in table.rows:
        cells = []
        seen = set()
        for cell in row.cells:  # merged cells repeat; keep each once
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell))
        rows.append(cells)
    rows = [row for row in rows if any(row)]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)


def blocks_from_docx(data):
    """Clause blocks from the bytes of a .docx file, in document order."""
    if not data:
        raise ImportRefused("The file is empty.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise ImportRefused("The file is larger than 10 MB.")
    if data.startswith(_OLE_MAGIC):
        raise ImportRefused(
            "This file is password-protected or in the old .doc format. Remove the password, "
            "or save it as a Word document (.docx), and upload it again."
        )
    try:
        document = open_docx(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise ImportRefused("This is not a readable Word document (.docx); the file may be damaged.") from error
    except Exception as error:  # lxml syntax errors in a damaged part, and the like
        raise ImportRefused("This Word document could not be read; the file may be damaged.") from error

    blocks = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            paragraph = Paragraph(element, document)
            text = paragraph.text.strip()
            if not text or _is_front_matter(paragraph):
                continue
            level = _heading_level(paragraph)
            if level is not None:
                blocks.append(Block("heading", _strip_typed_number(text), level))
            else:
                blocks.append(Block("paragraph", _list_marker(paragraph) + _inline_markdown(paragraph)))
        elif element.tag == qn("w:tbl"):
            table_text = _table_markdown(Table(element, document))
            if table_text:
                blocks.append(Block("paragraph", table_text))
    return _checked(_drop_typed_contents(blocks))


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def blocks_from_markdown(text):
    """Clause blocks from Markdown: ATX headings (#) become headings; each
    paragraph, list item and table becomes a paragraph clause."""
    if not text or not text.strip():
        raise ImportRefused("The Markdown text is empty.")
    if len(text) > MAX_UPLOAD_BYTES:
        raise ImportRefused("The text is longer than 10 MB.")
    blocks = []
    paragraph = []

    def flush():
        if paragraph:
            blocks.append(Block("paragraph", "\n".join(paragraph).strip()))
            paragraph.clear()

    in_table = False
    for line in text.replace("\r\n", "\n").split("\n"):
        heading = _MD_HEADING.match(line)
        is_item = re.match(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+", line)
        is_table_row = line.strip().startswith("|")
        if heading:
            flush()
            blocks.append(Block("heading", _strip_typed_number(heading.group(2)), len(heading.group(1))))
        elif not line.strip():
            flush()
            in_table = False
        elif is_table_row:
            if not in_table:
                flush()
                in_table = True
            paragraph.append(line.strip())
        elif is_item and not in_table:
            flush()
            paragraph.append(line.strip())
        else:
            paragraph.append(line.strip())
    flush()
    return _checked(blocks)


def _checked(blocks):
    if not blocks:
        raise ImportRefused("No headings or paragraphs were found in the file.")
    if len(blocks) > MAX_CLAUSES:
        raise ImportRefused(f"The draft has more than {MAX_CLAUSES} clauses; split it into several documents.")
    for block in blocks:
        if len(block.text) > 20000:
            raise ImportRefused(f"One part is longer than 20,000 characters: “{block.text[:60]}…”.")
    return blocks
