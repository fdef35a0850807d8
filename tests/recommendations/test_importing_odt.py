"""An OpenDocument draft imports as LibreOffice shows it: every word on the
page, with tracked changes accepted, nothing LibreOffice does not show as the
text, and a report of everything left out, in the Word import's words.

Three drafts: the tuning draft (messy_odt.py), LibreOffice's own .odt of the
realistic SOP and of the messy Word draft (data/, written by LibreOffice 7.4
with ``soffice --convert-to odt``), and the held-back draft
(messy_odt_heldback.py), which the reader was not tuned on."""

import io
import zipfile

import pytest

from recommendations.drafting import services as drafting
from recommendations.drafting.importing import ImportRefused, blocks_from_docx, blocks_from_odt, opendocument, read_odt

from . import messy_odt, messy_odt_heldback, messy_word
from .import_measures import lost_and_added
from .odt_files import NAMED_STYLES, content_xml, odt_package, styles_xml
from .realistic_sop import realistic_sop_docx

DATA = __import__("pathlib").Path(__file__).parent / "data"


def _clauses(blocks):
    return [(b.kind, b.level, b.text) for b in blocks]


def test_a_messy_odt_draft_gives_exactly_the_clauses_libreoffice_shows():
    assert _clauses(blocks_from_odt(messy_odt.messy_draft_odt())) == messy_odt.SHOWN


def test_no_word_of_the_messy_odt_draft_is_lost_or_added():
    blocks = blocks_from_odt(messy_odt.messy_draft_odt())

    lost, added = lost_and_added(blocks, messy_odt.SHOWN)

    assert (lost, added) == ({}, {})
    for phrase in ("the online referral map", "shall not check", "3 March 2025", "page 7", "the municipality"):
        assert any(phrase in b.text for b in blocks)


def test_deleted_text_comments_hidden_text_prompts_headers_and_the_title_are_not_imported():
    text = "\n".join(b.text for b in blocks_from_odt(messy_odt.messy_draft_odt()))

    for not_shown in messy_odt.NOT_SHOWN:
        assert not_shown not in text


def test_the_odt_report_says_what_was_left_out_or_changed_and_why():
    notes = read_odt(messy_odt.messy_draft_odt()).notes
    messages = " ".join(n.message for n in notes)

    assert "1 comment was not imported" in messages
    assert "1 tracked insertion not yet accepted in LibreOffice was accepted" in messages
    assert "1 tracked deletion not yet accepted in LibreOffice was accepted" in messages
    assert "1 footnote was kept as a footnote of its clause" in messages
    assert "1 image was not imported" in messages
    assert "1 embedded file was not imported" in messages
    assert "3 pieces of hidden text were not imported: LibreOffice does not show them" in messages
    assert "1 empty content control or placeholder was not imported" in messages
    assert "3 fields (dates, page numbers, cross-references) were imported as the text they showed" in messages
    assert "6 title, subtitle or table-of-contents lines are not clauses" in messages
    assert "Page headers and footers were not imported" in messages
    comment = next(n for n in notes if "comment" in n.message)
    assert comment.examples == ["Participant 2: Check with COA whether this is right"]
    deletion = next(n for n in notes if "deletion" in n.message)
    assert deletion.examples == ["the residence"]


def test_an_odt_footnote_shows_as_a_footnote_under_its_clause(editor):
    document = drafting.create_document(
        editor=editor,
        title="Messy",
        country=editor.profile.countries.first(),
        blocks=blocks_from_odt(messy_odt.messy_draft_odt()),
    )
    clause = next(c for c in document.versions.get().clauses.all() if "recorded" in c.text)
    sentence, _, notes = clause.html.partition("<div>")

    assert '<sup id="fnref:1"><a href="#fn:1"' in sentence
    assert "data protection act" not in sentence
    assert "See the national data protection act." in notes


def test_the_held_back_odt_draft_gives_the_clauses_libreoffice_shows_with_no_word_lost_or_added():
    blocks = blocks_from_odt(messy_odt_heldback.heldback_draft_odt())
    text = "\n".join(b.text for b in blocks)

    assert _clauses(blocks) == messy_odt_heldback.SHOWN
    assert lost_and_added(blocks, messy_odt_heldback.SHOWN) == ({}, {})
    assert [n for n in messy_odt_heldback.NOT_SHOWN if n in text] == []


