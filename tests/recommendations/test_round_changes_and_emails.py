"""Editors close, extend and re-date rounds; beat's sweep never undoes them;
accepted items are to-dos; decisions freeze once built; decision e-mails
come as one a day per round."""

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from consult.models import AuditLogEntry, Profile
from consult.refusals import Conflict, Refusal
from recommendations.consultation import decision_emails, decisions, rounds
from recommendations.consultation import services as consultation
from recommendations.merging import building, todos
from recommendations.merging.report import consultation_report
from recommendations.models import ConsultationRound, DecisionNotice, DocumentVersion, RoundChange
from tests.consult.factories import member

from .factories import FeedbackFactory, open_round

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _run_on_commit(monkeypatch):
    """The outbox wakes its task on commit; the test's transaction never commits."""
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def _give(round, author, clause_index=1, **fields):
    return FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[clause_index], **fields)


# --- closing, extending, re-dating ------------------------------------------------------------


def test_an_editor_closes_a_round_now_with_a_reason_and_participants_are_told_once(round, editor, author):
    _give(round, author)
    _give(round, author, clause_index=2)

    change = rounds.close_round_now(editor=editor, round=round, reason="The working group finished early.")
    again = rounds.close_round_now(editor=editor, round=round, reason="Twice.")

    round.refresh_from_db()
    assert round.closed_at is not None
    assert not round.is_open()
    assert DocumentVersion.objects.get(pk=round.version_id).status == DocumentVersion.Status.CLOSED
    assert change.kind == RoundChange.Kind.CLOSED
    assert again is None
    assert AuditLogEntry.objects.filter(action="recommendations.round_closed", reason__contains="early").count() == 1
    # logged once, with its country: not a second "Consultation closed" row without one
    assert list(AuditLogEntry.objects.about(round).values_list("action", flat=True)) == ["recommendations.round_closed"]
    assert len(mail.outbox) == 1
    assert "closed" in mail.outbox[0].subject
    assert "The working group finished early." in mail.outbox[0].body


def test_closing_a_round_needs_a_reason(round, editor):
    with pytest.raises(Refusal) as refused:
        rounds.close_round_now(editor=editor, round=round, reason="  ")
    assert refused.value.field == "reason"
    assert ConsultationRound.objects.get(pk=round.pk).closed_at is None


def test_beat_closing_a_round_the_editor_closed_changes_nothing_and_tells_no_one(round, editor, author):
    _give(round, author)
    rounds.close_round_now(editor=editor, round=round, reason="Done early.")
    closed_at = ConsultationRound.objects.get(pk=round.pk).closed_at

    assert consultation.close_due_rounds(now=timezone.now() + timedelta(days=30)) == 0
    assert consultation.close_round(round) is False
    assert ConsultationRound.objects.get(pk=round.pk).closed_at == closed_at
    assert len(mail.outbox) == 1


def test_a_round_extended_after_beat_listed_it_as_due_stays_open(version, editor):
    now = timezone.now()
    round = open_round(version, opens_at=now - timedelta(days=3), closes_at=now + timedelta(seconds=30))
    listed = list(ConsultationRound.objects.due_to_close(now + timedelta(minutes=1)))  # beat's query, a minute on
    rounds.extend_round(editor=editor, round=round, closes_at=now + timedelta(days=7), reason="One more week.")

    # beat goes on with the row it listed: under the lock the round is no longer due
    assert [consultation.close_round(r, now=now + timedelta(minutes=1), only_if_due=True) for r in listed] == [False]
    round.refresh_from_db()
    assert round.closed_at is None
    assert round.is_open(now + timedelta(days=1))


def test_an_extension_only_moves_forward_and_a_closed_round_cannot_change(round, editor):
    with pytest.raises(Refusal) as earlier:
        rounds.extend_round(editor=editor, round=round, closes_at=round.closes_at - timedelta(days=1), reason="x")
    assert earlier.value.field == "closes_at"

    rounds.close_round_now(editor=editor, round=round, reason="Finished.")
    with pytest.raises(rounds.RoundClosed):
        rounds.extend_round(editor=editor, round=round, closes_at=round.closes_at + timedelta(days=9), reason="x")
    with pytest.raises(rounds.RoundClosed):
        rounds.change_round_dates(
            editor=editor,
            round=round,
            opens_at=round.opens_at,
            closes_at=round.closes_at + timedelta(days=1),
            reason="x",
        )


