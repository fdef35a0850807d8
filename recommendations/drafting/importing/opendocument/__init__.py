"""Reading an OpenDocument text (.odt) as LibreOffice shows it, with every
tracked change accepted, for offices that draft in LibreOffice.

An .odt is a zip of XML parts; the text is in ``content.xml``, the named
styles and the page headers in ``styles.xml``. ODF stores the body as it
reads with every change accepted: inserted text sits in the body between
``text:change-start`` and ``text:change-end``, deleted text only in the
``text:tracked-changes`` list at the top of the body. So the reader keeps:

- text with its white space as ODF defines it (runs of spaces collapse;
  ``text:s``, ``text:tab`` and ``text:line-break`` are explicit), emphasis
  from text and paragraph styles (inherited through parent styles), links
  (as Markdown links when they point outside the document), inserted text,
  what fields show (dates, page numbers, references), inline metadata,
  sections, list items (each a clause with "- ", as Word list items are),
  tables (header rows, spanned and covered cells, nested tables as lines),
  text boxes (as clauses after their paragraph), footnotes and endnotes (as
  Markdown footnotes of their clause, as in ``..word``);
- and leaves out, counting them for the report: deleted text (the
  tracked-changes list), comments (``office:annotation``), hidden text and
  paragraphs, placeholders' prompts, the list numbers LibreOffice caches
  (``text:number``), index marks, images and other drawings, the title and
  subtitle, tables of contents and other indexes, page headers and footers.

The report's notes are the Word import's (``..report``), so an editor reads
the same sentences whichever format the draft came in.
"""

import io
import zipfile

from lxml import etree

from ..common import MAX_UPLOAD_BYTES, ImportRefused, ImportResult, checked, without_typed_contents
from .names import DC, MANIFEST, OFFICE
from .reader import OpenDocumentReader

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a zip bomb stops here, before a part is inflated
TEXT_MIMETYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
_NOT_READABLE = "This is not a readable OpenDocument text (.odt); the file may be damaged."


def _parse(package, name):
    try:
        return etree.fromstring(package.read(name), _PARSER)
    except KeyError:
        return None
    except etree.XMLSyntaxError as error:
        raise ImportRefused(_NOT_READABLE) from error


def open_package(data):
    """The parsed content.xml and styles.xml (None when absent) of an .odt."""
    if not data:
        raise ImportRefused("The file is empty.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise ImportRefused("The file is larger than 10 MB.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if sum(info.file_size for info in package.infolist()) > MAX_UNPACKED_BYTES:
                raise ImportRefused("This document unpacks to more than 200 MB; it cannot be imported.")
            names = set(package.namelist())
            mimetype = package.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
            if mimetype and mimetype not in TEXT_MIMETYPES:
                raise ImportRefused(
                    "This OpenDocument file is not a text document (a spreadsheet or a presentation?); "
                    "save the draft as an OpenDocument text (.odt) and upload it again."
                )
            manifest = _parse(package, "META-INF/manifest.xml")
            if manifest is not None and manifest.find(f".//{MANIFEST}encryption-data") is not None:
                raise ImportRefused(
                    "This document is password-protected. Save it without a password and upload it again."
                )
            content = _parse(package, "content.xml")
            styles = _parse(package, "styles.xml")
    except (zipfile.BadZipFile, ValueError, EOFError, RuntimeError, NotImplementedError) as error:
        raise ImportRefused(_NOT_READABLE) from error
    if content is None or content.find(f"{OFFICE}body/{OFFICE}text") is None:
        raise ImportRefused(_NOT_READABLE)
    return content, styles


def read_odt(data):
    """The clause blocks of an .odt file, in document order, and the report
    of what was left out or changed on the way (ImportRefused says why not)."""
    content, styles = open_package(data)
    reader = OpenDocumentReader(content, styles)
    blocks, contents_lines = without_typed_contents(reader.read())
    reader.found["front_matter"] += contents_lines
    found = reader.titles.get("title") or reader.titles.get("heading") or ""
    title = " ".join((stated_title(data) or found).split())[:200]
    return ImportResult(blocks=checked(blocks), notes=reader.report(), title=title)


def stated_title(data):
    """The title in the file's properties (meta.xml's ``dc:title``, File,
    Properties in LibreOffice), or "" (none, or unreadable: the title is
    then found in the text)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            meta = _parse(package, "meta.xml")
    except (zipfile.BadZipFile, ValueError, EOFError, RuntimeError, NotImplementedError, ImportRefused):
        return ""
    title = meta.find(f".//{DC}title") if meta is not None else None
    return "".join(title.itertext()) if title is not None else ""


def blocks_from_odt(data):
    """Clause blocks from the bytes of an .odt file, in document order."""
    return read_odt(data).blocks
