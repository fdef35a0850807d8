"""The walk through a .docx body, paragraph by paragraph and run by run,
keeping what Word shows and counting what it sets aside (see the package's
docstring for what is kept and what is not)."""

from collections import Counter

from django.utils.translation import gettext as _
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ..common import Block, split_title_rows, strip_typed_number
from ..report import report_notes
from .markdown_runs import LINE_BREAK, Reading, Segment, definitions, is_on, link_url, plain, to_markdown, w
from .structure import (
    CLAUSE_BULLET_STYLE,
    CLAUSE_CONTINUATIONS,
    CLAUSE_NUMBER_STYLE,
    CLAUSE_STYLE,
    CLAUSE_TABLE_STYLE,
    MC,
    ancestors,
    children,
    has_text,
    heading_level,
    is_front_matter,
    list_depth,
    list_marker,
    mark_deleted,
    style_name,
)
from .symbols import SYMBOL_FONTS

# Fields whose result Word computes; a HYPERLINK or a form field shows what was typed.
VALUE_FIELDS = {
    "DATE",
    "TIME",
    "CREATEDATE",
    "SAVEDATE",
    "PRINTDATE",
    "PAGE",
    "NUMPAGES",
    "SECTIONPAGES",
    "PAGEREF",
    "REF",
    "NOTEREF",
    "STYLEREF",
    "SEQ",
    "DOCPROPERTY",
    "DOCVARIABLE",
    "AUTHOR",
    "TITLE",
    "FILENAME",
    "MERGEFIELD",
}


