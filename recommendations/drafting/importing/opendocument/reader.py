"""The walk through an OpenDocument body, element by element, keeping what
LibreOffice shows and counting what it sets aside (see the package's
docstring for what is kept and what is not)."""

import re
from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext as _

from ..common import Block, split_title_rows, strip_typed_number
from ..report import report_notes
from ..word.markdown_runs import LINE_BREAK, Reading, Segment, definitions, link_url, plain, to_markdown
from ..word.symbols import SYMBOL_FONTS
from .names import DC, DRAW, LOEXT, OFFICE, STYLE, SVG, TABLE, TEXT, XLINK
from .styles import PLAIN, StyleSheet, font_families

_WHITE_SPACE = re.compile(r"[ \t\r\n]+")
_SYMBOL_AREA = re.compile("[\uf020-\uf0ff]")  # where symbol fonts put their glyphs
MAX_REPEAT = 50  # a repeated empty row or column counts once per repeat, up to here

# Body elements that hold no clause text: declarations, forms, and the
# indexes LibreOffice builds itself (a table of contents and the like).
_INDEXES = {
    f"{TEXT}{name}"
    for name in (
        "table-of-content",
        "illustration-index",
        "table-index",
        "object-index",
        "user-index",
        "alphabetical-index",
        "bibliography",
    )
}
_SKIPPED_BLOCKS = {
    f"{TEXT}{name}"
    for name in ("sequence-decls", "variable-decls", "user-field-decls", "dde-connection-decls", "soft-page-break")
} | {f"{OFFICE}forms", f"{TABLE}calculation-settings", f"{TABLE}content-validations", f"{TABLE}named-expressions"}
# Inline elements LibreOffice does not show as text.
_SKIPPED_INLINE = {
    f"{TEXT}{name}"
    for name in (
        "number",  # a list item's number as last drawn, kept for other programs
        "bookmark",
        "bookmark-start",
        "bookmark-end",
        "reference-mark",
        "reference-mark-start",
        "reference-mark-end",
        "toc-mark",
        "toc-mark-start",
        "toc-mark-end",
        "alphabetical-index-mark",
        "alphabetical-index-mark-start",
        "alphabetical-index-mark-end",
        "user-index-mark",
        "user-index-mark-start",
        "user-index-mark-end",
        "soft-page-break",
        "script",
        "ruby-text",
        "change-start",  # inserted text follows in the body; the change is counted from the list
        "change-end",
        "change",  # where deleted text was; it is in the list of changes, not in the body
    )
} | {f"{OFFICE}annotation-end", f"{SVG}title", f"{SVG}desc"}
# Fields: what they show is kept, and the report says it was their value when the file was saved.
_FIELDS = {
    f"{TEXT}{name}"
    for name in (
        "date",
        "time",
        "page-number",
        "page-count",
        "page-continuation",
        "bookmark-ref",
        "reference-ref",
        "sequence-ref",
        "note-ref",
        "chapter",
        "variable-get",
        "user-field-get",
        "expression",
        "file-name",
        "title",
        "subject",
        "author-name",
        "creation-date",
        "modification-date",
    )
}
_DRAWINGS = {
    f"{DRAW}{name}"
    for name in (
        "frame",
        "custom-shape",
        "rect",
        "ellipse",
        "line",
        "polyline",
        "polygon",
        "path",
        "connector",
        "caption",
        "g",
        "a",
        "control",
    )
}


@dataclass
class OdfReading(Reading):
    ends_in_space: bool = True  # the next text's leading space collapses (the paragraph's start, too)