def test_the_held_back_report_names_both_deletions_and_the_two_paragraph_comment():
    notes = read_odt(messy_odt_heldback.heldback_draft_odt()).notes

    deletion = next(n for n in notes if "deletion" in n.message)
    comment = next(n for n in notes if "comment" in n.message)
    assert deletion.examples == ["with the caseworker", "Old rule: shelters close at night."]
    assert comment.examples == ["Participant 7: Is one year right? Check the law."]
    assert any("2 footnotes were kept" in n.message for n in notes)


def test_libreoffices_own_odt_of_the_realistic_sop_gives_the_clauses_of_the_word_file():
    from_word = blocks_from_docx(realistic_sop_docx())

    from_libreoffice = blocks_from_odt((DATA / "realistic_sop_by_libreoffice.odt").read_bytes())

    assert _clauses(from_libreoffice) == _clauses(from_word)


def test_libreoffices_own_odt_of_the_messy_word_draft_gives_what_word_shows():
    # LibreOffice turned Word's DATE field into a date field and saved the
    # day it converted the file: the .odt shows that date, and the report says so.
    result = read_odt((DATA / "messy_word_by_libreoffice.odt").read_bytes())
    expected = [
        (kind, level, text.replace("3 March 2025", "6 December 2026")) for kind, level, text in messy_word.SHOWN
    ]

    assert _clauses(result.blocks) == expected
    fields = next(n for n in result.notes if "fields" in n.message)
    assert fields.examples == ["6 December 2026", "7"]


def test_a_symbol_font_character_is_read_as_the_symbol_it_draws():
    blocks = blocks_from_odt((DATA / "messy_word_by_libreoffice.odt").read_bytes())

    assert "Consent ✓ for persons ≥ 18 years." in [b.text for b in blocks]


def _odt(body, *, mimetype=None, manifest_extra="", content=None):
    data = odt_package(content or content_xml(body), styles_xml(NAMED_STYLES))
    if mimetype is None and not manifest_extra:
        return data
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            part = source.read(item.filename)
            if item.filename == "mimetype" and mimetype:
                part = mimetype.encode()
            if item.filename == "META-INF/manifest.xml":
                part = part.replace(b"</manifest:manifest>", manifest_extra.encode() + b"</manifest:manifest>")
            target.writestr(item, part)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"%PDF-1.7 not an odt", "not a readable OpenDocument text"),
        (b"PK\x03\x04 truncated", "not a readable OpenDocument text"),
        (_odt("<text:p>x</text:p>", mimetype="application/vnd.oasis.opendocument.spreadsheet"), "not a text document"),
        (
            _odt(
                "<text:p>x</text:p>",
                manifest_extra='<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
                '<manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry>',
            ),
            "password-protected",
        ),
        (_odt("", content="<office:document-content>not closed"), "not a readable OpenDocument text"),
        (_odt("<text:p>   </text:p>"), "No headings or paragraphs were found"),
    ],
    ids=["empty", "not-a-zip", "damaged-zip", "spreadsheet", "encrypted", "damaged-xml", "no-text"],
)
def test_a_bad_odt_is_refused_with_a_reason(data, message):
    with pytest.raises(ImportRefused, match=message):
        read_odt(data)


def test_an_odt_that_unpacks_to_too_much_is_refused_before_it_is_parsed(monkeypatch):
    monkeypatch.setattr(opendocument, "MAX_UNPACKED_BYTES", 1000)

    with pytest.raises(ImportRefused, match="unpacks to more than"):
        read_odt(messy_odt.messy_draft_odt())


def test_entities_in_an_odt_are_not_expanded():
    content = content_xml("<text:p>Call &secret; now.</text:p>").replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/hostname">]>',
    )

    blocks = blocks_from_odt(_odt("", content=content))

    assert [b.text for b in blocks] == ["Call now."]


def test_a_typed_contents_list_is_reported_not_dropped_silently():
    body = (
        "<text:p>Contents</text:p><text:p>1. Scope</text:p><text:p>2. Referral</text:p>"
        '<text:h text:outline-level="1">1. Scope</text:h><text:p>All staff.</text:p>'
        '<text:h text:outline-level="1">2. Referral</text:h><text:p>Within 7 days.</text:p>'
    )

    result = read_odt(_odt(body))

    assert [b.text for b in result.blocks] == ["Scope", "All staff.", "Referral", "Within 7 days."]
    assert any("3 title, subtitle or table-of-contents lines" in n.message for n in result.notes)
