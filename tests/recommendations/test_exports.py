"""Exports of a version, of a diff and of the consultation report: asking,
building (eager Celery through the outbox), the files, privacy, downloading."""

import io

import pytest
from docx import Document
from pypdf import PdfReader

from consult.models import OutboxEntry
from consult.refusals import NotAllowed
from recommendations.exports import content, rendering, to_pdf
from recommendations.exports.services import ExportRefused, build_export, request_export
from recommendations.models import Clause, DocumentVersion, Export, Feedback
from tests.consult.conftest import sign_in
from tests.consult.factories import member

from .factories import FeedbackFactory, draft, open_round
from .report_data import report_of
from .versions import ADDED_TEXT, CHANGED_TEXT, known_versions
from .word_files import revisions

pytestmark = pytest.mark.django_db


@pytest.fixture
def build(django_capture_on_commit_callbacks):
    """Ask for an export and run the task the outbox starts (eagerly); returns the export."""

    def ask(**arguments):
        arguments.setdefault("user", member(("NL",)))
        with django_capture_on_commit_callbacks(execute=True):
            export, _created = request_export(**arguments)
        export.refresh_from_db()
        return export

    return ask


def file_bytes(export):
    with export.file.open("rb") as handle:
        return handle.read()


def pdf_text(data):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def docx_of(export):
    return Document(io.BytesIO(file_bytes(export)))


def docx_text(document):
    return "\n".join(p.text for p in document.paragraphs)


# --- versions ------------------------------------------------------------------------


def test_a_version_exported_as_pdf_is_a_pdf_with_the_clause_texts(build):
    _v1, v2 = known_versions()
    export = build(kind="version", format="pdf", version=v2)
    assert export.status == Export.Status.DONE
    data = file_bytes(export)
    assert data.startswith(b"%PDF")
    text = " ".join(pdf_text(data).split())
    assert "Interpreters are offered free of charge" in text
    assert "specialist sexual assault centre" in text


def test_a_version_exported_as_docx_loads_with_python_docx_and_has_every_clause(build):
    _v1, v2 = known_versions()
    export = build(kind="version", format="docx", version=v2)
    text = docx_text(docx_of(export))
    for clause in v2.clauses.all():
        assert clause.text in text


def test_a_version_exported_as_markdown_has_headings_and_numbers(build):
    _v1, v2 = known_versions()
    text = file_bytes(build(kind="version", format="md", version=v2)).decode()
    assert "## 1 Section 1" in text
    assert f"**2.1** {ADDED_TEXT}" in text


def test_a_version_exported_as_html_is_a_standalone_page(build):
    _v1, v2 = known_versions()
    html = file_bytes(build(kind="version", format="html", version=v2)).decode()
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html
    assert "<script" not in html
    assert ADDED_TEXT in html


# --- diffs -----------------------------------------------------------------------------


def test_a_diff_as_docx_is_a_word_revision_with_tracked_insertions_and_deletions(build):
    v1, v2 = known_versions()
    export = build(kind="diff", format="docx", version=v2, base_version=v1)
    changes = revisions(file_bytes(export))
    inserted = [text for kind, _author, _date, text in changes if kind == "ins"]
    deleted = [text for kind, _author, _date, text in changes if kind == "del"]
    assert "specialist " in inserted
    assert ADDED_TEXT in inserted
    assert deleted
    assert all(author and date for _kind, author, date, _text in changes)
    assert "[+" not in docx_text(docx_of(export))


def test_a_diff_as_pdf_shows_insertions_and_deletions_with_text_markers(build):
    v1, v2 = known_versions()
    data = file_bytes(build(kind="diff", format="pdf", version=v2, base_version=v1))
    text = pdf_text(data)
    assert data.startswith(b"%PDF")
    assert "[+specialist +]" in text
    assert "[-" in text
    assert "Moved from 2.2" in text


