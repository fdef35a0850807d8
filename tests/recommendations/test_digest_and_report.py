"""The digest of a round, the consultation report ("what you said, what we
did") and the history of a clause."""

import pytest

from consult.models import OutboxEntry
from recommendations.merging import building
from recommendations.merging.digest import digest_snapshot, refresh_digest
from recommendations.merging.report import consultation_report
from recommendations.merging.workbench import resolve_clause
from recommendations.models import RoundDigest
from tests.consult.factories import country_for
from tests.forums.factories import ForumFactory, thread_with_posts

from .merging_fixtures import known_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def known(round):
    return known_round(round)


@pytest.fixture
def built(known, editor, django_capture_on_commit_callbacks):
    resolve_clause(
        editor=editor,
        round=known.round,
        clause_key=known.clauses[2].key,
        text="Staff refer the person at once.",
        chosen_ids=[known.rival_a.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        build = building.start_build(editor=editor, round=known.round, confirm_open_todos=True, confirm_undecided=True)
    build.refresh_from_db()
    return build


# --- digest ---------------------------------------------------------------------------------


def test_closing_a_round_schedules_its_digest_through_the_outbox(round, django_capture_on_commit_callbacks):
    from recommendations.consultation.services import close_round

    with django_capture_on_commit_callbacks(execute=True):
        close_round(round)

    assert OutboxEntry.objects.get(task_name="recommendations.build_digest").state == OutboxEntry.State.DONE
    assert RoundDigest.objects.filter(round=round).exists()


def test_the_digest_counts_visible_feedback_by_kind_sector_and_country(known):
    snapshot = digest_snapshot(known.round)

    clause_2 = snapshot["clauses"][2]
    assert clause_2["by_kind"] == {"amendment": 2}
    assert clause_2["by_country"] == {"BE": 1, "NL": 1}
    assert [a["id"] for a in clause_2["amendments"]] == [known.rival_a.pk, known.rival_b.pk]  # most endorsed first
    assert snapshot["clauses"][4]["by_kind"] == {"amendment": 1, "comment": 1}  # the hidden one is not counted
    assert snapshot["document"]["undecided"] == [known.document_comment.pk]
    assert snapshot["totals"]["feedback"] == 7


def test_running_the_digest_again_gives_the_same_snapshot_and_hash(known):
    first = refresh_digest(known.round)
    snapshot, digest_hash = first.snapshot, first.content_hash

    second = refresh_digest(known.round)

    assert RoundDigest.objects.count() == 1
    assert second.snapshot == snapshot
    assert second.content_hash == digest_hash


def test_the_digest_lists_threads_about_a_clause_with_their_activity(known):
    thread = thread_with_posts(3, clause=known.clauses[1], forum=ForumFactory(country=country_for("NL")))

    threads = digest_snapshot(known.round)["clauses"][1]["threads"]

    assert threads == [{"id": thread.pk, "forum_id": thread.forum_id, "title": thread.title, "posts": 3,
                        "last_activity": thread.last_post_at.isoformat()}]  # fmt: skip


def test_the_digest_page_shows_only_threads_in_forums_the_editor_may_read(client, signed_in, known, editor):
    dutch = thread_with_posts(1, clause=known.clauses[1], forum=ForumFactory(country=country_for("NL")),
                              title="Dutch thread on referral")  # fmt: skip
    belgian = thread_with_posts(1, clause=known.clauses[1], forum=ForumFactory(country=country_for("BE")),
                                title="Belgian thread on referral")  # fmt: skip
    refresh_digest(known.round)
    signed_in(editor)

    html = client.get(f"/en/recommendations/rounds/{known.round.pk}/digest/").content.decode()

    assert dutch.title in html
    assert belgian.title not in html


def test_an_editor_asks_for_a_fresh_digest(client, signed_in, known, editor, django_capture_on_commit_callbacks):
    signed_in(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/recommendations/rounds/{known.round.pk}/digest/")

    assert response.status_code == 302
    assert RoundDigest.objects.get(round=known.round).snapshot["totals"]["feedback"] == 7


# --- the report ---------------------------------------------------------------------------------


def test_the_report_lists_every_decision_with_its_reason(known, built):
    report = consultation_report(known.round)

    listed = {item.feedback_id: (item.decision, item.reason) for c in report.clauses for item in c.items}
    listed |= {item.feedback_id: (item.decision, item.reason) for item in report.document_items}
    expected = [known.span_amendment, known.rival_a, known.rival_b, known.rejected, known.accepted_comment,
                known.concern, known.document_comment]  # fmt: skip
    assert listed == {f.pk: (f.decision, f.decision_reason) for f in expected}


def test_the_report_names_each_participants_country_in_the_readers_language(known, built):
    from django.utils import translation

    from recommendations.models import Feedback

    Feedback.objects.filter(pk=known.rejected.pk).update(author_country=country_for("NL"))
    with translation.override("de"):
        report = consultation_report(known.round)
    countries = {item.feedback_id: item.author_country for c in report.clauses for item in c.items}
    assert countries[known.rejected.pk] == "Niederlande"


def test_the_report_never_shows_hidden_or_held_feedback(known, built):
    report = consultation_report(known.round)

    ids = {item.feedback_id for c in report.clauses for item in c.items}
    assert known.hidden_amendment.pk not in ids
    assert known.held.pk not in ids
    assert report.clauses[4].counts == {"amendment": 1, "comment": 1}


def test_the_report_gives_each_clause_its_change_and_new_text(known, built):
    report = consultation_report(known.round)

    assert (report.version_number, report.next_version_number) == (1, 2)
    assert [c.change for c in report.clauses] == ["unchanged", "changed", "changed", "unchanged", "unchanged",
                                                  "unchanged"]  # fmt: skip
    assert report.clauses[2].new_text == "Staff refer the person at once."


def test_the_report_before_a_build_has_no_changes(known):
    report = consultation_report(known.round)

    assert report.next_version_number is None
    assert {(c.change, c.new_text) for c in report.clauses} == {("", None)}


def test_the_report_for_one_member_has_only_their_items(known, built):
    author = known.rival_a.author

    report = consultation_report(known.round, only_author=author)

    assert {i.author_id for c in report.clauses for i in c.items} | {i.author_id for i in report.document_items} == {
        author.pk
    }


def test_a_member_sees_their_own_feedback_and_what_became_of_it(client, signed_in, known, built):
    signed_in(known.rival_b.author)

    html = client.get(f"/en/recommendations/rounds/{known.round.pk}/report/?mine=1").content.decode()

    assert "Staff refer the person within a day." in html  # their amendment
    assert "accepted in part" in html
    assert "Reason given in public." in html
    assert "Mention interpreters." not in html  # someone else's


def test_the_report_page_shows_the_redline_of_a_changed_clause(client, signed_in, known, built, author):
    signed_in(author)

    html = client.get(f"/en/recommendations/rounds/{known.round.pk}/report/").content.decode()

    assert '<ins class="redline-ins">' in html
    assert "SECRET hidden text." not in html
    assert "HELD text" not in html


def test_the_public_reads_the_report_only_once_the_version_is_published(client, known, built, editor):
    url = f"/en/recommendations/rounds/{known.round.pk}/report/"
    assert client.get(url).status_code == 302  # to sign in

    building.publish_version(editor=editor, version=built.result_version, status="final")

    response = client.get(url)
    assert response.status_code == 200
    assert known.rival_a.author.profile.public_name not in response.content.decode()  # sector and country only


# --- history -------------------------------------------------------------------------------------


def test_the_history_of_a_clause_links_each_change_to_its_feedback(client, signed_in, known, built, author, editor):
    building.publish_version(editor=editor, version=built.result_version, status="final")
    signed_in(author)
    key = known.clauses[1].key

    response = client.get(f"/en/recommendations/{known.round.version.document_id}/clauses/{key}/history/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Version 1" in html
    assert "Version 2" in html
    assert known.span_amendment.get_absolute_url() in html
    assert '<ins class="redline-ins">' in html


def test_the_history_shows_only_versions_the_visitor_may_read(client, known, built):
    key = known.clauses[1].key

    response = client.get(f"/en/recommendations/{known.round.version.document_id}/clauses/{key}/history/")

    html = response.content.decode()
    assert "Version 1" in html  # in consultation (closed), public
    assert "Version 2" not in html  # a draft
    assert known.span_amendment.get_absolute_url() not in html  # feedback is for members until published
