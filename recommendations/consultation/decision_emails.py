"""Telling members what the editors decided on their feedback: one e-mail
per member, round and day, or one per decision for a member who asked.

A decision writes a DecisionNotice row in its own transaction. For a member
whose DecisionEmailPreference says "at once", the e-mail is scheduled then
and there; for everyone else the hourly beat task
``recommendations.send_decision_digests`` collects, from
RECOMMENDATIONS_DECISION_DIGEST_HOUR (local time) on, each member's pending
notices per round into one e-mail, whose outbox key
``recommendations-decisions-<member>-<round>-<day>`` makes a second run the
same day send nothing. Discreet mode is honoured by consult.notifications
(a neutral subject and body, no parameters).
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from consult.models import OutboxEntry
from consult.notifications import notify_user

from ..models import DecisionEmailPreference, DecisionNotice, Feedback

DIGEST_HOUR = getattr(settings, "RECOMMENDATIONS_DECISION_DIGEST_HOUR", 17)


def wants_each_decision(user):
    return DecisionEmailPreference.objects.filter(user=user, immediately=True).exists()


def set_preference(*, user, immediately):
    """The member's choice: each decision at once, or one e-mail a day per round."""
    preference, _created = DecisionEmailPreference.objects.update_or_create(
        user=user, defaults={"immediately": bool(immediately)}
    )
    return preference


def note_decision(feedback):
    """Record that the author must hear of ``feedback``'s current decision
    (call inside the decision's transaction). Idempotent per revision."""
    notice, created = DecisionNotice.objects.get_or_create(
        feedback=feedback,
        revision=feedback.decision_revision,
        defaults={"round_id": feedback.round_id, "user_id": feedback.author_id},
    )
    if created and wants_each_decision(feedback.author):
        notify_user(
            feedback.author,
            "recommendations_decision",
            key=f"recommendations-decision-{feedback.pk}-{feedback.decision_revision}",
            feedback_id=feedback.pk,
            path=feedback.get_absolute_url(),
            decision=feedback.get_decision_display(),
        )
        DecisionNotice.objects.filter(pk=notice.pk).update(sent_at=timezone.now())
    return notice


def _key(user_id, round_id, day):
    return f"recommendations-decisions-{user_id}-{round_id}-{day.isoformat()}"


def send_decision_digests(now=None):
    """Schedule today's decision e-mails (one per member and round with
    pending notices); returns how many were scheduled. Before the digest
    hour, and for a member and round already e-mailed today, nothing."""
    now = timezone.localtime(now or timezone.now())
    if now.hour < DIGEST_HOUR:
        return 0
    day = now.date()
    pairs = DecisionNotice.objects.filter(sent_at__isnull=True).order_by().values_list("user_id", "round_id").distinct()
    sent = 0
    for user_id, round_id in list(pairs):
        key = _key(user_id, round_id, day)
        if OutboxEntry.objects.filter(dedupe_key=key).exists():
            continue  # this member heard about this round today; the rest goes tomorrow
        with transaction.atomic():
            notices = list(
                DecisionNotice.objects.select_for_update()
                .filter(user_id=user_id, round_id=round_id, sent_at__isnull=True)
                .select_related("user", "round__version__document")
            )
            if not notices:
                continue
            round = notices[0].round
            items = {notice.feedback_id for notice in notices}
            decided = Feedback.objects.filter(pk__in=items).exclude(decision=Feedback.Decision.UNDECIDED).count()
            notify_user(
                notices[0].user,
                "recommendations_decisions",
                key=key,
                path=reverse("recommendations:report", args=[round.pk]) + "?mine=1",
                count=decided,
                document=round.version.document.title,
                version=round.version.number,
            )
            DecisionNotice.objects.filter(pk__in=[n.pk for n in notices]).update(sent_at=now)
            sent += 1
    return sent
