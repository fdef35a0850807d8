"""Importing a Word draft as an editor would: the document's title comes
from the file (and can be changed before the draft is created), and a
table's title row, one cell merged across the table, shows as the table's
caption, not as a header row with empty cells."""

import io
import re
import zipfile

import docx
import pytest
from django.urls import reverse

from recommendations.drafting.importing import read_odt
from recommendations.models import RecommendationDocument

pytestmark = pytest.mark.django_db
PENDING = "recommendations.pending_import"


def word_file(*, core_title="", title_paragraph=None, heading=None, merged_title=None):
    document = docx.Document()
    document.core_properties.title = core_title
    if title_paragraph:
        document.add_paragraph(title_paragraph, style="Title")
    if heading:
        document.add_heading(heading, level=1)
    document.add_paragraph("Every survivor is offered a medical examination within 72 hours.")
    if merged_title:
        table = document.add_table(rows=3, cols=3)
        table.style = "Table Grid"
        title_cell = table.rows[0].cells[0].merge(table.rows[0].cells[2])
        title_cell.text = merged_title
        for cell, text in zip(table.rows[1].cells, ("Service", "Phone", "Hours"), strict=True):
            cell.text = text
        for cell, text in zip(table.rows[2].cells, ("Police", "112", "24/7"), strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload(client, editor, data, title=""):
    file = io.BytesIO(data)
    file.name = "draft.docx"
    return client.post(
        reverse("recommendations:document_create"),
        {"title": title, "country": editor.profile.countries.first().pk, "file": file},
    )


def title_on_the_report(client):
    page = client.get(reverse("recommendations:document_import_preview")).content.decode()
    field = re.search(r'<input type="text" name="title"[^>]*value="([^"]*)"', page)
    assert field, "the report has no title field"
    return field[1]


def confirm(client, **fields):
    token = client.session[PENDING]["token"]
    return client.post(
        reverse("recommendations:document_import_preview"), {"token": token, "action": "confirm", **fields}
    )


def test_the_title_of_the_word_files_properties_is_prefilled_and_becomes_the_documents(client, signed_in, editor):
    signed_in(editor)
    upload(client, editor, word_file(core_title="SOP on referral of survivors", heading="Scope"))
    assert title_on_the_report(client) == "SOP on referral of survivors"
    confirm(client)
    assert RecommendationDocument.objects.filter(title="SOP on referral of survivors").exists()


def test_without_a_stated_title_the_first_title_paragraph_is_prefilled(client, signed_in, editor):
    signed_in(editor)
    upload(client, editor, word_file(title_paragraph="Referral pathways in the Netherlands", heading="Scope"))
    assert title_on_the_report(client) == "Referral pathways in the Netherlands"


def test_without_a_title_paragraph_the_first_level_one_heading_is_prefilled(client, signed_in, editor):
    signed_in(editor)
    upload(client, editor, word_file(heading="Medical care after an assault"))
    assert title_on_the_report(client) == "Medical care after an assault"


def test_a_title_the_editor_typed_wins_over_the_files(client, signed_in, editor):
    signed_in(editor)
    upload(client, editor, word_file(core_title="From the file"), title="Typed by the editor")
    assert title_on_the_report(client) == "Typed by the editor"


def test_the_editor_changes_the_prefilled_title_before_creating_the_draft(client, signed_in, editor):
    signed_in(editor)
    upload(client, editor, word_file(core_title="Draft v3 FINAL (2)"))
    response = confirm(client, title="SOP on referral of survivors")
    assert response.status_code == 302
    assert RecommendationDocument.objects.get().title == "SOP on referral of survivors"


def test_an_emptied_title_is_refused_on_the_report_and_nothing_is_saved(client, signed_in, editor):
    signed_in(editor)
    upload(client, editor, word_file(core_title="From the file"))
    response = confirm(client, title="   ")
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert not RecommendationDocument.objects.exists()
    assert PENDING in client.session  # the editor can type a title and confirm


def test_a_file_without_any_title_and_no_typed_title_gets_a_form_error(client, signed_in, editor):
    signed_in(editor)
    response = upload(client, editor, word_file())
    assert response.status_code == 400
    assert "The file states no title: type one." in response.content.decode()
    assert PENDING not in client.session


def test_pasted_markdown_still_needs_a_typed_title(client, signed_in, editor):
    signed_in(editor)
    response = client.post(
        reverse("recommendations:document_create"),
        {"title": "", "country": editor.profile.countries.first().pk, "markdown_text": "# Scope\n\nText."},
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_a_merged_title_row_shows_as_the_tables_caption_on_the_version_page(client, signed_in, editor):
    signed_in(editor)
    upload(client, editor, word_file(core_title="SOP", merged_title="Table 1: Where to get help"))
    report = client.get(reverse("recommendations:document_import_preview")).content.decode()
    assert "1 table" in report
    confirm(client)
    version = RecommendationDocument.objects.get().versions.get()
    page = client.get(version.get_absolute_url()).content.decode()
    table = re.search(r"<table>.*?</table>", page, re.S)[0]
    assert "<caption>Table 1: Where to get help</caption>" in table
    headers = re.findall(r'<th scope="col">(.*?)</th>', table, re.S)
    assert headers == ["Service", "Phone", "Hours"]
    assert not re.search(r"<t[hd][^>]*>\s*</t[hd]>", table), "an empty cell in the table"


# --- OpenDocument drafts: the same title, read from LibreOffice's file ---------------


def odt_file(body, meta_title=None):
    from .odt_files import NAMED_STYLES, content_xml, odt_package, styles_xml

    data = odt_package(content_xml(body), styles_xml(NAMED_STYLES))
    if meta_title is None:
        return data
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a") as package:
        package.writestr(
            "meta.xml",
            '<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
            f"<dc:title>{meta_title}</dc:title></office:meta></office:document-meta>",
        )
    return buffer.getvalue()


BODY = '<text:h text:outline-level="1">1. Scope</text:h><text:p>All staff.</text:p>'


@pytest.mark.parametrize(
    ("body", "meta_title", "title"),
    [
        (BODY, "SOP from the properties", "SOP from the properties"),
        ('<text:p text:style-name="Title">Referral pathways</text:p>' + BODY, None, "Referral pathways"),
        (BODY, None, "Scope"),
        ("<text:p>No heading at all.</text:p>", None, ""),
    ],
)
def test_an_odt_drafts_title_is_read_from_its_properties_title_paragraph_or_first_heading(body, meta_title, title):
    assert read_odt(odt_file(body, meta_title)).title == title
