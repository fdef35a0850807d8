"""A version exported to Word and imported again gives the same clauses."""

import pytest

from recommendations.drafting import services as drafting
from recommendations.drafting.importing import Block, blocks_from_docx
from recommendations.exports.content import version_content
from recommendations.exports.to_docx import version_docx

from .messy_word import messy_draft_docx
from .realistic_sop import realistic_sop_docx
from .word_files import paragraph_texts, part

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("draft", [messy_draft_docx, realistic_sop_docx], ids=["messy draft", "seeded SOP"])
def test_a_version_exported_to_word_and_imported_again_gives_the_same_clauses(editor, draft):
    document = drafting.create_document(
        editor=editor,
        title="Messy",
        country=editor.profile.countries.first(),
        blocks=blocks_from_docx(draft()),
    )
    version = document.versions.get()

    again = blocks_from_docx(version_docx(version_content(version)))

    assert [(b.kind, b.level, b.text) for b in again] == [(c.kind, c.level, c.text) for c in version.clauses.in_order()]


def test_a_two_way_table_goes_to_word_without_its_screen_reader_label_and_comes_back_the_same(editor):
    table = "|  | Day | Night |\n| --- | --- | --- |\n| Police | 112 | 112 |\n| Shelter | Casa Aurora | Casa Sole |"
    document = drafting.create_document(
        editor=editor,
        title="Two-way",
        country=editor.profile.countries.first(),
        blocks=[Block("heading", "Services", 1), Block("paragraph", table)],
    )
    version = document.versions.get()
    data = version_docx(version_content(version))

    assert "Row headings" not in "".join(paragraph_texts(part(data, "word/document.xml")))
    assert [b.text for b in blocks_from_docx(data)] == ["Services", table]