def test_a_round_past_its_closing_time_cannot_be_extended_even_before_beat_marks_it(version, editor):
    now = timezone.now()
    round = open_round(version, opens_at=now - timedelta(days=3), closes_at=now - timedelta(minutes=1))
    with pytest.raises(rounds.RoundClosed):
        rounds.extend_round(editor=editor, round=round, closes_at=now + timedelta(days=3), reason="Too late.")


def test_changing_dates_needs_the_end_after_the_start_and_keeps_an_opened_round_opening(round, editor):
    with pytest.raises(Refusal):
        rounds.change_round_dates(
            editor=editor, round=round, opens_at=round.opens_at, closes_at=round.opens_at, reason="x"
        )
    with pytest.raises(Refusal) as moved:
        rounds.change_round_dates(
            editor=editor,
            round=round,
            opens_at=round.opens_at + timedelta(hours=1),
            closes_at=round.closes_at,
            reason="x",
        )
    assert moved.value.field == "opens_at"
    sooner = round.closes_at - timedelta(days=3)
    change = rounds.change_round_dates(
        editor=editor, round=round, opens_at=round.opens_at, closes_at=sooner, reason="Board meets sooner."
    )
    assert change.kind == RoundChange.Kind.REDATED
    assert ConsultationRound.objects.get(pk=round.pk).closes_at == sooner


def test_a_closed_round_stays_closed_and_a_new_round_opens_on_the_same_version(round, editor):
    rounds.close_round_now(editor=editor, round=round, reason="Finished.")
    now = timezone.now()
    second = rounds.open_new_round(
        editor=editor, version=round.version, opens_at=now, closes_at=now + timedelta(days=7), reason="A second look."
    )

    assert second.pk != round.pk
    assert second.is_open(now + timedelta(minutes=1))
    assert ConsultationRound.objects.get(pk=round.pk).closed_at is not None
    assert round.version.round_or_none == second
    with pytest.raises(Conflict):
        rounds.open_new_round(
            editor=editor, version=round.version, opens_at=now, closes_at=now + timedelta(days=7), reason="Third."
        )


# --- decision e-mails -------------------------------------------------------------------------


def _evening():
    return timezone.make_aware(datetime.combine(timezone.localdate(), datetime.min.time())) + timedelta(hours=20)


def test_a_member_with_fourteen_decisions_gets_one_email(round, editor, author):
    items = [_give(round, author, clause_index=i % 6) for i in range(14)]
    for item in items:
        decisions.decide_feedback(feedback=item, editor=editor, decision="rejected", reason="Outside our remit.")
    assert mail.outbox == []

    assert decision_emails.send_decision_digests(now=_evening()) == 1
    assert decision_emails.send_decision_digests(now=_evening() + timedelta(hours=1)) == 0

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [author.email]
    assert "14" in message.body
    assert f"/rounds/{round.pk}/report/?mine=1" in message.body
    assert items[0].text not in message.body
    assert not DecisionNotice.objects.filter(sent_at__isnull=True).exists()


def test_the_daily_decision_email_is_discreet_for_a_member_who_asked(round, editor, author):
    Profile.objects.filter(user=author).update(discreet_emails=True)
    decisions.decide_feedback(feedback=_give(round, author), editor=editor, decision="accepted")

    decision_emails.send_decision_digests(now=_evening())

    assert len(mail.outbox) == 1
    assert "decided" not in mail.outbox[0].subject.lower()
    assert round.version.document.title not in mail.outbox[0].body


def test_a_member_who_asked_hears_of_each_decision_at_once(round, editor, author):
    decision_emails.set_preference(user=author, immediately=True)
    decisions.decide_feedback(feedback=_give(round, author), editor=editor, decision="accepted")

    assert len(mail.outbox) == 1
    assert decision_emails.send_decision_digests(now=_evening()) == 0


# --- accepted items are to-dos; decisions freeze ------------------------------------------------


@pytest.fixture
def closed_with_accepted_comment(round, editor, author):
    item = _give(round, author, kind="comment", text="Say explicitly that interpreters are free of charge.")
    decisions.decide_feedback(feedback=item, editor=editor, decision="accepted")
    rounds.close_round_now(editor=editor, round=round, reason="Finished.")
    return round, item


