"""Notices from anyone: a visitor without an account, a member or staff
says that something shown in public should not be there.

What can be noticed is registered by the app that owns it
(``register_noticeable``): the ground floor knows no page or document
model. A notice enters its country's review queue (the moderators' notice
list, a survivor's personal data first); the reporter reads the outcome by
a secret link (``Notice.token``) and, if they left an address, is e-mailed
once it is decided, through the outbox.

A notice that a post or feedback item shows a survivor's personal data
hides it at once (as a member's urgent flag does) until a moderator
decides; a page or a snippet cannot be hidden from here, so its country's
moderators and office are paged instead. A notice about content that was
unpublished meanwhile is refused with its own message. Notices are counted
per address (NOTICE_RATE_LIMIT an hour): a flood gets a 429 message.

A dismissed notice can be appealed once by its reporter within
MODERATION_APPEAL_WINDOW_DAYS; another moderator than the one who dismissed
it decides.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .. import audit, ratelimit
from ..models import Notice, ReviewItem
from ..outbox import schedule
from ..predicates import is_administrator, is_approved_member
from ..refusals import Conflict, NotAllowed, Refusal, TooFrequent
from . import services, statements
from .statements import Ground, Restriction


class NoticeFlood(TooFrequent):
    """More notices from one address than NOTICE_RATE_LIMIT in an hour."""


class ContentGone(Conflict):
    """The content was unpublished or deleted after the reporter opened it."""

    status = 410


@dataclass(frozen=True)
class Noticeable:
    country_of: Callable  # obj -> Country id or None
    label_of: Callable  # obj -> what the reporter calls it
    is_public: Callable  # (obj, user) -> whether the reporter can see it now
    # Moderated member content (a post, a feedback item): a notice of a
    # survivor's personal data hides it at once through the review queue.
    hides: bool = False


_registry = {}


def register_noticeable(model, *, country_of, label_of, is_public, hides=False):
    """Let anyone send a notice about ``model``'s objects (and its subclasses')."""
    _registry[model] = Noticeable(country_of=country_of, label_of=label_of, is_public=is_public, hides=hides)


def noticeable_for(obj):
    for klass in type(obj).__mro__:
        if klass in _registry:
            return _registry[klass]
    return None


def reference_of(obj):
    """The ``about`` value a "report this" link carries: app.model.pk."""
    meta = obj._meta
    return f"{meta.app_label}.{meta.model_name}.{obj.pk}"


def resolve(about):
    """The object a reference names and its registration; (None, None) if
    it names nothing that can be reported (a typo, another model)."""
    try:
        app_label, model_name, pk = (about or "").split(".")
        content_type = ContentType.objects.get_by_natural_key(app_label, model_name)
        model = content_type.model_class()
    except (ValueError, ContentType.DoesNotExist):
        return None, None
    if model is None or not pk.isdigit():
        return None, None
    entry = None
    for klass in model.__mro__:
        entry = _registry.get(klass)
        if entry:
            break
    if entry is None:
        return None, None
    try:
        obj = model._default_manager.get(pk=int(pk))
    except (ObjectDoesNotExist, ValueError, OverflowError):
        return None, entry
    specific = getattr(obj, "specific", None)  # a Wagtail page: its own class says where it belongs
    return (specific if specific is not None else obj), entry


def describe_subjects(notice_list):
    """Set on each notice what it is about as the moderator reads it now:
    ``subject_now`` (the object's own label in the active language, from
    its version in that language where it has one; "" if it is gone),
    ``subject_link`` (where it is shown) and ``reporter_language``
    (the name of the language the reporter wrote in, in the active one).

    ``subject_label`` stays what the reporter saw. One query per kind of
    object reported (two for a translatable kind), whatever the count.
    """
    from collections import defaultdict

    from django.utils.translation import get_language

    from ..cldr import language_name

    wanted = defaultdict(set)
    for notice in notice_list:
        if notice.content_type_id and notice.object_id:
            wanted[notice.content_type_id].add(notice.object_id)
    language = get_language() or settings.LANGUAGE_CODE
    found = {}
    for content_type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        objects = model._default_manager.in_bulk(ids)
        in_language = {}
        if objects and hasattr(model, "translation_key") and hasattr(model, "locale"):
            keys = {obj.translation_key for obj in objects.values()}
            rows = model._default_manager.filter(translation_key__in=keys, locale__language_code=language)
            in_language = {row.translation_key: row for row in rows}
        for pk, obj in objects.items():
            found[(content_type_id, pk)] = in_language.get(getattr(obj, "translation_key", None), obj)
    for notice in notice_list:
        obj = found.get((notice.content_type_id, notice.object_id))
        entry = noticeable_for(obj) if obj is not None else None
        notice.subject_now = str(entry.label_of(obj)) if entry is not None else ""
        link = ""
        if obj is not None:
            link = getattr(obj, "url", None) if hasattr(obj, "get_url") else None
            if not link and hasattr(obj, "get_absolute_url"):
                link = obj.get_absolute_url()
            if not link and notice.url:  # shown on the page it was reported from: that page in this language
                link = _in_language(notice.url, language)
        notice.subject_link = link or ""
        notice.reporter_language = language_name(notice.language) if notice.language else ""
    return notice_list


def _in_language(path, language):
    """``path`` with its language prefix (/ar/…) swapped for ``language``'s."""
    codes = {code for code, _name in settings.LANGUAGES}
    first, slash, rest = path.lstrip("/").partition("/")
    if path.startswith("/") and first in codes and slash:
        return f"/{language}/{rest}"
    return path


