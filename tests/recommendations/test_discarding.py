"""Discarding a built version that is not published yet, to correct the
workbench and build it again: the service, the confirmation page, who may,
what survives, and the query counts."""

from pathlib import Path

import pytest
from django.urls import reverse

from consult.models import AuditLogEntry, CountryRole
from consult.refusals import NotAllowed
from recommendations.drafting import services as drafting
from recommendations.exports.services import request_export
from recommendations.merging import building
from recommendations.merging.digest import refresh_digest
from recommendations.merging.workbench import resolve_clause
from recommendations.models import (
    Build,
    Clause,
    ClauseChange,
    ClauseResolution,
    DocumentVersion,
    Export,
    Feedback,
    RoundDigest,
)
from tests.consult.factories import administrator, member, staff

from .merging_fixtures import TAIL, known_round
from .test_merge_views import closed_round_with

pytestmark = pytest.mark.django_db

TYPO = "Staff refer the persn at once."
CORRECTED = "Staff refer the person at once."
REASON = "Clause 1.2 has a typo."

# User with profile (one query; it, the session, roles and MFA standing come from the cache
# once warm); the round (+ editors); the build with its version; is there a later version.
DISCARD_PAGE_QUERIES = 6
# The page's 7; a savepoint; the round, the build, the version and the draft's export files,
# each locked, and the later-version check again; the build with its ClauseChange rows and
# their feedback links (4); the version with its clauses and what points at them (Django's
# collector: one query per relation, not per clause, country variants' relations included);
# the audit entry; the release.
DISCARD_QUERIES = 39


@pytest.fixture
def known(round):
    return known_round(round)


def url(name, *args):
    return reverse(f"recommendations:{name}", args=args)


def resolve_clause_2(known, editor, text):
    resolve_clause(
        editor=editor, round=known.round, clause_key=known.clauses[2].key, text=text, chosen_ids=[known.rival_a.pk]
    )


def build_now(editor, round, capture):
    with capture(execute=True):
        build = building.start_build(editor=editor, round=round, confirm_open_todos=True, confirm_undecided=True)
    build.refresh_from_db()
    return build


@pytest.fixture
def built(known, editor, django_capture_on_commit_callbacks):
    """The known round built into version 2, with a typo in clause 1.2."""
    resolve_clause_2(known, editor, TYPO)
    return build_now(editor, known.round, django_capture_on_commit_callbacks)


def texts(version):
    return [c.text for c in version.clauses.in_order()]


def nothing_discarded(built):
    version = built.result_version
    assert Build.objects.filter(pk=built.pk, result_version=version).exists()
    assert Clause.objects.filter(version=version).count() == 6
    assert ClauseChange.objects.filter(version=version).count() == 6
    assert not AuditLogEntry.objects.filter(action="recommendations.discard_build").exists()


# --- the service ---------------------------------------------------------------------------------


def test_discarding_then_building_again_gives_a_new_version_2_with_the_corrected_text_and_its_provenance(
    known, editor, built, django_capture_on_commit_callbacks
):
    old = built.result_version
    old_clause_ids = list(old.clauses.values_list("pk", flat=True))

    assert building.discard_build(editor=editor, round=known.round, reason=REASON) == 2

    assert not DocumentVersion.objects.filter(pk=old.pk).exists()
    assert not Build.objects.exists()
    assert not Clause.objects.filter(pk__in=old_clause_ids).exists()
    assert not ClauseChange.objects.exists()
    assert not ClauseChange.feedback.through.objects.exists()

    resolve_clause_2(known, editor, CORRECTED)  # the workbench takes resolutions again
    rebuilt = build_now(editor, known.round, django_capture_on_commit_callbacks)

    new = rebuilt.result_version
    assert (new.number, new.status, new.based_on_id) == (2, DocumentVersion.Status.DRAFT, known.round.version.pk)
    assert new.pk != old.pk
    assert texts(new) == [
        "Section 1",
        "Clause text number 1: staff refer the person to a sexual assault centre or a hospital.",
        CORRECTED,
        "Section 2",
        f"Clause text number 4: {TAIL}",
        f"Clause text number 5: {TAIL}",
    ]
    keys = [c.key for c in known.clauses]
    assert [c.key for c in new.clauses.in_order()] == keys
    changes = {c.clause_key: c for c in ClauseChange.objects.filter(build=rebuilt).prefetch_related("feedback")}
    assert {key: (changes[key].change, sorted(f.pk for f in changes[key].feedback.all())) for key in keys} == {
        keys[0]: ("unchanged", []),
        keys[1]: ("changed", [known.span_amendment.pk]),
        keys[2]: ("changed", [known.rival_a.pk]),
        keys[3]: ("unchanged", []),
        keys[4]: ("unchanged", []),
        keys[5]: ("unchanged", []),
    }
    assert all(change.version_id == new.pk for change in changes.values())


def feedback_and_decisions():
    return set(Feedback.objects.values_list("pk", "decision", "decision_reason", "visibility", "endorsement_count"))


