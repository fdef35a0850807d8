"""A Word draft imports as Word shows it: every word on the page, with
tracked changes accepted, and nothing that Word does not show as the text."""

import io
import re
import zipfile

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from consult.sanitising import CLAUSE, render_markdown
from recommendations.drafting import services as drafting
from recommendations.drafting.importing import ImportRefused, blocks_from_docx, read_docx, word

from .messy_word import NOT_SHOWN, SHOWN, messy_draft_docx


def _words(text):
    """The words a reader sees in clause Markdown: no link targets, marks or footnote labels."""
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"\[\^\d+\]:?", " ", text)
    return re.findall(r"\w+", text)


def test_a_messy_word_draft_gives_exactly_the_clauses_word_shows():
    blocks = blocks_from_docx(messy_draft_docx())

    assert [(b.kind, b.level, b.text) for b in blocks] == SHOWN


def test_no_word_of_the_messy_draft_is_lost_or_added():
    imported = [w for b in blocks_from_docx(messy_draft_docx()) for w in _words(b.text)]
    shown = [w for _kind, _level, text in SHOWN for w in _words(text)]

    assert sorted(imported) == sorted(shown)
    for phrase in ("the online referral map", "shall not check", "3 March 2025", "page 7", "the municipality"):
        assert any(phrase in b.text for b in blocks_from_docx(messy_draft_docx()))


def test_deleted_text_field_codes_comments_prompts_hidden_text_and_headers_are_not_imported():
    text = "\n".join(b.text for b in blocks_from_docx(messy_draft_docx()))

    for not_shown in NOT_SHOWN:
        assert not_shown not in text


def test_a_text_box_is_imported_once_though_word_stores_it_twice():
    text = "\n".join(b.text for b in blocks_from_docx(messy_draft_docx()))

    assert text.count("Remember: believe the person.") == 1


def test_the_report_says_what_was_left_out_or_changed_and_why():
    notes = read_docx(messy_draft_docx()).notes
    messages = " ".join(n.message for n in notes)

    assert "1 comment was not imported" in messages
    assert "1 tracked insertion not yet accepted in Word was accepted" in messages
    assert "1 tracked deletion not yet accepted in Word was accepted" in messages
    assert "1 footnote was kept as a footnote of its clause" in messages
    assert "1 image was not imported" in messages
    assert "Page headers and footers were not imported" in messages
    comment = next(n for n in notes if "comment" in n.message)
    assert comment.examples == ["Participant 2: Check with COA whether this is right"]
    deletion = next(n for n in notes if "deletion" in n.message)
    assert deletion.examples == ["the residence"]


def test_a_footnote_shows_as_a_footnote_under_its_clause_not_as_clause_text(editor):
    document = drafting.create_document(
        editor=editor,
        title="Messy",
        country=editor.profile.countries.first(),
        blocks=blocks_from_docx(messy_draft_docx()),
    )
    clause = next(c for c in document.versions.get().clauses.all() if "recorded" in c.text)
    sentence, _, notes = clause.html.partition("<div>")

    assert '<sup id="fnref:1"><a href="#fn:1"' in sentence
    assert "data protection act" not in sentence
    assert '<li id="fn:1">' in notes
    assert "See the national data protection act." in notes


def test_typed_html_cannot_plant_ids_but_footnotes_keep_theirs():
    html = render_markdown('Text[^2] <li id="login">x</li> <sup id="fn:evil x">y</sup>\n\n[^2]: Note.', CLAUSE)

    assert 'id="login"' not in html
    assert 'id="fn:evil x"' not in html
    assert 'id="fn:2"' in html


def _docx_with_heading_footnote():
    document = Document()
    heading = document.add_heading("Scope", 1)
    heading._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteReference w:id="1"/></w:r>'))
    document.add_paragraph("Reception centres.")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    notes = (
        f'<w:footnotes {nsdecls("w")}><w:footnote w:id="1"><w:p><w:r><w:t>Applies in 2026.</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    return _with_part(data, "word/footnotes.xml", notes, "footnotes", "footnotes+xml")


def _with_part(data, name, xml, reltype, content_type):
    """A copy of the .docx with one more part related to the document."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdNote" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    + f'relationships/{reltype}" Target="{name[5:]}"/></Relationships>'.encode(),
                )
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    f'<Override PartName="/{name}" ContentType="application/vnd.openxmlformats-officedocument.'
                    f'wordprocessingml.{content_type}"/></Types>'.encode(),
                )
            target.writestr(item, content)
        target.writestr(name, xml)
    return out.getvalue()


def test_a_footnote_on_a_heading_is_reported_since_a_heading_shows_plain_text():
    result = read_docx(_docx_with_heading_footnote())

    assert [(b.kind, b.text) for b in result.blocks] == [("heading", "Scope"), ("paragraph", "Reception centres.")]
    note = next(n for n in result.notes if "heading" in n.message)
    assert note.examples == ["Applies in 2026."]


def test_a_zip_that_is_not_a_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("notes.txt", "hello")

    with pytest.raises(ImportRefused, match="not a readable Word document"):
        blocks_from_docx(buffer.getvalue())


def test_a_docx_that_unpacks_to_too_much_is_refused_before_it_is_opened(monkeypatch):
    monkeypatch.setattr(word, "MAX_UNPACKED_BYTES", 1000)

    with pytest.raises(ImportRefused, match="unpacks to more than"):
        blocks_from_docx(messy_draft_docx())


def test_ruby_text_keeps_its_base_and_not_the_reading_guide_above_it():
    document = Document()
    paragraph = document.add_paragraph("Read the name ")
    paragraph._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')}><w:ruby><w:rubyPr/><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt>"
            "<w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        )
    )
    paragraph.add_run(" as Tokyo.")
    buffer = io.BytesIO()
    document.save(buffer)

    assert [b.text for b in blocks_from_docx(buffer.getvalue())] == ["Read the name 東京 as Tokyo."]