def reporter_kind_of(user):
    if not getattr(user, "is_authenticated", False):
        return Notice.ReporterKind.VISITOR
    if user.is_staff or is_administrator(user):
        return Notice.ReporterKind.STAFF
    return Notice.ReporterKind.MEMBER if is_approved_member(user) else Notice.ReporterKind.VISITOR


def check_rate_limit(address):
    """Count one notice from ``address``; over the limit, a NoticeFlood."""
    try:
        ratelimit.consume("notice", address, limit=settings.NOTICE_RATE_LIMIT, window=3600)
    except ratelimit.RateLimited as error:
        raise NoticeFlood(
            _(
                "You have sent many notices in a short time, so we cannot take another one now. "
                "Please try again in an hour. Your text is kept below."
            )
        ) from error


def _clean_email(email):
    email = (email or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise Refusal(_("Enter a valid e-mail address, or leave it empty."), field="reporter_email") from None
    return email[:254]


def send_notice(about, *, reason, explanation="", reporter=None, reporter_email="", url="", address="", language=""):
    """Record a notice about the object ``about`` names; return it.

    ``language`` is the language of the page it was sent from: the receipt
    and the decision are e-mailed in it (the site's default if it is none
    of the site's languages). A reporter who left an address is sent a
    receipt at once.

    Refused with a message: an unknown object (404), content no longer
    public (410), a reason not in the list, an explanation too long, a bad
    address, a flood from one address (429).
    """
    obj, entry = resolve(about)
    if entry is None:
        raise Refusal(_("We could not find what you want to report."), status=404)
    user = reporter if getattr(reporter, "is_authenticated", False) else None
    if obj is None or not entry.is_public(obj, user or AnonymousUser()):
        raise ContentGone(
            _(
                "This content was unpublished or removed in the meantime, so it is no longer shown: "
                "there is nothing left to report. If someone is in danger, call 112."
            )
        )
    if reason not in Notice.Reason.values:
        raise Refusal(_("Choose a reason from the list."), field="reason")
    explanation = (explanation or "").strip()
    if len(explanation) > 2000:
        raise Refusal(_("Keep it under %(limit)d characters.") % {"limit": 2000}, field="explanation")
    email = _clean_email(reporter_email)
    check_rate_limit(address or "unknown")
    with transaction.atomic():
        notice = Notice.objects.create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            subject_label=str(entry.label_of(obj))[:300],
            url=(url or "")[:500],
            country_id=entry.country_of(obj),
            reason=reason,
            explanation=explanation,
            reporter=user,
            reporter_kind=reporter_kind_of(user),
            reporter_email=email,
            language=language_of_reporter(language),
        )
        audit.record(
            actor=user, action="moderation.notice_received", target=notice, reason=reason, country=notice.country
        )
        if reason == Notice.Reason.PERSONAL_DATA:
            _act_on_survivor_data(notice, obj, entry)
        _tell_reporter(notice, "received")
    return notice


def language_of_reporter(language):
    """One of the site's languages (the base of ``pt-br`` is ``pt``), or ""."""
    code = (language or "").lower()
    known = {code for code, _name in settings.LANGUAGES}
    for candidate in (code, code.split("-")[0]):
        if candidate in known:
            return candidate
    return ""