def test_a_diff_as_html_uses_ins_and_del(build):
    v1, v2 = known_versions()
    html = file_bytes(build(kind="diff", format="html", version=v2, base_version=v1)).decode()
    assert '<ins class="redline-ins">' in html
    assert '<del class="redline-del">' in html


def test_a_diff_as_markdown_strikes_deletions_and_bolds_insertions(build):
    v1, v2 = known_versions()
    text = file_bytes(build(kind="diff", format="md", version=v2, base_version=v1)).decode()
    assert "**specialist**" in text
    assert "~~" in text
    assert f"**{ADDED_TEXT}**" in text
    assert "### 1.1 · Moved from 2.2" in text


# --- asking -------------------------------------------------------------------------------


def test_asking_for_the_same_export_twice_gives_one_export_and_one_build(django_capture_on_commit_callbacks):
    _v1, v2 = known_versions()
    user = member(("NL",))
    with django_capture_on_commit_callbacks(execute=True):
        first, created_first = request_export(user=user, kind="version", format="md", version=v2)
        second, created_second = request_export(user=member(("BE",)), kind="version", format="md", version=v2)
    assert (created_first, created_second) == (True, False)
    assert first.pk == second.pk
    assert Export.objects.count() == 1
    assert OutboxEntry.objects.filter(task_name="recommendations.build_export").count() == 1


def test_an_export_of_a_draft_that_changed_since_is_made_again(editor):
    version = draft("NL", 3, editors=[editor])
    first, _ = request_export(user=editor, kind="version", format="md", version=version)
    clause = version.clauses.in_order().last()
    clause.text = "Changed after the first export."
    clause.save()
    second, created = request_export(user=editor, kind="version", format="md", version=version)
    assert created
    assert second.pk != first.pk


def test_building_an_export_twice_builds_it_once(build):
    _v1, v2 = known_versions()
    export = build(kind="version", format="md", version=v2)
    name = export.file.name
    build_export(export.pk)
    export.refresh_from_db()
    assert export.file.name == name


def test_a_renderer_failure_marks_the_export_failed_and_asking_again_retries(build, monkeypatch):
    _v1, v2 = known_versions()

    def broken(kind, format, content):
        raise RuntimeError("boom")

    monkeypatch.setattr(rendering, "render", broken)
    export = build(kind="version", format="pdf", version=v2)
    assert export.status == Export.Status.FAILED
    assert export.error == "RuntimeError"
    monkeypatch.undo()
    again = build(kind="version", format="pdf", version=v2, user=export.requested_by)
    assert again.pk == export.pk
    assert again.status == Export.Status.DONE
    assert again.attempt == 2


def test_an_unknown_format_is_refused_with_400():
    _v1, v2 = known_versions()
    with pytest.raises(ExportRefused) as refused:
        request_export(user=member(("NL",)), kind="version", format="exe", version=v2)
    assert refused.value.status == 400


def test_a_diff_of_versions_of_two_documents_is_refused_with_400():
    _v1, v2 = known_versions()
    other, _ = known_versions()
    with pytest.raises(ExportRefused) as refused:
        request_export(user=member(("NL",)), kind="diff", format="pdf", version=v2, base_version=other)
    assert refused.value.status == 400
    assert "same document" in refused.value.message


def test_an_export_of_a_draft_is_refused_to_a_member_who_may_not_read_it():
    version = draft("NL", 3)
    with pytest.raises(NotAllowed) as refused:
        request_export(user=member(("NL",)), kind="version", format="pdf", version=version)
    assert refused.value.status == 403


def test_the_pdf_renderer_fetches_nothing_from_the_network():
    fetcher = to_pdf.local_only_url_fetcher()
    with pytest.raises(ValueError, match="disallowed protocol"):
        fetcher("https://example.org/tracker.png")
    with pytest.raises(ValueError, match="disallowed protocol"):
        fetcher("file:///etc/passwd")


# --- the pages -------------------------------------------------------------------------------


