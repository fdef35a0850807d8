"""A member whose flag was dismissed appeals the dismissal.

A flag is dismissed when a moderator, after the flag, decided to keep the
content (approved it, or restored it after a hiding). The member who flagged
it may appeal once, within MODERATION_APPEAL_WINDOW_DAYS of that decision,
from their "My moderation" page; another moderator of the country than the
one who kept it decides (an administrator where the country has no other
moderator). Reversing hides the content, with a statement of reasons to its
author; either way the flagger reads the outcome with its reasons.

Two moderators deciding at once: the flag row is locked, the first decision
wins and the second is told.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import audit
from ..models import Flag, ReviewItem
from ..notifications import notify_user
from ..predicates import is_administrator, is_moderator_of
from ..refusals import Conflict, NotAllowed, Refusal
from . import services

Outcome = Flag.AppealOutcome
KEPT = (ReviewItem.State.APPROVED, ReviewItem.State.RESTORED)


@dataclass(frozen=True)
class FlagState:
    """Where a member's flag stands, as the member reads it."""

    state: str  # "waiting", "acted" or "dismissed"
    decision: ReviewItem | None  # the moderator's decision after the flag, if any

    @property
    def label(self):
        return FLAG_STATE_LABELS[self.state]

    @property
    def appeal_deadline(self):
        if self.decision is None or self.decision.decided_at is None:
            return None
        return self.decision.decided_at + timedelta(days=settings.MODERATION_APPEAL_WINDOW_DAYS)


FLAG_STATE_LABELS = {
    "waiting": gettext_lazy("waiting for a moderator"),
    "acted": gettext_lazy("hidden by a moderator"),
    "dismissed": gettext_lazy("kept: no action taken"),
}


def states_of(flags):
    """``{flag.pk: FlagState}`` for several flags, in one query: the last
    moderator decision on each flagged object after the flag was made."""
    flags = list(flags)
    if not flags:
        return {}
    decisions = {}
    rows = (
        ReviewItem.objects.filter(
            content_type_id__in={flag.content_type_id for flag in flags},
            object_id__in={flag.object_id for flag in flags},
            decided_at__isnull=False,
        )
        .select_related("decided_by")
        .order_by("decided_at", "pk")
    )
    for item in rows:
        decisions.setdefault((item.content_type_id, item.object_id), []).append(item)
    result = {}
    for flag in flags:
        on_object = decisions.get((flag.content_type_id, flag.object_id), [])
        later = [item for item in on_object if item.decided_at >= flag.created_at]
        last = later[-1] if later else None
        if last is None:
            result[flag.pk] = FlagState("waiting", None)
        elif last.state in KEPT:
            result[flag.pk] = FlagState("dismissed", last)
        else:
            result[flag.pk] = FlagState("acted", last)
    return result


def state_of(flag):
    return states_of([flag])[flag.pk]


def appeal_due_at(flag):
    """When the decision on a flag's appeal is due (as for a decision's
    appeal), or None if it was not appealed."""
    if flag.appealed_at is None:
        return None
    return flag.appealed_at + timedelta(days=settings.MODERATION_APPEAL_DECISION_DAYS)


def may_appeal(flag, *, state=None, now=None):
    """A dismissed flag, not appealed yet, within the window."""
    now = now or timezone.now()
    state = state or state_of(flag)
    return state.state == "dismissed" and not flag.appealed_at and now <= state.appeal_deadline


def reviewers_of(flag):
    """Who may decide: the country's moderators but the one who kept the
    content and the flagger; the administrators where that leaves no one."""
    return services.appeal_reviewers(flag.country_id, excluded_ids={flag.dismissed_by_id, flag.user_id})


def _decider_refusal(user, flag):
    return services.appeal_decider_refusal(
        user, flag, decided_by_id=flag.dismissed_by_id, appellant_ids=(flag.user_id,)
    )


def may_decide(user, flag):
    return flag.appeal_outcome == Outcome.OPEN and _decider_refusal(user, flag) is None


def may_read(user, flag):
    """The flagger; once appealed, the country's moderators and the administrators."""
    if user.pk == flag.user_id:
        return True
    return bool(flag.appealed_at) and (is_administrator(user) or bool(is_moderator_of(user, flag)))


def _clean(text, field, message, limit):
    text = (text or "").strip()
    if not text:
        raise Refusal(message, field=field)
    if len(text) > limit:
        raise Refusal(_("Keep it under %(limit)d characters.") % {"limit": limit}, field=field)
    return text


