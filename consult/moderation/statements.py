"""Statements of reasons: every restriction of a person's content or
membership comes with one, written in the restriction's own transaction.

A statement says what was restricted, the facts (the moderator's words),
the ground (a house rule of the country, the personal-data guard with the
kinds it found, or the moderator's reason), whether it was automatic, how
long it lasts and until when it can be appealed. The person reads it on
"My moderation" (moderation:mine) and is e-mailed a link to it through the
outbox; discreet mode sends the neutral message (consult/notifications.py).

The house rules a moderator chooses from are the common ones and the
country's own; its moderators add, edit and retire their country's rules.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .. import audit
from ..models import HouseRule, StatementOfReasons
from ..notifications import notify_user
from ..refusals import NotAllowed, Refusal

Restriction = StatementOfReasons.Restriction
Ground = StatementOfReasons.Ground


def subject_label_of(obj):
    """What the person calls the restricted thing: "post", "feedback", "membership"."""
    label = getattr(obj, "moderation_subject_label", None)
    if label:
        return str(label)
    return str(obj._meta.verbose_name) if obj is not None else ""


def rule_for(house_rule, country_id):
    """The house rule chosen by id (or None), checked to apply in the country."""
    if house_rule in (None, ""):
        return None
    if isinstance(house_rule, HouseRule):
        rule_id = house_rule.pk
    else:
        try:
            rule_id = int(house_rule)
        except (TypeError, ValueError):
            raise Refusal(_("Choose a house rule from the list."), field="house_rule") from None
    rule = HouseRule.objects.for_country(country_id).filter(pk=rule_id).first()
    if rule is None:
        raise Refusal(_("Choose a house rule of this country."), field="house_rule")
    return rule


def issue_statement(
    *,
    user,
    restriction,
    ground,
    country_id=None,
    obj=None,
    review_item=None,
    house_rule=None,
    facts="",
    finding_kinds=(),
    automatic=False,
    decided_by=None,
    ends_at=None,
    notify=True,
):
    """Write the statement of reasons of one restriction and e-mail its
    recipient a link to it (once, on commit). Call it inside the
    restriction's transaction; nothing is written for content without an author."""
    if user is None:
        return None
    statement = StatementOfReasons.objects.create(
        user=user,
        country_id=country_id,
        restriction=restriction,
        content_type=ContentType.objects.get_for_model(obj) if obj is not None else None,
        object_id=obj.pk if obj is not None else None,
        review_item=review_item,
        subject_label=subject_label_of(obj)[:100],
        ground=ground,
        house_rule=house_rule,
        facts=(facts or "").strip()[:2000],
        finding_kinds=sorted({kind for kind in finding_kinds if kind}),
        is_automatic=automatic,
        decided_by=decided_by,
        ends_at=ends_at,
    )
    audit.record(
        actor=decided_by,
        action="moderation.statement",
        target=statement,
        reason=f"{restriction}: {ground}",
        country=statement.country,
    )
    if notify:
        notify_user(user, "moderation_statement", key=f"moderation-statement:{statement.pk}", statement_id=statement.pk)
    return statement


def statements_in_force_about(obj, restrictions):
    content_type = ContentType.objects.get_for_model(obj)
    return StatementOfReasons.objects.filter(
        content_type=content_type,
        object_id=obj.pk,
        restriction__in=list(restrictions),
        state=StatementOfReasons.State.IN_FORCE,
    )


def lift_statements_about(obj, restrictions, *, state=StatementOfReasons.State.LIFTED):
    """The restriction ended (a moderator approved or restored the content):
    its statements say so. Returns how many changed."""
    return statements_in_force_about(obj, restrictions).update(state=state, state_changed_at=timezone.now())


# --- house rules ---------------------------------------------------------------


def _require_rule_editor(user, country):
    if country is None:
        if not user.is_superuser:
            raise NotAllowed(_("Only administrators change the common house rules."))
    elif not user.has_perm("consult.moderate_country", country):
        raise NotAllowed(_("You do not moderate this country."))


def save_house_rule(*, user, country, title, explanation="", rule=None):
    """Add a house rule to ``country`` (None: common to all), or change ``rule``."""
    title, explanation = (title or "").strip(), (explanation or "").strip()
    if not title:
        raise Refusal(_("Give the rule a title."), field="title")
    if rule is not None:
        country = rule.country
    _require_rule_editor(user, country)
    with transaction.atomic():
        if rule is None:
            code = slugify(title)[:30] or "rule"
            base, n = code, 1
            while HouseRule.objects.filter(country=country, code=code).exists():
                n += 1
                code = f"{base}-{n}"
            last = HouseRule.objects.filter(country=country).order_by("-position").first()
            rule = HouseRule.objects.create(
                country=country,
                code=code,
                title=title[:200],
                explanation=explanation[:2000],
                position=(last.position + 1) if last else 0,
            )
            action = "moderation.house_rule_added"
        else:
            changed = (rule.title, rule.explanation) != (title[:200], explanation[:2000])
            rule.title, rule.explanation = title[:200], explanation[:2000]
            rule.save(update_fields=["title", "explanation"])
            if changed:  # a translation of the old wording would cite a rule that no longer reads so
                rule.get_translations().delete()
            action = "moderation.house_rule_changed"
        audit.record(actor=user, action=action, target=rule, country=country)
    return rule


def set_house_rule_in_force(rule, *, user, in_force):
    """Retire a rule (no longer offered) or bring it back; never deleted."""
    _require_rule_editor(user, rule.country)
    if rule.is_active != in_force:
        rule.is_active = in_force
        rule.save(update_fields=["is_active"])
        audit.record(
            actor=user,
            action="moderation.house_rule_" + ("restored" if in_force else "retired"),
            target=rule,
            country=rule.country,
        )
    return rule


# --- the person's data ---------------------------------------------------------


def export_statements(user):
    """The person's statements of reasons and appeals, for the data export."""
    from ..models import Appeal

    appeals = {appeal.statement_id: appeal for appeal in Appeal.objects.filter(appellant=user)}
    rows = []
    for statement in StatementOfReasons.objects.filter(user=user).select_related("house_rule").order_by("created_at"):
        appeal = appeals.get(statement.pk)
        rows.append(
            {
                "created_at": statement.created_at.isoformat(),
                "restriction": statement.restriction,
                "subject": statement.subject_label,
                "ground": statement.ground,
                "house_rule": statement.house_rule.title if statement.house_rule else "",
                "facts": statement.facts,
                "automatic": statement.is_automatic,
                "ends_at": statement.ends_at.isoformat() if statement.ends_at else None,
                "state": statement.state,
                "appeal": None
                if appeal is None
                else {
                    "created_at": appeal.created_at.isoformat(),
                    "text": appeal.text,
                    "question": appeal.question,
                    "reply": appeal.reply,
                    "state": appeal.state,
                    "outcome_reasons": appeal.outcome_reasons,
                },
            }
        )
    return rows


def erase_statement_texts(user):
    """On account deletion: the facts a moderator wrote and the appeal's
    texts may quote personal data; blank them (the counts stay for the
    transparency report)."""
    from ..models import Appeal

    StatementOfReasons.objects.filter(user=user).update(facts="", finding_kinds=[])
    Appeal.objects.filter(appellant=user).update(text="", reply="", question="", outcome_reasons="")
