"""The editors' decisions on feedback: one item, or several with one reason.

Each decision has a public reason (except a plain accept), is refused when
another editor decided the item meanwhile (StaleDecision), is written to the
audit log and tells the author.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from consult.audit import record
from consult.notifications import notify_user
from consult.refusals import Refusal, require

from ..drafting.services import StaleDecision
from ..models import Feedback


def decide_feedback(*, feedback, editor, decision, reason="", duplicate_of=None, expected_revision=None):
    """Record an editor's decision on one feedback item and tell its author.

    ``expected_revision`` is the item's ``decision_revision`` when the editor
    loaded it: if someone decided in between, StaleDecision is raised and
    nothing is overwritten. Deciding the same way again changes nothing.
    """
    require(editor, "recommendations.decide_feedback", feedback)
    reason = (reason or "").strip()
    if decision not in Feedback.Decision.values or decision == Feedback.Decision.UNDECIDED:
        raise Refusal(_("Choose a decision."), field="decision")
    if decision not in Feedback.DECISIONS_WITHOUT_REASON and not reason:
        raise Refusal(_("Give the public reason for this decision."), field="reason")
    if len(reason) > Feedback.MAX_LENGTH:
        raise Refusal(_("The reason is too long."), field="reason")
    if decision == Feedback.Decision.DUPLICATE:
        if duplicate_of is None:
            raise Refusal(_("Say which feedback item this one duplicates."), field="duplicate_of")
        if duplicate_of.pk == feedback.pk or duplicate_of.round_id != feedback.round_id:
            raise Refusal(_("Choose another item of the same consultation."), field="duplicate_of")
    else:
        duplicate_of = None
    with transaction.atomic():
        current = Feedback.objects.select_for_update().get(pk=feedback.pk)
        if expected_revision is not None and current.decision_revision != int(expected_revision):
            raise StaleDecision(
                _(
                    "Another editor decided on this item (now: %(decision)s) while you were looking at it. "
                    "Nothing was changed; check their decision and decide again if needed."
                )
                % {"decision": current.get_decision_display()}
            )
        if (
            current.decision == decision
            and current.decision_reason == reason
            and current.duplicate_of_id == (duplicate_of.pk if duplicate_of else None)
        ):
            return current
        if current.visibility != Feedback.Visibility.VISIBLE:
            raise Refusal(_("Feedback waiting for or hidden by a moderator cannot be decided."))
        updated = Feedback.objects.filter(pk=current.pk, decision_revision=current.decision_revision).update(
            decision=decision,
            decision_reason=reason,
            duplicate_of=duplicate_of,
            decided_by=editor,
            decided_at=timezone.now(),
            decision_revision=F("decision_revision") + 1,
        )
        if not updated:  # pragma: no cover - the row lock makes this unreachable
            raise StaleDecision(_("Another editor decided on this item at the same time."))
        current.refresh_from_db()
        record(
            actor=editor,
            action=f"recommendations.decide_feedback.{decision}",
            target=current,
            reason=reason,
            country=current.author_country,
        )
        _notify_author_of_decision(current)
    return current


def _notify_author_of_decision(feedback):
    notify_user(
        feedback.author,
        "recommendations_decision",
        key=f"recommendations-decision-{feedback.pk}-{feedback.decision_revision}",
        feedback_id=feedback.pk,
        path=feedback.get_absolute_url(),
        decision=feedback.get_decision_display(),
    )


def decide_in_bulk(*, items, editor, decision, reason="", duplicate_of=None, expected_revisions=None):
    """One decision with one reason for several items, all or none.

    ``expected_revisions`` ({feedback id: decision_revision as the editor
    saw it}): if another editor decided any of them meanwhile, nothing is
    decided and StaleDecision names the item.
    """
    items = list(items)
    if not items:
        raise Refusal(_("Choose at least one feedback item."), field="items")
    expected_revisions = expected_revisions or {}
    with transaction.atomic():
        return [
            decide_feedback(
                feedback=item,
                editor=editor,
                decision=decision,
                reason=reason,
                duplicate_of=duplicate_of,
                expected_revision=expected_revisions.get(item.pk),
            )
            for item in items
        ]
