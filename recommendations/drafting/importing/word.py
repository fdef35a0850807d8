"""Reading a .docx as Word shows it, with every tracked change accepted.

python-docx's ``Paragraph.text`` and ``.runs`` read only a paragraph's direct
``w:r`` children, so the words inside a hyperlink, a tracked insertion, a
smart tag, a content control or a simple field were lost. This reader walks
the paragraph's XML instead and keeps what Word puts on the page:

- hyperlinks (as Markdown links when they point outside the document),
  tracked insertions and moves-to (accepted), smart tags, custom XML,
  content controls (``w:sdt``), simple fields' results, complex fields'
  results (between ``separate`` and ``end``), symbols (``w:sym``), soft line
  breaks, and the paragraphs of text boxes (as clauses after the paragraph
  they are anchored to);
- not tracked deletions and moves-from (dropped, as accepting does), field
  codes (``w:instrText``), hidden text, a content control's placeholder,
  comments, page headers and footers, the duplicate ``mc:Fallback`` copy of
  a text box.

Footnotes and endnotes stay footnotes of their clause, as Markdown footnotes
(``[^3]`` where Word shows the mark, ``[^3]: text`` at the end of the clause),
which the clause renderer shows as a numbered note under the clause. Labels
count across the document, so two clauses on one page never share an anchor.
A heading shows as plain text, so a footnote on a heading is reported, not kept.
"""

import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from docx import Document as open_docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from .common import (
    MAX_UPLOAD_BYTES,
    Block,
    ImportNote,
    ImportRefused,
    ImportResult,
    checked,
    drop_typed_contents,
    strip_typed_number,
)

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a zip bomb stops here, before python-docx inflates it
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .docx and old .doc files
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_NOT_CLAUSES = ("Title", "Subtitle", "TOC Heading")
_LINE_BREAK = "\n"


def w(tag):
    return qn(f"w:{tag}")


# Word's symbol fonts put their glyphs in the private-use area (F020-F0FF);
# these are the characters drafts use most, by font and code less F000.
_SYMBOL_FONTS = {
    "symbol": {
        **dict(zip(range(0x61, 0x7B), "αβχδεφγηιϕκλμνοπθρστυϖωξψζ", strict=True)),
        0xA3: "≤",
        0xA5: "∞",
        0xAC: "←",
        0xAE: "→",
        0xB0: "°",
        0xB1: "±",
        0xB3: "≥",
        0xB7: "•",
        0xB9: "≠",
        0xBB: "≈",
        0xD2: "®",
        0xD3: "©",
        0xD4: "™",
        0xD7: "\u00d7",
    },
    "wingdings": {0x28: "☎", 0x6F: "□", 0x9F: "•", 0xA7: "▪", 0xD8: "➢", 0xFB: "✗", 0xFC: "✓", 0xFE: "☑"},
}


@dataclass
class _Segment:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    raw: bool = False  # a footnote mark: no escaping, no emphasis


@dataclass
class _Reading:
    """What one paragraph (or footnote) holds, as it is walked."""

    segments: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # (label, Markdown text)
    boxes: list = field(default_factory=list)  # w:txbxContent elements anchored here


def _on(rpr, name):
    """A run property switched on (``<w:b/>``, ``<w:b w:val="1"/>``; not ``w:val="0"``)."""
    if rpr is None:
        return False
    element = rpr.find(w(name))
    return element is not None and element.get(w("val")) not in ("0", "false", "off")


def _escape(text):
    for char in ("\\", "*", "_", "[", "]"):
        text = text.replace(char, "\\" + char)
    return text


def _emphasised(text, bold, italic):
    core = text.strip()
    if not core or not (bold or italic):
        return text
    marks = "***" if bold and italic else "**" if bold else "*"
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}{marks}{core}{marks}{trail}"


def _markdown(segments, *, line_break="  \n"):
    """The segments as one line of Markdown: runs of the same emphasis
    merged, links as [text](url), soft line breaks as ``line_break``."""
    out = []
    groups = []
    for segment in segments:
        key = (segment.bold, segment.italic, segment.link, segment.raw)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(segment.text)
        else:
            groups.append((key, [segment.text]))
    link_open = None
    for (bold, italic, link, raw), texts in groups:
        text = "".join(texts)
        if link != link_open:
            if link_open is not None:
                out.append(f"]({link_open})")
            if link is not None:
                out.append("[")
            link_open = link
        if raw:
            out.append(text)
            continue
        pieces = [_emphasised(_escape(piece), bold, italic) for piece in text.split(_LINE_BREAK)]
        out.append(line_break.join(pieces))
    if link_open is not None:
        out.append(f"]({link_open})")
    return "".join(out).strip()


