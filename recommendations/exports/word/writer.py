"""A Word document as the platform writes every .docx: A4, the language set
for the spell-checker, a page header with the title and version and a footer
with page numbers (Word's PAGE and NUMPAGES fields), clause numbers as Word's
own numbering, Markdown as Word formatting, lists and tables, footnotes as
footnotes, and tracked changes (``w:ins``/``w:del``) and comments where a
revision needs them.

Raw WordprocessingML (lxml) where python-docx has no API: numbering
definitions, fields, footnotes, tracked changes and hyperlinks.
"""

import io
from xml.sax.saxutils import escape as xml_escape

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement
from docx.shared import Mm, Pt

from ...drafting.importing.word.structure import (
    CLAUSE_BULLET_STYLE,
    CLAUSE_NUMBER_STYLE,
    CLAUSE_STYLE,
    CLAUSE_TABLE_STYLE,
    CLAUSE_TEXT_STYLE,
)
from .clause_model import LINE_BREAK, Para, Run, Table

INSERT, DELETE = "ins", "del"
LINK_COLOUR = "0B4F8A"
BULLET_FONT = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
HEADER_FILL = "E7EEF5"  # header rows of tables, pale blue
# Word wants a region with the language: the platform's languages, as Word names them.
WORD_LANGUAGES = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "nl": "nl-NL",
    "it": "it-IT",
    "es": "es-ES",
    "pt": "pt-PT",
    "el": "el-GR",
    "pl": "pl-PL",
    "cs": "cs-CZ",
    "sv": "sv-SE",
    "da": "da-DK",
    "fi": "fi-FI",
    "hu": "hu-HU",
    "ro": "ro-RO",
    "bg": "bg-BG",
    "hr": "hr-HR",
    "sk": "sk-SK",
    "sl": "sl-SI",
    "ar": "ar-SA",
    "uk": "uk-UA",
}
HEADING_FORMATS = ["%1"] + [".".join(f"%{i}" for i in range(1, n + 2)) for n in range(1, 9)]


def w(tag):
    return qn(f"w:{tag}")


def word_language(language):
    language = (language or "en").replace("_", "-")
    if "-" in language:
        base, region = language.split("-", 1)
        return f"{base}-{region.upper()}"
    return WORD_LANGUAGES.get(language, language)


class Revision:
    """Who made the changes and when: the ``w:author`` and ``w:date`` of every tracked change."""

    def __init__(self, author, date):
        self.author = author
        self.date = date.strftime("%Y-%m-%dT%H:%M:%SZ")


