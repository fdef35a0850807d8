"""Turning a Word (.docx), OpenDocument (.odt) or Markdown draft into clause blocks, with a report
of what the file held that did not become clause text.

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

A Word file is read as Word shows it with every tracked change accepted
(``word``), an OpenDocument text as LibreOffice shows it (``opendocument``);
what that changed or left out is in the result's notes, in the same words
for both formats (``report``).
"""

from .common import MAX_CLAUSES, MAX_UPLOAD_BYTES, Block, ImportNote, ImportRefused, ImportResult
from .markdown_text import blocks_from_markdown
from .opendocument import blocks_from_odt, read_odt
from .word import blocks_from_docx, read_docx

__all__ = [
    "MAX_CLAUSES",
    "MAX_UPLOAD_BYTES",
    "Block",
    "ImportNote",
    "ImportRefused",
    "ImportResult",
    "blocks_from_docx",
    "blocks_from_markdown",
    "blocks_from_odt",
    "read_docx",
    "read_odt",
]