def _plain(segments):
    return " ".join("".join(s.text for s in segments if not s.raw).replace(_LINE_BREAK, " ").split())


def _link_url(target):
    if not target or not target.lower().startswith(("http://", "https://", "mailto:")):
        return None
    return target.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _is_front_matter(paragraph):
    """The document's title and subtitle, and Word's table of contents."""
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    return name in _NOT_CLAUSES or name.lower().startswith("toc ")


def _heading_level(paragraph):
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if name.startswith("Heading ") and name[8:9].isdigit():
        return max(1, min(int(name[8:9]), 6))
    ppr = paragraph._p.find(w("pPr"))
    if ppr is not None:
        level = ppr.find(w("outlineLvl"))
        if level is not None and level.get(w("val")) not in (None, "9"):
            return min(int(level.get(w("val"))) + 1, 6)
    return None


def _list_marker(paragraph):
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


def _has_text(element):
    return any((t.text or "").strip() for t in element.iter(w("t"), w("delText")))


class _WordReader:
    """Walks one document's body in order and keeps count of what it set aside."""

    def __init__(self, document):
        self.document = document
        self.part = document.part
        self.found = Counter()
        self.examples = {}
        self.note_count = 0
        self.fields = []  # per paragraph: "code" or "result" for each open complex field
        self.notes = {
            "footnote": self._note_elements(RT.FOOTNOTES, "footnote"),
            "endnote": self._note_elements(RT.ENDNOTES, "endnote"),
        }

    # --- the package's other parts --------------------------------------------

    def _parts(self, reltype):
        return [rel.target_part for rel in self.part.rels.values() if rel.reltype == reltype and not rel.is_external]

    @staticmethod
    def _root(part):
        element = getattr(part, "element", None)
        return element if element is not None else parse_xml(part.blob)

    def _note_elements(self, reltype, tag):
        notes = {}
        for part in self._parts(reltype):
            for note in self._root(part).iter(w(tag)):
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
        return blocks

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
        if _is_front_matter(paragraph):
            if reading.segments:
                self.found["front_matter"] += 1
            return
        level = _heading_level(paragraph)
        if level is not None:
            text = strip_typed_number(_plain(reading.segments)) if reading.segments else ""
            for _label, note in reading.notes:
                self.found["heading_notes"] += 1
                self._example("heading_notes", note)
            if text:
                blocks.append(Block("heading", text, level))
        else:
            text = _markdown(reading.segments)
            if text:
                blocks.append(Block("paragraph", _list_marker(paragraph) + text + _definitions(reading.notes)))
        for box in reading.boxes:
            self._read_blocks(box, blocks)

    def _read_table(self, table, blocks):
        rows, notes = [], []
        for tr in _children(table, "tr"):
            trpr = tr.find(w("trPr"))
            if trpr is not None and trpr.find(w("del")) is not None:
                self.found["deletions"] += 1
                continue
            cells = []
            for tc in _children(tr, "tc"):
                tcpr = tc.find(w("tcPr"))
                span = tcpr.find(w("gridSpan")) if tcpr is not None else None
                merge = tcpr.find(w("vMerge")) if tcpr is not None else None
                continued = merge is not None and merge.get(w("val")) != "restart"
                cells.append("" if continued else self._cell_markdown(tc, notes).replace("|", r"\|"))
                cells.extend([""] * (int(span.get(w("val")) or 1) - 1 if span is not None else 0))
            rows.append(cells)
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        blocks.append(Block("paragraph", "\n".join(lines) + _definitions(notes)))

    def _cell_markdown(self, cell, notes):
        """A cell's paragraphs as lines of one Markdown table cell; a nested
        table's rows become lines too (Markdown tables do not nest)."""
        lines = []
        for element in _children(cell, "p", "tbl"):
            if element.tag == w("p"):
                reading = self._read_inline(element)
                notes.extend(reading.notes)
                text = _markdown(reading.segments, line_break="<br>")
                if text:
                    lines.append(text)
                for box in reading.boxes:
                    lines.append(self._cell_markdown(box, notes))
            else:
                self.found["nested_tables"] += 1
                for tr in _children(element, "tr"):
                    row = [self._cell_markdown(tc, notes) for tc in _children(tr, "tc")]
                    if any(row):
                        lines.append(" · ".join(text for text in row if text))
        return "<br>".join(line for line in lines if line)

    # --- inside a paragraph -----------------------------------------------------

    def _read_inline(self, paragraph):
        reading = _Reading()
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
                self._walk(child, reading, _link_url(target) or link)
            elif tag in (w("del"), w("moveFrom")):
                if _has_text(child):
                    self.found["deletions"] += 1
                    self._example("deletions", "".join(t.text or "" for t in child.iter(w("delText"), w("t"))))
            elif tag in (w("ins"), w("moveTo")):
                if _has_text(child):
                    self.found["insertions"] += 1
                self._walk(child, reading, link)
            elif tag == w("sdt"):
                if self._is_placeholder(child):
                    continue
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._walk(content, reading, link)
            elif tag in (w("smartTag"), w("customXml"), w("fldSimple"), w("dir"), w("bdo")):
                self._walk(child, reading, link)
            elif tag in (qn("m:oMath"), qn("m:oMathPara")):
                text = "".join(t.text or "" for t in child.iter(qn("m:t")))
                if text and not self._in_field_code():
                    reading.segments.append(_Segment(text, link=link))

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
        hidden = _on(rpr, "vanish") or _on(rpr, "webHidden")
        bold, italic = _on(rpr, "b"), _on(rpr, "i")

        def add(text, raw=False):
            if hidden:
                self.found["hidden"] += 1
            elif text:
                reading.segments.append(_Segment(text, bold, italic, link, raw))

        for child in run.iterchildren():
            tag = child.tag
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    self.fields.append("code")
                elif kind == "separate" and self.fields:
                    self.fields[-1] = "result"
                elif kind == "end" and self.fields:
                    self.fields.pop()
            elif self._in_field_code() or tag in (w("instrText"), w("delText"), w("delInstrText")):
                continue
            elif tag == w("t"):
                add(child.text or "")
            elif tag in (w("tab"), w("ptab")):
                add(" ")
            elif tag in (w("br"), w("cr")):
                add(_LINE_BREAK if child.get(w("type")) in (None, "textWrapping") else " ")
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
                    reading.segments.append(_Segment(f"[^{label}]", link=None, raw=True))
                    reading.notes.append((label, self._note_text(note)))
                    self.found["footnotes"] += 1
            elif tag == w("commentReference"):
                continue
            elif tag in (w("drawing"), w("pict"), w("object"), f"{_MC}AlternateContent"):
                self._read_drawing(child, reading)

    def _note_text(self, note):
        fields, self.fields = self.fields, []
        reading = _Reading()
        lines = []
        for paragraph in note.iter(w("p")):
            reading.segments = []
            self._walk(paragraph, reading, None)
            segments = [s for s in reading.segments if not (s.raw and s.text.startswith("[^"))]
            text = _markdown(segments, line_break=" ")
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
        if font in _SYMBOL_FONTS or code is None:
            char = _SYMBOL_FONTS.get(font, {}).get(code)
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
            if not any(a.tag in (f"{_MC}Fallback", w("txbxContent")) for a in _ancestors(box, element))
        ]
        if boxes:
            self.found["text_boxes"] += len(boxes)
            reading.boxes.extend(boxes)
        elif any(True for _ in element.iter(qn("pic:pic"), "{urn:schemas-microsoft-com:vml}imagedata")):
            self.found["images"] += 1
        else:
            self.found["drawings"] += 1

    # --- the report ---------------------------------------------------------------

    def comments(self):
        comments = []
        for part in self._parts(RT.COMMENTS):
            for comment in self._root(part).iter(w("comment")):
                text = " ".join("".join(t.text or "" for t in comment.iter(w("t"))).split())
                author = comment.get(w("author")) or _("unknown author")
                comments.append(f"{author}: {text}")
        return comments

    def has_headers_or_footers(self):
        return any(_has_text(self._root(part)) for kind in (RT.HEADER, RT.FOOTER) for part in self._parts(kind))

    def report(self):
        found, examples = self.found, self.examples
        notes = []

        def note(count, singular, plural, kind=None):
            if count:
                notes.append(ImportNote(ngettext(singular, plural, count) % {"n": count}, examples.get(kind, [])[:10]))

        comments = self.comments()
        if comments:
            notes.append(
                ImportNote(
                    ngettext(
                        "%(n)s comment was not imported: comments are remarks on the draft, not its text.",
                        "%(n)s comments were not imported: comments are remarks on the draft, not its text.",
                        len(comments),
                    )
                    % {"n": len(comments)},
                    [c if len(c) <= 160 else c[:157] + "…" for c in comments[:20]],
                )
            )
        note(
            found["insertions"],
            "%(n)s tracked insertion not yet accepted in Word was accepted: its text is in the clauses.",
            "%(n)s tracked insertions not yet accepted in Word were accepted: their text is in the clauses.",
        )
        note(
            found["deletions"],
            "%(n)s tracked deletion not yet accepted in Word was accepted: its text is not in the clauses.",
            "%(n)s tracked deletions not yet accepted in Word were accepted: their text is not in the clauses.",
            "deletions",
        )
        note(
            found["footnotes"],
            "%(n)s footnote was kept as a footnote of its clause, shown under the clause.",
            "%(n)s footnotes were kept as footnotes of their clauses, shown under each clause.",
        )
        note(
            found["heading_notes"],
            "%(n)s footnote on a heading was not imported: headings show plain text. Add it to a clause if needed.",
            "%(n)s footnotes on headings were not imported: headings show plain text. Add them to a clause if needed.",
            "heading_notes",
        )
        note(
            found["images"],
            "%(n)s image was not imported: clauses hold text only.",
            "%(n)s images were not imported: clauses hold text only.",
        )
        note(
            found["drawings"],
            "%(n)s drawing or shape without text was not imported.",
            "%(n)s drawings or shapes without text were not imported.",
        )
        note(
            found["text_boxes"],
            "%(n)s text box was imported as clauses after the paragraph it is anchored to.",
            "%(n)s text boxes were imported as clauses after the paragraphs they are anchored to.",
        )
        note(
            found["nested_tables"],
            "%(n)s table inside a table cell was imported as lines of that cell.",
            "%(n)s tables inside table cells were imported as lines of their cells.",
        )
        note(
            found["hidden"],
            "%(n)s piece of hidden text was not imported: Word does not show it.",
            "%(n)s pieces of hidden text were not imported: Word does not show them.",
        )
        note(
            found["placeholders"],
            "%(n)s empty content control was not imported: it showed only its prompt.",
            "%(n)s empty content controls were not imported: they showed only their prompts.",
        )
        note(
            found["symbols"],
            "%(n)s symbol from a symbol font could not be read and was left out; check the clause.",
            "%(n)s symbols from symbol fonts could not be read and were left out; check the clauses.",
            "symbols",
        )
        note(
            found["embedded"],
            "%(n)s embedded file was not imported.",
            "%(n)s embedded files were not imported.",
        )
        note(
            found["front_matter"],
            "%(n)s title, subtitle or table-of-contents line is not a clause: the document has its own title "
            "and contents.",
            "%(n)s title, subtitle or table-of-contents lines are not clauses: the document has its own title "
            "and contents.",
        )
        if self.has_headers_or_footers():
            notes.append(ImportNote(_("Page headers and footers were not imported: they are not part of the text.")))
        return notes