def _build(editor, round, **confirm):
    build = building.start_build(editor=editor, round=round, **confirm)
    return building.run_build(build.pk)


def test_an_accepted_comment_is_a_todo_and_the_build_waits_for_it(closed_with_accepted_comment, editor):
    round, item = closed_with_accepted_comment
    from recommendations.merging.plan import merge_plan

    assert [todo.item.pk for todo in todos.open_todos(round, merge_plan(round))] == [item.pk]
    with pytest.raises(building.BuildNeedsConfirmation) as refused:
        building.start_build(editor=editor, round=round)
    assert f"#{item.pk}" in refused.value.message


def test_no_item_is_reported_accepted_next_to_an_unchanged_clause_without_the_editors_reason(
    closed_with_accepted_comment, editor
):
    round, item = closed_with_accepted_comment
    todos.explain_no_change(editor=editor, round=round, feedback=item, text="Clause 4 already says so.")
    _build(editor, round)

    report = consultation_report(round)
    for clause in report.clauses:
        for reported in clause.items:
            if reported.decision in ("accepted", "partly_accepted") and clause.change == "unchanged":
                assert reported.outcome == "explained"
                assert "Clause 4 already says so." in reported.outcome_label


def test_a_build_confirmed_without_an_explanation_says_so_in_the_report(closed_with_accepted_comment, editor):
    round, _item = closed_with_accepted_comment
    _build(editor, round, confirm_open_todos=True)

    [reported] = [i for c in consultation_report(round).clauses for i in c.items]
    assert reported.outcome == "not_carried_out"
    assert "recorded no reason" in reported.outcome_label


def test_undecided_items_need_confirmation_and_the_report_names_them_never_decided(round, editor, author):
    _give(round, author)
    rounds.close_round_now(editor=editor, round=round, reason="Finished.")
    with pytest.raises(building.BuildNeedsConfirmation) as refused:
        building.start_build(editor=editor, round=round)
    assert "never decided" in refused.value.message

    _build(editor, round, confirm_undecided=True)
    [reported] = [i for c in consultation_report(round).clauses for i in c.items]
    assert reported.outcome == "never_decided"


def test_a_decision_cannot_change_once_the_next_version_is_built(closed_with_accepted_comment, editor):
    round, item = closed_with_accepted_comment
    todos.explain_no_change(editor=editor, round=round, feedback=item, text="Already there.")
    version = _build(editor, round)

    with pytest.raises(decisions.DecisionsFrozen) as refused:
        decisions.decide_feedback(feedback=item, editor=editor, decision="rejected", reason="Changed our mind.")
    assert f"Version {version.number}" in refused.value.message
    item.refresh_from_db()
    assert item.decision == "accepted"


def test_an_outsider_cannot_close_a_round(round):
    from consult.refusals import NotAllowed

    with pytest.raises(NotAllowed):
        rounds.close_round_now(editor=member(("NL",)), round=round, reason="Mine now.")


def test_the_workbench_names_every_build_blocker_at_once_in_proper_plurals(
    client, closed_with_accepted_comment, editor, author
):
    """One press of "Build" tells the editor both what is still a to-do and
    what was never decided, not one after the other; "1 accepted item is",
    "2 feedback items were", never "item(s)"."""
    from django.urls import reverse

    from tests.consult.conftest import sign_in

    round, item = closed_with_accepted_comment
    _give(round, author, clause_index=2)
    _give(round, author, clause_index=3)
    sign_in(client, editor)
    page = client.post(reverse("recommendations:build", args=[round.pk]), follow=True).content.decode()
    assert (
        f"1 accepted item is still a to-do: change its clause or record why no change is needed (item #{item.pk})"
        in page
    )
    assert "2 feedback items were never decided." in page
    assert "item(s)" not in page
    assert not building.Build.objects.filter(round=round).exists()

    page = client.post(
        reverse("recommendations:build", args=[round.pk]), {"confirm_open_todos": "on"}, follow=True
    ).content.decode()
    assert "still a to-do" not in page  # confirmed: only what is left is named
    assert "2 feedback items were never decided." in page