def _act_on_survivor_data(notice, obj, entry):
    """Hide member content at once; page the moderators (and for a page, the office)."""
    if entry.hides:
        already_hidden = services.is_hidden(obj)
        item = services.hold_for_review(obj, reason=ReviewItem.Reason.NOTICE)
        if not already_hidden:
            services.apply_decision(obj, "hidden")
            statements.issue_statement(
                user=item.author,
                restriction=Restriction.CONTENT_HIDDEN,
                ground=Ground.NOTICE,
                country_id=item.country_id,
                obj=obj,
                review_item=item,
                automatic=True,
            )
        notice.review_item = item
        notice.content_hidden = services.is_hidden(obj)
        notice.save(update_fields=["review_item", "content_hidden"])
    for moderator in services.moderators_of(notice.country_id):
        schedule(
            "consult.send_email_to_user",
            key=f"notice-urgent:{notice.pk}:{moderator.pk}",
            user_id=moderator.pk,
            template="moderation_notice_urgent",
            params={"notice_id": notice.pk},
        )


def _require_moderator(user, notice):
    if not (is_administrator(user) or user.has_perm("consult.moderate_country", notice)):
        raise NotAllowed(_("You do not moderate this country."))


def decide_notice(notice, *, moderator, outcome, reasons, house_rule=None, now=None):
    """Act on a notice or dismiss it, with reasons the reporter reads.

    Acting on member content hides it (with a statement of reasons to its
    author); acting on a page or a snippet records that the office changed
    or unpublished it. A second moderator deciding at the same time is told
    that the first decided.
    """
    _require_moderator(moderator, notice)
    if outcome not in (Notice.State.ACTED, Notice.State.DISMISSED):
        raise Refusal(_("Choose whether to act on the notice or dismiss it."), field="outcome")
    reasons = (reasons or "").strip()
    if not reasons:
        raise Refusal(_("Give your reasons: the person who reported it reads them."), field="reasons")
    now = now or timezone.now()
    with transaction.atomic():
        notice = Notice.objects.select_for_update().get(pk=notice.pk)
        if not notice.is_open:
            raise Conflict(
                _("Another moderator decided this notice first (%(outcome)s); your decision was not recorded.")
                % {"outcome": notice.get_state_display()}
            )
        notice.state, notice.decided_by, notice.decided_at = outcome, moderator, now
        notice.decision_reasons = reasons[:2000]
        notice.save(update_fields=["state", "decided_by", "decided_at", "decision_reasons"])
        _carry_out(
            notice, moderator=moderator, act=outcome == Notice.State.ACTED, reasons=reasons, house_rule=house_rule
        )
        audit.record(
            actor=moderator,
            action=f"moderation.notice_{outcome}",
            target=notice,
            reason=reasons,
            country=notice.country,
        )
        _tell_reporter(notice, "decided")
    return notice


def _carry_out(notice, *, moderator, act, reasons, house_rule=None):
    """What a decision does to member content: hide it (acted), or show it
    again if only the notice had hidden it (dismissed)."""
    obj = notice.content_object
    entry = noticeable_for(obj) if obj is not None else None
    if entry is None or not entry.hides:
        return
    item = services.pending_item_for(obj) or notice.review_item
    if act:
        if item is None:
            services.hide_object(obj, moderator=moderator, reason=reasons, house_rule=house_rule)
        else:
            services.hide(item, moderator=moderator, reason=reasons, house_rule=house_rule)
    elif item is not None and item.is_pending and notice.content_hidden:
        services.restore(item, moderator=moderator, reason=reasons)


def _tell_reporter(notice, what):
    if notice.reporter_email:
        schedule("consult.send_notice_email", key=f"notice-{what}:{notice.pk}", notice_id=notice.pk, what=what)


