"""Pages of the merge: workbench, resolving a clause, the build and its
progress, publishing; permissions per role and pinned query counts."""

import pytest
from django.urls import reverse

from consult.models import CountryRole
from recommendations.merging import building
from recommendations.merging.workbench import resolve_clause
from recommendations.models import Build, ClauseResolution, DocumentVersion
from tests.consult.factories import administrator, member, staff

from .factories import FeedbackFactory, add_clauses, draft, open_round
from .merging_fixtures import known_round

CONFIRMED = {"confirm_open_todos": "on", "confirm_undecided": "on"}

pytestmark = pytest.mark.django_db

# User with profile (one query; session, roles and MFA standing cached); the round (+ editors); the
# merge plan (clauses, accepted feedback, resolutions, their chosen feedback); the build.
WORKBENCH_QUERIES = 10  # with the to-do list and the undecided count; the roles come from the cache warmed at sign-in
# User with profile (one query; session, roles and MFA standing cached); the round (+ editors); the
# report (clauses, build, feedback with authors and countries).
REPORT_QUERIES = 8


@pytest.fixture
def known(round):
    return known_round(round)


def url(name, *args):
    return reverse(f"recommendations:{name}", args=args)


def resolve_all(known, editor):
    resolve_clause(
        editor=editor,
        round=known.round,
        clause_key=known.clauses[2].key,
        text="Staff refer the person at once.",
        chosen_ids=[known.rival_a.pk],
    )


def test_the_workbench_shows_base_text_amendments_conflicts_and_the_preview(client, signed_in, known, editor):
    signed_in(editor)

    response = client.get(url("merge", known.round.pk))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Conflict: needs your resolution" in html
    assert "2 amendments were accepted on this clause" in html
    assert f"Amendment #{known.span_amendment.pk} applies by itself" in html
    assert '<ins class="redline-ins">' in html  # the word-level preview
    assert "SECRET hidden text." not in html


def test_an_editor_resolves_a_conflict_with_the_edit_box(client, signed_in, known, editor):
    signed_in(editor)

    response = client.post(
        url("merge_clause", known.round.pk, known.clauses[2].key),
        {"action": "resolve", "resolved_text": "Combined text.", "chosen_amendments": [known.rival_a.pk,
                                                                                       known.rival_b.pk]},
    )  # fmt: skip

    assert response.status_code == 302
    resolution = ClauseResolution.objects.get(round=known.round, clause_key=known.clauses[2].key)
    assert resolution.resolved_text == "Combined text."
    assert set(resolution.chosen_amendments.values_list("pk", flat=True)) == {known.rival_a.pk, known.rival_b.pk}
    assert resolution.resolved_by == editor


def test_an_empty_resolution_is_a_form_error_and_keeps_nothing(client, signed_in, known, editor):
    signed_in(editor)

    response = client.post(url("merge_clause", known.round.pk, known.clauses[2].key),
                           {"action": "resolve", "resolved_text": "  "})  # fmt: skip

    assert response.status_code == 400
    assert "Write the text the clause should have" in response.content.decode()
    assert not ClauseResolution.objects.exists()


def test_naming_feedback_that_was_not_accepted_is_refused_in_the_form(client, signed_in, known, editor):
    signed_in(editor)

    response = client.post(
        url("merge_clause", known.round.pk, known.clauses[4].key),
        {"action": "resolve", "resolved_text": "New.", "chosen_amendments": [known.rejected.pk]},
    )

    assert response.status_code == 400
    assert not ClauseResolution.objects.exists()


def test_an_editor_adds_a_clause_after_another(client, signed_in, known, editor):
    signed_in(editor)

    response = client.post(
        url("merge_clause", known.round.pk, known.clauses[4].key),
        {"action": "add", "kind": "paragraph", "level": 1, "text": "A new clause."},
    )

    assert response.status_code == 302
    added = ClauseResolution.objects.get(action="add")
    assert added.after_key == known.clauses[4].key


def test_building_with_a_conflict_left_sends_the_editor_back_with_the_reason(client, signed_in, known, editor):
    signed_in(editor)

    response = client.post(url("build", known.round.pk), CONFIRMED, follow=True)

    assert response.redirect_chain[-1][0] == url("merge", known.round.pk)
    assert "Resolve the conflicts first" in response.content.decode()
    assert not Build.objects.exists()


def test_building_an_open_round_is_refused_with_a_message(client, signed_in, round, editor):
    signed_in(editor)

    response = client.post(url("build", round.pk), CONFIRMED, follow=True)

    assert response.status_code == 200
    assert "still open" in response.content.decode()
    assert not Build.objects.exists()


def test_building_an_open_round_names_the_open_round_and_every_other_blocker_on_one_page(
    client, signed_in, round, editor
):
    known_round(round, close=False)
    signed_in(editor)

    response = client.post(url("build", round.pk), follow=True)

    page = response.content.decode()
    assert response.redirect_chain[-1][0] == url("merge", round.pk)
    assert "still open (it closes on" in page
    assert "Resolve the conflicts first: 1 clause needs your decision" in page
    assert "1 feedback item was never decided." in page
    assert not Build.objects.exists()


def test_an_editor_builds_and_sees_the_result(client, signed_in, known, editor, django_capture_on_commit_callbacks):
    resolve_all(known, editor)
    signed_in(editor)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("build", known.round.pk), CONFIRMED)
    response = client.get(url("build", known.round.pk))

    html = response.content.decode()
    assert "Version 2 was built as a draft." in html
    assert 'http-equiv="refresh"' not in html  # finished: no more refreshing