class WordFile:
    """One .docx being written: its clause numbering, footnotes, comments and change ids."""

    def __init__(self, *, title, header_text, subtitle, language, revision=None):
        self.document = Document()
        self.body = self.document.element.body
        self.sect_pr = self.body.sectPr
        self.revision = revision
        self.next_id = 1
        self.note_id = 0
        self.notes_root = None
        self.heading_num = None
        self.paragraph_nums = {}
        self.list_nums = {}
        self.style_ids = {}
        properties = self.document.core_properties
        properties.title = title
        properties.author = "PROTECT"
        properties.last_modified_by = "PROTECT"
        properties.comments = ""
        properties.language = word_language(language)
        self._page(header_text)
        self._language(word_language(language))
        self._styles()
        self.numbering = self.document.part.numbering_part.element
        self.paragraph(self.inline_runs(title), style="Title")
        if subtitle:
            self.paragraph(self.inline_runs(subtitle), style="Subtitle")

    # --- the page, the language, the styles --------------------------------------

    def _page(self, header_text):
        section = self.document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
        header = section.header.paragraphs[0]
        header.text = header_text
        footer = section.footer.paragraphs[0]
        footer.alignment = 1  # centred
        before, _sep, rest = (_("Page %(page)s of %(pages)s") % {"page": "\x00", "pages": "\x01"}).partition("\x00")
        between, _sep, after = rest.partition("\x01")
        for text, field in ((before, "PAGE"), (between, "NUMPAGES"), (after, None)):
            if text:
                footer.add_run(text)
            if field:
                self._field(footer._p, field)

    @staticmethod
    def _field(paragraph, code):
        for xml in (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            "<w:r><w:t>1</w:t></w:r>",
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            paragraph.append(parse_xml(xml.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))

    def _language(self, tag):
        defaults = self.document.styles.element.find(w("docDefaults"))
        rpr = defaults.find(w("rPrDefault")).find(w("rPr"))
        lang = rpr.find(w("lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(w("val"), tag)
        if tag.startswith("ar"):
            lang.set(w("bidi"), tag)

    def _styles(self):
        styles = self.document.styles
        normal = styles["Normal"]
        normal.font.size = Pt(11)
        for name in (CLAUSE_STYLE, CLAUSE_TEXT_STYLE, CLAUSE_BULLET_STYLE, CLAUSE_NUMBER_STYLE):
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.quick_style = True
        styles[CLAUSE_TEXT_STYLE].paragraph_format.left_indent = Mm(15)
        table = styles.add_style(CLAUSE_TABLE_STYLE, WD_STYLE_TYPE.TABLE)
        table.base_style = styles["Table Grid"]

    # --- numbering ----------------------------------------------------------------

    def _abstract(self, levels, multilevel=False):
        """A new abstract numbering with ``levels`` as (numFmt, lvlText, indent in twips), and its num id."""
        ids = [int(a.get(w("abstractNumId"))) for a in self.numbering.iter(w("abstractNum"))]
        abstract_id = max(ids, default=0) + 1
        xml = [f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">']
        xml.append(f'<w:multiLevelType w:val="{"multilevel" if multilevel else "hybridMultilevel"}"/>')
        for ilvl, (fmt, text, indent) in enumerate(levels):
            xml.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{xml_escape(text, {chr(34): "&quot;"})}"/><w:lvlJc w:val="left"/>'
                + ('<w:suff w:val="space"/>' if indent == 0 else "")
                + f'<w:pPr><w:ind w:left="{indent}" w:hanging="{min(indent, 851)}"/></w:pPr>'
                + (BULLET_FONT if fmt == "bullet" else "")
                + "</w:lvl>"
            )
        xml.append("</w:abstractNum>")
        abstract = parse_xml("".join(xml))
        first_num = self.numbering.find(w("num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        num_ids = [int(n.get(w("numId"))) for n in self.numbering.iter(w("num"))]
        num_id = max(num_ids, default=0) + 1
        self.numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
        )
        return num_id

    def heading_numbering(self):
        """Headings numbered 1, 1.1, 1.1.1 … by Word: one multilevel list."""
        if self.heading_num is None:
            self.heading_num = self._abstract([("decimal", text, 0) for text in HEADING_FORMATS], multilevel=True)
        return self.heading_num

    def paragraph_numbering(self, number):
        """The clause paragraphs under one heading numbered by Word: "3.2.1",
        "3.2.2" (or "3.a", "3.b") from the heading's number and a counter."""
        prefix, _dot, last = number.rpartition(".")
        fmt = "lowerLetter" if last.isalpha() else "decimal"
        key = (prefix, fmt)
        if key not in self.paragraph_nums:
            self.paragraph_nums[key] = self._abstract([(fmt, f"{prefix}.%1" if prefix else "%1", 851)])
        return self.paragraph_nums[key]

    def list_numbering(self, kind, key):
        """Bullets or "1." numbers for a list inside a clause (a new list restarts at 1)."""
        if (kind, key) not in self.list_nums:
            if kind == "bullet":
                levels = [("bullet", "\uf0b7", 1418 + 567 * i) for i in range(9)]
            else:
                levels = [("decimal", f"%{i + 1}.", 1418 + 567 * i) for i in range(9)]
            self.list_nums[(kind, key)] = self._abstract(levels)
        return self.list_nums[(kind, key)]

    @staticmethod
    def number(paragraph, num_id, ilvl=0):
        ppr = paragraph.find(w("pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            paragraph.insert(0, ppr)
        num_pr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
        style = ppr.find(w("pStyle"))
        if style is not None:
            style.addnext(num_pr)
        else:
            ppr.insert(0, num_pr)

    # --- paragraphs and runs -------------------------------------------------------

    def style_id(self, name):
        """The style's id, looked up once (python-docx walks every style on each lookup)."""
        if name not in self.style_ids:
            self.style_ids[name] = self.document.styles[name].style_id
        return self.style_ids[name]

    def paragraph(self, runs=(), *, style=None, change=None, container=None):
        """A ``w:p`` with ``runs`` (Run values), before the section properties
        (or at the end of ``container``); ``change`` marks the whole paragraph
        inserted or deleted, its mark too."""
        p = OxmlElement("w:p")
        if style or change:
            ppr = OxmlElement("w:pPr")
            p.append(ppr)
            if style:
                ppr.append(parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{self.style_id(style)}"/>'))
            if change:
                rpr = OxmlElement("w:rPr")
                rpr.append(self.change_mark(change))
                ppr.append(rpr)
        self.add_runs(p, [(change, run) for run in runs])
        if container is not None:
            container.append(p)
        elif self.sect_pr is not None:
            self.sect_pr.addprevious(p)
        else:
            self.body.append(p)
        return p

    @staticmethod
    def inline_runs(text):
        return [Run(text)] if text else []

    def change_mark(self, change):
        mark = OxmlElement(f"w:{change}")
        mark.set(w("id"), str(self.next_id))
        mark.set(w("author"), self.revision.author)
        mark.set(w("date"), self.revision.date)
        self.next_id += 1
        return mark

    def add_runs(self, paragraph, changed_runs):
        """``(change, Run)`` pairs as runs of ``paragraph``: neighbours with the
        same change and link share one ``w:ins``/``w:del`` and one hyperlink."""
        groups = []
        for change, run in changed_runs:
            key = (change, run.link)
            if groups and groups[-1][0] == key:
                groups[-1][1].append(run)
            else:
                groups.append((key, [run]))
        for (change, link), runs in groups:
            target = paragraph
            if link:
                rid = self.document.part.relate_to(link, RT.HYPERLINK, is_external=True)
                hyperlink = OxmlElement("w:hyperlink")
                hyperlink.set(qn("r:id"), rid)
                paragraph.append(hyperlink)
                target = hyperlink
            if change:
                wrapper = self.change_mark(change)
                target.append(wrapper)
                target = wrapper
            for run in runs:
                target.append(self.run(run, deleted=change == DELETE))

    def run(self, run, *, deleted=False):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        if run.code:
            rpr.append(parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="Courier New" w:hAnsi="Courier New"/>'))
        for on, tag in ((run.bold, "b"), (run.italic, "i"), (run.strike, "strike")):
            if on:
                rpr.append(OxmlElement(f"w:{tag}"))
        if run.link:
            rpr.append(parse_xml(f'<w:color {nsdecls("w")} w:val="{LINK_COLOUR}"/>'))
        if run.underline or run.link:
            rpr.append(parse_xml(f'<w:u {nsdecls("w")} w:val="single"/>'))
        if run.note is not None:
            rpr.append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))
        if len(rpr):
            r.append(rpr)
        if run.note is not None:
            reference = OxmlElement("w:footnoteReference")
            reference.set(w("id"), str(self.footnote(run.note)))
            r.append(reference)
        elif run.text == LINE_BREAK:
            r.append(OxmlElement("w:br"))
        else:
            t = OxmlElement("w:delText" if deleted else "w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = run.text
            r.append(t)
        return r

    # --- footnotes and comments -------------------------------------------------------

    def footnote(self, text):
        if self.notes_root is None:
            xml = (
                f"<w:footnotes {nsdecls('w')}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                "</w:r></w:p></w:footnote></w:footnotes>"
            )
            part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml), self.document.part.package)
            self.document.part.relate_to(part, RT.FOOTNOTES)
            self.notes_root = part.element
        self.note_id += 1
        note = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{self.note_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {xml_escape(text)}</w:t></w:r></w:p>'
            "</w:footnote>"
        )
        self.notes_root.append(note)
        return self.note_id

    def comment(self, paragraph, text):
        """A Word comment by the revision's author on the whole of ``paragraph``."""
        comment = self.document.comments.add_comment(text=text, author=self.revision.author, initials="")
        comment._comment_elm.set(w("date"), self.revision.date)  # python-docx has no API for the date
        cid = str(comment.comment_id)
        start = OxmlElement("w:commentRangeStart")
        start.set(w("id"), cid)
        ppr = paragraph.find(w("pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            paragraph.insert(0, start)
        end = OxmlElement("w:commentRangeEnd")
        end.set(w("id"), cid)
        paragraph.append(end)
        paragraph.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                f'<w:commentReference w:id="{cid}"/></w:r>'
            )
        )

    # --- blocks of a clause ------------------------------------------------------------

    def table(self, table, *, change=None):
        """A Word table in the clause table style, its header rows repeated on every page."""
        width = max((len(row) for row in table.rows), default=0)
        if not width:
            return None
        tbl = self.document.add_table(rows=0, cols=width)
        tbl.style = self.document.styles[CLAUSE_TABLE_STYLE]
        element = tbl._tbl
        self.sect_pr.addprevious(element)
        for index, cells in enumerate(table.rows):
            row = tbl.add_row()
            trpr = row._tr.get_or_add_trPr()
            if index < table.header_rows:
                trpr.append(OxmlElement("w:tblHeader"))
            if change:
                trpr.append(self.change_mark(change))
            for cell, runs in zip(row.cells, cells + [[]] * (width - len(cells)), strict=False):
                if index < table.header_rows:
                    shading = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/>')
                    cell._tc.get_or_add_tcPr().append(shading)
                self.add_runs(cell.paragraphs[0]._p, [(change, run) for run in runs])
        return element

    def clause_blocks(self, model, *, number, first_style, change=None, num_id=None, ilvl=0):
        """The Word paragraphs and tables of a clause: the numbered first
        paragraph (empty when the clause starts with a list or a table), then
        its other paragraphs, list items and tables in the clause styles that
        say "this belongs to the clause above" to the importer."""
        blocks = list(model.blocks)
        first_runs = blocks.pop(0).runs if model.starts_with_paragraph else []
        first = self.paragraph(first_runs, style=first_style, change=change)
        if num_id is not None:
            self.number(first, num_id, ilvl)
        elements = [first]
        list_key = None
        for block in blocks:
            if isinstance(block, Table):
                list_key = None
                element = self.table(block, change=change)
                if element is not None:
                    elements.append(element)
            elif block.list_kind:
                if list_key is None:
                    list_key = (number, len(elements))
                style = CLAUSE_BULLET_STYLE if block.list_kind == "bullet" else CLAUSE_NUMBER_STYLE
                p = self.paragraph(block.runs, style=style, change=change)
                self.number(p, self.list_numbering(block.list_kind, list_key), min(block.depth, 8))
                elements.append(p)
            else:
                list_key = None
                elements.append(self.paragraph(block.runs, style=CLAUSE_TEXT_STYLE, change=change))
        return elements

    def save(self):
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


__all__ = ["DELETE", "INSERT", "Para", "Revision", "WordFile", "word_language"]
