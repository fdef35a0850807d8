"""Editors' decisions on feedback: reasons, notifications, concurrency, bulk."""

import pytest
from django.core import mail

from consult.models import AuditLogEntry, CountryRole
from consult.refusals import NotAllowed, Refusal
from recommendations.consultation import decisions
from recommendations.models import Feedback
from tests.consult.factories import staff

from .factories import FeedbackFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _run_on_commit(monkeypatch):
    """E-mails leave through the outbox once the transaction commits; the
    test's transaction never commits, so run the callbacks at once."""
    from django.db import transaction

    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


@pytest.fixture(autouse=True)
def _authors_asked_for_each_decision(monkeypatch):
    """These tests are about one decision's e-mail: as for a member who asked
    for each decision at once (the daily e-mail is in test_round_changes_and_emails.py)."""
    from recommendations.consultation import decision_emails

    monkeypatch.setattr(decision_emails, "wants_each_decision", lambda user: True)


@pytest.fixture
def feedback(round, author):
    return FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1])


@pytest.mark.parametrize(
    ("decision", "reason"),
    [
        ("accepted", ""),
        ("partly_accepted", "We kept the time limit but not the wording."),
        ("rejected", "The law sets this procedure."),
        ("out_of_scope", "This concerns asylum procedure, not SGBV response."),
    ],
)
def test_every_decision_is_recorded_with_its_reason_and_the_author_is_notified(feedback, editor, decision, reason):
    decisions.decide_feedback(feedback=feedback, editor=editor, decision=decision, reason=reason)

    feedback.refresh_from_db()
    assert (feedback.decision, feedback.decision_reason, feedback.decided_by) == (decision, reason, editor)
    assert AuditLogEntry.objects.filter(action=f"recommendations.decide_feedback.{decision}").count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [feedback.author.email]
    assert feedback.get_absolute_url() in mail.outbox[0].body
    assert feedback.text not in mail.outbox[0].body


def test_a_duplicate_points_at_the_original(feedback, editor, round, author):
    original = FeedbackFactory(round=round, author=author)

    decisions.decide_feedback(
        feedback=feedback, editor=editor, decision="duplicate", reason="Same as #1", duplicate_of=original
    )

    feedback.refresh_from_db()
    assert feedback.duplicate_of == original


def test_a_duplicate_without_its_original_is_refused(feedback, editor):
    with pytest.raises(Refusal, match="duplicates"):
        decisions.decide_feedback(feedback=feedback, editor=editor, decision="duplicate", reason="Same")


@pytest.mark.parametrize("decision", ["partly_accepted", "rejected", "duplicate", "out_of_scope"])
def test_a_decision_other_than_accept_without_a_reason_is_refused(feedback, editor, decision):
    with pytest.raises(Refusal, match="public reason"):
        decisions.decide_feedback(feedback=feedback, editor=editor, decision=decision, reason="  ")
    feedback.refresh_from_db()
    assert feedback.decision == Feedback.Decision.UNDECIDED
    assert mail.outbox == []


def test_the_second_of_two_editors_deciding_at_once_is_told_and_nothing_is_overwritten(feedback, editor):
    second_editor = staff(CountryRole.Role.EDITOR, "NL")
    seen_by_both = feedback.decision_revision

    decisions.decide_feedback(feedback=feedback, editor=editor, decision="accepted", expected_revision=seen_by_both)
    with pytest.raises(decisions.StaleDecision, match="Another editor decided"):
        decisions.decide_feedback(
            feedback=feedback, editor=second_editor, decision="rejected", reason="No", expected_revision=seen_by_both
        )

    feedback.refresh_from_db()
    assert (feedback.decision, feedback.decided_by) == ("accepted", editor)
    assert len(mail.outbox) == 1


def test_deciding_the_same_way_twice_changes_nothing_and_notifies_once(feedback, editor):
    decisions.decide_feedback(feedback=feedback, editor=editor, decision="rejected", reason="No")
    decisions.decide_feedback(feedback=feedback, editor=editor, decision="rejected", reason="No")

    feedback.refresh_from_db()
    assert feedback.decision_revision == 1
    assert len(mail.outbox) == 1


def test_a_bulk_decision_applies_one_reason_to_every_item(round, author, editor):
    items = [FeedbackFactory(round=round, author=author) for _ in range(3)]

    decisions.decide_in_bulk(items=items, editor=editor, decision="out_of_scope", reason="National law, not SOP.")

    assert set(Feedback.objects.values_list("decision", "decision_reason")) == {
        ("out_of_scope", "National law, not SOP.")
    }
    assert len(mail.outbox) == 3


def test_a_bulk_decision_without_a_reason_decides_nothing(round, author, editor):
    items = [FeedbackFactory(round=round, author=author) for _ in range(3)]

    with pytest.raises(Refusal):
        decisions.decide_in_bulk(items=items, editor=editor, decision="rejected", reason="")
    assert not Feedback.objects.exclude(decision="undecided").exists()


def test_a_discreet_author_gets_a_neutral_email(feedback, editor):
    feedback.author.profile.discreet_emails = True
    feedback.author.profile.save()

    decisions.decide_feedback(feedback=feedback, editor=editor, decision="rejected", reason="Out of our hands")

    assert "decided" not in mail.outbox[0].subject.lower()
    assert "Out of our hands" not in mail.outbox[0].body


def test_an_editor_of_another_country_cannot_decide(feedback):
    with pytest.raises(NotAllowed):
        decisions.decide_feedback(feedback=feedback, editor=staff(CountryRole.Role.EDITOR, "BE"), decision="accepted")


def test_the_notification_task_run_twice_sends_one_email(feedback, editor):
    from consult.models import OutboxEntry
    from consult.tasks import send_email_to_user

    decisions.decide_feedback(feedback=feedback, editor=editor, decision="accepted")
    entry = OutboxEntry.objects.get(task_name="consult.send_email_to_user")
    send_email_to_user(outbox_id=entry.pk)

    assert len(mail.outbox) == 1
