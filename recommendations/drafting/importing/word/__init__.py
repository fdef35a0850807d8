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

The reading is in four modules: ``reader`` walks the body, ``markdown_runs``
turns what a paragraph shows into Markdown, ``structure`` says what a
paragraph is (front matter, heading, list item, a clause of a PROTECT export)
and ``symbols`` reads symbol fonts. The report's notes are ``..report``'s.
"""

import io
import zipfile

from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError

from ..common import MAX_UPLOAD_BYTES, ImportRefused, ImportResult, checked, without_typed_contents
from .reader import WordReader

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a zip bomb stops here, before python-docx inflates it
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .docx and old .doc files


def open_package(data):
    if not data:
        raise ImportRefused("The file is empty.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise ImportRefused("The file is larger than 10 MB.")
    if data.startswith(OLE_MAGIC):
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
    document = open_package(data)
    reader = WordReader(document)
    try:
        blocks = reader.read()
    except (KeyError, ValueError) as error:  # a dangling relationship id, a malformed number
        raise ImportRefused("This Word document could not be read; the file may be damaged.") from error
    blocks, contents_lines = without_typed_contents(blocks)
    reader.found["front_matter"] += contents_lines
    return ImportResult(blocks=checked(blocks), notes=reader.report(), title=reader.document_title())


def blocks_from_docx(data):
    """Clause blocks from the bytes of a .docx file, in document order."""
    return read_docx(data).blocks
