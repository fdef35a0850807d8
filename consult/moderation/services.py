"""Use cases of the review queue, shared by forums and recommendations.

Each decision checks ``consult.moderate_country`` for the item's country,
changes the item and its object in one transaction, writes an audit-log row
and tells the author by e-mail (through the outbox, without the content).
"""

import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import audit
from ..models import Flag, ReviewItem
from ..notifications import notify_user
from ..predicates import is_administrator, is_moderator_of, profile_of
from ..refusals import NotAllowed, Refusal
from . import statements
from .statements import Ground, Restriction


def country_for_review(obj):
    """The country whose moderators review ``obj`` (see _object_country_id)."""
    return _object_country_id(obj)


def _object_country_id(obj):
    """The country whose moderators review ``obj``; the author's for cross-country content."""
    if obj.moderation_country_id:
        return obj.moderation_country_id
    profile = profile_of(obj.moderation_author) if obj.moderation_author else None
    first = profile.countries.order_by("pk").first() if profile else None
    return first.pk if first else None


def _item_for(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return ReviewItem.objects.filter(content_type=content_type, object_id=obj.pk)


def pending_item_for(obj):
    return _item_for(obj).pending().first()


def hold_for_review(obj, *, reason, findings=()):
    """Put ``obj`` in its country's review queue; return the pending item.

    Idempotent: an object already waiting keeps its one pending item (new
    findings are added to it). The object itself decides what "held" means
    (a post is not shown to others until approved).
    """
    findings = [f.as_dict() if hasattr(f, "as_dict") else dict(f) for f in findings]
    with transaction.atomic():
        existing = _item_for(obj).pending().select_for_update().first()
        if existing is not None:
            new = [finding for finding in findings if finding not in existing.findings]
            if new:
                existing.findings = existing.findings + new
                existing.save(update_fields=["findings"])
            return existing
        try:
            with transaction.atomic():
                item = ReviewItem.objects.create(
                    content_type=ContentType.objects.get_for_model(obj),
                    object_id=obj.pk,
                    country_id=_object_country_id(obj),
                    author=obj.moderation_author,
                    reason=reason,
                    findings=findings,
                )
        except IntegrityError:  # another request held it in between
            return _item_for(obj).pending().get()
        audit.record(actor=None, action="moderation.held", target=obj, reason=reason, country=item.country)
        _state_held(obj, item, reason, findings)
    return item


# The ground of a hold, by the queue's reason (flags hold nothing: the
# content stays visible until it is hidden, which has its own statement).
_HOLD_GROUNDS = {
    ReviewItem.Reason.PERSONAL_DATA: Ground.PERSONAL_DATA,
    ReviewItem.Reason.FIRST_POSTS: Ground.FIRST_POSTS,
    ReviewItem.Reason.PREMODERATED: Ground.PREMODERATED,
}


def _state_held(obj, item, reason, findings):
    """The statement of a hold: automatic; e-mailed only when the guard
    found something (a new member's first posts are expected to wait)."""
    ground = _HOLD_GROUNDS.get(reason)
    if ground is None:
        return
    statements.issue_statement(
        user=item.author,
        restriction=Restriction.CONTENT_HELD,
        ground=ground,
        country_id=item.country_id,
        obj=obj,
        review_item=item,
        finding_kinds=[finding.get("kind") for finding in findings],
        automatic=True,
        notify=ground == Ground.PERSONAL_DATA,
    )


_decision_handlers = {}


def register_decision_handler(model, handler):
    """``handler(obj, decision)`` carries out a decision on ``model``'s objects
    (called by the owning app when it starts)."""
    _decision_handlers[model] = handler


def apply_decision(obj, decision):
    """Carry out "approved", "hidden" or "restored" on a moderated object."""
    handler = _decision_handlers.get(type(obj))
    if handler is not None:
        handler(obj, decision)
    else:
        obj.on_moderation_decision(decision)


def _require_moderator(moderator, item):
    if not moderator.has_perm("consult.moderate_country", item):
        raise NotAllowed(_("You do not moderate this country."))


def _decide(item, *, moderator, state, decision, note, action, house_rule=None):
    _require_moderator(moderator, item)
    rule = statements.rule_for(house_rule, item.country_id) if decision == "hidden" else None
    with transaction.atomic():
        item = ReviewItem.objects.select_for_update().get(pk=item.pk)
        if item.state == state:
            return item  # the same decision twice: nothing more happens
        item.state = state
        item.decided_by = moderator
        item.decided_at = timezone.now()
        item.decision_note = note
        item.save(update_fields=["state", "decided_by", "decided_at", "decision_note"])
        obj = item.content_object
        if obj is not None:
            apply_decision(obj, decision)
            _state_decision(obj, item, decision, moderator=moderator, note=note, rule=rule)
        audit.record(actor=moderator, action=action, target=obj or item, reason=note, country=item.country)
        if item.author_id and not (decision == "hidden" and obj is not None):
            # a hidden item's author is sent its statement of reasons instead
            notify_user(item.author, "moderation_decision", decision=decision, item_id=item.pk)
    return item


def _state_decision(obj, item, decision, *, moderator, note, rule):
    """Keep the statements in step: a decision ends the hold; hiding writes
    the statement of the hiding; restoring lifts it."""
    statements.lift_statements_about(obj, [Restriction.CONTENT_HELD])
    if decision in ("approved", "restored"):
        statements.lift_statements_about(obj, [Restriction.CONTENT_HIDDEN])
    if decision == "hidden":
        statements.lift_statements_about(obj, [Restriction.CONTENT_HIDDEN])  # an automatic hiding, replaced
        statements.issue_statement(
            user=item.author,
            restriction=Restriction.CONTENT_HIDDEN,
            ground=Ground.HOUSE_RULE if rule else Ground.OTHER,
            country_id=item.country_id,
            obj=obj,
            review_item=item,
            house_rule=rule,
            facts=note,
            decided_by=moderator,
        )


def approve(item, *, moderator, note=""):
    """Publish the item's content. Idempotent."""
    return _decide(
        item, moderator=moderator, state=ReviewItem.State.APPROVED, decision="approved", note=note,
        action="moderation.approved",
    )  # fmt: skip


def hide(item, *, moderator, reason, house_rule=None):
    """Hide the item's content from members; a reason is required and shown
    to the author in a statement of reasons, with the house rule chosen."""
    if not reason or not reason.strip():
        raise Refusal(_("Give a reason: the author is told why."), field="reason")
    return _decide(
        item,
        moderator=moderator,
        state=ReviewItem.State.HIDDEN,
        decision="hidden",
        note=reason.strip(),
        action="moderation.hidden",
        house_rule=house_rule,
    )


def restore(item, *, moderator, reason):
    """Show hidden content again; a reason is required."""
    if not reason or not reason.strip():
        raise Refusal(_("Give a reason for restoring it."), field="reason")
    return _decide(
        item, moderator=moderator, state=ReviewItem.State.RESTORED, decision="restored", note=reason.strip(),
        action="moderation.restored",
    )  # fmt: skip


def hide_object(obj, *, moderator, reason, house_rule=None):
    """Hide published content that is not in the queue (a moderator's own find)."""
    item = hold_for_review(obj, reason=ReviewItem.Reason.FLAGS)
    return hide(item, moderator=moderator, reason=reason, house_rule=house_rule)


def decide_many(items, *, moderator, decision, reason="", house_rule=None):
    """Apply one decision with one reason (and, to hide, a house rule) to
    several items; return how many changed."""
    act = {"approve": approve, "hide": hide, "restore": restore}[decision]
    changed = 0
    for item in items:
        before = item.state
        kwargs = {"note": reason} if decision == "approve" else {"reason": reason}
        if decision == "hide":
            kwargs["house_rule"] = house_rule
        after = act(item, moderator=moderator, **kwargs)
        changed += after.state != before
    return changed


# Flags that cannot wait for more members to agree: the content is hidden at
# once and the country's moderators are paged.
URGENT_FLAG_REASONS = frozenset({Flag.Reason.IDENTIFIES_PERSON, Flag.Reason.SAFEGUARDING})


def flag(obj, *, user, reason, note=""):
    """Record a member's flag and put ``obj`` in its country's review queue
    at once (the queue shows how many members flagged it).

    An urgent reason (``URGENT_FLAG_REASONS``) hides the content at once and
    pages the country's moderators; the other reasons hide it only when
    MODERATION_AUTO_HIDE_FLAGS distinct members have flagged it.

    One flag per member per object: a second one returns the first. The
    returned row carries ``is_new`` and ``content_hidden`` (whether the
    content is hidden from members now), so the flagger is told what
    really happened.
    """
    if reason not in Flag.Reason.values:
        raise Refusal(_("Choose a reason from the list."), field="reason")
    content_type = ContentType.objects.get_for_model(obj)
    with transaction.atomic():
        flag_row, created = Flag.objects.get_or_create(
            content_type=content_type, object_id=obj.pk, user=user, defaults={"reason": reason, "note": note[:500]}
        )
        flag_row.is_new = created
        if created:
            audit.record(actor=user, action="moderation.flagged", target=obj, reason=reason)
            flaggers = Flag.objects.filter(content_type=content_type, object_id=obj.pk).values("user").distinct()
            urgent = reason in URGENT_FLAG_REASONS
            already_hidden = _item_for(obj).filter(state=ReviewItem.State.HIDDEN).exists() or is_hidden(obj)
            item = hold_for_review(obj, reason=ReviewItem.Reason.FLAGS)
            if (urgent or flaggers.count() >= settings.MODERATION_AUTO_HIDE_FLAGS) and not already_hidden:
                apply_decision(obj, "hidden")
                statements.issue_statement(
                    user=item.author,
                    restriction=Restriction.CONTENT_HIDDEN,
                    ground=Ground.FLAGS,
                    country_id=item.country_id,
                    obj=obj,
                    review_item=item,
                    facts=str(Flag.Reason(reason).label),
                    automatic=True,
                )
            if urgent:
                page_moderators(item, reason=reason)
        flag_row.content_hidden = is_hidden(obj)
    return flag_row


def is_hidden(obj):
    """Whether members other than the author no longer see ``obj`` (the
    object says so through ``is_hidden_from_members``, if it can)."""
    hidden = getattr(obj, "is_hidden_from_members", None)
    return bool(hidden() if callable(hidden) else hidden)


def moderators_of(country_id, *, except_user_id=None):
    """Approved moderators of the country (and of every country)."""
    from ..models import CountryRole, Profile

    roles = CountryRole.objects.filter(role=CountryRole.Role.MODERATOR)
    ids = set(roles.filter(country__isnull=True).values_list("user_id", flat=True))
    if country_id:
        ids |= set(roles.filter(country_id=country_id).values_list("user_id", flat=True))
    ids.discard(except_user_id)
    return [p.user for p in Profile.objects.approved().filter(user_id__in=ids).select_related("user")]


def appeal_decider_refusal(user, appealed, *, decided_by_id, appellant_ids=()):
    """Why ``user`` may not decide an appeal, as a NotAllowed to raise; None when they may.

    The one rule of every appeal (of a statement of reasons, of a dismissed
    report, of a dismissed notice): a different moderator decides. Not the
    moderator who took the decision (``decided_by_id``), not the appellant
    nor the person the decision was about (``appellant_ids``), and only a
    moderator of ``appealed``'s country or an administrator.
    """
    if not getattr(user, "is_authenticated", False):
        return NotAllowed(_("You do not moderate this country."))
    if decided_by_id is not None and user.pk == decided_by_id:
        return NotAllowed(_("You took this decision: another moderator decides the appeal."))
    if user.pk in set(appellant_ids) - {None}:
        return NotAllowed(_("You cannot decide your own appeal."))
    if not (is_administrator(user) or is_moderator_of(user, appealed)):
        return NotAllowed(_("You do not moderate this country."))
    return None


def appeal_reviewers(country_id, *, excluded_ids):
    """Who is asked to decide an appeal: the country's moderators but
    ``excluded_ids`` (who decided, who appealed); the administrators where
    that leaves no one."""
    excluded = set(excluded_ids) - {None}
    people = [user for user in moderators_of(country_id) if user.pk not in excluded]
    return people or administrators(except_user_ids=excluded)


def administrators(*, except_user_ids=()):
    """The active administrators (superusers), but ``except_user_ids``."""
    from django.contrib.auth import get_user_model

    return list(get_user_model().objects.filter(is_superuser=True, is_active=True).exclude(pk__in=except_user_ids))


def page_moderators(item, *, reason):
    """E-mail every moderator of the item's country (through the outbox) a
    link to the review queue: once per item, moderator and reason."""
    for moderator in moderators_of(item.country_id, except_user_id=item.author_id):
        notify_user(
            moderator,
            "moderation_urgent_flag",
            key=f"moderation-urgent:{item.pk}:{reason}:{moderator.pk}",
            reason=str(reason),
        )


def first_posts_pending(user):
    """True while ``user`` has fewer than MODERATION_FIRST_POSTS approved first posts."""
    approved = ReviewItem.objects.filter(
        author=user, reason=ReviewItem.Reason.FIRST_POSTS, state=ReviewItem.State.APPROVED
    ).count()
    return approved < settings.MODERATION_FIRST_POSTS


def export_review_items(user):
    """The member's own items in the review queue, for the data export."""
    return [
        {
            "created_at": item.created_at.isoformat(),
            "reason": item.reason,
            "state": item.state,
            "findings": item.findings,
            "decision_note": item.decision_note,
        }
        for item in ReviewItem.objects.filter(author=user).order_by("created_at")
    ]


def erase_review_notes(user):
    """On account deletion: the moderators' notes and the guard's excerpts
    about the member's content may quote personal data; blank them."""
    ReviewItem.objects.filter(author=user).update(findings=[], decision_note="")
    Flag.objects.filter(user=user).update(note="")


# --- the public helplines the guard lets through ------------------------------


def _require_country_moderator(moderator, country):
    """The country's moderators, administrators and the country's own office
    (staff and lead) keep its lists of public helplines and contacts."""
    if moderator.has_perm("consult.moderate_country", country):
        return
    from ..models import Country

    if not Country.staffed_by(moderator).filter(pk=country.pk).exists():
        raise NotAllowed(_("You do not moderate this country."))


def add_public_helpline(country, *, moderator, name, number, kind):
    """Add a published helpline of ``country`` to the numbers the guard lets
    through. Idempotent: the same number twice returns the first row."""
    from ..models import PublicHelpline

    _require_country_moderator(moderator, country)
    name, number = (name or "").strip(), (number or "").strip()
    if not name or not any(ch.isdigit() for ch in number):
        raise Refusal(_("Give the helpline's name and its number."), field="number")
    if kind not in PublicHelpline.Kind.values:
        kind = PublicHelpline.Kind.OTHER
    with transaction.atomic():
        helpline, created = PublicHelpline.objects.get_or_create(
            country=country, number=number, defaults={"name": name[:200], "kind": kind}
        )
        if created:
            audit.record(actor=moderator, action="moderation.helpline_added", target=helpline, country=country)
    return helpline


def verify_public_helpline(helpline, *, moderator):
    """Mark a seeded helpline as checked by a moderator of its country."""
    _require_country_moderator(moderator, helpline.country)
    if helpline.is_sample:
        helpline.is_sample = False
        helpline.save(update_fields=["is_sample"])
        audit.record(actor=moderator, action="moderation.helpline_verified", target=helpline, country=helpline.country)
    return helpline


def remove_public_helpline(helpline, *, moderator):
    """Take a helpline off the list: its number is held again like any other."""
    _require_country_moderator(moderator, helpline.country)
    with transaction.atomic():
        audit.record(actor=moderator, action="moderation.helpline_removed", target=helpline, country=helpline.country)
        helpline.delete()


# --- organisations' public e-mail addresses, websites and accounts ----------------

_CONTACT_SHAPES = {
    "email": re.compile(r"[^@\s]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}"),
    "website": re.compile(r"(?:https?://)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}(?::\d{1,5})?(?:/\S{0,200})?", re.I),
    "social": re.compile(r"@[\w.]{2,60}|(?:https?://)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}/\S{1,200}", re.I),
}


def add_public_contact(country, *, moderator, name, value, kind):
    """Add an organisation's published e-mail address, website or social
    account to what the guard lets through. Idempotent: the same value twice
    returns the first row."""
    from ..models import PublicContact

    _require_country_moderator(moderator, country)
    name, value = (name or "").strip(), (value or "").strip()
    if kind not in PublicContact.Kind.values:
        raise Refusal(_("Choose whether it is an e-mail address, a website or a social-media account."), field="kind")
    if not name or len(value) > 300 or not _CONTACT_SHAPES[kind].fullmatch(value):
        raise Refusal(_("Give the organisation's name and its e-mail address, website or account."), field="value")
    with transaction.atomic():
        contact, created = PublicContact.objects.get_or_create(
            country=country, value=value, defaults={"name": name[:200], "kind": kind}
        )
        if created:
            audit.record(actor=moderator, action="moderation.contact_added", target=contact, country=country)
    return contact


def verify_public_contact(contact, *, moderator):
    """Mark a seeded contact as checked by its country's moderator or office."""
    _require_country_moderator(moderator, contact.country)
    if contact.is_sample:
        contact.is_sample = False
        contact.save(update_fields=["is_sample"])
        audit.record(actor=moderator, action="moderation.contact_verified", target=contact, country=contact.country)
    return contact


def remove_public_contact(contact, *, moderator):
    """Take a contact off the list: the guard judges it like any other again."""
    _require_country_moderator(moderator, contact.country)
    with transaction.atomic():
        audit.record(actor=moderator, action="moderation.contact_removed", target=contact, country=contact.country)
        contact.delete()
