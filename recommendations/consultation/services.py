r"""Consultation: opening and closing rounds, feedback, endorsements and flags.

One function per use case. Each checks what the permission rules cannot (an
open round, the text itself), changes rows in one transaction, writes the
audit log and schedules background work by task name through the outbox.
Refusals are ``consult.refusals.Refusal``\ s with a message for the person
who asked; views show it beside the form, the API answers with its status.
The editors' decisions on feedback are in ``decisions.py``.
"""

from dataclasses import dataclass

import rules
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from consult import ratelimit
from consult.audit import record
from consult.models import ReviewItem
from consult.moderation import guard
from consult.moderation import services as moderation
from consult.outbox import schedule
from consult.predicates import profile_of
from consult.refusals import Conflict, NotAllowed, Refusal, TooFrequent, require
from consult.text import refuse_unstorable

from ..dates import when
from ..drafting.services import draft_version_for_edit
from ..drafting.variants.forward_port import schedule_waiting_after_round
from ..models import Clause, ConsultationRound, DocumentVersion, Endorsement, Feedback


class RoundNotOpen(Conflict):
    """The round has not opened yet, or has closed."""


class TooMuchFeedback(TooFrequent):
    """More feedback than RECOMMENDATIONS_FEEDBACK_PER_MINUTE: a flood."""


# --- consultation rounds ---------------------------------------------------------


def open_round(*, editor, version, opens_at, closes_at, countries=(), sectors=()):
    """Freeze a draft version and open it for feedback between two times,
    to everyone (no countries, no sectors) or to the chosen ones."""
    if closes_at <= opens_at:
        raise Refusal(_("The round must close after it opens."), field="closes_at")
    if closes_at <= timezone.now():
        raise Refusal(_("The closing time is already past."), field="closes_at")
    with transaction.atomic():
        version = draft_version_for_edit(editor, version)
        if not version.clauses.exists():
            raise Refusal(_("A version needs at least one clause."))
        now = timezone.now()
        version.status = DocumentVersion.Status.CONSULTATION
        version.frozen_at = now
        version.save(update_fields=["status", "frozen_at"])
        round = ConsultationRound.objects.create(
            version=version, opens_at=opens_at, closes_at=closes_at, sectors=list(sectors), created_by=editor
        )
        round.countries.set(countries)
        supersede_earlier(version)
        record(
            actor=editor,
            action="recommendations.open_round",
            target=round,
            country=version.document.country if version.document.country_id else None,
        )
    return round


def supersede_earlier(version):
    """The version that was current (closed or final) gives way to ``version``."""
    return DocumentVersion.objects.filter(
        document_id=version.document_id,
        number__lt=version.number,
        status__in=[DocumentVersion.Status.CLOSED, DocumentVersion.Status.FINAL],
    ).update(status=DocumentVersion.Status.SUPERSEDED)


def close_round(round, *, now=None, actor=None, only_if_due=False, reason="", audit=True):
    """Mark a round closed and its version "consultation closed".

    Idempotent: a closed round stays as it was (returns False). With
    ``only_if_due`` (beat's sweep) the round is closed only if, under the row
    lock, its closing time has passed: an editor who extended the round
    after the sweep listed it wins. ``audit=False``: the caller writes the
    one audit row itself (an editor closing early logs
    ``recommendations.round_closed``), so the closing is not logged twice.
    """
    now = now or timezone.now()
    with transaction.atomic():
        round = ConsultationRound.objects.select_for_update().select_related("version__document").get(pk=round.pk)
        if round.closed_at is not None:
            return False
        if only_if_due and round.closes_at > now:
            return False
        round.closed_at = now
        round.save(update_fields=["closed_at"])
        DocumentVersion.objects.filter(pk=round.version_id, status=DocumentVersion.Status.CONSULTATION).update(
            status=DocumentVersion.Status.CLOSED
        )
        if audit:
            record(
                actor=actor,
                action="recommendations.close_round",
                target=round,
                reason=reason,
                country=round.version.document.country,
            )
        schedule("recommendations.build_digest", key=f"recommendations-digest-{round.pk}-closed", round_id=round.pk)
        schedule_waiting_after_round(round)
    return True


def close_due_rounds(now=None):
    """Close every round past its closing time; returns how many were closed."""
    now = now or timezone.now()
    return sum(close_round(round, now=now, only_if_due=True) for round in ConsultationRound.objects.due_to_close(now))


# --- feedback ---------------------------------------------------------------------


@dataclass
class FeedbackResult:
    feedback: Feedback
    held: bool
    findings: list


def check_round_open(round, now=None):
    """Refuse (RoundNotOpen) unless ``round`` takes feedback at ``now``."""
    now = now or timezone.now()
    if round.closed_at is not None or now >= round.closes_at:
        raise RoundNotOpen(
            _("This consultation closed on %(when)s; feedback can no longer be given or changed.")
            % {"when": when(round.closes_at)}
        )
    if now < round.opens_at:
        raise RoundNotOpen(_("This consultation opens on %(when)s.") % {"when": when(round.opens_at)})


