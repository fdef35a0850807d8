"""Clause blocks from pasted or uploaded Markdown."""

import re

from .common import MAX_UPLOAD_BYTES, Block, ImportRefused, checked, strip_typed_number

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
            blocks.append(Block("heading", strip_typed_number(heading.group(2)), len(heading.group(1))))
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
    return checked(blocks)
