"""What every import gives and checks: clause blocks, the report of what was
left out, the refusal, and the clean-ups both formats share (typed numbers in
headings, a contents list typed by hand, the size limits)."""

import re
from dataclasses import asdict, dataclass, field

from consult.refusals import Refusal

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_CLAUSES = 2000
MAX_BLOCK_CHARS = 20000
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


@dataclass
class ImportNote:
    """Something the file held that is not clause text as it stands, and what the import did with it."""

    message: str
    examples: list = field(default_factory=list)


@dataclass
class ImportResult:
    """The clauses an import will create and the notes for the editor's report."""

    blocks: list
    notes: list = field(default_factory=list)
    # The document's own title as the file states it ("" if none): the
    # import form offers it, and the editor may change it.
    title: str = ""

    def as_json(self):
        return {
            "blocks": [asdict(b) for b in self.blocks],
            "notes": [asdict(n) for n in self.notes],
            "title": self.title,
        }

    @classmethod
    def from_json(cls, data):
        return cls(
            blocks=[Block(**b) for b in data["blocks"]],
            notes=[ImportNote(**n) for n in data.get("notes", [])],
            title=data.get("title", ""),
        )


def strip_typed_number(text):
    stripped = _TYPED_NUMBER.sub("", text, count=1)
    return stripped or text


_CONTENTS_TITLES = {"contents", "table of contents", "content"}
_PAGE_NUMBER = re.compile(r"[\s.·…\t]*\d*\s*$")


def _toc_line_key(text):
    """A contents line or heading reduced for comparison: no typed number,
    no dot leaders or page number, no case."""
    return _PAGE_NUMBER.sub("", strip_typed_number(text)).strip().lower()


def _names_a_heading(text, headings):
    """The line is a heading's title, or its start (contents lists shorten long titles)."""
    key = _toc_line_key(text)
    return key in headings or (len(key) >= 4 and any(heading.startswith(key) for heading in headings))


def without_typed_contents(blocks):
    """The blocks without a contents list typed by hand (a "Contents"
    paragraph and the paragraphs right after it that each name a later
    heading), and how many lines it had, for the report."""
    headings = {_toc_line_key(b.text) for b in blocks if b.kind == "heading"}
    for start, block in enumerate(blocks):
        if block.kind != "paragraph" or block.text.strip().rstrip(":").lower() not in _CONTENTS_TITLES:
            continue
        end = start + 1
        while end < len(blocks) and blocks[end].kind == "paragraph" and _names_a_heading(blocks[end].text, headings):
            end += 1
        if end > start + 1:
            return blocks[:start] + blocks[end:], end - start
    return blocks, 0


def split_title_rows(rows, merged):
    """A table's ``rows`` (lists of cell texts, each as wide as its columns)
    without the rows at the top whose only cell is merged across the whole
    table (``merged``: the indexes of rows that are one merged cell), and
    those rows' texts in bold: a title row is the table's caption, not its
    header (consult/sanitising.py makes a bold line right above a table its
    ``<caption>``)."""
    width = max((len(row) for row in rows), default=0)
    titles = []
    for index, row in enumerate(rows):
        if index not in merged or len(row) < width or width < 2:
            break
        titles.append(row[0])
    bold = [f"**{title.replace('**', '').strip()}**" for title in titles if title.strip()]
    return bold, rows[len(titles) :]


def checked(blocks):
    if not blocks:
        raise ImportRefused("No headings or paragraphs were found in the file.")
    if len(blocks) > MAX_CLAUSES:
        raise ImportRefused(f"The draft has more than {MAX_CLAUSES} clauses; split it into several documents.")
    for block in blocks:
        if len(block.text) > MAX_BLOCK_CHARS:
            raise ImportRefused(f"One part is longer than 20,000 characters: “{block.text[:60]}…”.")
    return blocks