def _clean_feedback(*, kind, text, proposed_text, quoted_span, clause):
    refuse_unstorable(text=text, proposed_text=proposed_text, quoted_span=quoted_span)
    text = (text or "").strip()
    proposed_text = (proposed_text or "").strip()
    quoted_span = (quoted_span or "").strip()
    if kind not in Feedback.Kind.values:
        raise Refusal(_("Choose a kind of feedback."), field="kind")
    if len(text) > Feedback.MAX_LENGTH:
        raise Refusal(
            _("Feedback can be at most %(n)s characters long (yours has %(m)s).")
            % {"n": Feedback.MAX_LENGTH, "m": len(text)},
            field="text",
        )
    if kind == Feedback.Kind.AMENDMENT:
        if clause is None:
            raise Refusal(_("An amendment proposes new text for one clause; choose the clause."), field="clause")
        if not proposed_text:
            raise Refusal(_("An amendment needs the text you propose."), field="proposed_text")
        if len(proposed_text) > Clause.MAX_LENGTH:
            raise Refusal(_("The proposed text is too long."), field="proposed_text")
        if quoted_span and quoted_span not in clause.text:
            raise Refusal(_("The quoted part was not found in the clause; copy it exactly."), field="quoted_span")
        replaced = quoted_span or clause.text
        if " ".join(proposed_text.split()) == " ".join(replaced.split()):
            raise Refusal(_("The proposed text is the same as the current text."), field="proposed_text")
    else:
        if quoted_span and (clause is None or quoted_span not in clause.text):
            raise Refusal(_("The quoted part was not found in the clause; copy it exactly."), field="quoted_span")
        proposed_text = ""
        if not text and kind != Feedback.Kind.SUPPORT:
            raise Refusal(_("Write your feedback."), field="text")
    return text, proposed_text, quoted_span


def _author_country(profile, round):
    """The author's country for this feedback: their first country within
    the round's audience (all countries when the round has none)."""
    countries = list(profile.countries.all())
    wanted = {c.pk for c in round.countries.all()}
    for country in sorted(countries, key=lambda c: c.name):
        if not wanted or country.pk in wanted:
            return country
    return countries[0] if countries else None


def _moderate(feedback, *, is_new):
    """Run the shared guard and first-posts rule of consult.moderation:
    held feedback is shown to no one else until a moderator approves it."""
    findings = guard.scan(feedback.get_moderation_text(), translation.get_language() or "en")
    reason = None
    if findings:
        reason = ReviewItem.Reason.PERSONAL_DATA
    elif is_new and moderation.first_posts_pending(feedback.author):
        reason = ReviewItem.Reason.FIRST_POSTS
    if reason is None:
        return False, []
    feedback.visibility = Feedback.Visibility.HELD
    feedback.save(update_fields=["visibility"])
    moderation.hold_for_review(feedback, reason=reason, findings=findings)
    return True, list(findings)


def _check_pace(author):
    """The flood limit, counted per member in the shared limiter (only
    feedback that passed every other check counts)."""
    try:
        ratelimit.consume(
            "recommendations-feedback", author.pk, limit=settings.RECOMMENDATIONS_FEEDBACK_PER_MINUTE, window=60
        )
    except ratelimit.RateLimited as error:
        raise TooMuchFeedback(
            _("You are giving feedback very quickly. Wait a minute and send again; your text is kept below.")
        ) from error


def may_take_part(user, permission, obj):
    """Whether ``user`` has ``permission`` (giving feedback, endorsing: taking
    part in a round) on ``obj``, a round or a feedback. In a country variant's
    national round the rule is asked directly, not through Django's backends,
    which grant a superuser every permission: an administrator reads a
    national round but does not take part in it. Every view, the API and the
    services ask this one function."""
    if obj is None:
        return False
    if obj.version.document.is_variant:
        return rules.has_perm(permission, user, obj)
    return user.has_perm(permission, obj)


def may_give_feedback(user, round):
    """Whether ``user`` may give feedback in ``round`` (time aside)."""
    return may_take_part(user, "recommendations.give_feedback", round)