def test_the_exports_page_lists_exports_with_their_status_and_a_download_link(client, build):
    _v1, v2 = known_versions()
    export = build(kind="version", format="pdf", version=v2)
    html = client.get(f"/en/recommendations/versions/{v2.pk}/exports/").content.decode()
    assert "Ready" in html
    assert f'href="/en/recommendations/exports/{export.pk}/download/"' in html
    assert "Sign in to ask for a file." in html


def test_the_exports_page_needs_the_same_queries_whatever_the_number_of_exports(
    client, build, django_assert_num_queries
):
    v1, v2 = known_versions()
    build(kind="version", format="pdf", version=v2)
    build(kind="diff", format="md", version=v2, base_version=v1)
    build(kind="diff", format="docx", version=v2, base_version=v1)
    # the version with its document, its editors, the exports
    with django_assert_num_queries(3):
        assert client.get(f"/en/recommendations/versions/{v2.pk}/exports/").status_code == 200


def test_a_member_asks_for_an_export_through_the_form(client, django_capture_on_commit_callbacks):
    v1, v2 = known_versions()
    sign_in(client, member(("NL",)))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/recommendations/versions/{v2.pk}/exports/new/",
            {"kind": "diff", "format": "docx", "base_version": v1.pk},
        )
    assert response.status_code == 302
    export = Export.objects.get()
    assert (export.kind, export.base_version, export.status) == ("diff", v1, Export.Status.DONE)