def _children(element, *tags):
    """Direct children with these tags, looking through content controls and custom XML around them."""
    wanted = {w(tag) for tag in tags}
    for child in element.iterchildren():
        if child.tag in wanted:
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _children(content, *tags)
        elif child.tag == w("customXml"):
            yield from _children(child, *tags)


def _ancestors(element, stop):
    parent = element.getparent()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.getparent()


def _definitions(notes):
    return "".join(f"\n\n[^{label}]: {text}" for label, text in notes)


def _open(data):
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
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise ImportRefused("This is not a readable Word document (.docx); the file may be damaged.") from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused("This Word document unpacks to more than 200 MB; it cannot be imported.")
    try:
        return open_docx(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise ImportRefused("This is not a readable Word document (.docx); the file may be damaged.") from error
    except Exception as error:  # lxml syntax errors in a damaged part, and the like
        raise ImportRefused("This Word document could not be read; the file may be damaged.") from error


def read_docx(data):
    """The clause blocks of a .docx file, in document order, and the report
    of what was left out or changed on the way (ImportRefused says why not)."""
    document = _open(data)
    reader = _WordReader(document)
    try:
        blocks = reader.read()
    except (KeyError, ValueError) as error:  # a dangling relationship id, a malformed number
        raise ImportRefused("This Word document could not be read; the file may be damaged.") from error
    blocks = checked(drop_typed_contents(blocks))
    return ImportResult(blocks=blocks, notes=reader.report())


def blocks_from_docx(data):
    """Clause blocks from the bytes of a .docx file, in document order."""
    return read_docx(data).blocks