def test_the_second_editor_starting_a_build_is_told_and_nothing_new_starts(client, signed_in, known, editor):
    resolve_all(known, editor)
    building.start_build(
        editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True
    )  # pending: the worker has not run yet
    other = staff(CountryRole.Role.EDITOR, "NL")
    signed_in(other)

    response = client.post(url("build", known.round.pk), CONFIRMED, follow=True)

    html = response.content.decode()
    assert "already started building the next version" in html
    assert 'http-equiv="refresh"' in html  # the progress page refreshes itself
    assert Build.objects.count() == 1


def test_the_build_status_is_json_for_editors_and_a_json_403_for_members(client, signed_in, known, editor):
    resolve_all(known, editor)
    building.start_build(editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True)
    signed_in(editor)

    data = client.get(url("build_status", known.round.pk)).json()
    assert (data["status"], data["progress"], data["finished"]) == ("pending", 0, False)

    signed_in(member(("NL",)))
    response = client.get(url("build_status", known.round.pk))
    assert response.status_code == 403
    assert "detail" in response.json()


def test_publishing_a_version_that_was_not_built_says_so(client, signed_in, version, editor):
    signed_in(editor)

    response = client.post(url("publish", version.pk), {"status": "final"})

    assert response.status_code == 409
    assert "Only a version built from a consultation" in response.content.decode()
    version.refresh_from_db()
    assert version.status == DocumentVersion.Status.DRAFT


def test_a_consultation_without_times_is_a_form_error(
    client, signed_in, known, editor, django_capture_on_commit_callbacks
):
    resolve_all(known, editor)
    with django_capture_on_commit_callbacks(execute=True):
        build = building.start_build(editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True)
    build.refresh_from_db()
    signed_in(editor)

    response = client.post(url("publish", build.result_version.pk), {"status": "consultation", "opens_at": ""})

    assert response.status_code == 400
    assert "A consultation needs this time." in response.content.decode()


def test_the_document_page_shows_the_current_version_with_links_to_earlier_ones(
    client, known, editor, django_capture_on_commit_callbacks
):
    resolve_all(known, editor)
    with django_capture_on_commit_callbacks(execute=True):
        build = building.start_build(editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True)
    build.refresh_from_db()
    building.publish_version(editor=editor, version=build.result_version, status="final")

    response = client.get(url("document", known.round.version.document_id), follow=True)

    html = response.content.decode()
    assert response.redirect_chain[-1][0] == build.result_version.get_absolute_url()
    assert f'href="{known.round.version.get_absolute_url()}"' in html
    old = client.get(known.round.version.get_absolute_url()).content.decode()
    assert "This is not the current version." in old


# --- permissions per role -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),
    [("public", 302), ("member", 403), ("moderator", 403), ("editor_elsewhere", 403), ("editor", 200),
     ("administrator", 200)],
)  # fmt: skip
@pytest.mark.parametrize("page", ["merge", "digest", "build"])
def test_only_editors_of_the_document_merge_build_and_read_the_digest(client, known, editor, role, expected, page):
    users = {
        "member": lambda: member(("NL",)),
        "moderator": lambda: staff(CountryRole.Role.MODERATOR, "NL"),
        "editor_elsewhere": lambda: staff(CountryRole.Role.EDITOR, "BE"),
        "editor": lambda: editor,
        "administrator": administrator,
    }
    if role in users:
        client.force_login(users[role]())

    assert client.get(url(page, known.round.pk)).status_code == expected


@pytest.mark.parametrize(
    ("role", "published", "expected"),
    [("public", False, 302), ("public", True, 200), ("member", False, 200), ("pending", False, 403),
     ("editor", False, 200)],
)  # fmt: skip
def test_who_reads_the_report(client, known, editor, role, published, expected):
    from consult.models import Profile

    if published:
        DocumentVersion.objects.filter(pk=known.round.version.pk).update(status="superseded")
    users = {"member": lambda: member(("BE",)), "editor": lambda: editor,
             "pending": lambda: member(("NL",), status=Profile.Status.PENDING)}  # fmt: skip
    if role in users:
        client.force_login(users[role]())

    assert client.get(url("report", known.round.pk)).status_code == expected


def test_a_member_cannot_resolve_a_clause(client, known, author):
    client.force_login(author)

    response = client.post(url("merge_clause", known.round.pk, known.clauses[2].key),
                           {"action": "resolve", "resolved_text": "Mine."})  # fmt: skip

    assert response.status_code == 403
    assert not ClauseResolution.objects.exists()


# --- query counts -----------------------------------------------------------------------------------


def closed_round_with(clauses, author):
    version = draft("NL", 0)
    add_clauses(version, clauses)
    round = open_round(version)
    for clause in version.clauses.in_order()[1::3]:
        FeedbackFactory(round=round, author=author, clause=clause, kind="amendment", proposed_text="New text.",
                        decision="accepted")  # fmt: skip
        FeedbackFactory(round=round, author=author, clause=clause, kind="comment", decision="rejected",
                        decision_reason="No.")  # fmt: skip
    from recommendations.consultation.services import close_round

    close_round(round)
    return round


@pytest.mark.parametrize("clauses", [6, 60])
def test_the_workbench_takes_the_same_queries_for_any_number_of_clauses(
    client, signed_in, editor, author, clauses, django_assert_num_queries
):
    round = closed_round_with(clauses, author)
    signed_in(editor)

    with django_assert_num_queries(WORKBENCH_QUERIES):
        assert client.get(url("merge", round.pk)).status_code == 200


@pytest.mark.parametrize("clauses", [6, 60])
def test_the_report_takes_the_same_queries_for_any_number_of_clauses(
    client, signed_in, editor, author, clauses, django_assert_num_queries
):
    round = closed_round_with(clauses, author)
    signed_in(author)

    with django_assert_num_queries(REPORT_QUERIES):
        assert client.get(url("report", round.pk)).status_code == 200
