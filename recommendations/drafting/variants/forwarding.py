"""Feedback from a variant's national round, forwarded to the master's editors.

A member who comments on an inherited clause comments on the master's
wording, so the office can pass the feedback on with one action; the
master's editors then read it with where it came from (country, variant,
clause). Feedback on a national adaptation, an added or an omitted clause
concerns the office's own text and stays national.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from consult.audit import record
from consult.refusals import NotAllowed, Refusal

from ...models import ForwardedFeedback, VariantClause
from ..services import StaleDecision
from .services import may_edit_variant


def variant_of_feedback(feedback):
    """The country variant whose national round ``feedback`` was given in, or None."""
    document = feedback.version.document
    if not document.is_variant:
        return None
    return getattr(document, "variant", None)


def forwarding_state(feedback, variant):
    """Why ``feedback`` can or cannot go to the master: ``"forwardable"``,
    ``"forwarded"``, ``"national"`` (an adapted, added or omitted clause) or
    ``"whole"`` (feedback on the whole document: the office decides it)."""
    if ForwardedFeedback.objects.filter(feedback=feedback).exists():
        return "forwarded"
    if feedback.clause_key is None:
        return "whole"
    row = VariantClause.objects.filter(variant=variant, key=feedback.clause_key).only("state").first()
    if row is None or row.state != VariantClause.State.INHERITED:
        return "national"
    return "forwardable"


def forward_feedback_to_master(*, staff, feedback):
    """Forward one item of a national round's feedback, given on a clause the
    variant inherits, to the master's editors; ``(row, created)``.

    Only the variant's office forwards (never an administrator or a master
    editor). Forwarding twice returns the first row (one row per feedback,
    backed by a unique constraint). Feedback held or hidden by a moderator,
    on the whole document, or on a clause the office adapted, added or
    omitted is refused with a message.
    """
    variant = variant_of_feedback(feedback)
    if variant is None:
        raise Refusal(_("Only feedback from a country variant's national round goes to the master."))
    if not may_edit_variant(staff, variant):
        raise NotAllowed()
    if feedback.visibility != feedback.Visibility.VISIBLE:
        raise Refusal(_("A moderator holds or hid this feedback; it cannot be forwarded."))
    state = forwarding_state(feedback, variant)
    if state == "forwarded":
        return ForwardedFeedback.objects.get(feedback=feedback), False
    if state == "whole":
        raise Refusal(_("Feedback on the whole national document stays with your office; forward one on a clause."))
    if state == "national":
        raise Refusal(_("This clause is your national text (adapted, added or omitted): its feedback stays national."))
    try:
        with transaction.atomic():
            row = ForwardedFeedback.objects.create(
                feedback=feedback, variant=variant, master=variant.master, key=feedback.clause_key, forwarded_by=staff
            )
            record(actor=staff, action="recommendations.forward_feedback", target=feedback, country=variant.country)
    except IntegrityError:  # a colleague forwarded it a moment ago
        return ForwardedFeedback.objects.get(feedback=feedback), False
    return row, True


def forwarded_to(master):
    """The feedback forwarded to ``master``, newest first, with what its page
    shows (country, variant, the national clause and the feedback) loaded."""
    return ForwardedFeedback.objects.filter(master=master).select_related(
        "variant__country", "feedback__clause", "feedback__author_country", "feedback__round"
    )


def forwarded_for_round(round, key=None):
    """The feedback forwarded to the master whose round ``round`` is, on the
    clauses of the round's version (``key``: one clause), for its triage and
    workbench: newest first, with country, variant and author loaded."""
    document = round.version.document
    if not document.is_master:
        return ForwardedFeedback.objects.none()
    keys = [key] if key else round.version.clauses.values("key")
    return forwarded_to(document).filter(key__in=keys)


def forwarded_with_numbers(round, key=None):
    """On a master's round: the feedback country offices forwarded on the
    round's clauses (``key``: one clause), each with the master clause's
    number as ``master_number``; empty for any other document (no query)."""
    if not round.version.document.is_master:
        return []
    rows = list(forwarded_for_round(round, key))
    if rows:
        numbers = dict(round.version.clauses.filter(key__in={row.key for row in rows}).values_list("key", "number"))
        for row in rows:
            row.master_number = numbers.get(row.key, "")
    return rows


def decide_forwarded(*, editor, forwarded, decision, reason="", expected_revision=None):
    """The master's editors decide a forwarded item as any item of their own
    triage; the office reads the decision beside its national one.

    Only the master's editors (``recommendations.decide_forwarded``); a
    public reason unless accepted; a decision on a stale page
    (``expected_revision``) is refused and changes nothing; deciding the
    same way again changes nothing.
    """
    if not editor.has_perm("recommendations.decide_forwarded", forwarded.master):
        raise NotAllowed()
    reason = (reason or "").strip()
    decisions = {value for value, _label in ForwardedFeedback._meta.get_field("decision").choices}
    if decision not in decisions or decision == "undecided":
        raise Refusal(_("Choose a decision."), field="decision")
    if decision != "accepted" and not reason:
        raise Refusal(_("Give the public reason for this decision."), field="reason")
    if len(reason) > 5000:
        raise Refusal(_("The reason is too long."), field="reason")
    with transaction.atomic():
        current = ForwardedFeedback.objects.select_for_update().get(pk=forwarded.pk)
        if expected_revision is not None and current.decision_revision != int(expected_revision):
            raise StaleDecision(
                _(
                    "Another editor decided on this item (now: %(decision)s) while you were looking at it. "
                    "Nothing was changed; check their decision and decide again if needed."
                )
                % {"decision": current.get_decision_display()}
            )
        if current.decision == decision and current.decision_reason == reason:
            return current
        current.decision, current.decision_reason = decision, reason
        current.decided_by, current.decided_at = editor, timezone.now()
        current.decision_revision += 1
        current.save(update_fields=["decision", "decision_reason", "decided_by", "decided_at", "decision_revision"])
        record(
            actor=editor,
            action=f"recommendations.decide_forwarded.{decision}",
            target=current.feedback,
            country=current.variant.country,
        )
    return current