def appeal_dismissal(flag, *, user, text, now=None):
    """The flagger appeals the decision to keep the content: once, within
    the window, with a statement. Refused with a message otherwise."""
    now = now or timezone.now()
    if flag.user_id != user.pk:
        raise NotAllowed(_("Only the member who reported it can appeal this decision."))
    text = _clean(text, "text", _("Say why the decision should change."), 4000)
    with transaction.atomic():
        flag = Flag.objects.select_for_update().get(pk=flag.pk)
        if flag.appealed_at:
            raise Conflict(_("You have already appealed this decision; each decision can be appealed once."))
        state = state_of(flag)
        if state.state != "dismissed":
            raise Conflict(_("Only a report a moderator dismissed can be appealed."))
        if now > state.appeal_deadline:
            raise Conflict(
                _("The time to appeal this decision ended on %(date)s.")
                % {"date": formats.date_format(state.appeal_deadline, "DATE_FORMAT")}
            )
        flag.appeal_text, flag.appealed_at, flag.appeal_outcome = text, now, Outcome.OPEN
        flag.dismissed_by_id, flag.country_id = state.decision.decided_by_id, state.decision.country_id
        flag.save(update_fields=["appeal_text", "appealed_at", "appeal_outcome", "dismissed_by", "country"])
        audit.record(actor=user, action="moderation.flag_appealed", target=flag, country=flag.country)
        for reviewer in reviewers_of(flag):
            notify_user(reviewer, "moderation_flag_appeal", key=f"flag-appeal:{flag.pk}:{reviewer.pk}", flag_id=flag.pk)
    return flag


def decide_appeal(flag, *, moderator, outcome, reasons, house_rule=None, now=None):
    """Another moderator confirms the dismissal or reverses it: reversing
    hides the content (its author gets a statement of reasons). Returns the
    flag; ``flag.content_gone`` says the content was deleted meanwhile."""
    refusal = _decider_refusal(moderator, flag)
    if refusal is not None:
        raise refusal
    if outcome not in (Outcome.UPHELD, Outcome.REVERSED):
        raise Refusal(_("Choose whether the decision stands or is reversed."), field="outcome")
    reasons = _clean(reasons, "reasons", _("Give your reasons: the appellant reads them."), 2000)
    now = now or timezone.now()
    with transaction.atomic():
        flag = Flag.objects.select_for_update().get(pk=flag.pk)
        if flag.appeal_outcome != Outcome.OPEN:
            raise Conflict(
                _("Another moderator decided this appeal first (%(outcome)s); your decision was not recorded.")
                % {"outcome": flag.get_appeal_outcome_display()}
            )
        flag.content_gone = False
        if outcome == Outcome.REVERSED:
            obj = flag.content_object
            if obj is None or getattr(obj, "removed_at", None) is not None:
                flag.content_gone = True
            elif not services.is_hidden(obj):
                item = services.pending_item_for(obj)
                if item is None:
                    services.hide_object(obj, moderator=moderator, reason=reasons, house_rule=house_rule)
                else:
                    services.hide(item, moderator=moderator, reason=reasons, house_rule=house_rule)
        flag.appeal_outcome, flag.appeal_decided_by, flag.appeal_decided_at = outcome, moderator, now
        flag.appeal_reasons = reasons
        flag.save(update_fields=["appeal_outcome", "appeal_decided_by", "appeal_decided_at", "appeal_reasons"])
        audit.record(
            actor=moderator, action=f"moderation.flag_appeal_{outcome}", target=flag, reason=reasons,
            country=flag.country,
        )  # fmt: skip
        notify_user(flag.user, "moderation_flag_appeal_decided", key=f"flag-appeal-decided:{flag.pk}", flag_id=flag.pk)
    return flag


def appeals_for(country_ids):
    """Appealed flags of the given countries (``None``: every country), open first."""
    rows = Flag.objects.filter(appealed_at__isnull=False).select_related("country", "content_type", "dismissed_by")
    if country_ids is not None:
        rows = rows.filter(country_id__in=country_ids)
    open_first = Case(When(appeal_outcome=Outcome.OPEN, then=Value(0)), default=Value(1), output_field=IntegerField())
    return rows.annotate(open_rank=open_first).order_by("open_rank", "appealed_at")