def resolutions_of(round):
    return [
        (r.clause_key, r.action, r.resolved_text, sorted(f.pk for f in r.chosen_amendments.all()))
        for r in ClauseResolution.objects.filter(round=round).prefetch_related("chosen_amendments")
    ]


def test_feedback_decisions_resolutions_and_the_digest_survive_a_discard(known, editor, built):
    refresh_digest(known.round)
    feedback_before = feedback_and_decisions()
    digest_hash = RoundDigest.objects.get(round=known.round).content_hash

    building.discard_build(editor=editor, round=known.round, reason=REASON)

    assert feedback_and_decisions() == feedback_before
    assert len(feedback_before) == 9
    assert resolutions_of(known.round) == [(known.clauses[2].key, "text", TYPO, [known.rival_a.pk])]
    assert RoundDigest.objects.get(round=known.round).content_hash == digest_hash
    base = DocumentVersion.objects.get(pk=known.round.version.pk)
    assert (base.status, base.clauses.count()) == (DocumentVersion.Status.CLOSED, 6)


def test_the_discard_is_in_the_audit_log_with_its_reason(known, editor, built):
    building.discard_build(editor=editor, round=known.round, reason=f"  {REASON}  ")

    entry = AuditLogEntry.objects.get(action="recommendations.discard_build")
    assert (entry.actor_id, entry.reason, entry.country.code) == (editor.pk, REASON, "NL")
    assert entry.target_id == str(known.round.pk)


@pytest.mark.parametrize("status", ["final", "consultation"])
def test_a_published_version_is_never_discarded(known, editor, built, status):
    DocumentVersion.objects.filter(pk=built.result_version_id).update(status=status, frozen_at=built.finished_at)

    with pytest.raises(building.BuildRefused, match="already published"):
        building.discard_build(editor=editor, round=known.round, reason=REASON)

    nothing_discarded(built)


def test_the_second_discard_is_told_there_is_nothing_left_to_discard(known, editor, built):
    building.discard_build(editor=editor, round=known.round, reason=REASON)
    other = staff(CountryRole.Role.EDITOR, "NL")

    with pytest.raises(building.BuildRefused, match="There is no built version to discard"):
        building.discard_build(editor=other, round=known.round, reason="Me too.")

    assert AuditLogEntry.objects.filter(action="recommendations.discard_build").count() == 1


def test_a_build_still_running_cannot_be_discarded(known, editor):
    resolve_clause_2(known, editor, TYPO)
    building.start_build(
        editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True
    )  # pending: the worker has not run

    with pytest.raises(building.BuildRefused, match="There is no built version to discard"):
        building.discard_build(editor=editor, round=known.round, reason=REASON)

    assert Build.objects.get().status == Build.Status.PENDING


def test_a_member_cannot_discard(known, built, author):
    with pytest.raises(NotAllowed):
        building.discard_build(editor=author, round=known.round, reason=REASON)

    nothing_discarded(built)


def test_an_editor_still_editing_the_discarded_draft_is_told_and_nothing_fails(known, editor, built):
    clause = built.result_version.clauses.in_order()[2]  # the page the other editor has open
    building.discard_build(editor=editor, round=known.round, reason=REASON)

    with pytest.raises(drafting.StaleDecision, match="discarded this version a moment ago"):
        drafting.update_clause(editor=editor, clause=clause, text=CORRECTED)


def test_exports_of_the_discarded_draft_go_with_their_files(known, editor, built, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export, _created = request_export(user=editor, kind="version", format="md", version=built.result_version)
    export.refresh_from_db()
    assert export.status == Export.Status.DONE
    path = Path(export.file.path)
    assert path.exists()

    with django_capture_on_commit_callbacks(execute=True):
        building.discard_build(editor=editor, round=known.round, reason=REASON)

    assert not Export.objects.filter(pk=export.pk).exists()
    assert not path.exists()


# --- the pages -----------------------------------------------------------------------------------


def test_the_build_page_and_the_version_page_offer_to_discard_a_built_draft(client, signed_in, known, editor, built):
    signed_in(editor)
    discard = url("discard_build", known.round.pk)

    build_page = client.get(url("build", known.round.pk)).content.decode()
    version_page = client.get(built.result_version.get_absolute_url()).content.decode()

    assert "Found a mistake in the built version?" in build_page
    assert f'href="{discard}"' in build_page
    assert f'href="{discard}"' in version_page


def test_a_published_version_offers_no_discard(client, signed_in, known, editor, built):
    building.publish_version(editor=editor, version=built.result_version, status="final")
    signed_in(editor)
    discard = url("discard_build", known.round.pk)

    assert f'href="{discard}"' not in client.get(url("build", known.round.pk)).content.decode()
    assert f'href="{discard}"' not in client.get(built.result_version.get_absolute_url()).content.decode()


def test_the_confirmation_page_explains_and_asks_why_and_a_get_discards_nothing(client, signed_in, known, editor,
                                                                                built):  # fmt: skip
    signed_in(editor)

    response = client.get(url("discard_build", known.round.pk))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Discard version 2?" in html
    assert "Your resolutions in the merge workbench, exactly as you left them." in html
    assert '<label for="id_reason">Why are you discarding this build?</label>' in html
    assert 'name="csrfmiddlewaretoken"' in html
    nothing_discarded(built)


def test_an_editor_discards_and_returns_to_the_workbench_with_the_resolutions_as_they_were(
    client, signed_in, known, editor, built
):
    signed_in(editor)

    response = client.post(url("discard_build", known.round.pk), {"reason": REASON}, follow=True)

    html = response.content.decode()
    assert response.redirect_chain[-1][0] == url("merge", known.round.pk)
    assert "Version 2 was discarded." in html
    assert "resolutions can no longer change" not in html
    assert TYPO in html  # the resolution, as the editor left it
    assert not DocumentVersion.objects.filter(number=2).exists()
    assert AuditLogEntry.objects.get(action="recommendations.discard_build").reason == REASON


def test_building_again_from_the_page_after_a_discard_works(
    client, signed_in, known, editor, built, django_capture_on_commit_callbacks
):
    signed_in(editor)
    client.post(url("discard_build", known.round.pk), {"reason": REASON})

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("build", known.round.pk), {"confirm_open_todos": "on", "confirm_undecided": "on"}, follow=True
        )

    assert "The build has started." in response.content.decode()
    assert Build.objects.get(round=known.round).result_version.number == 2


