"""Appeals: the internal complaint handling against one decision.

The person a statement of reasons is addressed to appeals within
MODERATION_APPEAL_WINDOW_DAYS (six months), once per decision, with a
statement of their own. Another moderator of the country decides, never the
one who took the decision (an administrator, where the country has no
other moderator). A moderator may ask one question and the appellant may
reply once before the decision: a short dialogue, not a form. Reversing
restores the content where it was (same row, same place in its thread),
ends a suspension or reopens a refused membership; the appellant reads the
outcome with its reasons. An appeal waiting longer than
MODERATION_APPEAL_DECISION_DAYS is escalated to the administrators
(``escalate_overdue``, run daily by beat).

Two moderators deciding at once: the appeal row is locked, the first
decision wins and the second is refused with who decided and how.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .. import audit
from ..models import Appeal, Profile, ReviewItem, StatementOfReasons
from ..notifications import notify_user
from ..predicates import is_administrator, is_moderator_of
from ..refusals import Conflict, NotAllowed, Refusal
from .services import administrators, appeal_decider_refusal, appeal_reviewers, apply_decision
from .statements import Restriction

Outcome = Appeal.State


def reviewers_of(appeal_or_statement):
    """Who may decide: the country's moderators but the decider and the
    appellant; the administrators where that leaves no one."""
    statement = getattr(appeal_or_statement, "statement", appeal_or_statement)
    return appeal_reviewers(statement.country_id, excluded_ids={statement.decided_by_id, statement.user_id})


def _decider_refusal(user, appeal):
    statement = appeal.statement
    return appeal_decider_refusal(
        user, appeal, decided_by_id=statement.decided_by_id, appellant_ids=(appeal.appellant_id, statement.user_id)
    )


def may_decide(user, appeal):
    """Whether ``user`` may decide (or question) ``appeal``."""
    return _decider_refusal(user, appeal) is None


def may_read(user, appeal):
    return user.pk == appeal.appellant_id or is_administrator(user) or bool(is_moderator_of(user, appeal))


def _require_decider(user, appeal):
    refusal = _decider_refusal(user, appeal)
    if refusal is not None:
        raise refusal


def _clean(text, field, message, limit=4000):
    text = (text or "").strip()
    if not text:
        raise Refusal(message, field=field)
    if len(text) > limit:
        raise Refusal(_("Keep it under %(limit)d characters.") % {"limit": limit}, field=field)
    return text


def file_appeal(statement, *, user, text, now=None):
    """Appeal the decision of ``statement``; return the new Appeal.

    Refused (with a message that says why): someone else's decision, a hold
    that a moderator decides anyway, a decision already lifted, past the
    deadline, or a second appeal of the same decision.
    """
    now = now or timezone.now()
    if statement.user_id != user.pk:
        raise NotAllowed(_("Only the person this decision concerns can appeal it."))
    text = _clean(text, "text", _("Say why the decision should change."))
    with transaction.atomic():
        statement = StatementOfReasons.objects.select_for_update().get(pk=statement.pk)
        if Appeal.objects.filter(statement=statement).exists():
            raise Conflict(_("You have already appealed this decision; each decision can be appealed once."))
        if statement.restriction == Restriction.CONTENT_HELD:
            raise Refusal(_("A held contribution waits for a moderator's decision: there is nothing to appeal yet."))
        if statement.state != StatementOfReasons.State.IN_FORCE:
            raise Conflict(_("This decision is no longer in force: there is nothing to appeal."))
        if now > statement.appeal_deadline:
            raise Conflict(
                _("The time to appeal this decision ended on %(date)s.")
                % {"date": formats.date_format(statement.appeal_deadline, "DATE_FORMAT")}
            )
        try:
            with transaction.atomic():
                appeal = Appeal.objects.create(
                    statement=statement, appellant=user, country_id=statement.country_id, text=text, created_at=now
                )
        except IntegrityError:  # a second request in between
            raise Conflict(_("You have already appealed this decision; each decision can be appealed once.")) from None
        audit.record(actor=user, action="moderation.appeal_filed", target=appeal, country=statement.country)
        for reviewer in reviewers_of(statement):
            notify_user(
                reviewer,
                "moderation_appeal_received",
                key=f"appeal-received:{appeal.pk}:{reviewer.pk}",
                appeal_id=appeal.pk,
            )
    return appeal


def ask_appellant(appeal, *, moderator, text):
    """A moderator who may decide asks the appellant one question."""
    _require_decider(moderator, appeal)
    text = _clean(text, "question", _("Write your question."), limit=2000)
    with transaction.atomic():
        appeal = Appeal.objects.select_for_update().get(pk=appeal.pk)
        if not appeal.is_open:
            raise Conflict(_("This appeal is already decided."))
        if appeal.question:
            raise Conflict(_("The appellant was already asked a question."))
        appeal.question, appeal.asked_by = text, moderator
        appeal.save(update_fields=["question", "asked_by"])
        audit.record(actor=moderator, action="moderation.appeal_question", target=appeal, country=appeal.country)
        if appeal.appellant_id:
            notify_user(
                appeal.appellant, "moderation_appeal_question", key=f"appeal-question:{appeal.pk}", appeal_id=appeal.pk
            )
    return appeal


def reply_to_appeal(appeal, *, user, text, now=None):
    """The appellant's one reply in the appeal's thread, before the decision."""
    if appeal.appellant_id != user.pk:
        raise NotAllowed(_("Only the appellant can reply here."))
    text = _clean(text, "reply", _("Write your reply."))
    with transaction.atomic():
        appeal = Appeal.objects.select_for_update().get(pk=appeal.pk)
        if not appeal.is_open:
            raise Conflict(_("This appeal is already decided; the decision is below."))
        if appeal.replied_at is not None:
            raise Conflict(_("You have already replied once; the moderator will decide with what you wrote."))
        appeal.reply, appeal.replied_at = text, now or timezone.now()
        appeal.save(update_fields=["reply", "replied_at"])
        audit.record(actor=user, action="moderation.appeal_reply", target=appeal, country=appeal.country)
    return appeal


def decide_appeal(appeal, *, moderator, outcome, reasons, now=None):
    """Confirm or reverse the decision, with reasons the appellant reads.

    Returns the appeal; ``appeal.content_gone`` tells whether the content
    was deleted meanwhile (the outcome is recorded all the same and nothing
    is brought back). A second moderator deciding at the same time gets a
    Conflict naming the first decision.
    """
    if outcome not in (Outcome.UPHELD, Outcome.REVERSED):
        raise Refusal(_("Choose whether the decision stands or is reversed."), field="outcome")
    _require_decider(moderator, appeal)
    reasons = _clean(reasons, "reasons", _("Give your reasons: the appellant reads them."), limit=2000)
    now = now or timezone.now()
    with transaction.atomic():
        appeal = Appeal.objects.select_for_update().select_related("statement").get(pk=appeal.pk)
        if not appeal.is_open:
            raise Conflict(
                _("Another moderator decided this appeal first (%(outcome)s); your decision was not recorded.")
                % {"outcome": appeal.get_state_display()}
            )
        appeal.state, appeal.decided_by, appeal.decided_at, appeal.outcome_reasons = outcome, moderator, now, reasons
        appeal.save(update_fields=["state", "decided_by", "decided_at", "outcome_reasons"])
        appeal.content_gone = False
        if outcome == Outcome.REVERSED:
            appeal.content_gone = _reverse(appeal.statement, moderator=moderator, reasons=reasons, now=now)
        audit.record(
            actor=moderator,
            action=f"moderation.appeal_{outcome}",
            target=appeal,
            reason=reasons,
            country=appeal.country,
        )
        if appeal.appellant_id:
            notify_user(
                appeal.appellant, "moderation_appeal_decided", key=f"appeal-decided:{appeal.pk}", appeal_id=appeal.pk
            )
    return appeal


def _reverse(statement, *, moderator, reasons, now):
    """Undo the restriction; return True when its content no longer exists."""
    StatementOfReasons.objects.filter(pk=statement.pk).update(
        state=StatementOfReasons.State.REVERSED, state_changed_at=now
    )
    restriction = statement.restriction
    if restriction in (Restriction.ACCOUNT_SUSPENDED, Restriction.ACCOUNT_REFUSED):
        profile = Profile.objects.select_for_update().filter(user_id=statement.user_id).first()
        expected = Profile.Status.SUSPENDED if restriction == Restriction.ACCOUNT_SUSPENDED else Profile.Status.REJECTED
        if profile is not None and profile.status == expected:
            profile.status, profile.status_reason = Profile.Status.APPROVED, reasons
            profile.status_changed_at, profile.suspended_until = now, None
            profile.save(update_fields=["status", "status_reason", "status_changed_at", "suspended_until"])
        return profile is None
    if restriction == Restriction.ACCOUNT_WARNED:
        return False
    obj = statement.content_object
    if restriction == Restriction.CONTENT_REMOVED:
        if obj is None:
            return True
        apply_decision(obj, "reinstated")  # the removal is undone: same row, same place
        return False
    if obj is None or getattr(obj, "removed_at", None) is not None:
        return True  # deleted by its author meanwhile: it stays deleted
    apply_decision(obj, "restored")
    ReviewItem.objects.filter(pk=statement.review_item_id).exclude(state=ReviewItem.State.PENDING).update(
        state=ReviewItem.State.RESTORED, decided_by=moderator, decided_at=now, decision_note=reasons[:1000]
    )
    return False


def escalate_overdue(now=None):
    """Tell the administrators about open appeals waiting longer than
    MODERATION_APPEAL_DECISION_DAYS; each appeal is escalated once
    (``escalated_at``, and an outbox key per appeal and administrator)."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.MODERATION_APPEAL_DECISION_DAYS)
    escalated = 0
    for appeal_id in Appeal.objects.filter(
        state=Appeal.State.OPEN, escalated_at__isnull=True, created_at__lt=cutoff
    ).values_list("pk", flat=True):
        with transaction.atomic():
            changed = Appeal.objects.filter(pk=appeal_id, escalated_at__isnull=True).update(escalated_at=now)
            if not changed:
                continue
            for admin in administrators():
                notify_user(
                    admin,
                    "moderation_appeal_overdue",
                    key=f"appeal-overdue:{appeal_id}:{admin.pk}",
                    appeal_id=appeal_id,
                )
            escalated += 1
    return escalated
