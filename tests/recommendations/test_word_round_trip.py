"""A version exported to Word and imported again gives the same clauses."""

import pytest

from recommendations.drafting import services as drafting
from recommendations.drafting.importing import blocks_from_docx
from recommendations.exports.content import version_content
from recommendations.exports.to_docx import version_docx

from .messy_word import messy_draft_docx
from .realistic_sop import realistic_sop_docx

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