def appeal_dismissal(notice, *, text, now=None):
    """The reporter appeals a dismissal, once, within the appeal window."""
    now = now or timezone.now()
    text = (text or "").strip()
    if not text:
        raise Refusal(_("Say why the decision should change."), field="appeal_text")
    if len(text) > 4000:
        raise Refusal(_("Keep it under %(limit)d characters.") % {"limit": 4000}, field="appeal_text")
    with transaction.atomic():
        notice = Notice.objects.select_for_update().get(pk=notice.pk)
        if notice.appealed_at:
            raise Conflict(_("You have already appealed this decision; each decision can be appealed once."))
        if notice.state != Notice.State.DISMISSED:
            raise Conflict(_("Only a dismissed notice can be appealed."))
        if now > notice.appeal_deadline:
            raise Conflict(
                _("The time to appeal this decision ended on %(date)s.")
                % {"date": formats.date_format(notice.appeal_deadline, "DATE_FORMAT")}
            )
        notice.appeal_text, notice.appealed_at, notice.appeal_outcome = text, now, Notice.AppealOutcome.OPEN
        notice.save(update_fields=["appeal_text", "appealed_at", "appeal_outcome"])
        audit.record(actor=notice.reporter, action="moderation.notice_appealed", target=notice, country=notice.country)
        for moderator in services.moderators_of(notice.country_id, except_user_id=notice.decided_by_id):
            schedule(
                "consult.send_email_to_user",
                key=f"notice-appeal:{notice.pk}:{moderator.pk}",
                user_id=moderator.pk,
                template="moderation_notice_appeal",
                params={"notice_id": notice.pk},
            )
    return notice


def decide_notice_appeal(notice, *, moderator, outcome, reasons, house_rule=None, now=None):
    """Another moderator confirms the dismissal or reverses it (then acts)."""
    refusal = services.appeal_decider_refusal(
        moderator, notice, decided_by_id=notice.decided_by_id, appellant_ids=(notice.reporter_id,)
    )
    if refusal is not None:
        raise refusal
    if outcome not in (Notice.AppealOutcome.UPHELD, Notice.AppealOutcome.REVERSED):
        raise Refusal(_("Choose whether the decision stands or is reversed."), field="outcome")
    reasons = (reasons or "").strip()
    if not reasons:
        raise Refusal(_("Give your reasons: the appellant reads them."), field="reasons")
    now = now or timezone.now()
    with transaction.atomic():
        notice = Notice.objects.select_for_update().get(pk=notice.pk)
        if notice.appeal_outcome != Notice.AppealOutcome.OPEN:
            raise Conflict(_("This appeal is already decided."))
        notice.appeal_outcome, notice.appeal_decided_by, notice.appeal_decided_at = outcome, moderator, now
        notice.appeal_reasons = reasons[:2000]
        fields = ["appeal_outcome", "appeal_decided_by", "appeal_decided_at", "appeal_reasons"]
        if outcome == Notice.AppealOutcome.REVERSED:
            notice.state = Notice.State.ACTED
            fields.append("state")
            _carry_out(notice, moderator=moderator, act=True, reasons=reasons, house_rule=house_rule)
        notice.save(update_fields=fields)
        audit.record(
            actor=moderator, action=f"moderation.notice_appeal_{outcome}", target=notice, reason=reasons,
            country=notice.country,
        )  # fmt: skip
        _tell_reporter(notice, "appeal")
    return notice


def send_notice_email(notice_id, what):
    """E-mail the reporter the receipt or the outcome (no content, a link to
    their notice), in the language of the page they reported from."""
    from django.core.mail import EmailMessage
    from django.template.loader import render_to_string
    from django.urls import reverse
    from django.utils import translation

    notice = Notice.objects.filter(pk=notice_id).exclude(reporter_email="").first()
    if notice is None:
        return False
    with translation.override(notice.language or settings.LANGUAGE_CODE):
        link = settings.WAGTAILADMIN_BASE_URL + reverse("notices:status", args=[notice.token])
        context = {"notice": notice, "link": link, "what": what, "site_url": settings.WAGTAILADMIN_BASE_URL}
        subject = render_to_string("email/notice_decided_subject.txt", context).strip()
        body = render_to_string("email/notice_decided_body.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()), body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[notice.reporter_email]
    ).send()
    return True


def export_notices(user):
    """The notices the member sent, for the data export."""
    return [
        {
            "created_at": notice.created_at.isoformat(),
            "about": notice.subject_label,
            "reason": notice.reason,
            "explanation": notice.explanation,
            "state": notice.state,
            "decision_reasons": notice.decision_reasons,
            "appeal_text": notice.appeal_text,
            "appeal_outcome": notice.appeal_outcome,
        }
        for notice in Notice.objects.filter(reporter=user).order_by("created_at")
    ]


def erase_notice_texts(user):
    """On account deletion: what the member wrote in their notices and the
    address they left may identify them; blank it (the counts stay)."""
    Notice.objects.filter(reporter=user).update(explanation="", appeal_text="", reporter_email="", reporter=None)
