"""A Word table whose first column is styled as its row headers (the table
style's "First Column" option) imports with those cells as row headers
(<th scope="row">), without a word lost; a plain grid keeps its first column
as data, and the headers survive a round trip through Word."""

import re

import pytest

from consult.sanitising import CLAUSE, render_markdown
from recommendations.drafting import services as drafting
from recommendations.drafting.importing import blocks_from_docx
from recommendations.exports.content import version_content
from recommendations.exports.to_docx import version_docx

from .header_column_word import EXPECTED, header_column_docx
from .import_measures import lost_and_added


def _row_headers(html):
    return re.findall(r'<th scope="row">(.*?)</th>', html, re.S)


def test_a_word_table_with_a_styled_first_column_imports_with_row_headers_and_no_word_lost():
    blocks = blocks_from_docx(header_column_docx())

    assert [(b.kind, b.level, b.text) for b in blocks] == EXPECTED
    assert lost_and_added(blocks, EXPECTED) == ({}, {})
    assert lost_and_added(blocks, [(k, lv, t.replace("**", "")) for k, lv, t in EXPECTED]) == ({}, {})


def test_the_styled_first_columns_cells_render_as_row_headers_and_the_plain_grids_as_data():
    services, documents, contacts = (
        render_markdown(b.text, CLAUSE) for b in blocks_from_docx(header_column_docx())[1::2]
    )

    assert _row_headers(services) == ["<strong>Police</strong>", "<strong>Shelter</strong>"]
    assert '<th scope="col">Service</th>' in services
    assert _row_headers(documents) == []
    assert "<td>Residence permit</td>" in documents
    # Word's own cell marks; the empty cell stays a data cell (an empty header reads as nothing)
    assert _row_headers(contacts) == ["<strong>Interpreter</strong>"]
    assert "<td></td>" in contacts


def test_a_table_bolded_only_in_part_keeps_its_first_column_as_data():
    html = render_markdown(
        "| Service | Phone |\n| --- | --- |\n| **Police** station | 112 |\n| **Shelter** | 0800 |", CLAUSE
    )

    assert _row_headers(html) == []


@pytest.mark.django_db
def test_row_headers_go_to_word_and_come_back_the_same(editor):
    document = drafting.create_document(
        editor=editor,
        title="Contacts",
        country=editor.profile.countries.first(),
        blocks=blocks_from_docx(header_column_docx()),
    )
    version = document.versions.get()

    again = blocks_from_docx(version_docx(version_content(version)))

    assert [b.text for b in again] == [c.text for c in version.clauses.in_order()] == [t for _k, _l, t in EXPECTED]


def test_a_right_to_left_paragraph_of_a_draft_reads_right_to_left_on_the_version_page(client, editor):
    """The working group's Arabic line (marked right-to-left in Word) takes
    its direction from its own text, in a page of either direction."""
    from django.urls import reverse

    from recommendations.drafting.importing.markdown_text import blocks_from_markdown

    arabic_line = "\u0627\u062a\u0635\u0644 \u0628\u0627\u0644\u0631\u0642\u0645 112"  # "call the number 112"
    document = drafting.create_document(
        editor=editor,
        title="Emergencies",
        country=editor.profile.countries.first(),
        blocks=blocks_from_markdown(f"# Emergencies\n\nCall 112 in an emergency.\n\n{arabic_line}.\n"),
    )
    client.force_login(editor)
    page = client.get(reverse("recommendations:version", args=[document.versions.get().pk])).content.decode()
    arabic = page.index(arabic_line)
    assert page.rfind('class="recs-text" dir="auto"', 0, arabic) > page.rfind("Call 112 in an emergency", 0, arabic)