@pytest.mark.parametrize("data", [{}, {"reason": "   "}], ids=["no reason", "blank reason"])
def test_a_missing_reason_is_a_form_error_and_discards_nothing(client, signed_in, known, editor, built, data):
    signed_in(editor)

    response = client.post(url("discard_build", known.round.pk), data)

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    nothing_discarded(built)


def test_discarding_a_published_version_is_refused_in_the_page_and_deletes_nothing(
    client, signed_in, known, editor, built
):
    building.publish_version(editor=editor, version=built.result_version, status="final")
    signed_in(editor)

    response = client.post(url("discard_build", known.round.pk), {"reason": REASON})

    html = response.content.decode()
    assert response.status_code == 409
    assert "Version 2 is already published (final), so it cannot be discarded." in html
    assert "<form" not in html.split('role="alert"')[1]  # no form to try again
    nothing_discarded(built)


@pytest.mark.parametrize(
    ("role", "expected"),
    [("public", 302), ("member", 403), ("moderator", 403), ("editor_elsewhere", 403)],
)
def test_only_editors_of_the_document_may_discard(client, known, built, role, expected):
    users = {
        "member": lambda: member(("NL",)),
        "moderator": lambda: staff(CountryRole.Role.MODERATOR, "NL"),
        "editor_elsewhere": lambda: staff(CountryRole.Role.EDITOR, "BE"),
    }
    if role in users:
        client.force_login(users[role]())

    assert client.get(url("discard_build", known.round.pk)).status_code == expected
    assert client.post(url("discard_build", known.round.pk), {"reason": REASON}).status_code == expected
    nothing_discarded(built)


def test_an_administrator_may_discard(client, known, built):
    client.force_login(administrator())

    response = client.post(url("discard_build", known.round.pk), {"reason": REASON})

    assert response.status_code == 302
    assert not Build.objects.exists()


def test_a_discard_without_the_csrf_token_is_refused(client, signed_in, known, editor, built):
    client.handler.enforce_csrf_checks = True
    signed_in(editor)

    response = client.post(url("discard_build", known.round.pk), {"reason": REASON})

    assert response.status_code == 403
    nothing_discarded(built)


# --- query counts ------------------------------------------------------------------------------------


def built_round_with(clauses, author, editor, capture):
    round = closed_round_with(clauses, author)
    round.refresh_from_db()
    return build_now(editor, round, capture)


@pytest.mark.parametrize("clauses", [6, 60])
def test_the_confirmation_page_takes_the_same_queries_for_any_number_of_clauses(
    client, signed_in, editor, author, clauses, django_capture_on_commit_callbacks, django_assert_num_queries
):
    build = built_round_with(clauses, author, editor, django_capture_on_commit_callbacks)
    signed_in(editor)

    with django_assert_num_queries(DISCARD_PAGE_QUERIES):
        assert client.get(url("discard_build", build.round_id)).status_code == 200


@pytest.mark.parametrize("clauses", [6, 60])
def test_discarding_takes_the_same_queries_for_any_number_of_clauses(
    client, signed_in, editor, author, clauses, django_capture_on_commit_callbacks, django_assert_num_queries
):
    build = built_round_with(clauses, author, editor, django_capture_on_commit_callbacks)
    signed_in(editor)

    with django_assert_num_queries(DISCARD_QUERIES):
        assert client.post(url("discard_build", build.round_id), {"reason": REASON}).status_code == 302
    assert not DocumentVersion.objects.filter(pk=build.result_version_id).exists()
