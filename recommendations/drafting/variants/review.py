"""The office's decisions on review items: what the forward-port left to it.

Like the editors' decisions on feedback (consultation/decisions.py), the
item is locked (select_for_update) and its ``revision`` compared with the
one the person loaded: of two staff members deciding at once, one wins and
the other is told, and nothing they chose is applied.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from consult.audit import record
from consult.refusals import Refusal
from consult.text import refuse_unstorable

from ...models import Clause, VariantClause, VariantEvent, VariantReviewItem
from ..services import StaleDecision, clean_clause_text
from .services import clean_reason, require_variant_office

State = VariantClause.State
Kind = VariantReviewItem.Kind
Choice = VariantReviewItem.Choice


def decide_review_item(*, staff, item, choice, text="", reason="", expected_revision=None):
    """Apply the office's ``choice`` on one review item and close it.

    ``expected_revision``: the item's revision when the page was loaded; if
    another staff member decided it (or a new master version refreshed it)
    meanwhile, StaleDecision is raised and nothing changes.
    """
    require_variant_office(staff, item.variant)
    allowed = VariantReviewItem.CHOICES_BY_KIND[item.kind]
    if choice not in allowed:
        raise Refusal(_("Choose one of the options offered for this item."), field="choice")
    needs_reason = choice in VariantReviewItem.CHOICES_WITH_REASON and item.kind != Kind.TRANSLATE
    reason = clean_reason(reason, required=needs_reason)
    if choice in VariantReviewItem.CHOICES_WITH_TEXT:
        if choice == Choice.UPDATE_TRANSLATION:
            refuse_unstorable(text=text)
            text = (text or "").strip()
            if not text:
                raise Refusal(_("Write the translation of the new wording."), field="text")
        elif choice != Choice.KEEP_AS_NATIONAL or (text or "").strip():  # kept as it was when left empty
            text = clean_clause_text(text)
    with transaction.atomic():
        current = (
            VariantReviewItem.objects.select_for_update(of=("self",))
            .select_related("variant")
            .filter(pk=item.pk)
            .first()
        )
        if current is None:
            raise StaleDecision(_("This item was withdrawn by a newer master version; nothing was changed."))
        if not current.is_open or (expected_revision is not None and current.revision != int(expected_revision)):
            raise StaleDecision(
                _(
                    "Someone else in your office decided this item a moment ago (%(choice)s). "
                    "Nothing was changed; check their decision."
                )
                % {"choice": current.get_choice_display() or _("updated by a newer master version")}
            )
        summary = _apply(current, choice, text, reason, staff)
        current.choice, current.reason = choice, reason
        current.decided_by, current.decided_at = staff, timezone.now()
        current.revision = F("revision") + 1
        current.save(update_fields=["choice", "reason", "decided_by", "decided_at", "revision"])
        current.refresh_from_db()
        VariantEvent.objects.create(
            variant=current.variant,
            key=current.key,
            origin=VariantEvent.Origin.NATIONAL,
            summary=summary,
            master_version=current.master_version,
            actor=staff,
        )
        record(
            actor=staff,
            action=f"recommendations.review_item.{choice}",
            target=current,
            country=current.variant.country,  # the reason stays with the variant's history
        )
    return current


def _row(item):
    return VariantClause.objects.select_for_update().filter(variant_id=item.variant_id, key=item.key).first()


def _apply(item, choice, text, reason, staff):
    """Change the variant as ``choice`` says; return the history line."""
    row = _row(item)
    new = item.new_master_clause
    if item.kind == Kind.NEW:
        if row is not None:  # pragma: no cover - a proposal exists only while the variant lacks the clause
            raise StaleDecision(_("This clause is already part of the variant."))
        row = VariantClause(variant_id=item.variant_id, key=item.key, master_clause=new)
        if choice == Choice.INCLUDE:
            row.state = State.INHERITED
        elif choice == Choice.NEW_ADAPTATION:
            row.state, row.text, row.reason = State.ADAPTED, text, reason
        else:
            row.state, row.reason = State.OMITTED, reason
        _save(row, staff)
        return _("New master clause: %(choice)s") % {"choice": Choice(choice).label}
    if row is None:
        raise StaleDecision(_("This clause is no longer part of the variant; nothing was changed."))
    if item.kind == Kind.CHANGED:
        row.master_clause = new
        if choice == Choice.TAKE_MASTER:
            row.state, row.text, row.reason = State.INHERITED, "", ""
        elif choice == Choice.NEW_ADAPTATION:
            row.text, row.reason = text, reason
        else:
            row.reason = reason
    elif item.kind == Kind.TRANSLATE:
        if choice == Choice.UPDATE_TRANSLATION:
            row.translation = text
        row.translation_of = row.master_clause
    elif item.kind == Kind.REMOVED:
        if choice == Choice.DROP:
            VariantClause.objects.filter(variant_id=item.variant_id, after_key=row.key).update(after_key=row.after_key)
            row.delete()
            VariantReviewItem.objects.still_open().filter(variant_id=item.variant_id, key=item.key).exclude(
                pk=item.pk
            ).update(choice=Choice.DROP, decided_by=staff, decided_at=timezone.now(), revision=F("revision") + 1)
            return _("Removed, as in the master")
        row.state, row.reason = State.ADDED, reason
        row.text = text or (row.text if row.text else row.master_clause.text)
        row.after_key = _previous_kept_key(item)
        row.kind, row.level = row.master_clause.kind, row.master_clause.level
        row.master_clause = None
        row.translation, row.translation_of = "", None
    _save(row, staff)
    return _("%(kind)s: %(choice)s") % {"kind": Kind(item.kind).label, "choice": Choice(choice).label}


def _previous_kept_key(item):
    """The key of the clause before the removed one that the new master still has (None: at the start)."""
    old = item.old_master_clause
    new_keys = set(Clause.objects.filter(version_id=item.variant.master_version_id).values_list("key", flat=True))
    earlier = Clause.objects.filter(version_id=old.version_id, position__lt=old.position).order_by("-position")
    for key in earlier.values_list("key", flat=True):
        if key in new_keys:
            return key
    return None


def _save(row, staff):
    row.revision += 1
    row.changed_by = staff
    row.changed_at = timezone.now()
    row.save()
