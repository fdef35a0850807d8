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
from consult.refusals import Conflict, Refusal, require

from ..drafting.services import StaleDecision
from ..models import Build, Feedback
from .decision_emails import note_decision


class DecisionsFrozen(Conflict):
    """The next version was built from these decisions: they no longer change."""


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
        _refuse_if_built(current)
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


def decisions_frozen_refusal(round_id):
    """Why decisions of round ``round_id`` can no longer change (a message), or None.

    Refused rather than recorded as a correction: a build's version, its
    provenance and the published report are all read from these decisions;
    changing one would silently rewrite what a published version was based
    on. While the built version is still a draft the editor can discard the
    build, decide again and rebuild; after that, a correction belongs in the
    next consultation.
    """
    build = (
        Build.objects.filter(round_id=round_id)
        .exclude(status=Build.Status.FAILED)
        .select_related("result_version")
        .first()
    )
    if build is None:
        return None
    if build.result_version_id and build.result_version.is_draft:
        return _(
            "Version %(number)s was built from these decisions, so they can no longer change. To correct one, "
            "discard the build first (it is not published yet), then decide again and build again."
        ) % {"number": build.result_version.number}
    if build.result_version_id:
        return _(
            "Version %(number)s, built from these decisions, is published; they can no longer change. "
            "Raise a correction in the next consultation."
        ) % {"number": build.result_version.number}
    return _("The next version is being built from these decisions; they can no longer change.")


def _refuse_if_built(feedback):
    refusal = decisions_frozen_refusal(feedback.round_id)
    if refusal:
        raise DecisionsFrozen(refusal)


def _notify_author_of_decision(feedback):
    """One e-mail per member, round and day, or at once if they asked (decision_emails)."""
    note_decision(feedback)


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
