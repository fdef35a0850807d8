"""Importing Word and Markdown drafts into clauses."""

import io

import pytest
from docx import Document

from recommendations.drafting import services as drafting
from recommendations.drafting.importing import ImportRefused, blocks_from_docx, blocks_from_markdown


def docx_bytes(build):
    document = Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def sop_draft(document):
    document.add_heading("Standard operating procedures on SGBV", level=0)
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph("These procedures guide staff who receive a disclosure of sexual violence.")
    document.add_heading("1.1 Scope", level=2)
    document.add_paragraph("Reception centres, police stations and hospitals.")
    document.add_paragraph("Listen without judging.", style="List Number")
    document.add_paragraph("Offer an interpreter of the chosen gender.", style="List Number")
    document.add_paragraph("Explain the options, including 112.", style="List Bullet")
    table = document.add_table(rows=3, cols=2)
    for row, (service, when) in enumerate(
        [("Service", "When"), ("Sexual assault centre", "Within 7 days"), ("Police", "When the person wants")]
    ):
        table.cell(row, 0).text = service
        table.cell(row, 1).text = when
    document.add_paragraph("")
    paragraph = document.add_paragraph("Always ")
    paragraph.add_run("record consent").bold = True
    paragraph.add_run(" before referral.")


def test_a_docx_with_headings_numbered_lists_and_a_table_becomes_the_expected_clauses():
    blocks = blocks_from_docx(docx_bytes(sop_draft))

    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("heading", 1, "Purpose"),
        ("paragraph", 1, "These procedures guide staff who receive a disclosure of sexual violence."),
        ("heading", 2, "Scope"),
        ("paragraph", 1, "Reception centres, police stations and hospitals."),
        ("paragraph", 1, "Listen without judging."),
        ("paragraph", 1, "Offer an interpreter of the chosen gender."),
        ("paragraph", 1, "- Explain the options, including 112."),
        (
            "paragraph",
            1,
            "| Service | When |\n| --- | --- |\n"
            "| Sexual assault centre | Within 7 days |\n| Police | When the person wants |",
        ),
        ("paragraph", 1, "Always **record consent** before referral."),
    ]


def test_an_imported_docx_gets_numbered_clauses_and_the_table_renders_as_a_table(editor):
    document = drafting.create_document(
        editor=editor,
        title="NL SOP",
        country=editor.profile.countries.first(),
        blocks=blocks_from_docx(docx_bytes(sop_draft)),
    )
    clauses = list(document.versions.get().clauses.in_order())

    assert [c.number for c in clauses] == ["1", "1.a", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6"]
    assert "<table>" in clauses[7].html
    assert "<strong>record consent</strong>" in clauses[8].html


def test_the_title_and_a_word_table_of_contents_are_not_clauses():
    def with_toc(document):
        document.add_heading("The SOP", level=0)
        document.add_paragraph("Purpose ........ 2", style=document.styles.add_style("toc 1", 1))
        document.add_heading("Purpose", level=1)

    assert [b.text for b in blocks_from_docx(docx_bytes(with_toc))] == ["Purpose"]


def test_a_contents_list_typed_by_hand_is_not_clauses_but_a_paragraph_like_it_is_kept():
    def with_typed_contents(document):
        document.add_paragraph("Contents")
        document.add_paragraph("1. Purpose ........ 2")
        document.add_paragraph("2. Referral\t3")
        document.add_heading("1. Purpose", level=1)
        document.add_paragraph("Contents of a referral letter are agreed with the person.")
        document.add_heading("2. Referral", level=1)

    assert [b.text for b in blocks_from_docx(docx_bytes(with_typed_contents))] == [
        "Purpose",
        "Contents of a referral letter are agreed with the person.",
        "Referral",
    ]


def test_a_contents_paragraph_not_followed_by_heading_names_is_kept():
    def with_word_contents(document):
        document.add_heading("Leaflets", level=1)
        document.add_paragraph("Contents")
        document.add_paragraph("A list of what the leaflet covers.")

    assert [b.text for b in blocks_from_docx(docx_bytes(with_word_contents))] == [
        "Leaflets",
        "Contents",
        "A list of what the leaflet covers.",
    ]


def test_a_corrupt_docx_is_refused_with_a_message():
    with pytest.raises(ImportRefused, match="damaged"):
        blocks_from_docx(b"PK\x03\x04 this is not really a zip file")


def test_a_password_protected_docx_is_refused_with_a_message():
    ole_header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
    with pytest.raises(ImportRefused, match="password-protected"):
        blocks_from_docx(ole_header)


def test_a_docx_without_text_is_refused():
    with pytest.raises(ImportRefused, match="No headings or paragraphs"):
        blocks_from_docx(docx_bytes(lambda d: d.add_paragraph("")))


def test_markdown_headings_paragraphs_list_items_and_tables_become_clauses():
    blocks = blocks_from_markdown(
        "# 1. Purpose\n\nThese procedures guide staff.\n\n## Scope\n\n- Reception centres\n- Police\n\n"
        "| A | B |\n| --- | --- |\n| 1 | 2 |\n"
    )

    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("heading", 1, "Purpose"),
        ("paragraph", 1, "These procedures guide staff."),
        ("heading", 2, "Scope"),
        ("paragraph", 1, "- Reception centres"),
        ("paragraph", 1, "- Police"),
        ("paragraph", 1, "| A | B |\n| --- | --- |\n| 1 | 2 |"),
    ]


def test_raw_html_in_markdown_is_sanitised_on_the_way_in(editor):
    blocks = blocks_from_markdown('Text <script>alert(1)</script> <a href="javascript:alert(1)">x</a>')
    document = drafting.create_document(
        editor=editor, title="T", country=editor.profile.countries.first(), blocks=blocks
    )
    html = document.versions.get().clauses.get().html

    assert "<script" not in html
    assert "javascript:" not in html


def test_a_realistic_multi_page_sop_imports_with_the_word_numbering_kept(editor):
    from .realistic_sop import realistic_sop_docx

    blocks = blocks_from_docx(realistic_sop_docx())
    document = drafting.create_document(
        editor=editor, title="NL SOP", country=editor.profile.countries.first(), blocks=blocks
    )
    clauses = list(document.versions.get().clauses.in_order())
    headings = {c.text: c.number for c in clauses if c.is_heading}

    assert len(clauses) == 61  # the typed contents list (7 lines) is not clauses
    assert sum(c.is_heading for c in clauses) == 17
    assert not any(c.text in ("Contents", "1. Introduction") for c in clauses)
    assert headings["Scope"] == "1.1"
    assert headings["First contact and disclosure"] == "3.2"
    assert headings["Monitoring and review"] == "6"
    assert len({c.number for c in clauses}) == len(clauses)
    tables = [c for c in clauses if "<table>" in c.html]
    assert len(tables) == 3
    assert "Open to people without papers" in tables[1].text