class OpenDocumentReader:
    """Walks one document's body in order and keeps count of what it set aside."""

    def __init__(self, content, styles):
        self.content = content
        self.styles = styles
        named = styles.find(f"{OFFICE}styles") if styles is not None else None
        fonts = font_families(content, styles)
        automatic = content.find(f"{OFFICE}automatic-styles")
        self.sheet = StyleSheet(*(r for r in (automatic, named) if r is not None), fonts=fonts)
        self.found = Counter()
        self.titles = {}  # the first Title paragraph's and the first level-1 heading's text
        self.examples = {}
        self.comments = []
        self.note_count = 0
        self.regions = self._changed_regions()

    def _example(self, kind, text):
        text = " ".join(text.split())
        if text:
            self.examples.setdefault(kind, []).append(text if len(text) <= 120 else text[:117] + "…")

    def _changed_regions(self):
        """The tracked changes by id: ("insertion" | "deletion" | "format-change", the deleted text)."""
        regions = {}
        for region in self.content.iter(f"{TEXT}changed-region"):
            ident = region.get(f"{TEXT}id") or region.get("{http://www.w3.org/XML/1998/namespace}id")
            for kind in ("insertion", "deletion", "format-change"):
                change = region.find(f"{TEXT}{kind}")
                if change is not None:
                    deleted = " ".join(
                        "".join(p.itertext()).strip() for p in change if p.tag in (f"{TEXT}p", f"{TEXT}h")
                    )
                    regions[ident] = (kind, deleted)
        return regions

    # --- blocks -----------------------------------------------------------------

    def read(self):
        body = self.content.find(f"{OFFICE}body/{OFFICE}text")
        blocks = []
        self._read_blocks(body, blocks)
        self._count_changes()
        return blocks

    def _count_changes(self):
        """Every tracked change the file holds, counted from its list (a
        deleted table cell or paragraph has no marker in the text to find)."""
        for kind, deleted in self.regions.values():
            if kind == "insertion":
                self.found["insertions"] += 1
            elif kind == "deletion" and deleted:
                self.found["deletions"] += 1
                self._example("deletions", deleted)

    def _read_blocks(self, container, blocks, marker=""):
        for element in container:
            tag = element.tag
            if tag in (f"{TEXT}p", f"{TEXT}h"):
                self._read_paragraph(element, blocks, marker)
            elif tag == f"{TEXT}list":
                self._read_list(element, blocks)
            elif tag == f"{TABLE}table":
                text, notes = self._table_markdown(element)
                if text:
                    blocks.append(Block("paragraph", text + definitions(notes)))
            elif tag == f"{TEXT}section":
                if element.get(f"{TEXT}display") == "none" or element.get(f"{TEXT}is-hidden") == "true":
                    self.found["hidden"] += 1
                    continue
                self._read_blocks(element, blocks)
            elif tag in _INDEXES:
                body = element.find(f"{TEXT}index-body")
                if body is not None:
                    self.found["front_matter"] += sum(1 for p in body.iter(f"{TEXT}p") if "".join(p.itertext()).strip())
            elif tag == f"{TEXT}tracked-changes" or tag in _SKIPPED_BLOCKS or not isinstance(tag, str):
                continue
            elif tag in _DRAWINGS:  # a frame anchored to the page
                reading = OdfReading()
                self._read_drawing(element, reading)
                for box in reading.boxes:
                    self._read_blocks(box, blocks)
            elif tag.startswith(TEXT) or tag.startswith(TABLE):
                self._read_blocks(element, blocks, marker)  # a wrapper such as text:index-body or table:table-rows

    def _read_list(self, element, blocks, style=None, depth=0):
        """A list's items as clauses: bulleted items with "- ", numbered ones
        without their number (each becomes a clause with its own, as in Word)."""
        style = element.get(f"{TEXT}style-name") or style
        depth += 1
        for item in element:
            if item.tag not in (f"{TEXT}list-item", f"{TEXT}list-header"):
                continue
            for child in item:
                if child.tag == f"{TEXT}list":
                    self._read_list(child, blocks, style, depth)
                elif child.tag in (f"{TEXT}p", f"{TEXT}h"):
                    numbered = self.sheet.is_numbered(style, depth, child.get(f"{TEXT}style-name"))
                    # a list header is an item the list neither numbers nor bullets
                    marker = "" if item.tag == f"{TEXT}list-header" or numbered else "- "
                    self._read_paragraph(child, blocks, marker)
                else:
                    self._read_blocks([child], blocks)

    def _paragraph_look(self, element):
        return self.sheet.look("paragraph", element.get(f"{TEXT}style-name")).over(PLAIN)

    def _read_paragraph(self, element, blocks, marker):
        style = element.get(f"{TEXT}style-name")
        look = self._paragraph_look(element)
        reading = self._read_inline(element, look)
        if look.hidden or self._is_hidden_paragraph(element):
            if reading.segments:
                self.found["hidden"] += 1
            return
        if self.sheet.is_front_matter(style):
            if reading.segments:
                self.found["front_matter"] += 1
                if "Title" in self.sheet.names(style):
                    self.titles.setdefault("title", plain(reading.segments))
            return
        level = self._heading_level(element)
        if level is not None:
            text = strip_typed_number(plain(reading.segments)) if reading.segments else ""
            if level == 1 and text:
                self.titles.setdefault("heading", text)
            for _label, note in reading.notes:
                self.found["heading_notes"] += 1
                self._example("heading_notes", note)
            if text:
                blocks.append(Block("heading", text, level))
        else:
            text = to_markdown(reading.segments)
            if text:
                blocks.append(Block("paragraph", marker + text + definitions(reading.notes)))
        for box in reading.boxes:
            self._read_blocks(box, blocks)

    def _heading_level(self, element):
        level = None
        if element.tag == f"{TEXT}h":
            level = element.get(f"{TEXT}outline-level") or "1"
        else:
            level = self.sheet.outline_level(element.get(f"{TEXT}style-name"))
        try:
            return max(1, min(int(level), 6)) if level is not None else None
        except ValueError:
            return 1

    def _is_hidden_paragraph(self, element):
        return any(h.get(f"{TEXT}is-hidden") == "true" for h in element.iter(f"{TEXT}hidden-paragraph"))

    def _table_markdown(self, table):
        """The table as a Markdown table (its first row the header), and its
        footnotes; title rows at its top (one cell merged across the table)
        come before it as bold lines, as from Word."""
        rows, merged, notes = [], set(), []
        for row in self._rows(table):
            cells, spanning = [], []
            for cell in row:
                if cell.tag == f"{TABLE}table-cell":
                    text = self._cell_markdown(cell, notes).replace("|", r"\|")
                    spanning.append(self._repeat(cell, "columns") == 1 and _spanned(cell) > 1)
                elif cell.tag == f"{TABLE}covered-table-cell":
                    text = ""
                else:
                    continue
                repeat = self._repeat(cell, "columns")
                cells.extend([text] * repeat)
            if any(cells):
                if spanning == [True]:
                    merged.add(len(rows))
                rows.append(cells)
        titles, rows = split_title_rows(rows, merged)
        if not rows:
            return "\n\n".join(titles), notes
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return "\n\n".join([*titles, "\n".join(lines)]), notes

    def _rows(self, container):
        """The table's rows in order, through header rows, row groups and repeats."""
        for element in container:
            if element.tag == f"{TABLE}table-row":
                if not "".join(element.itertext()).strip():
                    continue  # empty rows (often repeated hundreds of times) hold nothing to import
                for _ in range(self._repeat(element, "rows")):
                    yield element
            elif element.tag in (f"{TABLE}table-header-rows", f"{TABLE}table-rows", f"{TABLE}table-row-group"):
                yield from self._rows(element)

    @staticmethod
    def _repeat(element, what):
        try:
            return max(1, min(int(element.get(f"{TABLE}number-{what}-repeated") or 1), MAX_REPEAT))
        except ValueError:
            return 1

    def _cell_markdown(self, cell, notes):
        """A cell's paragraphs as lines of one Markdown table cell; a nested
        table's rows and a list's items become lines too."""
        lines = []
        for element in cell:
            if element.tag in (f"{TEXT}p", f"{TEXT}h"):
                lines.extend(self._cell_paragraph(element, notes))
            elif element.tag == f"{TEXT}list":
                for paragraph in element.iter(f"{TEXT}p", f"{TEXT}h"):
                    lines.extend(self._cell_paragraph(paragraph, notes, "- "))
            elif element.tag == f"{TABLE}table":
                self.found["nested_tables"] += 1
                for row in self._rows(element):
                    texts = [self._cell_markdown(c, notes) for c in row if c.tag == f"{TABLE}table-cell"]
                    if any(texts):
                        lines.append(" · ".join(text for text in texts if text))
            elif element.tag == f"{TEXT}section":
                lines.append(self._cell_markdown(element, notes))
        return "<br>".join(line for line in lines if line)

    def _cell_paragraph(self, element, notes, marker=""):
        look = self._paragraph_look(element)
        reading = self._read_inline(element, look)
        if look.hidden:
            if reading.segments:
                self.found["hidden"] += 1
            return []
        notes.extend(reading.notes)
        lines = []
        text = to_markdown(reading.segments, line_break="<br>")
        if text:
            lines.append(marker + text)
        for box in reading.boxes:
            lines.append(self._cell_markdown(box, notes))
        return lines

    # --- inside a paragraph -----------------------------------------------------

    def _read_inline(self, element, look):
        reading = OdfReading()
        self._walk(element, reading, look, None)
        return reading

    def _add(self, reading, text, look, link):
        if not text:
            return
        if look.hidden:
            self.found["hidden"] += 1
            return
        if _SYMBOL_AREA.search(text):
            text = _SYMBOL_AREA.sub(lambda match: self._symbol(match.group(), look.font), text)
        reading.segments.append(Segment(text, bool(look.bold), bool(look.italic), link))

    def _symbol(self, char, font):
        """A character of a symbol font (stored in the private-use area, as
        Word's ``w:sym``) as the character it draws; one we cannot read is
        left out and reported."""
        shown = SYMBOL_FONTS.get(font or "", {}).get(ord(char) - 0xF000)
        if shown is None:
            self.found["symbols"] += 1
            self._example("symbols", f"{font or '?'} {ord(char):04X}")
            return ""
        return shown

    def _walk(self, element, reading, look, link):
        """``element``'s text and children in order, with the look and link they inherit."""
        self._add_text(reading, element.text, look, link)
        for child in element:
            self._inline(child, reading, look, link)
            self._add_text(reading, child.tail, look, link)

    def _add_text(self, reading, text, look, link):
        """Text as ODF lays it out: a run of white space is one space, across
        element boundaries too (``text:s`` and ``text:tab`` are the explicit ones)."""
        text = _WHITE_SPACE.sub(" ", text or "")
        if text.startswith(" ") and reading.ends_in_space:
            text = text[1:]
        if text:
            self._add(reading, text, look, link)
            if not look.hidden:
                reading.ends_in_space = text.endswith(" ")

    def _inline(self, child, reading, look, link):
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED_INLINE:
            return
        if tag in (f"{TEXT}s", f"{TEXT}tab", f"{TEXT}line-break"):
            reading.ends_in_space = False  # explicit white space: the text after it keeps its own
        if tag == f"{TEXT}s":
            try:
                count = max(1, min(int(child.get(f"{TEXT}c") or 1), 100))
            except ValueError:
                count = 1
            self._add(reading, " " * count, look, link)
        elif tag == f"{TEXT}tab":
            self._add(reading, " ", look, link)
        elif tag == f"{TEXT}line-break":
            self._add(reading, LINE_BREAK, look, link)
        elif tag == f"{TEXT}span":
            self._walk(child, reading, self.sheet.look("text", child.get(f"{TEXT}style-name")).over(look), link)
        elif tag == f"{TEXT}a":
            target = link_url(child.get(f"{XLINK}href")) or link
            self._walk(child, reading, self.sheet.look("text", child.get(f"{TEXT}style-name")).over(look), target)
        elif tag == f"{TEXT}note":
            self._read_note(child, reading, look)
        elif tag == f"{OFFICE}annotation":
            self._read_comment(child)
        elif tag == f"{TEXT}placeholder" or (
            tag == f"{LOEXT}content-control" and _is_on(child, LOEXT, "showing-place-holder")
        ):
            self.found["placeholders"] += 1
        elif tag == f"{TEXT}hidden-text":
            if child.get(f"{TEXT}is-hidden") == "false":
                self._add(reading, child.get(f"{TEXT}string-value") or "", look, link)
            else:
                self.found["hidden"] += 1
        elif tag == f"{TEXT}hidden-paragraph":
            return
        elif tag in _DRAWINGS:
            self._read_drawing(child, reading)
        elif tag in _FIELDS:
            self.found["fields"] += 1
            self._example("fields", "".join(child.itertext()))
            self._walk(child, reading, look, link)
        elif tag.startswith(DRAW):
            return
        else:  # text:meta, text:ruby, the fields (dates, page numbers, references…): what they show
            self._walk(child, reading, look, link)

    def _read_note(self, note, reading, look):
        body = note.find(f"{TEXT}note-body")
        if body is None or look.hidden:
            return
        self.note_count += 1
        label = str(self.note_count)
        reading.segments.append(Segment(f"[^{label}]", raw=True))
        reading.notes.append((label, self._note_text(body)))
        self.found["footnotes"] += 1

    def _note_text(self, body):
        lines = []
        for paragraph in body.iter(f"{TEXT}p", f"{TEXT}h"):
            reading = OdfReading()
            self._walk(paragraph, reading, self._paragraph_look(paragraph), None)
            segments = [s for s in reading.segments if not (s.raw and s.text.startswith("[^"))]
            text = to_markdown(segments, line_break=" ")
            if text:
                lines.append(text)
        return " ".join(lines)

    def _read_comment(self, annotation):
        author = "".join(annotation.findtext(f"{DC}creator") or "").strip() or _("unknown author")
        text = " ".join(
            " ".join("".join(p.itertext()).split())
            for p in annotation.iter(f"{TEXT}p", f"{TEXT}h")
            if "".join(p.itertext()).strip()
        )
        self.comments.append(f"{author}: {text}")

    def _read_drawing(self, element, reading):
        """A frame or shape: its text box's paragraphs become clauses after
        this paragraph; an image, an embedded object or a shape without text is counted."""
        boxes = list(element.iter(f"{DRAW}text-box"))
        shape_text = element.tag == f"{DRAW}custom-shape" and element.find(f"{TEXT}p") is not None
        if boxes:
            self.found["text_boxes"] += len(boxes)
            reading.boxes.extend(boxes)
        elif shape_text:
            self.found["text_boxes"] += 1
            reading.boxes.append(element)
        elif any(True for _ in element.iter(f"{DRAW}image")):
            self.found["images"] += 1
        elif any(True for _ in element.iter(f"{DRAW}object", f"{DRAW}object-ole")):
            self.found["embedded"] += 1
        else:
            self.found["drawings"] += 1

    # --- the report ---------------------------------------------------------------

    def has_headers_or_footers(self):
        if self.styles is None:
            return False
        parts = ("header", "footer", "header-left", "footer-left", "header-first", "footer-first")
        return any(
            "".join(element.itertext()).strip()
            for page in self.styles.iter(f"{STYLE}master-page")
            for element in page
            if element.tag in {f"{STYLE}{p}" for p in parts}
        )

    def report(self):
        headers = self.has_headers_or_footers()
        return report_notes(
            self.found, self.examples, self.comments, has_headers_or_footers=headers, application="LibreOffice"
        )


def _spanned(cell):
    """How many columns a table cell spans (``table:number-columns-spanned``)."""
    try:
        return int(cell.get(f"{TABLE}number-columns-spanned") or 1)
    except ValueError:
        return 1


def _is_on(element, namespace, name):
    return element.get(f"{namespace}{name}") in ("true", "1")