class WordReader:
    """Walks one document's body in order and keeps count of what it set aside."""

    def __init__(self, document):
        self.document = document
        self.part = document.part
        self.found = Counter()
        self.examples = {}
        self.note_count = 0
        self.clause = None  # the clause of a PROTECT export being read
        self.titles = {}  # the first "Title" paragraph's and the first level-1 heading's text
        self.style_names = None
        self.fields = []  # per paragraph: "code" or "result" for each open complex field
        self.field_code = []  # the instruction of the field being read
        self.notes = {
            "footnote": self._note_elements(RT.FOOTNOTES, "footnote"),
            "endnote": self._note_elements(RT.ENDNOTES, "endnote"),
        }

    # --- the package's other parts --------------------------------------------

    def parts(self, reltype):
        return [rel.target_part for rel in self.part.rels.values() if rel.reltype == reltype and not rel.is_external]

    @staticmethod
    def root(part):
        element = getattr(part, "element", None)
        return element if element is not None else parse_xml(part.blob)

    def _note_elements(self, reltype, tag):
        notes = {}
        for part in self.parts(reltype):
            for note in self.root(part).iter(w(tag)):
                if note.get(w("type")) in (None, "normal"):
                    notes[note.get(w("id"))] = note
        return notes

    def _example(self, kind, text):
        text = " ".join(text.split())
        if text:
            self.examples.setdefault(kind, []).append(text if len(text) <= 120 else text[:117] + "…")

    # --- blocks -----------------------------------------------------------------

    def read(self):
        blocks = []
        self._read_blocks(self.document.element.body, blocks)
        self._close_clause(blocks)
        return blocks

    # --- the clauses of a PROTECT export ----------------------------------------
    # A "Clause" paragraph opens a clause; the paragraphs, list items and
    # tables in the clause styles after it are parts of that clause's Markdown.

    def _style_name(self, style_id):
        if self.style_names is None:
            self.style_names = {style.style_id: style.name for style in self.document.styles}
        return self.style_names.get(style_id, "")

    def _open_clause(self, blocks, text, notes):
        block = Block("paragraph", text)
        blocks.append(block)
        self.clause = {"block": block, "notes": list(notes), "numbers": [], "in_list": False}

    def _extend_clause(self, text, notes, list_item=None):
        clause = self.clause
        block = clause["block"]
        clause["notes"].extend(notes)
        separator = "\n\n"
        if list_item is not None:
            kind, depth = list_item
            if clause["in_list"]:
                separator = "\n"
            else:
                clause["numbers"] = []
            numbers = clause["numbers"][: depth + 1]
            numbers += [0] * (depth + 1 - len(numbers))
            numbers[depth] += 1
            clause["numbers"] = numbers
            text = "    " * depth + ("- " if kind == "bullet" else f"{numbers[depth]}. ") + text
        clause["in_list"] = list_item is not None
        block.text = f"{block.text}{separator}{text}" if block.text else text

    def _close_clause(self, blocks):
        if self.clause is None:
            return
        block = self.clause["block"]
        block.text += definitions(self.clause["notes"])
        if not block.text.strip():
            blocks.remove(block)
        self.clause = None

    def _read_blocks(self, container, blocks):
        for element in container.iterchildren():
            if element.tag == w("p"):
                self._read_paragraph(element, blocks)
            elif element.tag == w("tbl"):
                self._read_table(element, blocks)
            elif element.tag == w("sdt"):
                if self._is_placeholder(element):
                    continue
                content = element.find(w("sdtContent"))
                if content is not None:
                    self._read_blocks(content, blocks)
            elif element.tag == w("customXml"):
                self._read_blocks(element, blocks)
            elif element.tag == w("altChunk"):
                self.found["embedded"] += 1

    def _read_paragraph(self, element, blocks):
        paragraph = Paragraph(element, self.document)
        reading = self._read_inline(element)
        name = style_name(paragraph)
        if name in CLAUSE_CONTINUATIONS and self.clause is not None:
            text = to_markdown(reading.segments)
            if text:
                kind = {CLAUSE_BULLET_STYLE: "bullet", CLAUSE_NUMBER_STYLE: "number"}.get(name)
                self._extend_clause(text, reading.notes, (kind, list_depth(element)) if kind else None)
            return
        if not reading.segments and mark_deleted(element):
            return  # a paragraph deleted as a tracked change, its mark too: accepting removes it
        self._close_clause(blocks)
        if name == CLAUSE_STYLE:
            self._open_clause(blocks, to_markdown(reading.segments), reading.notes)
            for box in reading.boxes:
                self._read_blocks(box, blocks)
            return
        if is_front_matter(paragraph):
            if reading.segments:
                self.found["front_matter"] += 1
                if name == "Title":
                    self.titles.setdefault("title", plain(reading.segments))
            return
        level = heading_level(paragraph)
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
                blocks.append(Block("paragraph", list_marker(paragraph) + text + definitions(reading.notes)))
        for box in reading.boxes:
            self._read_blocks(box, blocks)

    def _read_table(self, table, blocks):
        text, notes = self._table_markdown(table)
        properties = table.find(w("tblPr"))
        style = properties.find(w("tblStyle")) if properties is not None else None
        in_clause = style is not None and self._style_name(style.get(w("val"))) == CLAUSE_TABLE_STYLE
        if self.clause is not None and in_clause:
            if text:
                self._extend_clause(text, notes)
            return
        self._close_clause(blocks)
        if text:
            blocks.append(Block("paragraph", text + definitions(notes)))

    def _table_markdown(self, table):
        """The table as a Markdown table (its first row the header), and its
        footnotes. Rows at the top that are one cell merged across the table
        (a title row) come before it as bold lines, which the clause renderer
        shows as the table's caption (consult/sanitising.py), not as a header
        row of empty cells."""
        rows, merged_rows, notes = [], set(), []
        for tr in children(table, "tr"):
            trpr = tr.find(w("trPr"))
            if trpr is not None and trpr.find(w("del")) is not None:
                self.found["deletions"] += 1
                continue
            cells = []
            tcs = list(children(tr, "tc"))
            for tc in tcs:
                tcpr = tc.find(w("tcPr"))
                span = tcpr.find(w("gridSpan")) if tcpr is not None else None
                merge = tcpr.find(w("vMerge")) if tcpr is not None else None
                continued = merge is not None and merge.get(w("val")) != "restart"
                cells.append("" if continued else self._cell_markdown(tc, notes).replace("|", r"\|"))
                cells.extend([""] * (int(span.get(w("val")) or 1) - 1 if span is not None else 0))
            if len(tcs) == 1 and len(cells) > 1:
                merged_rows.add(len(rows))
            rows.append(cells)
        titles, rows = split_title_rows(rows, merged_rows)
        rows = [row for row in rows if any(row)]
        if not rows:
            return "\n\n".join(titles), notes
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        if width > 1 and rows[0][0] and self._has_header_column(table):
            # Row headers where Word shows them (consult/sanitising.py reads a
            # wholly bold first cell as one; an empty corner says so already).
            rows[1:] = [[header_cell(row[0]), *row[1:]] for row in rows[1:]]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return "\n\n".join([*titles, "\n".join(lines)]), notes

    def _has_header_column(self, table):
        """Word's "First Column" option is on (``w:tblLook``) and the first
        column is styled as headers: the table's style formats it
        (``w:tblStylePr w:type="firstCol"``), or Word marked each of its cells
        (``w:cnfStyle`` firstColumn). With the option on and no such style
        (python-docx's and Word's plain grid), the column looks like the others."""
        properties = table.find(w("tblPr"))
        look = properties.find(w("tblLook")) if properties is not None else None
        if look is None or not first_column_on(look):
            return False
        style = properties.find(w("tblStyle"))
        if style is not None and self._style_formats_first_column(style.get(w("val"))):
            return True
        firsts = [next(iter(children(tr, "tc")), None) for tr in list(children(table, "tr"))[1:]]
        return bool(firsts) and all(cell is not None and cell_marked_first_column(cell) for cell in firsts)

    def _style_formats_first_column(self, style_id, seen=()):
        if not style_id or style_id in seen:
            return False
        style = self.document.styles.element.find(f'{w("style")}[@{w("styleId")}="{style_id}"]')
        if style is None:
            return False
        for conditional in style.iter(w("tblStylePr")):
            if conditional.get(w("type")) == "firstCol" and any(
                conditional.find(w(name)) is not None for name in ("rPr", "tcPr", "pPr")
            ):
                return True
        based_on = style.find(w("basedOn"))
        return based_on is not None and self._style_formats_first_column(based_on.get(w("val")), (*seen, style_id))

    def _cell_markdown(self, cell, notes):
        """A cell's paragraphs as lines of one Markdown table cell; a nested
        table's rows become lines too (Markdown tables do not nest)."""
        lines = []
        for element in children(cell, "p", "tbl"):
            if element.tag == w("p"):
                reading = self._read_inline(element)
                notes.extend(reading.notes)
                text = to_markdown(reading.segments, line_break="<br>")
                if text:
                    lines.append(text)
                for box in reading.boxes:
                    lines.append(self._cell_markdown(box, notes))
            else:
                self.found["nested_tables"] += 1
                for tr in children(element, "tr"):
                    row = [self._cell_markdown(tc, notes) for tc in children(tr, "tc")]
                    if any(row):
                        lines.append(" · ".join(text for text in row if text))
        return "<br>".join(line for line in lines if line)

    # --- inside a paragraph -----------------------------------------------------

    def _read_inline(self, paragraph):
        reading = Reading()
        self.fields = []
        self._walk(paragraph, reading, None)
        return reading

    def _walk(self, element, reading, link):
        for child in element.iterchildren():
            tag = child.tag
            if tag == w("r"):
                self._read_run(child, reading, link)
            elif tag == w("hyperlink"):
                rid = child.get(qn("r:id"))
                target = self.part.rels[rid].target_ref if rid and rid in self.part.rels else None
                self._walk(child, reading, link_url(target) or link)
            elif tag in (w("del"), w("moveFrom")):
                if has_text(child):
                    self.found["deletions"] += 1
                    self._example("deletions", "".join(t.text or "" for t in child.iter(w("delText"), w("t"))))
            elif tag in (w("ins"), w("moveTo")):
                if has_text(child):
                    self.found["insertions"] += 1
                self._walk(child, reading, link)
            elif tag == w("sdt"):
                if self._is_placeholder(child):
                    continue
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._walk(content, reading, link)
            elif tag == w("fldSimple"):
                self._count_field(child.get(w("instr")))
                self._walk(child, reading, link)
            elif tag in (w("smartTag"), w("customXml"), w("dir"), w("bdo")):
                self._walk(child, reading, link)
            elif tag in (qn("m:oMath"), qn("m:oMathPara")):
                text = "".join(t.text or "" for t in child.iter(qn("m:t")))
                if text and not self._in_field_code():
                    reading.segments.append(Segment(text, link=link))

    def _is_placeholder(self, sdt):
        """A content control still showing its prompt ("Click here to enter text")."""
        properties = sdt.find(w("sdtPr"))
        if properties is not None and properties.find(w("showingPlcHdr")) is not None:
            self.found["placeholders"] += 1
            return True
        return False

    def _in_field_code(self):
        return "code" in self.fields

    def _read_run(self, run, reading, link):
        rpr = run.find(w("rPr"))
        hidden = is_on(rpr, "vanish") or is_on(rpr, "webHidden")
        bold, italic = is_on(rpr, "b"), is_on(rpr, "i")

        def add(text, raw=False):
            if hidden:
                self.found["hidden"] += 1
            elif text:
                reading.segments.append(Segment(text, bold, italic, link, raw))

        for child in run.iterchildren():
            tag = child.tag
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    self.fields.append("code")
                    self.field_code = []
                elif kind == "separate" and self.fields:
                    if len(self.fields) == 1:
                        self._count_field("".join(self.field_code))
                    self.fields[-1] = "result"
                elif kind == "end" and self.fields:
                    self.fields.pop()
            elif tag == w("instrText"):
                self.field_code.append(child.text or "")
            elif self._in_field_code() or tag in (w("delText"), w("delInstrText")):
                continue
            elif tag == w("t"):
                add(child.text or "")
            elif tag in (w("tab"), w("ptab")):
                add(" ")
            elif tag in (w("br"), w("cr")):
                add(LINE_BREAK if child.get(w("type")) in (None, "textWrapping") else " ")
            elif tag == w("noBreakHyphen"):
                add("-")
            elif tag == w("sym"):
                add(self._symbol(child))
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                kind = "footnote" if tag == w("footnoteReference") else "endnote"
                note = self.notes[kind].get(child.get(w("id")))
                if note is not None and not hidden:
                    self.note_count += 1
                    label = str(self.note_count)
                    reading.segments.append(Segment(f"[^{label}]", link=None, raw=True))
                    reading.notes.append((label, self._note_text(note)))
                    self.found["footnotes"] += 1
            elif tag == w("commentReference"):
                continue
            elif tag == w("ruby"):  # the base text; the small reading guide above it (w:rt) is not the text
                base = child.find(w("rubyBase"))
                for base_run in base.iterchildren(w("r")) if base is not None else ():
                    self._read_run(base_run, reading, link)
            elif tag in (w("drawing"), w("pict"), w("object"), f"{MC}AlternateContent"):
                self._read_drawing(child, reading)

    def _count_field(self, instruction):
        """A field whose result Word computes (a date, a page number, a
        cross-reference) is imported as the result saved in the file: say so."""
        words = (instruction or "").split()
        if words and words[0].upper() in VALUE_FIELDS:
            self.found["fields"] += 1
            self._example("fields", " ".join(words[:2]))

    def _note_text(self, note):
        fields, self.fields = self.fields, []
        reading = Reading()
        lines = []
        for paragraph in note.iter(w("p")):
            reading.segments = []
            self._walk(paragraph, reading, None)
            segments = [s for s in reading.segments if not (s.raw and s.text.startswith("[^"))]
            text = to_markdown(segments, line_break=" ")
            if text:
                lines.append(text)
        self.fields = fields
        return " ".join(lines)

    def _symbol(self, sym):
        font = (sym.get(w("font")) or "").lower()
        try:
            code = int(sym.get(w("char")) or "", 16)
        except ValueError:
            code = None
        if code is not None and code >= 0xF000:
            code -= 0xF000
        if font in SYMBOL_FONTS or code is None:
            char = SYMBOL_FONTS.get(font, {}).get(code)
            if char is None:
                self.found["symbols"] += 1
                self._example("symbols", f"{sym.get(w('font'))} {sym.get(w('char'))}")
                return ""
            return char
        return chr(code)

    def _read_drawing(self, element, reading):
        boxes = [
            box
            for box in element.iter(w("txbxContent"))
            if not any(a.tag in (f"{MC}Fallback", w("txbxContent")) for a in ancestors(box, element))
        ]
        if boxes:
            self.found["text_boxes"] += len(boxes)
            reading.boxes.extend(boxes)
        elif any(True for _ in element.iter(qn("pic:pic"), "{urn:schemas-microsoft-com:vml}imagedata")):
            self.found["images"] += 1
        else:
            self.found["drawings"] += 1

    # --- the report ---------------------------------------------------------------

    def document_title(self):
        """The title Word gives the file (File, Info, Properties), else its
        first "Title" paragraph, else its first level-1 heading; "" if none.
        Read after ``read()``."""
        stated = " ".join((self.document.core_properties.title or "").split())
        found = self.titles.get("title") or self.titles.get("heading") or ""
        return (stated or " ".join(found.split()))[:200]

    def comments(self):
        comments = []
        for part in self.parts(RT.COMMENTS):
            for comment in self.root(part).iter(w("comment")):
                text = " ".join("".join(t.text or "" for t in comment.iter(w("t"))).split())
                author = comment.get(w("author")) or _("unknown author")
                comments.append(f"{author}: {text}")
        return comments

    def has_headers_or_footers(self):
        return any(has_text(self.root(part)) for kind in (RT.HEADER, RT.FOOTER) for part in self.parts(kind))

    def report(self):
        return report_notes(
            self.found, self.examples, self.comments(), has_headers_or_footers=self.has_headers_or_footers()
        )


def first_column_on(look):
    """``w:tblLook``'s First Column: ``w:firstColumn``, or bit 0x0080 of the older ``w:val``."""
    value = look.get(w("firstColumn"))
    if value is not None:
        return value in ("1", "true", "on")
    try:
        return bool(int(look.get(w("val")) or "0", 16) & 0x0080)
    except ValueError:
        return False


def cell_marked_first_column(cell):
    """Word's own mark on a cell the table style formats as its first column
    (``w:cnfStyle``: ``w:firstColumn``, or the third of the twelve ``w:val`` flags)."""
    tcpr = cell.find(w("tcPr"))
    mark = tcpr.find(w("cnfStyle")) if tcpr is not None else None
    if mark is None:
        return False
    value = mark.get(w("firstColumn"))
    if value is not None:
        return value in ("1", "true", "on")
    flags = mark.get(w("val")) or ""
    return len(flags) > 2 and flags[2] == "1"


def header_cell(text):
    """A first-column cell as a row header: wholly bold (its own bold marks
    folded in, so an already bold cell is not bolded twice); an empty cell stays empty."""
    core = text.replace("**", "").strip()
    return f"**{core}**" if core else text
