"""The sample drafts linked from the import page (`make run` serves them):
a newcomer downloads one, imports it through the pages and loses no word."""

import io
import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from recommendations.drafting.importing import blocks_from_docx
from recommendations.models import RecommendationDocument

from .import_measures import lost_and_added
from .realistic_sop import realistic_sop_docx
from .sample_drafts import ADDED_SHOWN, DOCX_NAME, ODT_NAME

pytestmark = pytest.mark.django_db
SAMPLES = {"docx": DOCX_NAME, "odt": ODT_NAME}


def _linked_sample(client, kind):
    page = client.get(reverse("recommendations:document_create")).content.decode()
    href = re.search(rf'<a href="([^"]+\.{kind})" download>', page).group(1)
    assert href.endswith(f"/recommendations/samples/{SAMPLES[kind]}")
    path = finders.find(f"recommendations/samples/{SAMPLES[kind]}")
    assert path, href
    with open(path, "rb") as sample:
        return sample.read()


def _expected():
    """The realistic SOP as Word shows it, then the working group's section."""
    return [(b.kind, b.level, b.text) for b in blocks_from_docx(realistic_sop_docx())] + ADDED_SHOWN


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_the_sample_linked_from_the_import_page_imports_through_the_pages_without_losing_a_word(
    client, signed_in, editor, kind
):
    signed_in(editor)
    upload = io.BytesIO(_linked_sample(client, kind))
    upload.name = SAMPLES[kind]

    response = client.post(
        reverse("recommendations:document_create"),
        {"title": "Working group draft", "country": editor.profile.countries.first().pk, "file": upload},
    )
    report = client.get(response.url).content.decode()
    token = client.session["recommendations.pending_import"]["token"]
    client.post(reverse("recommendations:document_import_preview"), {"token": token, "action": "confirm"})

    clauses = list(RecommendationDocument.objects.get(title="Working group draft").versions.get().clauses.in_order())
    expected = _expected()
    assert len(clauses) == len(expected) == 72
    assert lost_and_added(clauses, expected) == ({}, {})
    assert "the online referral map" in clauses[-10].text
    assert "Police officers shall not check residence papers" in clauses[-9].text
    # what the report tells the newcomer before anything is saved
    assert "72 clauses will be created" in report
    assert "1 comment was not imported" in report
    assert "1 tracked deletion not yet accepted in" in report
    assert 'scope="row"' in report  # the contacts table's styled first column


def test_the_committed_word_sample_is_what_the_builder_makes():
    from .sample_drafts import working_group_docx

    path = finders.find(f"recommendations/samples/{DOCX_NAME}")
    with open(path, "rb") as sample:
        committed = blocks_from_docx(sample.read())
    assert [(b.kind, b.level, b.text) for b in committed] == [
        (b.kind, b.level, b.text) for b in blocks_from_docx(working_group_docx())
    ]