def give_feedback(*, author, round, clause=None, kind, text="", proposed_text="", quoted_span=""):
    """Record one member's feedback on a clause of the round's version (or
    on the whole document). Held for a moderator when the guard finds
    possible personal data, or while the author's first posts are reviewed."""
    if clause is not None and clause.version_id != round.version_id:
        raise Refusal(_("That clause belongs to another version of the document."), field="clause")
    if not may_give_feedback(author, round):
        raise NotAllowed()
    check_round_open(round)
    text, proposed_text, quoted_span = _clean_feedback(
        kind=kind, text=text, proposed_text=proposed_text, quoted_span=quoted_span, clause=clause
    )
    _check_pace(author)
    profile = profile_of(author)
    with transaction.atomic():
        feedback = Feedback.objects.create(
            round=round,
            version_id=round.version_id,
            clause=clause,
            clause_key=clause.key if clause else None,
            author=author,
            author_sector=profile.sector,
            author_country=_author_country(profile, round),
            kind=kind,
            text=text,
            proposed_text=proposed_text,
            quoted_span=quoted_span,
        )
        held, findings = _moderate(feedback, is_new=True)
    return FeedbackResult(feedback, held, findings)


def may_edit_feedback(user, feedback):
    """Only the author, whatever else they are: feedback is a member's own
    words, and the report shows it as theirs. Editors answer it with a public
    decision and moderators hide it with a reason; no one rewrites it, an
    administrator included (whom Django would otherwise grant every rule)."""
    return (
        user.pk is not None
        and user.pk == feedback.author_id
        and user.has_perm("recommendations.edit_feedback", feedback)
    )


def edit_feedback(*, author, feedback, text="", proposed_text="", quoted_span="", kind=None):
    """The author changes their own feedback while the round is open; the
    guard looks at the new text again. Decided feedback can no longer change."""
    if not may_edit_feedback(author, feedback):
        raise NotAllowed()
    with transaction.atomic():
        feedback = (
            Feedback.objects.select_for_update(of=("self",)).select_related("round", "clause").get(pk=feedback.pk)
        )
        check_round_open(feedback.round)
        if feedback.is_decided:
            raise Refusal(_("An editor has decided on this feedback; it can no longer be changed."))
        if feedback.visibility == Feedback.Visibility.HIDDEN:
            raise Refusal(_("A moderator hid this feedback; it can no longer be changed."))
        kind = kind or feedback.kind
        text, proposed_text, quoted_span = _clean_feedback(
            kind=kind, text=text, proposed_text=proposed_text, quoted_span=quoted_span, clause=feedback.clause
        )
        feedback.kind, feedback.text, feedback.proposed_text, feedback.quoted_span = (
            kind,
            text,
            proposed_text,
            quoted_span,
        )
        feedback.edited_at = timezone.now()
        feedback.save(update_fields=["kind", "text", "proposed_text", "quoted_span", "edited_at"])
        held, findings = (False, [])
        if feedback.visibility == Feedback.Visibility.VISIBLE:
            held, findings = _moderate(feedback, is_new=False)
    return FeedbackResult(feedback, held, findings)


def endorse(*, user, feedback):
    """Endorse someone else's visible feedback while its round is open;
    endorsing twice changes nothing. Returns whether a new endorsement was made."""
    if not may_take_part(user, "recommendations.endorse_feedback", feedback):
        raise NotAllowed()
    if not feedback.is_visible:
        raise Refusal(_("This feedback cannot be endorsed."))
    check_round_open(feedback.round)
    try:
        with transaction.atomic():
            Endorsement.objects.create(feedback=feedback, user=user)
            Feedback.objects.filter(pk=feedback.pk).update(endorsement_count=F("endorsement_count") + 1)
    except IntegrityError:
        return False
    return True


def withdraw_endorsement(*, user, feedback):
    check_round_open(feedback.round)
    with transaction.atomic():
        deleted, _rows = Endorsement.objects.filter(feedback=feedback, user=user).delete()
        if deleted:
            Feedback.objects.filter(pk=feedback.pk).update(endorsement_count=F("endorsement_count") - 1)
    return bool(deleted)


def flag_feedback(*, user, feedback, reason, note=""):
    """A member flags someone's feedback for the country's moderators
    (consult.moderation: enough flags hide it until a moderator decides)."""
    require(user, "recommendations.flag_feedback", feedback)
    try:
        return moderation.flag(feedback, user=user, reason=reason, note=(note or "")[:500])
    except Refusal as error:
        error.field = error.field or "reason"
        raise


def export_feedback(user):
    """The member's feedback and endorsements, for their data export."""
    items = Feedback.objects.filter(author=user).select_related("version__document", "clause").order_by("created_at")
    return {
        "feedback": [
            {
                "document": f.version.document.title,
                "version": f.version.number,
                "clause": f.clause.number if f.clause_id else None,
                "kind": f.kind,
                "text": f.text,
                "quoted_span": f.quoted_span,
                "proposed_text": f.proposed_text,
                "created_at": f.created_at.isoformat(),
                "edited_at": f.edited_at.isoformat() if f.edited_at else None,
                "decision": f.decision,
                "decision_reason": f.decision_reason,
            }
            for f in items
        ],
        "endorsed_feedback_ids": list(Endorsement.objects.filter(user=user).values_list("feedback_id", flat=True)),
    }
