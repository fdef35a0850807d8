"""Importing a draft through the pages: upload, check the report, confirm or cancel."""

import io

import pytest
from django.urls import reverse

from recommendations.drafting import forms as drafting_forms
from recommendations.models import RecommendationDocument
from tests.consult.factories import member

from .messy_odt import SHOWN as ODT_SHOWN
from .messy_odt import messy_draft_odt
from .messy_word import SHOWN, messy_draft_docx

pytestmark = pytest.mark.django_db
PENDING = "recommendations.pending_import"


def _upload(client, editor, data=None, name="messy.docx", title="Messy SOP"):
    upload = io.BytesIO(messy_draft_docx() if data is None else data)
    upload.name = name
    return client.post(
        reverse("recommendations:document_create"),
        {"title": title, "country": editor.profile.countries.first().pk, "file": upload},
    )


def test_an_upload_shows_the_report_and_saves_nothing(client, signed_in, editor):
    signed_in(editor)

    response = _upload(client, editor)

    assert response.status_code == 302
    assert response.url == reverse("recommendations:document_import_preview")
    assert not RecommendationDocument.objects.exists()
    page = client.get(response.url).content.decode()
    assert "17 clauses will be created" in page
    assert "1 comment was not imported" in page
    assert "Participant 2: Check with COA whether this is right" in page
    assert "1 tracked deletion not yet accepted in Word was accepted" in page
    assert '<span class="recs-number">1.1</span>' in page
    assert "heading, level 2" in page
    assert "<table>" in page
    assert "the online referral map" in page


def test_confirming_the_report_creates_the_draft_with_those_clauses(client, signed_in, editor):
    signed_in(editor)
    _upload(client, editor)
    token = client.session[PENDING]["token"]

    response = client.post(reverse("recommendations:document_import_preview"), {"token": token, "action": "confirm"})

    version = RecommendationDocument.objects.get(title="Messy SOP").versions.get()
    assert response.status_code == 302
    assert response.url == reverse("recommendations:version_edit", args=[version.pk])
    assert [(c.kind, c.level, c.text) for c in version.clauses.in_order()] == SHOWN
    assert PENDING not in client.session


def test_cancelling_saves_nothing_and_keeps_what_was_typed(client, signed_in, editor):
    signed_in(editor)
    _upload(client, editor)
    token = client.session[PENDING]["token"]

    response = client.post(reverse("recommendations:document_import_preview"), {"token": token, "action": "cancel"})

    assert response.status_code == 302
    assert response.url == reverse("recommendations:document_create")
    assert not RecommendationDocument.objects.exists()
    assert PENDING not in client.session
    form_page = client.get(response.url).content.decode()
    assert 'value="Messy SOP"' in form_page
    assert "Nothing was imported." in form_page


def test_a_preview_replaced_by_a_newer_upload_does_not_save(client, signed_in, editor):
    signed_in(editor)
    _upload(client, editor)
    old_token = client.session[PENDING]["token"]
    _upload(client, editor, title="Newer")

    response = client.post(
        reverse("recommendations:document_import_preview"), {"token": old_token, "action": "confirm"}
    )

    assert response.status_code == 302
    assert not RecommendationDocument.objects.exists()
    assert client.session[PENDING]["title"] == "Newer"


def test_the_report_without_a_waiting_import_sends_the_editor_to_the_upload(client, signed_in, editor):
    signed_in(editor)

    response = client.get(reverse("recommendations:document_import_preview"))

    assert response.status_code == 302
    assert response.url == reverse("recommendations:document_create")


def test_a_member_who_is_not_an_editor_cannot_see_or_confirm_an_import(client, signed_in, editor):
    signed_in(member(("NL",)))

    response = client.post(reverse("recommendations:document_import_preview"), {"token": "x", "action": "confirm"})

    assert response.status_code == 403
    assert not RecommendationDocument.objects.exists()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"%PDF-1.7 not a word file", "draft.docx", "not a readable Word document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "locked.docx", "password-protected"),
        (b"", "empty.docx", "The submitted file is empty."),
        (
            b"PK\x03\x04",
            "draft.pdf",
            "Upload a Word document (.docx), an OpenDocument text (.odt) or a Markdown file (.md).",
        ),
    ],
    ids=["not-a-docx", "encrypted", "empty", "wrong-type"],
)
def test_a_bad_file_gets_a_form_error_not_a_server_error(client, signed_in, editor, data, name, message):
    signed_in(editor)

    response = _upload(client, editor, data=data, name=name)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert PENDING not in client.session
    assert not RecommendationDocument.objects.exists()


def test_a_file_over_the_size_limit_gets_a_form_error(client, signed_in, editor, monkeypatch):
    monkeypatch.setattr(drafting_forms, "MAX_UPLOAD_BYTES", 1000)
    signed_in(editor)

    response = _upload(client, editor)

    assert response.status_code == 400
    assert "larger than 10 MB" in response.content.decode()
    assert PENDING not in client.session


def test_an_odt_upload_shows_the_same_report_and_confirming_creates_its_clauses(client, signed_in, editor):
    signed_in(editor)

    response = _upload(client, editor, data=messy_draft_odt(), name="Messy SOP.odt")

    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert f"{len(ODT_SHOWN)} clauses will be created" in page
    assert "1 tracked deletion not yet accepted in LibreOffice was accepted" in page
    assert "Participant 2: Check with COA whether this is right" in page
    assert not RecommendationDocument.objects.exists()
    token = client.session[PENDING]["token"]
    client.post(reverse("recommendations:document_import_preview"), {"token": token, "action": "confirm"})
    version = RecommendationDocument.objects.get(title="Messy SOP").versions.get()
    assert [(c.kind, c.level, c.text) for c in version.clauses.in_order()] == ODT_SHOWN


def test_a_damaged_odt_gets_a_form_error_not_a_server_error(client, signed_in, editor):
    signed_in(editor)

    response = _upload(client, editor, data=b"PK\x03\x04 damaged", name="draft.odt")

    assert response.status_code == 400
    assert "not a readable OpenDocument text" in response.content.decode()
    assert PENDING not in client.session
