"""A Word draft with header columns, built with python-docx and raw
WordprocessingML: how Word marks a table's first column as its row headers.

- ``Light List Accent 1`` with First Column on: the table style formats the
  first column (``w:tblStylePr w:type="firstCol"``: bold), as Word's own
  "Grid Table" and "List Table" styles do;
- a plain grid with First Column on (python-docx's and Word's default
  ``w:tblLook``) whose style does not format it: a column like the others;
- a grid whose first-column cells carry Word's own mark (``w:cnfStyle``,
  First Column given by the older ``w:val`` bitmask), with one cell already
  bold and one cell empty.
"""

import io

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

SERVICES = [("Service", "Phone", "Hours"), ("Police", "112", "24/7"), ("Shelter", "0800 1234", "Day and night")]
DOCUMENTS = [("Document", "Who gives it"), ("Residence permit", "Immigration office"), ("Medical card", "Municipality")]
CONTACTS = [("Contact", "In English", "In Arabic"), ("Interpreter", "On request", "On request"), ("", "Free", "Free")]

EXPECTED = [
    ("paragraph", 1, "Referral contacts by service."),
    (
        "paragraph",
        1,
        "| Service | Phone | Hours |\n| --- | --- | --- |\n"
        "| **Police** | 112 | 24/7 |\n| **Shelter** | 0800 1234 | Day and night |",
    ),
    ("paragraph", 1, "Documents a person may need."),
    (
        "paragraph",
        1,
        "| Document | Who gives it |\n| --- | --- |\n"
        "| Residence permit | Immigration office |\n| Medical card | Municipality |",
    ),
    ("paragraph", 1, "Interpreters."),
    (
        "paragraph",
        1,
        "| Contact | In English | In Arabic |\n| --- | --- | --- |\n"
        "| **Interpreter** | On request | On request |\n|  | Free | Free |",
    ),
]


def _fill(table, rows):
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            if value:
                cell.paragraphs[0].add_run(value)


def header_column_docx():
    document = Document()
    document.add_paragraph("Referral contacts by service.")
    styled = document.add_table(rows=3, cols=3, style="Light List Accent 1")
    _fill(styled, SERVICES)

    document.add_paragraph("Documents a person may need.")
    plain = document.add_table(rows=3, cols=2, style="Table Grid")
    _fill(plain, DOCUMENTS)

    document.add_paragraph("Interpreters.")
    marked = document.add_table(rows=3, cols=3, style="Table Grid")
    _fill(marked, CONTACTS)
    look = marked._tbl.tblPr.find(qn("w:tblLook"))
    for name in ("firstColumn", "firstRow", "lastRow", "lastColumn", "noHBand", "noVBand"):
        look.attrib.pop(qn(f"w:{name}"), None)
    look.set(qn("w:val"), "04A0")  # Word 2007's form: First Row, First Column, no vertical bands
    for row in marked.rows[1:]:
        tcpr = row.cells[0]._tc.get_or_add_tcPr()
        tcpr.insert(0, parse_xml(f'<w:cnfStyle {nsdecls("w")} w:val="001000000000"/>'))
    marked.rows[1].cells[0].paragraphs[0].runs[0].bold = True  # bolded by hand as well

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