def test_the_form_refuses_an_unknown_format_with_a_message(client):
    _v1, v2 = known_versions()
    sign_in(client, member(("NL",)))
    response = client.post(f"/en/recommendations/versions/{v2.pk}/exports/new/", {"kind": "version", "format": "exe"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not Export.objects.exists()


def test_the_form_refuses_a_diff_without_a_version_to_compare_with(client):
    _v1, v2 = known_versions()
    sign_in(client, member(("NL",)))
    response = client.post(f"/en/recommendations/versions/{v2.pk}/exports/new/", {"kind": "diff", "format": "pdf"})
    assert response.status_code == 400
    assert "Choose the version to compare with." in response.content.decode()


def test_asking_for_an_export_needs_an_account(client):
    _v1, v2 = known_versions()
    response = client.post(f"/en/recommendations/versions/{v2.pk}/exports/new/", {"kind": "version", "format": "md"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Export.objects.exists()


def test_the_download_is_an_attachment_of_the_right_type_that_browsers_do_not_sniff(client, build):
    _v1, v2 = known_versions()
    export = build(kind="version", format="docx", version=v2)
    response = client.get(f"/en/recommendations/exports/{export.pk}/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == Export.CONTENT_TYPES["docx"]
    assert response["Content-Disposition"].startswith("attachment;")
    assert f'filename="{export.download_name}"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"PK")


def test_the_file_is_stored_outside_the_public_media_folder(build, settings):
    _v1, v2 = known_versions()
    export = build(kind="version", format="md", version=v2)
    assert export.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not export.file.path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError, match="no public URL"):
        export.file.url  # noqa: B018


def test_the_export_of_a_draft_cannot_be_downloaded_by_another_member_or_anonymously(client, build, editor):
    version = draft("NL", 3, editors=[editor])
    export = build(kind="version", format="pdf", version=version, user=editor)
    url = f"/en/recommendations/exports/{export.pk}/download/"
    assert client.get(url).status_code == 302  # to sign-in
    sign_in(client, member(("NL",)))
    assert client.get(url).status_code == 403
    sign_in(client, editor)
    assert client.get(url).status_code == 200


def test_an_unknown_or_unfinished_export_is_not_found(client, editor):
    _v1, v2 = known_versions()
    export, _ = request_export(user=editor, kind="version", format="md", version=v2)  # on_commit not run: queued
    assert client.get(f"/en/recommendations/exports/{export.pk}/download/").status_code == 404
    assert client.get("/en/recommendations/exports/999999/download/").status_code == 404


# --- the consultation report ------------------------------------------------------------------


@pytest.fixture
def consultation(monkeypatch):
    """A round on a published version with feedback from three members: one
    named, one not, and a hidden item; the report comes from report_data."""
    version = draft("NL", 6)
    round = open_round(version)
    DocumentVersion.objects.filter(pk=version.pk).update(status=DocumentVersion.Status.FINAL)
    version.refresh_from_db()
    clauses = list(Clause.objects.filter(version=version).in_order())
    named = member(("NL",), display_name="Amal Haddad", named_in_exports=True)
    anonymous = member(("BE",), display_name="Bram Peeters")
    hidden_author = member(("NL",), display_name="Carla Hidden")
    feedback = {
        clauses[1].pk: [
            FeedbackFactory(round=round, clause=clauses[1], author=anonymous, text="Say which centre."),
            FeedbackFactory(round=round, clause=clauses[1], author=named, text="Add 24/7 availability."),
        ],
        clauses[2].pk: [
            FeedbackFactory(round=round, clause=clauses[2], author=anonymous, text="Second item by Bram."),
            FeedbackFactory(
                round=round, clause=clauses[2], author=hidden_author, text="Hidden words here.",
                visibility=Feedback.Visibility.HIDDEN,
            ),
        ],
    }  # fmt: skip
    held = FeedbackFactory(
        round=round, author=hidden_author, text="Held words here.", visibility=Feedback.Visibility.HELD
    )
    monkeypatch.setattr(content, "consultation_report", lambda r, only_author=None: report_of(r, feedback, [held]))
    return round


@pytest.mark.parametrize("format", ["md", "html", "docx", "pdf"])
def test_report_exports_name_only_those_who_agreed_and_never_show_hidden_or_held_feedback(build, consultation, format):
    export = build(kind="report", format=format, version=consultation.version)
    assert export.status == Export.Status.DONE, export.error
    data = file_bytes(export)
    if format == "docx":
        text = docx_text(Document(io.BytesIO(data)))
    elif format == "pdf":
        text = " ".join(pdf_text(data).split())
    else:
        text = data.decode()
    assert "Amal Haddad" in text
    assert "Bram Peeters" not in text
    assert "Participant 1" in text
    assert "Participant 2" not in text  # Bram is Participant 1 both times; Amal is named
    assert "Social support" in text
    assert "Belgium" in text
    assert "Say which centre." in text
    assert "Hidden words here." not in text
    assert "Held words here." not in text
    assert "Carla Hidden" not in text


def test_report_exports_are_for_editors_until_the_version_is_published(consultation, editor):
    DocumentVersion.objects.filter(pk=consultation.version_id).update(status=DocumentVersion.Status.CLOSED)
    consultation.version.refresh_from_db()
    with pytest.raises(NotAllowed) as refused:
        request_export(user=member(("NL",)), kind="report", format="md", version=consultation.version)
    assert refused.value.status == 403
    _export, created = request_export(user=editor, kind="report", format="md", version=consultation.version)
    assert created


def test_a_report_of_a_version_without_a_round_is_refused(monkeypatch):
    _v1, v2 = known_versions()
    monkeypatch.setattr(content, "consultation_report", lambda r, only_author=None: None)
    with pytest.raises(ExportRefused, match="no consultation round"):
        request_export(user=member(("NL",)), kind="report", format="md", version=v2)


def test_the_report_kind_is_offered_only_when_the_report_module_is_there(monkeypatch):
    monkeypatch.setattr(content, "consultation_report", None)
    assert "report" not in content.available_kinds()
    _v1, v2 = known_versions()
    with pytest.raises(ExportRefused, match="Unknown kind"):
        request_export(user=member(("NL",)), kind="report", format="md", version=v2)


def test_changed_text_in_an_exported_version_appears(build):
    """Guard against exporting the older side of a diff by mistake."""
    _v1, v2 = known_versions()
    assert CHANGED_TEXT in file_bytes(build(kind="version", format="md", version=v2)).decode()
